//! Saved history in localStorage. Every change re-reads what is stored first, so a save in
//! another tab is never overwritten; unreadable text is set aside under its own key before
//! anything is written; a newer app's history is never touched; and when storage is
//! blocked, history lives in memory for the tab. Each function reports its outcome as a
//! `HistoryAction` for the app's state.

use gloo_events::EventListener;

use super::storage::{self, StorageError};
use crate::history::format::set_aside_key;
use crate::history::state::{HistoryAction, Persistence, MEMORY_ONLY_NOTICE};
use crate::history::{self, SavedAssessment, HISTORY_KEY};

fn stamp() -> String {
    format!("{}", js_sys::Date::now() as u64)
}

fn newer_notice(version: u64) -> String {
    format!("Your history was written by a newer version of this app (format {version}). It is shown as far as this version can read it and left untouched; reload to get the newer app before saving.")
}

fn set_aside_notice(key: &str) -> String {
    format!("Part of your saved history could not be read. Nothing was deleted: the unreadable text is kept aside in this browser under \"{key}\", and everything readable is shown.")
}

/// Keeps the stored text aside when part of it cannot be read; returns the key used.
fn set_aside_if_needed(
    raw: Option<&str>,
    loaded: &history::Loaded,
) -> Result<Option<String>, StorageError> {
    match raw {
        Some(raw) if loaded.needs_set_aside() => {
            let key = set_aside_key(&stamp());
            storage::write(&key, raw)?;
            Ok(Some(key))
        }
        _ => Ok(None),
    }
}

/// Reads the stored history, setting aside anything unreadable.
pub fn load() -> HistoryAction {
    let raw = match storage::read(HISTORY_KEY) {
        Ok(raw) => raw,
        Err(_) => {
            return HistoryAction::Loaded {
                entries: Vec::new(),
                persistence: Persistence::MemoryOnly,
                notice: Some(MEMORY_ONLY_NOTICE.to_string()),
            }
        }
    };
    let loaded = history::read(raw.as_deref());
    if let Some(version) = loaded.newer_version {
        return HistoryAction::Loaded {
            entries: loaded.entries,
            persistence: Persistence::ReadOnly(version),
            notice: Some(newer_notice(version)),
        };
    }
    let notice = match set_aside_if_needed(raw.as_deref(), &loaded) {
        Ok(Some(key)) => {
            let _ = storage::write(HISTORY_KEY, &history::write(&loaded.entries));
            Some(set_aside_notice(&key))
        }
        Ok(None) => None,
        Err(_) => Some("Part of your saved history could not be read, and storage is too full to keep a copy aside, so it is left exactly as it was. Everything readable is shown; export a backup.".to_string()),
    };
    HistoryAction::Loaded {
        entries: loaded.entries,
        persistence: Persistence::Stored,
        notice,
    }
}

fn refusal(error: &StorageError) -> String {
    match error {
        StorageError::Full => "Not saved: this browser's storage is full. Everything saved before is still there; export a backup, then delete old checks to make room.".to_string(),
        StorageError::Unavailable => MEMORY_ONLY_NOTICE.to_string(),
        StorageError::Failed(reason) => format!("Not saved: the browser refused ({reason}). Everything saved before is still there."),
    }
}

/// Applies `change` to the stored list (re-read first), or to `in_memory` when storage is
/// blocked.
fn change(
    in_memory: &[SavedAssessment],
    status: &str,
    change: impl FnOnce(Vec<SavedAssessment>) -> Vec<SavedAssessment>,
) -> HistoryAction {
    let raw = match storage::read(HISTORY_KEY) {
        Ok(raw) => raw,
        Err(StorageError::Unavailable) => {
            return HistoryAction::KeptInMemory {
                entries: change(in_memory.to_vec()),
                status: format!(
                    "{status} Kept until you close this tab: saving is off in this browser."
                ),
            }
        }
        Err(error) => return HistoryAction::Failed(refusal(&error)),
    };
    let loaded = history::read(raw.as_deref());
    if let Some(version) = loaded.newer_version {
        return HistoryAction::Failed(format!("Not saved. {}", newer_notice(version)));
    }
    if let Err(error) = set_aside_if_needed(raw.as_deref(), &loaded) {
        return HistoryAction::Failed(refusal(&error));
    }
    let entries = change(loaded.entries);
    match storage::write(HISTORY_KEY, &history::write(&entries)) {
        Ok(()) => HistoryAction::Stored {
            entries,
            status: status.to_string(),
        },
        Err(StorageError::Unavailable) => HistoryAction::KeptInMemory {
            entries,
            status: format!(
                "{status} Kept until you close this tab: saving is off in this browser."
            ),
        },
        Err(error) => HistoryAction::Failed(refusal(&error)),
    }
}

pub fn save(entry: SavedAssessment, in_memory: &[SavedAssessment]) -> HistoryAction {
    change(in_memory, "Saved to your history.", |entries| {
        history::entries::with_entry(entries, entry)
    })
}

/// Puts back an entry that was just deleted.
pub fn restore(entry: SavedAssessment, in_memory: &[SavedAssessment]) -> HistoryAction {
    change(in_memory, "Restored.", |entries| {
        history::entries::with_entry(entries, entry)
    })
}

pub fn import(incoming: &[SavedAssessment], in_memory: &[SavedAssessment]) -> HistoryAction {
    let mut counted = history::entries::MergeCount::default();
    let action = change(in_memory, "", |entries| {
        let (merged, count) = history::entries::merge(entries, incoming);
        counted = count;
        merged
    });
    let status = format!(
        "Imported {} new check{}; {} already in your history.",
        counted.added,
        if counted.added == 1 { "" } else { "s" },
        counted.already_there
    );
    match action {
        HistoryAction::Stored { entries, .. } => HistoryAction::Stored { entries, status },
        HistoryAction::KeptInMemory { entries, .. } => HistoryAction::KeptInMemory {
            entries,
            status: format!("{status} Kept until you close this tab."),
        },
        other => other,
    }
}

pub fn delete(entry: &SavedAssessment, in_memory: &[SavedAssessment]) -> HistoryAction {
    match change(in_memory, "", |entries| {
        history::entries::without(entries, &entry.id)
    }) {
        HistoryAction::Stored { entries, .. } => HistoryAction::Deleted {
            entries,
            removed: Box::new(entry.clone()),
            in_memory: false,
        },
        HistoryAction::KeptInMemory { entries, .. } => HistoryAction::Deleted {
            entries,
            removed: Box::new(entry.clone()),
            in_memory: true,
        },
        other => other,
    }
}

/// Calls `on_change` whenever another tab changes this site's storage.
pub fn on_external_change(on_change: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |_| on_change()))
}
