use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::{AttributeOrProperty, Attributes};

use crate::model::absolute_risk::{in_words, AbsoluteRisk};
use crate::model::decimal::format_number;

/// A figure to one decimal for the hooks, written without core's precision formatting (it
/// would add its own float code to the first load).
fn tenths(value: f64) -> String {
    format_number((value * 10.0).round() / 10.0)
}

/// Who the reference runner is, wherever the result names them.
pub const REFERENCE_RUNNER: &str = "steady training (no week more than 10% above the usual, no run more than 10% longer than the month's longest), two strength sessions a week that include the quads, no previous knee injury, no pain, and nothing else this check counts";

/// 100 runners in a 20 by 5 grid, the first `count` filled: the figure in the text beside it
/// for screen readers, so the picture itself is hidden from them.
fn icon_array(count: u32) -> Html {
    html! {
        <svg class="icon-array" viewBox="0 0 2000 700" aria-hidden="true" focusable="false">
            { for (0..100u32).map(|index| {
                // Whole coordinates (tenths of a unit), so no float is formatted.
                let (x, y) = (index % 20 * 100, index / 20 * 140);
                html! {
                    <path class={if index < count { "hit" } else { "miss" }}
                        d={format!("M{} {}a26 26 0 1 0 .1 0zM{} {}v-40a35 35 0 0 1 70 0v40z", x + 50, y + 6, x + 15, y + 135)} />
                }
            }) }
        </svg>
    }
}

/// The absolute risk in natural frequencies, with its interval and the reference runner's.
/// `in_pain`: the figure is for runners with the same answers and no pain, and says so: a
/// knee that hurts may already have runner's knee, or, with pain elsewhere or a warning sign,
/// something else. A view function, redrawn with its result.
/// `warning`: a warning sign leads, so the figure is for once the knee has been checked.
pub fn absolute_risk_view(
    risk: &AbsoluteRisk,
    in_pain: bool,
    open_questions: bool,
    warning: bool,
) -> Html {
    let years = if risk.weeks == 52 {
        "a year".to_string()
    } else {
        format!("{} weeks", risk.weeks)
    };
    let crowd = if in_pain {
        format!("Your knee already hurts, so this figure is not about you now: of 100 runners with your other answers and no pain, about {} get runner's knee over {years}", in_words(risk.per_100))
    } else {
        format!("Of 100 runners with answers like yours, about {} get runner's knee over {years} of running as they run now", in_words(risk.per_100))
    };
    let mut section = html! {
        <section>
            <h3 id="absolute-title">{ "In a crowd of 100 runners" }</h3>
            if warning {
                <p class="secondary-note">{ "For when the knee has been checked: a warning sign comes first, whatever this says." }</p>
            }
            { icon_array(risk.per_100.round() as u32) }
            <p>
                { format!("{crowd}; the studies allow anything from about {} to {} in 100.", in_words(risk.low), in_words(risk.high)) }
                if open_questions {
                    { " Your unanswered questions could raise it." }
                }
            </p>
            <p class="hint">
                { format!("Of 100 runners like the reference runner ({REFERENCE_RUNNER}), about {}.", in_words(risk.reference_per_100)) }
            </p>
        </section>
    };
    // The macro takes no attribute name with a part that is a number, so the attributes are
    // set as it would set them, on the tag it has just made (not yet shared).
    if let Html::VTag(tag) = &mut section {
        if let Some(tag) = Rc::get_mut(tag) {
            let value = |text: String| Some(AttributeOrProperty::Attribute(text.into()));
            tag.set_attributes(Attributes::Dynamic {
                keys: &[
                    "class",
                    "data-testid",
                    "aria-labelledby",
                    "data-per-100",
                    "data-low",
                    "data-high",
                    "data-weeks",
                ],
                values: Box::new([
                    Some(AttributeOrProperty::Static("absolute-risk")),
                    Some(AttributeOrProperty::Static("risk-absolute")),
                    Some(AttributeOrProperty::Static("absolute-title")),
                    value(tenths(risk.per_100)),
                    value(tenths(risk.low)),
                    value(tenths(risk.high)),
                    value(risk.weeks.to_string()),
                ]),
            });
        }
    }
    section
}
