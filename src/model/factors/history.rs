//! What the knee has been through: past injury and pain now.

use super::Scored;
use crate::model::assessment::{Assessment, InjuryHistory};
use crate::model::weights::{log_ramp, WEIGHTS};

pub fn previous_injury(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    Some(match assessment.injury? {
        InjuryHistory::None => (1.0, "No previous knee injury.".to_string()),
        InjuryHistory::Healed => (
            w.injury_previous_rate.value,
            "A past injury, even healed, is the most consistent predictor of the next: about 1.7 times the rate of any running injury. It is about how prepared the knee is, not its load.".to_string(),
        ),
        InjuryHistory::Recurring => (
            w.injury_previous_rate.value,
            "A knee injury that keeps coming back counts as a past injury (about 1.7 times the rate); no study gives a larger figure for it, so a physio's look is asked for instead.".to_string(),
        ),
    })
}

/// Whether pain now is high enough that the rehab path leads the advice.
pub fn needs_rehab(assessment: &Assessment) -> bool {
    assessment
        .pain
        .is_some_and(|pain| f64::from(pain) >= WEIGHTS.pain_rehab_from.value)
}

pub fn current_pain(assessment: &Assessment) -> Option<Scored> {
    let pain = assessment.pain?;
    let rate = log_ramp(f64::from(pain), 0.0, 10.0, 1.0, WEIGHTS.pain_max_rate.value);
    let reason = match pain {
        0 => "No knee pain when running now.".to_string(),
        1..=3 => {
            format!("Pain {pain} out of 10: a sign to hold the load where it is, not to stop.")
        }
        _ => format!("Pain {pain} out of 10: the knee is already loaded past what it tolerates. Follow the rehab steps below."),
    };
    Some((rate, reason))
}
