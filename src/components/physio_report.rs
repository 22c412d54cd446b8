use yew::prelude::*;

use crate::browser::clock;
use crate::components::answers_summary::answers_summary;
use crate::history::symptoms::SymptomEntry;
use crate::history::SavedAssessment;
use crate::model::units::{describe_distance, Units};
use crate::model::{assess, MODEL_VERSION};

/// Checks and log entries the report lists: as many as fit one A4 page with the rest.
const CHECKS: usize = 5;
const LOG_ENTRIES: usize = 8;

/// "For your physio": one printed page with why the app suggests a physio, the last checks,
/// the latest answers, the symptom log and the model version; the trend prints beside it.
/// Printed only. A view function, redrawn with the History page.
pub fn physio_report(listed: &[SavedAssessment], log: &[SymptomEntry], units: Units) -> Html {
    let Some(latest) = listed.first() else {
        return Html::default();
    };
    let now = assess(&latest.assessment);
    let mut reasons: Vec<String> = now
        .triage
        .iter()
        .flat_map(|triage| triage.signs.iter())
        .map(|(sign, meaning)| {
            format!(
                "Warning sign, {}: {meaning}",
                sign.label().to_ascii_lowercase()
            )
        })
        .collect();
    reasons.extend(
        now.physio
            .iter()
            .flat_map(|prompt| prompt.reasons.iter())
            .map(|reason| (*reason).to_string()),
    );
    let recent_log: Vec<&SymptomEntry> = log.iter().rev().take(LOG_ENTRIES).collect();
    html! {
        <section class="print-only physio-report" aria-label="For your physio">
            <h2>{ "For your physio" }</h2>
            <p class="report-about">{ format!("From Runner's Knee Check, printed {}; scores by model {MODEL_VERSION}. Guidance from a runner's own answers, not a diagnosis.", clock::today_in_words()) }</p>
            <h3>{ "Why the app suggests a physio" }</h3>
            if reasons.is_empty() {
                <p>{ "The latest check meets none of the app's reasons to see a physio; the runner chose to share it." }</p>
            } else {
                <ul>{ for reasons.iter().map(|reason| html! { <li>{ reason.clone() }</li> }) }</ul>
            }
            <h3>{ "Latest checks" }</h3>
            <table class="report-checks">
                <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Result" }</th><th scope="col">{ "Last 7 days" }</th><th scope="col">{ "Note" }</th></tr></thead>
                <tbody>
                    { for listed.iter().take(CHECKS).map(|entry| {
                        let report = assess(&entry.assessment);
                        html! {
                            <tr class="report-check">
                                <td>{ clock::date_in_locale(&entry.saved_at) }</td>
                                <td>{ format!("{} out of 100, {}", report.scoring.score, report.words.band_words) }</td>
                                <td>{ entry.assessment.week_km.map_or_else(|| "not given".to_string(), |km| describe_distance(km, units)) }</td>
                                <td>{ entry.note.clone() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
            <h3>{ format!("Answers of the latest check, {}", clock::date_in_locale(&latest.saved_at)) }</h3>
            { answers_summary(&latest.assessment, false) }
            <h3>{ "Symptom log" }</h3>
            if recent_log.is_empty() {
                <p>{ "No runs logged yet." }</p>
            } else {
                <table class="report-log">
                    <thead><tr><th scope="col">{ "Run" }</th><th scope="col">{ "During" }</th><th scope="col">{ "Next morning" }</th><th scope="col">{ "Stairs" }</th><th scope="col">{ "Squatting" }</th><th scope="col">{ "Sitting" }</th></tr></thead>
                    <tbody>
                        { for recent_log.iter().map(|entry| html! {
                            <tr><td>{ entry.date.clone() }</td><td>{ entry.during }</td><td>{ entry.morning }</td><td>{ entry.stairs }</td><td>{ entry.squatting }</td><td>{ entry.sitting }</td></tr>
                        }) }
                    </tbody>
                </table>
            }
            <p class="report-about">{ "Pain scores 0 to 10; the plan keeps runs at 3 or less, settled by the next morning." }</p>
        </section>
    }
}
