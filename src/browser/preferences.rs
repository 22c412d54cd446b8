//! Small settings remembered between visits, stored as JSON through gloo-storage once the
//! probe says storage can be reached (gloo's own access panics when it cannot).

use gloo_storage::{LocalStorage, Storage};

use super::storage;
use crate::model::units::Units;

const UNITS_KEY: &str = "knee-check.v1.units";

/// The units chosen last time, or km when none were chosen or storage is out of reach.
pub fn load_units() -> Units {
    if !storage::is_available() {
        return Units::default();
    }
    LocalStorage::get(UNITS_KEY).unwrap_or_default()
}

/// Remembers the units; losing this preference is harmless, so a failure is ignored.
pub fn save_units(units: Units) {
    if storage::is_available() {
        let _ = LocalStorage::set(UNITS_KEY, units);
    }
}
