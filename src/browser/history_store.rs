//! Saved history in localStorage: re-read before every write, so a save in another tab is
//! never overwritten, and nothing unreadable is ever dropped.

use super::storage::{self, StorageError};
use crate::history::{self, Loaded, SavedAssessment, HISTORY_KEY};

/// Why a save did not happen; each says what is safe.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveError {
    Storage(StorageError),
    NewerVersion(u64),
}

impl SaveError {
    pub fn message(&self) -> String {
        match self {
            SaveError::Storage(StorageError::Unavailable) => {
                "Not saved: this browser does not allow saving here (private window or blocked storage).".to_string()
            }
            SaveError::Storage(StorageError::Full) => {
                "Not saved: browser storage is full. Everything saved before is still there.".to_string()
            }
            SaveError::Storage(StorageError::Failed(reason)) => {
                format!("Not saved: the browser refused ({reason}). Everything saved before is still there.")
            }
            SaveError::NewerVersion(version) => format!(
                "Not saved: your history was written by a newer version of this app (format {version}); it is left untouched. Reload to get the newer app."
            ),
        }
    }
}

/// Reads the history as stored now.
pub fn load() -> Result<Loaded, StorageError> {
    let raw = storage::read(HISTORY_KEY)?;
    Ok(history::read(raw.as_deref()))
}

/// Keeps text that could not be read under its own key, so it is never lost.
fn set_aside(raw: &str, stamp: &str) -> Result<(), StorageError> {
    storage::write(&format!("{HISTORY_KEY}.unreadable.{stamp}"), raw)
}

/// Adds one entry to the stored history.
pub fn save(entry: SavedAssessment) -> Result<(), SaveError> {
    let raw = storage::read(HISTORY_KEY).map_err(SaveError::Storage)?;
    let loaded = history::read(raw.as_deref());
    if let Some(version) = loaded.newer_version {
        return Err(SaveError::NewerVersion(version));
    }
    if let Some(raw) = raw.as_deref() {
        if loaded.damaged || !loaded.unreadable.is_empty() {
            set_aside(raw, &entry.id).map_err(SaveError::Storage)?;
        }
    }
    let entries = history::with_entry(loaded.entries, entry);
    storage::write(HISTORY_KEY, &history::write(&entries)).map_err(SaveError::Storage)
}
