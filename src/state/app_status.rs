//! What the app tells the runner about itself: a new version waiting, the network gone,
//! ready to work offline. Fed by the service worker glue and the browser's connection.

use yew::prelude::*;

use crate::browser::{connection, draft, location, service_worker};
use crate::link;
use crate::model::Assessment;

#[derive(Clone, PartialEq)]
pub struct AppStatus {
    pub online: bool,
    /// The worker says every file is cached: the app opens without a network.
    pub ready_offline: bool,
    /// The worker says its cache could not be filled (cleared by the browser, and the site
    /// since changed or out of reach): the app works online only, for now.
    pub offline_broken: bool,
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
    let online = use_state_eq(connection::online);
    let update_ready = use_state(|| false);
    let report = use_state_eq(service_worker::offline_report);
    {
        let (online, update_ready, report) = (online.clone(), update_ready.clone(), report.clone());
        use_effect_with((), move |_| {
            service_worker::register(move || update_ready.set(true));
            let listeners = {
                let online = online.clone();
                connection::on_change(move |state| online.set(state))
            };
            let controller = {
                let report = report.clone();
                service_worker::on_offline_report(move || {
                    report.set(service_worker::offline_report())
                })
            };
            // Yew may give the browser a turn between the first render and this effect: an
            // answer the worker gave meanwhile was heard by no one, so it is read again now.
            online.set(connection::online());
            report.set(service_worker::offline_report());
            move || drop((listeners, controller))
        });
    }
    AppStatus {
        online: *online,
        ready_offline: *report == Some(true),
        offline_broken: *report == Some(false),
        offline_possible: service_worker::supported(),
        update_ready: *update_ready,
    }
}
