//! How much the knee hurts now, read against the limits the advice is built on: up to 3 out
//! of 10 can be run through, from 4 the rehab steps lead, from 7 running pauses.

use super::assessment::{Assessment, PainSite};
pub use super::factors::history::needs_rehab;
use super::pain_site::sounds_like;
use super::weights::WEIGHTS;

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

/// Whether the knee hurts now at all.
pub fn in_pain(assessment: &Assessment) -> bool {
    assessment.pain.is_some_and(|pain| pain > 0)
}

/// Where a knee hurts away from the front, in words, while it hurts there: pain there sounds
/// like another problem, and the rehab steps here are written for runner's knee.
pub fn pain_elsewhere(assessment: &Assessment) -> Option<&'static str> {
    if !in_pain(assessment) {
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
