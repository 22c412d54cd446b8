use yew::prelude::*;

use crate::history::comparison::compare;
use crate::history::SavedAssessment;
use crate::model::score::score_only;

#[derive(Properties, PartialEq)]
pub struct HistoryComparisonProps {
    pub earlier: SavedAssessment,
    pub later: SavedAssessment,
}

/// Two checks side by side, the factors that moved most first.
#[component]
pub fn HistoryComparison(props: &HistoryComparisonProps) -> Html {
    let changes = compare(&props.earlier, &props.later);
    let (before, after) = (
        props.earlier.date().to_string(),
        props.later.date().to_string(),
    );
    html! {
        <section class="comparison" aria-labelledby="comparison-title" data-testid="comparison">
            <h2 id="comparison-title">{ format!("{before} against {after}") }</h2>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{ "Factor" }</th>
                        <th scope="col">{ before.clone() }</th>
                        <th scope="col">{ after.clone() }</th>
                        <th scope="col">{ "Change" }</th>
                    </tr>
                </thead>
                <tbody>
                    <tr class="comparison-total">
                        <th scope="row">{ "Score" }</th>
                        <td>{ score_only(&props.earlier.assessment) }</td>
                        <td>{ score_only(&props.later.assessment) }</td>
                        <td>{ signed(i16::from(score_only(&props.later.assessment)) - i16::from(score_only(&props.earlier.assessment))) }</td>
                    </tr>
                    { for changes.iter().map(|change| html! {
                        <tr data-factor={change.factor.key()}>
                            <th scope="row">{ change.factor.title() }</th>
                            <td>{ change.before }</td>
                            <td>{ change.after }</td>
                            <td>{ signed(i16::from(change.after) - i16::from(change.before)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

fn signed(change: i16) -> String {
    match change {
        0 => "no change".to_string(),
        c if c > 0 => format!("+{c}"),
        c => format!("−{}", c.abs()),
    }
}
