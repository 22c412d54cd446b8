//! The rate told as natural frequencies: of 100 runners like this one, about how many get
//! runner's knee over the horizon, with an interval that carries the uncertainty of the
//! baseline and of every ratio that counted.

use super::combination::Counted;
use super::factor::{Evidence, Factor};
use super::weights::WEIGHTS;

/// 95% of a normal distribution lies within this many standard errors.
const Z_95: f64 = 1.959_963_985;

/// Runners in 100 who get runner's knee over the horizon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AbsoluteRisk {
    pub per_100: f64,
    pub low: f64,
    pub high: f64,
    /// The same, for the reference runner.
    pub reference_per_100: f64,
    pub weeks: u16,
}

/// The cumulative hazard over the horizon of a runner with no strength routine, which is who
/// the baseline describes (`baseline_per_100`).
fn hazard_of(per_100: f64) -> f64 {
    -(1.0 - per_100 / 100.0).ln()
}

/// Runners in 100 at a rate ratio against the reference runner, the hazard scaled by it:
/// monotone in the rate and always below 100.
pub fn per_100_at(rate: f64) -> f64 {
    let reference_hazard =
        hazard_of(WEIGHTS.baseline_per_100.value) / WEIGHTS.strength_none_rate.value;
    100.0 * (1.0 - (-reference_hazard * rate).exp())
}

/// The standard error of the combined rate's logarithm: each counted ratio's own, by the kind
/// of evidence behind it, as if independent.
fn log_rate_error(counted: &[Counted]) -> f64 {
    counted
        .iter()
        .map(|c| {
            let spread = match c.factor.evidence() {
                Evidence::TrainingChange | Evidence::Published => {
                    WEIGHTS.published_log_spread.value
                }
                Evidence::Opinion | Evidence::Symptom => WEIGHTS.opinion_log_spread.value,
            };
            let error = spread * c.counted.ln();
            error * error
        })
        .sum::<f64>()
        .sqrt()
}

/// The absolute risk of a runner free of pain with these factors: the cohorts behind the
/// baseline started pain-free, so pain now is left out (a knee that hurts may already have
/// runner's knee; the result says so).
pub fn absolute_risk(rate_without_pain: f64, counted: &[Counted]) -> AbsoluteRisk {
    let w = &WEIGHTS;
    let pain_free: Vec<Counted> = counted
        .iter()
        .copied()
        .filter(|c| c.factor != Factor::CurrentPain)
        .collect();
    let baseline_error = (hazard_of(w.baseline_high_per_100.value).ln()
        - hazard_of(w.baseline_low_per_100.value).ln())
        / (2.0 * Z_95);
    let rate_error = log_rate_error(&pain_free);
    let error = (baseline_error * baseline_error + rate_error * rate_error).sqrt();
    let margin = (Z_95 * error).exp();
    AbsoluteRisk {
        per_100: per_100_at(rate_without_pain),
        low: per_100_at(rate_without_pain / margin),
        high: per_100_at(rate_without_pain * margin),
        reference_per_100: per_100_at(1.0),
        weeks: w.horizon_weeks.value as u16,
    }
}

/// A figure of runners in 100 in words: whole runners from 1 up, "fewer than 1" below.
pub fn in_words(per_100: f64) -> String {
    if per_100 < 0.5 {
        "fewer than 1".to_string()
    } else {
        (per_100.round() as u32).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_runner_sits_below_the_baseline_by_the_strength_row() {
        let reference = per_100_at(1.0);
        assert!(reference < WEIGHTS.baseline_per_100.value);
        assert!((per_100_at(WEIGHTS.strength_none_rate.value) - 6.3).abs() < 1e-9);
        assert!(reference > 4.0, "{reference}");
    }

    #[test]
    fn more_rate_more_runners_never_past_100() {
        let mut last = 0.0;
        for step in 1..200 {
            let rate = f64::from(step) * 0.05;
            let now = per_100_at(rate);
            assert!(now > last && now < 100.0);
            last = now;
        }
    }

    #[test]
    fn the_interval_holds_the_estimate_and_widens_with_opinion() {
        let counted = |factor, rate: f64| Counted {
            factor,
            rate,
            counted: rate,
            discount: None,
        };
        let published = absolute_risk(1.72, &[counted(Factor::PreviousInjury, 1.72)]);
        assert!(published.low < published.per_100 && published.per_100 < published.high);
        let opinion = absolute_risk(1.72, &[counted(Factor::KneeControl, 1.72)]);
        assert!(opinion.high > published.high && opinion.low < published.low);
        let reference = absolute_risk(1.0, &[]);
        assert!(
            (reference.low - per_100_at(1.0) * 4.0 / 6.3).abs() < 0.3,
            "{reference:?}"
        );
    }
}
