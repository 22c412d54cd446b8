//! Browser tests: the app mounted in headless Chromium, driven like a person would, with
//! assertions on what the page shows.
#![cfg(target_arch = "wasm32")]

use knee_check::app::{App, AppProps, Program};
use knee_check::model::score::whole_score_of_rate;
use knee_check::model::weights::WEIGHTS;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// Mounts the whole app at `fragment` into a fresh element and lets it settle.
async fn mount_at(fragment: &str) -> Element {
    mount_program_at(Program::WHOLE, fragment).await
}

/// Mounts one of the two programs at `fragment` into a fresh element and lets it settle.
async fn mount_program_at(program: Program, fragment: &str) -> Element {
    let window = web_sys::window().expect("a window");
    window.location().set_hash(fragment).expect("hash set");
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .map(|s| s.clear());
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            program,
            handed_over: None,
        },
    )
    .render();
    settle().await;
    root
}

async fn settle() {
    for _ in 0..3 {
        yew::scheduler::flush().await;
    }
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

async fn type_into(root: &Element, selector: &str, value: &str) {
    let input: HtmlInputElement = find(root, selector).dyn_into().expect("an input");
    input.set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an event");
    input.dispatch_event(&event).expect("dispatched");
    settle().await;
}

async fn click(root: &Element, selector: &str) {
    let element: HtmlElement = find(root, selector).dyn_into().expect("an element");
    element.click();
    settle().await;
}

/// The whole score of a runner whose one answered factor has this rate ratio.
fn expected_score(rate: f64) -> u32 {
    u32::from(whole_score_of_rate(rate))
}

fn score(root: &Element) -> u32 {
    text(root, "[data-testid=risk-score]")
        .parse()
        .expect("the score is a whole number")
}

#[wasm_bindgen_test]
async fn the_app_opens_on_the_check_and_navigates() {
    let root = mount_at("#/check").await;
    assert_eq!(text(&root, "main h1"), "Check what is loading your knees");
    assert!(text(&root, "footer").contains("not a diagnosis"));
    click(&root, "nav[aria-label=Main] a[href='#/learn']").await;
    assert_eq!(text(&root, "main h1"), "Runner's knee, explained");
    click(&root, "nav[aria-label=Main] a[href='#/plan']").await;
    assert_eq!(text(&root, "main h1"), "Your return-to-running plan");
    click(&root, "nav[aria-label=Main] a[href='#/history']").await;
    assert_eq!(text(&root, "main h1"), "Your history");
    root.remove();
}

/// The check alone, on a page only the whole app has, when the whole app cannot be had
/// (here: no loader at all, as when its download fails): it says so, offers to try again,
/// and the way back finds the answers as they were.
#[wasm_bindgen_test]
async fn the_check_alone_says_when_another_page_cannot_be_downloaded() {
    let root = mount_program_at(Program::CHECK_ALONE, "#/check").await;
    type_into(&root, "#week", "45").await;
    click(&root, "nav[aria-label=Main] a[href='#/history']").await;
    assert_eq!(text(&root, "main h1"), "History");
    for _ in 0..5 {
        settle().await;
    }
    let failed = text(&root, "[data-testid=opening-failed]");
    assert!(failed.contains("did not download"), "{failed}");
    assert!(failed.contains("Your answers are kept"), "{failed}");
    click(&root, "[data-testid=opening-failed] button").await;
    for _ in 0..5 {
        settle().await;
    }
    assert!(text(&root, "[data-testid=opening-failed]").contains("Try again"));
    click(&root, "[data-testid=opening-failed] a[href='#/check']").await;
    assert_eq!(text(&root, "main h1"), "Check what is loading your knees");
    let week: HtmlInputElement = find(&root, "#week").dyn_into().expect("an input");
    assert_eq!(week.value(), "45");
    root.remove();
}

/// The check alone keeps no history: saving downloads the whole app to save. When that
/// cannot be had, it says nothing was saved, stores nothing, and keeps the answers.
#[wasm_bindgen_test]
async fn the_check_alone_saves_nothing_when_the_whole_app_cannot_be_downloaded() {
    let root = mount_program_at(Program::CHECK_ALONE, "#/check?v=1&week=45&prev=30").await;
    click(&root, "#save-check").await;
    for _ in 0..5 {
        settle().await;
    }
    let status = text(&root, ".save-row [role=status]");
    assert!(status.starts_with("Not saved"), "{status}");
    assert!(status.contains("Your answers are kept"), "{status}");
    let storage = web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .expect("storage");
    let stored: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with("knee-check.v1.history.entry."))
        .collect();
    assert_eq!(stored, Vec::<String>::new());
    let week: HtmlInputElement = find(&root, "#week").dyn_into().expect("an input");
    assert_eq!(week.value(), "45");
    root.remove();
}

/// The check alone has no QR encoder: it downloads the whole app to draw the code, and
/// says so plainly when that cannot be had.
#[wasm_bindgen_test]
async fn the_check_alone_says_when_the_qr_code_cannot_be_downloaded() {
    let root = mount_program_at(Program::CHECK_ALONE, "#/check?v=1&week=45&prev=30").await;
    click(&root, "#show-qr").await;
    for _ in 0..5 {
        settle().await;
    }
    let said = text(&root, ".share [role=alert]");
    assert!(said.starts_with("The QR code did not download"), "{said}");
    assert!(root
        .query_selector("[data-testid=qr-code]")
        .unwrap()
        .is_none());
    click(&root, "#show-qr").await;
    assert_eq!(text(&root, "#show-qr"), "Show QR code");
    root.remove();
}

#[wasm_bindgen_test]
async fn typing_updates_the_score_live() {
    let root = mount_at("#/check").await;
    assert_eq!(score(&root), 0);
    click(&root, "#section-strength summary").await;
    type_into(&root, "#strength", "0").await;
    let no_strength = expected_score(WEIGHTS.strength_none_rate.value);
    assert_eq!(score(&root), no_strength);
    let factor = find(&root, "[data-testid=factor]");
    assert_eq!(
        factor.get_attribute("data-factor").as_deref(),
        Some("strength_training")
    );
    assert_eq!(
        factor.get_attribute("data-points"),
        Some(no_strength.to_string())
    );
    type_into(&root, "#strength", "2").await;
    assert_eq!(score(&root), 0);
    root.remove();
}

#[wasm_bindgen_test]
async fn an_invalid_value_shows_its_message_and_the_score_stays_a_number() {
    let root = mount_at("#/check").await;
    type_into(&root, "#week", "45").await;
    type_into(&root, "#prev-1", "30").await;
    let before = score(&root);
    assert!(before > 0);
    type_into(&root, "#week", "lots").await;
    assert!(text(&root, "#week-error").contains("distance from 0 to 300 km"));
    assert_eq!(
        find(&root, "#week")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(score(&root), 0);
    assert!(text(&root, ".score-card").contains("Not counted until corrected"));
    type_into(&root, "#week", "45").await;
    assert_eq!(score(&root), before);
    root.remove();
}

#[wasm_bindgen_test]
async fn the_unit_switch_converts_what_was_entered() {
    let root = mount_at("#/check").await;
    type_into(&root, "#week", "16.09").await;
    type_into(&root, "#prev-1", "16.09").await;
    let in_km = score(&root);
    click(&root, "#units-mi").await;
    let week: HtmlInputElement = find(&root, "#week").dyn_into().expect("an input");
    assert_eq!(week.value(), "10");
    assert!(text(&root, "label[for=week]").contains("mi"));
    assert_eq!(score(&root), in_km);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_warning_sign_always_brings_the_alert() {
    let root = mount_at("#/check").await;
    assert!(root
        .query_selector("[data-testid=red-flag]")
        .ok()
        .flatten()
        .is_none());
    click(&root, "#flags-locking").await;
    assert!(text(&root, "[data-testid=red-flag]").contains("physiotherapist or doctor"));
    click(&root, "#flags-locking").await;
    assert!(root
        .query_selector("[data-testid=red-flag]")
        .ok()
        .flatten()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn ticking_a_box_in_a_choice_list_sets_the_answer() {
    let root = mount_at("#/check").await;
    click(&root, "#added-hills").await;
    let checkbox: HtmlInputElement = find(&root, "#added-hills").dyn_into().expect("a checkbox");
    assert!(checkbox.checked());
    let factor = find(&root, "[data-testid=factor][data-factor=added_intensity]");
    assert_eq!(
        factor.get_attribute("data-points"),
        Some(expected_score(WEIGHTS.added_hills_rate.value).to_string())
    );
    click(&root, "#added-hills").await;
    assert!(root
        .query_selector("[data-testid=factor][data-factor=added_intensity]")
        .ok()
        .flatten()
        .is_none());
    root.remove();
}

#[wasm_bindgen_test]
async fn a_select_sets_the_answer() {
    let root = mount_at("#/check").await;
    click(&root, "#section-history summary").await;
    let select: HtmlSelectElement = find(&root, "#injury").dyn_into().expect("a select");
    select.set_value("recurring");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("change", &init).expect("an event");
    select.dispatch_event(&event).expect("dispatched");
    settle().await;
    assert_eq!(
        score(&root),
        expected_score(WEIGHTS.injury_previous_rate.value)
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_absolute_risk_appears_with_the_weekly_distances_and_follows_the_rate() {
    let root = mount_at("#/check").await;
    assert!(root
        .query_selector("[data-testid=risk-absolute]")
        .unwrap()
        .is_none());
    type_into(&root, "#week", "30").await;
    type_into(&root, "#prev-1", "30").await;
    let per_100 = |root: &Element| -> f64 {
        find(root, "[data-testid=risk-absolute]")
            .get_attribute("data-per-100")
            .and_then(|value| value.parse().ok())
            .expect("a figure")
    };
    let reference = per_100(&root);
    let expected = knee_check::model::absolute_risk::per_100_at(1.0);
    assert!(
        (reference - expected).abs() < 0.06,
        "{reference} {expected}"
    );
    assert_eq!(
        root.query_selector_all("[data-testid=risk-absolute] svg path")
            .unwrap()
            .length(),
        100
    );
    type_into(&root, "#week", "60").await;
    assert!(per_100(&root) > reference);
    root.remove();
}
