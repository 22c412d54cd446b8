//! How the factors' rate ratios add up to one rate that a cohort could have seen: one change
//! in training counted once, rows without a published ratio stopping short of the high band,
//! and the whole shrunk smoothly below the largest contrast cohorts describe.

use super::factor::{Evidence, Factor};
use super::weights::WEIGHTS;

/// Why a factor counts for less than its own rate ratio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Discount {
    /// The other measure of the same change in training was larger, and only it counts.
    SameChange,
    /// Rows without a published ratio had reached the top of the moderate band.
    OpinionCeiling,
    /// Many factors together: shrunk towards the largest contrast cohorts describe.
    Shrunk,
}

impl Discount {
    /// Why, in the runner's words, after the factor's own reason.
    pub fn words(self) -> &'static str {
        match self {
            Discount::SameChange => "Counted once: the week's rise and the longest run are one training change; the larger counts.",
            Discount::OpinionCeiling => "Counted in part: answers without a published ratio stop short of the high band together.",
            Discount::Shrunk => "Counted in part: many factors together stay within what cohorts have seen.",
        }
    }
}

/// One factor as it counts in the total.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Counted {
    pub factor: Factor,
    /// The factor's own rate ratio.
    pub rate: f64,
    /// What it adds to the total, as a rate ratio (its share of the total's logarithm).
    pub counted: f64,
    pub discount: Option<Discount>,
}

/// The combined rate and what each factor adds to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Combined {
    pub rate: f64,
    pub counted: Vec<Counted>,
}

/// The identity up to `combined_knee_rate`, then a curve that bends smoothly (same slope at
/// the knee, `x / (1 + x)` of the way beyond it) towards `combined_ceiling_rate` without
/// reaching it; increasing throughout.
fn soft_ceiling(log_rate: f64) -> f64 {
    let knee = WEIGHTS.combined_knee_rate.value.ln();
    let room = WEIGHTS.combined_ceiling_rate.value.ln() - knee;
    if log_rate <= knee {
        log_rate
    } else {
        let beyond = (log_rate - knee) / room;
        knee + room * beyond / (1.0 + beyond)
    }
}

/// Combines `(factor, rate ratio)` pairs, each factor at most once.
pub fn combine(factors: &[(Factor, f64)]) -> Combined {
    let log_of = |factor: Factor| {
        factors
            .iter()
            .find(|(f, _)| *f == factor)
            .map_or(0.0, |(_, rate)| rate.ln())
    };
    // One change in training: the larger of the week's rise and the long run. On a tie the
    // long run counts, as its evidence is the stronger.
    let week = log_of(Factor::WeeklyProgression);
    let long_run = log_of(Factor::LongRunSpike);
    let training_from = if week > long_run {
        Factor::WeeklyProgression
    } else {
        Factor::LongRunSpike
    };
    let sum_of = |evidence: Evidence| {
        factors
            .iter()
            .filter(|(f, _)| f.evidence() == evidence)
            .map(|(_, rate)| rate.ln())
            .sum::<f64>()
    };
    let published = week.max(long_run) + sum_of(Evidence::Published);
    let opinion = sum_of(Evidence::Opinion).max(0.0);
    let ceiling = WEIGHTS.opinion_ceiling_rate.value.ln();
    // Opinion fills the room left below its ceiling: continuous and non-decreasing in both.
    let with_opinion = published.max((published + opinion).min(ceiling));
    let opinion_share = if opinion > 0.0 {
        (with_opinion - published) / opinion
    } else {
        1.0
    };
    let raw = with_opinion + sum_of(Evidence::Symptom);
    let total = soft_ceiling(raw);
    let shrink = if raw > 0.0 { total / raw } else { 1.0 };
    let counted = factors
        .iter()
        .map(|&(factor, rate)| {
            let (share, mut discount) = match factor.evidence() {
                Evidence::TrainingChange if factor != training_from => {
                    (0.0, (rate > 1.0).then_some(Discount::SameChange))
                }
                Evidence::Opinion => (
                    opinion_share,
                    (opinion_share < 1.0 - 1e-9 && rate > 1.0).then_some(Discount::OpinionCeiling),
                ),
                _ => (1.0, None),
            };
            if shrink < 1.0 - 1e-9 && discount.is_none() && rate > 1.0 && share > 0.0 {
                discount = Some(Discount::Shrunk);
            }
            Counted {
                factor,
                rate,
                counted: (rate.ln() * share * shrink).exp(),
                discount,
            }
        })
        .collect();
    Combined {
        rate: total.exp(),
        counted,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rate(factors: &[(Factor, f64)]) -> f64 {
        combine(factors).rate
    }

    #[test]
    fn the_week_and_the_long_run_count_once() {
        let both = rate(&[
            (Factor::WeeklyProgression, 1.3),
            (Factor::LongRunSpike, 1.58),
        ]);
        assert!((both - 1.58).abs() < 1e-12);
        let combined = combine(&[
            (Factor::WeeklyProgression, 1.3),
            (Factor::LongRunSpike, 1.58),
        ]);
        assert_eq!(combined.counted[0].discount, Some(Discount::SameChange));
        assert_eq!(combined.counted[0].counted, 1.0);
    }

    #[test]
    fn opinion_rows_stop_short_of_high() {
        let all: Vec<(Factor, f64)> = [
            Factor::AddedIntensity,
            Factor::QuadTightness,
            Factor::OtherTightness,
            Factor::Overstriding,
            Factor::KneeControl,
            Factor::Cadence,
            Factor::Footwear,
            Factor::BodyWeight,
        ]
        .into_iter()
        .map(|factor| (factor, 1.3))
        .collect();
        let combined = rate(&all);
        assert!((combined - WEIGHTS.opinion_ceiling_rate.value).abs() < 1e-9);
        assert!(combined < WEIGHTS.band_high_from.value);
    }

    #[test]
    fn the_total_stays_under_the_ceiling_and_single_ratios_pass_unchanged() {
        let everything = rate(&[
            (Factor::LongRunSpike, 2.28),
            (Factor::PreviousInjury, 1.72),
            (Factor::StrengthTraining, 1.24),
            (Factor::CurrentPain, 2.0),
            (Factor::KneeControl, 1.32),
        ]);
        assert!(
            everything < WEIGHTS.combined_ceiling_rate.value,
            "{everything}"
        );
        assert!((rate(&[(Factor::LongRunSpike, 2.28)]) - 2.28).abs() < 1e-9);
        assert!((rate(&[(Factor::PreviousInjury, 1.72)]) - 1.72).abs() < 1e-12);
    }

    #[test]
    fn what_each_factor_adds_multiplies_to_the_total() {
        let factors = [
            (Factor::LongRunSpike, 2.28),
            (Factor::WeeklyProgression, 1.5),
            (Factor::PreviousInjury, 1.72),
            (Factor::StrengthTraining, 0.95),
            (Factor::Cadence, 1.15),
            (Factor::CurrentPain, 1.4),
        ];
        let combined = combine(&factors);
        let product: f64 = combined.counted.iter().map(|c| c.counted.ln()).sum();
        assert!((product.exp() - combined.rate).abs() < 1e-9);
    }
}
