//! The worked runners of `shared/examples/profiles.md`, through their check links.
#![cfg(not(target_arch = "wasm32"))]

use knee_check::link::{check_query, decode};
use knee_check::model::{assess, Band};

const STEADY: &str = "#/check?v=1&units=km&week=30&prev=30,29,31,30&longest=10&longest30=11&runs=4&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0";
const SPIKE: &str = "#/check?v=1&units=km&week=45&prev=30,29,31,30&longest=18&longest30=11&runs=5&added=speed,hills&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0";
const SPIKE_NO_STRENGTH: &str = "#/check?v=1&units=km&week=45&prev=30,29,31,30&longest=18&longest30=11&runs=5&added=speed,hills&strength=0&shoes=same&injury=none&pain=0";
const STEADY_WITH_LOCKING: &str = "#/check?v=1&units=km&week=30&prev=30,29,31,30&longest=10&longest30=11&runs=4&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0&flags=locking";
/// `steady` with each distance divided by 1.609344 and written to two decimals.
const STEADY_IN_MILES: &str = "#/check?v=1&units=mi&week=18.64&prev=18.64,18.02,19.26,18.64&longest=6.21&longest30=6.84&runs=4&strength=2&focus=quads,glutes,hamstrings,calves&shoes=same&injury=none&pain=0";

fn report(fragment: &str) -> knee_check::model::Report {
    let query = check_query(fragment).expect("a check link");
    let decoded = decode(query);
    assert!(
        decoded.unused.is_empty(),
        "{fragment}: {:?}",
        decoded.unused
    );
    assess(&decoded.assessment)
}

#[test]
fn steady_is_low() {
    let steady = report(STEADY);
    assert_eq!(steady.scoring.band, Band::Low);
    assert!(steady.triage.is_none());
}

/// What the result page says above the score, for a link.
fn words(fragment: &str) -> (&'static str, String) {
    let words = report(fragment).words;
    (words.headline, words.summary)
}

#[test]
fn a_low_band_is_no_all_clear_until_pain_and_warning_signs_are_answered() {
    // `steady` answers the pain but not the warning signs.
    let (head, said) = words(STEADY);
    assert!(
        head.contains("so far") && head.contains("not an all-clear"),
        "{head}"
    );
    assert!(
        said.contains("warning sign") && !said.contains("Keep building"),
        "{said}"
    );
    // Only the distances, a steady week: neither pain nor warning signs.
    let half = "#/check?v=1&week=32&prev=30,30,30,30";
    assert_eq!(report(half).scoring.band, Band::Low);
    let (head, said) = words(half);
    assert!(head.contains("so far"), "{head}");
    assert!(
        said.contains("hurts") && said.contains("warning sign"),
        "{said}"
    );
    // Both answered, none ticked: now low is low.
    let (head, said) = words(&format!("{STEADY}&flags="));
    assert_eq!(head, Band::Low.headline());
    assert!(said.contains("Keep building"), "{said}");
}

#[test]
fn no_band_says_keep_building_to_a_runner_in_pain() {
    for pain in 1..=3 {
        let sore = STEADY.replace("pain=0", &format!("pain={pain}"));
        assert_eq!(report(&format!("{sore}&flags=")).scoring.band, Band::Low);
        let (head, said) = words(&format!("{sore}&flags="));
        assert!(head.contains("hurts"), "{head}");
        assert!(
            said.contains("hold your running") && !said.contains("Keep building"),
            "{said}"
        );
        // Warning signs still unanswered: asked for, and the pain still comes first.
        let (_, said) = words(&sore);
        assert!(
            said.starts_with("Your knee hurts") && said.contains("warning sign"),
            "{said}"
        );
        let (_, said) = words(&format!(
            "{}&flags=",
            SPIKE.replace("pain=0", &format!("pain={pain}"))
        ));
        assert!(
            said.contains("already hurts") && !said.contains("before pain does it"),
            "{said}"
        );
    }
}

#[test]
fn a_spike_scores_above_steady_and_at_least_moderate() {
    let (steady, spike) = (report(STEADY), report(SPIKE));
    assert!(spike.scoring.score > steady.scoring.score);
    assert!(
        spike.scoring.band >= Band::Moderate,
        "{}",
        spike.scoring.score
    );
    let keys: Vec<_> = spike
        .scoring
        .factors
        .iter()
        .filter(|f| f.points > 0)
        .map(|f| f.factor.key())
        .collect();
    for expected in ["long_run_spike", "added_intensity"] {
        assert!(keys.contains(&expected), "{keys:?}");
    }
    // The week's rise is the same change as the long run: shown, and counted once.
    let week = spike
        .scoring
        .factors
        .iter()
        .find(|f| f.factor.key() == "weekly_progression")
        .expect("the week's rise is shown");
    assert!(week.rate > 1.0 && week.points == 0 && week.discount.is_some());
}

#[test]
fn dropping_strength_work_scores_above_the_spike() {
    assert!(report(SPIKE_NO_STRENGTH).scoring.score > report(SPIKE).scoring.score);
}

#[test]
fn locking_brings_triage_whatever_the_score() {
    let locking = report(STEADY_WITH_LOCKING);
    assert_eq!(locking.scoring.score, report(STEADY).scoring.score);
    assert!(locking.triage.is_some());
    assert_eq!(locking.scoring.band, Band::SeeClinician);
    assert_eq!(locking.scoring.load_band, Band::Low);
    assert!(locking.steps[0].title.contains("checked"));
}

#[test]
fn steady_and_sore_is_high_and_led_by_rehab() {
    let sore = report(&STEADY.replace("pain=0", "pain=6"));
    assert!(sore.scoring.band >= Band::High);
    assert!(sore.steps[0].title.starts_with("Adjust running"));
    assert!(sore.steps[0].advice[0].starts_with("First, answer the warning signs"));
    assert!(sore.steps[0].advice[1].contains("6 out of 10"));
}

#[test]
fn sore_below_the_kneecap_sounds_like_a_tendon() {
    let below = report(&STEADY.replace("pain=0", "pain=3&pain_site=below"));
    let prompt = below.physio.expect("a physio prompt");
    assert!(prompt.sounds_like.unwrap().words.contains("tendon"));
}

#[test]
fn half_answered_shows_how_high_it_could_go() {
    let half = report("#/check?v=1&week=40&prev=30,30,30,30");
    assert!(half.scoring.max_score.unwrap() > half.scoring.score);
    assert_eq!(half.scoring.band, Band::Moderate);
}

#[test]
fn the_documented_figures_hold() {
    let docs = include_str!("../docs/model.md");
    for (name, fragment) in [
        ("steady", STEADY),
        ("spike", SPIKE),
        ("spike, no strength", SPIKE_NO_STRENGTH),
    ] {
        let scoring = report(fragment).scoring;
        let row = format!(
            "| {name} | {} | {:.2} | `{}` |",
            scoring.score,
            scoring.rate,
            scoring.band.key()
        );
        assert!(docs.contains(&row), "docs/model.md lacks: {row}");
    }
}

#[test]
fn steady_in_miles_scores_the_same_within_one() {
    let (km, mi) = (
        report(STEADY).scoring.score,
        report(STEADY_IN_MILES).scoring.score,
    );
    assert!(km.abs_diff(mi) <= 1, "km {km}, mi {mi}");
}

#[test]
fn the_spike_gets_what_ifs_that_each_help() {
    let spike = report(SPIKE_NO_STRENGTH);
    assert!(spike.what_ifs.len() >= 2);
    assert!(spike.what_ifs.iter().all(|w| w.rate < spike.scoring.rate));
}
