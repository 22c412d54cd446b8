//! The check form as it stands, for a hand-over to the whole app that happens once its
//! download is done (`browser::whole_app::open`), so answers typed meanwhile cross too.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::handover::Handover;
use crate::state::use_check;

/// The hand-over as the form stands at this render, shared with the download that will
/// take it. Emptied when the component leaves the page, so the whole app never starts for
/// a view the runner has left, unless `stands_after_leaving` (a save the runner asked for
/// holds even when they move to another page meanwhile).
#[hook]
pub fn use_form_handover(stands_after_leaving: bool) -> Rc<RefCell<Option<Handover>>> {
    let form = use_check();
    let wanted: Rc<RefCell<Option<Handover>>> = use_mut_ref(|| None);
    *wanted.borrow_mut() = Some(Handover::of(&form, form.restored_draft));
    {
        let wanted = wanted.clone();
        use_effect_with((), move |_| {
            move || {
                if !stands_after_leaving {
                    wanted.borrow_mut().take();
                }
            }
        });
    }
    wanted
}
