use yew::prelude::*;

use crate::components::absolute_risk_view::{absolute_risk_view, REFERENCE_RUNNER};
use crate::components::advice_steps::advice_steps;
use crate::components::answers_summary::answers_summary;
use crate::components::factor_bars::factor_bars;
use crate::components::physio_prompt::physio_prompt;
use crate::components::red_flag_alert::red_flag_alert;
use crate::components::share_box::ShareBox;
use crate::components::unknown_list::unknown_list;
use crate::components::what_if_list::what_if_list;
use crate::model::units::format_number;
use crate::model::{self, Band};
use crate::state::CheckHandle;

/// How many unanswered questions the range names; the full list is under "what we don't
/// know yet".
const SETTLE_SHOWN: usize = 4;

/// The rate in words a runner can weigh.
fn rate_words(rate: f64) -> String {
    if rate < 0.995 {
        format!(
            "about {} times the rate of runner's knee of the reference runner: a little below it",
            format_number(rate)
        )
    } else if rate < 1.005 {
        "about the rate of runner's knee of the reference runner".to_string()
    } else {
        format!(
            "about {} times the rate of runner's knee of the reference runner",
            format_number(rate)
        )
    }
}

/// The live result of the valid answers, from `report`, which the page works out once per
/// change. A view function, redrawn with the check page.
/// `save` is the save row of whichever app draws the page.
pub fn result_panel(form: &CheckHandle, report: &model::Report, save: Html) -> Html {
    let scoring = &report.scoring;
    let band = scoring.band;
    let warning = band == Band::SeeClinician;
    // Until the weekly distances are in, and while a low band is no all-clear (low so far,
    // or with pain), the verdict and the card stay neutral: green only when it reassures.
    let words = &report.words;
    let verdict_band = words.shown_band;
    let card_band = if verdict_band == Band::Incomplete {
        Band::Incomplete
    } else {
        scoring.load_band
    };
    let ignored: Vec<&str> = form.errors.keys().map(|field| field.label()).collect();
    let headline = words.headline;
    let settle = &words.settle;
    html! {
        <section class="result" aria-labelledby="result-title">
            if let Some(title) = &form.link_title {
                <p class="link-title" data-testid="link-title">{ title.clone() }</p>
            }
            <h2 id="result-title" tabindex="-1">{ "Your result" }</h2>
            <p class={classes!("verdict", format!("band-{}", verdict_band.key()))} data-testid="risk-band" data-band={band.key()}>
                { headline }
            </p>
            <p class="band-summary">{ words.summary.clone() }</p>
            if let Some(triage) = &report.triage {
                { red_flag_alert(triage) }
            }
            if let Some(prompt) = &report.physio {
                { physio_prompt(prompt) }
            }
            { for report.caveats.iter().map(|caveat| html! { <p class="caveat" data-testid="caveat">{ caveat.clone() }</p> }) }
            if let Some(risk) = &report.absolute {
                { absolute_risk_view(risk, form.assessment.pain.is_some_and(|pain| pain > 0), scoring.max_score.is_some_and(|max| max > scoring.score), warning) }
            }
            <div class={classes!("score-card", format!("band-{}", card_band.key()), warning.then_some("secondary"))}>
                if warning {
                    <p class="secondary-note">{ "Your score, for when the knee has been checked:" }</p>
                }
                <p class="score-line">
                    <span class="score" data-testid="risk-score" data-rate={format_number(scoring.rate)}>{ scoring.score }</span>
                    <span class="out-of">{ " out of 100" }</span>
                    if band != Band::Incomplete && (warning || band != scoring.load_band) {
                        <span class="load-band">{ format!(", {} on the factors alone", scoring.load_band.label().to_ascii_lowercase()) }</span>
                    }
                </p>
                <p class="rate-words">
                    { if scoring.factors.is_empty() {
                        "Nothing scored yet, so no rate to show.".to_string()
                    } else if band == Band::Incomplete {
                        format!("So far, your answers give {}; without your weekly distances this is not a band.", rate_words(scoring.rate))
                    } else {
                        format!("Your answers give {}.", rate_words(scoring.rate))
                    } }
                    <span class="score-scale">
                        { " The score shows it from 0 to 100: 0 at or below the reference runner's rate, 50 at twice it." }
                        if report.absolute.is_none() {
                            { format!(" The reference runner: {REFERENCE_RUNNER}.") }
                        }
                    </span>
                </p>
                if let Some(max) = scoring.max_score.filter(|max| *max == scoring.score) {
                    <p class="risk-range" data-testid="risk-range" data-max={max.to_string()}>
                        { "The questions still unanswered would not raise it: the answers that count already reach what the model lets them add." }
                    </p>
                } else if let Some(max) = scoring.max_score {
                    <p class="risk-range" data-testid="risk-range" data-max={max.to_string()}>
                        { format!("With the unanswered questions at their worst, it could be up to {max}. Answering these would settle it most: {}{}.",
                            settle.iter().take(SETTLE_SHOWN).cloned().collect::<Vec<_>>().join("; "),
                            match settle.len().saturating_sub(SETTLE_SHOWN) {
                                0 => String::new(),
                                more => format!("; and {more} more below"),
                            }) }
                    </p>
                }
                if !ignored.is_empty() {
                    <p class="ignored">{ format!("Not counted until corrected: {}.", ignored.join(", ")) }</p>
                }
                <p class="visually-hidden" aria-live="polite">
                    { format!("{headline}. Score {}.", scoring.score) }
                </p>
            </div>
            { factor_bars(&scoring.factors, warning) }
            <p class="model-note">
                { "How this is worked out: each answer's effect on the rate, from the studies cited in the guide, is multiplied with the others, counting the week's rise and the longest run once, stopping answers without a published figure short of the high band, and keeping many factors within what cohorts have seen. A rough guide." }
            </p>
            { what_if_list(form, report) }
            { advice_steps(&report.steps) }
            { unknown_list(&form.assessment, &scoring.unknowns) }
            { save }
            <ShareBox assessment={form.assessment.clone()} />
            { answers_summary(&form.assessment, true) }
            <p class="model-version">{ format!("Model version {}", report.model_version) }</p>
        </section>
    }
}
