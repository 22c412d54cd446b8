use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::state::{use_check, use_history};

/// Saving the current check, with an optional note, and what came of it.
#[component]
pub fn SaveControls() -> Html {
    let form = use_check();
    let history = use_history();
    let note = use_state(String::new);
    let status = use_state(|| None::<String>);
    let oninput = {
        let note = note.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            note.set(area.value());
        })
    };
    let onclick = {
        let note = note.clone();
        let status = status.clone();
        Callback::from(move |_| {
            let message = history.save_check(&form.assessment, &note);
            if message.starts_with("Saved") {
                note.set(String::new());
            }
            status.set(Some(message));
        })
    };
    html! {
        <div class="save-row">
            <div class="field">
                <label for="save-note">{ "Note for this check" }<span class="optional">{ " (optional)" }</span></label>
                <textarea id="save-note" rows="2" maxlength="500" value={(*note).clone()} {oninput}
                    placeholder="For example: sore on stairs after the hill session" />
            </div>
            <button type="button" data-testid="save-assessment" {onclick}>{ "Save to history" }</button>
            <p class="status" role="status">{ (*status).clone().unwrap_or_default() }</p>
        </div>
    }
}
