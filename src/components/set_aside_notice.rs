//! Answers set aside when the app could not start (index.html's "Start with an empty
//! form"): offered back until the runner brings them back or deletes them. Part of the whole
//! app, which the first screen's loader starts whenever answers are set aside (Trunk.toml).

use yew::prelude::*;

use crate::browser::{draft, location};

#[component]
pub fn SetAsideNotice() -> Html {
    let shown = use_state(draft::has_set_aside);
    let message = use_state(|| None::<&'static str>);
    if !*shown {
        return Html::default();
    }
    let bring_back = {
        let message = message.clone();
        Callback::from(move |_| {
            if draft::bring_back_set_aside() {
                location::replace_fragment("#/check");
                location::reload();
            } else {
                message.set(Some("They could not come back while other unsaved answers are here: save or clear those first. The set-aside answers stay aside."));
            }
        })
    };
    let delete = Callback::from(move |_| {
        draft::delete_set_aside();
        shown.set(false);
    });
    html! {
        <div class="storage-notice" role="status" data-testid="set-aside-notice">
            <p>{ "When the app could not start, your unsaved answers were set aside on this device. If they caused the problem, it may happen again when they come back." }</p>
            <button type="button" data-testid="set-aside-restore" onclick={bring_back}>{ "Bring them back" }</button>
            { " " }
            <button type="button" class="secondary-button" onclick={delete}>{ "Delete them" }</button>
            if let Some(message) = *message {
                <p>{ message }</p>
            }
        </div>
    }
}
