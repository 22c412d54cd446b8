//! The check form, shared by every view so that moving between them never loses what was
//! typed, and filled from a check link whenever the fragment carries a new one.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{draft, location, preferences};
use crate::check_form::{CheckAction, CheckForm};
use crate::handover::Handover;
use crate::link;
use crate::state::route::use_place;

#[derive(PartialEq)]
struct Reduced(CheckForm);

impl Reducible for Reduced {
    type Action = CheckAction;

    fn reduce(self: Rc<Self>, action: CheckAction) -> Rc<Self> {
        Rc::new(Reduced(self.0.clone().reduce(action)))
    }
}

/// The check form and the one way to change it.
#[derive(Clone)]
pub struct CheckHandle {
    state: UseReducerHandle<Reduced>,
    /// The form was brought back from the unsaved draft of an earlier visit.
    pub restored_draft: bool,
}

impl PartialEq for CheckHandle {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state && self.restored_draft == other.restored_draft
    }
}

impl Deref for CheckHandle {
    type Target = CheckForm;

    fn deref(&self) -> &CheckForm {
        &self.state.0
    }
}

impl CheckHandle {
    pub fn dispatch(&self, action: CheckAction) {
        self.state.dispatch(action);
    }
}

/// The check form. Panics when no `CheckProvider` is above: a wiring mistake that a test
/// must catch loudly, not a blank section.
#[hook]
pub fn use_check() -> CheckHandle {
    use_context::<CheckHandle>().expect("use_check() needs a <CheckProvider> above it")
}

/// Fills the form from a check link whenever the fragment carries a new one, and says so
/// when the page was opened at an address it could not read. The link the page opened at is
/// skipped when the form has already read it, or is newer than it: the kept draft after a
/// reload into a new version, or the form the check handed over.
#[hook]
fn use_check_links(form: CheckHandle, address_read: bool) {
    let place = use_place();
    let last_query = use_mut_ref(|| {
        let fragment = location::fragment();
        match link::check_query(&fragment) {
            Some(query) if address_read => query.to_string(),
            _ => String::new(),
        }
    });
    use_effect_with((place.fragment, place.unread), move |(_, unread)| {
        match unread.clone() {
            Some(location::UnreadFragment::Unknown(original)) => {
                form.dispatch(CheckAction::UnknownAddress(original));
            }
            Some(location::UnreadFragment::TooLong(length)) => {
                form.dispatch(CheckAction::LoadLink(Box::new(link::refused_as_too_long(
                    length,
                ))));
            }
            None => {}
        }
        let fragment = location::fragment();
        if let Some(query) = link::check_query(&fragment) {
            if !query.is_empty() && *last_query.borrow() != query {
                *last_query.borrow_mut() = query.to_string();
                form.dispatch(CheckAction::OfferLink(Box::new(link::decode(query))));
            }
        }
    });
}

#[derive(Properties, PartialEq)]
pub struct CheckProviderProps {
    pub children: Html,
    /// What the check handed over, when the whole app took the page from it.
    #[prop_or_default]
    pub handed_over: Option<Rc<Handover>>,
}

/// Holds the check form for everything inside it; must sit inside the `RouteProvider`.
#[component]
pub fn CheckProvider(props: &CheckProviderProps) -> Html {
    // The form the check handed over, when this, the whole app, took the page from it; else
    // the unsaved draft of an earlier visit. A link the draft was not filled from waits
    // for the runner to choose (`CheckAction::OfferLink`), so it never replaces the draft
    // unasked.
    let handed_over = &props.handed_over;
    // Read once: the draft, and whether the address is the one it was filled from (the bare
    // address, another page, or a reload of its link), so no link waits.
    let read = use_memo((), |_| {
        let draft = draft::read_draft();
        let address = location::fragment();
        let address_is_the_drafts = draft.as_ref().is_some_and(|draft| {
            link::check_query(&address).is_none_or(|query| query == draft.from_link)
        });
        (draft, address_is_the_drafts)
    });
    let address_is_the_drafts = read.1;
    let state = {
        let read = read.clone();
        let handed_over = handed_over.clone();
        use_reducer(move || {
            let empty =
                CheckForm::with_units(preferences::load_units(), preferences::load_weight_units());
            Reduced(match (handed_over, read.0.as_ref()) {
                (Some(handover), _) => Handover::clone(&handover).into_form(empty),
                (None, Some(draft)) => {
                    let mut form = empty.reduce(CheckAction::LoadSaved(Box::new(
                        link::decode(&draft.query).assessment,
                    )));
                    form.note = draft.note.clone();
                    form.edited = true;
                    form
                }
                // Filled before its first render, not by an effect after it: the live page
                // replaces the pre-rendered copy as soon as it shows a form, and an empty
                // one would flash where the coach's answers belong.
                (None, None) => match link::check_query(&location::fragment()) {
                    Some(query) if !query.is_empty() => {
                        empty.reduce(CheckAction::OfferLink(Box::new(link::decode(query))))
                    }
                    _ => empty,
                },
            })
        })
    };
    let restored_draft = match handed_over {
        Some(handover) => handover.restored_draft,
        None => read.0.is_some(),
    };
    let handle = CheckHandle {
        state,
        restored_draft,
    };
    use_check_links(
        handle.clone(),
        address_is_the_drafts || handed_over.is_some() || read.0.is_none(),
    );
    // Kept on every change the runner makes; a form only filled from a link or reopened
    // from history is not a draft, and leaves any kept one as it was. The first form is
    // kept already: the draft itself, or the form the check handed over, as the check kept
    // it (the whole app may be saving it this very moment).
    let first = use_mut_ref(|| true);
    use_effect_with((handle.assessment.clone(), handle.note.clone()), {
        let handle = handle.clone();
        move |_| {
            if first.replace(false) {
                return;
            }
            if handle.is_empty() && handle.note.trim().is_empty() {
                draft::discard();
            } else if handle.edited {
                let address = location::fragment();
                let from_link = link::check_query(&address).unwrap_or_default();
                draft::keep(from_link, &link::encode(&handle.assessment), &handle.note);
            }
        }
    });
    html! {
        <ContextProvider<CheckHandle> context={handle}>
            { props.children.clone() }
        </ContextProvider<CheckHandle>>
    }
}
