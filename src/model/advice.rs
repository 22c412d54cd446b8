//! Recommendations in the four steps of rehab for runner's knee, tailored to what scored.

use super::assessment::{Assessment, PainSite};
use super::band::Band;
use super::factor::Factor;
use super::factors::history::needs_rehab;
use super::factors::load::{chronic_km, long_run_compared_with_floor, week_compared_with_floor};
use super::field::Field;
use super::physio::sounds_like;
use super::score::{score, Scoring, UnknownFactor};
use super::triage;
use super::units::describe_distance_roughly;
use super::weights::WEIGHTS;

/// One step of the advice, with what it means for this runner.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub title: &'static str,
    pub advice: Vec<String>,
    /// Whether the step leads to the week-by-week plan: for a knee that already hurts, the
    /// plan is where adjusting running becomes concrete.
    pub leads_to_plan: bool,
}

fn scored(scoring: &Scoring, factor: Factor) -> bool {
    scoring
        .factors
        .iter()
        .any(|f| f.factor == factor && f.rate > 1.0)
}

/// A low band the runner has not yet earned: whether the knee hurts, or whether any warning
/// sign applies, is still unanswered, and either would change the result more than any load;
/// or a question still open could on its own make the load high (`open_high_questions`).
/// The band stays `low` (what the load says so far); the words must not read as an all-clear.
pub fn low_so_far(assessment: &Assessment, band: Band) -> bool {
    band == Band::Low
        && (assessment.pain.is_none()
            || !assessment.flags.is_answered()
            || !open_high_questions(assessment).is_empty())
}

/// The unanswered questions that could each, on their own, lift the rate into the high band
/// (an unknown long run or previous injury, say): with one open, "low" says little.
fn open_high_questions(assessment: &Assessment) -> Vec<String> {
    let scoring = score(assessment);
    questions_for(
        assessment,
        scoring
            .unknowns
            .iter()
            .filter(|unknown| Band::of_rate(scoring.rate * unknown.worst_rate) >= Band::High),
    )
}

/// The questions that would settle `unknowns`, in the form's words, each once.
pub fn questions_for<'a>(
    assessment: &Assessment,
    unknowns: impl IntoIterator<Item = &'a UnknownFactor>,
) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    for unknown in unknowns {
        for field in unknown.factor.asks(assessment) {
            let label = field.label().to_ascii_lowercase();
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
    }
    labels
}

/// Pain below the level where rehab leads (1 to 3 out of 10): it does not raise the band,
/// but the load should hold where it is, not build, so no band may say "keep building".
pub fn mild_pain(assessment: &Assessment) -> Option<u8> {
    assessment
        .pain
        .filter(|pain| *pain > 0 && !needs_rehab(assessment))
}

/// Severe pain (from `pain_severe_from`, 7 out of 10): more than shorter, slower runs can
/// manage, so running pauses until it settles and a physio should look at it.
pub fn is_severe(pain: u8) -> bool {
    f64::from(pain) >= WEIGHTS.pain_severe_from.value
}

/// The check's pain answer, when it is severe.
pub fn severe_pain(assessment: &Assessment) -> Option<u8> {
    assessment.pain.filter(|pain| is_severe(*pain))
}

/// Why suggestions about running are for later, if they are: a warning sign, or severe
/// pain, has put running on hold, so the changes that would lower the load score are framed
/// for when running starts again.
pub fn running_on_hold(assessment: &Assessment) -> Option<&'static str> {
    if assessment.flags.any() {
        Some("For when a clinician has cleared you to run: these lower the load score, and none of them replaces having the knee checked first.")
    } else if severe_pain(assessment).is_some() {
        Some("For when the pain has settled and you run again: these lower the load score, and running pauses first.")
    } else {
        None
    }
}

/// Whether the result may look like an all-clear (a green, plain "low"): only a low band
/// with no pain and every warning sign answered as absent.
pub fn reassures(assessment: &Assessment, band: Band) -> bool {
    band == Band::Low && !low_so_far(assessment, band) && mild_pain(assessment).is_none()
}

/// The band a result is coloured as: a low band that does not reassure stays neutral, so
/// green always means an all-clear as far as this check can tell.
pub fn shown_band(assessment: &Assessment, band: Band) -> Band {
    if band == Band::Low && !reassures(assessment, band) {
        Band::Incomplete
    } else {
        band
    }
}

/// The band in a few words, for every short place a result is named (the sticky bar,
/// History, the trend table): "low" alone only where it reassures, and any pain named as the
/// headline names it, so a saved check reads as the result page did.
pub fn band_words(assessment: &Assessment, band: Band) -> String {
    let so_far = if low_so_far(assessment, band) {
        " so far"
    } else {
        ""
    };
    let pain = assessment
        .pain
        .filter(|pain| *pain > 0)
        .map(|pain| format!("; knee hurts {pain}/10"))
        .unwrap_or_default();
    format!("{}{so_far}{pain}", band.label().to_ascii_lowercase())
}

/// The headline: the band's, except when pain from 4 out of 10 leads the result (whether it
/// or the load put the band where it is), or when a low band is only low so far or comes
/// with some pain.
pub fn headline(assessment: &Assessment, scoring: &Scoring) -> &'static str {
    let pain_leads = needs_rehab(assessment) && scoring.band != Band::SeeClinician;
    if pain_leads && scoring.band == Band::VeryHigh {
        "Very high: your knee already hurts"
    } else if pain_leads {
        "High: your knee already hurts"
    } else if low_so_far(assessment, scoring.band) {
        "Low knee load so far: not an all-clear yet"
    } else if scoring.band == Band::Low && mild_pain(assessment).is_some() {
        "Low knee load, but your knee hurts: hold, do not build"
    } else {
        scoring.band.headline()
    }
}

/// What a low band waits for, in the form's words, after any pain the runner gave.
fn low_so_far_summary(assessment: &Assessment) -> String {
    let asked = match (assessment.pain.is_none(), !assessment.flags.is_answered()) {
        (true, true) => "answer the last section: how much your knee hurts now, and whether any warning sign applies.".to_string(),
        (true, false) => "answer how much your knee hurts now, in the last section.".to_string(),
        (false, true) => "tick any warning sign that applies, or \"None of these\", in the last section.".to_string(),
        (false, false) => {
            format!("answer these, as each could make the load high on its own: {}.", open_high_questions(assessment).join("; "))
        }
    };
    match mild_pain(assessment) {
        Some(pain) => format!("Your knee hurts at {pain} out of 10 when you run: hold your running where it is rather than building. Before you read the low load as an all-clear, {asked}"),
        None => format!("From what you have answered, your knees carry about what they are prepared for. Before you read that as an all-clear, {asked}"),
    }
}

/// The sentence under the headline: a warning sign first, then pain, then the load band.
pub fn summary(assessment: &Assessment, scoring: &Scoring) -> String {
    if scoring.band == Band::SeeClinician {
        return Band::SeeClinician.summary().to_string();
    }
    if let Some(pain) = severe_pain(assessment) {
        return format!("Your knee hurts at {pain} out of 10 when you run, which is severe: pause running until the pain settles to 3 or below, have a physio look at it, and follow the rehab steps below.");
    }
    if let (Some(pain), Some(site)) = (
        assessment.pain.filter(|_| needs_rehab(assessment)),
        pain_elsewhere(assessment),
    ) {
        return format!("Your knee hurts at {pain} out of 10 when you run, {site}, where runner's knee does not usually hurt: have a physio look at it, and meanwhile run only as far as the pain allows. The steps below say how.");
    }
    if let Some(pain) = assessment.pain.filter(|_| needs_rehab(assessment)) {
        return format!("Your knee hurts at {pain} out of 10 when you run, so the pain comes first: follow the four rehab steps below, starting with running adjusted to the pain.");
    }
    if scoring.factors.is_empty() {
        return "Nothing is scored yet: this is not an all-clear. Some answers count only with their pair (this week's distance with the weeks before, the longest run with the 30 days before); start with your training and the result builds as you answer.".to_string();
    }
    if low_so_far(assessment, scoring.band) {
        return low_so_far_summary(assessment);
    }
    match (mild_pain(assessment), scoring.band) {
        (Some(pain), Band::Low) => format!("Your knee hurts at {pain} out of 10 when you run: hold your running where it is rather than building, and keep the pain at 3 or below and settled by the next morning. The steps below say how."),
        (Some(pain), Band::Moderate) if training_rose(scoring) => format!("Some recent changes load your knees more than they are used to, and your knee already hurts at {pain} out of 10: ease the load now, keeping the pain at 3 or below and settled by the next morning."),
        (Some(pain), band) => format!("{} Your knee already hurts at {pain} out of 10: keep it at 3 or below and settled by the next morning.", load_summary(scoring, band)),
        (None, band) => load_summary(scoring, band).to_string(),
    }
}

/// Whether a change in training (the week, the long run, added speed, hills or less rest)
/// raises the rate: the bands' own words blame recent changes, which would be untrue of a
/// runner on steady training whose rate comes from the knee's history, body or form.
fn training_rose(scoring: &Scoring) -> bool {
    [
        Factor::WeeklyProgression,
        Factor::LongRunSpike,
        Factor::AddedIntensity,
    ]
    .into_iter()
    .any(|factor| scored(scoring, factor))
}

/// The load band's sentence, in words that fit where the load comes from.
fn load_summary(scoring: &Scoring, band: Band) -> &'static str {
    if training_rose(scoring) {
        return band.summary();
    }
    match band {
        Band::Moderate => "Your training has not risen sharply, as far as you have answered, but other things leave your knees less prepared for it. Worth working on now, before pain does it for you.",
        Band::High => "Your training has not risen sharply, as far as you have answered, but other things leave your knees clearly less prepared for it: build your running slowly, and build capacity this week.",
        Band::VeryHigh => "Your training has not risen sharply, as far as you have answered, but many other things leave your knees far less prepared for it: hold your running where it is, and build capacity before adding more.",
        band => band.summary(),
    }
}

/// Where a knee hurts away from the front, in words, while it hurts there: pain there sounds
/// like another problem, and the rehab steps here are written for runner's knee.
pub fn pain_elsewhere(assessment: &Assessment) -> Option<&'static str> {
    if assessment.pain.is_none_or(|pain| pain == 0) {
        return None;
    }
    let site = assessment
        .pain_site
        .filter(|site| sounds_like(*site).is_some())?;
    Some(match site {
        PainSite::Below => "below the kneecap",
        PainSite::Inside => "on the inside",
        PainSite::Outside => "on the outside",
        PainSite::Back | PainSite::Front | PainSite::Unsure => "at the back",
    })
}

/// Pain away from the front: a physio says which of the runner's-knee steps fit.
fn physio_first(site: &str, severe: bool) -> Step {
    let mut advice = vec![format!("Your knee hurts {site}, where runner's knee does not usually hurt. The steps below are written for runner's knee: a physio can tell you which of them fit your knee.")];
    if !severe {
        advice.push("Until then, run only as far as the pain stays at 3 out of 10 or below and has settled by the next morning.".to_string());
    }
    Step {
        title: "Have a physio look at where it hurts",
        advice,
        leads_to_plan: false,
    }
}

/// With a warning sign, the first step is to have the knee checked, before any running.
fn get_checked() -> Step {
    Step {
        title: "Get your knee checked before you run on it",
        advice: vec![
            triage::ACTION.to_string(),
            "Until then, rest the knee from running; walking and daily life within comfort are fine. The steps below apply once a clinician has looked at it.".to_string(),
        ],
        leads_to_plan: false,
    }
}

/// Under a warning sign the runner has just been told not to run until the knee is checked,
/// so this step speaks of running only for after that check.
fn adjust_running(assessment: &Assessment, scoring: &Scoring) -> Step {
    let warning_sign = scoring.band == Band::SeeClinician;
    let severe = severe_pain(assessment).is_some();
    let keep_running = if warning_sign {
        "Once a clinician has cleared you to run, adjust your running rather than stop: most runners with a sore kneecap do better changing how they run than stopping."
    } else if severe {
        "Once the pain has settled, run again, adjusted, rather than stop for good: most runners with a sore kneecap do better changing how they run than stopping."
    } else if assessment.pain == Some(0) {
        "Keep running, adjusted if the knee starts to hurt: most runners with a sore kneecap do better changing how they run than stopping."
    } else {
        "Keep running, adjusted: most runners with a sore kneecap do better changing how they run than stopping."
    };
    let mut advice = vec![keep_running.to_string()];
    match assessment.pain {
        Some(pain) if pain >= 4 && warning_sign => advice.push(
            format!("Your pain is {pain} out of 10, above the 3 that running can go up to: when you run again, keep runs short and slow enough that the pain stays at 3 or below and has settled by the next morning."),
        ),
        Some(pain) if severe => advice.insert(
            0,
            format!("Your pain is {pain} out of 10, far above the 3 that running can go up to: pause running until it settles to 3 or below (walking, cycling or swimming within comfort keep you fit), then start again with short, slow runs that stay there."),
        ),
        Some(pain) if pain >= 4 => advice.insert(
            0,
            format!("Your pain is {pain} out of 10, above the 3 that running can go up to: shorten runs and slow down until running stays at 3 or below and the knee has settled by the next morning."),
        ),
        Some(1..=3) => advice.push(
            "Pain up to 3 out of 10 that has settled by the next morning is acceptable; use it as your guide.".to_string(),
        ),
        _ => {}
    }
    // These steps are for runner's knee: until the runner says where it hurts, a pain
    // elsewhere (`pain_elsewhere`) cannot bring the physio's look first.
    let in_pain = assessment.pain.is_some_and(|pain| pain > 0);
    if in_pain && assessment.pain_site.is_none() && !warning_sign {
        advice.push(format!("Say where the knee hurts (\"{}\", under symptoms): these steps are for pain around or behind the kneecap; pain elsewhere is a question for a physio.", Field::PainSite.label()));
    }
    if scored(scoring, Factor::AddedIntensity) {
        advice.push("Swap hills and fast sessions for flat, easy running for now.".to_string());
    }
    if scored(scoring, Factor::Overstriding) || scored(scoring, Factor::Cadence) {
        advice.push("Take shorter, quicker steps: 5 to 10% more steps a minute eases the kneecap on every stride.".to_string());
    }
    if scored(scoring, Factor::KneeControl) {
        advice.push(
            "Think of running with the knee over the second toe; a mirror or a short video helps."
                .to_string(),
        );
    }
    if scored(scoring, Factor::Footwear) {
        advice.push("Run mostly in the shoes you are used to, and bring a new pair in for short runs first.".to_string());
    }
    Step {
        title: if warning_sign {
            "After the check: adjust running rather than stop"
        } else if severe {
            "Pause running until the pain settles, then adjust it rather than stop"
        } else {
            "Adjust running rather than stop"
        },
        advice,
        leads_to_plan: needs_rehab(assessment) && !warning_sign,
    }
}

fn strength(scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Train quads, glutes, hamstrings and calves two to three times a week: slow, heavy enough to be hard by the last repetitions.".to_string(),
    ];
    if scored(scoring, Factor::StrengthTraining) || scored(scoring, Factor::QuadStrengthFocus) {
        advice.push("Start with the quads: wall sits, step-downs and leg presses in a range that does not hurt.".to_string());
    }
    if scored(scoring, Factor::KneeControl) {
        advice.push(
            "Add hip work such as side-lying leg raises and single-leg balance for control."
                .to_string(),
        );
    }
    if scored(scoring, Factor::QuadTightness) || scored(scoring, Factor::OtherTightness) {
        advice.push(
            "Stretch the tight muscles after each session; hold 30 seconds or more.".to_string(),
        );
    }
    Step {
        title: "Strength for quads, glutes, hamstrings and calves",
        advice,
        leads_to_plan: false,
    }
}

/// A runner starting from weeks of no running has no usual week to go back to.
fn reload(assessment: &Assessment, scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Build back in small steps: about 10% more a week, holding a week when the knee complains."
            .to_string(),
    ];
    let rising = scored(scoring, Factor::WeeklyProgression);
    let starting =
        chronic_km(assessment) == Some(0.0) && assessment.week_km.is_some_and(|km| km > 0.0);
    if starting && !rising {
        advice.push(format!("Coming from weeks of no running, this week is within a usual start of {}: keep runs easy (walk breaks are fine) and add no distance until it feels easy.", describe_distance_roughly(WEIGHTS.usual_week_floor_km.value, assessment.units)));
    } else if rising {
        advice.push(if starting {
            "Coming from weeks of no running: keep runs short and easy (walk breaks are fine) and add no distance until this week's feels easy.".to_string()
        } else if week_compared_with_floor(assessment) {
            format!("Bring weekly distance back to a usual start of {}, then rebuild from there.", describe_distance_roughly(WEIGHTS.usual_week_floor_km.value, assessment.units))
        } else {
            "Bring weekly distance back towards your usual, then rebuild from there.".to_string()
        });
    }
    if scored(scoring, Factor::LongRunSpike) {
        advice.push(if long_run_compared_with_floor(assessment) {
            format!("Keep each run to {} or less until the weeks feel easy, then lengthen the longest by about 10% at a time.", describe_distance_roughly(WEIGHTS.long_run_floor_km.value, assessment.units))
        } else {
            "Keep the long run within 10% of your longest in the last month.".to_string()
        });
    }
    if scored(scoring, Factor::PreviousInjury) {
        advice.push("With a knee that has been injured before, build more slowly and keep strength work going when you feel fine.".to_string());
    }
    Step {
        title: "Reload gradually",
        advice,
        leads_to_plan: false,
    }
}

fn recovery(scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Ice, taping, braces and foam rolling can ease pain for a while; use them to keep moving, not instead of the steps above.".to_string(),
    ];
    if scored(scoring, Factor::Sitting) {
        advice.push(
            "Break up long sitting: stand or straighten the knee every half hour.".to_string(),
        );
    }
    if scored(scoring, Factor::FootMechanics) {
        advice.push(
            "Feet that roll in: foot orthoses can help for a few weeks; a physio can advise."
                .to_string(),
        );
    }
    Step {
        title: "Recovery tools as support",
        advice,
        leads_to_plan: false,
    }
}

/// The four rehab steps in order, each with general advice first, then what fits this
/// runner; with a warning sign, getting the knee checked comes before them all. None before
/// anything the steps could answer to (a factor beyond the pain answer, or pain itself):
/// rehab advice for a blank form, or for "no pain" alone, would read as if the runner had a
/// sore knee.
pub fn recommendations(assessment: &Assessment, scoring: &Scoring) -> Vec<Step> {
    let mut steps = Vec::with_capacity(5);
    let beyond_pain = scoring
        .factors
        .iter()
        .any(|scored| scored.factor != Factor::CurrentPain);
    let sore = assessment.pain.is_some_and(|pain| pain > 0);
    if scoring.band == Band::SeeClinician {
        steps.push(get_checked());
    } else if let Some(site) = pain_elsewhere(assessment) {
        steps.push(physio_first(site, severe_pain(assessment).is_some()));
    } else if !beyond_pain && !sore {
        return steps;
    }
    steps.extend([
        adjust_running(assessment, scoring),
        strength(scoring),
        reload(assessment, scoring),
        recovery(scoring),
    ]);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::WarningSign;
    use crate::model::list_answer::ListAnswer;
    use crate::model::score::score;

    fn steady() -> Assessment {
        Assessment {
            week_km: Some(30.0),
            previous_weeks_km: vec![30.0],
            pain: Some(0),
            ..Assessment::default()
        }
    }

    /// `steady` with the safety questions answered and nothing left open that could make
    /// the load high on its own: a low band that has earned its all-clear.
    fn answered() -> Assessment {
        Assessment {
            longest_run_km: Some(10.0),
            longest_run_30d_km: Some(10.0),
            injury: Some(crate::model::assessment::InjuryHistory::None),
            flags: ListAnswer::NoneOfThese,
            ..steady()
        }
    }

    #[test]
    fn a_saved_low_check_is_named_as_the_result_page_named_it() {
        let answered = answered();
        let band = score(&answered).band;
        assert_eq!(band, Band::Low);
        assert_eq!(band_words(&answered, band), "low");
        assert_eq!(shown_band(&answered, band), Band::Low);

        let flags_unanswered = Assessment {
            flags: ListAnswer::default(),
            ..answered.clone()
        };
        assert_eq!(band_words(&flags_unanswered, band), "low so far");
        assert_eq!(shown_band(&flags_unanswered, band), Band::Incomplete);

        let sore = Assessment {
            pain: Some(2),
            strength_sessions: Some(2),
            ..answered.clone()
        };
        assert_eq!(band_words(&sore, band), "low; knee hurts 2/10");
        assert_eq!(shown_band(&sore, band), Band::Incomplete);

        let pain_unanswered = Assessment {
            pain: None,
            ..answered
        };
        assert_eq!(band_words(&pain_unanswered, band), "low so far");
    }

    #[test]
    fn a_low_band_with_a_question_open_that_could_make_it_high_is_no_all_clear() {
        let mut half = steady();
        half.flags = ListAnswer::NoneOfThese;
        let scoring = score(&half);
        assert_eq!(scoring.band, Band::Low);
        assert_eq!(band_words(&half, scoring.band), "low so far");
        assert_eq!(shown_band(&half, scoring.band), Band::Incomplete);
        assert_eq!(
            headline(&half, &scoring),
            "Low knee load so far: not an all-clear yet"
        );
        let words = summary(&half, &scoring);
        assert!(
            words.ends_with("answer these, as each could make the load high on its own: longest run in the last 7 days; longest run in the 30 days before; previous knee injury."),
            "{words}"
        );

        // Strength work, at worst 1.54 times the rate, could not make it high on its own.
        let settled = answered();
        assert!(score(&settled)
            .unknowns
            .iter()
            .any(|unknown| unknown.factor == Factor::StrengthTraining));
        assert_eq!(band_words(&settled, Band::Low), "low");
        assert!(summary(&settled, &score(&settled)).ends_with("Keep building gradually."));
    }

    #[test]
    fn only_a_low_band_is_ever_coloured_other_than_itself() {
        let sore = Assessment {
            pain: Some(2),
            ..steady()
        };
        for band in [
            Band::Moderate,
            Band::High,
            Band::VeryHigh,
            Band::SeeClinician,
        ] {
            assert_eq!(shown_band(&sore, band), band);
        }
        assert_eq!(
            band_words(&sore, Band::Moderate),
            "moderate; knee hurts 2/10"
        );
        let severe = Assessment {
            pain: Some(8),
            ..steady()
        };
        assert_eq!(band_words(&severe, Band::High), "high; knee hurts 8/10");
    }

    #[test]
    fn a_warning_sign_leads_the_summary_and_the_first_step() {
        for pain in [Some(0), Some(6)] {
            let mut assessment = steady();
            assessment.pain = pain;
            assessment.flags = assessment.flags.with(WarningSign::GivingWay, true);
            let scoring = score(&assessment);
            assert!(summary(&assessment, &scoring).contains("physiotherapist or doctor"));
            let steps = recommendations(&assessment, &scoring);
            assert!(steps[0].title.contains("checked"));
            assert!(!steps[0].advice[0].contains("Keep running"));
            // Running is spoken of only for after the check, pain or none.
            assert!(steps[1].title.starts_with("After the check"));
            assert!(steps[1].advice[0].starts_with("Once a clinician has cleared you"));
            assert!(
                steps
                    .iter()
                    .flat_map(|step| &step.advice)
                    .all(|advice| !advice.contains("Keep running")
                        && !advice.contains("shorten runs"))
            );
        }
    }

    /// The reload step's advice for a runner whose weeks before were all 0.
    fn reload_after_no_running(week_km: f64) -> Vec<String> {
        let starting = Assessment {
            week_km: Some(week_km),
            previous_weeks_km: vec![0.0; 4],
            pain: Some(0),
            ..Assessment::default()
        };
        let steps = recommendations(&starting, &score(&starting));
        let reload = steps
            .into_iter()
            .find(|step| step.title == "Reload gradually");
        reload.expect("a reload step").advice
    }

    #[test]
    fn a_runner_starting_from_nothing_is_not_sent_back_to_a_usual_week() {
        let advice = reload_after_no_running(15.0);
        assert!(advice
            .iter()
            .any(|line| line.contains("weeks of no running")));
        assert!(advice.iter().all(|line| !line.contains("your usual")));
    }

    #[test]
    fn pain_away_from_the_front_asks_a_physio_which_steps_fit() {
        let mut sore = steady();
        sore.pain = Some(5);
        sore.pain_site = Some(PainSite::Inside);
        let scoring = score(&sore);
        let steps = recommendations(&sore, &scoring);
        assert_eq!(steps[0].title, "Have a physio look at where it hurts");
        assert!(steps[0].advice[0].contains("hurts on the inside"));
        assert!(summary(&sore, &scoring).contains("have a physio look at it"));
        sore.pain = Some(8);
        let steps = recommendations(&sore, &score(&sore));
        assert_eq!(
            steps[0].advice.len(),
            1,
            "severe pain pauses running instead"
        );
        sore.pain_site = Some(PainSite::Front);
        let steps = recommendations(&sore, &score(&sore));
        assert_ne!(steps[0].title, "Have a physio look at where it hurts");
        sore.pain = Some(0);
        sore.pain_site = Some(PainSite::Back);
        assert!(pain_elsewhere(&sore).is_none());
    }

    #[test]
    fn pain_with_no_site_asks_where_it_hurts() {
        let mut sore = steady();
        sore.pain = Some(5);
        let asks = |assessment: &Assessment| {
            recommendations(assessment, &score(assessment))
                .iter()
                .flat_map(|step| step.advice.clone())
                .any(|line| line.contains("Say where the knee hurts (\"Where the knee hurts\""))
        };
        assert!(asks(&sore));
        sore.pain_site = Some(PainSite::Front);
        assert!(!asks(&sore));
        sore.pain_site = None;
        sore.pain = Some(0);
        assert!(!asks(&sore));
    }

    #[test]
    fn a_rate_from_the_knee_not_the_training_is_not_blamed_on_recent_changes() {
        use crate::model::assessment::InjuryHistory;
        let mut recurring = steady();
        recurring.flags = ListAnswer::NoneOfThese;
        recurring.injury = Some(InjuryHistory::Recurring);
        let scoring = score(&recurring);
        assert_eq!(scoring.band, Band::High);
        let words = summary(&recurring, &scoring);
        assert!(
            words.starts_with("Your training has not risen sharply"),
            "{words}"
        );
        assert!(words.contains("build your running slowly"), "{words}");

        recurring.pain = Some(2);
        let words = summary(&recurring, &score(&recurring));
        assert!(
            words.starts_with("Your training has not risen sharply"),
            "{words}"
        );
        assert!(words.contains("already hurts at 2 out of 10"), "{words}");

        let mut risen = recurring.clone();
        risen.week_km = Some(60.0);
        let scoring = score(&risen);
        assert_eq!(
            summary(&risen, &scoring).split(" Your knee").next(),
            Some(scoring.band.summary())
        );
    }

    #[test]
    fn a_beginner_within_a_usual_start_is_told_so() {
        assert!(reload_after_no_running(8.0)
            .iter()
            .any(|line| line.contains("within a usual start of 10 km")));
    }

    #[test]
    fn no_steps_before_an_answer_they_could_follow_from() {
        let blank = Assessment::default();
        assert!(recommendations(&blank, &score(&blank)).is_empty());
        let no_pain_only = Assessment {
            pain: Some(0),
            flags: ListAnswer::NoneOfThese,
            ..Assessment::default()
        };
        assert!(recommendations(&no_pain_only, &score(&no_pain_only)).is_empty());
        let pain_only = Assessment {
            pain: Some(2),
            ..Assessment::default()
        };
        let steps = recommendations(&pain_only, &score(&pain_only));
        assert_eq!(steps.len(), 4);
        assert!(steps[0]
            .advice
            .iter()
            .any(|advice| advice.contains("by the next morning")));
        let mut warning_only = Assessment::default();
        warning_only.flags = warning_only.flags.with(WarningSign::Locking, true);
        assert!(recommendations(&warning_only, &score(&warning_only))[0]
            .title
            .contains("checked"));
    }

    #[test]
    fn severe_pain_pauses_running_and_is_never_told_to_keep_running() {
        for (load, pain) in [(30.0, 7), (30.0, 10), (60.0, 9)] {
            let mut assessment = steady();
            assessment.week_km = Some(load);
            assessment.pain = Some(pain);
            let scoring = score(&assessment);
            assert!(headline(&assessment, &scoring).ends_with("your knee already hurts"));
            assert!(summary(&assessment, &scoring).contains("pause running"));
            let steps = recommendations(&assessment, &scoring);
            assert!(steps[0].title.starts_with("Pause running"));
            assert!(
                steps[0].advice[0].contains("pause running"),
                "{:?}",
                steps[0]
            );
            assert!(
                steps[0]
                    .advice
                    .iter()
                    .all(|advice| !advice.contains("Keep running")
                        && !advice.contains("shorten runs"))
            );
        }
        let mut moderate = steady();
        moderate.pain = Some(6);
        assert!(!summary(&moderate, &score(&moderate)).contains("pause running"));
    }

    #[test]
    fn suggestions_about_running_wait_while_running_is_on_hold() {
        let mut flagged = steady();
        flagged.flags = flagged.flags.with(WarningSign::Swelling, true);
        assert!(running_on_hold(&flagged).unwrap().contains("clinician"));
        let severe = Assessment {
            pain: Some(7),
            ..steady()
        };
        assert!(running_on_hold(&severe)
            .unwrap()
            .contains("pain has settled"));
        let sore = Assessment {
            pain: Some(6),
            ..steady()
        };
        assert_eq!(running_on_hold(&sore), None);
    }

    #[test]
    fn pain_from_four_leads_with_the_rehab_path() {
        let mut assessment = steady();
        assessment.pain = Some(6);
        let scoring = score(&assessment);
        assert!(summary(&assessment, &scoring).contains("rehab steps"));
        assert!(recommendations(&assessment, &scoring)[0].leads_to_plan);
        assert_eq!(
            headline(&assessment, &scoring),
            "High: your knee already hurts"
        );
        let steps = recommendations(&assessment, &scoring);
        assert!(steps[0].advice[0].contains("6 out of 10"));
    }
}
