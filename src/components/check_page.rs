use yew::prelude::*;

use crate::app::CheckContext;
use crate::browser::history_store;
use crate::components::check_form_view::CheckFormView;
use crate::components::link_notice::LinkNotice;
use crate::components::result_panel::ResultPanel;
use crate::history::SavedAssessment;
use crate::model::{self, Band, MODEL_VERSION};

/// A new history entry for the assessment, stamped with the browser's clock.
fn new_entry(assessment: &model::Assessment) -> SavedAssessment {
    let now = js_sys::Date::new_0();
    let saved_at = String::from(now.to_iso_string());
    let suffix = (js_sys::Math::random() * 1e9) as u64;
    SavedAssessment {
        id: format!("{}-{suffix:09}", now.get_time() as u64),
        saved_at,
        model_version: MODEL_VERSION.to_string(),
        score: model::score::score_only(assessment),
        note: String::new(),
        assessment: assessment.clone(),
    }
}

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
    let save_status = use_state(|| None::<AttrValue>);
    let onsave = {
        let save_status = save_status.clone();
        let form = form.clone();
        Callback::from(move |()| {
            let message = match history_store::save(new_entry(&form.assessment)) {
                Ok(()) => "Saved to your history in this browser.".to_string(),
                Err(error) => error.message(),
            };
            save_status.set(Some(message.into()));
        })
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
                <ResultPanel {onsave} save_status={(*save_status).clone()} />
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
