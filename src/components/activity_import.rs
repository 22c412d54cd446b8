//! "Fill from my watch": the runner picks or drops activity files; they are read here, a
//! preview shows the weeks and the answers they give, and only "Use these" fills the form.
//! The whole app's alone (`WholeAppViews`): the check hands its picked files over.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::activities::answers::{answers, distance_text, replaced};
use crate::activities::csv::from_miles;
use crate::activities::summary::{summarise, Summary};
use crate::activities::{without_repeats, Activity};
use crate::browser::activity_files::{self, Reading};
use crate::components::import_handover::{IMPORT_ACCEPT, IMPORT_HINT, IMPORT_LABEL};
use crate::model::decimal::{format_number, round_for_display};
use crate::model::units::Units;
use crate::state::use_check;

#[derive(Clone, PartialEq)]
enum Stage {
    Idle,
    Reading {
        done: u32,
        total: u32,
    },
    Preview(Rc<Reading>),
    /// Nothing in the files could fill an answer; the message says why.
    Nothing(Rc<Reading>),
    Cancelled,
    Used {
        activities: usize,
        message: Rc<Reading>,
    },
}

fn km_attribute(km: f64) -> String {
    format_number(round_for_display(km))
}

/// Every activity, with a Garmin list's rows in the units chosen for it.
fn all_activities(reading: &Reading, garmin_miles: bool) -> Vec<Activity> {
    let mut all = reading.activities.clone();
    all.extend(reading.garmin_rows.iter().map(|row| {
        if garmin_miles {
            from_miles(row)
        } else {
            row.clone()
        }
    }));
    without_repeats(all, &activity_files::offset_minutes)
}

fn summary_of(reading: &Reading, garmin_miles: bool) -> Option<(Summary, usize)> {
    let all = all_activities(reading, garmin_miles);
    let count = all.len();
    summarise(
        &all,
        activity_files::now_seconds(),
        &activity_files::offset_minutes,
    )
    .map(|summary| (summary, count))
}

fn week_name(index: usize) -> String {
    match index {
        0 => "This week (the last 7 days)".to_string(),
        1 => "1 week before".to_string(),
        n => format!("{n} weeks before"),
    }
}

/// What was skipped or refused, and why; empty when nothing was.
fn message_lines(reading: &Reading, summary: Option<&Summary>) -> Vec<String> {
    let mut lines: Vec<String> = reading
        .problems
        .iter()
        .map(|problem| format!("Not read: {problem}. Nothing from it was used."))
        .collect();
    if reading.more_problems > 0 {
        lines.push(format!(
            "{} more files or entries were not read for reasons like these.",
            reading.more_problems
        ));
    }
    if let Some(summary) = summary {
        if !summary.skipped.is_empty() {
            let parts: Vec<String> = summary
                .skipped
                .iter()
                .map(|(sport, count)| {
                    let (one, many) = sport.names();
                    format!("{count} {}", if *count == 1 { one } else { many })
                })
                .collect();
            lines.push(format!(
                "Skipped {}: the check's training answers count running only.",
                parts.join(", ")
            ));
        }
        match summary.without_sport {
            0 => {}
            1 => lines.push("1 file did not say its sport; it is counted as a run. Leave it out if it is not one.".to_string()),
            n => lines.push(format!("{n} files did not say their sport; they are counted as runs. Leave out any that are not.")),
        }
        match summary.in_the_future {
            0 => {}
            1 => lines.push("1 activity is dated after today (a watch's clock set wrong?) and was left out.".to_string()),
            n => lines.push(format!("{n} activities are dated after today (a watch's clock set wrong?) and were left out.")),
        }
    }
    lines
}

fn message_view(lines: &[String]) -> Html {
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <div class="import-message" data-testid="activities-message" role="status">
            <ul>{ for lines.iter().map(|line| html! { <li>{ line.clone() }</li> }) }</ul>
        </div>
    }
}

#[component]
pub fn ActivityImport() -> Html {
    let form = use_check();
    let stage = use_state(|| Stage::Idle);
    let cancelled = use_mut_ref(|| Rc::new(Cell::new(false)));
    let garmin_miles = use_state(|| form.assessment.units == Units::Mi);
    let hills = use_state(|| false);
    let start = {
        let stage = stage.clone();
        let cancelled = cancelled.clone();
        let hills = hills.clone();
        Callback::from(move |files: Vec<web_sys::File>| {
            if files.is_empty() {
                return;
            }
            let flag = Rc::new(Cell::new(false));
            *cancelled.borrow_mut() = flag.clone();
            hills.set(false);
            stage.set(Stage::Reading {
                done: 0,
                total: files.len() as u32,
            });
            let stage = stage.clone();
            let progress_stage = stage.clone();
            let progress: activity_files::Progress = Rc::new(move |done, total| {
                progress_stage.set(Stage::Reading { done, total });
            });
            wasm_bindgen_futures::spawn_local(async move {
                match activity_files::read(files, progress, flag.clone()).await {
                    _ if flag.get() => stage.set(Stage::Cancelled),
                    None => stage.set(Stage::Cancelled),
                    Some(reading) => {
                        let reading = Rc::new(reading);
                        let has_runs = summary_of(&reading, false).is_some()
                            || summary_of(&reading, true).is_some();
                        stage.set(if has_runs {
                            Stage::Preview(reading)
                        } else {
                            Stage::Nothing(reading)
                        });
                    }
                }
            });
        })
    };
    {
        let start = start.clone();
        use_effect_with((), move |_| start.emit(activity_files::take_held()));
    }
    let onchange = {
        let start = start.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            if let Some(list) = input.files() {
                start.emit(activity_files::files_of(&list));
            }
            input.set_value("");
        })
    };
    let ondragover = Callback::from(|event: DragEvent| event.prevent_default());
    let ondrop = {
        let start = start.clone();
        Callback::from(move |event: DragEvent| {
            event.prevent_default();
            if let Some(list) = event.data_transfer().and_then(|data| data.files()) {
                start.emit(activity_files::files_of(&list));
            }
        })
    };
    let oncancel = {
        let cancelled = cancelled.clone();
        let stage = stage.clone();
        Callback::from(move |_| {
            cancelled.borrow().set(true);
            stage.set(Stage::Cancelled);
        })
    };
    let units = form.assessment.units;
    let body = match &*stage {
        Stage::Idle => Html::default(),
        Stage::Reading { done, total } => html! {
            <div class="import-progress" role="status">
                <progress max={total.to_string()} value={done.to_string()} aria-label="Reading the files"></progress>
                <span>{ format!(" Read {done} of {total}…") }</span>
                <button type="button" class="secondary-button" data-testid="activities-cancel" onclick={oncancel}>{ "Cancel" }</button>
            </div>
        },
        Stage::Cancelled => html! {
            <p class="status" role="status">{ "Import cancelled: no answer was filled." }</p>
        },
        Stage::Nothing(reading) => {
            let mut lines = message_lines(reading, None);
            lines.push("No run was found in these files, so no answer was filled.".to_string());
            message_view(&lines)
        }
        Stage::Used {
            activities,
            message,
        } => html! {
            <>
                <p class="status" role="status">{ format!("Filled from {activities} activities. Check the answers below: you can change any of them.") }</p>
                { message_view(&message_lines(message, summary_of(message, *garmin_miles).map(|(s, _)| s).as_ref())) }
            </>
        },
        Stage::Preview(reading) => match summary_of(reading, *garmin_miles) {
            None => message_view(&[
                "No run was found in these files, so no answer was filled.".to_string()
            ]),
            Some((summary, count)) => {
                let imported = answers(&summary, units, *hills);
                let replacing = replaced(&form, &imported);
                let lines = message_lines(reading, Some(&summary));
                let onuse = {
                    let form = form.clone();
                    let stage = stage.clone();
                    let reading = reading.clone();
                    let imported = imported.clone();
                    Callback::from(move |_| {
                        for action in imported.clone().actions() {
                            form.dispatch(action);
                        }
                        stage.set(Stage::Used {
                            activities: count,
                            message: reading.clone(),
                        });
                    })
                };
                let ondismiss = {
                    let stage = stage.clone();
                    Callback::from(move |_| stage.set(Stage::Cancelled))
                };
                let prev: Vec<String> =
                    summary.prev_km.iter().map(|km| km_attribute(*km)).collect();
                let unit = units.distance_label();
                let shown = |km: f64| format!("{} {unit}", distance_text(km, units));
                let mut weeks = vec![summary.week_km];
                weeks.extend(&summary.prev_km);
                let onunits = {
                    let garmin_miles = garmin_miles.clone();
                    Callback::from(move |event: Event| {
                        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                        garmin_miles.set(input.value() == "mi");
                    })
                };
                let onhills = {
                    let hills = hills.clone();
                    Callback::from(move |event: Event| {
                        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                        hills.set(input.checked());
                    })
                };
                html! {
                    <section class="activities-preview" data-testid="activities-preview" aria-labelledby="activities-preview-title"
                        data-week={km_attribute(summary.week_km)}
                        data-prev={prev.join(",")}
                        data-longest={km_attribute(summary.longest_km)}
                        data-longest30={summary.longest30_km.map(km_attribute)}
                        data-runs={summary.runs.to_string()}
                        data-cadence={summary.cadence.map(|c| c.to_string())}>
                        <h2 id="activities-preview-title">{ format!("From your files: {count} activities") }</h2>
                        <table class="import-weeks">
                            <caption>{ "Runs and distance by week, on your calendar: the distances fill this week and the weeks before" }</caption>
                            <thead><tr><th scope="col">{ "Week" }</th><th scope="col">{ "Runs" }</th><th scope="col">{ "Distance" }</th></tr></thead>
                            <tbody>
                                { for weeks.iter().enumerate().map(|(index, km)| html! {
                                    <tr>
                                        <th scope="row">{ week_name(index) }</th>
                                        <td>{ summary.runs_by_week[index] }</td>
                                        <td>{ shown(*km) }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                        if summary.prev_km.len() < 4 {
                            <p class="hint">{ format!(
                                "Your files start {} weeks ago, so the {} before are left for you to answer (not taken as weeks without running).",
                                summary.prev_km.len() + 1,
                                if summary.prev_km.len() == 3 { "week" } else { "weeks" }
                            ) }</p>
                        }
                        if summary.newest_days_ago > 7 {
                            <p class="warning">{ format!(
                                "Your newest activity is {} days old. Runs since then are not in these files, so add them, or this week reads as no running.",
                                summary.newest_days_ago
                            ) }</p>
                        }
                        <h3>{ "The other answers they give" }</h3>
                        <ul class="import-answers">
                            <li>{ format!("Longest run this week: {}", shown(summary.longest_km)) }</li>
                            if let Some(km) = summary.longest30_km {
                                <li>{ format!("Longest run in the 30 days before: {}", shown(km)) }</li>
                            }
                            <li>{ match summary.cadence {
                                Some(cadence) => format!("Cadence: {cadence} steps a minute (the middle of this week's runs)"),
                                None => "Cadence: not recorded in these files".to_string(),
                            } }</li>
                        </ul>
                        if !reading.garmin_rows.is_empty() {
                            <fieldset class="import-units">
                                <legend>{ "Garmin's list does not say its units. Its distances are in:" }</legend>
                                <label><input type="radio" name="garmin-units" value="km" checked={!*garmin_miles} onchange={onunits.clone()} />{ " Kilometres" }</label>
                                <label><input type="radio" name="garmin-units" value="mi" checked={*garmin_miles} onchange={onunits} />{ " Miles" }</label>
                            </fieldset>
                        }
                        if summary.hills_suggested {
                            <p class="import-hills">
                                <input type="checkbox" id="import-hills" checked={*hills} onchange={onhills} />
                                <label for="import-hills">{ " You climbed much more this week than in the weeks before: count it as hills added" }</label>
                            </p>
                        }
                        if !replacing.is_empty() {
                            <p class="warning">{ format!("Using these replaces what you typed: {}.", replacing.join("; ")) }</p>
                        }
                        <div class="share-row">
                            <button type="button" data-testid="activities-use" onclick={onuse}>{ "Use these" }</button>
                            <button type="button" class="secondary-button" onclick={ondismiss}>{ "Cancel" }</button>
                        </div>
                        { message_view(&lines) }
                    </section>
                }
            }
        },
    };
    html! {
        <div class="field activity-import" {ondragover} {ondrop}>
            <label for="import-activities">{ IMPORT_LABEL }</label>
            <p class="hint" id="import-activities-hint">{ IMPORT_HINT }</p>
            <input id="import-activities" type="file" multiple=true accept={IMPORT_ACCEPT} data-testid="import-activities"
                aria-describedby="import-activities-hint" {onchange} />
            { body }
        </div>
    }
}
