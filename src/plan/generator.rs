//! Six weeks from what the knee tolerates now: the first week set by the latest symptom
//! entry (or, without one, the pain answered in the check), then built by the rules, every
//! week within the weekly rise, the acute:chronic bound and the long-run cap.

use super::rules::{
    ACUTE_CHRONIC_LIMIT, HILLS_FROM_WEEK, LONG_RUN_RISE, LONG_RUN_SHARE, PAIN_LIMIT,
    STARTING_WEEK_KM, STEP_BACK, WEEKLY_RISE,
};
use super::verdict::{verdict, Verdict};
use crate::history::symptoms::{latest, SymptomEntry};
use crate::model::weights::WEIGHTS;
use crate::model::Assessment;

/// Weeks in a plan.
pub const WEEKS: usize = 6;
/// The weeks the acute:chronic bound averages.
const CHRONIC_WEEKS: usize = 4;
/// Distances beyond what the check accepts (a stored value from an older version, say) are
/// not a starting point: the plan treats them as unknown.
const MOST_WEEK_KM: f64 = 300.0;
const MOST_RUN_KM: f64 = 100.0;
/// Runs a week when the check does not say, and the most the plan asks for.
const USUAL_RUNS: u8 = 3;
const MOST_RUNS: u8 = 7;
/// The longest run as a share of the week, when the 30-day longest is not known.
const USUAL_LONG_SHARE: f64 = 0.3;

/// What a week does with the load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Build,
    Hold,
    StepBack,
}

/// Where the plan's starting week came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The check's last 7 days.
    LastWeek,
    /// The usual week with the weekly rise, because the last one rose more than that.
    RoseTooFast,
    /// After little or no running, the check's usual start with the weekly rise, because the
    /// last week went beyond that.
    RoseFromLittleRunning,
    /// The usual week, because the check does not give the last 7 days.
    UsualWeek,
    /// No running in the last 7 days after running before: a step back from the usual week.
    AfterABreak,
    /// No distances in the check: a low start.
    NoDistances,
    /// Distances given, but no running in them (every week 0): the same low start.
    NotRunning,
}

/// What the knee says, and where from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PainSource {
    /// The latest symptom entry, and its date.
    Logged(Verdict),
    /// The check's pain answer.
    Answered(u8),
    /// Neither: the plan assumes pain within the limit and says so.
    Unknown,
}

/// One week of the plan; distances in km.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanWeek {
    pub number: u8,
    pub step: Step,
    pub distance_km: f64,
    pub runs: u8,
    pub long_run_km: f64,
    pub hills: bool,
    pub speed: bool,
    pub strength_sessions: u8,
    pub strength: &'static StrengthStage,
}

/// Strength work for a stage of the plan: all four groups, gentle on the knee at first.
#[derive(Debug, PartialEq)]
pub struct StrengthStage {
    pub name: &'static str,
    pub exercises: &'static str,
}

pub const STRENGTH_STAGES: [StrengthStage; 3] = [
    StrengthStage {
        name: "Gentle",
        exercises: "Wall sit holds at a comfortable depth (quads), bridges (glutes, hamstrings), side-lying leg raises (glutes), calf raises on both feet (calves)",
    },
    StrengthStage {
        name: "Building",
        exercises: "Step-ups and split squats (quads, glutes), single-leg bridges (glutes, hamstrings), calf raises on a step (calves)",
    },
    StrengthStage {
        name: "Stronger",
        exercises: "Slow step-downs from a low step and rear-foot-raised split squats (quads, glutes), hamstring slides or Nordic lowers to a comfortable range (hamstrings), single-leg calf raises (calves)",
    },
];

/// The plan, and what it was built from.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub weeks: Vec<PlanWeek>,
    pub start: Start,
    /// The week the plan starts from, in km.
    pub start_km: f64,
    /// The four weeks before the plan, oldest first, as the acute:chronic bound reads them.
    pub before_km: Vec<f64>,
    pub pain: PainSource,
    /// The week-one verdict: step back, hold or build.
    pub verdict: Verdict,
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len().max(1) as f64
}

/// The week to start from, and the weeks before it (oldest first) for the chronic average;
/// unknown weeks count as the usual week, never as zero.
fn starting_point(assessment: &Assessment) -> (f64, Start, Vec<f64>) {
    let positive = |km: &f64| km.is_finite() && *km > 0.0 && *km <= MOST_WEEK_KM;
    let previous: Vec<f64> = assessment
        .previous_weeks_km
        .iter()
        .copied()
        .filter(positive)
        .collect();
    let week = assessment.week_km.filter(positive);
    let usual = (!previous.is_empty()).then(|| mean(&previous));
    // A week of 0 is an answer (no running), not an unknown: it changes where a plan starts,
    // though it never counts as a week the chronic average could fall to.
    let rested_last_week = assessment.week_km == Some(0.0);
    let ran_none = rested_last_week || assessment.previous_weeks_km.contains(&0.0);
    // After little or no running the check compares a week with a usual start rather than
    // the usual week, and so does the plan: a week within it is a fair place to start.
    let usual_start = WEIGHTS.usual_week_floor_km.value;
    let ran_little = usual.map_or(assessment.previous_weeks_km.contains(&0.0), |usual| {
        usual < usual_start
    });
    let rise = 1.0 + WEEKLY_RISE.value;
    let (start_km, start) = match (week, usual) {
        (Some(week), _) if ran_little && week > usual_start * rise => {
            (usual_start * rise, Start::RoseFromLittleRunning)
        }
        (Some(week), Some(usual)) if !ran_little && week > usual * rise => {
            (usual * rise, Start::RoseTooFast)
        }
        (Some(week), _) => (week, Start::LastWeek),
        (None, Some(usual)) if rested_last_week => (usual * STEP_BACK.value, Start::AfterABreak),
        (None, Some(usual)) => (usual, Start::UsualWeek),
        (None, None) if ran_none => (STARTING_WEEK_KM.value, Start::NotRunning),
        (None, None) => (STARTING_WEEK_KM.value, Start::NoDistances),
    };
    // Oldest first; an unknown last week is the starting week, and any week under the
    // starting amount counts as that amount, which anyone may run.
    let floor = STARTING_WEEK_KM.value;
    let start_km = start_km.max(floor);
    // A plan that starts below a week that rose too fast builds from where it starts, not
    // from the spike: the spike never lends the next weeks room to rise.
    let mut history: Vec<f64> = previous.into_iter().rev().collect();
    history.push(match start {
        Start::RoseTooFast | Start::RoseFromLittleRunning => start_km,
        _ => week.unwrap_or(start_km),
    });
    let mut history: Vec<f64> = history.into_iter().map(|km| km.max(floor)).collect();
    while history.len() < CHRONIC_WEEKS {
        history.insert(0, start_km);
    }
    let before = history.split_off(history.len() - CHRONIC_WEEKS);
    (start_km, start, before)
}

/// The verdict for week one: the latest symptom entry, else the check's pain answer.
fn week_one(assessment: &Assessment, symptoms: &[SymptomEntry]) -> (Verdict, PainSource) {
    if let Some(entry) = latest(symptoms) {
        let verdict = verdict(entry);
        return (verdict, PainSource::Logged(verdict));
    }
    match assessment.pain {
        Some(pain) if f64::from(pain) > PAIN_LIMIT.value => {
            (Verdict::StepBack, PainSource::Answered(pain))
        }
        Some(pain) => (Verdict::Hold, PainSource::Answered(pain)),
        None => (Verdict::Hold, PainSource::Unknown),
    }
}

/// Whether the plan may build after week one. Not after a step back, and not over pain the
/// check gave without a logged run: building asks for pain within the limit that has settled
/// by the next morning, which only the symptom log can say; until then the plan holds.
fn builds_later(verdict: Verdict, pain: PainSource) -> bool {
    match (verdict, pain) {
        (Verdict::StepBack, _) => false,
        (_, PainSource::Answered(pain)) => pain == 0,
        _ => true,
    }
}

/// The most the next week may be: the weekly rise over the last week, and the acute:chronic
/// bound over the four before it.
fn building_cap(history: &[f64]) -> f64 {
    let last = history.last().copied().unwrap_or(0.0);
    let chronic = mean(&history[history.len().saturating_sub(CHRONIC_WEEKS)..]);
    (last * (1.0 + WEEKLY_RISE.value)).min(chronic * ACUTE_CHRONIC_LIMIT.value)
}

pub fn plan(assessment: &Assessment, symptoms: &[SymptomEntry]) -> Plan {
    let (start_km, start, before_km) = starting_point(assessment);
    let mut history = before_km.clone();
    let (verdict, pain) = week_one(assessment, symptoms);
    let usual_runs = assessment
        .runs
        .filter(|runs| *runs > 0)
        .unwrap_or(USUAL_RUNS)
        .min(MOST_RUNS);
    // As in the check, a run of a few km is a usual start whatever came before it, so a
    // runner whose longest was 1 km is not asked for seven runs of 1.1 km.
    let mut long_run = assessment
        .longest_run_30d_km
        .filter(|km| km.is_finite() && *km > 0.0 && *km <= MOST_RUN_KM)
        .unwrap_or(start_km * USUAL_LONG_SHARE)
        .max(WEIGHTS.long_run_floor_km.value);
    let builds = builds_later(verdict, pain);
    let mut weeks = Vec::with_capacity(WEEKS);
    for index in 0..WEEKS {
        let number = index as u8 + 1;
        let holds = !builds || (index == 0 && verdict == Verdict::Hold);
        let (step, distance_km) = match verdict {
            Verdict::StepBack if index == 0 => (
                Step::StepBack,
                (start_km * STEP_BACK.value).min(building_cap(&history)),
            ),
            _ if holds => {
                let held = if index == 0 {
                    start_km
                } else {
                    history[history.len() - 1]
                };
                (Step::Hold, held.min(building_cap(&history)))
            }
            _ => (Step::Build, building_cap(&history)),
        };
        if step == Step::Build {
            long_run *= 1.0 + LONG_RUN_RISE.value;
        }
        let cap = long_run.min(distance_km * LONG_RUN_SHARE.value);
        let needed = (distance_km / cap).ceil() as u8;
        let runs = usual_runs.max(needed).min(MOST_RUNS);
        let long_run_km = cap.max(distance_km / f64::from(runs));
        weeks.push(PlanWeek {
            number,
            step,
            distance_km,
            runs,
            long_run_km,
            hills: builds && f64::from(number) >= HILLS_FROM_WEEK.value,
            speed: builds && f64::from(number) >= HILLS_FROM_WEEK.value + 2.0,
            strength_sessions: if number <= 2 { 2 } else { 3 },
            strength: &STRENGTH_STAGES[index / 2],
        });
        history.push(distance_km);
    }
    Plan {
        weeks,
        start,
        start_km,
        before_km,
        pain,
        verdict,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::symptoms::tests::entry;

    fn runner(week: f64, previous: &[f64], pain: Option<u8>) -> Assessment {
        Assessment {
            week_km: Some(week),
            previous_weeks_km: previous.to_vec(),
            longest_run_30d_km: Some(12.0),
            runs: Some(4),
            pain,
            ..Assessment::default()
        }
    }

    fn distances(plan: &Plan) -> Vec<f64> {
        plan.weeks
            .iter()
            .map(|w| (w.distance_km * 10.0).round() / 10.0)
            .collect()
    }

    #[test]
    fn a_comfortable_runner_holds_a_week_then_builds_by_ten_percent() {
        let plan = plan(&runner(30.0, &[30.0, 30.0, 30.0, 30.0], Some(0)), &[]);
        assert_eq!(distances(&plan), [30.0, 33.0, 36.3, 39.9, 43.9, 48.3]);
        assert_eq!(plan.weeks[0].step, Step::Hold);
        assert!(!plan.weeks[1].hills && plan.weeks[2].hills && plan.weeks[4].speed);
    }

    #[test]
    fn pain_above_the_limit_steps_back_and_never_builds_until_it_settles() {
        let sore = runner(30.0, &[30.0, 30.0], Some(6));
        let held = plan(&sore, &[]);
        assert_eq!(distances(&held), [21.0; 6]);
        assert!(held.weeks.iter().all(|w| !w.hills && !w.speed));
        let settled = plan(&sore, &[entry("2026-11-30", 2, 1)]);
        assert!(
            settled.weeks[0].distance_km > 30.0,
            "a settled entry lets it build"
        );
    }

    #[test]
    fn mild_pain_from_the_check_holds_until_a_logged_run_has_settled() {
        let sore = runner(30.0, &[30.0, 30.0, 30.0, 30.0], Some(2));
        let held = plan(&sore, &[]);
        assert_eq!(distances(&held), [30.0; 6]);
        assert!(held.weeks.iter().all(|w| w.step == Step::Hold));
        assert!(held.weeks.iter().all(|w| !w.hills && !w.speed));
        let settled = plan(&sore, &[entry("2026-11-30", 2, 1)]);
        assert_eq!(settled.weeks[0].step, Step::Build);
        assert!(settled.weeks[2].hills);
    }

    #[test]
    fn unknown_pain_is_assumed_comfortable_and_said_to_be() {
        let unknown = plan(&runner(30.0, &[30.0, 30.0, 30.0, 30.0], None), &[]);
        assert_eq!(unknown.pain, PainSource::Unknown);
        assert_eq!(distances(&unknown), [30.0, 33.0, 36.3, 39.9, 43.9, 48.3]);
    }

    #[test]
    fn a_logged_entry_worse_the_next_morning_holds_the_next_week() {
        let comfortable = runner(30.0, &[30.0, 30.0, 30.0, 30.0], Some(1));
        let building = plan(&comfortable, &[entry("2026-11-29", 1, 1)]);
        assert_eq!(building.weeks[0].step, Step::Build);
        let holding = plan(
            &comfortable,
            &[entry("2026-11-29", 1, 1), entry("2026-11-30", 2, 3)],
        );
        assert_eq!(holding.weeks[0].step, Step::Hold);
        assert_eq!(distances(&holding)[0], 30.0);
    }

    #[test]
    fn a_spike_starts_from_the_usual_week() {
        let spiked = plan(&runner(50.0, &[30.0, 30.0, 30.0, 30.0], Some(0)), &[]);
        assert_eq!(spiked.start, Start::RoseTooFast);
        assert_eq!(distances(&spiked)[0], 33.0);
    }

    #[test]
    fn after_little_running_a_usual_start_is_where_the_check_puts_it() {
        let beginner = plan(&runner(8.0, &[0.0, 0.0, 0.0, 0.0], Some(0)), &[]);
        assert_eq!(beginner.start, Start::LastWeek);
        assert_eq!(distances(&beginner)[0], 8.0);
        let small_weeks = plan(&runner(9.0, &[5.0, 4.0], Some(0)), &[]);
        assert_eq!(small_weeks.start, Start::LastWeek);
        let too_much = plan(&runner(30.0, &[0.0, 0.0, 0.0, 0.0], Some(0)), &[]);
        assert_eq!(too_much.start, Start::RoseFromLittleRunning);
        assert_eq!(distances(&too_much), [11.0, 12.1, 13.3, 14.6, 16.1, 17.7]);
        let rising_from_small = plan(&runner(20.0, &[5.0, 4.0], Some(0)), &[]);
        assert_eq!(rising_from_small.start, Start::RoseFromLittleRunning);
    }

    #[test]
    fn a_short_longest_run_counts_as_a_usual_start() {
        let beginner = Assessment {
            longest_run_30d_km: Some(1.0),
            runs: Some(3),
            ..runner(8.0, &[0.0, 0.0, 0.0, 0.0], Some(0))
        };
        let first = &plan(&beginner, &[]).weeks[0];
        assert_eq!(first.runs, 3);
        assert!(
            (first.long_run_km - 3.0).abs() < 1e-9,
            "{}",
            first.long_run_km
        );
    }

    #[test]
    fn a_week_off_restarts_below_the_usual_week() {
        let rested = plan(&runner(0.0, &[30.0, 30.0, 30.0, 30.0], Some(0)), &[]);
        assert_eq!(rested.start, Start::AfterABreak);
        assert_eq!(distances(&rested), [21.0, 23.1, 25.4, 28.0, 30.7, 33.8]);
        let unknown = Assessment {
            week_km: None,
            ..runner(0.0, &[30.0, 30.0], Some(0))
        };
        assert_eq!(plan(&unknown, &[]).start, Start::UsualWeek);
    }

    #[test]
    fn weeks_without_running_start_low_and_say_why() {
        let resting = plan(&runner(0.0, &[0.0, 0.0], Some(0)), &[]);
        assert_eq!(resting.start, Start::NotRunning);
        assert_eq!(distances(&resting)[0], 6.0);
    }

    #[test]
    fn no_distances_start_low() {
        let empty = plan(&Assessment::default(), &[]);
        assert_eq!(empty.start, Start::NoDistances);
        assert_eq!(empty.pain, PainSource::Unknown);
        assert_eq!(distances(&empty)[0], 6.0);
    }
}
