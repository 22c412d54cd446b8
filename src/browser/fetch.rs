//! Reading the app's own files that are not in the wasm (the guide's text), from the site
//! or, offline, from the service worker's copy.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No answer at all: offline, and the file not yet kept for offline use.
    Unreachable,
    /// The site answered with this HTTP status.
    Status(u16),
}

/// The text of a file, by its path relative to the app's address.
pub async fn text(path: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Unreachable)?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| FetchError::Unreachable)?
        .dyn_into::<Response>()
        .map_err(|_| FetchError::Unreachable)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let body = response.text().map_err(|_| FetchError::Unreachable)?;
    JsFuture::from(body)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .ok_or(FetchError::Unreachable)
}
