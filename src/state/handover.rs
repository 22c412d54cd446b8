//! The check form as it stands, for a hand-over to the whole app that happens once its
//! download is done (`browser::whole_app::open`), so answers typed meanwhile cross too.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

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
