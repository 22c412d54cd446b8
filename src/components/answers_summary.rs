use yew::prelude::*;

use crate::browser::clock;
use crate::model::field::{describe_answer, Field};
use crate::model::Assessment;

#[derive(Properties, PartialEq)]
pub struct AnswersSummaryProps {
    pub assessment: Assessment,
    /// With its own heading and today's date (the check page's print); the history's
    /// report heads each check itself.
    #[prop_or(true)]
    pub titled: bool,
}

/// The answers behind the score, for the printed page a runner hands to a physio.
#[component]
pub fn AnswersSummary(props: &AnswersSummaryProps) -> Html {
    let date = clock::today_in_words();
    html! {
        <section class="print-only answers-summary" aria-label="Your answers">
            if props.titled {
                <h3>{ format!("Your answers ({date})") }</h3>
            }
            <dl>
                { for Field::ALL.iter().filter_map(|field| {
                    describe_answer(&props.assessment, *field).map(|words| html! {
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
