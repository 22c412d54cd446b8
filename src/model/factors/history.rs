//! What the knee has been through: past injury and pain now.

use super::Scored;
use crate::model::assessment::{Assessment, InjuryHistory};
use crate::model::weights::WEIGHTS;

pub fn previous_injury(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    Some(match assessment.injury? {
        InjuryHistory::None => (0.0, "No previous knee injury.".to_string()),
        InjuryHistory::Healed => (
            w.injury_healed_points.value,
            "A past knee injury, even healed, is the most consistent predictor of the next."
                .to_string(),
        ),
        InjuryHistory::Recurring => (
            w.injury_recurring_points.value,
            "A knee injury that keeps coming back: the knee's capacity has not been rebuilt yet."
                .to_string(),
        ),
    })
}

pub fn current_pain(assessment: &Assessment) -> Option<Scored> {
    let pain = assessment.pain?;
    let points = f64::from(pain) * WEIGHTS.pain_points_per_level.value;
    let reason = match pain {
        0 => "No knee pain when running now.".to_string(),
        1..=3 => {
            format!("Pain {pain} out of 10: a sign to hold the load where it is, not to stop.")
        }
        _ => format!("Pain {pain} out of 10: the knee is already loaded past what it tolerates."),
    };
    Some((points, reason))
}
