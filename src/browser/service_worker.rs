//! The service worker glue: registers `sw.js` beside the page where the browser allows it
//! (HTTPS or localhost), and tells the app when a new version is installed and waiting.
//! Without a worker (plain http, old browsers, debug builds) the app simply works online.

use std::rc::Rc;

use super::location::reload;
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

/// Whether the app opens without a network here, as the worker controlling the page last
/// said (index.html's script keeps its word in `kneeCheckOffline`): its cache holds every
/// file of this build, or could not be refilled after the browser cleared it. `None` until
/// it has said, and where no worker runs.
pub fn offline_report() -> Option<bool> {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &"kneeCheckOffline".into()).ok())
        .and_then(|ready| ready.as_bool())
}

/// Calls `on_report` whenever the worker says whether the app opens offline (as a tab
/// starts, and when a new worker takes it over); the listener lasts as long as the
/// returned value.
pub fn on_offline_report(on_report: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(
        &window,
        "knee-check-offline",
        move |_| on_report(),
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
