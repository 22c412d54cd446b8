//! The symptom log's entries: a quick score of the knee after a run. Stored one key per
//! entry beside the checks (`symptom_store`), under the same never-lose rules; what an entry
//! means for the next week is the plan's business (`plan::verdict`).

use serde::{Deserialize, Serialize};

use super::entries::KeptFields;
use crate::dates::parse_date;

/// How the knee was during and after one run, each 0 to 10. Stairs, squatting and long
/// sitting are the usual aggravators of pain around the kneecap.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SymptomEntry {
    pub id: String,
    /// The day of the run, `YYYY-MM-DD`, in the runner's time zone.
    pub date: String,
    pub during: u8,
    pub morning: u8,
    pub stairs: u8,
    pub squatting: u8,
    pub sitting: u8,
    /// Fields a newer version wrote, kept as they were.
    #[serde(flatten)]
    pub kept: KeptFields,
}

impl SymptomEntry {
    /// Every score 0 to 10, and a date that exists and is not after `today` (`YYYY-MM-DD`,
    /// the runner's own): an entry from the future would hold the plan on its verdict for
    /// ever. `None` when fine, else what is wrong.
    pub fn problem(&self, today: &str) -> Option<String> {
        let scores = [
            ("pain during the run", self.during),
            ("pain the next morning", self.morning),
            ("stairs", self.stairs),
            ("squatting", self.squatting),
            ("long sitting", self.sitting),
        ];
        if let Some((name, value)) = scores.iter().find(|(_, value)| *value > 10) {
            return Some(format!("{name} is {value}; each score is 0 to 10"));
        }
        match (parse_date(&self.date), parse_date(today)) {
            (None, _) => Some(format!(
                "\"{}\" is not a day of the calendar (a date like 2026-11-30)",
                self.date
            )),
            (Some(day), Some(today)) if day > today => Some(format!(
                "{} is in the future; a run can only be logged on the day or after",
                self.date
            )),
            _ => None,
        }
    }
}

/// The newest entry by date, then by id (entries of one day in the order logged).
pub fn latest(entries: &[SymptomEntry]) -> Option<&SymptomEntry> {
    entries
        .iter()
        .max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)))
}

#[cfg(test)]
pub mod tests {
    use super::*;

    pub fn entry(date: &str, during: u8, morning: u8) -> SymptomEntry {
        SymptomEntry {
            id: format!("{date}-{during}-{morning}"),
            date: date.to_string(),
            during,
            morning,
            stairs: 0,
            squatting: 0,
            sitting: 0,
            kept: KeptFields::new(),
        }
    }

    #[test]
    fn the_latest_entry_is_by_date() {
        let entries = [
            entry("2026-11-28", 5, 5),
            entry("2026-11-30", 1, 1),
            entry("2026-11-29", 4, 4),
        ];
        assert_eq!(
            latest(&entries).map(|e| e.date.as_str()),
            Some("2026-11-30")
        );
        assert!(latest(&[]).is_none());
    }

    #[test]
    fn bad_scores_and_dates_are_named() {
        let today = "2026-12-06";
        let mut bad = entry("2026-11-30", 11, 0);
        assert!(bad.problem(today).unwrap().contains("0 to 10"));
        bad.during = 2;
        for date in ["30/11/2026", "2026-13-45", "2026-02-30", ""] {
            bad.date = date.to_string();
            assert!(bad.problem(today).unwrap().contains("not a day"), "{date}");
        }
        for date in ["2099-01-01", "2026-12-07"] {
            bad.date = date.to_string();
            assert!(bad.problem(today).unwrap().contains("future"), "{date}");
        }
        assert!(entry("2026-11-30", 2, 2).problem(today).is_none());
        assert!(entry(today, 2, 2).problem(today).is_none());
    }

    #[test]
    fn unknown_fields_are_kept() {
        let text = r#"{"id":"a","date":"2026-11-30","during":1,"morning":1,"stairs":0,"squatting":0,"sitting":0,"swelling":"none"}"#;
        let entry: SymptomEntry = serde_json::from_str(text).unwrap();
        assert!(serde_json::to_string(&entry)
            .unwrap()
            .contains("\"swelling\":\"none\""));
    }
}
