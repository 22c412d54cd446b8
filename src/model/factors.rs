//! Each factor as a small function from answers to points and a plain-words reason.

mod body;
mod capacity;
pub(crate) mod history;
pub(crate) mod load;
mod mechanics;

use super::assessment::Assessment;
use super::factor::Factor;

/// One factor's rate ratio against the reference runner, and why in the runner's words.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    pub rate: f64,
    pub reason: String,
}

/// `None` when the answers the factor needs are missing.
pub fn evaluate(factor: Factor, assessment: &Assessment) -> Option<Contribution> {
    let (rate, reason) = match factor {
        Factor::WeeklyProgression => load::weekly_progression(assessment)?,
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
    debug_assert!(rate.is_finite() && rate > 0.0);
    Some(Contribution { rate, reason })
}

/// Rate ratio and reason, as each factor module returns them.
type Scored = (f64, String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_factor_scores_without_answers() {
        let empty = Assessment::default();
        for factor in Factor::ALL {
            assert!(evaluate(factor, &empty).is_none(), "{factor:?}");
        }
    }

    #[test]
    fn no_factor_goes_beyond_its_worst_rate() {
        let worst = Assessment {
            week_km: Some(300.0),
            previous_weeks_km: vec![0.0],
            longest_run_km: Some(100.0),
            longest_run_30d_km: Some(0.0),
            pain: Some(10),
            cadence: Some(120),
            strength_sessions: Some(0),
            ..Assessment::default()
        };
        for factor in Factor::ALL {
            if let Some(contribution) = evaluate(factor, &worst) {
                assert!(
                    contribution.rate <= factor.worst_rate(&worst) + 1e-9,
                    "{factor:?}"
                );
            }
        }
    }
}
