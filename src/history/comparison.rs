//! Two saved checks side by side: which factors moved between them.

use super::entries::SavedAssessment;
use crate::model::order::sorted_by;
use crate::model::score::score;
use crate::model::Factor;

/// One factor's points in the earlier and the later check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactorChange {
    pub factor: Factor,
    pub before: i16,
    pub after: i16,
}

/// Every factor that scored in either check, the biggest move first.
pub fn compare(earlier: &SavedAssessment, later: &SavedAssessment) -> Vec<FactorChange> {
    let points = |entry: &SavedAssessment, factor: Factor| {
        score(&entry.assessment)
            .factors
            .iter()
            .find(|f| f.factor == factor)
            .map_or(0, |f| f.points)
    };
    let changes: Vec<FactorChange> = Factor::ALL
        .into_iter()
        .map(|factor| FactorChange {
            factor,
            before: points(earlier, factor),
            after: points(later, factor),
        })
        .filter(|change| change.before != 0 || change.after != 0)
        .collect();
    sorted_by(changes, |a, b| {
        let moved = |change: &FactorChange| change.before.abs_diff(change.after);
        moved(b).cmp(&moved(a))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::entries::tests::entry;

    #[test]
    fn the_factor_that_moved_comes_first() {
        let before = entry("a", "2026-11-01T10:00:00Z");
        let mut after = entry("b", "2026-11-08T10:00:00Z");
        after.assessment.strength_sessions = Some(2);
        after.assessment.pain = Some(2);
        let changes = compare(&before, &after);
        assert_eq!(changes[0].factor, Factor::StrengthTraining);
        let no_strength = crate::model::score::score_of_rate(
            crate::model::weights::WEIGHTS.strength_none_rate.value,
        );
        assert_eq!(
            (changes[0].before, changes[0].after),
            (no_strength.round() as i16, 0)
        );
        assert!(changes
            .iter()
            .any(|c| c.factor == Factor::CurrentPain && c.before == 0));
    }
}
