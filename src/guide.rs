//! The runner's knee guide: its sections in reading order. The text of each lives outside
//! the wasm, in `guide/<slug>.html` next to the build, fetched when first read and kept for
//! offline use by the service worker, so no runner downloads the guide before a first
//! score. The slugs are coaches' links (`#/learn/<slug>`): never rename one, only add.

pub mod markup;

/// One section of the guide.
pub struct GuideSection {
    pub slug: &'static str,
    pub title: &'static str,
    /// One line for the contents, saying what the section answers.
    pub summary: &'static str,
    /// The part of the guide it belongs to, for the contents.
    pub part: &'static str,
}

const KNEE: &str = "The knee and its problems";
const CAUSES: &str = "What loads the knee";
const WHAT_TO_DO: &str = "What to do";

const fn section_of(
    part: &'static str,
    slug: &'static str,
    title: &'static str,
    summary: &'static str,
) -> GuideSection {
    GuideSection {
        slug,
        title,
        summary,
        part,
    }
}

pub const GUIDE: [GuideSection; 19] = [
    section_of(
        KNEE,
        "how-the-knee-works",
        "How the knee works",
        "Bones, muscles, tendons, ligaments, menisci and bursae, with a diagram.",
    ),
    section_of(
        KNEE,
        "runners-knee",
        "What \"runner's knee\" means",
        "A label for pain around the kneecap, and why rest alone does not fix it.",
    ),
    section_of(
        KNEE,
        "other-problems",
        "Other knee problems, and how they feel different",
        "How other problems feel different, by where it hurts.",
    ),
    section_of(
        KNEE,
        "tendon",
        "Pain below the kneecap: the patellar tendon",
        "The patellar tendon, and why it needs loading, not rest.",
    ),
    section_of(
        KNEE,
        "meniscus",
        "Pain on the joint line: the meniscus",
        "The menisci: catching, locking and twisting pain.",
    ),
    section_of(
        KNEE,
        "bursitis",
        "A local swelling: bursitis",
        "Bursitis in front of or below the knee.",
    ),
    section_of(
        KNEE,
        "itb",
        "Pain on the outside: the iliotibial band",
        "The iliotibial band and downhill running.",
    ),
    section_of(
        CAUSES,
        "training-load",
        "Training load",
        "How fast distance rises, single long runs, hills and speed.",
    ),
    section_of(
        CAUSES,
        "strength",
        "Strength",
        "Why the quads matter most, and what to train.",
    ),
    section_of(
        CAUSES,
        "flexibility",
        "Tightness and sitting",
        "Tight quads, and long sitting with bent knees.",
    ),
    section_of(
        CAUSES,
        "form",
        "Running form",
        "Overstriding, cadence, and a knee that drifts in.",
    ),
    section_of(
        CAUSES,
        "body",
        "Body weight",
        "What body weight adds, and how little it predicts.",
    ),
    section_of(
        CAUSES,
        "footwear",
        "Footwear and feet",
        "Changing shoes, rotating pairs, and feet that roll in.",
    ),
    section_of(
        CAUSES,
        "history",
        "Past injuries and pain",
        "A knee hurt before, and how pain guides the load.",
    ),
    section_of(
        WHAT_TO_DO,
        "rehab",
        "The rehab plan in four steps",
        "Adjust running, build strength, reload gradually, use recovery tools.",
    ),
    section_of(
        WHAT_TO_DO,
        "physio",
        "When to see a physiotherapist",
        "When self-help is not enough, and what a physio adds.",
    ),
    section_of(
        WHAT_TO_DO,
        "mri",
        "Do you need an MRI?",
        "Usually not for runner's knee; when a scan helps.",
    ),
    section_of(
        WHAT_TO_DO,
        "warning-signs",
        "Warning signs",
        "Giving way, locking, swelling, injury, night pain: get it checked.",
    ),
    section_of(
        WHAT_TO_DO,
        "prevention",
        "Keeping it away",
        "The habits that keep a knee running.",
    ),
];

/// The parts of the guide, in order.
pub const PARTS: [&str; 3] = [KNEE, CAUSES, WHAT_TO_DO];

/// The section with this slug, if the guide has one.
pub fn section(slug: &str) -> Option<&'static GuideSection> {
    GUIDE.iter().find(|section| section.slug == slug)
}

/// Where the section's text is, relative to the app's address.
pub fn text_path(section: &GuideSection) -> String {
    format!("guide/{}.html", section.slug)
}

/// The sections before and after, for reading on.
pub fn neighbours(
    section: &GuideSection,
) -> (Option<&'static GuideSection>, Option<&'static GuideSection>) {
    let index = GUIDE
        .iter()
        .position(|other| other.slug == section.slug)
        .unwrap_or(0);
    (
        index.checked_sub(1).map(|before| &GUIDE[before]),
        GUIDE.get(index + 1),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::PainSite;
    use crate::model::pain_site::sounds_like;
    use crate::model::Factor;

    #[test]
    fn every_factor_links_to_a_section_that_exists() {
        for factor in Factor::ALL {
            assert!(section(factor.learn_section()).is_some(), "{factor:?}");
        }
    }

    #[test]
    fn every_pain_site_links_to_a_section_that_exists_by_its_title() {
        for site in [
            PainSite::Front,
            PainSite::Below,
            PainSite::Inside,
            PainSite::Outside,
            PainSite::Back,
            PainSite::Unsure,
        ] {
            if let Some(other) = sounds_like(site) {
                let linked = section(other.section).expect("a section of the guide");
                assert_eq!(other.section_title, linked.title, "{site:?}");
            }
        }
    }

    #[test]
    fn slugs_are_unique_and_every_part_has_sections() {
        for (i, a) in GUIDE.iter().enumerate() {
            assert!(
                GUIDE[i + 1..].iter().all(|b| b.slug != a.slug),
                "{}",
                a.slug
            );
        }
        for part in PARTS {
            assert!(GUIDE.iter().any(|s| s.part == part), "{part}");
        }
    }

    #[test]
    fn reading_on_goes_through_every_section() {
        let (before, after) = neighbours(&GUIDE[0]);
        assert!(before.is_none());
        assert_eq!(after.map(|s| s.slug), Some(GUIDE[1].slug));
        assert!(neighbours(&GUIDE[GUIDE.len() - 1]).1.is_none());
    }
}
