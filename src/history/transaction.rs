//! All or nothing over key-value storage: a change runs against a recording view of the
//! store, and when any of its writes fails (storage full half-way through a backup), every
//! key it touched is put back as it was. localStorage has no transactions of its own; this
//! is how an import can never leave half a backup behind.

use super::store::{KeyValue, StorageError};

/// The store, remembering what each key held before this change first touched it.
pub struct Recording<'a> {
    store: &'a mut dyn KeyValue,
    before: Vec<(String, Option<String>)>,
}

impl Recording<'_> {
    fn remember(&mut self, key: &str) -> Result<(), StorageError> {
        if !self.before.iter().any(|(seen, _)| seen == key) {
            let held = self.store.get(key)?;
            self.before.push((key.to_string(), held));
        }
        Ok(())
    }

    /// Puts every touched key back, newest change first.
    fn undo(self) -> Result<(), StorageError> {
        for (key, held) in self.before.into_iter().rev() {
            match held {
                Some(value) => self.store.set(&key, &value)?,
                None => self.store.remove(&key)?,
            }
        }
        Ok(())
    }
}

impl KeyValue for Recording<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.store.get(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.remember(key)?;
        self.store.set(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.remember(key)?;
        self.store.remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.store.keys()
    }
}

/// Runs `change`; on its error, undoes every write it made and returns that error. Should
/// the undo itself fail, that failure is returned instead, as the more serious one.
pub fn all_or_nothing<T, E: From<StorageError>>(
    store: &mut dyn KeyValue,
    change: impl FnOnce(&mut Recording<'_>) -> Result<T, E>,
) -> Result<T, E> {
    let mut recording = Recording {
        store,
        before: Vec::new(),
    };
    match change(&mut recording) {
        Ok(done) => Ok(done),
        Err(error) => match recording.undo() {
            Ok(()) => Err(error),
            Err(undo) => Err(undo.into()),
        },
    }
}
