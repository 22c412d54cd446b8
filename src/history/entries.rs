//! One saved assessment, and the list operations every change to history goes through.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::order::sorted_by;
use crate::model::Assessment;

/// Fields a newer version of the app wrote that this one does not know: kept as they were
/// and written back unchanged, so an older tab never erases them.
pub type KeptFields = BTreeMap<String, Value>;

/// One saved assessment. The score shown is recomputed from the inputs; `score` and
/// `model_version` record what the runner saw when saving.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "StoredEntry", into = "StoredEntry")]
pub struct SavedAssessment {
    pub id: String,
    /// ISO 8601, UTC, as the browser's clock gave it.
    pub saved_at: String,
    pub model_version: String,
    pub score: u8,
    pub note: String,
    pub assessment: Assessment,
    /// Unknown fields inside the stored `assessment`.
    pub assessment_kept: KeptFields,
    /// Unknown fields of the entry itself.
    pub kept: KeptFields,
}

/// An entry as stored: what this version knows, and every other field beside it.
#[derive(Serialize, Deserialize)]
struct StoredEntry {
    id: String,
    saved_at: String,
    model_version: String,
    score: u8,
    #[serde(default)]
    note: String,
    assessment: StoredAnswers,
    #[serde(flatten)]
    kept: KeptFields,
}

#[derive(Serialize, Deserialize)]
struct StoredAnswers {
    #[serde(flatten)]
    answers: Assessment,
    #[serde(flatten)]
    kept: KeptFields,
}

impl From<StoredEntry> for SavedAssessment {
    fn from(stored: StoredEntry) -> Self {
        SavedAssessment {
            id: stored.id,
            saved_at: stored.saved_at,
            model_version: stored.model_version,
            score: stored.score,
            note: stored.note,
            assessment: stored.assessment.answers,
            assessment_kept: stored.assessment.kept,
            kept: stored.kept,
        }
    }
}

impl From<SavedAssessment> for StoredEntry {
    fn from(entry: SavedAssessment) -> Self {
        StoredEntry {
            id: entry.id,
            saved_at: entry.saved_at,
            model_version: entry.model_version,
            score: entry.score,
            note: entry.note,
            assessment: StoredAnswers {
                answers: entry.assessment,
                kept: entry.assessment_kept,
            },
            kept: entry.kept,
        }
    }
}

impl SavedAssessment {
    /// The day it was saved, `YYYY-MM-DD` (UTC), as lists and charts show it.
    pub fn date(&self) -> &str {
        self.saved_at.get(..10).unwrap_or(&self.saved_at)
    }
}

/// Where an entry goes among those already kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Placement {
    /// The very same entry is already there (another tab saved it, or the backup was
    /// imported before).
    AlreadyThere,
    /// Add it under this id: its own, or, when a different entry has that id, the first
    /// free of `<id>-2`, `<id>-3`... A collision renames the newcomer, never drops it.
    Add(String),
}

/// What holds an id: nothing, a readable entry, or something unreadable.
pub enum Holder {
    Free,
    Entry(Box<SavedAssessment>),
    Unreadable,
}

/// Finds where `entry` goes, asking `holder` what each candidate id holds.
pub fn place(entry: &SavedAssessment, mut holder: impl FnMut(&str) -> Holder) -> Placement {
    let mut candidate = entry.id.clone();
    let mut attempt = 1;
    loop {
        match holder(&candidate) {
            Holder::Free => return Placement::Add(candidate),
            Holder::Entry(found) if found.same_as(entry) => return Placement::AlreadyThere,
            _ => {
                attempt += 1;
                candidate = format!("{}-{attempt}", entry.id);
            }
        }
    }
}

fn holder_in(entries: &[SavedAssessment], id: &str) -> Holder {
    entries
        .iter()
        .find(|existing| existing.id == id)
        .map_or(Holder::Free, |found| Holder::Entry(Box::new(found.clone())))
}

impl SavedAssessment {
    /// What in this entry no form or link would accept, in words; empty when it is sound.
    pub fn problems(&self) -> Vec<String> {
        crate::model::field::out_of_range(&self.assessment)
            .into_iter()
            .map(|error| format!("{}: {error}", error.field.key()))
            .collect()
    }

    /// The same check, whatever id it is kept under.
    pub fn same_as(&self, other: &SavedAssessment) -> bool {
        SavedAssessment {
            id: other.id.clone(),
            ..self.clone()
        } == *other
    }
}

/// Adds an entry unless the very same one is already there; a different entry under its
/// id is added under a fresh id.
pub fn with_entry(
    mut entries: Vec<SavedAssessment>,
    entry: SavedAssessment,
) -> Vec<SavedAssessment> {
    if let Placement::Add(id) = place(&entry, |id| holder_in(&entries, id)) {
        entries.push(SavedAssessment { id, ..entry });
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

/// Merges a backup: the very same entries are kept once, every other one is added, under a
/// fresh id when its own is taken. The count is exactly what the merge adds.
pub fn merge(
    existing: Vec<SavedAssessment>,
    incoming: &[SavedAssessment],
) -> (Vec<SavedAssessment>, MergeCount) {
    let mut count = MergeCount::default();
    let mut merged = existing;
    for entry in incoming {
        match place(entry, |id| holder_in(&merged, id)) {
            Placement::AlreadyThere => count.already_there += 1,
            Placement::Add(id) => {
                merged.push(SavedAssessment {
                    id,
                    ..entry.clone()
                });
                count.added += 1;
            }
        }
    }
    (merged, count)
}

/// Newest first, by the time saved, ties broken by id so the order is stable.
pub fn newest_first(entries: &[SavedAssessment]) -> Vec<SavedAssessment> {
    sorted_by(entries.to_vec(), |a, b| {
        b.saved_at.cmp(&a.saved_at).then(b.id.cmp(&a.id))
    })
}

/// Oldest first: the same order reversed, as the trend and the CSV read them.
pub fn oldest_first(entries: &[SavedAssessment]) -> Vec<SavedAssessment> {
    let mut sorted = newest_first(entries);
    sorted.reverse();
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
            assessment_kept: KeptFields::new(),
            kept: KeptFields::new(),
        }
    }

    #[test]
    fn fields_from_a_newer_app_are_kept_and_written_back() {
        let raw = r#"{"id":"a","saved_at":"2026-11-01T10:00:00Z","model_version":"9","score":3,
            "mood":"good","assessment":{"week_km":30.0,"pain_scale":"vas","knee":{"side":"left"}}}"#;
        let entry: SavedAssessment = serde_json::from_str(raw).unwrap();
        assert_eq!(entry.assessment.week_km, Some(30.0));
        assert_eq!(entry.kept["mood"], "good");
        assert_eq!(entry.assessment_kept["knee"]["side"], "left");
        assert!(!entry.assessment_kept.contains_key("week_km"));
        let written: Value = serde_json::to_value(&entry).unwrap();
        assert_eq!(written["mood"], "good");
        assert_eq!(written["assessment"]["pain_scale"], "vas");
        assert_eq!(written["assessment"]["week_km"], 30.0);
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
    fn a_different_entry_under_a_known_id_is_renamed_not_dropped() {
        let first = entry("a", "2026-11-01T10:00:00Z");
        let other = SavedAssessment {
            note: "other".into(),
            ..first.clone()
        };
        let entries = with_entry(vec![first.clone()], other.clone());
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[1].id, "a-2");
        let (merged, count) = merge(entries, &[first, other]);
        assert_eq!(merged.len(), 2);
        assert_eq!(count.already_there, 2);
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
