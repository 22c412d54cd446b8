use yew::prelude::*;

use crate::browser::{clock, viewport};
use crate::history::trend::{trend, HEIGHT};
use crate::history::SavedAssessment;
use crate::model::decimal::format_number;
use crate::model::units::{describe_distance, Units};

/// A saved day (`YYYY-MM-DD`) as the runner's browser writes dates; read at local noon so
/// no time zone moves it to the day before.
fn local(day: &str) -> String {
    clock::date_in_locale(&format!("{day}T12:00:00"))
}

#[derive(Properties, PartialEq)]
pub struct TrendChartProps {
    pub entries: Vec<SavedAssessment>,
    pub units: Units,
}

/// Score over time over the band zones, weekly distance as bars, and the same as a table for
/// screen readers. Laid out for the screen's width, every point in view.
#[component]
pub fn TrendChart(props: &TrendChartProps) -> Html {
    let Some(chart) = trend(&props.entries, viewport::chart_width()) else {
        return Html::default();
    };
    let width = format_number(chart.width);
    let units = props.units;
    let max_label = describe_distance(chart.max_week_km, units);
    html! {
        <figure class="trend" aria-labelledby="trend-caption">
            <figcaption id="trend-caption">
                { "Your score over time, over the bands; grey bars show that week's distance" }
            </figcaption>
            <svg data-testid="trend-chart" viewBox={format!("0 0 {width} {HEIGHT}")} role="img"
                width={width.clone()} style={format!("max-width: {width}px")}
                aria-labelledby="trend-caption" xmlns="http://www.w3.org/2000/svg">
                { for chart.zones.iter().map(|zone| html! {
                    <rect class={format!("zone zone-{}", zone.band.key())} x={format_number(chart.plot_left)}
                        y={format_number(zone.y)} width={format_number(chart.plot_right - chart.plot_left)}
                        height={format_number(zone.height)} />
                }) }
                { for chart.zones.iter().map(|zone| html! {
                    <text class="zone-label" x={format_number(chart.plot_left + 4.0)} y={format_number(zone.y + 13.0)}>
                        { zone.band.label() }
                    </text>
                }) }
                { for chart.points.iter().filter_map(|point| point.bar.map(|(y, height)| html! {
                    <rect class="distance-bar" x={format_number(point.x - chart.bar_width / 2.0)} y={format_number(y)}
                        width={format_number(chart.bar_width)} height={format_number(height)} />
                })) }
                <path class="score-line" d={chart.line.clone()} />
                { for chart.points.iter().map(|point| html! {
                    <circle class="score-point" data-testid="trend-point" cx={format_number(point.x)} cy={format_number(point.y)} r="4.5">
                        <title>{ format!("{}: {} out of 100", local(&point.date), point.score) }</title>
                    </circle>
                }) }
                <text class="axis-label" x={format_number(chart.plot_left - 6.0)} y={format_number(chart.plot_top + 4.0)} text-anchor="end">{ "100" }</text>
                <text class="axis-label" x={format_number(chart.plot_left - 6.0)} y={format_number(chart.plot_bottom)} text-anchor="end">{ "0" }</text>
                if chart.max_week_km > 0.0 {
                    <text class="axis-label" x={format_number(chart.plot_right + 4.0)} y={format_number(chart.plot_top + 0.1 * (chart.plot_bottom - chart.plot_top) + 4.0)}>{ max_label }</text>
                }
                if let (Some(first), Some(last)) = (chart.points.first(), chart.points.last()) {
                    <text class="axis-label" x={format_number(chart.plot_left)} y={format_number(HEIGHT - 8.0)}>{ local(&first.date) }</text>
                    if chart.points.len() > 1 {
                        <text class="axis-label" x={format_number(chart.plot_right)} y={format_number(HEIGHT - 8.0)} text-anchor="end">{ local(&last.date) }</text>
                    }
                }
            </svg>
            <details class="trend-table">
                <summary>{ "Show the chart as a table" }</summary>
                <table>
                    <caption class="visually-hidden">{ "Score and weekly distance of each saved check, oldest first" }</caption>
                    <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Score" }</th><th scope="col">{ "Band" }</th><th scope="col">{ "Distance that week" }</th></tr></thead>
                    <tbody>
                        { for chart.points.iter().map(|point| html! {
                            <tr>
                                <td>{ local(&point.date) }</td>
                                <td>{ point.score }</td>
                                <td>{ point.band_words.clone() }</td>
                                <td>{ point.week_km.map_or_else(|| "not given".to_string(), |km| describe_distance(km, units)) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
