//! Saving the current check, with an optional note, and what came of it. The whole app saves
//! straight away (`SaveControls`, given to the check page through `WholeAppViews`); the check
//! alone keeps no history, so its `SaveHandover` downloads the whole app and hands it the
//! page with the request to save (`browser::whole_app`), keeping the answers if that download
//! fails. Both draw the same row.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::browser::whole_app;
use crate::check_form::CheckAction;
use crate::state::{use_check, use_form_handover, CheckHandle, SaveCheck};

const SAVING: &str = "Saving… The part of the app that keeps your history downloads the first time you save, then works offline too.";

fn not_downloaded(reason: &str) -> String {
    format!("Not saved: the part of the app that keeps your history did not download. Your answers are kept on this device; check your connection and save again. (The browser said: {reason}.)")
}

/// The note, the button and what came of a save, the same in both apps.
fn save_row(form: &CheckHandle, status: Option<String>, onclick: Callback<MouseEvent>) -> Html {
    let oninput = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            form.dispatch(CheckAction::EditNote(area.value()));
        })
    };
    let missing = form.missing_for_save();
    html! {
        <div class="save-row">
            <div class="field">
                <label for="save-note">{ "Note for this check" }<span class="optional">{ " (optional)" }</span></label>
                <textarea id="save-note" rows="2" maxlength="500" value={form.note.clone()} {oninput}
                    placeholder="For example: sore on stairs after the hill session" />
            </div>
            <button type="button" id="save-check" data-testid="save-assessment" disabled={missing.is_some()}
                aria-describedby={missing.is_some().then_some("save-missing")} {onclick}>{ "Save to history" }</button>
            if let Some(missing) = missing {
                <p class="hint" id="save-missing">{ missing }</p>
            }
            if !form.is_empty() {
                <p class="hint">{ "Until you save, your answers stay on this device, even if you close the tab." }</p>
            }
            <p class="status" role="status">{ status.unwrap_or_default() }</p>
        </div>
    }
}

/// The whole app's save: into the history at once.
#[component]
pub fn SaveControls() -> Html {
    let form = use_check();
    let saver = use_context::<SaveCheck>();
    let status = use_state(|| None::<String>);
    let onclick = {
        let form = form.clone();
        let status = status.clone();
        let saver = saver.clone();
        let assessment = Rc::new(form.assessment.clone());
        Callback::from(move |_| {
            if let Some(saver) = &saver {
                let message = saver.save.emit((assessment.clone(), form.note.clone()));
                if message.starts_with("Saved") {
                    form.dispatch(CheckAction::Saved);
                }
                status.set(Some(message));
            }
        })
    };
    // What came of a save handed over with the page: shown here from now on, and only here.
    {
        let status = status.clone();
        let arrived = saver.and_then(|saver| Some((saver.on_arrival?, saver.taken)));
        use_effect_with(arrived, move |arrived| {
            if let Some((arrived, taken)) = arrived {
                status.set(Some(arrived.said.clone()));
                taken.emit(());
            }
        });
    }
    save_row(&form, (*status).clone(), onclick)
}

/// The check alone's save: the whole app downloads and saves as it arrives.
#[component]
pub fn SaveHandover() -> Html {
    let form = use_check();
    let status = use_state(|| None::<String>);
    let downloading = use_state(|| false);
    // A save stands when the runner moves to another page meanwhile: the whole app opens
    // on that page, with the check saved.
    let wanted = use_form_handover(true);
    let onclick = {
        let form = form.clone();
        let status = status.clone();
        let downloading = downloading.clone();
        Callback::from(move |_| {
            if *downloading {
                return;
            }
            whole_app::save_on_arrival(form.note.clone());
            downloading.set(true);
            status.set(Some(SAVING.to_string()));
            let status = status.clone();
            let downloading = downloading.clone();
            wanted.open_whole_app(
                |handover| handover,
                Callback::from(move |reason: String| {
                    whole_app::forget_save();
                    downloading.set(false);
                    status.set(Some(not_downloaded(&reason)));
                }),
            );
        })
    };
    save_row(&form, (*status).clone(), onclick)
}
