use yew::prelude::*;

use crate::model::advice::Step;
use crate::route::Route;
use crate::state::RouteLink;

#[derive(Properties, PartialEq)]
pub struct AdviceStepsProps {
    pub steps: Vec<Step>,
}

#[component]
pub fn AdviceSteps(props: &AdviceStepsProps) -> Html {
    html! {
        <section class="advice" aria-labelledby="advice-title">
            <h3 id="advice-title">{ "What to do, step by step" }</h3>
            if props.steps.is_empty() {
                <p data-testid="no-steps">{ "Your steps appear here once you have answered: they are built from your training, strength and symptoms, so there is nothing to suggest yet." }</p>
            } else {
                <ol class="steps">
                    { for props.steps.iter().map(|step| html! {
                        <li>
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
