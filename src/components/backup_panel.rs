use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::{clock, download};
use crate::history::backup::{export_csv, export_json, parse_backup, ImportPreview};
use crate::state::{use_history, SymptomsHandle};

#[derive(Properties, PartialEq)]
pub struct BackupPanelProps {
    /// The page's symptom log: exported with the checks, and what an import adds to.
    pub symptoms: SymptomsHandle,
}

/// Export everything (JSON to re-import, CSV for a spreadsheet or a physio), and import a
/// backup after seeing what it holds. A failed import changes nothing.
#[component]
pub fn BackupPanel(props: &BackupPanelProps) -> Html {
    let history = use_history();
    let symptoms = props.symptoms.clone();
    let preview = use_state(|| None::<ImportPreview>);
    let message = use_state(|| None::<String>);
    let file_input = use_node_ref();

    let export = |json: bool| {
        let history = history.clone();
        let symptoms = symptoms.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let stamp = clock::now_iso();
            let day = stamp.get(..10).unwrap_or("backup").to_string();
            let done = if json {
                download::download(
                    &format!("knee-check-{day}.json"),
                    "application/json",
                    &export_json(&history.entries, &symptoms.log.entries, &stamp),
                )
            } else {
                download::download(
                    &format!("knee-check-{day}.csv"),
                    "text/csv",
                    &export_csv(&history.entries),
                )
            };
            if !done {
                message.set(Some("The browser would not save the file.".into()));
            }
        })
    };
    let onfile = {
        let preview = preview.clone();
        let message = message.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            let preview = preview.clone();
            let message = message.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match download::read_text(file)
                    .await
                    .map(|text| parse_backup(&text, &clock::today()))
                {
                    Some(Ok(found)) => {
                        message.set(None);
                        preview.set(Some(found));
                    }
                    Some(Err(error)) => {
                        preview.set(None);
                        message.set(Some(error.message()));
                    }
                    None => message.set(Some(
                        "The file could not be read. Nothing was changed.".into(),
                    )),
                }
            });
        })
    };
    let counted = |found: &ImportPreview| {
        crate::history::entries::merge(history.entries.clone(), &found.entries).1
    };
    let onconfirm = {
        let history = history.clone();
        let symptoms = symptoms.clone();
        let preview = preview.clone();
        let message = message.clone();
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(found) = &*preview {
                history.import(&found.entries, &found.symptoms);
                symptoms.reload();
            }
            preview.set(None);
            message.set(None);
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.set_value("");
            }
        })
    };
    let oncancel = {
        let preview = preview.clone();
        let message = message.clone();
        let file_input = file_input.clone();
        Callback::from(move |_| {
            preview.set(None);
            message.set(Some("Import cancelled. Nothing was changed.".into()));
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.set_value("");
            }
        })
    };
    html! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{ "Back up or move your history" }</h2>
            <p>{ "Your history lives only in this browser. Export it to keep a copy, to move it to another device, or to give a physio a spreadsheet." }</p>
            <div class="share-row">
                <button type="button" data-testid="export-json" onclick={export(true)}>{ "Export backup (JSON)" }</button>
                <button type="button" class="secondary-button" data-testid="export-csv" onclick={export(false)}>{ "Export spreadsheet (CSV)" }</button>
            </div>
            <div class="field">
                <label for="import-file">{ "Import a backup (JSON)" }</label>
                <input id="import-file" data-testid="import-file" type="file" accept=".json,application/json"
                    ref={file_input} onchange={onfile} />
            </div>
            if let Some(found) = &*preview {
                <div class="import-preview" data-testid="import-preview" role="status">
                    <p>
                        { format!("This backup holds {} check{}: {} new, {} already in your history.",
                            found.entries.len(), if found.entries.len() == 1 { "" } else { "s" },
                            counted(found).added, counted(found).already_there) }
                        if found.unreadable > 0 {
                            { format!(" {} could not be read and will be left out.", found.unreadable) }
                        }
                    </p>
                    if !found.symptoms.is_empty() || found.symptoms_refused > 0 {
                        <p data-testid="import-symptoms">
                            { format!("It also holds {} symptom log entr{}; any not already here are added.",
                                found.symptoms.len(), if found.symptoms.len() == 1 { "y" } else { "ies" }) }
                            if found.symptoms_refused > 0 {
                                { format!(" {} will be left out: unreadable, a score outside 0 to 10, or a date that does not exist or is still to come.", found.symptoms_refused) }
                            }
                        </p>
                    }
                    if !found.refused.is_empty() {
                        <div data-testid="import-refused">
                            <p>{ format!("{} will be left out: {} values no check accepts.",
                                found.refused.len(), if found.refused.len() == 1 { "it holds" } else { "they hold" }) }</p>
                            <ul>
                                { for found.refused.iter().map(|refused| html! {
                                    <li>{ format!("The check of {}: {}.", refused.saved_at, refused.problems.join("; ")) }</li>
                                }) }
                            </ul>
                        </div>
                    }
                    <div class="share-row">
                        <button type="button" data-testid="import-confirm" onclick={onconfirm}>{ "Add what is new" }</button>
                        <button type="button" class="secondary-button" onclick={oncancel}>{ "Cancel" }</button>
                    </div>
                </div>
            }
            if let Some(text) = &*message {
                <p class="error" role="alert" data-testid="import-message">{ text.clone() }</p>
            }
        </section>
    }
}
