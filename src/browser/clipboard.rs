//! Copying a link: the input that shows it is selected and copied with the browser's copy
//! command, inside the runner's click. Unlike the Clipboard API it works on plain-http club
//! sites and inside another site's frame, needs no promise, and on failure leaves the link
//! selected for the runner to copy by hand.

use wasm_bindgen::JsCast;

/// Selects the input with `input_id` and copies its text; whether it reached the clipboard.
pub fn copy_input(input_id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return false;
    };
    let Some(input) = document
        .get_element_by_id(input_id)
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    let _ = input.focus();
    input.select();
    document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|document| document.exec_command("copy").ok())
        .unwrap_or(false)
}
