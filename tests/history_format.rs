//! The storage format: a fixture of every version loads, and any sequence of saves,
//! deletes and imports survives a write and a read.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use knee_check::history::entries::{merge, with_entry, without};
use knee_check::history::{read, write, SavedAssessment, CURRENT_VERSION};
use knee_check::model::{Assessment, MODEL_VERSION};
use proptest::prelude::*;

fn fixture(version: u64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/history/v{version}.json"))
}

#[test]
fn every_format_version_has_a_fixture_that_loads_whole() {
    for version in 1..=CURRENT_VERSION {
        let path = fixture(version);
        let raw = std::fs::read_to_string(&path).unwrap_or_else(|_| {
            panic!(
                "format version {version} has no fixture at {}",
                path.display()
            )
        });
        let loaded = read(Some(&raw));
        assert!(!loaded.needs_set_aside(), "v{version}: {loaded:?}");
        assert_eq!(loaded.newer_version, None);
        assert!(
            loaded.entries.len() >= 2,
            "v{version} fixture should hold several entries"
        );
        assert_eq!(read(Some(&write(&loaded.entries))).entries, loaded.entries);
    }
}

#[test]
fn the_version_one_fixture_means_what_it_meant() {
    let raw = std::fs::read_to_string(fixture(1)).expect("the v1 fixture");
    let entries = read(Some(&raw)).entries;
    assert_eq!(
        entries[0].note,
        "After the hilly half, left knee sore on stairs"
    );
    assert_eq!(entries[0].assessment.week_km, Some(45.0));
    assert_eq!(entries[0].assessment.strength_focus, None);
    assert_eq!(entries[1].assessment.previous_weeks_km, vec![40.2336]);
    assert_eq!(entries[1].assessment.longest_run_km, None);
    assert!(!entries[1].assessment.flags.is_empty());
}

#[derive(Debug, Clone)]
enum Operation {
    Save(u16, u8),
    Delete(usize),
    Import(Vec<(u16, u8)>),
}

fn saved(id: u16, week: u8) -> SavedAssessment {
    SavedAssessment {
        id: format!("id-{id}"),
        saved_at: format!("2026-11-{:02}T10:00:00.000Z", 1 + id % 28),
        model_version: MODEL_VERSION.to_string(),
        score: week % 101,
        note: format!("note {id}, with \"quotes\" and <b>tags</b>"),
        assessment: Assessment {
            week_km: Some(f64::from(week)),
            previous_weeks_km: vec![f64::from(week) / 2.0],
            ..Assessment::default()
        },
    }
}

fn operation() -> impl Strategy<Value = Operation> {
    prop_oneof![
        (0u16..40, any::<u8>()).prop_map(|(id, week)| Operation::Save(id, week)),
        (0usize..40).prop_map(Operation::Delete),
        proptest::collection::vec((0u16..40, any::<u8>()), 0..6).prop_map(Operation::Import),
    ]
}

proptest! {
    #[test]
    fn any_sequence_of_changes_round_trips(operations in proptest::collection::vec(operation(), 0..30)) {
        let mut stored = String::new();
        let mut expected: Vec<SavedAssessment> = Vec::new();
        for operation in operations {
            let current = read(Some(&stored).filter(|s| !s.is_empty()).map(String::as_str)).entries;
            prop_assert_eq!(&current, &expected);
            expected = match operation {
                Operation::Save(id, week) => with_entry(current, saved(id, week)),
                Operation::Delete(index) => match current.get(index).map(|e| e.id.clone()) {
                    Some(id) => without(current, &id),
                    None => current,
                },
                Operation::Import(batch) => {
                    let incoming: Vec<_> = batch.into_iter().map(|(id, week)| saved(id, week)).collect();
                    merge(current, &incoming).0
                }
            };
            stored = write(&expected);
            let mut ids: Vec<_> = expected.iter().map(|e| e.id.clone()).collect();
            ids.sort();
            ids.dedup();
            prop_assert_eq!(ids.len(), expected.len());
        }
        prop_assert_eq!(read(Some(&stored).filter(|s| !s.is_empty()).map(String::as_str)).entries, expected);
    }
}
