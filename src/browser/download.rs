//! Saving a backup file to the runner's device, and reading one back.

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a file download; `false` when the browser refused.
pub fn download(file_name: &str, mime_type: &str, text: &str) -> bool {
    offer(file_name, mime_type, &JsValue::from_str(text))
}

/// Offers bytes (an image) as a file download; `false` when the browser refused.
pub fn download_bytes(file_name: &str, mime_type: &str, bytes: &[u8]) -> bool {
    offer(file_name, mime_type, &js_sys::Uint8Array::from(bytes))
}

fn offer(file_name: &str, mime_type: &str, part: &JsValue) -> bool {
    let parts = Array::of1(part);
    let options = BlobPropertyBag::new();
    options.set_type(mime_type);
    let Ok(blob) = Blob::new_with_buffer_source_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let anchor = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<HtmlAnchorElement>().ok());
    let Some(anchor) = anchor else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = Url::revoke_object_url(&url);
    true
}

/// The text of a file the runner picked.
pub async fn read_text(file: web_sys::File) -> Option<String> {
    JsFuture::from(file.text()).await.ok()?.as_string()
}
