use yew::prelude::*;

use crate::check_form::CheckAction;
use crate::model::score::Scoring;
use crate::model::units::format_number;
use crate::model::what_if::WhatIf;
use crate::model::{assess, Factor, Report};
use crate::state::CheckHandle;

/// The factors whose points the change moves: (factor, points now, points with it).
fn moved(mine: &Scoring, tried: &Scoring) -> Vec<(Factor, i16, i16)> {
    let points = |scoring: &Scoring, factor: Factor| {
        scoring
            .factors
            .iter()
            .find(|f| f.factor == factor)
            .map_or(0, |f| f.points)
    };
    Factor::ALL
        .into_iter()
        .map(|factor| (factor, points(mine, factor), points(tried, factor)))
        .filter(|(_, before, after)| before != after)
        .collect()
}

/// A suggested change's result beside the runner's own; the answers change only on "Use
/// these answers".
fn preview(form: &CheckHandle, mine: &Report, what_if: &WhatIf) -> Html {
    let tried = assess(&what_if.change.apply(&form.assessment));
    let (use_it, back) = (form.clone(), form.clone());
    html! {
        <div class="what-if-preview" data-testid="what-if-preview" role="region" aria-label="The change tried, beside your answers">
            <p><strong>{ "Trying: " }</strong>{ what_if.description.clone() }</p>
            <div class="preview-scores">
                <p>{ "Your answers: " }<strong>{ mine.scoring.score }</strong>{ format!(" out of 100, {}", mine.words.band_words) }</p>
                <p>{ "With this change: " }<strong data-testid="what-if-preview-score">{ tried.scoring.score }</strong>{ format!(" out of 100, {}", tried.words.band_words) }</p>
            </div>
            <ul class="preview-factors">
                { for moved(&mine.scoring, &tried.scoring).into_iter().map(|(factor, before, after)| html! {
                    <li>{ format!("{}: {before} points now, {after} with this change", factor.title()) }</li>
                }) }
            </ul>
            <div class="share-row">
                <button type="button" data-testid="use-tried" onclick={Callback::from(move |_| use_it.dispatch(CheckAction::UseTried))}>{ "Use these answers" }</button>
                <button type="button" class="secondary-button" data-testid="keep-mine" onclick={Callback::from(move |_| back.dispatch(CheckAction::KeepMine))}>{ "Back to my answers" }</button>
            </div>
        </div>
    }
}

/// The changes that would help most, each with the score and rate it would give; "Try this"
/// shows its result beside the runner's own without changing the answers. A view function,
/// redrawn with the result it belongs to.
pub fn what_if_list(form: &CheckHandle, report: &Report) -> Html {
    let what_ifs = &report.what_ifs;
    if what_ifs.is_empty() {
        return Html::default();
    }
    html! {
        <section class="what-ifs" aria-labelledby="what-if-title">
            <h3 id="what-if-title">{ "Changes that would help most" }</h3>
            if let Some(later) = report.words.running_on_hold {
                <p class="hint" data-testid="what-ifs-later">{ later }</p>
            }
            <ol>
                { for what_ifs.iter().map(|what_if| {
                    let dispatcher = form.clone();
                    let change = what_if.change.clone();
                    let trying = form.trying.as_ref() == Some(&change);
                    let onclick = Callback::from(move |_| dispatcher.dispatch(CheckAction::Try(change.clone())));
                    html! {
                        <li>
                            <p>{ what_if.description.clone() }</p>
                            <p class="what-if-score">
                                { format!("Score would be {}: about {} times the reference runner's injury rate", what_if.score, format_number(what_if.rate)) }
                            </p>
                            if trying {
                                { preview(form, report, what_if) }
                            } else {
                                <button type="button" class="secondary-button" data-testid="try-what-if" {onclick}>
                                    { "Try this" }
                                </button>
                            }
                        </li>
                    }
                }) }
            </ol>
        </section>
    }
}
