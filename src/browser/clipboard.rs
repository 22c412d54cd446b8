//! Copying a link: the Clipboard API where the page may use it, else the selected text of an
//! input through the older copy command.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// `navigator.clipboard.writeText`, where it exists as a function: the clipboard is
/// undefined on plain-http pages, and some browsers give one without `writeText`, where
/// calling it would throw into the wasm.
fn write_text(window: &web_sys::Window) -> Option<(js_sys::Function, wasm_bindgen::JsValue)> {
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    let write = js_sys::Reflect::get(&clipboard, &"writeText".into()).ok()?;
    Some((write.dyn_into().ok()?, clipboard))
}

/// Copies `text`; on failure selects the element with `fallback_id` so the runner can copy
/// by hand. Returns whether the text reached the clipboard.
pub async fn copy(text: &str, fallback_id: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    if let Some((write, clipboard)) = write_text(&window) {
        let called = write
            .call1(&clipboard, &text.into())
            .ok()
            .and_then(|result| result.dyn_into::<js_sys::Promise>().ok());
        if let Some(promise) = called {
            if JsFuture::from(promise).await.is_ok() {
                return true;
            }
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
