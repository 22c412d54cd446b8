//! What the app tells the runner about itself: a new version waiting, the network gone,
//! ready to work offline. Fed by the service worker glue and the browser's connection.

use yew::prelude::*;

use crate::browser::{connection, draft, location, service_worker};
use crate::link;
use crate::model::Assessment;

#[derive(Clone, PartialEq)]
pub struct AppStatus {
    pub online: bool,
    /// A worker controls the page: it opens without a network.
    pub ready_offline: bool,
    /// The browser refuses workers here (plain http): offline use needs a secure site.
    pub offline_possible: bool,
    /// A new version is installed and waits for the runner's word.
    pub update_ready: bool,
}

/// Keeps the unsaved check, its note too, and reloads into the waiting version.
pub fn reload_into_update(check: &Assessment, note: &str) {
    let address = location::fragment();
    draft::keep(
        link::check_query(&address).unwrap_or_default(),
        &link::encode(check),
        note,
    );
    service_worker::take_over_and_reload();
}

/// Registers the worker once and follows the connection; call it in one place only.
#[hook]
pub fn use_app_status() -> AppStatus {
    let online = use_state(connection::online);
    let update_ready = use_state(|| false);
    let ready_offline = use_state(service_worker::ready_offline);
    {
        let (online, update_ready, ready_offline) =
            (online.clone(), update_ready.clone(), ready_offline.clone());
        use_effect_with((), move |_| {
            service_worker::register(move || update_ready.set(true));
            let listeners = connection::on_change(move |state| online.set(state));
            let controller = service_worker::on_controller_change(move || {
                ready_offline.set(service_worker::ready_offline())
            });
            move || drop((listeners, controller))
        });
    }
    AppStatus {
        online: *online,
        ready_offline: *ready_offline || service_worker::ready_offline(),
        offline_possible: service_worker::supported(),
        update_ready: *update_ready,
    }
}
