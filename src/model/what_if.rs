//! "What if": the changes a runner could make this week, each scored, best three first.

use super::assessment::{Assessment, FormSign, ShoeChange, StrengthFocus, TightMuscle, Tightness};
use super::factors::load::{
    chronic_km, long_run_compared_with_floor, long_run_jump, progression_rate, ratio_to_usual,
    week_compared_with_floor,
};
use super::list_answer::ListAnswer;
use super::order::{in_order, largest_first};
use super::score::outcome;
use super::units::describe_distance;
use super::weights::WEIGHTS;

/// A change the runner could make; applying it to an assessment gives the assessment after.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    HoldWeekTo(f64),
    CapLongestRunAt(f64),
    DropAddedIntensity,
    /// Up to two sessions a week, quads in each: only for runners doing fewer.
    StrengthTwiceWithQuads,
    /// Quads in the sessions a runner already does.
    AddQuadsToStrength,
    RaiseCadenceTo(u16),
    ShortenStride,
    TrainKneeControl,
    EaseQuadTightness,
    BackToUsualShoes,
}

/// A change and the score and rate it would give.
#[derive(Debug, Clone, PartialEq)]
pub struct WhatIf {
    pub change: Change,
    pub description: String,
    pub score: u8,
    pub rate: f64,
}

impl Change {
    pub fn apply(&self, assessment: &Assessment) -> Assessment {
        let mut after = assessment.clone();
        match self {
            Change::HoldWeekTo(km) => after.week_km = Some(*km),
            Change::CapLongestRunAt(km) => after.longest_run_km = Some(*km),
            Change::DropAddedIntensity => after.added = ListAnswer::NoneOfThese,
            Change::StrengthTwiceWithQuads => {
                after.strength_sessions = Some(after.strength_sessions.unwrap_or(0).max(2));
                after.strength_focus = after.strength_focus.with(StrengthFocus::Quads, true);
            }
            Change::AddQuadsToStrength => {
                after.strength_focus = after.strength_focus.with(StrengthFocus::Quads, true);
            }
            Change::RaiseCadenceTo(cadence) => after.cadence = Some(*cadence),
            Change::ShortenStride => after.form = after.form.without(&FormSign::Overstride),
            Change::TrainKneeControl => {
                after.form = after
                    .form
                    .without(&FormSign::KneeIn)
                    .without(&FormSign::HipDrop);
            }
            Change::EaseQuadTightness => {
                if let Some(level) = after.tightness.get_mut(&TightMuscle::Quads) {
                    *level = Tightness::from_level(level.level().saturating_sub(1))
                        .unwrap_or(Tightness::None);
                }
            }
            Change::BackToUsualShoes => after.shoes = Some(ShoeChange::Same),
        }
        after
    }

    pub fn describe(&self, assessment: &Assessment) -> String {
        let units = assessment.units;
        match self {
            Change::HoldWeekTo(km) if week_compared_with_floor(assessment) => {
                format!(
                    "Hold this week to about {}, a usual start after little or no running",
                    describe_distance(*km, units)
                )
            }
            Change::HoldWeekTo(km) => format!(
                "Hold this week to about {}, close to your usual week",
                describe_distance(*km, units)
            ),
            Change::CapLongestRunAt(km) if long_run_compared_with_floor(assessment) => format!(
                "Keep your longest run to {}, a usual start after little running",
                describe_distance(*km, units)
            ),
            Change::CapLongestRunAt(km) => format!(
                "Keep your longest run to {}, within 10% of your recent longest",
                describe_distance(*km, units)
            ),
            Change::DropAddedIntensity => {
                "Leave out the new speed work, hills and extra runs until the knee settles"
                    .to_string()
            }
            Change::StrengthTwiceWithQuads => match assessment.strength_sessions {
                Some(1) => "Add a second strength session a week, with quads in both".to_string(),
                _ => "Strength train twice a week, with quads in every session".to_string(),
            },
            Change::AddQuadsToStrength => {
                "Include the quads in the strength sessions you already do".to_string()
            }
            Change::RaiseCadenceTo(cadence) => {
                format!("Take quicker, shorter steps: about {cadence} a minute at easy pace")
            }
            Change::ShortenStride => {
                "Shorten your stride so your foot lands closer under your body".to_string()
            }
            Change::TrainKneeControl => {
                "Train hip and knee control so the knee tracks over the foot".to_string()
            }
            Change::EaseQuadTightness => {
                "Stretch your quads daily to ease the tightness".to_string()
            }
            Change::BackToUsualShoes => {
                "Run mostly in your usual shoes and bring the new pair in gradually".to_string()
            }
        }
    }
}

/// Rounds a distance down to a whole number in the runner's units, so advice reads cleanly.
fn whole_units_km(km: f64, assessment: &Assessment) -> f64 {
    let units = assessment.units;
    units.to_km(units.from_km(km).floor().max(0.0))
}

/// The largest week the model itself counts as steady (no extra rate from the weekly
/// progression), found by asking it; never below the usual week. After little or no
/// running it is a usual start (`usual_week_floor_km`), never almost nothing.
fn safe_week_km(assessment: &Assessment) -> Option<f64> {
    let usual = chronic_km(assessment)?;
    let steady_at = |km: f64| progression_rate(ratio_to_usual(km, usual)) <= 1.0;
    let (mut steady, mut rising) = (usual, usual.max(WEIGHTS.usual_week_floor_km.value) * 4.0);
    for _ in 0..60 {
        let middle = (steady + rising) / 2.0;
        if steady_at(middle) {
            steady = middle;
        } else {
            rising = middle;
        }
    }
    let suggested = whole_units_km(steady, assessment);
    Some(suggested.max(usual))
}

/// Only changes a runner can make: a week never below the longest run it holds (the run was
/// part of the week), strength work only where the runner does less, and nothing already so.
fn candidates(assessment: &Assessment) -> Vec<Change> {
    let mut changes = Vec::new();
    if let (Some(week), Some(safe)) = (assessment.week_km, safe_week_km(assessment)) {
        let feasible = safe.max(assessment.longest_run_km.unwrap_or(0.0));
        if feasible < week {
            changes.push(Change::HoldWeekTo(feasible));
        }
    }
    if let (Some(jump), Some(before)) = (long_run_jump(assessment), assessment.longest_run_30d_km) {
        if jump > WEIGHTS.long_run_start.value {
            let cap =
                before.max(WEIGHTS.long_run_floor_km.value) * (1.0 + WEIGHTS.long_run_start.value);
            changes.push(Change::CapLongestRunAt(whole_units_km(cap, assessment)));
        }
    }
    if assessment.added.any() {
        changes.push(Change::DropAddedIntensity);
    }
    match assessment.strength_sessions {
        Some(sessions) if sessions < 2 => changes.push(Change::StrengthTwiceWithQuads),
        Some(_) if !assessment.strength_focus.contains(&StrengthFocus::Quads) => {
            changes.push(Change::AddQuadsToStrength);
        }
        _ => {}
    }
    if let Some(cadence) = assessment.cadence {
        let quicker = ((f64::from(cadence) * 1.075).round() as u16).min(230);
        if quicker > cadence {
            changes.push(Change::RaiseCadenceTo(quicker));
        }
    }
    let form = &assessment.form;
    if form.contains(&FormSign::Overstride) {
        changes.push(Change::ShortenStride);
    }
    if form.contains(&FormSign::KneeIn) || form.contains(&FormSign::HipDrop) {
        changes.push(Change::TrainKneeControl);
    }
    if assessment
        .tightness
        .get(&TightMuscle::Quads)
        .is_some_and(|level| *level != Tightness::None)
    {
        changes.push(Change::EaseQuadTightness);
    }
    if matches!(
        assessment.shoes,
        Some(ShoeChange::NewMinimal | ShoeChange::NewCushioned | ShoeChange::NewOther)
    ) {
        changes.push(Change::BackToUsualShoes);
    }
    changes
}

/// Up to three changes that lower the rate, the biggest drop first. They compare the full
/// rate, so they still rank when the whole score is near the top of the scale.
pub fn what_ifs(assessment: &Assessment) -> Vec<WhatIf> {
    let now = outcome(assessment).rate;
    let scored: Vec<WhatIf> = candidates(assessment)
        .into_iter()
        .map(|change| {
            let after = outcome(&change.apply(assessment));
            WhatIf {
                score: after.score,
                rate: after.rate,
                description: change.describe(assessment),
                change,
            }
        })
        .filter(|what_if| what_if.rate < now - 1e-9)
        .collect();
    let lowest_rate_first = largest_first(&scored.iter().map(|w| -w.rate).collect::<Vec<_>>());
    let mut scored = in_order(scored, &lowest_rate_first);
    scored.truncate(3);
    scored
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::AddedTraining;

    fn spike() -> Assessment {
        Assessment {
            week_km: Some(45.0),
            previous_weeks_km: vec![30.0, 29.0, 31.0, 30.0],
            longest_run_km: Some(18.0),
            longest_run_30d_km: Some(11.0),
            added: [AddedTraining::Hills].into_iter().collect(),
            strength_sessions: Some(0),
            ..Assessment::default()
        }
    }

    #[test]
    fn the_best_three_lower_the_score_biggest_drop_first() {
        let assessment = spike();
        let now = outcome(&assessment).rate;
        let changes = what_ifs(&assessment);
        assert!(changes.len() >= 2, "{changes:?}");
        assert!(changes.iter().all(|c| c.rate < now));
        assert!(changes.windows(2).all(|w| w[0].rate <= w[1].rate));
    }

    #[test]
    fn holding_the_week_removes_the_load_points() {
        let assessment = spike();
        let safe = safe_week_km(&assessment).unwrap();
        assert_eq!(safe, 33.0);
        let after = Change::HoldWeekTo(safe).apply(&assessment);
        let scoring = crate::model::score::score(&after);
        assert!(scoring
            .factors
            .iter()
            .filter(|f| f.factor.key() == "weekly_progression")
            .all(|f| f.points == 0 && f.rate == 1.0));
    }

    #[test]
    fn a_return_from_a_break_is_never_told_to_run_almost_nothing() {
        let returning = Assessment {
            week_km: Some(25.0),
            previous_weeks_km: vec![0.0, 0.0, 0.0, 0.0],
            ..Assessment::default()
        };
        assert_eq!(safe_week_km(&returning), Some(11.0));
        assert_eq!(
            Change::HoldWeekTo(11.0).describe(&returning),
            "Hold this week to about 11 km, a usual start after little or no running"
        );
        let usual = Assessment {
            week_km: Some(80.0),
            previous_weeks_km: vec![40.5],
            ..Assessment::default()
        };
        assert!(safe_week_km(&usual).unwrap() >= 40.5);
    }

    #[test]
    fn no_week_below_the_run_it_held_and_no_strength_work_already_done() {
        let long_run_week = Assessment {
            week_km: Some(40.0),
            previous_weeks_km: vec![20.0],
            longest_run_km: Some(25.0),
            longest_run_30d_km: Some(24.0),
            strength_sessions: Some(5),
            ..Assessment::default()
        };
        for what_if in what_ifs(&long_run_week) {
            match what_if.change {
                Change::HoldWeekTo(km) => assert!(km >= 25.0, "{km}"),
                Change::StrengthTwiceWithQuads => panic!("five sessions told to do two"),
                _ => {}
            }
        }
        assert!(candidates(&long_run_week).contains(&Change::AddQuadsToStrength));
    }

    #[test]
    fn a_steady_runner_gets_no_load_advice() {
        let steady = Assessment {
            week_km: Some(30.0),
            previous_weeks_km: vec![30.0, 30.0],
            ..Assessment::default()
        };
        assert!(what_ifs(&steady).is_empty());
    }
}
