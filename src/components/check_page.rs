use yew::prelude::*;

use crate::app::CheckContext;
use crate::browser::viewport;
use crate::components::check_form_view::CheckFormView;
use crate::components::link_notice::LinkNotice;
use crate::components::result_panel::ResultPanel;
use crate::model::{self, Band};

#[component]
pub fn CheckPage() -> Html {
    let Some(form) = use_context::<CheckContext>() else {
        return Html::default();
    };
    let report = use_memo(form.assessment.clone(), model::assess);
    let score = report.scoring.score;
    html! {
        <section class="check-page" aria-labelledby="check-title">
            <h1 id="check-title">{ "Check what is loading your knees" }</h1>
            <p class="lede">
                { "Answer what you know and leave the rest: unanswered questions count as unknown, not as zero. The result updates as you type." }
            </p>
            <LinkNotice />
            <div class="check-layout">
                <CheckFormView />
                <ResultPanel report={report.clone()} />
            </div>
            <div class="score-peek">
                <p>{ format!("Score {} of 100, {}", score, Band::of(score).label().to_lowercase()) }</p>
                <button type="button" class="secondary-button" onclick={Callback::from(|_| viewport::scroll_to("result-title"))}>
                    { "See why" }
                </button>
            </div>
        </section>
    }
}
