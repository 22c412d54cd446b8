//! The screen: what kind it is, for choices CSS cannot make (such as which sections start
//! open), and moving the runner's attention without touching the fragment the router owns.

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether the screen is as wide as the two-column layout (the CSS uses the same width).
pub fn is_wide() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(min-width: 60rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// Space the page and a figure take around a chart, in CSS pixels.
const AROUND_A_CHART: f64 = 64.0;

/// The width a chart in a page's figure has on this screen, so it is laid out one unit a
/// pixel and its labels keep their size (640 pixels when the screen cannot be read).
pub fn chart_width() -> f64 {
    web_sys::window()
        .and_then(|window| window.inner_width().ok())
        .and_then(|width| width.as_f64())
        .map_or(640.0, |width| width - AROUND_A_CHART)
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

/// Resolves after the browser's current task: once Yew has drawn what the task changed,
/// or taken an app down.
pub async fn next_task() {
    let wait = Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(wait).await;
}

/// Moves keyboard focus to the element with this id once the page now opening is drawn.
pub fn focus_when_drawn(id: &'static str) {
    wasm_bindgen_futures::spawn_local(async move {
        next_task().await;
        focus(id);
    });
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
