//! Small settings remembered between visits.

use super::storage;
use crate::model::units::Units;

const UNITS_KEY: &str = "knee-check.v1.units";

/// The units chosen last time, or km when none were chosen or storage is out of reach.
pub fn load_units() -> Units {
    storage::read(UNITS_KEY)
        .ok()
        .flatten()
        .and_then(|key| Units::from_key(&key))
        .unwrap_or_default()
}

/// Remembers the units; losing this preference is harmless, so a failure is ignored.
pub fn save_units(units: Units) {
    let _ = storage::write(UNITS_KEY, units.key());
}
