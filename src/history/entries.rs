//! One saved assessment, and the list operations every change to history goes through.

use serde::{Deserialize, Serialize};

use crate::model::Assessment;

/// One saved assessment. The score shown is recomputed from the inputs; `score` and
/// `model_version` record what the runner saw when saving.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedAssessment {
    pub id: String,
    /// ISO 8601, UTC, as the browser's clock gave it.
    pub saved_at: String,
    pub model_version: String,
    pub score: u8,
    #[serde(default)]
    pub note: String,
    pub assessment: Assessment,
}

impl SavedAssessment {
    /// The day it was saved, `YYYY-MM-DD` (UTC), as lists and charts show it.
    pub fn date(&self) -> &str {
        self.saved_at.get(..10).unwrap_or(&self.saved_at)
    }
}

/// Adds an entry unless one with its id is already there (another tab may have saved it).
pub fn with_entry(
    mut entries: Vec<SavedAssessment>,
    entry: SavedAssessment,
) -> Vec<SavedAssessment> {
    if !entries.iter().any(|existing| existing.id == entry.id) {
        entries.push(entry);
    }
    entries
}

/// Removes the entry with this id, if any.
pub fn without(mut entries: Vec<SavedAssessment>, id: &str) -> Vec<SavedAssessment> {
    entries.retain(|entry| entry.id != id);
    entries
}

/// What merging a backup into the history did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MergeCount {
    pub added: usize,
    pub already_there: usize,
}

/// Merges by id: entries already present are kept as they are, new ones are added.
pub fn merge(
    existing: Vec<SavedAssessment>,
    incoming: &[SavedAssessment],
) -> (Vec<SavedAssessment>, MergeCount) {
    let mut count = MergeCount::default();
    let mut merged = existing;
    for entry in incoming {
        if merged.iter().any(|existing| existing.id == entry.id) {
            count.already_there += 1;
        } else {
            merged.push(entry.clone());
            count.added += 1;
        }
    }
    (merged, count)
}

/// Newest first, by the time saved, ties broken by id so the order is stable.
pub fn newest_first(entries: &[SavedAssessment]) -> Vec<SavedAssessment> {
    let mut sorted = entries.to_vec();
    sorted.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(b.id.cmp(&a.id)));
    sorted
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn entry(id: &str, saved_at: &str) -> SavedAssessment {
        SavedAssessment {
            id: id.into(),
            saved_at: saved_at.into(),
            model_version: crate::model::MODEL_VERSION.into(),
            score: 12,
            note: String::new(),
            assessment: Assessment {
                week_km: Some(30.0),
                strength_sessions: Some(0),
                ..Assessment::default()
            },
        }
    }

    #[test]
    fn an_entry_is_added_once_and_listed_newest_first() {
        let entries = with_entry(
            vec![entry("a", "2026-11-01T10:00:00Z")],
            entry("b", "2026-11-08T10:00:00Z"),
        );
        let entries = with_entry(entries, entry("a", "2026-11-01T10:00:00Z"));
        assert_eq!(entries.len(), 2);
        assert_eq!(newest_first(&entries)[0].id, "b");
        assert_eq!(without(entries, "b").len(), 1);
    }

    #[test]
    fn merging_counts_new_and_known_entries() {
        let existing = vec![entry("a", "2026-11-01T10:00:00Z")];
        let incoming = [
            entry("a", "2026-11-01T10:00:00Z"),
            entry("c", "2026-11-03T10:00:00Z"),
        ];
        let (merged, count) = merge(existing, &incoming);
        assert_eq!(merged.len(), 2);
        assert_eq!(
            count,
            MergeCount {
                added: 1,
                already_there: 1
            }
        );
    }
}
