//! The Web Share API, where the browser has it (mostly phones). web-sys keeps it behind its
//! unstable flag, so it is reached through js-sys.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn share_function() -> Option<(web_sys::Navigator, Function)> {
    let navigator = web_sys::window()?.navigator();
    let share = Reflect::get(&navigator, &JsValue::from_str("share")).ok()?;
    Some((navigator, share.dyn_into::<Function>().ok()?))
}

/// Whether this browser can hand a link to the system's share sheet.
pub fn can_share() -> bool {
    share_function().is_some()
}

/// Opens the share sheet with the link; `false` when the runner cancelled or it failed.
pub async fn share(title: &str, url: &str) -> bool {
    let Some((navigator, share)) = share_function() else {
        return false;
    };
    let data = Object::new();
    let filled = Reflect::set(&data, &"title".into(), &title.into()).is_ok()
        && Reflect::set(&data, &"url".into(), &url.into()).is_ok();
    if !filled {
        return false;
    }
    match share
        .call1(&navigator, &data)
        .map(|value| value.dyn_into::<Promise>())
    {
        Ok(Ok(promise)) => JsFuture::from(promise).await.is_ok(),
        _ => false,
    }
}
