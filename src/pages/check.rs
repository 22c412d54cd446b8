use yew::prelude::*;

use crate::browser::viewport;
use crate::components::check_form_view::CheckFormView;
use crate::components::link_notice::{link_notice, link_over_draft};
use crate::components::result_panel::result_panel;
use crate::components::save_controls::SaveHandover;
use crate::components::whole_app_views::use_whole_app_views;
use crate::model::{self, Band};
use crate::state::use_check;

/// The sticky bar's words: never a bare score before there is one, never "low" over a
/// warning sign, never a plain "low" before pain and warning signs are answered or over pain.
fn peek_text(report: &model::Report) -> String {
    let scoring = &report.scoring;
    match scoring.band {
        Band::SeeClinician => "Warning sign: get your knee checked".to_string(),
        Band::Incomplete if scoring.factors.is_empty() => "No score yet".to_string(),
        Band::Incomplete => format!("Score {} so far; add your weekly distances", scoring.score),
        _ => format!(
            "Score {} of 100, {}",
            scoring.score, report.words.band_words
        ),
    }
}

#[component]
pub fn CheckPage() -> Html {
    let form = use_check();
    let whole_app = use_whole_app_views();
    let report = use_memo(form.assessment.clone(), model::assess);
    let peek = peek_text(&report);
    let warning = report.scoring.band == Band::SeeClinician;
    let save = match &whole_app {
        Some(views) => (views.save_controls)(),
        None => html! { <SaveHandover /> },
    };
    html! {
        <section class="check-page" aria-labelledby="check-title">
            <h1 id="check-title" tabindex="-1">{ "Check what is loading your knees" }</h1>
            <p class="lede">
                { "Answer what you know and leave the rest: unanswered questions count as unknown, not as zero. The result updates as you type." }
            </p>
            { link_over_draft(&form) }
            { link_notice(&form) }
            if form.restored_draft && !form.is_empty() {
                <p class="storage-notice" role="status" data-testid="draft-notice">
                    { "Your unsaved answers from last time are back. They stay on this device until you save the check or clear them." }
                </p>
            }
            { whole_app.as_ref().map(|views| (views.set_aside_notice)()) }
            { whole_app.map(|views| (views.next_week_prompt)(true)) }
            <div class="check-layout">
                <CheckFormView />
                { result_panel(&form, &report, save) }
            </div>
            <div class={classes!("score-peek", warning.then_some("score-peek-warning"))}>
                <p>{ peek }</p>
                <button type="button" class="secondary-button" onclick={Callback::from(|_| viewport::focus("result-title"))}>
                    { "See why" }
                </button>
            </div>
        </section>
    }
}
