//! Reads a check link into an assessment. It never fails and never panics: a bad field keeps
//! its default and is listed with the reason, and the good fields are always used.

use super::form_encoding::decode_component;
use super::FORMAT_VERSION;
use crate::model::field::{apply_field, Field, FieldError, Problem};
use crate::model::units::Units;
use crate::model::Assessment;

/// A field of a link that was not used, named by its key as the link wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnusedField {
    pub key: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct DecodedLink {
    pub assessment: Assessment,
    pub unused: Vec<UnusedField>,
}

/// Keys this long are cut when shown, so a hostile link cannot flood the page.
const SHOWN_KEY_CHARS: usize = 40;

fn shown_key(key: &str) -> String {
    if key.chars().count() > SHOWN_KEY_CHARS {
        format!("{}…", key.chars().take(SHOWN_KEY_CHARS).collect::<String>())
    } else {
        key.to_string()
    }
}

/// The query of a `#/check?...` fragment (with or without the `#`), if it is one.
pub fn check_query(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let rest = fragment.strip_prefix("/check")?;
    if rest.is_empty() {
        return Some("");
    }
    rest.strip_prefix('?')
}

/// Decodes the query part of a check link.
pub fn decode(query: &str) -> DecodedLink {
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect();
    let mut decoded = DecodedLink::default();
    let mut seen: Vec<&str> = Vec::new();
    let mut unused = |key: &str, reason: String| {
        decoded.unused.push(UnusedField {
            key: shown_key(key),
            reason,
        })
    };

    let first = |wanted: &str| {
        pairs
            .iter()
            .find(|(key, _)| key == wanted)
            .map(|(_, v)| v.trim())
    };
    if let Some(version) = first("v") {
        if version != FORMAT_VERSION {
            unused(
                "v",
                format!(
                    "link format version \"{}\" is not known to this app, so the check opens empty",
                    shown_key(version)
                ),
            );
            return decoded;
        }
    }
    let mut assessment = Assessment::default();
    if let Some(units) = first("units") {
        match Units::from_key(units) {
            Some(units) => assessment.units = units,
            None => unused(
                "units",
                format!("\"{}\" is not km or mi; km is used", shown_key(units)),
            ),
        }
    }

    for (key, value) in &pairs {
        if seen.contains(&key.as_str()) {
            unused(
                key,
                "given more than once; the first value is used".to_string(),
            );
            continue;
        }
        seen.push(key);
        if key == "v" || key == "units" {
            continue;
        }
        let Some(field) = Field::from_key(key) else {
            unused(key, "not a field this app knows".to_string());
            continue;
        };
        if value.trim().is_empty() && !field.is_list() {
            let error = FieldError {
                field,
                problem: Problem::Empty,
            };
            unused(key, error.to_string());
            continue;
        }
        if let Err(error) = apply_field(&mut assessment, field, value) {
            unused(key, error.to_string());
        }
    }
    decoded.assessment = assessment;
    decoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::AddedTraining;

    #[test]
    fn reads_the_contracts_example() {
        let link =
            "v=1&units=km&week=45&prev=30,31,29,30&longest=18&longest30=14&added=hills&strength=0";
        let decoded = decode(link);
        assert!(decoded.unused.is_empty(), "{:?}", decoded.unused);
        let a = decoded.assessment;
        assert_eq!(a.week_km, Some(45.0));
        assert_eq!(a.previous_weeks_km, vec![30.0, 31.0, 29.0, 30.0]);
        assert_eq!(a.added, Some([AddedTraining::Hills].into_iter().collect()));
        assert_eq!(a.strength_sessions, Some(0));
    }

    #[test]
    fn finds_the_query_in_a_fragment() {
        assert_eq!(check_query("#/check?v=1"), Some("v=1"));
        assert_eq!(check_query("/check"), Some(""));
        assert_eq!(check_query("#/history"), None);
        assert_eq!(check_query("#/checkout"), None);
    }

    #[test]
    fn units_apply_whatever_their_position() {
        let decoded = decode("week=10&units=mi&weight=150");
        assert!((decoded.assessment.week_km.unwrap() - 16.09344).abs() < 1e-9);
        assert!((decoded.assessment.weight_kg.unwrap() - 68.0388555).abs() < 1e-6);
    }

    #[test]
    fn bad_fields_are_named_and_good_ones_still_used() {
        let decoded = decode("week=abc&runs=99&colour=red&strength=2&added=speed,flying");
        assert_eq!(decoded.assessment.strength_sessions, Some(2));
        assert_eq!(decoded.assessment.week_km, None);
        let keys: Vec<_> = decoded.unused.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, ["week", "runs", "colour", "added"]);
        assert!(decoded.unused[1].reason.contains("0 to 21"));
    }

    #[test]
    fn an_unknown_version_opens_empty_and_says_so() {
        let decoded = decode("v=2&week=45");
        assert_eq!(decoded.assessment, Assessment::default());
        assert_eq!(decoded.unused.len(), 1);
        assert_eq!(decoded.unused[0].key, "v");
    }

    #[test]
    fn a_repeated_key_uses_the_first_value() {
        let decoded = decode("week=30&week=60");
        assert_eq!(decoded.assessment.week_km, Some(30.0));
        assert_eq!(decoded.unused[0].key, "week");
    }

    #[test]
    fn a_plus_sign_gain_survives_form_decoding() {
        assert_eq!(
            decode("weight_change=+2").assessment.weight_change_kg,
            Some(2.0)
        );
        assert_eq!(
            decode("weight_change=%2B2").assessment.weight_change_kg,
            Some(2.0)
        );
        assert_eq!(
            decode("weight_change=-3").assessment.weight_change_kg,
            Some(-3.0)
        );
    }

    #[test]
    fn long_hostile_keys_are_cut_when_shown() {
        let key = "x".repeat(500);
        let decoded = decode(&format!("{key}=1"));
        assert!(decoded.unused[0].key.chars().count() <= SHOWN_KEY_CHARS + 1);
    }
}
