//! The screen: what kind it is, for choices CSS cannot make (such as which sections start
//! open), and moving the runner's attention without touching the fragment the router owns.

use wasm_bindgen::JsCast;

/// Whether the screen is as wide as the two-column layout (the CSS uses the same width).
pub fn is_wide() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(min-width: 60rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}

fn element(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves keyboard focus to the element with this id.
pub fn focus(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.focus();
    }
}

/// Scrolls the element with this id into view.
pub fn scroll_to(id: &str) {
    if let Some(element) = element(id) {
        element.scroll_into_view();
    }
}

/// Scrolls back to the top of the page, as a new page would open.
pub fn to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// The in-app fragment (`#/...`) of the link a click landed on, if it landed on one; for
/// links inside text the app did not render itself, such as the guide's.
pub fn clicked_app_link(event: &web_sys::MouseEvent) -> Option<String> {
    let target = event.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??;
    let href = link.get_attribute("href")?;
    href.starts_with("#/").then_some(href)
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Frames to wait for an element to be laid out: about a second.
const FRAMES_TO_LAY_OUT: u32 = 60;

/// Scrolls a sideways-scrolling element to its end, where the newest of a chart is. A page
/// rendered behind a still copy (a pre-rendered screen, or the check's hand-over to the
/// whole app) has no layout yet: then it waits for the frame the copy goes in.
pub fn scroll_to_end(id: &str) {
    scroll_to_end_within(id.to_string(), FRAMES_TO_LAY_OUT);
}

fn scroll_to_end_within(id: String, frames_left: u32) {
    let Some(element) = element(&id) else {
        return;
    };
    if element.client_width() > 0 || frames_left == 0 {
        element.set_scroll_left(element.scroll_width());
        return;
    }
    if let Some(window) = web_sys::window() {
        let next = wasm_bindgen::closure::Closure::once_into_js(move || {
            scroll_to_end_within(id, frames_left - 1)
        });
        let _ = window.request_animation_frame(next.unchecked_ref());
    }
}
