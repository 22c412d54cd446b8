//! Small settings remembered between visits, read and written through the one probed storage
//! edge, so a storage that throws on any call leaves the defaults, never a blank page.

use super::storage;
use crate::model::units::{Units, WeightUnits};

const UNITS_KEY: &str = "knee-check.v1.units";
const WEIGHT_UNITS_KEY: &str = "knee-check.v1.weight-units";

/// The stored text of a preference, without its JSON quotes; `None` on any failure.
fn read_choice(key: &str) -> Option<String> {
    let text = storage::read(key).ok()??;
    Some(text.trim().trim_matches('"').to_string())
}

/// Losing a preference is harmless, so a failure to write one is ignored.
fn write_choice(key: &str, value: &str) {
    let _ = storage::write(key, &format!("\"{value}\""));
}

/// The units chosen last time, or km when none were chosen or storage is out of reach.
pub fn load_units() -> Units {
    read_choice(UNITS_KEY)
        .and_then(|key| Units::from_key(&key))
        .unwrap_or_default()
}

pub fn save_units(units: Units) {
    write_choice(UNITS_KEY, units.key());
}

/// The weight units chosen last time; `None` follows the distance units.
pub fn load_weight_units() -> Option<WeightUnits> {
    read_choice(WEIGHT_UNITS_KEY).and_then(|key| WeightUnits::from_key(&key))
}

pub fn save_weight_units(units: WeightUnits) {
    write_choice(WEIGHT_UNITS_KEY, units.key());
}
