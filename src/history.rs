//! The saved history's storage format, pure so it is tested natively: one versioned JSON
//! document under one namespaced key. Reading never throws data away: entries that cannot be
//! read are kept as raw text for the caller to set aside, and a document from a newer
//! version of the app is reported so that it is never overwritten.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::model::Assessment;

/// Where the history lives in localStorage.
pub const HISTORY_KEY: &str = "knee-check.v1.history";
/// The format this build writes.
pub const FORMAT_VERSION: u64 = 1;

/// One saved assessment. The score is recomputed from the inputs when shown; `score` and
/// `model_version` record what the runner saw when saving.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SavedAssessment {
    pub id: String,
    /// ISO 8601, UTC.
    pub saved_at: String,
    pub model_version: String,
    pub score: u8,
    #[serde(default)]
    pub note: String,
    pub assessment: Assessment,
}

#[derive(Debug, Serialize, Deserialize)]
struct Document {
    version: u64,
    entries: Vec<Value>,
}

/// What reading the stored text gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub entries: Vec<SavedAssessment>,
    /// Raw JSON of entries that could not be read, to be set aside, never deleted.
    pub unreadable: Vec<String>,
    /// The stored document is not JSON of this format at all; its text must be set aside.
    pub damaged: bool,
    /// The document was written by a newer version of the app; it must not be overwritten.
    pub newer_version: Option<u64>,
}

/// Reads the stored text (`None` when nothing was ever saved).
pub fn read(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::default();
    };
    let Ok(document) = serde_json::from_str::<Document>(raw) else {
        return Loaded {
            damaged: true,
            ..Loaded::default()
        };
    };
    if document.version > FORMAT_VERSION {
        return Loaded {
            newer_version: Some(document.version),
            ..Loaded::default()
        };
    }
    let mut loaded = Loaded::default();
    for entry in document.entries {
        match serde_json::from_value::<SavedAssessment>(entry.clone()) {
            Ok(saved) => loaded.entries.push(saved),
            Err(_) => loaded.unreadable.push(entry.to_string()),
        }
    }
    loaded
}

/// The text to store for these entries.
pub fn write(entries: &[SavedAssessment]) -> String {
    let document = serde_json::json!({
        "version": FORMAT_VERSION,
        "entries": entries,
    });
    document.to_string()
}

/// Adds an entry unless one with its id is already there (a second tab may have saved it).
pub fn with_entry(
    mut entries: Vec<SavedAssessment>,
    entry: SavedAssessment,
) -> Vec<SavedAssessment> {
    if !entries.iter().any(|existing| existing.id == entry.id) {
        entries.push(entry);
    }
    entries
}

/// Newest first, by the time saved.
pub fn newest_first(entries: &[SavedAssessment]) -> Vec<SavedAssessment> {
    let mut sorted = entries.to_vec();
    sorted.sort_by(|a, b| b.saved_at.cmp(&a.saved_at).then(b.id.cmp(&a.id)));
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, saved_at: &str) -> SavedAssessment {
        SavedAssessment {
            id: id.into(),
            saved_at: saved_at.into(),
            model_version: crate::model::MODEL_VERSION.into(),
            score: 12,
            note: String::new(),
            assessment: Assessment {
                week_km: Some(30.0),
                ..Assessment::default()
            },
        }
    }

    #[test]
    fn written_entries_read_back() {
        let entries = vec![
            entry("a", "2026-11-01T10:00:00Z"),
            entry("b", "2026-11-08T10:00:00Z"),
        ];
        let loaded = read(Some(&write(&entries)));
        assert_eq!(loaded.entries, entries);
        assert!(!loaded.damaged && loaded.unreadable.is_empty());
    }

    #[test]
    fn an_unreadable_entry_is_kept_aside_and_the_rest_load() {
        let raw = format!(
            r#"{{"version":1,"entries":[{},{{"id":"x","score":"lots"}}]}}"#,
            serde_json::to_string(&entry("a", "2026-11-01T10:00:00Z")).unwrap()
        );
        let loaded = read(Some(&raw));
        assert_eq!(loaded.entries.len(), 1);
        assert_eq!(loaded.unreadable.len(), 1);
        assert!(loaded.unreadable[0].contains("lots"));
    }

    #[test]
    fn damaged_text_and_newer_versions_are_reported() {
        assert!(read(Some("{not json")).damaged);
        assert_eq!(
            read(Some(r#"{"version":7,"entries":[]}"#)).newer_version,
            Some(7)
        );
        assert_eq!(read(None), Loaded::default());
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
    }
}
