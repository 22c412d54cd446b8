//! Combines the factors' rate ratios into one rate against the reference runner
//! (`combination`), turns it into a 0-100 score that saturates smoothly and never clamps at
//! the top, and shares the score's whole points out among the factors by their share of the
//! rate's logarithm.

use super::assessment::Assessment;
use super::band::Band;
use super::combination::{combine, Discount};
use super::factor::Factor;
use super::factors::evaluate;
use super::factors::history::needs_rehab;
use super::order::{in_order, largest_first};

/// One factor's share of the score.
#[derive(Debug, Clone, PartialEq)]
pub struct FactorPoints {
    pub factor: Factor,
    /// Whole points, negative for a protective factor; all shares add up to the score.
    pub points: i16,
    /// The factor's own rate ratio against the reference runner.
    pub rate: f64,
    /// What it adds to the combined rate, at most `rate` (see `combination`).
    pub counted: f64,
    pub reason: String,
    /// Why it counts for less than its own ratio, if it does.
    pub discount: Option<Discount>,
}

/// A factor the runner has not answered enough to score, and the highest rate it could give.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownFactor {
    pub factor: Factor,
    pub worst_rate: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    pub score: u8,
    /// The estimated injury rate relative to the reference runner.
    pub rate: f64,
    /// The band of the rate alone, shown second when a warning sign leads.
    pub load_band: Band,
    /// What the result leads with.
    pub band: Band,
    /// Known factors, most points first.
    pub factors: Vec<FactorPoints>,
    /// Unanswered factors, the ones that could change the picture most first.
    pub unknowns: Vec<UnknownFactor>,
    /// The score if every unanswered question took its worst answer, while any is unanswered.
    pub max_score: Option<u8>,
}

/// The figures a what-if, the history and the trend need, without the explanation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub score: u8,
    /// The score before rounding, so any change of rate shows, even above 99.
    pub exact_score: f64,
    pub rate: f64,
    pub band: Band,
}

/// 0 for the reference runner, 50 at twice its rate, approaching 100 without reaching it.
/// Below the reference rate the score stays 0 and the rate says how far below.
pub fn score_of_rate(rate: f64) -> f64 {
    if rate <= 1.0 {
        0.0
    } else {
        100.0 * (1.0 - 1.0 / rate)
    }
}

/// Rounded down, so the band's cut-offs at rates 1.25 and 2.5 fall exactly on the scores 20
/// and 60 (a score of 60 is never "high"), and no rate reaches 100.
fn whole(exact_score: f64) -> u8 {
    exact_score.floor() as u8
}

/// The whole score a rate is shown as.
pub fn whole_score_of_rate(rate: f64) -> u8 {
    whole(score_of_rate(rate))
}

/// The answered factors' own rate ratios.
fn known_rates(assessment: &Assessment) -> Vec<(Factor, f64)> {
    Factor::ALL
        .into_iter()
        .filter_map(|factor| Some((factor, evaluate(factor, assessment)?.rate)))
        .collect()
}

/// The combined rate of the answered factors.
pub fn known_rate(assessment: &Assessment) -> f64 {
    combine(&known_rates(assessment)).rate
}

/// The combined rate with `unknowns` at their worst besides the answered factors.
pub fn rate_with(known: &[(Factor, f64)], unknowns: &[&UnknownFactor]) -> f64 {
    let mut all = known.to_vec();
    all.extend(unknowns.iter().map(|u| (u.factor, u.worst_rate)));
    combine(&all).rate
}

/// The verdict: a warning sign first, then pain that needs the rehab path, then whether
/// the training answers allow a band at all.
fn verdict(assessment: &Assessment, load_band: Band) -> Band {
    let incomplete = assessment.week_km.is_none() || assessment.previous_weeks_km.is_empty();
    if assessment.flags.any() {
        Band::SeeClinician
    } else if needs_rehab(assessment) {
        load_band.max(Band::High)
    } else if incomplete {
        Band::Incomplete
    } else {
        load_band
    }
}

pub fn outcome(assessment: &Assessment) -> Outcome {
    let rate = known_rate(assessment);
    let exact_score = score_of_rate(rate);
    Outcome {
        score: whole(exact_score),
        exact_score,
        rate,
        band: verdict(assessment, Band::of_rate(rate)),
    }
}

/// The score alone, for what-ifs and history, where nothing else is needed.
pub fn score_only(assessment: &Assessment) -> u8 {
    outcome(assessment).score
}

pub fn score(assessment: &Assessment) -> Scoring {
    let mut factors = Vec::new();
    let mut unknowns = Vec::new();
    for factor in Factor::ALL {
        match evaluate(factor, assessment) {
            Some(contribution) => factors.push(FactorPoints {
                factor,
                points: 0,
                rate: contribution.rate,
                counted: contribution.rate,
                reason: contribution.reason,
                discount: None,
            }),
            None => unknowns.push(UnknownFactor {
                factor,
                worst_rate: factor.worst_rate(assessment),
            }),
        }
    }
    let known: Vec<(Factor, f64)> = factors.iter().map(|f| (f.factor, f.rate)).collect();
    let combined = combine(&known);
    for (factor, counted) in factors.iter_mut().zip(&combined.counted) {
        factor.counted = counted.counted;
        factor.discount = counted.discount;
    }
    let rate = combined.rate;
    let score = whole_score_of_rate(rate);
    share_out(&mut factors, score);
    let factor_order = largest_first(
        &factors
            .iter()
            .map(|f| f64::from(f.points) + f.counted.ln() / 1e3 + f.rate.ln() / 1e6)
            .collect::<Vec<_>>(),
    );
    let factors = in_order(factors, &factor_order);
    unknowns.retain(|unknown| unknown.worst_rate > 1.0);
    let unknown_order = largest_first(&unknowns.iter().map(|u| u.worst_rate).collect::<Vec<_>>());
    let unknowns = in_order(unknowns, &unknown_order);
    let max_score = (!unknowns.is_empty())
        .then(|| whole_score_of_rate(rate_with(&known, &unknowns.iter().collect::<Vec<_>>())));
    let load_band = Band::of_rate(rate);
    Scoring {
        score,
        rate,
        load_band,
        band: verdict(assessment, load_band),
        factors,
        unknowns,
        max_score,
    }
}

/// Largest-remainder rounding of each factor's share of the score, in proportion to its
/// share of the rate's logarithm: protective factors get negative points, and the points
/// shown always add up to the score shown.
fn share_out(factors: &mut [FactorPoints], score: u8) {
    let total: f64 = factors.iter().map(|f| f.counted.ln()).sum();
    if score == 0 || total <= 0.0 {
        return;
    }
    let shares: Vec<f64> = factors
        .iter()
        .map(|f| f.counted.ln() / total * f64::from(score))
        .collect();
    for (factor, share) in factors.iter_mut().zip(&shares) {
        factor.points = share.floor() as i16;
    }
    let given: i32 = factors.iter().map(|f| i32::from(f.points)).sum();
    let fractions: Vec<f64> = shares.iter().map(|share| share - share.floor()).collect();
    let order = largest_first(&fractions);
    let left = usize::try_from(i32::from(score) - given).unwrap_or(0);
    for index in order.into_iter().take(left) {
        factors[index].points += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{InjuryHistory, WarningSign};

    fn steady() -> Assessment {
        Assessment {
            week_km: Some(30.0),
            previous_weeks_km: vec![30.0, 29.0, 31.0, 30.0],
            strength_sessions: Some(2),
            pain: Some(0),
            ..Assessment::default()
        }
    }

    #[test]
    fn an_empty_check_is_incomplete_and_lists_every_unknown() {
        let scoring = score(&Assessment::default());
        assert_eq!(scoring.score, 0);
        assert_eq!(scoring.band, Band::Incomplete);
        assert!(scoring.factors.is_empty());
        // Every question open: at worst very high, and still within what cohorts have seen.
        let max = scoring.max_score.unwrap();
        assert!((60..75).contains(&max), "{max}");
        assert_eq!(scoring.unknowns[0].factor, Factor::LongRunSpike);
    }

    #[test]
    fn twice_the_reference_rate_scores_fifty() {
        assert!((score_of_rate(2.0) - 50.0).abs() < 1e-9);
        assert_eq!(score_of_rate(1.0), 0.0);
        assert!(score_of_rate(1e6) < 100.0);
    }

    #[test]
    fn shares_add_up_to_the_score() {
        let assessment = Assessment {
            week_km: Some(47.0),
            previous_weeks_km: vec![31.0, 29.0, 33.0],
            strength_sessions: Some(3),
            injury: Some(InjuryHistory::Healed),
            pain: Some(3),
            ..Assessment::default()
        };
        let scoring = score(&assessment);
        let sum: i32 = scoring.factors.iter().map(|f| i32::from(f.points)).sum();
        assert_eq!(sum, i32::from(scoring.score));
        assert_eq!(scoring.score, score_only(&assessment));
        assert!(scoring.factors.iter().any(|f| f.points < 0));
    }

    #[test]
    fn a_warning_sign_overrides_the_load_band() {
        let mut assessment = steady();
        assessment.flags = assessment.flags.with(WarningSign::Locking, true);
        let scoring = score(&assessment);
        assert_eq!(scoring.band, Band::SeeClinician);
        assert_eq!(scoring.load_band, Band::Low);
    }

    #[test]
    fn pain_from_four_is_high_at_least() {
        let mut assessment = steady();
        assessment.pain = Some(4);
        assert_eq!(score(&assessment).band, Band::High);
        assessment.week_km = None;
        assert_eq!(score(&assessment).band, Band::High);
    }
}
