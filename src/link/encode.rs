//! Writes the share link of an assessment: only the fields that are filled.

use super::form_encoding::encode_component;
use super::FORMAT_VERSION;
use crate::model::field::{field_text, Field};
use crate::model::Assessment;

/// The query of the check link, starting with `v` and `units`: every filled field.
pub fn encode(assessment: &Assessment) -> String {
    encode_fields(assessment, &Field::ALL)
}

/// The query with only the chosen fields that are filled, as a coach's link builder needs.
pub fn encode_fields(assessment: &Assessment, fields: &[Field]) -> String {
    let mut pairs = vec![
        format!("v={FORMAT_VERSION}"),
        format!("units={}", assessment.units.key()),
    ];
    if let Some(wunits) = assessment.weight_units {
        pairs.push(format!("wunits={}", wunits.key()));
    }
    for field in Field::ALL
        .into_iter()
        .filter(|field| fields.contains(field))
    {
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
    fn a_fully_filled_check_fits_in_a_thousand_characters() {
        let query = "v=1&units=mi&wunits=st&week=185.99&prev=185.99,185.99,185.99,185.99&longest=61.99&longest30=61.99&runs=14&added=speed,hills,less_rest&strength=14&focus=quads,glutes,hamstrings,calves&tight=quads:3,hip_flexors:3,hamstrings:3,calves:3&sitting=23.75&shoes=new_cushioned&shoe_dist=3099.99&weight=38.99&weight_change=-7.85&form=overstride,knee_in,hip_drop&cadence=230&injury=recurring&feet=overpronation&pain=10&pain_site=outside&pain_weeks=104&flags=giving_way,locking,swelling,trauma,night_pain&age=100";
        let decoded = decode(query);
        assert!(decoded.unused.is_empty(), "{:?}", decoded.unused);
        let address = format!(
            "https://www.example-running-club.org.uk/{}/",
            "tools/knee-check".repeat(3)
        );
        let link = share_link(&address, &decoded.assessment);
        assert!(link.len() <= 1000, "{} characters", link.len());
        for field in Field::ALL {
            assert!(
                link.contains(&format!("&{}=", field.key())),
                "{field:?} missing"
            );
        }
    }

    #[test]
    fn only_the_chosen_fields_are_written() {
        let decoded = decode("v=1&units=mi&week=20&strength=0&pain=2");
        let query = encode_fields(
            &decoded.assessment,
            &[Field::Week, Field::Pain, Field::Runs],
        );
        assert_eq!(query, "v=1&units=mi&week=20&pain=2");
    }

    #[test]
    fn the_contracts_example_round_trips_to_the_same_text() {
        let query =
            "v=1&units=km&week=45&prev=30,31,29,30&longest=18&longest30=14&added=hills&strength=0";
        assert_eq!(encode(&decode(query).assessment), query);
    }
}
