//! The service worker glue: registers `sw.js` beside the page where the browser allows it
//! (HTTPS or localhost), and tells the app when a new version is installed and waiting.
//! Without a worker (plain http, old browsers, debug builds) the app simply works online.

use std::rc::Rc;

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// `navigator.serviceWorker`, where it exists: it is undefined outside secure contexts,
/// where calling it would throw into the wasm.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    let value = js_sys::Reflect::get(&navigator, &"serviceWorker".into()).ok()?;
    if value.is_undefined() || value.is_null() {
        return None;
    }
    value.dyn_into().ok()
}

/// Whether a worker controls this page, so it opens without a network.
pub fn ready_offline() -> bool {
    container().is_some_and(|container| container.controller().is_some())
}

/// Calls `on_change` whenever a worker takes control of the page (the first install
/// claims it); the listener lasts as long as the returned value.
pub fn on_controller_change(on_change: impl Fn() + 'static) -> Option<EventListener> {
    let container = container()?;
    Some(EventListener::new(
        &container,
        "controllerchange",
        move |_| on_change(),
    ))
}

/// Whether the browser may run a worker here at all.
pub fn supported() -> bool {
    container().is_some()
}

/// Calls `on_waiting` when a new version has installed while an older one runs this page.
fn watch_for_waiting(registration: &ServiceWorkerRegistration, on_waiting: Rc<dyn Fn()>) {
    let has_controller = || container().is_some_and(|c| c.controller().is_some());
    if registration.waiting().is_some() && has_controller() {
        on_waiting();
    }
    let watched = registration.clone();
    EventListener::new(registration, "updatefound", move |_| {
        let Some(installing) = watched.installing() else {
            return;
        };
        let worker = installing.clone();
        let on_waiting = on_waiting.clone();
        EventListener::new(&installing, "statechange", move |_| {
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                on_waiting();
            }
        })
        .forget();
    })
    .forget();
}

/// Registers the worker; `on_waiting` runs whenever a new version is ready to take over.
pub fn register(on_waiting: impl Fn() + 'static) {
    let Some(container) = container() else {
        return;
    };
    let on_waiting: Rc<dyn Fn()> = Rc::new(on_waiting);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
            return;
        };
        if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
            watch_for_waiting(&registration, on_waiting);
        }
    });
}

/// Asks the waiting version to take over, then reloads into it once it controls the page.
pub fn take_over_and_reload() {
    let Some(container) = container() else {
        reload();
        return;
    };
    EventListener::once(&container, "controllerchange", |_| reload()).forget();
    wasm_bindgen_futures::spawn_local(async move {
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|registration| registration.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|registration| registration.waiting());
        match waiting {
            Some(worker) => {
                if worker.post_message(&"take-over".into()).is_err() {
                    reload();
                }
            }
            None => reload(),
        }
    });
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
