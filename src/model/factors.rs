//! Each factor as a small function from answers to points and a plain-words reason.

mod body;
mod capacity;
mod history;
pub(crate) mod load;
mod mechanics;

use super::assessment::Assessment;
use super::factor::Factor;

/// What one factor adds, before the score is rounded, and why in the runner's words.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub raw_points: f64,
    pub reason: String,
}

/// `None` when the answers the factor needs are missing.
pub fn evaluate(factor: Factor, assessment: &Assessment) -> Option<Contribution> {
    let (raw_points, reason) = match factor {
        Factor::WeeklyProgression => load::weekly_progression(assessment)?,
        Factor::AcuteChronicRatio => load::acute_chronic_ratio(assessment)?,
        Factor::LongRunSpike => load::long_run_spike(assessment)?,
        Factor::AddedIntensity => load::added_intensity(assessment)?,
        Factor::StrengthTraining => capacity::strength_training(assessment)?,
        Factor::QuadStrengthFocus => capacity::quad_strength_focus(assessment)?,
        Factor::QuadTightness => capacity::quad_tightness(assessment)?,
        Factor::OtherTightness => capacity::other_tightness(assessment)?,
        Factor::Sitting => capacity::sitting(assessment)?,
        Factor::Overstriding => mechanics::overstriding(assessment)?,
        Factor::KneeControl => mechanics::knee_control(assessment)?,
        Factor::Cadence => mechanics::cadence(assessment)?,
        Factor::FootMechanics => mechanics::foot_mechanics(assessment)?,
        Factor::Footwear => mechanics::footwear(assessment)?,
        Factor::BodyWeight => body::body_weight(assessment)?,
        Factor::PreviousInjury => history::previous_injury(assessment)?,
        Factor::CurrentPain => history::current_pain(assessment)?,
    };
    debug_assert!(raw_points.is_finite() && raw_points >= 0.0);
    Some(Contribution { raw_points, reason })
}

/// Points and reason, as each factor module returns them.
type Scored = (f64, String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_factor_scores_beyond_its_maximum_or_without_answers() {
        let empty = Assessment::default();
        for factor in Factor::ALL {
            assert!(evaluate(factor, &empty).is_none(), "{factor:?}");
        }
    }
}
