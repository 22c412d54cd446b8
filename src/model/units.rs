//! Units a runner sees. The model itself only ever works in km and kg.

use serde::{Deserialize, Serialize};

/// Exact by definition of the international mile.
pub const KM_PER_MILE: f64 = 1.609_344;
/// Exact by definition of the international avoirdupois pound.
pub const KG_PER_POUND: f64 = 0.453_592_37;

/// Distance and weight units travel together, as the link contract says: km with kg, mi with lb.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Units {
    #[default]
    Km,
    Mi,
}

impl Units {
    pub fn key(self) -> &'static str {
        match self {
            Units::Km => "km",
            Units::Mi => "mi",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        match key {
            "km" => Some(Units::Km),
            "mi" => Some(Units::Mi),
            _ => None,
        }
    }

    pub fn distance_label(self) -> &'static str {
        self.key()
    }

    pub fn weight_label(self) -> &'static str {
        match self {
            Units::Km => "kg",
            Units::Mi => "lb",
        }
    }

    pub fn to_km(self, distance: f64) -> f64 {
        match self {
            Units::Km => distance,
            Units::Mi => distance * KM_PER_MILE,
        }
    }

    pub fn from_km(self, km: f64) -> f64 {
        match self {
            Units::Km => km,
            Units::Mi => km / KM_PER_MILE,
        }
    }

    pub fn to_kg(self, weight: f64) -> f64 {
        match self {
            Units::Km => weight,
            Units::Mi => weight * KG_PER_POUND,
        }
    }

    pub fn from_kg(self, kg: f64) -> f64 {
        match self {
            Units::Km => kg,
            Units::Mi => kg / KG_PER_POUND,
        }
    }
}

/// Rounds a shown value to two decimals, so links and forms carry `18.64`, not `18.641182`.
pub fn round_for_display(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded.is_finite() {
        rounded
    } else {
        value
    }
}

/// Writes a number the short way people write it: `30`, `18.64`, never `30.0`.
pub fn format_number(value: f64) -> String {
    let rounded = round_for_display(value);
    if rounded == 0.0 {
        return "0".to_string();
    }
    format!("{rounded}")
}

/// A distance held in km, as the runner reads it: `28 mi`.
pub fn describe_distance(km: f64, units: Units) -> String {
    format!(
        "{} {}",
        format_number(units.from_km(km)),
        units.distance_label()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mile_is_exactly_1609_metres_and_change() {
        assert_eq!(Units::Mi.to_km(1.0), 1.609344);
        assert!((Units::Mi.from_km(Units::Mi.to_km(26.2)) - 26.2).abs() < 1e-12);
    }

    #[test]
    fn huge_values_are_written_as_numbers() {
        assert_eq!(format_number(f64::MAX).parse::<f64>(), Ok(f64::MAX));
        assert_eq!(format_number(18.641182), "18.64");
    }

    #[test]
    fn pounds_convert_to_kilograms() {
        assert!((Units::Mi.to_kg(150.0) - 68.0388555).abs() < 1e-6);
        assert_eq!(Units::Km.to_kg(70.0), 70.0);
    }
}
