//! Reads a check link into an assessment. It never fails and never panics: a bad field keeps
//! its default and is listed with the reason, and the good fields are always used.

use super::form_encoding::decode_component;
use super::title::scenario_title;
use super::FORMAT_VERSION;
use crate::model::sorted::SortedSet;

use crate::model::field::{
    apply_field, clear_field, cross_field_problem, Field, FieldError, Problem,
};
use crate::model::units::{Units, WeightUnits};
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
    /// At most `SHOWN_UNUSED` fields; the rest are counted in `more_unused`.
    pub unused: Vec<UnusedField>,
    pub more_unused: usize,
    /// A coach's title for the scenario (`title`), as it is shown.
    pub title: Option<String>,
}

/// Links longer than this are refused before decoding: no coach's link comes near it.
pub const MAX_LINK_CHARS: usize = 8000;
/// How many unused fields the notice names before it says "and N more".
pub const SHOWN_UNUSED: usize = 20;

/// Keys this long are cut when shown, so a hostile link cannot flood the page.
const SHOWN_KEY_CHARS: usize = 40;

fn shown_key(key: &str) -> String {
    if key.chars().count() > SHOWN_KEY_CHARS {
        format!("{}…", key.chars().take(SHOWN_KEY_CHARS).collect::<String>())
    } else {
        key.to_string()
    }
}

/// The query of a check fragment (with or without the `#`), if it is one. Besides
/// `#/check?...` it reads the typos a newsletter makes: `#check?...`, `#?...` and
/// `#/check/?...`.
pub fn check_query(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let path_end = fragment.find('?').unwrap_or(fragment.len());
    let (path, query) = fragment.split_at(path_end);
    let query = query.strip_prefix('?').unwrap_or(query);
    matches!(path, "/check" | "check" | "/check/" | "check/" | "" | "/").then_some(query)
}

/// What a link too long to be a check link gives: nothing used, and why.
pub fn refused_as_too_long(length: usize) -> DecodedLink {
    DecodedLink {
        unused: vec![UnusedField {
            key: "link".to_string(),
            reason: format!(
                "the link is {length} characters long, more than the {MAX_LINK_CHARS} a check link can be, so none of it was used"
            ),
        }],
        ..DecodedLink::default()
    }
}

/// Decodes the query part of a check link, in time linear in its length.
pub fn decode(query: &str) -> DecodedLink {
    if query.len() > MAX_LINK_CHARS {
        return refused_as_too_long(query.len());
    }
    let pairs: Vec<(String, String)> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode_component(key), decode_component(value))
        })
        .collect();
    let mut decoded = DecodedLink::default();
    let mut seen: SortedSet<&str> = SortedSet::new();
    let mut unused = |key: &str, reason: String| {
        if decoded.unused.len() < SHOWN_UNUSED {
            decoded.unused.push(UnusedField {
                key: shown_key(key),
                reason,
            })
        } else {
            decoded.more_unused += 1;
        }
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
    let mut title = None;
    if let Some(units) = first("units") {
        match Units::from_key(units) {
            Some(units) => assessment.units = units,
            None => unused(
                "units",
                format!("\"{}\" is not km or mi; km is used", shown_key(units)),
            ),
        }
    }

    if let Some(wunits) = first("wunits") {
        match WeightUnits::from_key(wunits) {
            Some(wunits) => assessment.weight_units = Some(wunits),
            None => unused(
                "wunits",
                format!(
                    "\"{}\" is not kg, lb or st; weight follows the distance units",
                    shown_key(wunits)
                ),
            ),
        }
    }

    for (key, value) in &pairs {
        if !seen.insert(key.as_str()) {
            unused(
                key,
                "given more than once; the first value is used".to_string(),
            );
            continue;
        }
        if key == "v" || key == "units" || key == "wunits" {
            continue;
        }
        if key == "title" {
            match scenario_title(value) {
                Ok(shown) => title = Some(shown),
                Err(reason) => unused(key, format!("the title {reason}")),
            }
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
    if let Some(error) = cross_field_problem(&assessment) {
        clear_field(&mut assessment, error.field);
        unused(error.field.key(), error.to_string());
    }
    decoded.assessment = assessment;
    decoded.title = title;
    decoded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::AddedTraining;
    use crate::model::list_answer::ListAnswer;

    #[test]
    fn reads_the_contracts_example() {
        let link =
            "v=1&units=km&week=45&prev=30,31,29,30&longest=18&longest30=14&added=hills&strength=0";
        let decoded = decode(link);
        assert!(decoded.unused.is_empty(), "{:?}", decoded.unused);
        let a = decoded.assessment;
        assert_eq!(a.week_km, Some(45.0));
        assert_eq!(a.previous_weeks_km, vec![30.0, 31.0, 29.0, 30.0]);
        assert_eq!(a.added, [AddedTraining::Hills].into_iter().collect());
        assert_eq!(a.strength_sessions, Some(0));
    }

    #[test]
    fn a_coachs_title_is_read_as_plain_text_and_named_when_not_used() {
        let decoded = decode("v=1&week=45&title=Club+10k%3A+%3Cb%3Eweek+6%3C%2Fb%3E");
        assert!(decoded.unused.is_empty(), "{:?}", decoded.unused);
        assert_eq!(decoded.title.as_deref(), Some("Club 10k: <b>week 6</b>"));
        assert_eq!(decoded.assessment.week_km, Some(45.0));
        let long = decode(&format!("v=1&title={}", "a".repeat(81)));
        assert_eq!(long.title, None);
        assert_eq!(long.unused[0].key, "title");
        assert!(long.unused[0].reason.contains("more than the 80"));
        assert_eq!(decode("v=1").title, None);
    }

    #[test]
    fn finds_the_query_in_a_fragment() {
        assert_eq!(check_query("#/check?v=1"), Some("v=1"));
        assert_eq!(check_query("/check"), Some(""));
        assert_eq!(check_query("#/history"), None);
        assert_eq!(check_query("#/checkout"), None);
        assert_eq!(check_query("#check?v=1&week=45"), Some("v=1&week=45"));
        assert_eq!(check_query("#?week=45"), Some("week=45"));
        assert_eq!(check_query("#/check/?week=45"), Some("week=45"));
        assert_eq!(check_query(""), Some(""));
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
        assert!(decoded.unused[1].reason.contains("0 to 14"));
    }

    #[test]
    fn an_empty_list_is_none_of_these_and_a_made_up_none_says_how() {
        let decoded = decode("flags=&focus=none");
        assert_eq!(decoded.assessment.flags, ListAnswer::NoneOfThese);
        assert_eq!(decoded.unused.len(), 1);
        assert_eq!(decoded.unused[0].key, "focus");
        assert!(decoded.unused[0]
            .reason
            .contains("nothing after \"=\" for none of these"));
    }

    #[test]
    fn a_missing_value_inside_a_list_is_named_by_its_place() {
        let decoded = decode("prev=30,,28&added=speed,&week=31");
        assert_eq!(decoded.assessment.week_km, Some(31.0));
        assert!(decoded.assessment.previous_weeks_km.is_empty());
        let reasons: Vec<_> = decoded.unused.iter().map(|u| u.reason.as_str()).collect();
        assert!(
            reasons[0].starts_with("value 2 of the list is empty"),
            "{reasons:?}"
        );
        assert!(
            reasons[1].starts_with("value 2 of the list is empty"),
            "{reasons:?}"
        );
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
    fn huge_links_are_refused_and_notices_stay_short() {
        let huge = decode(&format!("week={}", "1".repeat(9000)));
        assert_eq!(huge.unused[0].key, "link");
        assert_eq!(huge.assessment, Assessment::default());
        let long_value = decode(&format!("week={}", "x".repeat(7000)));
        assert!(long_value.unused[0].reason.chars().count() < 200);
        let many: String = (0..500).map(|i| format!("k{i}=1&")).collect();
        let decoded = decode(&many);
        assert_eq!(decoded.unused.len(), SHOWN_UNUSED);
        assert_eq!(decoded.more_unused, 500 - SHOWN_UNUSED);
    }

    #[test]
    fn weight_units_of_their_own() {
        let decoded = decode("units=mi&wunits=kg&weight=72");
        assert_eq!(decoded.assessment.weight_kg, Some(72.0));
        let stones = decode("wunits=st&weight=11.5");
        assert!((stones.assessment.weight_kg.unwrap() - 73.028).abs() < 0.01);
        assert_eq!(decode("wunits=oz").unused[0].key, "wunits");
    }

    #[test]
    fn an_implausible_link_names_the_field() {
        let decoded = decode("week=20&longest=35&runs=15");
        let keys: Vec<_> = decoded.unused.iter().map(|u| u.key.as_str()).collect();
        assert_eq!(keys, ["runs", "longest"]);
        assert_eq!(decoded.assessment.longest_run_km, None);
        assert_eq!(decoded.assessment.week_km, Some(20.0));
    }

    #[test]
    fn long_hostile_keys_are_cut_when_shown() {
        let key = "x".repeat(500);
        let decoded = decode(&format!("{key}=1"));
        assert!(decoded.unused[0].key.chars().count() <= SHOWN_KEY_CHARS + 1);
    }
}
