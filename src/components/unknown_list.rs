use yew::prelude::*;

use crate::model::score::UnknownFactor;
use crate::model::Assessment;

/// How many unanswered factors to list: the ones that could move the score most.
const SHOWN: usize = 5;

/// The unanswered questions that could move the score most. A view function, redrawn with
/// the result it belongs to.
pub fn unknown_list(assessment: &Assessment, unknowns: &[UnknownFactor]) -> Html {
    if unknowns.is_empty() {
        return Html::default();
    }
    html! {
        <section class="unknowns" aria-labelledby="unknowns-title">
            <h3 id="unknowns-title">{ "What we don't know yet" }</h3>
            <p>{ "Unanswered questions count as unknown, not as zero. These could change the picture most:" }</p>
            <ul>
                { for unknowns.iter().take(SHOWN).map(|unknown| html! {
                    <li>
                        <strong>{ unknown.factor.title() }</strong>
                        { format!(": could multiply the rate by up to {}. Asks: {}.", crate::model::units::format_number(unknown.worst_rate),
                            unknown.factor.asks(assessment).iter().map(|f| f.label().to_ascii_lowercase()).collect::<Vec<_>>().join("; ")) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
