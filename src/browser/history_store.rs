//! Saved history in localStorage, through `history::store`: one key per saved check, so a
//! change in one tab never rewrites another tab's checks. Returns what storage did, as
//! values; what to tell the runner is decided in `state::history`.

use gloo_events::EventListener;

use super::clock;
use super::storage::LocalStore;
use crate::history::restore::{self, Restored};
use crate::history::store::{self, ChangeError, Snapshot, StorageError};
use crate::history::symptoms::SymptomEntry;
use crate::history::SavedAssessment;

fn stamp() -> String {
    format!("{}", js_sys::Date::now() as u64)
}

/// Reads the stored history, moving an older layout over and setting aside anything
/// unreadable.
pub fn load() -> Result<Snapshot, StorageError> {
    store::load(&mut LocalStore, &stamp())
}

/// Saves (or, after a delete, restores) one entry; the whole history after it.
pub fn save(entry: &SavedAssessment) -> Result<Vec<SavedAssessment>, ChangeError> {
    store::save(&mut LocalStore, entry, &stamp())
}

pub fn delete(id: &str) -> Result<Vec<SavedAssessment>, ChangeError> {
    store::delete(&mut LocalStore, id, &stamp())
}

/// Adds a backup's checks and symptom entries, all or nothing.
pub fn import(
    incoming: &[SavedAssessment],
    symptoms: &[SymptomEntry],
) -> Result<Restored, ChangeError> {
    restore::import_backup(
        &mut LocalStore,
        incoming,
        symptoms,
        &stamp(),
        &clock::today(),
    )
}

/// Calls `on_change` whenever another tab changes this site's storage.
pub fn on_external_change(on_change: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |_| on_change()))
}
