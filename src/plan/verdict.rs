//! What the latest symptom entry says for the next week: build, hold or step back.

use super::rules::PAIN_LIMIT;
use crate::history::symptoms::SymptomEntry;

/// What an entry says for the next week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within the limit and settled by the next morning, nothing else aggravated.
    Progress,
    /// Within the limit, but worse the next morning or aggravated by daily things.
    Hold,
    /// Above the limit during the run or the next morning.
    StepBack,
}

pub fn verdict(entry: &SymptomEntry) -> Verdict {
    let limit = PAIN_LIMIT.value as u8;
    if entry.during > limit || entry.morning > limit {
        Verdict::StepBack
    } else if entry.morning > entry.during
        || [entry.stairs, entry.squatting, entry.sitting]
            .iter()
            .any(|score| *score > limit)
    {
        Verdict::Hold
    } else {
        Verdict::Progress
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::symptoms::tests::entry;

    #[test]
    fn the_limit_decides_between_building_holding_and_stepping_back() {
        assert_eq!(verdict(&entry("2026-11-30", 2, 1)), Verdict::Progress);
        assert_eq!(verdict(&entry("2026-11-30", 3, 3)), Verdict::Progress);
        assert_eq!(verdict(&entry("2026-11-30", 1, 3)), Verdict::Hold);
        assert_eq!(verdict(&entry("2026-11-30", 4, 1)), Verdict::StepBack);
        assert_eq!(verdict(&entry("2026-11-30", 2, 5)), Verdict::StepBack);
        let stairs = SymptomEntry {
            stairs: 6,
            ..entry("2026-11-30", 1, 1)
        };
        assert_eq!(verdict(&stairs), Verdict::Hold);
    }
}
