use crate::state::RouteLink;
use yew::prelude::*;

use crate::model;
use crate::route::Route;
use crate::state::use_check;

/// The return-to-running plan starts from the current check's result.
#[component]
pub fn PlanPage() -> Html {
    let form = use_check();
    let report = model::assess(&form.assessment);
    html! {
        <section aria-labelledby="plan-title">
            <h1 id="plan-title">{ "Your return-to-running plan" }</h1>
            <p class="lede">
                { format!("Built from your current check: {} out of 100. {}", report.scoring.score, report.scoring.band.headline()) }
            </p>
            <p>{ "The week-by-week plan and symptom log are not built yet. Until then, follow the four steps on the check." }</p>
            <p><RouteLink to={Route::Check}>{ "Back to the check" }</RouteLink></p>
        </section>
    }
}
