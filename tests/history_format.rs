//! The storage format: a fixture of every version loads, and any sequence of saves,
//! deletes and imports survives a write and a read.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use std::collections::{BTreeMap, BTreeSet};

use knee_check::history::entries::{merge, with_entry, without};
use knee_check::history::store::{self, KeyValue, StorageError};
use knee_check::history::{read, write, SavedAssessment, CURRENT_VERSION, HISTORY_KEY};
use knee_check::model::assessment::PainSite;
use knee_check::model::list_answer::ListAnswer;
use knee_check::model::units::WeightUnits;
use knee_check::model::{Assessment, MODEL_VERSION};
use proptest::prelude::*;

fn fixture(version: u64) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/history/v{version}.json"))
}

/// Storage as a map, as the fixtures hold it.
#[derive(Debug, Clone, Default, PartialEq)]
struct MapStore(BTreeMap<String, String>);

impl KeyValue for MapStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.0.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.0.insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.0.remove(key);
        Ok(())
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.0.keys().cloned().collect())
    }
}

/// What a browser held in each format: format 1 one document under `HISTORY_KEY`, from
/// format 2 one key per entry (the fixture is then a map of keys to stored text).
fn stored(version: u64) -> MapStore {
    let path = fixture(version);
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "format version {version} has no fixture at {}",
            path.display()
        )
    });
    if version == 1 {
        return MapStore([(HISTORY_KEY.to_string(), raw)].into_iter().collect());
    }
    MapStore(serde_json::from_str(&raw).expect("a map of keys to stored text"))
}

#[test]
fn every_format_version_has_a_fixture_that_loads_whole() {
    for version in 1..=CURRENT_VERSION {
        let mut store = stored(version);
        let snapshot = store::load(&mut store, "1").expect("loads");
        assert!(snapshot.set_aside.is_empty(), "v{version}: {snapshot:?}");
        assert_eq!(snapshot.newer_version, None);
        assert!(
            snapshot.entries.len() >= 2,
            "v{version} fixture should hold several entries"
        );
        assert_eq!(
            store::load(&mut store, "2").unwrap().entries,
            snapshot.entries
        );
        assert_eq!(
            read(Some(&write(&snapshot.entries))).entries,
            snapshot.entries
        );
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
    assert_eq!(entries[0].assessment.strength_focus, ListAnswer::Unanswered);
    assert_eq!(entries[1].assessment.previous_weeks_km, vec![40.2336]);
    assert_eq!(entries[1].assessment.longest_run_km, None);
    assert!(entries[1].assessment.flags.any());
    let mut store = stored(1);
    assert_eq!(
        store::load(&mut store, "1").unwrap().entries.len(),
        entries.len()
    );
    assert!(
        !store.0.contains_key(HISTORY_KEY),
        "moved to one key per entry"
    );
}

#[test]
fn the_version_two_fixture_keeps_what_this_version_does_not_know() {
    let mut store = stored(2);
    let entries = store::load(&mut store, "1").unwrap().entries;
    let below = entries
        .iter()
        .find(|e| e.assessment.pain_site == Some(PainSite::Below))
        .expect("pain below");
    assert_eq!(below.assessment.pain_weeks, Some(5));
    assert_eq!(below.kept["shared_with"], "physio");
    assert_eq!(below.assessment_kept["knee_side"], "left");
    let stones = entries
        .iter()
        .find(|e| e.assessment.weight_units == Some(WeightUnits::St))
        .expect("stones");
    assert_eq!(stones.assessment.pain, Some(6));
    let saved = SavedAssessment {
        id: "new".into(),
        ..saved(1, 30)
    };
    store::save(&mut store, &saved, "1").unwrap();
    let again = store::load(&mut store, "1").unwrap().entries;
    let below_again = again.iter().find(|e| e.id == below.id).unwrap();
    assert_eq!(
        below_again, below,
        "a save elsewhere leaves the entry as it was"
    );
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
        assessment_kept: Default::default(),
        kept: Default::default(),
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

/// One tab's action, against the shared storage, with whatever list that tab last showed.
#[derive(Debug, Clone)]
enum TabAction {
    Save(u16, u8),
    DeleteShown(usize),
    Import(Vec<(u16, u8)>),
    Reload,
}

fn tab_action() -> impl Strategy<Value = (bool, TabAction)> {
    (
        any::<bool>(),
        prop_oneof![
            (0u16..30, any::<u8>()).prop_map(|(id, week)| TabAction::Save(id, week)),
            (0usize..10).prop_map(TabAction::DeleteShown),
            proptest::collection::vec((0u16..30, any::<u8>()), 0..4).prop_map(TabAction::Import),
            Just(TabAction::Reload),
        ],
    )
}

proptest! {
    /// Two tabs interleave saves, deletes and imports, each acting on the list it last
    /// showed (possibly stale). Every check saved and not deleted since is there at the end,
    /// and no deleted check comes back.
    #[test]
    fn two_interleaved_tabs_never_lose_a_save_or_revive_a_delete(actions in proptest::collection::vec(tab_action(), 0..40)) {
        let mut shared = MapStore::default();
        let mut shown: [Vec<SavedAssessment>; 2] = [Vec::new(), Vec::new()];
        let mut alive: BTreeMap<String, SavedAssessment> = BTreeMap::new();
        for (second_tab, action) in actions {
            let tab = usize::from(second_tab);
            match action {
                TabAction::Save(id, week) => {
                    let entry = SavedAssessment { id: format!("tab{tab}-{id}-{week}"), ..saved(id, week) };
                    shown[tab] = store::save(&mut shared, &entry, "1").unwrap();
                    alive.entry(entry.id.clone()).or_insert(entry);
                }
                TabAction::DeleteShown(index) => {
                    if let Some(entry) = shown[tab].get(index).cloned() {
                        shown[tab] = store::delete(&mut shared, &entry.id, "1").unwrap();
                        alive.remove(&entry.id);
                    }
                }
                TabAction::Import(batch) => {
                    let incoming: Vec<_> = batch.iter().map(|(id, week)| saved(*id, *week)).collect();
                    let (entries, _) = store::import(&mut shared, &incoming, "1").unwrap();
                    for entry in &entries {
                        if incoming.iter().any(|i| i.same_as(entry)) {
                            alive.entry(entry.id.clone()).or_insert_with(|| entry.clone());
                        }
                    }
                    shown[tab] = entries;
                }
                TabAction::Reload => shown[tab] = store::load(&mut shared, "1").unwrap().entries,
            }
        }
        let end: BTreeSet<String> = store::load(&mut shared, "1").unwrap().entries.into_iter().map(|e| e.id).collect();
        let expected: BTreeSet<String> = alive.keys().cloned().collect();
        prop_assert_eq!(end, expected);
    }
}
