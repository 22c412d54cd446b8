//! The symptom log in key-value storage, one key per entry, under the history's rules: a
//! save or delete in one tab never rewrites another tab's entries, unreadable ones are
//! copied aside before they leave the log, and nothing is ever silently dropped.

use super::format::set_aside_key;
use super::store::{KeyValue, StorageError};
use super::symptoms::SymptomEntry;
use super::transaction::all_or_nothing;
use crate::model::order::sorted_by;

/// Where each entry lives: this prefix and its id.
pub const SYMPTOM_PREFIX: &str = "knee-check.v1.symptoms.entry.";

pub fn symptom_key(id: &str) -> String {
    format!("{SYMPTOM_PREFIX}{id}")
}

/// What reading the log found.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SymptomLog {
    /// Oldest first.
    pub entries: Vec<SymptomEntry>,
    /// Keys unreadable entries were copied to.
    pub set_aside: Vec<String>,
    /// Unreadable entries that could not be copied aside (storage full), left in place.
    pub left_unreadable: usize,
}

/// Reads every entry; an unreadable or out-of-range one (a score past 10, a day that does
/// not exist or is after `today`) is copied aside, then removed.
pub fn load(
    store: &mut dyn KeyValue,
    stamp: &str,
    today: &str,
) -> Result<SymptomLog, StorageError> {
    let mut log = SymptomLog::default();
    let keys: Vec<String> = store
        .keys()?
        .into_iter()
        .filter(|key| key.starts_with(SYMPTOM_PREFIX))
        .collect();
    for key in keys {
        let Some(raw) = store.get(&key)? else {
            continue;
        };
        match serde_json::from_str::<SymptomEntry>(&raw) {
            Ok(entry) if symptom_key(&entry.id) == key && entry.problem(today).is_none() => {
                log.entries.push(entry)
            }
            _ => {
                let aside = set_aside_key(&format!("symptom-{stamp}-{}", log.set_aside.len()));
                match store.set(&aside, &raw) {
                    Ok(()) => {
                        store.remove(&key)?;
                        log.set_aside.push(aside);
                    }
                    Err(_) => log.left_unreadable += 1,
                }
            }
        }
    }
    log.entries = sorted_by(log.entries, |a, b| {
        a.date.cmp(&b.date).then(a.id.cmp(&b.id))
    });
    Ok(log)
}

/// Stores a new entry; its id is never one already taken (a `-2`, `-3` is added).
pub fn add(
    store: &mut dyn KeyValue,
    entry: &SymptomEntry,
    today: &str,
) -> Result<String, StorageError> {
    if let Some(problem) = entry.problem(today) {
        return Err(StorageError::Failed(problem));
    }
    let mut id = entry.id.clone();
    let mut attempt = 1;
    while store.get(&symptom_key(&id))?.is_some() {
        attempt += 1;
        id = format!("{}-{attempt}", entry.id);
    }
    let stored = SymptomEntry {
        id: id.clone(),
        ..entry.clone()
    };
    let text = serde_json::to_string(&stored).map_err(|e| StorageError::Failed(e.to_string()))?;
    store.set(&symptom_key(&id), &text)?;
    Ok(id)
}

pub fn delete(store: &mut dyn KeyValue, id: &str) -> Result<(), StorageError> {
    store.remove(&symptom_key(id))
}

/// Adds a backup's entries: one already stored exactly as it is is skipped, one whose id is
/// taken by another entry is added under a new id. All or nothing: one entry refused (a bad
/// date, storage full) leaves the log as it was. The count added.
pub fn import(
    store: &mut dyn KeyValue,
    incoming: &[SymptomEntry],
    today: &str,
) -> Result<usize, StorageError> {
    all_or_nothing(store, |store| {
        let mut added = 0;
        for entry in incoming {
            let same = store
                .get(&symptom_key(&entry.id))?
                .and_then(|raw| serde_json::from_str::<SymptomEntry>(&raw).ok())
                .is_some_and(|stored| stored == *entry);
            if !same {
                add(store, entry, today)?;
                added += 1;
            }
        }
        Ok(added)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::store::tests::MapStore;
    use crate::history::symptoms::tests::entry;

    const TODAY: &str = "2026-12-06";

    #[test]
    fn two_tabs_adding_the_same_id_keep_both_entries() {
        let mut store = MapStore::default();
        let first = entry("2026-11-30", 2, 1);
        assert_eq!(add(&mut store, &first, TODAY).unwrap(), first.id);
        let renamed = add(&mut store, &entry("2026-11-30", 2, 1), TODAY).unwrap();
        assert_eq!(renamed, format!("{}-2", first.id));
        assert_eq!(load(&mut store, "1", TODAY).unwrap().entries.len(), 2);
    }

    #[test]
    fn unreadable_and_out_of_range_entries_are_set_aside_not_lost() {
        let mut store = MapStore::default();
        add(&mut store, &entry("2026-11-29", 1, 1), TODAY).unwrap();
        store.set(&symptom_key("broken"), "{not json").unwrap();
        let mut wild = entry("2026-11-30", 1, 1);
        wild.id = "wild".to_string();
        wild.during = 40;
        store
            .set(&symptom_key("wild"), &serde_json::to_string(&wild).unwrap())
            .unwrap();
        for (id, date) in [("future", "2099-01-01"), ("no-such-day", "2026-13-45")] {
            let mut dated = entry(date, 1, 1);
            dated.id = id.to_string();
            store
                .set(&symptom_key(id), &serde_json::to_string(&dated).unwrap())
                .unwrap();
        }
        let log = load(&mut store, "7", TODAY).unwrap();
        assert_eq!(log.entries.len(), 1);
        assert_eq!(log.set_aside.len(), 4);
        for key in &log.set_aside {
            assert!(
                store.get(key).unwrap().is_some(),
                "the text is kept under {key}"
            );
        }
        assert!(store.get(&symptom_key("broken")).unwrap().is_none());
    }

    #[test]
    fn importing_a_backup_twice_adds_its_entries_once() {
        let mut store = MapStore::default();
        let backup = [entry("2026-11-28", 1, 1), entry("2026-11-29", 2, 2)];
        assert_eq!(import(&mut store, &backup, TODAY).unwrap(), 2);
        assert_eq!(import(&mut store, &backup, TODAY).unwrap(), 0);
        let mut changed = backup[0].clone();
        changed.during = 5;
        assert_eq!(
            import(&mut store, &[changed], TODAY).unwrap(),
            1,
            "a different entry under a taken id is kept too"
        );
        assert_eq!(load(&mut store, "1", TODAY).unwrap().entries.len(), 3);
    }

    #[test]
    fn a_bad_entry_is_refused_before_it_is_stored() {
        let mut store = MapStore::default();
        let mut bad = entry("2026-11-30", 1, 1);
        bad.morning = 12;
        assert!(add(&mut store, &bad, TODAY).is_err());
        assert!(store.items.is_empty());
    }

    #[test]
    fn an_import_with_one_refused_entry_adds_none() {
        let mut store = MapStore::default();
        add(&mut store, &entry("2026-11-20", 1, 1), TODAY).unwrap();
        let before = store.items.clone();
        let backup = [entry("2026-11-28", 1, 1), entry("2099-01-01", 2, 2)];
        assert!(import(&mut store, &backup, TODAY).is_err());
        assert_eq!(store.items, before);
    }
}
