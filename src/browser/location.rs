//! The address bar: where the app lives and what the fragment says.

/// The fragment, with its `#`, or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// Loads the page again from its address.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The app's own address without the fragment, so share links work under any sub-path.
pub fn app_address() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

use std::cell::RefCell;

use gloo_events::EventListener;

use crate::link::{fix_fragment, FragmentFix};

/// A fragment that could not be read as it was, waiting for the check to say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnreadFragment {
    /// Not an address of the app.
    Unknown(String),
    /// Longer than a check link can be; its length.
    TooLong(usize),
}

thread_local! {
    static UNREAD_FRAGMENT: RefCell<Option<UnreadFragment>> = const { RefCell::new(None) };
}

/// Rewrites a mistyped fragment in place (no new history entry) so the router reads it.
fn fix_current_fragment() {
    let target = match fix_fragment(&fragment()) {
        FragmentFix::Keep => return,
        FragmentFix::Rewrite(target) => target,
        FragmentFix::Unknown(original) => {
            remember(UnreadFragment::Unknown(original));
            "#/check".to_string()
        }
        FragmentFix::TooLong(length) => {
            remember(UnreadFragment::TooLong(length));
            "#/check".to_string()
        }
    };
    replace_fragment(&target);
}

/// Changes the fragment without a new history entry, so Back skips the old one.
pub fn replace_fragment(fragment: &str) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(fragment));
    }
}

/// Fixes the fragment now and on every later change, before the router reads it: the
/// listeners are added before the router's, so they run first.
pub fn keep_fragments_readable() {
    fix_current_fragment();
    let Some(window) = web_sys::window() else {
        return;
    };
    for event in ["popstate", "hashchange"] {
        EventListener::new(&window, event, |_| fix_current_fragment()).forget();
    }
}

fn remember(unread: UnreadFragment) {
    UNREAD_FRAGMENT.with(|pending| *pending.borrow_mut() = Some(unread));
}

/// The fragment that could not be read as it was, once.
pub fn take_unread_fragment() -> Option<UnreadFragment> {
    UNREAD_FRAGMENT.with(|pending| pending.borrow_mut().take())
}

/// Whether the app runs inside another page's frame (a club's page), or was asked to look
/// as if it did with `?embed=1`.
pub fn embedded() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let asked = window.location().search().is_ok_and(|search| {
        search
            .trim_start_matches('?')
            .split('&')
            .any(|pair| pair == "embed=1")
    });
    let top = js_sys::Reflect::get(&window, &"top".into()).ok();
    let framed = top.is_some_and(|top| !js_sys::Object::is(&top, &window));
    asked || framed
}

/// The full app's address at the current view, without `embed=1`, to open in a new tab.
pub fn full_app_address() -> String {
    let address = app_address();
    let (page, search) = address.split_once('?').unwrap_or((&address, ""));
    let kept: Vec<&str> = search
        .split('&')
        .filter(|pair| !pair.is_empty() && *pair != "embed=1")
        .collect();
    let page = if kept.is_empty() {
        page.to_string()
    } else {
        format!("{page}?{}", kept.join("&"))
    };
    format!("{page}{}", fragment())
}

/// Calls `changed` after every change of the fragment (back, forward, a link, a typed
/// address), once mistyped fragments are fixed; dropping the listener stops it.
pub fn on_fragment_change(changed: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "hashchange", move |_| {
        changed()
    }))
}

/// Moves to another view of the app, as a new history entry.
pub fn go_to(fragment: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(fragment);
    }
}
