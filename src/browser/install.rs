//! Installing the app from the page: the browser's offer (`beforeinstallprompt`), kept by
//! index.html when it comes, is shown as a button; Safari on iOS makes no offer, so the page
//! gives its steps instead.

use gloo_events::EventListener;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn offer() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let offer = Reflect::get(&window, &"kneeCheckInstall".into()).ok()?;
    (!offer.is_null() && !offer.is_undefined()).then_some(offer)
}

/// Whether the browser has offered to install the app and it is not installed yet.
pub fn offered() -> bool {
    offer().is_some()
}

/// Calls `changed` whenever the offer comes or goes (the app installed).
pub fn on_change(changed: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(
        &window,
        "knee-check-installable",
        move |_| changed(),
    ))
}

/// Asks the browser to show its install dialog; `true` when the runner accepted. An offer is
/// used once, so it is dropped after.
pub async fn install() -> bool {
    let Some(offer) = offer() else {
        return false;
    };
    if let Some(window) = web_sys::window() {
        let _ = Reflect::set(&window, &"kneeCheckInstall".into(), &JsValue::NULL);
    }
    let Some(prompt) = Reflect::get(&offer, &"prompt".into())
        .ok()
        .and_then(|prompt| prompt.dyn_into::<Function>().ok())
    else {
        return false;
    };
    if prompt.call0(&offer).is_err() {
        return false;
    }
    let Some(choice) = Reflect::get(&offer, &"userChoice".into())
        .ok()
        .and_then(|choice| choice.dyn_into::<Promise>().ok())
    else {
        return false;
    };
    let Ok(choice) = JsFuture::from(choice).await else {
        return false;
    };
    Reflect::get(&choice, &"outcome".into())
        .ok()
        .and_then(|outcome| outcome.as_string())
        .is_some_and(|outcome| outcome == "accepted")
}
