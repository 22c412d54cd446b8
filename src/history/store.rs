//! The history in key-value storage, one key per saved check, so that a save, a delete or
//! an import in one tab never rewrites another tab's entries: two tabs cannot lose each
//! other's work, whatever the timing. Written against a small trait so the whole logic,
//! races included, is tested natively; the browser edge implements it on localStorage.

use super::entries::{place, Holder, MergeCount, Placement, SavedAssessment};
use super::format::{self, set_aside_key, CURRENT_VERSION, HISTORY_KEY};
use super::transaction::all_or_nothing;
use crate::model::order::sorted_by;

/// Where each saved check lives: this prefix and its id.
pub const ENTRY_PREFIX: &str = "knee-check.v1.history.entry.";
/// The layout's format version, so an older app recognises a newer one's history.
pub const FORMAT_KEY: &str = "knee-check.v1.history.format";

/// Why storage could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses storage here (SecurityError), or has none.
    Unavailable,
    /// The write did not fit (QuotaExceededError or NS_ERROR_DOM_QUOTA_REACHED).
    Full,
    /// Any other failure the browser reported.
    Failed(String),
}

/// The few storage calls the history needs.
pub trait KeyValue {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// Why a change to the history was not made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChangeError {
    Storage(StorageError),
    /// The history was written by a newer app: it is never written by this one.
    Newer(u64),
}

impl From<StorageError> for ChangeError {
    fn from(error: StorageError) -> Self {
        ChangeError::Storage(error)
    }
}

/// What reading the history found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snapshot {
    pub entries: Vec<SavedAssessment>,
    /// Written by a newer app: shown as far as it can be read, never written.
    pub newer_version: Option<u64>,
    /// Keys unreadable text was copied to before it was taken out of the history.
    pub set_aside: Vec<String>,
    /// Unreadable text that could not be copied aside (storage full), left where it was.
    pub left_unreadable: usize,
    /// A first-format document that could not be moved yet (storage full): its entries are
    /// shown and it is left exactly as it was.
    pub unmoved: Option<StorageError>,
}

pub fn entry_key(id: &str) -> String {
    format!("{ENTRY_PREFIX}{id}")
}

fn stored_version(store: &dyn KeyValue) -> Result<Option<u64>, StorageError> {
    Ok(store
        .get(FORMAT_KEY)?
        .and_then(|text| text.trim().parse::<u64>().ok()))
}

/// Copies unreadable text aside under a key of its own; the app never deletes those.
fn set_aside(
    store: &mut dyn KeyValue,
    raw: &str,
    stamp: &str,
    index: usize,
) -> Result<String, StorageError> {
    let key = set_aside_key(&format!("{stamp}-{index}"));
    store.set(&key, raw)?;
    Ok(key)
}

/// Every readable entry under its own key; unreadable ones are copied aside, then removed.
fn read_entries(
    store: &mut dyn KeyValue,
    stamp: &str,
    snapshot: &mut Snapshot,
    read_only: bool,
) -> Result<(), StorageError> {
    let keys: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|key| key.starts_with(ENTRY_PREFIX))
        .collect();
    let keys = sorted_by(keys, |a, b| a.cmp(b));
    for key in keys {
        let Some(raw) = store.get(&key)? else {
            continue;
        };
        match serde_json::from_str::<SavedAssessment>(&raw) {
            Ok(entry) if entry_key(&entry.id) == key && entry.problems().is_empty() => {
                snapshot.entries.push(entry)
            }
            _ if read_only => {}
            _ => match set_aside(store, &raw, stamp, snapshot.set_aside.len()) {
                Ok(aside) => {
                    store.remove(&key)?;
                    snapshot.set_aside.push(aside);
                }
                Err(_) => snapshot.left_unreadable += 1,
            },
        }
    }
    Ok(())
}

/// Writes one entry under a free id (see `entries::place`); `false` when the very same
/// entry is already stored.
fn put(store: &mut dyn KeyValue, entry: &SavedAssessment) -> Result<bool, StorageError> {
    let mut failure = None;
    let placement = place(entry, |id| match store.get(&entry_key(id)) {
        Ok(None) => Holder::Free,
        Ok(Some(raw)) => serde_json::from_str(&raw)
            .map_or(Holder::Unreadable, |found| Holder::Entry(Box::new(found))),
        Err(error) => {
            failure = Some(error);
            Holder::Free
        }
    });
    if let Some(error) = failure {
        return Err(error);
    }
    let Placement::Add(id) = placement else {
        return Ok(false);
    };
    let entry = SavedAssessment {
        id,
        ..entry.clone()
    };
    let text = serde_json::to_string(&entry).map_err(|e| StorageError::Failed(e.to_string()))?;
    store.set(&entry_key(&entry.id), &text)?;
    Ok(true)
}

/// Moves a first-format document (one JSON text under `HISTORY_KEY`) to one key per entry.
/// Every entry is written before the document is removed, so a failure half-way loses
/// nothing, and running it again (an old tab saved into the document meanwhile) only adds.
fn migrate_document(
    store: &mut dyn KeyValue,
    stamp: &str,
    snapshot: &mut Snapshot,
) -> Result<(), StorageError> {
    let Some(raw) = store.get(HISTORY_KEY)? else {
        return Ok(());
    };
    let loaded = format::read(Some(&raw));
    if let Some(version) = loaded.newer_version {
        snapshot.newer_version = Some(version);
        snapshot.entries.extend(loaded.entries);
        return Ok(());
    }
    if loaded.needs_set_aside() {
        match set_aside(store, &raw, stamp, snapshot.set_aside.len()) {
            Ok(aside) => snapshot.set_aside.push(aside),
            Err(error) => {
                snapshot.left_unreadable += 1;
                snapshot.unmoved = Some(error);
                snapshot.entries.extend(loaded.entries);
                return Ok(());
            }
        }
    }
    let moved = loaded
        .entries
        .iter()
        .try_for_each(|entry| put(store, entry).map(|_| ()))
        .and_then(|()| store.set(FORMAT_KEY, &CURRENT_VERSION.to_string()))
        .and_then(|()| store.remove(HISTORY_KEY));
    if let Err(error) = moved {
        snapshot.unmoved = Some(error);
        snapshot.entries.extend(loaded.entries);
    }
    Ok(())
}

/// Reads the history, moving an older layout over and setting aside anything unreadable.
pub fn load(store: &mut dyn KeyValue, stamp: &str) -> Result<Snapshot, StorageError> {
    let mut snapshot = Snapshot::default();
    if let Some(version) = stored_version(store)?.filter(|v| *v > CURRENT_VERSION) {
        snapshot.newer_version = Some(version);
        read_entries(store, stamp, &mut snapshot, true)?;
        return Ok(snapshot);
    }
    migrate_document(store, stamp, &mut snapshot)?;
    if snapshot.newer_version.is_some() {
        return Ok(snapshot);
    }
    read_entries(store, stamp, &mut snapshot, false)?;
    let mut seen = std::collections::HashSet::new();
    snapshot
        .entries
        .retain(|entry| seen.insert(entry.id.clone()));
    Ok(snapshot)
}

/// Refuses to write a newer app's history, and brings an older layout over first.
fn ready_to_write(store: &mut dyn KeyValue, stamp: &str) -> Result<(), ChangeError> {
    let snapshot = load(store, stamp)?;
    if let Some(version) = snapshot.newer_version {
        return Err(ChangeError::Newer(version));
    }
    match snapshot.unmoved {
        Some(error) => Err(ChangeError::Storage(error)),
        None => Ok(()),
    }
}

fn current(store: &mut dyn KeyValue, stamp: &str) -> Result<Vec<SavedAssessment>, ChangeError> {
    Ok(load(store, stamp)?.entries)
}

/// Saves one entry, touching no other; returns the whole history after it.
pub fn save(
    store: &mut dyn KeyValue,
    entry: &SavedAssessment,
    stamp: &str,
) -> Result<Vec<SavedAssessment>, ChangeError> {
    ready_to_write(store, stamp)?;
    put(store, entry)?;
    current(store, stamp)
}

/// Deletes one entry by its key alone, so a save in another tab at the same moment stays.
pub fn delete(
    store: &mut dyn KeyValue,
    id: &str,
    stamp: &str,
) -> Result<Vec<SavedAssessment>, ChangeError> {
    ready_to_write(store, stamp)?;
    store.remove(&entry_key(id))?;
    current(store, stamp)
}

/// Adds every entry of a backup that is not already stored; a different entry under a
/// known id is added under a fresh id. All or nothing: when one entry cannot be written
/// (storage full half-way), the history is left exactly as it was.
pub fn import(
    store: &mut dyn KeyValue,
    incoming: &[SavedAssessment],
    stamp: &str,
) -> Result<(Vec<SavedAssessment>, MergeCount), ChangeError> {
    ready_to_write(store, stamp)?;
    let count = all_or_nothing(store, |store| {
        let mut count = MergeCount::default();
        for entry in incoming {
            if put(store, entry)? {
                count.added += 1;
            } else {
                count.already_there += 1;
            }
        }
        Ok::<_, ChangeError>(count)
    })?;
    Ok((current(store, stamp)?, count))
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::history::entries::tests::entry;

    /// Storage as a map, with a switch to make it full, and a quota in characters (keys and
    /// values together, as browsers count localStorage).
    #[derive(Debug, Clone, Default)]
    pub(crate) struct MapStore {
        pub items: BTreeMap<String, String>,
        pub full: bool,
        pub quota: Option<usize>,
    }

    impl MapStore {
        fn used(&self) -> usize {
            self.items.iter().map(|(k, v)| k.len() + v.len()).sum()
        }
    }

    impl KeyValue for MapStore {
        fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
            Ok(self.items.get(key).cloned())
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
            let replaced = self.items.get(key).map_or(0, |old| key.len() + old.len());
            let over = self
                .quota
                .is_some_and(|quota| self.used() - replaced + key.len() + value.len() > quota);
            if self.full || over {
                return Err(StorageError::Full);
            }
            self.items.insert(key.to_string(), value.to_string());
            Ok(())
        }
        fn remove(&mut self, key: &str) -> Result<(), StorageError> {
            self.items.remove(key);
            Ok(())
        }
        fn keys(&self) -> Result<Vec<String>, StorageError> {
            Ok(self.items.keys().cloned().collect())
        }
    }

    #[test]
    fn a_first_format_document_moves_to_one_key_per_entry() {
        let mut store = MapStore::default();
        let document = format::write(&[
            entry("a", "2026-11-01T10:00:00Z"),
            entry("b", "2026-11-02T10:00:00Z"),
        ]);
        store.items.insert(HISTORY_KEY.into(), document);
        let snapshot = load(&mut store, "1").unwrap();
        assert_eq!(snapshot.entries.len(), 2);
        assert!(!store.items.contains_key(HISTORY_KEY));
        assert!(store.items.contains_key(&entry_key("a")));
        assert_eq!(store.items[FORMAT_KEY], CURRENT_VERSION.to_string());
    }

    #[test]
    fn a_full_store_keeps_the_first_format_document() {
        let mut store = MapStore::default();
        let document = format::write(&[entry("a", "2026-11-01T10:00:00Z")]);
        store.items.insert(HISTORY_KEY.into(), document.clone());
        store.full = true;
        let snapshot = load(&mut store, "1").unwrap();
        assert_eq!(snapshot.entries.len(), 1, "shown, not blank");
        assert_eq!(snapshot.unmoved, Some(StorageError::Full));
        assert_eq!(store.items[HISTORY_KEY], document);
        assert_eq!(
            save(&mut store, &entry("b", "2026-11-02T10:00:00Z"), "1"),
            Err(ChangeError::Storage(StorageError::Full))
        );
        store.full = false;
        assert_eq!(load(&mut store, "1").unwrap().entries.len(), 1);
        assert!(!store.items.contains_key(HISTORY_KEY));
    }

    #[test]
    fn two_different_entries_under_one_id_both_stay_and_delete_apart() {
        let mut store = MapStore::default();
        let first = entry("a", "2026-11-01T10:00:00Z");
        let mut second = entry("a", "2026-11-02T10:00:00Z");
        second.note = "another".into();
        save(&mut store, &first, "1").unwrap();
        let entries = save(&mut store, &second, "1").unwrap();
        assert_eq!(entries.len(), 2);
        let renamed = entries.iter().find(|e| e.note == "another").unwrap();
        assert_eq!(renamed.id, "a-2");
        let left = delete(&mut store, "a", "1").unwrap();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].note, "another");
    }

    #[test]
    fn an_import_of_one_id_three_times_adds_all_three() {
        let mut store = MapStore::default();
        let batch: Vec<_> = (0..3)
            .map(|n| SavedAssessment {
                note: format!("check {n}"),
                ..entry("same", "2026-11-01T10:00:00Z")
            })
            .collect();
        let (entries, count) = import(&mut store, &batch, "1").unwrap();
        assert_eq!(
            count,
            MergeCount {
                added: 3,
                already_there: 0
            }
        );
        assert_eq!(entries.len(), 3);
        let (_, again) = import(&mut store, &batch, "1").unwrap();
        assert_eq!(
            again,
            MergeCount {
                added: 0,
                already_there: 3
            }
        );
    }

    #[test]
    fn an_import_into_nearly_full_storage_is_all_or_nothing_at_every_size() {
        let mut before = MapStore::default();
        save(&mut before, &entry("kept", "2026-10-01T10:00:00Z"), "1").unwrap();
        let batch: Vec<_> = (0..4)
            .map(|n| SavedAssessment {
                note: "x".repeat(40 * (n + 1)),
                ..entry(&format!("in-{n}"), "2026-11-01T10:00:00Z")
            })
            .collect();
        let mut unlimited = before.clone();
        import(&mut unlimited, &batch, "1").unwrap();
        for quota in before.used()..=unlimited.used() {
            let mut store = MapStore {
                quota: Some(quota),
                ..before.clone()
            };
            match import(&mut store, &batch, "1") {
                Ok((entries, count)) => {
                    assert_eq!(count.added, 4, "quota {quota}");
                    assert_eq!(entries.len(), 5, "quota {quota}");
                }
                Err(error) => {
                    assert_eq!(error, ChangeError::Storage(StorageError::Full));
                    assert_eq!(
                        store.items, before.items,
                        "quota {quota} left half an import"
                    );
                }
            }
        }
    }

    #[test]
    fn an_unreadable_entry_is_set_aside_and_the_rest_load() {
        let mut store = MapStore::default();
        save(&mut store, &entry("a", "2026-11-01T10:00:00Z"), "1").unwrap();
        store.items.insert(entry_key("broken"), "{not json".into());
        let snapshot = load(&mut store, "7").unwrap();
        assert_eq!(snapshot.entries.len(), 1);
        assert_eq!(snapshot.set_aside.len(), 1);
        assert_eq!(store.items[&snapshot.set_aside[0]], "{not json");
        assert!(!store.items.contains_key(&entry_key("broken")));
    }

    #[test]
    fn a_stored_entry_no_check_accepts_is_set_aside() {
        let mut store = MapStore::default();
        let mut broken = entry("broken", "2026-11-01T10:00:00Z");
        broken.assessment.pain = Some(200);
        store
            .items
            .insert(entry_key("broken"), serde_json::to_string(&broken).unwrap());
        save(&mut store, &entry("a", "2026-11-02T10:00:00Z"), "1").unwrap();
        let snapshot = load(&mut store, "2").unwrap();
        assert_eq!(snapshot.entries.len(), 1);
        assert!(!store.items.contains_key(&entry_key("broken")));
        assert!(store.items.values().any(|text| text.contains("200")));
    }

    #[test]
    fn a_newer_history_is_read_and_never_written() {
        let mut store = MapStore::default();
        save(&mut store, &entry("a", "2026-11-01T10:00:00Z"), "1").unwrap();
        store.items.insert(FORMAT_KEY.into(), "9".into());
        store
            .items
            .insert(entry_key("future"), "{\"shape\":\"new\"}".into());
        let before = store.items.clone();
        let snapshot = load(&mut store, "1").unwrap();
        assert_eq!(snapshot.newer_version, Some(9));
        assert_eq!(snapshot.entries.len(), 1);
        assert_eq!(
            save(&mut store, &entry("b", "2026-11-02T10:00:00Z"), "1"),
            Err(ChangeError::Newer(9))
        );
        assert_eq!(store.items, before);
    }
}
