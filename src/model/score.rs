//! Adds the factors into one score and shares its whole points out among them, so the
//! points shown per factor always add up to the score shown.

use super::assessment::Assessment;
use super::band::Band;
use super::factor::Factor;
use super::factors::evaluate;

/// One factor's share of the score.
#[derive(Debug, Clone, PartialEq)]
pub struct FactorPoints {
    pub factor: Factor,
    /// Whole points; the shares of all factors add up to the score.
    pub points: u8,
    pub raw_points: f64,
    pub reason: String,
}

/// A factor the runner has not answered enough to score, and the most it could add.
#[derive(Debug, Clone, PartialEq)]
pub struct UnknownFactor {
    pub factor: Factor,
    pub could_add: u8,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scoring {
    pub score: u8,
    pub band: Band,
    /// Known factors, most points first.
    pub factors: Vec<FactorPoints>,
    /// Unanswered factors, the ones that could change the picture most first.
    pub unknowns: Vec<UnknownFactor>,
}

/// The score alone, for what-ifs and history, where nothing else is needed.
pub fn score_only(assessment: &Assessment) -> u8 {
    let total: f64 = Factor::ALL
        .iter()
        .filter_map(|factor| evaluate(*factor, assessment))
        .map(|contribution| contribution.raw_points)
        .sum();
    to_score(total)
}

fn to_score(total: f64) -> u8 {
    total.round().clamp(0.0, 100.0) as u8
}

pub fn score(assessment: &Assessment) -> Scoring {
    let mut factors = Vec::new();
    let mut unknowns = Vec::new();
    for factor in Factor::ALL {
        match evaluate(factor, assessment) {
            Some(contribution) => factors.push(FactorPoints {
                factor,
                points: 0,
                raw_points: contribution.raw_points,
                reason: contribution.reason,
            }),
            None => unknowns.push(UnknownFactor {
                factor,
                could_add: factor.max_points().round() as u8,
            }),
        }
    }
    let total: f64 = factors.iter().map(|f| f.raw_points).sum();
    let score = to_score(total);
    share_out(&mut factors, score, total);
    factors.sort_by(|a, b| {
        b.points
            .cmp(&a.points)
            .then(b.raw_points.total_cmp(&a.raw_points))
    });
    unknowns.sort_by_key(|unknown| std::cmp::Reverse(unknown.could_add));
    Scoring {
        score,
        band: Band::of(score),
        factors,
        unknowns,
    }
}

/// Largest-remainder rounding: each factor gets the whole part of its scaled share, and
/// the points left go to the largest fractions.
fn share_out(factors: &mut [FactorPoints], score: u8, total: f64) {
    if total <= 0.0 {
        return;
    }
    let scale = f64::from(score) / total;
    let shares: Vec<f64> = factors.iter().map(|f| f.raw_points * scale).collect();
    for (factor, share) in factors.iter_mut().zip(&shares) {
        factor.points = share.floor() as u8;
    }
    let given: u32 = factors.iter().map(|f| u32::from(f.points)).sum();
    let mut order: Vec<usize> = (0..factors.len()).collect();
    order.sort_by(|a, b| {
        let fraction = |i: usize| shares[i] - shares[i].floor();
        fraction(*b).total_cmp(&fraction(*a))
    });
    for index in order
        .into_iter()
        .take(u32::from(score).saturating_sub(given) as usize)
    {
        factors[index].points += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::InjuryHistory;

    #[test]
    fn an_empty_check_scores_zero_and_lists_every_unknown() {
        let scoring = score(&Assessment::default());
        assert_eq!(scoring.score, 0);
        assert_eq!(scoring.band, Band::Low);
        assert!(scoring.factors.is_empty());
        assert_eq!(scoring.unknowns.len(), Factor::ALL.len());
        assert_eq!(scoring.unknowns[0].could_add, 16);
    }

    #[test]
    fn shares_add_up_to_the_score() {
        let assessment = Assessment {
            week_km: Some(47.0),
            previous_weeks_km: vec![31.0, 29.0, 33.0],
            strength_sessions: Some(1),
            injury: Some(InjuryHistory::Healed),
            pain: Some(3),
            ..Assessment::default()
        };
        let scoring = score(&assessment);
        let sum: u32 = scoring.factors.iter().map(|f| u32::from(f.points)).sum();
        assert_eq!(sum, u32::from(scoring.score));
        assert_eq!(scoring.score, score_only(&assessment));
        assert!(scoring
            .factors
            .windows(2)
            .all(|w| w[0].points >= w[1].points));
    }
}
