//! The check's "Fill from my watch" before the rest of the app has come: the file input only.
//! The readers come with the whole app (`ActivityImport`), so the first load carries none of
//! them; the picked files wait on the page while it downloads and takes over.

use yew::prelude::*;

use crate::browser::{activity_files, whole_app};
use crate::state::handover::use_form_handover;

/// The import's words and file types, the same before and after the hand-over.
pub const IMPORT_LABEL: &str = "Fill from my watch";
pub const IMPORT_HINT: &str =
    "FIT, GPX or TCX files, or a Strava or Garmin Connect export: pick or drop several. Read on this device, never uploaded.";
/// The types the picker offers (any file may still be dropped).
pub const IMPORT_ACCEPT: &str = ".fit,.gz,.gpx,.tcx,.csv,.zip";

#[component]
pub fn ImportHandover() -> Html {
    let wanted = use_form_handover(false);
    let status = use_state(String::new);
    let onchange = {
        let status = status.clone();
        Callback::from(move |event: Event| {
            if !activity_files::hold_for_whole_app(&event.target_unchecked_into()) {
                return;
            }
            status.set("Opening the file reader…".into());
            let (wanted, status) = (wanted.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(reason) = whole_app::open(Box::new(move || wanted.take())).await {
                    activity_files::take_held();
                    status.set(format!("The file reader comes with the rest of the app, which did not download. Check your connection and pick the files again. (The browser said: {reason}.)"));
                }
            });
        })
    };
    html! {
        <div class="activity-import">
            <label for="import-activities">{ IMPORT_LABEL }</label>
            <p class="hint" id="import-activities-hint">{ IMPORT_HINT }</p>
            <input id="import-activities" type="file" multiple=true accept={IMPORT_ACCEPT}
                data-testid="import-activities" aria-describedby="import-activities-hint" {onchange} />
            <p role="status">{ (*status).clone() }</p>
        </div>
    }
}
