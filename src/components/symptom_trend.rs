use yew::prelude::*;

use crate::browser::viewport;
use crate::history::symptoms::SymptomEntry;
use crate::history::trend::{NARROWEST, WIDEST};
use crate::model::decimal::format_number;
use crate::plan::rules::PAIN_LIMIT;
use crate::route::Route;
use crate::state::RouteLink;

const HEIGHT: f64 = 180.0;
const LEFT: f64 = 34.0;
/// Room right of the last point, for its date.
const RIGHT_MARGIN: f64 = 20.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 150.0;

fn y_of(score: u8) -> f64 {
    BOTTOM - (BOTTOM - TOP) * f64::from(score) / 10.0
}

fn path_of(points: &[(f64, f64)]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, (x, y))| {
            format!(
                "{}{} {}",
                if i == 0 { "M" } else { "L" },
                format_number(*x),
                format_number(*y)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Properties, PartialEq)]
pub struct SymptomTrendProps {
    /// Oldest first.
    pub entries: Vec<SymptomEntry>,
}

/// The symptom log beside the checks' trend: pain during runs and the next morning, with the
/// limit of 3 the plan works to, and the same as a table. Laid out for the screen's width,
/// as the trend is.
#[component]
pub fn SymptomTrend(props: &SymptomTrendProps) -> Html {
    let entries = &props.entries;
    if entries.is_empty() {
        return html! {
            <p class="hint">{ "No symptom log yet: log how the knee feels after runs on the " }<RouteLink to={Route::Plan}>{ "plan" }</RouteLink>{ ", and it shows here beside your checks." }</p>
        };
    }
    let width = viewport::chart_width().clamp(NARROWEST, WIDEST);
    let right = width - RIGHT_MARGIN;
    let step = if entries.len() > 1 {
        (right - LEFT) / (entries.len() - 1) as f64
    } else {
        0.0
    };
    let x_of = |index: usize| LEFT + step * index as f64;
    let during: Vec<(f64, f64)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (x_of(i), y_of(e.during)))
        .collect();
    let morning: Vec<(f64, f64)> = entries
        .iter()
        .enumerate()
        .map(|(i, e)| (x_of(i), y_of(e.morning)))
        .collect();
    let limit = y_of(PAIN_LIMIT.value as u8);
    html! {
        <figure class="trend symptom-trend" aria-labelledby="symptom-trend-caption">
            <figcaption id="symptom-trend-caption">{ "Knee pain after runs, from your symptom log: during the run (solid) and the next morning (dashed), with the limit of 3" }</figcaption>
                <svg data-testid="symptom-chart" viewBox={format!("0 0 {} {HEIGHT}", format_number(width))} role="img" aria-labelledby="symptom-trend-caption" xmlns="http://www.w3.org/2000/svg"
                    width={format_number(width)} style={format!("max-width: {}px", format_number(width))}>
                    <line class="limit" x1={format_number(LEFT)} x2={format_number(right)} y1={format_number(limit)} y2={format_number(limit)} />
                    <text class="axis-label" x={format_number(LEFT - 6.0)} y={format_number(TOP + 4.0)} text-anchor="end">{ "10" }</text>
                    <text class="axis-label" x={format_number(LEFT - 6.0)} y={format_number(limit + 4.0)} text-anchor="end">{ "3" }</text>
                    <text class="axis-label" x={format_number(LEFT - 6.0)} y={format_number(BOTTOM + 4.0)} text-anchor="end">{ "0" }</text>
                    <path class="pain-during" d={path_of(&during)} />
                    <path class="pain-morning" d={path_of(&morning)} />
                    { for entries.iter().zip(&during).map(|(entry, (x, y))| html! {
                        <circle class="pain-point" data-testid="symptom-point" cx={format_number(*x)} cy={format_number(*y)} r="4">
                            <title>{ format!("{}: {} during, {} next morning", entry.date, entry.during, entry.morning) }</title>
                        </circle>
                    }) }
                    <text class="axis-label" x={format_number(LEFT)} y={format_number(HEIGHT - 8.0)}>{ entries[0].date.clone() }</text>
                    if entries.len() > 1 {
                        <text class="axis-label" x={format_number(right)} y={format_number(HEIGHT - 8.0)} text-anchor="end">{ entries[entries.len() - 1].date.clone() }</text>
                    }
                </svg>
            <details class="trend-table">
                <summary>{ "Show the log as a table" }</summary>
                <table>
                    <caption class="visually-hidden">{ "Symptom log entries, oldest first" }</caption>
                    <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "During" }</th><th scope="col">{ "Next morning" }</th><th scope="col">{ "Stairs" }</th><th scope="col">{ "Squatting" }</th><th scope="col">{ "Sitting" }</th></tr></thead>
                    <tbody>
                        { for entries.iter().map(|entry| html! {
                            <tr><td>{ entry.date.clone() }</td><td>{ entry.during }</td><td>{ entry.morning }</td><td>{ entry.stairs }</td><td>{ entry.squatting }</td><td>{ entry.sitting }</td></tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
