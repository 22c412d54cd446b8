use yew::prelude::*;

use crate::browser::{clipboard, location};
use crate::link;
use crate::model::Assessment;

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    pub assessment: Assessment,
}

const SHARE_INPUT_ID: &str = "share-url";

/// The link that reopens this check with what was filled in, and a button to copy it.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let url = link::share_link(&location::app_address(), &props.assessment);
    let onclick = {
        let status = status.clone();
        let url = url.clone();
        Callback::from(move |_| {
            let status = status.clone();
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = clipboard::copy(&url, SHARE_INPUT_ID).await;
                status.set(Some(if copied {
                    "Link copied."
                } else {
                    "Could not copy: the link is selected, copy it by hand."
                }));
            });
        })
    };
    html! {
        <section class="share" aria-labelledby="share-title">
            <h3 id="share-title">{ "Share this check" }</h3>
            <label for={SHARE_INPUT_ID}>{ "Link to these answers (the data stays in the link, not on a server)" }</label>
            <div class="share-row">
                <input id={SHARE_INPUT_ID} data-testid="share-url" type="text" readonly=true value={url} />
                <button type="button" {onclick}>{ "Copy link" }</button>
            </div>
            <p class="status" role="status">{ status.unwrap_or_default() }</p>
        </section>
    }
}
