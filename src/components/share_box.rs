use crate::state::{use_form_handover, RouteLink};
use yew::prelude::*;

use crate::browser::{clipboard, location, share};
use crate::components::whole_app_views::use_whole_app_views;
use crate::handover::Handover;
use crate::link;
use crate::model::Assessment;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    pub assessment: Assessment,
}

const SHARE_INPUT_ID: &str = "share-url";

/// The link that reopens this check with what was filled in: copy it, share it, or show it
/// as a QR code. The check alone downloads the whole app to draw the QR code.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let whole_app = use_whole_app_views();
    let show_qr = use_state(|| {
        whole_app
            .as_ref()
            .is_some_and(|views| views.qr_asked_on_arrival.take())
    });
    let download_failed = use_state(|| None::<String>);
    let copied = use_state(|| None::<bool>);
    let oncopy = {
        let copied = copied.clone();
        Callback::from(move |_| copied.set(Some(clipboard::copy_input(SHARE_INPUT_ID))))
    };
    let wanted = use_form_handover(false);
    let url = link::share_link(&location::app_address(), &props.assessment);
    let onshare = {
        let url = url.clone();
        Callback::from(move |_| {
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                share::share("Runner's Knee Check", &url).await;
            });
        })
    };
    let ontoggle_qr = {
        let show_qr = show_qr.clone();
        let download_failed = download_failed.clone();
        let needs_whole_app = whole_app.is_none();
        Callback::from(move |_| {
            let showing = !*show_qr;
            show_qr.set(showing);
            download_failed.set(None);
            if !showing || !needs_whole_app {
                return;
            }
            let download_failed = download_failed.clone();
            wanted.open_whole_app(
                |handover| Handover {
                    show_qr: true,
                    ..handover
                },
                Callback::from(move |reason| download_failed.set(Some(reason))),
            );
        })
    };
    let qr = match (&whole_app, (*download_failed).clone()) {
        (Some(views), _) => (views.qr_code)(AttrValue::from(url.clone())),
        (None, None) => html! {
            <p role="status">{ "Making the QR code… It comes with the rest of the app, downloaded the first time." }</p>
        },
        (None, Some(reason)) => html! {
            <p class="error" role="alert">{ format!("The QR code did not download, so it cannot be shown yet. Check your connection, then hide it and show it again. (The browser said: {reason}.)") }</p>
        },
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h3 id="share-title">{ "Share this check" }</h3>
            <label for={SHARE_INPUT_ID}>{ "Link to these answers (the data stays in the link, not on a server)" }</label>
            <div class="share-row">
                <input id={SHARE_INPUT_ID} data-testid="share-url" type="text" readonly=true value={url.clone()} />
            </div>
            <div class="share-row">
                <button type="button" onclick={oncopy}>{ "Copy link" }</button>
                <span class="status" role="status">{ match *copied {
                    Some(true) => "Link copied.",
                    Some(false) => "Could not copy: the link is selected, copy it by hand.",
                    None => "",
                } }</span>
                if share::can_share() {
                    <button type="button" class="secondary-button" onclick={onshare}>{ "Share…" }</button>
                }
                <button type="button" id="show-qr" class="secondary-button" aria-expanded={(*show_qr).to_string()} onclick={ontoggle_qr}>
                    { if *show_qr { "Hide QR code" } else { "Show QR code" } }
                </button>
            </div>
            if *show_qr {
                { qr }
            }
            <p><RouteLink to={Route::Coach}>{ "Coach or physio? Build a link for your runners" }</RouteLink></p>
        </section>
    }
}
