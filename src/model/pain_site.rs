//! Which other knee problem a pain away from the front sounds more like.

use super::assessment::PainSite;

/// Another knee problem, and the guide section about it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SoundsLike {
    pub words: &'static str,
    pub section: &'static str,
    /// The section's title, the link's words: written here, not looked up in the guide's
    /// contents, so the check does not download the contents (a test keeps them equal).
    pub section_title: &'static str,
}

/// What pain at this site sounds like, and the guide section about it.
pub fn sounds_like(site: PainSite) -> Option<SoundsLike> {
    let (words, section, section_title) = match site {
        PainSite::Front | PainSite::Unsure => return None,
        PainSite::Below => (
            "Pain just below the kneecap sounds more like a tendon problem (patellar tendinopathy) than runner's knee.",
            "tendon",
            "Pain below the kneecap: the patellar tendon",
        ),
        PainSite::Inside => (
            "Pain on the inside of the knee, along the joint line, sounds more like a meniscus problem or a bursitis than runner's knee.",
            "meniscus",
            "Pain on the joint line: the meniscus",
        ),
        PainSite::Outside => (
            "Pain on the outside of the knee sounds more like the iliotibial band (ITB syndrome) than runner's knee.",
            "itb",
            "Pain on the outside: the iliotibial band",
        ),
        PainSite::Back => (
            "Pain at the back of the knee sounds more like a hamstring or calf tendon, or a swelling behind the knee, than runner's knee.",
            "other-problems",
            "Other knee problems, and how they feel different",
        ),
    };
    Some(SoundsLike {
        words,
        section,
        section_title,
    })
}
