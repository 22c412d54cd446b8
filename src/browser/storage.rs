//! localStorage behind a probe, the app's one door to it. `gloo_storage` panics when
//! `window.localStorage` or any of its calls throws (blocked storage, some private modes,
//! sandboxed frames), so storage is reached through web-sys and every failure, on any call,
//! comes back as a value.

use web_sys::Storage;

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

fn local_storage() -> Result<Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => Err(StorageError::Unavailable),
    }
}

fn classify(error: wasm_bindgen::JsValue) -> StorageError {
    let name = js_sys::Reflect::get(&error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
        "SecurityError" => StorageError::Unavailable,
        other => StorageError::Failed(other.to_string()),
    }
}

/// Whether this page may use localStorage at all.
pub fn is_available() -> bool {
    local_storage().is_ok()
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local_storage()?.get_item(key).map_err(classify)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local_storage()?.set_item(key, value).map_err(classify)
}
