//! The symptom log for the views that show it (the plan and the history's trend): read
//! from storage when first used and after every change here or in another tab.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{clock, history_store, symptom_store};
use crate::history::entries::KeptFields;
use crate::history::store::StorageError;
use crate::history::symptom_store::SymptomLog;
use crate::history::symptoms::SymptomEntry;

/// One run's scores, 0 to 10, as the runner chose them.
pub struct Scores {
    pub during: u8,
    pub morning: u8,
    pub stairs: u8,
    pub squatting: u8,
    pub sitting: u8,
}

/// The log, what went wrong with storage if anything, and the changes a runner can make.
#[derive(Clone, PartialEq)]
pub struct SymptomsHandle {
    pub log: Rc<SymptomLog>,
    pub problem: Option<AttrValue>,
    state: UseStateHandle<(Rc<SymptomLog>, Option<AttrValue>)>,
}

fn described(error: &StorageError) -> AttrValue {
    match error {
        StorageError::Unavailable => {
            "This browser is not letting the app keep data, so the log cannot be saved here.".into()
        }
        StorageError::Full => {
            "Storage is full: the entry was not saved. Nothing saved before is lost.".into()
        }
        StorageError::Failed(why) => format!("The entry was not saved: {why}.").into(),
    }
}

impl SymptomsHandle {
    fn show(&self, result: Result<SymptomLog, StorageError>) {
        match result {
            Ok(log) => self.state.set((Rc::new(log), None)),
            Err(error) => self
                .state
                .set((self.state.0.clone(), Some(described(&error)))),
        }
    }

    /// Saves today's entry; on failure the log is unchanged and says why.
    pub fn log_run(&self, scores: Scores) {
        self.show(symptom_store::add(&SymptomEntry {
            id: clock::unique_id(),
            date: clock::today(),
            during: scores.during,
            morning: scores.morning,
            stairs: scores.stairs,
            squatting: scores.squatting,
            sitting: scores.sitting,
            kept: KeptFields::new(),
        }));
    }

    /// Reads the log again, after a backup's import stored entries in it.
    pub fn reload(&self) {
        self.show(symptom_store::load());
    }

    pub fn delete(&self, id: &str) {
        self.show(symptom_store::delete(id));
    }
}

#[hook]
pub fn use_symptoms() -> SymptomsHandle {
    let state = use_state(|| match symptom_store::load() {
        Ok(log) => (Rc::new(log), None),
        Err(error) => (Rc::new(SymptomLog::default()), Some(described(&error))),
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let listener = history_store::on_external_change(move || {
                if let Ok(log) = symptom_store::load() {
                    state.set((Rc::new(log), None));
                }
            });
            move || drop(listener)
        });
    }
    SymptomsHandle {
        log: state.0.clone(),
        problem: state.1.clone(),
        state,
    }
}
