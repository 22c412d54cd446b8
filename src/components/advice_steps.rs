use yew::prelude::*;

use crate::model::advice::Step;
use crate::route::Route;
use crate::state::RouteLink;

/// The rehab steps the answers call for, in order, or why there are none yet. A view
/// function, redrawn with the result it belongs to.
pub fn advice_steps(steps: &[Step]) -> Html {
    html! {
        <section class="advice" aria-labelledby="advice-title">
            <h3 id="advice-title">{ "What to do, step by step" }</h3>
            if steps.is_empty() {
                <p data-testid="no-steps">{ "Your steps appear here once you have answered: they are built from your training, strength and symptoms, so there is nothing to suggest yet." }</p>
            } else {
                <ol class="steps">
                    { for steps.iter().map(|step| html! {
                        <li data-testid="advice-step">
                            <h4>{ step.title }</h4>
                            <ul>
                                { for step.advice.iter().map(|advice| html! { <li>{ advice.clone() }</li> }) }
                            </ul>
                            if step.leads_to_plan {
                                <p class="step-plan"><RouteLink to={Route::Plan}>{ "Your week-by-week plan, from the pain you have now" }</RouteLink></p>
                            }
                        </li>
                    }) }
                </ol>
            }
            <p class="steps-more">
                <RouteLink to={Route::learn("rehab")}>{ "The four rehab steps, explained" }</RouteLink>
            </p>
        </section>
    }
}
