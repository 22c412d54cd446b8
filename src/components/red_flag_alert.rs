use crate::state::RouteLink;
use yew::prelude::*;

use crate::model::triage::Triage;
use crate::route::Route;

/// Above the score (and in place of a plan) whenever a warning sign is ticked: the score
/// cannot rule these out. A view function: redrawn with the page it is on.
pub fn red_flag_alert(triage: &Triage) -> Html {
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
