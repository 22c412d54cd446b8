//! Units a runner sees. The model itself only ever works in km and kg.

use serde::{Deserialize, Serialize};

use super::decimal::parse_plain_decimal;
pub use super::decimal::{format_number, round_for_display};

/// Exact by definition of the international mile.
pub const KM_PER_MILE: f64 = 1.609_344;
/// Exact by definition of the international avoirdupois pound.
pub const KG_PER_POUND: f64 = 0.453_592_37;

/// Distance units; weight units follow them unless chosen apart (`WeightUnits`).
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
}

/// Exact: fourteen pounds.
pub const KG_PER_STONE: f64 = 14.0 * KG_PER_POUND;

/// Body weight units, chosen apart from distance: a runner in miles may know their weight in
/// kg or in stones. Unset, they follow the distance units, as every link before them did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeightUnits {
    Kg,
    Lb,
    St,
}

impl WeightUnits {
    pub const ALL: [WeightUnits; 3] = [WeightUnits::Kg, WeightUnits::Lb, WeightUnits::St];

    /// The units a link without `wunits` means.
    pub fn following(units: Units) -> Self {
        match units {
            Units::Km => WeightUnits::Kg,
            Units::Mi => WeightUnits::Lb,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            WeightUnits::Kg => "kg",
            WeightUnits::Lb => "lb",
            WeightUnits::St => "st",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        WeightUnits::ALL
            .into_iter()
            .find(|units| units.key() == key)
    }

    pub fn label(self) -> &'static str {
        match self {
            WeightUnits::Kg => "kg",
            WeightUnits::Lb => "lb",
            WeightUnits::St => "stones",
        }
    }

    pub fn to_kg(self, weight: f64) -> f64 {
        match self {
            WeightUnits::Kg => weight,
            WeightUnits::Lb => weight * KG_PER_POUND,
            WeightUnits::St => weight * KG_PER_STONE,
        }
    }

    pub fn from_kg(self, kg: f64) -> f64 {
        match self {
            WeightUnits::Kg => kg,
            WeightUnits::Lb => kg / KG_PER_POUND,
            WeightUnits::St => kg / KG_PER_STONE,
        }
    }
}

/// Reads stones as a runner writes them: `11st 4`, `11 st 4 lb`, `11st`; `None` when the text
/// is not in that shape (a plain decimal is read elsewhere).
pub fn parse_stones_and_pounds(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    let (stones, rest) = lower.split_once("st")?;
    let stones: f64 = whole_number(stones.trim())?;
    let rest = rest
        .trim_start_matches("one")
        .trim_start_matches('s')
        .trim();
    let pounds = rest.trim_end_matches("lbs").trim_end_matches("lb").trim();
    let pounds = if pounds.is_empty() {
        0.0
    } else {
        let value = parse_plain_decimal(pounds)?;
        if pounds.starts_with(['-', '+']) || value >= 14.0 {
            return None;
        }
        value
    };
    Some(stones + pounds / 14.0)
}

fn whole_number(text: &str) -> Option<f64> {
    (text.len() <= 3 && !text.contains('.'))
        .then(|| parse_plain_decimal(text))
        .flatten()
        .filter(|_| !text.starts_with(['-', '+']))
}

/// A distance held in km, as the runner reads it: `28 mi`.
pub fn describe_distance(km: f64, units: Units) -> String {
    format!(
        "{} {}",
        format_number(units.from_km(km)),
        units.distance_label()
    )
}

/// A distance as a runner says it: whole units from 10 up, a tenth below, with "about"
/// when that rounds it (an average of 31, 30, 30 and 30 km is "about 30 km", not 30.25).
pub fn describe_distance_roughly(km: f64, units: Units) -> String {
    let value = units.from_km(km);
    let step = if value >= 10.0 { 1.0 } else { 10.0 };
    let rounded = (value * step).round() / step;
    let about = if (rounded - value).abs() > 0.005 {
        "about "
    } else {
        ""
    };
    format!(
        "{about}{} {}",
        format_number(rounded),
        units.distance_label()
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn rough_distances_read_as_a_runner_says_them() {
        assert_eq!(describe_distance_roughly(30.25, Units::Km), "about 30 km");
        assert_eq!(describe_distance_roughly(30.0, Units::Km), "30 km");
        assert_eq!(describe_distance_roughly(7.26, Units::Km), "about 7.3 km");
    }

    use super::*;

    #[test]
    fn a_mile_is_exactly_1609_metres_and_change() {
        assert_eq!(Units::Mi.to_km(1.0), 1.609344);
        assert!((Units::Mi.from_km(Units::Mi.to_km(26.2)) - 26.2).abs() < 1e-12);
    }

    #[test]
    fn stones_read_as_runners_write_them() {
        assert_eq!(parse_stones_and_pounds("11st 4"), Some(11.0 + 4.0 / 14.0));
        assert_eq!(
            parse_stones_and_pounds("11 st 4 lb"),
            Some(11.0 + 4.0 / 14.0)
        );
        assert_eq!(
            parse_stones_and_pounds("11 stone 4 lbs"),
            Some(11.0 + 4.0 / 14.0)
        );
        assert_eq!(parse_stones_and_pounds("11st"), Some(11.0));
        assert_eq!(parse_stones_and_pounds("11.5"), None);
        assert_eq!(parse_stones_and_pounds("11st 15"), None);
        assert_eq!(parse_stones_and_pounds("st 4"), None);
        assert!((WeightUnits::St.to_kg(11.0) - 69.853225).abs() < 1e-5);
    }

    #[test]
    fn pounds_convert_to_kilograms() {
        assert!((WeightUnits::Lb.to_kg(150.0) - 68.0388555).abs() < 1e-6);
        assert_eq!(WeightUnits::Kg.to_kg(70.0), 70.0);
    }
}
