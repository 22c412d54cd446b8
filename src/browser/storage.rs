//! localStorage behind a probe, the app's one door to it. `gloo_storage` panics when
//! `window.localStorage` or any of its calls throws (blocked storage, some private modes,
//! sandboxed frames), so storage is reached through web-sys and every failure, on any call,
//! comes back as a value.

use web_sys::Storage;

use crate::history::store::KeyValue;
pub use crate::history::store::StorageError;

/// Every key this app writes starts with this, so its data can be told from other apps'.
pub const APP_PREFIX: &str = "knee-check.";

fn local_storage() -> Result<Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

/// A full quota is the one failure a runner can fix; any other error, whatever its name,
/// means storage cannot be trusted here, so the app keeps history in memory for the tab.
fn classify(error: wasm_bindgen::JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        _ => StorageError::Unavailable,
    }
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(classify)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(classify)
}

/// Every key of this app, in localStorage and this tab's sessionStorage, removed; other
/// apps' keys on the same site are left alone. Returns how many were removed.
pub fn remove_all_of_ours() -> Result<usize, StorageError> {
    let mut removed = 0;
    let session = web_sys::window().and_then(|window| window.session_storage().ok().flatten());
    for storage in [Some(local_storage()?), session].into_iter().flatten() {
        let length = storage.length().map_err(classify)?;
        let ours: Vec<String> = (0..length)
            .filter_map(|index| storage.key(index).ok().flatten())
            .filter(|key| key.starts_with(APP_PREFIX))
            .collect();
        for key in ours {
            storage.remove_item(&key).map_err(classify)?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// The page's localStorage as the history's key-value store.
pub struct LocalStore;

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        read(key)
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        write(key, value)
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        local_storage()?.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = local_storage()?;
        let length = storage.length().map_err(classify)?;
        let mut keys = Vec::with_capacity(length as usize);
        for index in 0..length {
            if let Some(key) = storage.key(index).map_err(classify)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}
