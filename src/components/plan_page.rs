use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::{CheckContext, Route};
use crate::model;

/// The return-to-running plan starts from the current check's result.
#[component]
pub fn PlanPage() -> Html {
    let Some(form) = use_context::<CheckContext>() else {
        return Html::default();
    };
    let report = model::assess(&form.assessment);
    html! {
        <section aria-labelledby="plan-title">
            <h1 id="plan-title">{ "Your return-to-running plan" }</h1>
            <p class="lede">
                { format!("Built from your current check: {} out of 100. {}", report.scoring.score, report.scoring.band.headline()) }
            </p>
            <p>{ "The week-by-week plan and symptom log are not built yet. Until then, follow the four steps on the check." }</p>
            <p><Link<Route> to={Route::Check}>{ "Back to the check" }</Link<Route>></p>
        </section>
    }
}
