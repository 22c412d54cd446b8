//! The symptom log in localStorage, through `history::symptom_store`.

use super::clock;
use super::storage::LocalStore;
use crate::history::store::StorageError;
use crate::history::symptom_store::{self, SymptomLog};
use crate::history::symptoms::SymptomEntry;

fn stamp() -> String {
    format!("{}", js_sys::Date::now() as u64)
}

pub fn load() -> Result<SymptomLog, StorageError> {
    symptom_store::load(&mut LocalStore, &stamp(), &clock::today())
}

pub fn add(entry: &SymptomEntry) -> Result<SymptomLog, StorageError> {
    symptom_store::add(&mut LocalStore, entry, &clock::today())?;
    load()
}

pub fn delete(id: &str) -> Result<SymptomLog, StorageError> {
    symptom_store::delete(&mut LocalStore, id)?;
    load()
}
