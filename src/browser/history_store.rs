//! Saved history in localStorage, through `history::store`: one key per saved check, so a
//! change in one tab never rewrites another tab's checks; unreadable text is set aside under
//! its own key; a newer app's history is never touched; and when storage is blocked,
//! history lives in memory for the tab. Each function reports its outcome as a
//! `HistoryAction` for the app's state.

use gloo_events::EventListener;

use super::storage::{LocalStore, StorageError};
use crate::history::state::{HistoryAction, Persistence, MEMORY_ONLY_NOTICE};
use crate::history::store::{self, ChangeError, ImportCount, Snapshot};
use crate::history::{entries, SavedAssessment};

fn stamp() -> String {
    format!("{}", js_sys::Date::now() as u64)
}

fn newer_notice(version: u64) -> String {
    format!("Your history was written by a newer version of this app (format {version}). It is shown as far as this version can read it and left untouched; reload to get the newer app before saving.")
}

fn set_aside_notice(snapshot: &Snapshot) -> Option<String> {
    if let Some(key) = snapshot.set_aside.first() {
        return Some(format!("Part of your saved history could not be read. Nothing was deleted: the unreadable text is kept aside in this browser under \"{key}\", and everything readable is shown."));
    }
    (snapshot.left_unreadable > 0).then(|| "Part of your saved history could not be read, and storage is too full to keep a copy aside, so it is left exactly as it was. Everything readable is shown; export a backup.".to_string())
}

const FULL_NOTICE: &str = "Not saved: this browser's storage is full. Everything saved before is safe and still shown. Export a backup, then delete old checks to make room.";

fn memory_only() -> HistoryAction {
    HistoryAction::Loaded {
        entries: Vec::new(),
        persistence: Persistence::MemoryOnly,
        notice: Some(MEMORY_ONLY_NOTICE.to_string()),
    }
}

/// Reads the stored history, moving an older layout over and setting aside anything
/// unreadable.
pub fn load() -> HistoryAction {
    match store::load(&mut LocalStore, &stamp()) {
        Ok(snapshot) => match snapshot.newer_version {
            Some(version) => HistoryAction::Loaded {
                entries: snapshot.entries,
                persistence: Persistence::ReadOnly(version),
                notice: Some(newer_notice(version)),
            },
            None => HistoryAction::Loaded {
                notice: match snapshot.unmoved {
                    Some(StorageError::Full) => Some(FULL_NOTICE.to_string()),
                    _ => set_aside_notice(&snapshot),
                },
                entries: snapshot.entries,
                persistence: Persistence::Stored,
            },
        },
        Err(_) => memory_only(),
    }
}

/// What went wrong with a change, for the runner; `Full` also raises the storage notice.
fn refused(error: ChangeError) -> HistoryAction {
    match error {
        ChangeError::Newer(version) => {
            HistoryAction::Failed(format!("Not saved. {}", newer_notice(version)))
        }
        ChangeError::Storage(StorageError::Full) => HistoryAction::Full(FULL_NOTICE.to_string()),
        ChangeError::Storage(StorageError::Failed(reason)) => HistoryAction::Failed(format!(
            "Not saved: the browser refused ({reason}). Everything saved before is still there."
        )),
        ChangeError::Storage(StorageError::Unavailable) => {
            HistoryAction::Failed(MEMORY_ONLY_NOTICE.to_string())
        }
    }
}

/// Keeps a change in memory for the tab when storage is blocked.
fn in_memory(entries: Vec<SavedAssessment>, status: &str) -> HistoryAction {
    HistoryAction::KeptInMemory {
        entries,
        status: format!("{status} Kept until you close this tab: saving is off in this browser."),
    }
}

pub fn save(entry: SavedAssessment, in_memory_entries: &[SavedAssessment]) -> HistoryAction {
    let status = "Saved to your history.";
    match store::save(&mut LocalStore, &entry, &stamp()) {
        Ok(entries) => HistoryAction::Stored {
            entries,
            status: status.to_string(),
        },
        Err(ChangeError::Storage(StorageError::Unavailable)) => in_memory(
            entries::with_entry(in_memory_entries.to_vec(), entry),
            status,
        ),
        Err(error) => refused(error),
    }
}

/// Puts back an entry that was just deleted.
pub fn restore(entry: SavedAssessment, in_memory_entries: &[SavedAssessment]) -> HistoryAction {
    match store::save(&mut LocalStore, &entry, &stamp()) {
        Ok(entries) => HistoryAction::Stored {
            entries,
            status: "Restored.".to_string(),
        },
        Err(ChangeError::Storage(StorageError::Unavailable)) => in_memory(
            entries::with_entry(in_memory_entries.to_vec(), entry),
            "Restored.",
        ),
        Err(error) => refused(error),
    }
}

fn import_status(count: &ImportCount) -> String {
    format!(
        "Imported {} new check{}; {} already in your history.",
        count.added,
        if count.added == 1 { "" } else { "s" },
        count.already_there
    )
}

pub fn import(
    incoming: &[SavedAssessment],
    in_memory_entries: &[SavedAssessment],
) -> HistoryAction {
    match store::import(&mut LocalStore, incoming, &stamp()) {
        Ok((entries, count)) => HistoryAction::Stored {
            entries,
            status: import_status(&count),
        },
        Err(ChangeError::Storage(StorageError::Unavailable)) => {
            let (entries, count) = entries::merge(in_memory_entries.to_vec(), incoming);
            let count = ImportCount {
                added: count.added,
                already_there: count.already_there,
            };
            in_memory(entries, &import_status(&count))
        }
        Err(error) => refused(error),
    }
}

pub fn delete(entry: &SavedAssessment, in_memory_entries: &[SavedAssessment]) -> HistoryAction {
    match store::delete(&mut LocalStore, &entry.id, &stamp()) {
        Ok(entries) => HistoryAction::Deleted {
            entries,
            removed: Box::new(entry.clone()),
            in_memory: false,
        },
        Err(ChangeError::Storage(StorageError::Unavailable)) => HistoryAction::Deleted {
            entries: entries::without(in_memory_entries.to_vec(), &entry.id),
            removed: Box::new(entry.clone()),
            in_memory: true,
        },
        Err(error) => refused(error),
    }
}

/// Calls `on_change` whenever another tab changes this site's storage.
pub fn on_external_change(on_change: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |_| on_change()))
}
