//! The symptom log in localStorage, through `plan::symptom_store`.

use super::storage::LocalStore;
use crate::history::store::StorageError;
use crate::history::symptom_store::{self, SymptomLog};
use crate::history::symptoms::SymptomEntry;

fn stamp() -> String {
    format!("{}", js_sys::Date::now() as u64)
}

pub fn load() -> Result<SymptomLog, StorageError> {
    symptom_store::load(&mut LocalStore, &stamp())
}

pub fn add(entry: &SymptomEntry) -> Result<SymptomLog, StorageError> {
    symptom_store::add(&mut LocalStore, entry)?;
    load()
}

pub fn delete(id: &str) -> Result<SymptomLog, StorageError> {
    symptom_store::delete(&mut LocalStore, id)?;
    load()
}

/// Adds a backup's entries; the log after it, and how many were added.
pub fn import(incoming: &[SymptomEntry]) -> Result<(SymptomLog, usize), StorageError> {
    let added = symptom_store::import(&mut LocalStore, incoming)?;
    Ok((load()?, added))
}
