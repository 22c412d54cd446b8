use yew::prelude::*;

use crate::browser::clock;
use crate::model::field::{describe_answer, Field};
use crate::model::Assessment;

/// The answers behind the score, for the printed page a runner hands to a physio. `titled`:
/// with its own heading and today's date (the check page's print); the history's report
/// heads each check itself. A view function, redrawn with the page it is on.
pub fn answers_summary(assessment: &Assessment, titled: bool) -> Html {
    let date = clock::today_in_words();
    html! {
        <section class="print-only answers-summary" aria-label="Your answers">
            if titled {
                <h3>{ format!("Your answers ({date})") }</h3>
            }
            <dl>
                { for Field::ALL.iter().filter_map(|field| {
                    describe_answer(assessment, *field).map(|words| html! {
                        <>
                            <dt>{ field.label() }</dt>
                            <dd>{ words }</dd>
                        </>
                    })
                }) }
            </dl>
        </section>
    }
}
