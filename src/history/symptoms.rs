//! The symptom log's entries: a quick score of the knee after a run. Stored one key per
//! entry beside the checks (`symptom_store`), under the same never-lose rules; what an entry
//! means for the next week is the plan's business (`plan::verdict`).

use serde::{Deserialize, Serialize};

use super::entries::KeptFields;

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
    /// Every score 0 to 10 and a plain date; `None` when fine, else what is wrong.
    pub fn problem(&self) -> Option<String> {
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
        let date_ok = self.date.len() == 10
            && self.date.bytes().enumerate().all(|(i, b)| match i {
                4 | 7 => b == b'-',
                _ => b.is_ascii_digit(),
            });
        (!date_ok).then(|| format!("\"{}\" is not a date like 2026-11-30", self.date))
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
        let mut bad = entry("2026-11-30", 11, 0);
        assert!(bad.problem().unwrap().contains("0 to 10"));
        bad.during = 2;
        bad.date = "30/11/2026".to_string();
        assert!(bad.problem().unwrap().contains("not a date"));
        assert!(entry("2026-11-30", 2, 2).problem().is_none());
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
