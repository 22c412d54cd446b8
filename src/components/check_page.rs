use yew::prelude::*;

use crate::app::CheckContext;
use crate::components::check_form_view::CheckFormView;
use crate::components::link_notice::LinkNotice;
use crate::components::result_panel::ResultPanel;
use crate::model::{self, Band};

/// Brings the result into view, for phones where it sits below the form.
fn show_result() {
    if let Some(result) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("result-title"))
    {
        result.scroll_into_view();
    }
}

#[component]
pub fn CheckPage() -> Html {
    let Some(form) = use_context::<CheckContext>() else {
        return Html::default();
    };
    let score = model::score::score_only(&form.assessment);
    html! {
        <section class="check-page" aria-labelledby="check-title">
            <h1 id="check-title">{ "Check what is loading your knees" }</h1>
            <p class="lede">
                { "Answer what you know and leave the rest: unanswered questions count as unknown, not as zero. The result updates as you type." }
            </p>
            <LinkNotice />
            <div class="check-layout">
                <CheckFormView />
                <ResultPanel />
            </div>
            <div class="score-peek">
                <p>{ format!("Score {} of 100, {}", score, Band::of(score).label().to_lowercase()) }</p>
                <button type="button" class="secondary-button" onclick={Callback::from(|_| show_result())}>
                    { "See why" }
                </button>
            </div>
        </section>
    }
}
