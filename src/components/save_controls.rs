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
    let missing = form.missing_for_save();
    let empty = form.is_empty();
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
            <button type="button" data-testid="save-assessment" disabled={missing.is_some()}
                aria-describedby={missing.is_some().then_some("save-missing")} {onclick}>{ "Save to history" }</button>
            if let Some(missing) = missing {
                <p class="hint" id="save-missing">{ missing }</p>
            }
            if !empty {
                <p class="hint">{ "Until you save, your answers stay on this device, even if you close the tab." }</p>
            }
            <p class="status" role="status">{ (*status).clone().unwrap_or_default() }</p>
        </div>
    }
}
