//! Properties of the model and the link codec over thousands of generated runners.
#![cfg(not(target_arch = "wasm32"))]

use knee_check::model::sorted::{SortedMap, SortedSet};

use knee_check::link::{decode, encode};
use knee_check::model::absolute_risk::per_100_at;
use knee_check::model::assessment::*;
use knee_check::model::field::out_of_range;
use knee_check::model::list_answer::ListAnswer;
use knee_check::model::score::{outcome, score, score_only};
use knee_check::model::units::{Units, WeightUnits};
use knee_check::model::weights::WEIGHTS;
use knee_check::model::what_if::what_ifs;
use knee_check::model::what_if::Change;
use knee_check::model::{Assessment, Band, Factor};
use proptest::prelude::*;

/// Weekly distances, mostly as a person would type them (hundredths up to the 300 km
/// limit), sometimes absurd, as a stored value from an older version could be.
fn distance() -> impl Strategy<Value = f64> {
    prop_oneof![
        2 => Just(0.0),
        12 => (0u32..=30_000).prop_map(|hundredths| f64::from(hundredths) / 100.0),
        1 => (0u64..1_000_000_000).prop_map(|n| n as f64),
        1 => Just(f64::MAX),
    ]
}

/// Single runs, up to the 100 km limit and sometimes beyond.
fn run_distance() -> impl Strategy<Value = f64> {
    prop_oneof![
        8 => (0u32..=10_000).prop_map(|hundredths| f64::from(hundredths) / 100.0),
        1 => distance(),
    ]
}

fn set_of<T: Ord + Clone + std::fmt::Debug + 'static>(
    items: Vec<T>,
) -> impl Strategy<Value = SortedSet<T>> {
    proptest::sample::subsequence(items.clone(), 0..=items.len())
        .prop_map(|v| v.into_iter().collect())
}

/// A list answer: unanswered, "none of these", or some of `items` ticked.
fn list_of<T: Ord + Copy + std::fmt::Debug + 'static>(
    items: Vec<T>,
) -> impl Strategy<Value = ListAnswer<T>> {
    proptest::option::of(set_of(items)).prop_map(ListAnswer::from)
}

fn tightness() -> impl Strategy<Value = SortedMap<TightMuscle, Tightness>> {
    let muscles = [
        TightMuscle::Quads,
        TightMuscle::HipFlexors,
        TightMuscle::Hamstrings,
        TightMuscle::Calves,
    ];
    proptest::collection::vec(proptest::option::of(0u8..4), 4).prop_map(move |levels| {
        muscles
            .iter()
            .zip(levels)
            .filter_map(|(muscle, level)| Some((*muscle, Tightness::from_level(level?)?)))
            .collect()
    })
}

#[derive(Debug, Clone)]
struct Training {
    units: Units,
    week_km: Option<f64>,
    previous_weeks_km: Vec<f64>,
    longest_run_km: Option<f64>,
    longest_run_30d_km: Option<f64>,
    runs: Option<u8>,
    added: ListAnswer<AddedTraining>,
}

prop_compose! {
    fn training()(
        units in prop_oneof![Just(Units::Km), Just(Units::Mi)],
        week_km in proptest::option::of(distance()),
        previous_weeks_km in proptest::collection::vec(distance(), 0..=4),
        longest_run_km in proptest::option::of(run_distance()),
        longest_run_30d_km in proptest::option::of(run_distance()),
        runs in proptest::option::of(0u8..=14),
        added in list_of(vec![AddedTraining::Speed, AddedTraining::Hills, AddedTraining::LessRest]),
    ) -> Training {
        Training { units, week_km, previous_weeks_km, longest_run_km, longest_run_30d_km, runs, added }
    }
}

prop_compose! {
    fn capacity()(
        strength_sessions in proptest::option::of(0u8..=14),
        strength_focus in list_of(vec![StrengthFocus::Quads, StrengthFocus::Glutes, StrengthFocus::Hamstrings, StrengthFocus::Calves]),
        tightness in tightness(),
        sitting_hours in proptest::option::of((0u32..=2400).prop_map(|h| f64::from(h) / 100.0)),
        shoes in proptest::option::of(prop_oneof![Just(ShoeChange::Same), Just(ShoeChange::NewSimilar), Just(ShoeChange::NewMinimal), Just(ShoeChange::NewCushioned), Just(ShoeChange::NewOther)]),
        shoe_km in proptest::option::of(distance()),
    ) -> Assessment {
        Assessment { strength_sessions, strength_focus, tightness, sitting_hours, shoes, shoe_km, ..Assessment::default() }
    }
}

prop_compose! {
    fn body_and_history()(
        weight_kg in proptest::option::of(prop_oneof![
            8 => (3500u32..=25_000).prop_map(|w| f64::from(w) / 100.0),
            1 => (1u32..100_000).prop_map(|w| f64::from(w) / 100.0),
        ]),
        weight_change_kg in proptest::option::of((-5000i32..5000).prop_map(|w| f64::from(w) / 100.0)),
        form in list_of(vec![FormSign::Overstride, FormSign::KneeIn, FormSign::HipDrop]),
        cadence in proptest::option::of(120u16..=230),
        injury in proptest::option::of(prop_oneof![Just(InjuryHistory::None), Just(InjuryHistory::Healed), Just(InjuryHistory::Recurring)]),
        feet in proptest::option::of(prop_oneof![Just(FootMechanics::Neutral), Just(FootMechanics::Overpronation), Just(FootMechanics::Supination), Just(FootMechanics::Unknown)]),
        pain in proptest::option::of(0u8..=10),
        flags in list_of(vec![WarningSign::GivingWay, WarningSign::Locking, WarningSign::Swelling, WarningSign::Trauma, WarningSign::NightPain]),
        age in proptest::option::of(8u8..=100),
    ) -> Assessment {
        Assessment { weight_kg, weight_change_kg, form, cadence, injury, feet, pain, flags, age, ..Assessment::default() }
    }
}

/// A whole runner, any field possibly unanswered.
fn assessment() -> BoxedStrategy<Assessment> {
    (training(), capacity(), body_and_history())
        .prop_map(|(t, capacity, body)| Assessment {
            units: t.units,
            week_km: t.week_km,
            previous_weeks_km: t.previous_weeks_km,
            longest_run_km: t.longest_run_km,
            longest_run_30d_km: t.longest_run_30d_km,
            runs: t.runs,
            added: t.added,
            weight_kg: body.weight_kg,
            weight_change_kg: body.weight_change_kg,
            form: body.form,
            cadence: body.cadence,
            injury: body.injury,
            feet: body.feet,
            pain: body.pain,
            flags: body.flags,
            age: body.age,
            ..capacity
        })
        .boxed()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4000, max_global_rejects: 40_000, ..ProptestConfig::default() })]

    #[test]
    fn the_score_is_bounded_finite_and_explained(a in assessment()) {
        let scoring = score(&a);
        prop_assert!(scoring.score < 100, "the scale never reaches 100");
        prop_assert!(scoring.rate.is_finite() && scoring.rate > 0.0);
        for factor in &scoring.factors {
            prop_assert!(factor.rate.is_finite() && factor.rate > 0.0);
            prop_assert!(factor.rate <= factor.factor.worst_rate(&a) + 1e-9, "{:?}", factor.factor);
        }
        let shown: i32 = scoring.factors.iter().map(|f| i32::from(f.points)).sum();
        prop_assert_eq!(shown, i32::from(scoring.score));
        if let Some(max) = scoring.max_score {
            prop_assert!(max >= scoring.score);
        }
    }

    #[test]
    fn a_warning_sign_always_leads_to_a_clinician(a in assessment(), sign in prop_oneof![Just(WarningSign::GivingWay), Just(WarningSign::Locking), Just(WarningSign::Swelling), Just(WarningSign::Trauma), Just(WarningSign::NightPain)]) {
        let mut flagged = a.clone();
        flagged.flags = flagged.flags.with(sign, true);
        prop_assert_eq!(score(&flagged).band, Band::SeeClinician);
        prop_assert_eq!(outcome(&flagged).band, Band::SeeClinician);
    }

    /// What a runner reads never contradicts the result: running is spoken of under a warning
    /// sign only for after the clinician and with severe pain only for after it settles, and
    /// "keep building" only where the result reassures.
    #[test]
    fn the_words_never_contradict_the_result(a in assessment()) {
        let report = knee_check::model::assess(&a);
        let band = report.scoring.band;
        let words: Vec<&str> = [report.words.headline, report.words.summary.as_str()]
            .into_iter()
            .chain(report.steps.iter().map(|step| step.title))
            .chain(report.steps.iter().flat_map(|step| step.advice.iter().map(String::as_str)))
            .collect();
        if words.iter().any(|text| text.contains("Keep building")) {
            prop_assert!(band == Band::Low && report.words.shown_band == Band::Low, "{:?}", words);
            prop_assert!(a.week_km.is_some_and(|km| km < WEIGHTS.high_volume_km.value), "{:?}", words);
        }
        if !a.flags.is_answered() {
            prop_assert!(words.iter().all(|text| !text.contains("Keep running")), "{:?}", words);
        }
        if a.pain.is_some_and(|pain| pain > 0) {
            prop_assert!(words.iter().all(|text| !text.contains("10% more a week") && !text.contains("10% at a time")), "{:?}", words);
        }
        if band == Band::SeeClinician {
            prop_assert!(report.steps[0].title.contains("checked"));
            prop_assert!(words.iter().all(|text| !text.contains("Keep running")), "{:?}", words);
        }
        if a.pain.is_some_and(|pain| pain > 0) {
            prop_assert!(words.iter().all(|text| !text.contains("Keep building")), "{:?}", words);
        }
        if report.severe_pain {
            prop_assert!(words.iter().all(|text| !text.contains("Keep running") && !text.contains("shorten runs")), "{:?}", words);
            prop_assert!(report.physio.is_some());
        }
    }

    #[test]
    fn pain_from_four_is_never_below_high(a in assessment(), pain in 4u8..=10) {
        let mut sore = a.clone();
        sore.pain = Some(pain);
        prop_assert!(score(&sore).band >= Band::High);
    }

    #[test]
    fn one_previous_week_or_four_of_the_same_give_the_same_answer(a in assessment(), week in distance()) {
        let mut one = a.clone();
        one.previous_weeks_km = vec![week];
        let mut four = a.clone();
        four.previous_weeks_km = vec![week; 4];
        prop_assert!((outcome(&one).rate - outcome(&four).rate).abs() < 1e-9);
    }

    /// A jump would show at any step size; a continuous ramp moves by almost nothing for a
    /// step of a millionth.
    #[test]
    fn every_ramp_is_continuous(a in assessment()) {
        let step = |change: &dyn Fn(&mut Assessment)| {
            let mut after = a.clone();
            change(&mut after);
            (outcome(&after).exact_score - outcome(&a).exact_score).abs()
        };
        let tiny = 1e-6;
        prop_assert!(step(&|b| b.week_km = b.week_km.map(|km| km + tiny)) < 0.01);
        prop_assert!(step(&|b| b.previous_weeks_km.iter_mut().for_each(|km| *km += tiny)) < 0.01);
        prop_assert!(step(&|b| b.longest_run_km = b.longest_run_km.map(|km| km + tiny)) < 0.01);
        prop_assert!(step(&|b| b.longest_run_30d_km = b.longest_run_30d_km.map(|km| km + tiny)) < 0.01);
        prop_assert!(step(&|b| b.shoe_km = b.shoe_km.map(|km| km + tiny)) < 0.01);
        prop_assert!(step(&|b| b.weight_kg = b.weight_kg.map(|kg| kg + tiny)) < 0.01);
        prop_assert!(step(&|b| b.weight_change_kg = b.weight_change_kg.map(|kg| kg + tiny)) < 0.01);
        prop_assert!(step(&|b| b.sitting_hours = b.sitting_hours.map(|h| h + tiny)) < 0.01);
    }

    #[test]
    fn weight_units_never_change_the_score(a in assessment(), units in prop_oneof![Just(WeightUnits::Kg), Just(WeightUnits::Lb), Just(WeightUnits::St)]) {
        let canonical = decode(&encode(&a)).assessment;
        let mut other = canonical.clone();
        other.weight_units = Some(units);
        let other = decode(&encode(&other)).assessment;
        prop_assert!(score_only(&canonical).abs_diff(score_only(&other)) <= 1);
    }

    /// What is saved scores the same when read back: the stored form loses nothing the
    /// model reads.
    #[test]
    fn a_stored_assessment_scores_the_same_when_read_back(a in assessment()) {
        let stored = serde_json::to_string(&a).expect("serialised");
        let read: Assessment = serde_json::from_str(&stored).expect("read back");
        prop_assert_eq!(score(&read), score(&a));
    }

    #[test]
    fn more_distance_this_week_never_lowers_the_score(a in assessment(), extra in distance()) {
        let mut more = a.clone();
        more.week_km = Some(a.week_km.unwrap_or(0.0) + extra);
        if a.week_km.is_some() {
            prop_assert!(score_only(&more) >= score_only(&a));
        }
    }

    #[test]
    fn a_longer_long_run_never_lowers_the_score(a in assessment(), extra in distance()) {
        let mut more = a.clone();
        more.longest_run_km = a.longest_run_km.map(|km| km + extra);
        prop_assert!(score_only(&more) >= score_only(&a));
    }

    #[test]
    fn adding_speed_hills_or_less_rest_never_lowers_the_score(a in assessment()) {
        let mut more = a.clone();
        more.added = [AddedTraining::Speed, AddedTraining::Hills, AddedTraining::LessRest].into_iter().collect();
        prop_assert!(score_only(&more) >= score_only(&a));
    }

    #[test]
    fn more_strength_never_raises_the_score(a in assessment(), extra in 0u8..=14) {
        let mut more = a.clone();
        more.strength_sessions = a.strength_sessions.map(|n| n.saturating_add(extra).min(14));
        prop_assert!(score_only(&more) <= score_only(&a));
        let mut quads = a.clone();
        if quads.strength_focus.is_answered() {
            quads.strength_focus = quads.strength_focus.with(StrengthFocus::Quads, true);
        }
        prop_assert!(score_only(&quads) <= score_only(&a));
    }

    #[test]
    fn miles_and_kilometres_give_the_same_score_within_one(a in assessment()) {
        let mut in_km = a.clone();
        in_km.units = Units::Km;
        let in_km = decode(&encode(&in_km)).assessment;
        let mut in_mi = in_km.clone();
        in_mi.units = Units::Mi;
        let in_mi = decode(&encode(&in_mi)).assessment;
        let (km, mi) = (i32::from(score_only(&in_km)), i32::from(score_only(&in_mi)));
        prop_assert!((km - mi).abs() <= 1, "km {} mi {}", km, mi);
    }

    #[test]
    fn a_link_round_trips(a in assessment()) {
        let canonical = decode(&encode(&a)).assessment;
        let again = decode(&encode(&canonical));
        prop_assert!(again.unused.is_empty(), "{:?}", again.unused);
        prop_assert_eq!(&again.assessment, &canonical);
        prop_assert_eq!(encode(&again.assessment), encode(&canonical));
    }

    /// A kilometre check whose every field a link accepts comes back from its link exactly:
    /// the assumption is about the input (all fields in range), the assertion about values.
    #[test]
    fn kilometre_links_round_trip_exactly(a in assessment()) {
        let mut a = a;
        a.units = Units::Km;
        let decoded = decode(&encode(&a));
        prop_assume!(decoded.unused.is_empty());
        prop_assert_eq!(decoded.assessment, a);
    }

    #[test]
    fn the_decoder_never_panics_on_any_text(text in ".{0,300}") {
        let decoded = decode(&text);
        prop_assert!(out_of_range(&decoded.assessment).is_empty());
    }

    #[test]
    fn the_decoder_never_panics_on_any_key_and_value(
        pairs in proptest::collection::vec((
            prop_oneof![Just("v".to_string()), Just("units".to_string()), Just("week".to_string()), Just("prev".to_string()), Just("tight".to_string()), Just("added".to_string()), Just("weight_change".to_string()), "[a-z_%+]{0,12}"],
            "[0-9a-z,.:+%\\-<>= ]{0,24}",
        ), 0..12),
    ) {
        let query = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        let decoded = decode(&query);
        prop_assert!(out_of_range(&decoded.assessment).is_empty());
        for unused in &decoded.unused {
            prop_assert!(!unused.reason.is_empty());
        }
    }
}

/// One change to a runner's answers that makes things better.
type Improvement = Box<dyn Fn(&mut Assessment)>;

/// The runner with every factor at its worst.
fn worst_runner() -> Assessment {
    Assessment {
        week_km: Some(300.0),
        previous_weeks_km: vec![0.0],
        longest_run_km: Some(100.0),
        longest_run_30d_km: Some(0.0),
        runs: Some(7),
        added: [
            AddedTraining::Speed,
            AddedTraining::Hills,
            AddedTraining::LessRest,
        ]
        .into_iter()
        .collect(),
        strength_sessions: Some(0),
        tightness: [
            TightMuscle::Quads,
            TightMuscle::HipFlexors,
            TightMuscle::Hamstrings,
            TightMuscle::Calves,
        ]
        .into_iter()
        .map(|muscle| (muscle, Tightness::Marked))
        .collect(),
        sitting_hours: Some(12.0),
        shoes: Some(ShoeChange::NewMinimal),
        shoe_km: Some(1500.0),
        weight_kg: Some(140.0),
        weight_change_kg: Some(8.0),
        form: [FormSign::Overstride, FormSign::KneeIn, FormSign::HipDrop]
            .into_iter()
            .collect(),
        cadence: Some(140),
        injury: Some(InjuryHistory::Recurring),
        feet: Some(FootMechanics::Overpronation),
        pain: Some(3),
        ..Assessment::default()
    }
}

#[test]
fn the_worst_runner_stays_within_what_cohorts_have_seen_and_improves_with_any_published_row() {
    let worst = worst_runner();
    let now = outcome(&worst);
    assert!(now.score < 100);
    assert!(
        now.rate < WEIGHTS.combined_ceiling_rate.value,
        "{}",
        now.rate
    );
    // Rows with a published ratio, and pain, still move a runner at the ceiling.
    let improvements: Vec<(&str, Improvement)> = vec![
        ("long run", Box::new(|a| a.longest_run_km = Some(2.5))),
        ("strength", Box::new(|a| a.strength_sessions = Some(1))),
        ("injury", Box::new(|a| a.injury = Some(InjuryHistory::None))),
        ("pain", Box::new(|a| a.pain = Some(2))),
    ];
    for (name, improve) in improvements {
        let mut better = worst.clone();
        improve(&mut better);
        assert!(outcome(&better).exact_score < now.exact_score, "{name}");
    }
    assert!(!what_ifs(&worst).is_empty());
}

#[test]
fn every_factor_of_the_worst_runner_is_known() {
    let worst = worst_runner();
    let scoring = score(&worst);
    // Without strength sessions, which muscles they train is not asked.
    assert_eq!(worst.strength_sessions, Some(0));
    let asked: Vec<Factor> = Factor::ALL
        .into_iter()
        .filter(|factor| *factor != Factor::QuadStrengthFocus)
        .collect();
    let scored: Vec<Factor> = scoring.factors.iter().map(|f| f.factor).collect();
    for factor in asked {
        assert!(scored.contains(&factor), "{factor:?}");
    }
    assert!(scoring.unknowns.is_empty());
    assert_eq!(scoring.max_score, None);
}

/// A runner whose rows with a published ratio all sit at the reference: steady weeks, a
/// steady long run, no previous injury, no pain, no warning sign; everything else as drawn.
fn opinion_only(a: &Assessment) -> Assessment {
    Assessment {
        week_km: Some(30.0),
        previous_weeks_km: vec![30.0],
        longest_run_km: Some(10.0),
        longest_run_30d_km: Some(10.0),
        injury: Some(InjuryHistory::None),
        strength_sessions: None,
        pain: Some(0),
        flags: ListAnswer::NoneOfThese,
        ..a.clone()
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    #[test]
    fn the_rate_stays_below_the_ceiling(a in assessment()) {
        prop_assert!(outcome(&a).rate < WEIGHTS.combined_ceiling_rate.value);
    }

    #[test]
    fn opinion_rows_never_move_a_pain_free_runner_past_moderate(a in assessment()) {
        let runner = opinion_only(&a);
        let band = score(&runner).band;
        prop_assert!(band <= Band::Moderate, "{:?} {}", band, score(&runner).rate);
    }

    #[test]
    fn one_change_in_training_is_counted_once(a in assessment()) {
        let mut steady_week = a.clone();
        steady_week.week_km = None;
        let mut steady_run = a.clone();
        steady_run.longest_run_km = None;
        let both = outcome(&a).rate;
        let larger = outcome(&steady_week).rate.max(outcome(&steady_run).rate);
        prop_assert!((both - larger).abs() < 1e-9 * larger.max(1.0), "{} {}", both, larger);
    }

    #[test]
    fn the_order_of_the_weeks_before_changes_nothing(a in assessment()) {
        let mut reversed = a.clone();
        reversed.previous_weeks_km.reverse();
        prop_assert!((outcome(&a).rate - outcome(&reversed).rate).abs() < 1e-9);
    }

    #[test]
    fn age_never_moves_the_rate(a in assessment(), age in proptest::option::of(8u8..=100)) {
        let mut other = a.clone();
        other.age = age;
        prop_assert_eq!(outcome(&a).rate, outcome(&other).rate);
    }

    #[test]
    fn absolute_risk_rises_with_the_rate_and_its_interval_holds_it(a in assessment(), low in 0.1f64..4.0, more in 0.0f64..4.0) {
        prop_assert!(per_100_at(low + more) >= per_100_at(low));
        prop_assert!(per_100_at(low + more) < 100.0);
        if let Some(risk) = knee_check::model::assess(&a).absolute {
            prop_assert!(risk.low <= risk.per_100 && risk.per_100 <= risk.high, "{:?}", risk);
            prop_assert!(risk.low > 0.0 && risk.high < 100.0);
        }
    }

    #[test]
    fn every_what_if_is_one_a_runner_can_make(a in assessment()) {
        let now = outcome(&a).rate;
        for what_if in what_ifs(&a) {
            prop_assert!(what_if.rate < now);
            match what_if.change {
                Change::HoldWeekTo(km) => {
                    prop_assert!(km >= a.longest_run_km.unwrap_or(0.0).min(a.week_km.unwrap_or(0.0)) - 1e-9, "{} {:?}", km, a.longest_run_km);
                    prop_assert!(km < a.week_km.unwrap_or(0.0));
                }
                Change::StrengthTwiceWithQuads => prop_assert!(a.strength_sessions.is_some_and(|n| n < 2)),
                Change::AddQuadsToStrength => prop_assert!(a.strength_sessions.is_some_and(|n| n >= 2)),
                _ => {}
            }
        }
    }
}
