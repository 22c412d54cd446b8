//! Copying a link: the Clipboard API where the page may use it, else the selected text of an
//! input through the older copy command.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether `navigator.clipboard` exists: it is undefined on plain-http pages, where calling
/// it would throw into the wasm.
fn has_clipboard(window: &web_sys::Window) -> bool {
    js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .is_ok_and(|clipboard| !clipboard.is_undefined() && !clipboard.is_null())
}

/// Copies `text`; on failure selects the element with `fallback_id` so the runner can copy
/// by hand. Returns whether the text reached the clipboard.
pub async fn copy(text: &str, fallback_id: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    if has_clipboard(&window) {
        let promise = window.navigator().clipboard().write_text(text);
        if JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    let input = window
        .document()
        .and_then(|document| document.get_element_by_id(fallback_id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok());
    let Some(input) = input else {
        return false;
    };
    input.select();
    window
        .document()
        .and_then(|document| document.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|document| document.exec_command("copy").ok())
        .unwrap_or(false)
}
