//! Runners of our own, each read as a sports physio would read the result: the band a
//! physio would sign, the words that must and must not appear, and the absolute risk.
#![cfg(not(target_arch = "wasm32"))]

use knee_check::link::decode;
use knee_check::model::what_if::Change;
use knee_check::model::{assess, Band, Report};

fn report(query: &str) -> Report {
    let decoded = decode(query);
    assert!(decoded.unused.is_empty(), "{query}: {:?}", decoded.unused);
    assess(&decoded.assessment)
}

/// Everything the result says in words, headline to last step.
fn said(report: &Report) -> String {
    let mut words = vec![
        report.words.headline.to_string(),
        report.words.summary.clone(),
    ];
    words.extend(report.caveats.iter().cloned());
    for step in &report.steps {
        words.push(step.title.to_string());
        words.extend(step.advice.iter().cloned());
    }
    words.join("\n")
}

#[test]
fn a_masters_runner_with_an_old_injury_is_moderate_and_told_about_the_joint() {
    let runner = report("v=1&week=40&prev=38,41,40,39&longest=14&longest30=14&runs=4&strength=2&focus=quads,glutes&injury=healed&pain=0&flags=&age=57");
    assert_eq!(runner.scoring.band, Band::Moderate);
    let words = said(&runner);
    assert!(words.contains("From 50"), "{words}");
    assert!(
        !words.contains("load your knees more"),
        "no training change to blame: {words}"
    );
    let risk = runner.absolute.expect("a figure");
    assert!(risk.per_100 > risk.reference_per_100);
    assert!(risk.low <= risk.per_100 && risk.per_100 <= risk.high);
}

#[test]
fn a_trail_runner_who_added_hills_and_speed_is_never_high_on_those_alone() {
    let runner = report("v=1&week=35&prev=35,34,36,35&longest=15&longest30=15&runs=4&added=speed,hills,less_rest&strength=2&focus=quads&injury=none&pain=0&flags=&form=overstride,knee_in,hip_drop&cadence=150&tight=quads:3,calves:3");
    assert!(
        runner.scoring.band <= Band::Moderate,
        "{:?}",
        runner.scoring.band
    );
    assert!(runner.scoring.rate < 1.75);
}

#[test]
fn a_return_after_a_month_off_counts_the_week_and_the_long_run_once() {
    let runner = report("v=1&week=25&prev=0,0,0,0&longest=8&longest30=0&runs=4&strength=2&focus=quads&injury=none&pain=0&flags=");
    let counted: Vec<_> = runner
        .scoring
        .factors
        .iter()
        .filter(|f| f.factor.is_load() && f.points > 0)
        .collect();
    assert_eq!(counted.len(), 1, "one change, one factor with points");
    assert!(runner.scoring.rate <= 2.28 + 1e-9);
}

#[test]
fn an_ultra_runner_at_high_volume_is_not_told_to_keep_building() {
    let runner = report("v=1&week=140&prev=140,135,142,138&longest=45&longest30=45&runs=8&strength=2&focus=quads&injury=none&pain=0&flags=");
    let words = said(&runner);
    assert!(!words.contains("Keep building"), "{words}");
    assert!(!words.contains("10% more a week"), "{words}");
    assert!(words.contains("hold this volume"), "{words}");
    assert!(runner.absolute.is_some(), "140 km is a real week");
}

#[test]
fn a_week_beyond_elite_marathoners_gets_no_figure_and_no_all_clear() {
    let runner = report("v=1&week=260&prev=250,255,260,250&longest=40&longest30=40&runs=12&strength=2&focus=quads&injury=none&pain=0&flags=");
    assert!(runner.absolute.is_none());
    assert_ne!(runner.words.shown_band, Band::Low);
    assert!(runner.words.headline.starts_with("Check your distances"));
}

#[test]
fn a_recurring_injury_without_strength_work_builds_capacity_and_sees_a_physio() {
    let runner = report("v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&runs=3&strength=0&injury=recurring&pain=0&flags=");
    assert_eq!(runner.scoring.band, Band::High);
    let words = said(&runner);
    assert!(words.contains("keep your running steady"), "{words}");
    assert!(!words.contains("hold your running"), "{words}");
    assert!(runner.physio.is_some());
    assert!(runner
        .what_ifs
        .iter()
        .any(|w| w.change == Change::StrengthTwiceWithQuads));
}

#[test]
fn five_strength_sessions_without_quads_are_asked_for_quads_not_more_sessions() {
    let runner = report("v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&strength=5&focus=glutes,calves&injury=none&pain=0&flags=");
    assert!(runner
        .what_ifs
        .iter()
        .all(|w| w.change != Change::StrengthTwiceWithQuads));
    assert!(runner
        .what_ifs
        .iter()
        .any(|w| w.change == Change::AddQuadsToStrength));
}

#[test]
fn a_week_is_never_suggested_below_the_long_run_it_held() {
    let runner = report("v=1&week=32&prev=20,20,20,20&longest=25&longest30=24&strength=2&focus=quads&injury=none&pain=0&flags=");
    for what_if in &runner.what_ifs {
        if let Change::HoldWeekTo(km) = what_if.change {
            assert!(km >= 25.0, "{km}");
        }
    }
}

#[test]
fn weeks_of_mild_front_pain_hold_and_see_a_physio() {
    let runner = report("v=1&week=30&prev=30,30,30,30&longest=10&longest30=10&strength=2&focus=quads&injury=none&pain=2&pain_site=front&pain_weeks=6&flags=");
    let words = said(&runner);
    assert!(
        runner.words.headline.contains("hold, do not build"),
        "{words}"
    );
    assert!(
        !words.contains("10% more a week") && !words.contains("Keep building"),
        "{words}"
    );
    assert!(runner.physio.is_some());
    assert_ne!(runner.words.shown_band, Band::Low);
}

#[test]
fn a_growing_runner_with_pain_below_the_kneecap_is_sent_to_a_physio() {
    let runner =
        report("v=1&week=15&prev=15,15,15,15&pain=2&pain_site=below&pain_weeks=2&age=12&flags=");
    let prompt = runner.physio.as_ref().expect("a physio prompt");
    assert!(prompt
        .reasons
        .iter()
        .any(|reason| reason.contains("still growing")));
    assert!(said(&runner).contains("growth-plate"));
}

#[test]
fn unanswered_warning_signs_are_asked_for_before_any_running_advice() {
    let runner = report("v=1&week=36&prev=30,30,30,30&longest=12&longest30=12&strength=1&pain=0");
    let words = said(&runner);
    assert!(!words.contains("Keep running"), "{words}");
    assert!(runner.steps[0].advice[0].starts_with("First, answer the warning signs"));
}
