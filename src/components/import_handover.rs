//! The check's "Fill from my watch" before the rest of the app has come: the file input only.
//! The readers come with the whole app (`ActivityImport`), so the first load carries none of
//! them; the picked files wait on the page while it downloads and takes over.

use yew::prelude::*;

use crate::browser::activity_files;
use crate::state::handover::FormHandover;

/// The import's words and file types, the same before and after the hand-over.
pub const IMPORT_LABEL: &str = "Fill from my watch";
pub const IMPORT_HINT: &str =
    "FIT, GPX or TCX files, or a Strava or Garmin export. Read here, never uploaded.";
/// The types the picker offers (any file may still be dropped).
pub const IMPORT_ACCEPT: &str = ".fit,.gz,.gpx,.tcx,.csv,.zip";

const OPENING: &str = "Opening the file reader…";

/// The file input of the check alone: the picked files wait on the page and the whole app
/// is asked for; `status` says it is coming, or why it did not. Drawn by the check's form
/// (which holds `wanted` and `status`), so the check carries no component of its own for it.
pub fn import_handover(wanted: &FormHandover, status: &UseStateHandle<Option<String>>) -> Html {
    let onchange = {
        let (wanted, status) = (wanted.clone(), status.clone());
        Callback::from(move |event: Event| {
            if !activity_files::hold_for_whole_app(&event.target_unchecked_into()) {
                return;
            }
            status.set(Some(OPENING.to_string()));
            let status = status.clone();
            wanted.open_whole_app(
                |handover| handover,
                Callback::from(move |reason| {
                    activity_files::let_go_of_held();
                    status.set(Some(format!("The file reader did not download. Check your connection and pick the files again. ({reason})")));
                }),
            );
        })
    };
    html! {
        <div class="field activity-import">
            <label for="import-activities">{ IMPORT_LABEL }</label>
            <p class="hint" id="import-activities-hint">{ IMPORT_HINT }</p>
            <input id="import-activities" type="file" multiple=true accept={IMPORT_ACCEPT}
                data-testid="import-activities" aria-describedby="import-activities-hint" {onchange} />
            <p role="status">{ (**status).clone().unwrap_or_default() }</p>
        </div>
    }
}
