use crate::state::RouteLink;
use yew::prelude::*;

use crate::model::physio::PhysioPrompt;
use crate::route::Route;

/// Says when the answers meet the criteria for seeing a physiotherapist, and which other
/// problem the pain sounds like. A view function, redrawn with the result it belongs to.
pub fn physio_prompt(prompt: &PhysioPrompt) -> Html {
    html! {
        <div class="physio-prompt" data-testid="see-physio">
            <h3>{ "Worth seeing a physiotherapist" }</h3>
            <ul>
                { for prompt.reasons.iter().map(|reason| html! { <li>{ *reason }</li> }) }
            </ul>
            if let Some(other) = prompt.sounds_like {
                <p>
                    <strong>{ other.words }</strong>{ " This check is about runner's knee, pain around the kneecap. " }
                    <RouteLink to={Route::learn(other.section)}>{ other.section_title }</RouteLink>
                </p>
            }
        </div>
    }
}
