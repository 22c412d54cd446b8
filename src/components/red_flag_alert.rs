use crate::state::RouteLink;
use yew::prelude::*;

use crate::model::triage::Triage;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct RedFlagAlertProps {
    pub triage: Triage,
}

/// Above the score whenever a warning sign is ticked: the score cannot rule these out.
#[component]
pub fn RedFlagAlert(props: &RedFlagAlertProps) -> Html {
    let triage = &props.triage;
    html! {
        <div class="red-flag" data-testid="red-flag" role="alert">
            <h3>{ "Get your knee checked: the warning signs you entered" }</h3>
            <p><strong>{ triage.action }</strong></p>
            <ul>
                { for triage.signs.iter().map(|(sign, meaning)| html! {
                    <li><strong>{ sign.label() }{ ": " }</strong>{ *meaning }</li>
                }) }
            </ul>
            <p>{ triage.imaging }</p>
            <p>
                <RouteLink to={Route::LearnSection { section: "warning-signs".into() }}>
                    { "More about warning signs" }
                </RouteLink>
            </p>
        </div>
    }
}
