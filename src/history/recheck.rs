//! "New check from my last one": next week's check starts from the last saved answers, with
//! the weeks moved along by the dates saved and only what changes week to week left to
//! answer, so a weekly re-check takes a minute.

use super::entries::SavedAssessment;
use crate::dates::parse_date;
use crate::model::field::PREVIOUS_WEEKS;
use crate::model::list_answer::ListAnswer;
use crate::model::Assessment;

/// The start of the next check.
#[derive(Debug, Clone, PartialEq)]
pub struct NextCheck {
    /// The last answers, with this week's own questions left unanswered.
    pub assessment: Assessment,
    /// The weeks before, most recent first, as far as the saved check knows them; `None`
    /// for a week between the saved check and this one, which the runner fills in.
    pub previous_weeks: Vec<Option<f64>>,
    /// Whole weeks since the saved check (at least one).
    pub weeks_since: i64,
    /// The weeks of pain the saved check gave, when the knee hurt then: the new check counts
    /// the weeks since on top, and says so.
    pub pain_weeks_then: Option<u8>,
}

/// The most weeks of pain a check takes (`pain_weeks`).
const MOST_PAIN_WEEKS: i64 = 104;

/// The next check after `last`, made on `today` (`YYYY-MM-DD`). Warning signs are asked
/// again, never carried over: a knee that locked last week must be asked about this week.
/// What was added in the last four weeks is kept while the saved check is within them.
pub fn next_check(last: &SavedAssessment, today: &str) -> NextCheck {
    let saved = parse_date(last.saved_at.get(..10).unwrap_or_default());
    let days = match (saved, parse_date(today)) {
        (Some(saved), Some(today)) => today - saved,
        _ => 7,
    };
    let weeks_since = ((days + 3) / 7).max(1);
    let before = &last.assessment;
    let gap = usize::try_from(weeks_since - 1).unwrap_or(PREVIOUS_WEEKS);
    let previous_weeks: Vec<Option<f64>> = std::iter::repeat_n(None, gap)
        .chain(std::iter::once(before.week_km))
        .chain(before.previous_weeks_km.iter().copied().map(Some))
        .take(PREVIOUS_WEEKS)
        .collect();
    let longest_30d = match (before.longest_run_30d_km, before.longest_run_km) {
        (Some(a), Some(b)) => Some(a.max(b)),
        (a, b) => a.or(b),
    };
    let pain_weeks_then = before
        .pain_weeks
        .filter(|_| before.pain.is_some_and(|pain| pain > 0));
    let pain_weeks = match pain_weeks_then {
        Some(then) => u8::try_from((i64::from(then) + weeks_since).min(MOST_PAIN_WEEKS)).ok(),
        None => before.pain_weeks,
    };
    let added = if weeks_since < 4 {
        before.added.clone()
    } else {
        ListAnswer::Unanswered
    };
    let assessment = Assessment {
        week_km: None,
        previous_weeks_km: Vec::new(),
        longest_run_km: None,
        longest_run_30d_km: longest_30d,
        runs: None,
        added,
        pain: None,
        pain_weeks,
        flags: ListAnswer::Unanswered,
        ..before.clone()
    };
    NextCheck {
        assessment,
        previous_weeks,
        weeks_since,
        pain_weeks_then,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::entries::tests::entry;

    fn saved(on: &str) -> SavedAssessment {
        let mut last = entry("a", &format!("{on}T18:00:00Z"));
        last.assessment.week_km = Some(40.0);
        last.assessment.previous_weeks_km = vec![35.0, 33.0, 30.0, 30.0];
        last.assessment.longest_run_km = Some(15.0);
        last.assessment.longest_run_30d_km = Some(12.0);
        last.assessment.runs = Some(4);
        last.assessment.pain = Some(2);
        last.assessment.strength_sessions = Some(2);
        last.assessment.flags = ListAnswer::NoneOfThese;
        last
    }

    #[test]
    fn a_week_later_the_weeks_move_along_by_one() {
        let next = next_check(&saved("2026-11-23"), "2026-11-30");
        assert_eq!(next.weeks_since, 1);
        assert_eq!(
            next.previous_weeks,
            [Some(40.0), Some(35.0), Some(33.0), Some(30.0)]
        );
        assert_eq!(next.assessment.longest_run_30d_km, Some(15.0));
        assert_eq!(
            next.assessment.strength_sessions,
            Some(2),
            "habits carry over"
        );
        assert_eq!(next.assessment.week_km, None);
        assert_eq!(next.assessment.pain, None);
        assert_eq!(
            next.assessment.flags,
            ListAnswer::Unanswered,
            "warning signs are asked again"
        );
    }

    #[test]
    fn after_a_gap_the_missing_weeks_are_left_to_fill() {
        let next = next_check(&saved("2026-11-16"), "2026-11-30");
        assert_eq!(next.weeks_since, 2);
        assert_eq!(
            next.previous_weeks,
            [None, Some(40.0), Some(35.0), Some(33.0)]
        );
        let long_gap = next_check(&saved("2026-09-01"), "2026-11-30");
        assert_eq!(long_gap.previous_weeks, [None, None, None, None]);
    }

    #[test]
    fn weeks_of_pain_count_on_and_what_was_added_stays() {
        let mut last = saved("2026-11-16");
        last.assessment.pain_weeks = Some(3);
        last.assessment.added = [crate::model::assessment::AddedTraining::Hills]
            .into_iter()
            .collect();
        let next = next_check(&last, "2026-11-30");
        assert_eq!(next.assessment.pain_weeks, Some(5));
        assert_eq!(next.pain_weeks_then, Some(3));
        assert_eq!(next.assessment.added, last.assessment.added);
        let months_later = next_check(&last, "2027-01-30");
        assert_eq!(months_later.assessment.added, ListAnswer::Unanswered);
        last.assessment.pain = Some(0);
        let pain_free = next_check(&last, "2026-11-30");
        assert_eq!(
            pain_free.assessment.pain_weeks,
            Some(3),
            "nothing to count on"
        );
        assert_eq!(pain_free.pain_weeks_then, None);
        last.assessment.pain = Some(2);
        last.assessment.pain_weeks = Some(103);
        assert_eq!(
            next_check(&last, "2026-11-30").assessment.pain_weeks,
            Some(104)
        );
    }

    #[test]
    fn a_few_days_later_counts_as_the_next_week() {
        assert_eq!(
            next_check(&saved("2026-11-28"), "2026-11-30").weeks_since,
            1
        );
        assert_eq!(
            next_check(&saved("2026-11-20"), "2026-11-30").weeks_since,
            1
        );
        assert_eq!(
            next_check(&saved("2026-11-19"), "2026-11-30").weeks_since,
            2
        );
    }
}
