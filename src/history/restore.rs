//! A backup's import, checks and symptom log together, as one transaction: either every
//! new entry of both is stored, or storage is left exactly as it was.

use super::entries::{MergeCount, SavedAssessment};
use super::store::{self, ChangeError, KeyValue};
use super::symptom_store;
use super::symptoms::SymptomEntry;
use super::transaction::all_or_nothing;

/// What an import added.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The whole history after it.
    pub entries: Vec<SavedAssessment>,
    pub count: MergeCount,
    pub symptoms_added: usize,
}

/// Stores a backup's checks and symptom entries, all or nothing; `today` is the runner's
/// date, after which no symptom entry is taken.
pub fn import_backup(
    store: &mut dyn KeyValue,
    checks: &[SavedAssessment],
    symptoms: &[SymptomEntry],
    stamp: &str,
    today: &str,
) -> Result<Restored, ChangeError> {
    all_or_nothing(store, |store| {
        let (entries, count) = store::import(store, checks, stamp)?;
        let symptoms_added = symptom_store::import(store, symptoms, today)?;
        Ok(Restored {
            entries,
            count,
            symptoms_added,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::entries::tests::entry;
    use crate::history::store::tests::MapStore;
    use crate::history::store::StorageError;
    use crate::history::symptoms::tests::entry as symptom;

    #[test]
    fn a_log_that_does_not_fit_takes_the_checks_back_out() {
        let mut store = MapStore::default();
        store::save(&mut store, &entry("kept", "2026-10-01T10:00:00Z"), "1").unwrap();
        let checks = [entry("new", "2026-11-01T10:00:00Z")];
        let symptoms = [symptom("2026-11-02", 1, 1), symptom("2026-11-03", 2, 2)];
        let mut unlimited = store.clone();
        import_backup(&mut unlimited, &checks, &symptoms, "1", "2026-12-06").unwrap();
        let needed: usize = unlimited.items.iter().map(|(k, v)| k.len() + v.len()).sum();
        let before = store.items.clone();
        store.quota = Some(needed - 1);
        assert_eq!(
            import_backup(&mut store, &checks, &symptoms, "1", "2026-12-06"),
            Err(ChangeError::Storage(StorageError::Full))
        );
        assert_eq!(store.items, before);
        store.quota = None;
        let restored = import_backup(&mut store, &checks, &symptoms, "1", "2026-12-06").unwrap();
        assert_eq!((restored.entries.len(), restored.symptoms_added), (2, 2));
    }
}
