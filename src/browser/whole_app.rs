//! The hand-over from the first screen's small app to the whole app (history, the plan, the
//! guide, the coach), which a runner downloads only when first opening one of those pages
//! or saving a check.
//! index.html's loader fetches and compiles the whole app's wasm without starting it; only
//! once that worked does the small app leave, behind a still copy of its last screen that
//! the whole app takes over from as it does from the pre-rendered first screen. Nothing is
//! lost if the download fails: the small app is still there to say so.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

use super::prerender;
use crate::handover::Handover;

/// The attribute of the app's root the form crosses in.
const HANDOVER_ATTRIBUTE: &str = "data-handover";
/// index.html's function that fetches and compiles the whole app; see its comment.
const LOADER: &str = "loadWholeApp";

thread_local! {
    static LEAVE: RefCell<Option<Box<dyn FnOnce()>>> = const { RefCell::new(None) };
    /// The note of a save the runner asked for, waiting for the whole app: whichever page
    /// hands over first takes it along.
    static SAVE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// How the small app leaves the page when the whole one is ready to start.
pub fn on_hand_over(leave: impl FnOnce() + 'static) {
    LEAVE.with(|slot| *slot.borrow_mut() = Some(Box::new(leave)));
}

/// Asks the whole app to save the check, with this note, as it arrives.
pub fn save_on_arrival(note: String) {
    SAVE.with(|slot| *slot.borrow_mut() = Some(note));
}

/// Takes back a save whose download failed: it is not made behind the runner's back later.
pub fn forget_save() {
    SAVE.with(|slot| slot.borrow_mut().take());
}

fn reason(error: JsValue) -> String {
    Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|message| message.as_string())
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "the download did not finish".to_string())
}

/// The path of child positions from `root` down to `node`.
fn path_from(root: &Element, node: &web_sys::Node) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut current = node.clone();
    while !root.is_same_node(Some(&current)) {
        let parent = current.parent_node()?;
        let siblings = parent.child_nodes();
        let index = (0..siblings.length()).find(|index| {
            siblings
                .item(*index)
                .is_some_and(|n| n.is_same_node(Some(&current)))
        })?;
        path.push(index);
        current = parent;
    }
    path.reverse();
    Some(path)
}

fn node_at(root: &web_sys::Node, path: &[u32]) -> Option<web_sys::Node> {
    path.iter()
        .try_fold(root.clone(), |node, index| node.child_nodes().item(*index))
}

/// A still copy of what the small app shows, where the pre-rendered first screen would be,
/// holding keyboard focus where the small app had it, so the whole app can give it back.
fn leave_a_copy(document: &web_sys::Document, root: &Element) {
    let Ok(copy) = root.clone_node_with_deep(true) else {
        return;
    };
    let Ok(copy) = copy.dyn_into::<Element>() else {
        return;
    };
    copy.set_id(prerender::COPY_ID);
    copy.set_class_name(prerender::HANDING_OVER);
    let _ = copy.remove_attribute(HANDOVER_ATTRIBUTE);
    let _ = root.before_with_node_1(&copy);
    let focused = document
        .active_element()
        .filter(|element| root.contains(Some(element)))
        .and_then(|element| path_from(root, &element));
    if let Some(twin) = focused.and_then(|path| node_at(&copy, &path)) {
        if let Ok(twin) = twin.dyn_into::<web_sys::HtmlElement>() {
            let _ = twin.focus();
        }
    }
}

/// Downloads the whole app and hands it the page and the form as `handover` gives it then,
/// with any save asked for; `None` from it means the runner has moved on, and the small app
/// stays. Does nothing once another call has handed over. An error says why the download
/// failed, with the small app still running.
/// Takes its `handover` boxed: one copy of this download for every control that asks for it.
pub async fn open(handover: Box<dyn FnOnce() -> Option<Handover>>) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let loader: Function = Reflect::get(&window, &LOADER.into())
        .ok()
        .and_then(|loader| loader.dyn_into().ok())
        .ok_or("this page was built without the rest of the app")?;
    let compiling: Promise = loader
        .call0(&JsValue::NULL)
        .map_err(reason)?
        .dyn_into()
        .map_err(reason)?;
    let start: Function = JsFuture::from(compiling)
        .await
        .map_err(reason)?
        .dyn_into()
        .map_err(reason)?;
    let root = prerender::app_root().ok_or("the page has no place for the app")?;
    let document = window.document().ok_or("no document")?;
    let Some(leave) = LEAVE.with(|slot| slot.borrow_mut().take()) else {
        return Ok(());
    };
    let Some(mut handover) = handover() else {
        on_hand_over(leave);
        return Ok(());
    };
    if let Some(note) = SAVE.with(|slot| slot.borrow_mut().take()) {
        handover.save = true;
        handover.note = note;
    }
    leave_a_copy(&document, &root);
    let _ = root.set_attribute(HANDOVER_ATTRIBUTE, &handover.to_text());
    leave();
    super::viewport::next_task().await;
    let _ = start.call0(&JsValue::NULL);
    Ok(())
}

/// What the small app handed over, taken from the page; `None` when this app started the
/// page itself.
pub fn take_handover() -> Option<Rc<Handover>> {
    let root = prerender::app_root()?;
    let text = root.get_attribute(HANDOVER_ATTRIBUTE)?;
    let _ = root.remove_attribute(HANDOVER_ATTRIBUTE);
    Handover::parse(&text).map(Rc::new)
}
