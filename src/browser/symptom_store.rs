//! The symptom log in localStorage, through `plan::symptom_store`.

use super::storage::LocalStore;
use crate::history::store::StorageError;
use crate::plan::symptom_store::{self, SymptomLog};
use crate::plan::SymptomEntry;

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
