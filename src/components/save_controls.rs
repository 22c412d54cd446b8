use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::history::SavedAssessment;
use crate::model::{self, MODEL_VERSION};
use crate::state::{use_check, use_history};

/// A new history entry for the assessment, stamped with the browser's clock.
fn new_entry(assessment: &model::Assessment, note: &str) -> SavedAssessment {
    let now = js_sys::Date::new_0();
    let suffix = (js_sys::Math::random() * 1e9) as u64;
    SavedAssessment {
        id: format!("{}-{suffix:09}", now.get_time() as u64),
        saved_at: String::from(now.to_iso_string()),
        model_version: MODEL_VERSION.to_string(),
        score: model::score::score_only(assessment),
        note: note.trim().to_string(),
        assessment: assessment.clone(),
        assessment_kept: Default::default(),
        kept: Default::default(),
    }
}

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
            let message = history.save(new_entry(&form.assessment, &note));
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
