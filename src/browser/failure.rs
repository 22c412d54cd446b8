//! Never a blank page: a panic anywhere in the app hands its message to index.html's
//! `kneeCheckFailed`, which logs it and shows, in place of the page, that the app could not
//! start, with a reload and an empty form. With `panic = "abort"` the app is gone after a
//! panic, so the message is plain HTML and script, not a component.

use wasm_bindgen::{JsCast, JsValue};

fn report(message: &str) {
    let error = js_sys::Error::new(message);
    let failed = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"kneeCheckFailed".into()).ok())
        .and_then(|failed| failed.dyn_into::<js_sys::Function>().ok());
    match failed {
        Some(failed) => {
            let _ = failed.call1(&JsValue::NULL, &error);
        }
        None => {
            let _ = js_sys::Reflect::get(&js_sys::global(), &"console".into())
                .and_then(|console| js_sys::Reflect::get(&console, &"error".into()))
                .and_then(|log| log.dyn_into::<js_sys::Function>())
                .and_then(|log| log.call1(&JsValue::NULL, &error));
        }
    }
}

/// From now on, a panic is shown and logged before the app stops.
pub fn show_panics() {
    std::panic::set_hook(Box::new(|info| report(&info.to_string())));
}
