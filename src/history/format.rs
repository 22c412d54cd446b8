//! The history as one JSON document, with a format version and a migration from every older
//! version: what backups hold, and what storage held in format 1 (from format 2, storage
//! keeps one key per entry, see `store`). Reading never throws data away: entries that
//! cannot be read come back as raw text to be set aside, and a document from a newer
//! version of the app is reported so that it is never overwritten.

use serde_json::{json, Value};

use super::entries::SavedAssessment;

/// Where format 1 kept the whole history in localStorage; moved to one key per entry on
/// the first load by an app of format 2.
pub const HISTORY_KEY: &str = "knee-check.v1.history";

/// The format this build writes. Bumping it needs a migration below and a fixture in
/// `tests/fixtures/history/` (tests fail without them).
pub const CURRENT_VERSION: u64 = 2;

/// Turns a document of one version into the next.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` upgrades version `i + 1` to `i + 2`.
pub const MIGRATIONS: [Migration; (CURRENT_VERSION - 1) as usize] = [answers_of_the_second_model];

/// Format 2 adds optional answers (`pain_site`, `pain_weeks`, `weight_units`), unanswered
/// in a format 1 entry, and tells "no warning sign ticked" (`null`) from "none of these"
/// (`[]`): format 1 wrote `[]` for both, and the runner never chose "none of these", so
/// `[]` becomes `null`.
fn answers_of_the_second_model(mut document: Value) -> Result<Value, String> {
    if let Some(entries) = document.get_mut("entries").and_then(Value::as_array_mut) {
        for entry in entries {
            let flags = entry.pointer_mut("/assessment/flags");
            if let Some(flags) = flags.filter(|flags| flags.as_array().is_some_and(Vec::is_empty)) {
                *flags = Value::Null;
            }
        }
    }
    document["version"] = json!(2);
    Ok(document)
}

/// What reading the stored text gave.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Loaded {
    pub entries: Vec<SavedAssessment>,
    /// Raw JSON of entries that could not be read, to be set aside, never deleted.
    pub unreadable: Vec<String>,
    /// The stored text is not a history document at all; it must be set aside whole.
    pub damaged: bool,
    /// Written by a newer version of the app: shown as far as it can be, never overwritten.
    pub newer_version: Option<u64>,
}

impl Loaded {
    /// Whether something was found that needs setting aside before the next write.
    pub fn needs_set_aside(&self) -> bool {
        self.damaged || !self.unreadable.is_empty()
    }
}

/// Brings a parsed document up to the current version.
pub fn migrate(mut document: Value) -> Result<Value, String> {
    let version = document
        .get("version")
        .and_then(Value::as_u64)
        .ok_or("no format version")?;
    if version == 0 {
        return Err("format version 0 does not exist".into());
    }
    for migration in MIGRATIONS.iter().skip((version - 1) as usize) {
        document = migration(document)?;
    }
    Ok(document)
}

/// Reads a history document (the stored text, or a backup file's), `None` when nothing was
/// ever saved.
pub fn read(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else {
        return Loaded::default();
    };
    let damaged = Loaded {
        damaged: true,
        ..Loaded::default()
    };
    let Ok(document) = serde_json::from_str::<Value>(raw) else {
        return damaged;
    };
    let version = document.get("version").and_then(Value::as_u64);
    let mut loaded = Loaded::default();
    let document = match version {
        Some(version) if version > CURRENT_VERSION => {
            loaded.newer_version = Some(version);
            document
        }
        Some(_) => match migrate(document) {
            Ok(document) => document,
            Err(_) => return damaged,
        },
        None => return damaged,
    };
    let Some(entries) = document.get("entries").and_then(Value::as_array) else {
        return Loaded {
            newer_version: loaded.newer_version,
            ..damaged
        };
    };
    for entry in entries {
        match serde_json::from_value::<SavedAssessment>(entry.clone()) {
            Ok(saved) => loaded.entries.push(saved),
            Err(_) if loaded.newer_version.is_some() => {}
            Err(_) => loaded.unreadable.push(entry.to_string()),
        }
    }
    loaded
}

/// The text to store for these entries, in the current format.
pub fn write(entries: &[SavedAssessment]) -> String {
    json!({ "version": CURRENT_VERSION, "entries": entries }).to_string()
}

/// The key unreadable text is kept under, never to be deleted by the app.
pub fn set_aside_key(stamp: &str) -> String {
    format!("{HISTORY_KEY}.unreadable.{stamp}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::entries::tests::entry;

    #[test]
    fn written_entries_read_back() {
        let entries = vec![
            entry("a", "2026-11-01T10:00:00Z"),
            entry("b", "2026-11-08T10:00:00Z"),
        ];
        let loaded = read(Some(&write(&entries)));
        assert_eq!(loaded.entries, entries);
        assert!(!loaded.needs_set_aside());
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
        assert!(loaded.needs_set_aside());
    }

    #[test]
    fn damaged_text_is_reported() {
        for raw in [
            "{not json",
            "[]",
            r#"{"entries":[]}"#,
            r#"{"version":1}"#,
            r#"{"version":0,"entries":[]}"#,
        ] {
            assert!(read(Some(raw)).damaged, "{raw}");
        }
        assert_eq!(read(None), Loaded::default());
    }

    #[test]
    fn a_newer_document_is_shown_as_far_as_possible_and_flagged() {
        let raw = format!(
            r#"{{"version":7,"entries":[{},{{"shape":"from the future"}}]}}"#,
            serde_json::to_string(&entry("a", "2026-11-01T10:00:00Z")).unwrap()
        );
        let loaded = read(Some(&raw));
        assert_eq!(loaded.newer_version, Some(7));
        assert_eq!(loaded.entries.len(), 1);
        assert!(!loaded.needs_set_aside());
    }

    #[test]
    fn format_one_flags_never_ticked_read_as_unanswered() {
        let raw = format!(
            r#"{{"version":1,"entries":[{}]}}"#,
            serde_json::to_string(&entry("a", "2026-11-01T10:00:00Z"))
                .unwrap()
                .replace(r#""flags":null"#, r#""flags":[]"#)
        );
        assert!(raw.contains(r#""flags":[]"#));
        let loaded = read(Some(&raw));
        assert_eq!(
            loaded.entries[0].assessment.flags,
            crate::model::list_answer::ListAnswer::Unanswered
        );
    }

    #[test]
    fn every_older_version_has_a_migration() {
        assert_eq!(MIGRATIONS.len() as u64, CURRENT_VERSION - 1);
    }
}
