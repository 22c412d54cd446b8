//! The static first screen that `scripts/prerender.mjs` puts in index.html so the page paints
//! before the wasm arrives. The live app renders after it, hidden by the stylesheet while the
//! copy is there; once the live page has what the copy shows, the copy goes in the same
//! frame, and whatever the runner typed or ticked in it meanwhile is given to the live form,
//! as if typed there.

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventInit, HtmlInputElement, HtmlSelectElement};

pub const COPY_ID: &str = "prerendered";
/// The class of a copy the small app leaves when it hands over to the whole app
/// (`whole_app`): like a copy for a route other than the check, it waits only for a heading.
pub const HANDING_OVER: &str = "handing-over";
const APP_ROOT_ID: &str = "app";

/// The element index.html gives the app to render into.
pub fn app_root() -> Option<Element> {
    web_sys::window()?
        .document()?
        .get_element_by_id(APP_ROOT_ID)
}

/// About ten seconds of frames; a live page still not there by then is shown as it is.
const FRAMES_TO_WAIT: u32 = 600;

/// What a control of the copy holds that its page did not start with.
enum Typed {
    Text(String, String),
    Ticked(String, bool),
}

impl Typed {
    fn id(&self) -> &str {
        match self {
            Typed::Text(id, _) | Typed::Ticked(id, _) => id,
        }
    }
}

fn changed_controls(copy: &Element) -> Vec<Typed> {
    let Ok(controls) = copy.query_selector_all("input[id], select[id]") else {
        return Vec::new();
    };
    let mut typed = Vec::new();
    for index in 0..controls.length() {
        let Some(node) = controls.item(index) else {
            continue;
        };
        if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            let kind = input.type_();
            if kind == "checkbox" || kind == "radio" {
                if input.checked() != input.default_checked() {
                    typed.push(Typed::Ticked(input.id(), input.checked()));
                }
            } else if input.value() != input.default_value() {
                typed.push(Typed::Text(input.id(), input.value()));
            }
        } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
            let started = select
                .query_selector("option[selected]")
                .ok()
                .flatten()
                .and_then(|option| option.get_attribute("value"))
                .unwrap_or_default();
            if select.value() != started {
                typed.push(Typed::Text(select.id(), select.value()));
            }
        }
    }
    typed
}

/// Fires the events a person's typing would, so the live form's own handlers take it.
fn announce(element: &Element) {
    let init = EventInit::new();
    init.set_bubbles(true);
    for name in ["input", "change"] {
        if let Ok(event) = Event::new_with_event_init_dict(name, &init) {
            let _ = element.dispatch_event(&event);
        }
    }
}

fn replay(document: &Document, typed: Typed) {
    let Some(live) = document.get_element_by_id(typed.id()) else {
        return;
    };
    match typed {
        Typed::Text(_, value) => {
            if let Some(input) = live.dyn_ref::<HtmlInputElement>() {
                input.set_value(&value);
            } else if let Some(select) = live.dyn_ref::<HtmlSelectElement>() {
                select.set_value(&value);
            }
        }
        Typed::Ticked(_, checked) => {
            if let Some(input) = live.dyn_ref::<HtmlInputElement>() {
                input.set_checked(checked);
            }
        }
    }
    announce(&live);
}

/// The live element with this id, outside the copy.
fn live(document: &Document, copy: &Element, id: &str) -> Option<Element> {
    let found = document.query_selector_all(&format!("[id='{id}']")).ok()?;
    (0..found.length())
        .filter_map(|index| found.item(index)?.dyn_into::<Element>().ok())
        .find(|element| !copy.contains(Some(element)))
}

/// Whether the live page shows what the copy does: its heading and, for the check, its form.
/// Not each control of the copy: the live form asks only what its answers call for (no
/// muscle groups without strength sessions), so a control of the copy may rightly be
/// missing, and waiting for it would leave a check link hidden behind the copy.
fn live_page_ready(document: &Document, copy: &Element) -> bool {
    let Some(main) = live(document, copy, "main") else {
        return false;
    };
    let shows = |selector: &str| main.query_selector(selector).ok().flatten().is_some();
    if copy.class_name() == "for-other-route" || copy.class_name() == HANDING_OVER {
        return shows("h1");
    }
    shows("h1") && shows("form.check-form")
}

/// The copy's focused element, as the live page can find it again: by its id, or for a
/// link without one (the navigation's), by where it goes.
fn focused_in(document: &Document, copy: &Element) -> Option<String> {
    let focused = document
        .active_element()
        .filter(|element| copy.contains(Some(element)))?;
    if !focused.id().is_empty() {
        return Some(format!("[id='{}']", focused.id()));
    }
    let href = focused.get_attribute("href")?;
    Some(format!("a[href='{href}']"))
}

/// Swaps the copy for the live page: removes it, replays what was typed in it, and moves
/// keyboard focus to the same control of the live page. The check's still copy, as it hands
/// over, holds nothing to replay: its form crossed whole with the hand-over.
fn swap(document: &Document, copy: &Element) {
    let focused = focused_in(document, copy);
    let typed = if copy.class_name() == HANDING_OVER {
        Vec::new()
    } else {
        changed_controls(copy)
    };
    copy.remove();
    for control in typed {
        replay(document, control);
    }
    if let Some(selector) = focused {
        if let Some(live) = document
            .query_selector(&selector)
            .ok()
            .flatten()
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = live.focus();
        }
    }
}

fn try_in_frame(frames_left: u32) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let Some(copy) = document.get_element_by_id(COPY_ID) else {
        return;
    };
    if frames_left == 0 || live_page_ready(&document, &copy) {
        swap(&document, &copy);
        return;
    }
    let next = Closure::once_into_js(move || try_in_frame(frames_left - 1));
    let _ = window.request_animation_frame(next.unchecked_ref());
}

/// Hands over from the static copy once the live page has rendered: checked now and then
/// just before each frame paints, so no frame shows both or neither.
pub fn take_over() {
    try_in_frame(FRAMES_TO_WAIT);
}
