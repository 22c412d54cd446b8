use yew::prelude::*;

use crate::model::field::{choices, field_text, Field};
use crate::model::Assessment;

#[derive(Properties, PartialEq)]
pub struct AnswersSummaryProps {
    pub assessment: Assessment,
}

/// A runner's answer as words: choice keys become their labels, distances get their unit.
fn answer_words(assessment: &Assessment, field: Field) -> Option<String> {
    let text = field_text(assessment, field)?;
    let units = assessment.units;
    let labels = choices(field);
    let words = match field {
        Field::Week | Field::Longest | Field::Longest30 | Field::ShoeDist => {
            format!("{text} {}", units.distance_label())
        }
        Field::Prev => format!("{} {}", text.replace(',', ", "), units.distance_label()),
        Field::Weight | Field::WeightChange => format!("{text} {}", units.weight_label()),
        Field::Sitting => format!("{text} hours"),
        Field::Pain => format!("{text} out of 10"),
        Field::Tight => text.replace(':', " level ").replace(',', ", "),
        _ if !labels.is_empty() => {
            let named: Vec<&str> = text
                .split(',')
                .filter(|key| !key.is_empty())
                .map(|key| {
                    labels
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map_or(key, |(_, label)| *label)
                })
                .collect();
            if named.is_empty() {
                "None of these".to_string()
            } else {
                named.join(", ")
            }
        }
        _ => text,
    };
    Some(words)
}

/// The answers behind the score, for the printed page a runner hands to a physio.
#[component]
pub fn AnswersSummary(props: &AnswersSummaryProps) -> Html {
    let date = String::from(js_sys::Date::new_0().to_date_string());
    html! {
        <section class="print-only answers-summary" aria-label="Your answers">
            <h3>{ format!("Your answers ({date})") }</h3>
            <dl>
                { for Field::ALL.iter().filter_map(|field| {
                    answer_words(&props.assessment, *field).map(|words| html! {
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
