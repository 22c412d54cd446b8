use crate::state::{go_to, RouteLink};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::{clock, viewport};
use crate::check_form::CheckAction;
use crate::components::backup_panel::BackupPanel;
use crate::components::history_comparison::HistoryComparison;
use crate::components::next_week_prompt::NextWeekPrompt;
use crate::components::physio_report::physio_report;
use crate::components::symptom_trend::SymptomTrend;
use crate::components::trend_chart::TrendChart;
use crate::history::SavedAssessment;
use crate::model::units::describe_distance;
use crate::model::{assess, Band, Report, MODEL_VERSION};
use crate::route::Route;
use crate::state::{use_check, use_history, use_symptoms};

/// A saved check's result in a line, as scored again with the current model (`now`): a
/// warning sign first, and the band in the words the result page used.
fn result_words(now: &Report) -> String {
    if now.scoring.band == Band::SeeClinician {
        format!(
            "Warning sign: get your knee checked (score {})",
            now.scoring.score
        )
    } else {
        format!("{} out of 100, {}", now.scoring.score, now.words.band_words)
    }
}

/// Saved checks, newest first, scored again with the current model; their trend, a
/// comparison of any two, undo for deletes, and backups.
#[component]
pub fn HistoryPage() -> Html {
    let history = use_history();
    let symptoms = use_symptoms();
    let form = use_check();
    let compared = use_state(Vec::<String>::new);
    let listed = history.listed();
    let units = form.assessment.units;

    let entry_view = |entry: &SavedAssessment| {
        let now = assess(&entry.assessment);
        let score = now.scoring.score;
        let date = clock::date_in_locale(&entry.saved_at);
        let onopen = {
            let form = form.clone();
            let assessment = entry.assessment.clone();
            Callback::from(move |_| {
                form.dispatch(CheckAction::LoadSaved(Box::new(assessment.clone())));
                go_to(&Route::Check);
            })
        };
        let ondelete = {
            let history = history.clone();
            let entry = entry.clone();
            Callback::from(move |_| history.delete(&entry))
        };
        let oncompare = {
            let compared = compared.clone();
            let id = entry.id.clone();
            Callback::from(move |event: Event| {
                let input: HtmlInputElement = event.target_unchecked_into();
                let mut next: Vec<String> = (*compared)
                    .iter()
                    .filter(|known| **known != id)
                    .cloned()
                    .collect();
                if input.checked() {
                    next.push(id.clone());
                    if next.len() > 2 {
                        next.remove(0);
                    }
                }
                compared.set(next);
            })
        };
        let compare_id = format!("compare-{}", entry.id);
        html! {
            <li class="history-entry" data-testid="history-entry" data-score={score.to_string()}>
                <div class="history-head">
                    <span class="history-date">{ date.clone() }</span>
                    <span class={classes!("history-score", format!("band-{}", now.words.shown_band.key()))}>
                        { result_words(&now) }
                    </span>
                    if let Some(week) = entry.assessment.week_km {
                        <span>{ format!("{} that week", describe_distance(week, entry.assessment.units)) }</span>
                    }
                </div>
                if entry.model_version != MODEL_VERSION || entry.score != score {
                    <p class="history-then">
                        { format!("{} when saved with model {}; {} with the current model {}.", entry.score, entry.model_version, score, MODEL_VERSION) }
                    </p>
                }
                if !entry.note.is_empty() {
                    <p class="history-note">{ entry.note.clone() }</p>
                }
                <div class="history-actions">
                    <button type="button" class="secondary-button" onclick={onopen}>
                        { "Open in the check" }<span class="visually-hidden">{ format!(" (check of {date})") }</span>
                    </button>
                    <button type="button" class="secondary-button" onclick={ondelete}>
                        { "Delete" }<span class="visually-hidden">{ format!(" the check of {date}") }</span>
                    </button>
                    <div class="check-row">
                        <input type="checkbox" id={compare_id.clone()} checked={compared.contains(&entry.id)} onchange={oncompare} />
                        <label for={compare_id}>{ "Compare" }<span class="visually-hidden">{ format!(" the check of {date}") }</span></label>
                    </div>
                </div>
            </li>
        }
    };

    let pair: Vec<SavedAssessment> = listed
        .iter()
        .filter(|entry| compared.contains(&entry.id))
        .cloned()
        .collect();
    let onundo = {
        let history = history.clone();
        Callback::from(move |_| {
            if let Some(entry) = history.undo.clone() {
                history.restore(entry);
            }
        })
    };
    html! {
        <section aria-labelledby="history-title" class="history">
            <h1 id="history-title">{ "Your history" }</h1>
            <p class="lede">{ "Saved checks stay in this browser only. Scores are worked out again with the current model, so old and new checks compare fairly." }</p>
            <div class="history-status" role="status">
                if let Some(status) = &history.status {
                    <p>{ status.clone() }
                        if history.undo.is_some() {
                            { " " }<button type="button" class="secondary-button" data-testid="undo-delete" onclick={onundo}>{ "Undo" }</button>
                        }
                    </p>
                }
            </div>
            <NextWeekPrompt />
            if !listed.is_empty() {
                <p class="report-row">
                    <button type="button" class="secondary-button" data-testid="physio-report" onclick={Callback::from(|_| viewport::print())}>
                        { "Print a report for your physio" }
                    </button>
                </p>
                { physio_report(&listed, &symptoms.log.entries, units) }
            }
            if listed.is_empty() {
                <p>{ "Nothing saved yet. Save a check from the " }<RouteLink to={Route::Check}>{ "Check page" }</RouteLink>{ " to start your history." }</p>
            } else {
                <div class="trends">
                    <TrendChart entries={listed.clone()} {units} />
                    <section class="symptom-log-trend" aria-labelledby="symptom-heading">
                        <h2 class="symptom-heading" id="symptom-heading">{ "Symptom log" }</h2>
                        <SymptomTrend entries={symptoms.log.entries.clone()} />
                    </section>
                </div>
                if pair.len() == 2 {
                    <HistoryComparison earlier={pair[1].clone()} later={pair[0].clone()} />
                } else {
                    <p class="hint">{ "Tick Compare on two checks to see which factors moved between them." }</p>
                }
                <ol class="history-list">
                    { for listed.iter().map(entry_view) }
                </ol>
            }
            if listed.is_empty() {
                <h2 class="symptom-heading">{ "Symptom log" }</h2>
                <SymptomTrend entries={symptoms.log.entries.clone()} />
            }
            <BackupPanel symptoms={symptoms.clone()} />
        </section>
    }
}
