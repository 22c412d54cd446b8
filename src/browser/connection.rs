//! Whether the browser has a network, and word when that changes.

use gloo_events::EventListener;

pub fn online() -> bool {
    web_sys::window().is_none_or(|window| window.navigator().on_line())
}

/// Calls `on_change` with the new state whenever the browser goes on- or offline; the
/// listeners last as long as the returned values.
pub fn on_change(on_change: impl Fn(bool) + Clone + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    [("online", true), ("offline", false)]
        .into_iter()
        .map(|(event, state)| {
            let on_change = on_change.clone();
            EventListener::new(&window, event, move |_| on_change(state))
        })
        .collect()
}
