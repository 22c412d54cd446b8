//! Saved checks, shared by the check (saving) and history views: what storage holds, what
//! went wrong with it, and the runner's last action. Handle methods call the storage edge
//! and turn what it did into words for the runner. Only the whole app keeps the history:
//! the check alone, a runner's first download, has no `HistoryProvider` and hands the page
//! over to the whole app to save (`components::save_controls`).

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{clock, draft, history_store, location, storage, symptom_store};
use crate::check_form::CheckAction;
use crate::handover::Handover;
use crate::history::entries::MergeCount;
use crate::history::state::{memory_only_notice, HistoryAction, HistoryState, Persistence};
use crate::history::store::{ChangeError, Snapshot, StorageError};
use crate::history::symptom_store::SymptomLog;
use crate::history::symptoms::SymptomEntry;
use crate::history::{entries, SavedAssessment};
use crate::model::score::score_only;
use crate::model::{Assessment, MODEL_VERSION};
use crate::route::Route;
use crate::state::{use_check, use_route};

#[derive(PartialEq)]
struct Reduced(HistoryState);

impl Reducible for Reduced {
    type Action = HistoryAction;

    fn reduce(self: Rc<Self>, action: HistoryAction) -> Rc<Self> {
        Rc::new(Reduced(self.0.clone().reduce(action)))
    }
}

const IMPORT_FULL_NOTICE: &str = "Not imported: the backup does not fit in this browser's storage. Nothing of it was added, and your history is exactly as it was. Delete old checks to make room, then import again.";
const FULL_NOTICE: &str = "Not saved: this browser's storage is full. Everything saved before is safe and still shown. Export a backup, then delete old checks to make room.";

fn newer_notice(version: u64) -> String {
    format!("Your history was written by a newer version of this app (format {version}). It is shown as far as this version can read it and left untouched; reload to get the newer app before saving.")
}

/// Unreadable checks or symptom entries, copied aside (the first key named) or left in place.
fn set_aside_notice(snapshot: &Snapshot, log: &SymptomLog) -> Option<String> {
    if let Some(key) = snapshot.set_aside.iter().chain(&log.set_aside).next() {
        return Some(format!("Part of your saved history could not be read (a damaged check, or a symptom entry with a score past 10 or a date that does not exist or is still to come). Nothing was deleted: the unreadable text is kept aside in this browser under \"{key}\", and everything readable is shown."));
    }
    (snapshot.left_unreadable + log.left_unreadable > 0).then(|| "Part of your saved history could not be read, and storage is too full to keep a copy aside, so it is left exactly as it was. Everything readable is shown; export a backup.".to_string())
}

/// What loading the stored history means for the app. When storage cannot be reached, the
/// checks this tab keeps in memory stay (`HistoryState::reduce`). The symptom log is read
/// too, so that an entry it sets aside raises the same notice as a damaged check.
fn loaded(result: Result<Snapshot, StorageError>) -> HistoryAction {
    let log = symptom_store::load().unwrap_or_default();
    match result {
        Ok(snapshot) => match snapshot.newer_version {
            Some(version) => HistoryAction::Loaded {
                entries: snapshot.entries,
                persistence: Persistence::ReadOnly(version),
                notice: Some(newer_notice(version)),
            },
            None => HistoryAction::Loaded {
                notice: match snapshot.unmoved {
                    Some(StorageError::Full) => Some(FULL_NOTICE.to_string()),
                    _ => set_aside_notice(&snapshot, &log),
                },
                entries: snapshot.entries,
                persistence: Persistence::Stored,
            },
        },
        Err(_) => HistoryAction::Loaded {
            entries: Vec::new(),
            persistence: Persistence::MemoryOnly,
            notice: Some(memory_only_notice(location::embedded())),
        },
    }
}

/// What a refused change means for the runner; a full store also raises the notice.
fn refused(error: ChangeError) -> HistoryAction {
    match error {
        ChangeError::Newer(version) => {
            HistoryAction::Failed(format!("Not saved. {}", newer_notice(version)))
        }
        ChangeError::Storage(StorageError::Full) => HistoryAction::Full(FULL_NOTICE.to_string()),
        ChangeError::Storage(StorageError::Failed(reason)) => HistoryAction::Failed(format!(
            "Not saved: the browser refused ({reason}). Everything saved before is still there."
        )),
        ChangeError::Storage(StorageError::Unavailable) => {
            HistoryAction::Failed(memory_only_notice(location::embedded()))
        }
    }
}

fn kept_in_memory(entries: Vec<SavedAssessment>, status: &str) -> HistoryAction {
    HistoryAction::KeptInMemory {
        entries,
        status: format!("{status} Kept until you close this tab: saving is off in this browser."),
    }
}

fn import_status(count: &MergeCount) -> String {
    format!(
        "Imported {} new check{}; {} already in your history.",
        count.added,
        if count.added == 1 { "" } else { "s" },
        count.already_there
    )
}

/// Saved checks and the changes a runner makes to them.
#[derive(Clone)]
pub struct HistoryHandle {
    state: UseReducerHandle<Reduced>,
}

impl PartialEq for HistoryHandle {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
    }
}

impl Deref for HistoryHandle {
    type Target = HistoryState;

    fn deref(&self) -> &HistoryState {
        &self.state.0
    }
}

impl HistoryHandle {
    /// Saves a check (or puts back one just deleted); returns what to tell the runner.
    fn store(&self, entry: SavedAssessment, status: &str) -> String {
        let action = match history_store::save(&entry) {
            Ok(entries) => HistoryAction::Stored {
                entries,
                status: status.to_string(),
            },
            Err(ChangeError::Storage(StorageError::Unavailable)) => {
                kept_in_memory(entries::with_entry(self.entries.clone(), entry), status)
            }
            Err(error) => refused(error),
        };
        let message = match &action {
            HistoryAction::Stored { status, .. } | HistoryAction::KeptInMemory { status, .. } => {
                status.clone()
            }
            HistoryAction::Failed(message) | HistoryAction::Full(message) => message.clone(),
            _ => String::new(),
        };
        self.state.dispatch(action);
        message
    }

    /// Saves the check as it is now, stamped with the browser's clock, with the runner's
    /// note; returns what to tell the runner.
    pub fn save_check(&self, assessment: &Assessment, note: &str) -> String {
        let entry = SavedAssessment {
            id: clock::unique_id(),
            saved_at: clock::now_iso(),
            model_version: MODEL_VERSION.to_string(),
            score: score_only(assessment),
            note: note.trim().to_string(),
            assessment: assessment.clone(),
            assessment_kept: Default::default(),
            kept: Default::default(),
        };
        let message = self.store(entry, "Saved to your history.");
        if message.starts_with("Saved") {
            draft::discard();
        }
        message
    }

    pub fn restore(&self, entry: SavedAssessment) {
        self.store(entry, "Restored.");
    }

    pub fn delete(&self, entry: &SavedAssessment) {
        let removed = Box::new(entry.clone());
        let action = match history_store::delete(&entry.id) {
            Ok(entries) => HistoryAction::Deleted {
                entries,
                removed,
                in_memory: false,
            },
            Err(ChangeError::Storage(StorageError::Unavailable)) => HistoryAction::Deleted {
                entries: entries::without(self.entries.clone(), &entry.id),
                removed,
                in_memory: true,
            },
            Err(error) => refused(error),
        };
        self.state.dispatch(action);
    }

    /// Adds a backup's checks and symptom entries, all or nothing.
    pub fn import(&self, incoming: &[SavedAssessment], symptoms: &[SymptomEntry]) {
        let action = match history_store::import(incoming, symptoms) {
            Ok(restored) => HistoryAction::Stored {
                entries: restored.entries,
                status: import_status(&restored.count),
            },
            Err(ChangeError::Storage(StorageError::Unavailable)) => {
                let (entries, count) = entries::merge(self.entries.clone(), incoming);
                kept_in_memory(entries, &import_status(&count))
            }
            Err(ChangeError::Storage(StorageError::Full)) => {
                HistoryAction::Full(IMPORT_FULL_NOTICE.to_string())
            }
            Err(error) => refused(error),
        };
        self.state.dispatch(action);
    }

    /// Removes every saved check, backup set aside and preference of this app from this
    /// browser; returns what to tell the runner.
    pub fn delete_everything(&self) -> String {
        match storage::remove_all_of_ours() {
            Ok(_) => {
                self.state.dispatch(HistoryAction::Loaded {
                    entries: Vec::new(),
                    persistence: Persistence::Stored,
                    notice: None,
                });
                self.state.dispatch(HistoryAction::DismissNotice);
                "Done: nothing of Runner's Knee Check is left in this browser.".to_string()
            }
            Err(_) => "This browser would not let the app reach its storage, so nothing was stored here to delete. Closing this tab clears what was kept in memory.".to_string(),
        }
    }

    pub fn dismiss_notice(&self) {
        self.state.dispatch(HistoryAction::DismissNotice);
    }
}

/// Saved checks, on the pages only the whole app has. Panics when no `HistoryProvider` is
/// above: a wiring mistake that a test must catch loudly, not a blank section.
#[hook]
pub fn use_history() -> HistoryHandle {
    use_context::<HistoryHandle>().expect("use_history() needs a <HistoryProvider> above it")
}

/// Saves the check with the runner's note and says what came of it. A context of its own,
/// made only by the `HistoryProvider`, so the check alone, which shares the save controls
/// but has no provider, carries none of the storage code.
#[derive(Clone, PartialEq)]
pub struct SaveCheck {
    pub save: Callback<(Rc<Assessment>, String), String>,
    /// What came of the save the check asked for as it handed the check page to the whole
    /// app, until the save controls have taken it (`taken`): said once, beside the button.
    pub on_arrival: Option<ArrivedSave>,
    pub taken: Callback<()>,
}

/// A save handed over with the page: what came of it. A failed one leaves the runner's note
/// in the form, to save again.
#[derive(Clone, PartialEq)]
pub struct ArrivedSave {
    pub said: String,
}

#[derive(Properties, PartialEq)]
pub struct HistoryProviderProps {
    pub children: Html,
    /// What the check handed over, when the whole app took the page from it.
    #[prop_or_default]
    pub handed_over: Option<Rc<Handover>>,
}

/// Loads the history once, and again whenever another tab changes it; saves the check the
/// small app handed over with a request to save.
#[component]
pub fn HistoryProvider(props: &HistoryProviderProps) -> Html {
    let state =
        use_reducer(|| Reduced(HistoryState::default().reduce(loaded(history_store::load()))));
    let handle = HistoryHandle { state };
    let on_arrival = use_state(|| None::<ArrivedSave>);
    // Said beside the save button only when the whole app arrives on the check page; on
    // another page, History's own status line says it.
    let route = use_route();
    let on_check_page = matches!(route, Route::Check | Route::Home);
    {
        let handle = handle.clone();
        let on_arrival = on_arrival.clone();
        let handed_over = props.handed_over.clone();
        let check = use_check();
        use_effect_with((), move |_| {
            if let Some(handover) = handed_over {
                if handover.save {
                    let said = handle.save_check(&handover.assessment(), &handover.note);
                    if said.starts_with("Saved") {
                        check.dispatch(CheckAction::Saved);
                    }
                    if on_check_page {
                        on_arrival.set(Some(ArrivedSave { said }));
                    }
                }
            }
            // Another tab's change means storage works here, so memory holds nothing.
            let state = handle.state;
            let listener = history_store::on_external_change(move || {
                state.dispatch(loaded(history_store::load()))
            });
            move || drop(listener)
        });
    }
    let save = SaveCheck {
        save: {
            let handle = handle.clone();
            Callback::from(move |(assessment, note): (Rc<Assessment>, String)| {
                handle.save_check(&assessment, &note)
            })
        },
        on_arrival: (*on_arrival).clone(),
        taken: Callback::from(move |_| on_arrival.set(None)),
    };
    html! {
        <ContextProvider<HistoryHandle> context={handle}>
        <ContextProvider<SaveCheck> context={save}>
            { props.children.clone() }
        </ContextProvider<SaveCheck>>
        </ContextProvider<HistoryHandle>>
    }
}
