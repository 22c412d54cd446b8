use std::rc::Rc;

use yew::prelude::*;

use crate::app::CheckContext;
use crate::components::advice_steps::AdviceSteps;
use crate::components::answers_summary::AnswersSummary;
use crate::components::factor_bars::FactorBars;
use crate::components::red_flag_alert::RedFlagAlert;
use crate::components::save_controls::SaveControls;
use crate::components::share_box::ShareBox;
use crate::components::unknown_list::UnknownList;
use crate::components::what_if_list::WhatIfList;
use crate::model;

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    /// The report of the form's current answers, worked out once per change by the page.
    pub report: Rc<model::Report>,
}

/// The live result of the valid answers.
#[component]
pub fn ResultPanel(props: &ResultPanelProps) -> Html {
    let Some(form) = use_context::<CheckContext>() else {
        return Html::default();
    };
    let report = &props.report;
    let scoring = &report.scoring;
    let band = scoring.band;
    let ignored: Vec<&str> = form.errors.keys().map(|field| field.label()).collect();
    html! {
        <section class="result" aria-labelledby="result-title">
            <h2 id="result-title">{ "Your result" }</h2>
            if let Some(triage) = &report.triage {
                <RedFlagAlert triage={triage.clone()} />
            }
            <div class={classes!("score-card", format!("band-{}", band.key()), report.triage.as_ref().map(|_| "secondary"))}>
                <p class="score-line">
                    <span class="score" data-testid="risk-score">{ scoring.score }</span>
                    <span class="out-of">{ " out of 100" }</span>
                </p>
                <p class="band" data-testid="risk-band" data-band={band.key()}>
                    { format!("{} knee load", band.label()) }
                </p>
                <p class="band-summary">
                    { if scoring.factors.is_empty() {
                        "Nothing answered yet, so nothing is scored: this is not an all-clear. Start with your training; the result builds as you answer."
                    } else {
                        band.summary()
                    } }
                </p>
                if !ignored.is_empty() {
                    <p class="ignored">{ format!("Not counted until corrected: {}.", ignored.join(", ")) }</p>
                }
                <p class="visually-hidden" aria-live="polite">
                    { format!("Score {}, {} knee load.", scoring.score, band.label().to_lowercase()) }
                </p>
            </div>
            <FactorBars factors={scoring.factors.clone()} />
            <WhatIfList what_ifs={report.what_ifs.clone()} />
            <AdviceSteps steps={report.steps.clone()} />
            <UnknownList unknowns={scoring.unknowns.clone()} />
            <SaveControls />
            <ShareBox assessment={form.assessment.clone()} />
            <AnswersSummary assessment={form.assessment.clone()} />
            <p class="model-version">{ format!("Model version {}", report.model_version) }</p>
        </section>
    }
}
