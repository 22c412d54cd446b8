//! Properties of the import's week windows: a run belongs to the runner's calendar day it
//! started on, in any time zone, across summer-time changes, whatever the hour.
#![cfg(not(target_arch = "wasm32"))]

use knee_check::activities::summary::summarise;
use knee_check::activities::{Activity, Origin, Sport, Start};
use proptest::prelude::*;

const DAY: i64 = 86_400;
/// Noon UTC on 2026-12-06.
const NOW: i64 = 1_796_558_400;

fn run(start: i64, km: f64) -> Activity {
    Activity {
        start: Start::Instant(start),
        sport: Sport::Run,
        distance_km: Some(km),
        ascent_m: None,
        cadence_spm: None,
        origin: Origin::ActivityFile,
    }
}

/// A run starting `minute` minutes into the runner's day `days_ago` before today, as an
/// instant, in a zone whose offset is `offset_of`.
fn at_local(days_ago: i64, minute: i64, now: i64, offset_of: &dyn Fn(i64) -> i32) -> i64 {
    let today = (now + i64::from(offset_of(now)) * 60).div_euclid(DAY);
    let wall = (today - days_ago) * DAY + minute * 60;
    // The instant whose local time is `wall`: the offset before or after a change, whichever
    // is consistent (a time in a spring-forward gap takes the later offset).
    let guess = wall - i64::from(offset_of(wall)) * 60;
    let instant = wall - i64::from(offset_of(guess)) * 60;
    if instant + i64::from(offset_of(instant)) * 60 == wall {
        instant
    } else {
        guess
    }
}

fn block_of(days_ago: i64) -> usize {
    (days_ago / 7) as usize
}

proptest! {
    #[test]
    fn a_run_lands_in_the_block_of_its_local_day(
        offset in -720i32..=840,
        days_ago in 0i64..35,
        minute in 0i64..1440,
        km in 0.5f64..40.0,
    ) {
        let zone = move |_: i64| offset;
        // An anchor run 34 days ago so every block is covered.
        let anchor = at_local(34, 600, NOW, &zone);
        let start = at_local(days_ago, minute, NOW, &zone);
        let summary = summarise(&[run(anchor, 1.0), run(start, km)], NOW, &zone).unwrap();
        let mut blocks = vec![summary.week_km];
        blocks.extend(&summary.prev_km);
        prop_assert_eq!(blocks.len(), 5);
        let mut want = [0.0; 5];
        want[4] += 1.0;
        want[block_of(days_ago)] += km;
        for (got, want) in blocks.iter().zip(want) {
            prop_assert!((got - want).abs() < 1e-9, "{:?} {:?}", blocks, want);
        }
        prop_assert_eq!(summary.runs, u32::from(days_ago < 7));
    }

    #[test]
    fn summer_time_changes_do_not_move_a_run_to_another_week(
        change_days_ago in 0i64..35,
        before in -600i32..=600,
        shift in prop_oneof![Just(60i32), Just(-60i32), Just(30i32)],
        days_ago in 0i64..35,
        minute in 0i64..1440,
    ) {
        let change = NOW - change_days_ago * DAY - 3 * 3600;
        let zone = move |t: i64| if t < change { before } else { before + shift };
        let anchor = at_local(34, 600, NOW, &zone);
        let start = at_local(days_ago, minute, NOW, &zone);
        let summary = summarise(&[run(anchor, 1.0), run(start, 10.0)], NOW, &zone).unwrap();
        let local_day_ago = {
            let today = (NOW + i64::from(zone(NOW)) * 60).div_euclid(DAY);
            today - (start + i64::from(zone(start)) * 60).div_euclid(DAY)
        };
        let mut blocks = vec![summary.week_km];
        blocks.extend(&summary.prev_km);
        prop_assert!((blocks[block_of(local_day_ago)] - 10.0 - if block_of(local_day_ago) == 4 { 1.0 } else { 0.0 }).abs() < 1e-9,
            "{:?} day {}", blocks, local_day_ago);
        // Gaps aside, the run is on the day it was meant to be.
        prop_assert!((local_day_ago - days_ago).abs() <= 1);
    }

    #[test]
    fn the_weeks_add_up_and_the_longest_is_a_run_of_its_window(
        runs in prop::collection::vec((0i64..60 * DAY, 0.0f64..50.0), 1..40),
    ) {
        let zone = |_: i64| 60;
        let activities: Vec<Activity> = runs.iter().map(|(ago, km)| run(NOW - ago, *km)).collect();
        let summary = summarise(&activities, NOW, &zone).unwrap();
        prop_assert!(summary.longest_km <= summary.week_km + 1e-9);
        prop_assert!(summary.prev_km.len() <= 4);
        let total: f64 = summary.week_km + summary.prev_km.iter().sum::<f64>();
        let all: f64 = runs.iter().map(|(_, km)| km).sum();
        prop_assert!(total <= all + 1e-9);
        prop_assert_eq!(summary.runs_by_week.len(), summary.prev_km.len() + 1);
        prop_assert_eq!(summary.runs_by_week[0], summary.runs);
        // Adding a run today never lowers this week.
        let mut more = activities.clone();
        more.push(run(NOW, 5.0));
        let grown = summarise(&more, NOW, &zone).unwrap();
        prop_assert!(grown.week_km >= summary.week_km + 5.0 - 1e-9);
    }
}

#[test]
fn a_run_exactly_seven_days_ago_is_last_weeks() {
    let zone = |_: i64| 0;
    let summary = summarise(
        &[run(NOW - 7 * DAY, 10.0), run(NOW - 6 * DAY, 5.0)],
        NOW,
        &zone,
    )
    .unwrap();
    assert_eq!(summary.week_km, 5.0);
    assert_eq!(summary.prev_km, vec![10.0]);
}

#[test]
fn a_run_that_crosses_midnight_counts_on_the_day_it_started() {
    // 23:30 on the runner's clock in UTC+1, seven days ago less a day: this week's first day.
    let zone = |_: i64| 60;
    let start = at_local(6, 23 * 60 + 30, NOW, &zone);
    let summary = summarise(&[run(start, 21.1)], NOW, &zone).unwrap();
    assert_eq!(summary.week_km, 21.1);
}

#[test]
fn weeks_before_the_earliest_activity_are_left_unanswered_not_zero() {
    let zone = |_: i64| 0;
    let summary = summarise(&[run(NOW - DAY, 10.0)], NOW, &zone).unwrap();
    assert!(summary.prev_km.is_empty());
    assert_eq!(summary.longest30_km, None);
    let summary = summarise(&[run(NOW - DAY, 10.0), run(NOW - 9 * DAY, 8.0)], NOW, &zone).unwrap();
    assert_eq!(summary.prev_km, vec![8.0]);
    assert_eq!(summary.longest30_km, Some(8.0));
}

#[test]
fn cadence_is_the_median_of_this_weeks_recorded_runs() {
    let zone = |_: i64| 0;
    let with = |ago: i64, spm: Option<f64>| Activity {
        cadence_spm: spm,
        ..run(NOW - ago * DAY, 8.0)
    };
    let summary = summarise(
        &[
            with(1, Some(160.0)),
            with(2, Some(170.0)),
            with(3, None),
            with(4, Some(181.0)),
            with(10, Some(100.0)),
        ],
        NOW,
        &zone,
    )
    .unwrap();
    assert_eq!(summary.cadence, Some(170));
    let none = summarise(&[with(1, None)], NOW, &zone).unwrap();
    assert_eq!(none.cadence, None);
}

#[test]
fn much_more_climbing_than_usual_is_offered_as_hills_added() {
    let zone = |_: i64| 0;
    let climb = |ago: i64, m: f64| Activity {
        ascent_m: Some(m),
        ..run(NOW - ago * DAY, 10.0)
    };
    let flat: Vec<Activity> = (1..30).step_by(3).map(|ago| climb(ago, 20.0)).collect();
    assert!(!summarise(&flat, NOW, &zone).unwrap().hills_suggested);
    let mut hilly = flat.clone();
    hilly.push(climb(0, 250.0));
    assert!(summarise(&hilly, NOW, &zone).unwrap().hills_suggested);
}

/// The great-circle distance, with the standard library's trigonometry.
fn haversine_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let a = ((lat2 - lat1).to_radians() / 2.0).sin().powi(2)
        + phi1.cos() * phi2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0088 * a.sqrt().asin()
}

proptest! {
    #[test]
    fn a_track_step_is_its_great_circle_distance_to_a_millimetre(
        lat in -85.0f64..85.0,
        lon in -180.0f64..180.0,
        north in -0.009f64..0.009,
        east in -0.009f64..0.009,
    ) {
        let here = (lat, lon);
        let there = (lat + north, lon + east);
        let step = knee_check::activities::xml::step_km(here, there);
        prop_assert!((step - haversine_km(here, there)).abs() < 1e-6, "{step}");
    }
}

#[test]
fn a_step_across_the_antimeridian_goes_the_short_way() {
    let step = knee_check::activities::xml::step_km((0.0, 179.9995), (0.0, -179.9995));
    assert!((step - 0.111).abs() < 0.001, "{step}");
}
