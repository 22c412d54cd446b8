use crate::state::RouteLink;
use yew::prelude::*;

use crate::browser::{location, share};
use crate::components::copy_link_button::CopyLinkButton;
use crate::components::qr_code_view::QrCodeView;
use crate::link;
use crate::model::Assessment;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    pub assessment: Assessment,
}

const SHARE_INPUT_ID: &str = "share-url";

/// The link that reopens this check with what was filled in: copy it, share it, or show it
/// as a QR code.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let show_qr = use_state(|| false);
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
        Callback::from(move |_| show_qr.set(!*show_qr))
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h3 id="share-title">{ "Share this check" }</h3>
            <label for={SHARE_INPUT_ID}>{ "Link to these answers (the data stays in the link, not on a server)" }</label>
            <div class="share-row">
                <input id={SHARE_INPUT_ID} data-testid="share-url" type="text" readonly=true value={url.clone()} />
            </div>
            <div class="share-row">
                <CopyLinkButton url={url.clone()} input_id={SHARE_INPUT_ID} />
                if share::can_share() {
                    <button type="button" class="secondary-button" onclick={onshare}>{ "Share…" }</button>
                }
                <button type="button" class="secondary-button" aria-expanded={(*show_qr).to_string()} onclick={ontoggle_qr}>
                    { if *show_qr { "Hide QR code" } else { "Show QR code" } }
                </button>
            </div>
            if *show_qr {
                <QrCodeView text={url} />
            }
            <p><RouteLink to={Route::Coach}>{ "Coach or physio? Build a link for your runners" }</RouteLink></p>
        </section>
    }
}
