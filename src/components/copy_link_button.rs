use yew::prelude::*;

use crate::browser::clipboard;

#[derive(Properties, PartialEq)]
pub struct CopyLinkButtonProps {
    /// The input showing the link: selected and copied, or left selected to copy by hand.
    pub input_id: AttrValue,
}

/// Copies a link and says whether it worked.
#[component]
pub fn CopyLinkButton(props: &CopyLinkButtonProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let onclick = {
        let status = status.clone();
        let input_id = props.input_id.clone();
        Callback::from(move |_| {
            status.set(Some(if clipboard::copy_input(&input_id) {
                "Link copied."
            } else {
                "Could not copy: the link is selected, copy it by hand."
            }));
        })
    };
    html! {
        <>
            <button type="button" {onclick}>{ "Copy link" }</button>
            <span class="status" role="status">{ status.unwrap_or_default() }</span>
        </>
    }
}
