use yew::prelude::*;

use crate::check_form::CheckAction;
use crate::model::units::format_number;
use crate::model::what_if::WhatIf;
use crate::state::use_check;

#[derive(Properties, PartialEq)]
pub struct WhatIfListProps {
    pub what_ifs: Vec<WhatIf>,
}

/// The changes that would help most, each with the score and rate it would give; one click
/// tries it.
#[component]
pub fn WhatIfList(props: &WhatIfListProps) -> Html {
    let form = use_check();
    if props.what_ifs.is_empty() {
        return Html::default();
    }
    html! {
        <section class="what-ifs" aria-labelledby="what-if-title">
            <h3 id="what-if-title">{ "Changes that would help most" }</h3>
            <ol>
                { for props.what_ifs.iter().map(|what_if| {
                    let dispatcher = form.clone();
                    let change = what_if.change.clone();
                    let onclick = Callback::from(move |_| dispatcher.dispatch(CheckAction::Apply(change.clone())));
                    html! {
                        <li>
                            <p>{ what_if.description.clone() }</p>
                            <p class="what-if-score">
                                { format!("Score would be {}: about {} times the reference runner's injury rate", what_if.score, format_number(what_if.rate)) }
                            </p>
                            <button type="button" class="secondary-button" {onclick}>
                                { "Try this in the form" }
                            </button>
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
