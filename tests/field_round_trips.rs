//! Every field of the check means the same in the form's text, a link and the CSV export:
//! one sample answer per field, through each.
#![cfg(not(target_arch = "wasm32"))]

use knee_check::history::backup::export_csv;
use knee_check::history::SavedAssessment;
use knee_check::link::{decode, encode_fields};
use knee_check::model::field::{apply_field, field_text, Field};
use knee_check::model::Assessment;

/// A plausible answer for each field, as a runner would type it in km and kg.
fn sample(field: Field) -> &'static str {
    match field {
        Field::Week => "45",
        Field::Prev => "30,31.5,29,30",
        Field::Longest => "18",
        Field::Longest30 => "14.25",
        Field::Runs => "5",
        Field::Added => "speed,hills",
        Field::Strength => "2",
        Field::Focus => "quads,calves",
        Field::Tight => "quads:2,hip_flexors:1",
        Field::Sitting => "8.5",
        Field::Shoes => "new_minimal",
        Field::ShoeDist => "640",
        Field::Weight => "72.5",
        Field::WeightChange => "-2",
        Field::Form => "overstride,knee_in",
        Field::Cadence => "164",
        Field::Injury => "healed",
        Field::Feet => "overpronation",
        Field::Pain => "3",
        Field::PainSite => "below",
        Field::PainWeeks => "6",
        Field::Flags => "locking,swelling",
        Field::Age => "42",
    }
}

fn answered(field: Field) -> Assessment {
    let mut assessment = Assessment::default();
    if field == Field::Longest {
        apply_field(&mut assessment, Field::Week, "45").expect("a week for the long run");
    }
    apply_field(&mut assessment, field, sample(field))
        .unwrap_or_else(|error| panic!("{}: {error}", field.key()));
    assessment
}

#[test]
fn every_field_reads_back_from_its_form_text() {
    for field in Field::ALL {
        let assessment = answered(field);
        assert_eq!(
            field_text(&assessment, field).as_deref(),
            Some(sample(field)),
            "{}",
            field.key()
        );
    }
}

#[test]
fn every_field_survives_a_link() {
    for field in Field::ALL {
        let assessment = answered(field);
        let query = encode_fields(&assessment, &Field::ALL);
        assert!(
            query.contains(&format!("{}=", field.key())),
            "{}",
            field.key()
        );
        let decoded = decode(&query);
        assert!(
            decoded.unused.is_empty(),
            "{}: {:?}",
            field.key(),
            decoded.unused
        );
        assert_eq!(decoded.assessment, assessment, "{}", field.key());
    }
}

#[test]
fn every_field_has_its_column_in_the_csv() {
    for field in Field::ALL {
        let entry = SavedAssessment {
            id: "e".into(),
            saved_at: "2026-11-30T10:00:00.000Z".into(),
            model_version: "test".into(),
            score: 0,
            note: String::new(),
            assessment: answered(field),
            assessment_kept: Default::default(),
            kept: Default::default(),
        };
        let csv = export_csv(&[entry]);
        let mut lines = csv.lines();
        let header: Vec<&str> = lines.next().expect("a header").split(',').collect();
        let column = header
            .iter()
            .position(|name| name.trim_end_matches("_km").trim_end_matches("_kg") == field.key())
            .unwrap_or_else(|| panic!("no column for {}", field.key()));
        let cells = split_csv_row(lines.next().expect("a row"));
        assert_eq!(cells[column], sample(field), "{}", field.key());
    }
}

/// Splits one CSV row as RFC 4180 writes it.
fn split_csv_row(row: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().expect("a cell").push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(String::new()),
            (c, _) => cells.last_mut().expect("a cell").push(c),
        }
    }
    cells
}
