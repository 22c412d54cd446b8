use yew::prelude::*;

use crate::model::units::Units;
use crate::plan::calendar::week_summary;
use crate::plan::dated::{plan_distance_text, PlanDates};
use crate::plan::generator::STRENGTH_STAGES;
use crate::plan::{Plan, Step};

fn step_words(step: Step) -> &'static str {
    match step {
        Step::Build => "Build",
        Step::Hold => "Hold",
        Step::StepBack => "Step back",
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanWeeksProps {
    pub plan: Plan,
    pub units: Units,
    /// The weeks' dates, when today's date could be read.
    pub dates: Option<PlanDates>,
}

/// The six weeks as a table (each row carries its target and first day for automated
/// checks; on a phone each row stacks, every column labelled), then the strength stages the
/// rows refer to.
#[component]
pub fn PlanWeeks(props: &PlanWeeksProps) -> Html {
    let units = props.units;
    let unit = units.distance_label();
    html! {
        <>
            <div class="plan-table-wrap" tabindex="0" role="region" aria-label="The plan's weeks; scroll sideways on small screens">
                <table class="plan-table">
                    <caption>{ "Six weeks, one row a week" }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ "Week" }</th>
                            <th scope="col">{ format!("Distance ({unit})") }</th>
                            <th scope="col">{ "Runs" }</th>
                            <th scope="col">{ format!("Longest run ({unit})") }</th>
                            <th scope="col">{ "Hills and speed" }</th>
                            <th scope="col">{ "Strength" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for props.plan.weeks.iter().map(|week| {
                            let distance = plan_distance_text(week.distance_km, units);
                            let long_run_label = format!("Longest run ({unit})");
                            html! {
                                <tr data-testid="plan-week" data-distance={distance.clone()} data-start={props.dates.map(|dates| dates.start_iso(week))} aria-label={week_summary(week, units)}>
                                    <th scope="row">
                                        { format!("Week {}", week.number) }
                                        if let Some(dates) = props.dates {
                                            <span class="week-dates">{ dates.span(week) }</span>
                                        }
                                        <span class={classes!("step", format!("step-{}", step_words(week.step).to_ascii_lowercase().replace(' ', "-")))}>{ step_words(week.step) }</span>
                                    </th>
                                    <td data-label={format!("Distance ({unit})")}>{ distance }</td>
                                    <td data-label="Runs">{ week.runs }</td>
                                    <td data-label={long_run_label}>{ format!("at most {}", plan_distance_text(week.long_run_km, units)) }</td>
                                    <td data-label="Hills and speed">{ match (week.hills, week.speed) {
                                        (_, true) => "Hills, some speed",
                                        (true, false) => "Hills may return",
                                        _ => "Flat and easy",
                                    } }</td>
                                    <td data-label="Strength">{ format!("{} sessions, {}", week.strength_sessions, week.strength.name.to_ascii_lowercase()) }</td>
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <section class="plan-strength" aria-labelledby="plan-strength-title">
                <h2 id="plan-strength-title">{ "Strength, alongside" }</h2>
                <p>{ "Two sessions a week, three from week 3, for quads, glutes, hamstrings and calves. Slow, and hard by the last repetitions; keep the knee's pain at 3 out of 10 or less." }</p>
                <dl>
                    { for STRENGTH_STAGES.iter().enumerate().map(|(index, stage)| html! {
                        <>
                            <dt>{ format!("{} (weeks {} and {})", stage.name, index * 2 + 1, index * 2 + 2) }</dt>
                            <dd>{ stage.exercises }</dd>
                        </>
                    }) }
                </dl>
                <p>{ "Recovery tools support the plan, they do not replace it: taping the kneecap, ice after runs and a foam roller can ease symptoms while the load and strength do the work." }</p>
            </section>
        </>
    }
}
