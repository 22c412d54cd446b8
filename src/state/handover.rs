//! The check form as it stands, for a hand-over to the whole app that happens once its
//! download is done (`browser::whole_app::open`), so answers typed meanwhile cross too.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::whole_app;
use crate::handover::Handover;
use crate::state::{use_check, CheckHandle};

/// The form as it stands at the latest render, kept (not encoded) until a download ends.
#[derive(Clone)]
pub struct FormHandover(Rc<RefCell<Option<CheckHandle>>>);

impl FormHandover {
    /// The hand-over of the form as it stands now; `None` once taken, or once the view
    /// that wanted it has left the page.
    pub fn take(&self) -> Option<Handover> {
        let form = self.0.borrow_mut().take()?;
        Some(Handover::of(&form, form.restored_draft))
    }

    /// Downloads the whole app and hands it the form, changed by `ask` (what the runner asked
    /// the whole app for); `failed` hears why, should the download fail. One download task
    /// for every control that asks, so the check carries one copy of it.
    pub fn open_whole_app(&self, ask: fn(Handover) -> Handover, failed: Callback<String>) {
        let wanted = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let handover = Box::new(move || wanted.take().map(ask));
            if let Err(reason) = whole_app::open(handover).await {
                failed.emit(reason);
            }
        });
    }
}

/// The form for a later hand-over, shared with the download that will take it. Emptied
/// when the component leaves the page, so the whole app never starts for a view the runner
/// has left, unless `stands_after_leaving` (a save the runner asked for holds even when they
/// move to another page meanwhile).
#[hook]
pub fn use_form_handover(stands_after_leaving: bool) -> FormHandover {
    let form = use_check();
    let latest: Rc<RefCell<Option<CheckHandle>>> = use_mut_ref(|| None);
    *latest.borrow_mut() = Some(form);
    {
        let latest = latest.clone();
        use_effect_with((), move |_| {
            move || {
                if !stands_after_leaving {
                    latest.borrow_mut().take();
                }
            }
        });
    }
    FormHandover(latest)
}
