//! Writes the share link of an assessment: only the fields that are filled.

use super::form_encoding::encode_component;
use super::FORMAT_VERSION;
use crate::model::field::{field_text, Field};
use crate::model::Assessment;

/// The query of the check link, starting with `v` and `units`.
pub fn encode(assessment: &Assessment) -> String {
    let mut pairs = vec![
        format!("v={FORMAT_VERSION}"),
        format!("units={}", assessment.units.key()),
    ];
    for field in Field::ALL {
        if let Some(text) = field_text(assessment, field) {
            pairs.push(format!("{}={}", field.key(), encode_component(&text)));
        }
    }
    pairs.join("&")
}

/// The whole link: the app's address (without any fragment) and `#/check?` with the query.
pub fn share_link(app_address: &str, assessment: &Assessment) -> String {
    let base = app_address.split('#').next().unwrap_or(app_address);
    format!("{base}#/check?{}", encode(assessment))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::decode;

    #[test]
    fn an_empty_check_writes_only_version_and_units() {
        assert_eq!(encode(&Assessment::default()), "v=1&units=km");
    }

    #[test]
    fn the_link_replaces_any_fragment() {
        let link = share_link(
            "https://club.example/tools/knee/#/history",
            &Assessment::default(),
        );
        assert_eq!(link, "https://club.example/tools/knee/#/check?v=1&units=km");
    }

    #[test]
    fn the_contracts_example_round_trips_to_the_same_text() {
        let query =
            "v=1&units=km&week=45&prev=30,31,29,30&longest=18&longest30=14&added=hills&strength=0";
        assert_eq!(encode(&decode(query).assessment), query);
    }
}
