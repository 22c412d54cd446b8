//! Properties of the plan generator over thousands of generated runners and symptom logs,
//! including empty checks, absurd stored values and no log at all.
#![cfg(not(target_arch = "wasm32"))]

use knee_check::history::entries::KeptFields;
use knee_check::history::symptoms::SymptomEntry;
use knee_check::model::units::Units;
use knee_check::model::Assessment;
use knee_check::plan::calendar::calendar;
use knee_check::plan::dated::{describe_plan_distance, PlanDates};
use knee_check::plan::generator::WEEKS;
use knee_check::plan::rules::{ACUTE_CHRONIC_LIMIT, PAIN_LIMIT, WEEKLY_RISE};
use knee_check::plan::{plan, verdict, Start, Step, Verdict};
use proptest::prelude::*;

/// Rounding slack: the bounds are compared on doubles.
const SLACK: f64 = 1e-9;

fn distance() -> impl Strategy<Value = f64> {
    prop_oneof![
        2 => Just(0.0),
        12 => (0u32..=30_000).prop_map(|hundredths| f64::from(hundredths) / 100.0),
        1 => Just(f64::MAX),
        1 => Just(f64::NAN),
    ]
}

fn runner() -> impl Strategy<Value = Assessment> {
    (
        proptest::option::of(distance()),
        proptest::collection::vec(distance(), 0..=4),
        proptest::option::of(distance()),
        proptest::option::of(0u8..=14),
        proptest::option::of(0u8..=10),
    )
        .prop_map(
            |(week_km, previous_weeks_km, longest, runs, pain)| Assessment {
                week_km,
                previous_weeks_km,
                longest_run_30d_km: longest,
                runs,
                pain,
                ..Assessment::default()
            },
        )
}

fn symptom_log() -> impl Strategy<Value = Vec<SymptomEntry>> {
    proptest::collection::vec(
        (1u32..=28, 0u8..=10, 0u8..=10, 0u8..=10, 0u8..=10, 0u8..=10),
        0..4,
    )
    .prop_map(|entries| {
        entries
            .into_iter()
            .enumerate()
            .map(
                |(i, (day, during, morning, stairs, squatting, sitting))| SymptomEntry {
                    id: format!("entry-{i}"),
                    date: format!("2026-11-{day:02}"),
                    during,
                    morning,
                    stairs,
                    squatting,
                    sitting,
                    kept: KeptFields::new(),
                },
            )
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_week_stays_within_the_weekly_rise_and_the_acute_chronic_bound(
        assessment in runner(),
        log in symptom_log(),
    ) {
        let plan = plan(&assessment, &log);
        prop_assert_eq!(plan.weeks.len(), WEEKS);
        let mut history = plan.before_km.clone();
        for week in &plan.weeks {
            let distance = week.distance_km;
            prop_assert!(distance.is_finite() && distance > 0.0, "{:?}", week);
            let last = *history.last().unwrap();
            prop_assert!(distance <= last * (1.0 + WEEKLY_RISE.value) + SLACK, "week {} rose too fast", week.number);
            let chronic: f64 = history[history.len() - 4..].iter().sum::<f64>() / 4.0;
            prop_assert!(distance <= chronic * ACUTE_CHRONIC_LIMIT.value + SLACK, "week {} over the bound", week.number);
            prop_assert!(week.long_run_km > 0.0 && week.long_run_km <= distance + SLACK);
            prop_assert!(week.runs >= 1 && week.runs <= 7);
            history.push(distance);
        }
    }

    #[test]
    fn with_pain_over_the_limit_and_not_settled_no_week_goes_up(
        assessment in runner(),
        pain in (PAIN_LIMIT.value as u8 + 1)..=10,
        log in symptom_log(),
    ) {
        let sore = Assessment { pain: Some(pain), ..assessment };
        let plan = plan(&sore, &log);
        let settled = log.iter().max_by(|a, b| a.date.cmp(&b.date).then(a.id.cmp(&b.id)))
            .is_some_and(|latest| verdict(latest) != Verdict::StepBack);
        if !settled {
            prop_assert!(plan.weeks[0].distance_km <= plan.start_km + SLACK);
            for pair in plan.weeks.windows(2) {
                prop_assert!(pair[1].distance_km <= pair[0].distance_km + SLACK);
            }
            prop_assert!(plan.weeks.iter().all(|w| w.step != Step::Build && !w.hills && !w.speed));
        }
    }

    #[test]
    fn after_a_held_week_the_next_rises_from_the_held_one(assessment in runner(), log in symptom_log()) {
        let plan = plan(&assessment, &log);
        for pair in plan.weeks.windows(2) {
            if pair[0].step == Step::Hold && pair[1].step == Step::Build {
                prop_assert!(pair[1].distance_km <= pair[0].distance_km * (1.0 + WEEKLY_RISE.value) + SLACK);
            }
        }
    }

    /// The page, the printout and the calendar file show each week's figures by one rule.
    #[test]
    fn the_calendar_file_says_what_the_page_says(assessment in runner(), log in symptom_log(), miles in any::<bool>()) {
        let units = if miles { Units::Mi } else { Units::Km };
        let plan = plan(&assessment, &log);
        let file = calendar(&plan, units, "2026-12-06", "20261206T080000Z").expect("a file");
        let dates = PlanDates::from_today("2026-12-06").expect("a date");
        for week in &plan.weeks {
            let summary = format!("SUMMARY:Knee plan week {}: {} in {} runs", week.number, describe_plan_distance(week.distance_km, units), week.runs);
            prop_assert!(file.contains(&summary), "{} not in the file", summary);
            let start = dates.start_iso(week).replace('-', "");
            let dtstart = format!("DTSTART;VALUE=DATE:{start}");
            prop_assert!(file.contains(&dtstart));
        }
    }

    /// A plan that starts below a week that rose too fast rises from its own start.
    #[test]
    fn a_spike_lends_the_plan_no_room_to_rise(assessment in runner(), log in symptom_log()) {
        let plan = plan(&assessment, &log);
        if matches!(plan.start, Start::RoseTooFast | Start::RoseFromLittleRunning) {
            prop_assert!(plan.weeks[0].distance_km <= plan.start_km * (1.0 + WEEKLY_RISE.value) + SLACK);
        }
    }
}
