//! The runner's knee guide, in our own words. Figures carry their source; the sections
//! match the factors' `learn_section` keys so each factor can link to its part.

/// One section of the guide.
pub struct GuideSection {
    pub slug: &'static str,
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub const GUIDE: [GuideSection; 9] = [
    GuideSection {
        slug: "training-load",
        title: "Training load",
        paragraphs: &[
            "Runner's knee (patellofemoral pain) is an ache around or behind the kneecap. It usually comes when the knee is asked to carry more than it has been prepared for, and the usual cause is a recent change in training rather than one bad run.",
            "How fast distance rises matters more than how much you run. In a cohort of novice runners, a rise of more than 30% over two weeks went with more distance-related injuries, runner's knee among them (hazard ratio 1.59; Nielsen et al. 2014).",
            "A single long run matters too. In a cohort of over 5,000 runners, a run 10 to 30% longer than the longest of the previous 30 days went with a higher injury rate (hazard rate ratio 1.64), and a run more than twice as long with a higher one still (2.28; Garmin-RUNSAFE study 2025).",
            "Comparing this week with your usual weeks (the acute:chronic ratio) is popular, but contested (Impellizzeri et al. 2021), so the check gives it little weight. New speed work, hills (downhills especially) and less rest between runs all add load too.",
        ],
    },
    GuideSection {
        slug: "strength",
        title: "Strength",
        paragraphs: &[
            "Strength training is one of the best-supported ways to prevent sports injuries: in a review of trials it cut them to about a third (relative risk 0.34; Lauersen et al. 2018).",
            "For this knee the quadriceps matter most: weak quads are the one risk factor for patellofemoral pain found prospectively, while hip weakness was not (Neal et al. 2019). Glutes, hamstrings and calves still help control and share the load.",
            "Two or three sessions a week, slow and heavy enough that the last repetitions are hard, are enough for most runners. Wall sits, step-downs, split squats, bridges and calf raises need little equipment.",
        ],
    },
    GuideSection {
        slug: "flexibility",
        title: "Tightness and sitting",
        paragraphs: &[
            "Short, tight quadriceps predicted front-of-knee pain in a prospective study of young athletes (Witvrouw et al. 2000). Tight hip flexors, hamstrings and calves are often found with this pain, but the evidence that they cause it is weaker.",
            "Long sitting with bent knees presses the kneecap into its groove and typically brings on this ache. Standing up or straightening the legs every half hour helps.",
        ],
    },
    GuideSection {
        slug: "form",
        title: "Running form",
        paragraphs: &[
            "Overstriding, with the foot landing far ahead of the body, makes each step load the kneecap more: in one study a 10% longer step raised patellofemoral stress per step by about 31% (Willson et al. 2014).",
            "Taking quicker, shorter steps helps: a 10% higher step rate lowered peak patellofemoral force by about 14% (Lenhart et al. 2014). Change it by 5 to 10% at a time.",
            "A knee that drifts inwards, often with the opposite hip dropping, predicted patellofemoral pain in female runners (Noehren et al. 2013). Hip and knee control exercises, and a cue to keep the knee over the toes, can help.",
        ],
    },
    GuideSection {
        slug: "footwear",
        title: "Footwear and feet",
        paragraphs: &[
            "No shoe prevents runner's knee on its own, but a sudden change of shoes changes how your stride shares load between joints. Bring a new, different pair in gradually.",
            "Runners who rotated more than one pair had fewer injuries (hazard ratio 0.61; Malisoux et al. 2015).",
            "Feet that roll in (pronate) are a small risk factor with limited evidence (Neal et al. 2014). If yours do and your knee hurts, foot orthoses can help in the short term; a physiotherapist can advise.",
        ],
    },
    GuideSection {
        slug: "body",
        title: "Body weight",
        paragraphs: &[
            "Every running step loads the knee with a multiple of body weight, so weight and recent gains add load. Body mass index alone, though, did not predict patellofemoral pain (Neal et al. 2019), so the check counts weight only a little.",
        ],
    },
    GuideSection {
        slug: "history",
        title: "Past injuries and pain",
        paragraphs: &[
            "A previous injury is the most consistent predictor of the next one (hazard ratio 1.72 in Malisoux et al. 2015; van der Worp et al. 2015). A knee that has been hurt before needs slower building and strength work kept up when it feels fine.",
            "Pain guides the load. Running with pain up to about 3 out of 10 that settles by the next morning is usually acceptable; more than that, or pain that lingers, means cutting back for now, not stopping everything.",
        ],
    },
    GuideSection {
        slug: "other-problems",
        title: "Other knee problems, and when to see a physio",
        paragraphs: &[
            "Runner's knee is a name for pain around or behind the kneecap that builds with load: stairs, squats, hills and long sitting tend to bring it on. Pain somewhere else usually has another source, and this check does not judge it.",
            "Pain just below the kneecap, sore to press on the tendon and worst when jumping or starting to run, sounds like patellar tendinopathy. Pain along the joint line on the inside or outside, with catching or twisting pain, can be the meniscus. A soft, local swelling that hurts to kneel on is often a bursitis. Sharp pain on the outside of the knee that comes on at the same point in every run is typical of the iliotibial band. Pain behind the knee can come from the hamstring or calf tendons, or from a swelling at the back of the joint.",
            "See a physiotherapist when pain has not settled after about three weeks of sensible changes, when it keeps coming back, when it is not at the front of the knee, or straight away for any warning sign below.",
        ],
    },
    GuideSection {
        slug: "warning-signs",
        title: "Warning signs",
        paragraphs: &[
            "Some signs point to something other than overload, and need a physiotherapist or doctor to look: the knee giving way, locking or catching, visible swelling, pain that started with a fall, twist or blow, and pain at night or at rest.",
            crate::model::triage::IMAGING,
        ],
    },
];

/// The section with this slug, if the guide has one.
pub fn section(slug: &str) -> Option<&'static GuideSection> {
    GUIDE.iter().find(|section| section.slug == slug)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Factor;

    #[test]
    fn every_factor_links_to_a_section_that_exists() {
        for factor in Factor::ALL {
            assert!(section(factor.learn_section()).is_some(), "{factor:?}");
        }
    }
}
