//! A component that asks for shared state without its provider fails loudly, so a wiring
//! mistake shows in tests instead of as a blank section. A file of its own: the panic ends
//! this test binary's wasm instance.
#![cfg(target_arch = "wasm32")]

use knee_check::state::use_check;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

#[component]
fn NeedsTheCheck() -> Html {
    let form = use_check();
    html! { <p>{ form.assessment.units.key() }</p> }
}

#[wasm_bindgen_test]
// The message ("use_check() needs a <CheckProvider> above it") is printed, but it is raised
// inside yew's scheduler, where the test harness cannot read it, so only the panic is
// asserted.
#[should_panic]
async fn use_check_without_its_provider_panics_with_a_message() {
    let document = web_sys::window()
        .and_then(|window| window.document())
        .expect("a document");
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<NeedsTheCheck>::with_root(root).render();
    yew::scheduler::flush().await;
}
