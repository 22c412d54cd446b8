use yew::prelude::*;

use crate::browser::clipboard;

#[derive(Properties, PartialEq)]
pub struct CopyLinkButtonProps {
    pub url: AttrValue,
    /// The input showing the link, selected for copying by hand when the clipboard refuses.
    pub input_id: AttrValue,
}

/// Copies a link and says whether it worked.
#[component]
pub fn CopyLinkButton(props: &CopyLinkButtonProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let onclick = {
        let status = status.clone();
        let url = props.url.clone();
        let input_id = props.input_id.clone();
        Callback::from(move |_| {
            let (status, url, input_id) = (status.clone(), url.clone(), input_id.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let copied = clipboard::copy(&url, &input_id).await;
                status.set(Some(if copied {
                    "Link copied."
                } else {
                    "Could not copy: the link is selected, copy it by hand."
                }));
            });
        })
    };
    html! {
        <>
            <button type="button" {onclick}>{ "Copy link" }</button>
            <span class="status" role="status">{ status.unwrap_or_default() }</span>
        </>
    }
}
