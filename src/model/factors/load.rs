//! Training load: how this week compares with the usual, single long runs, and what was added.

use super::Scored;
use crate::model::assessment::{AddedTraining, Assessment};
use crate::model::units::{describe_distance, describe_distance_roughly, format_number};
use crate::model::weights::{log_curve, WEIGHTS};

fn capped(km: f64) -> f64 {
    km.min(WEIGHTS.distance_ceiling_km.value)
}

/// The mean of the weeks before the last seven days; the acute week is never part of it.
/// One week or four of the same distance give the same mean, so the number of boxes typed
/// never changes the answer.
pub fn chronic_km(assessment: &Assessment) -> Option<f64> {
    let weeks = &assessment.previous_weeks_km;
    if weeks.is_empty() {
        return None;
    }
    Some(weeks.iter().map(|km| capped(*km)).sum::<f64>() / weeks.len() as f64)
}

/// This week against the usual, or against `usual_week_floor_km` when the usual is smaller,
/// so a start from little running is judged by its load and a return from nothing stays
/// finite.
pub fn load_ratio(assessment: &Assessment) -> Option<f64> {
    Some(ratio_to_usual(assessment.week_km?, chronic_km(assessment)?))
}

/// `load_ratio` for a week and a usual week given as numbers.
pub fn ratio_to_usual(week_km: f64, usual_km: f64) -> f64 {
    capped(week_km) / usual_km.max(WEIGHTS.usual_week_floor_km.value)
}

/// The rate ratio of a week `ratio` times the usual.
pub fn progression_rate(ratio: f64) -> f64 {
    let w = &WEIGHTS;
    log_curve(
        ratio - 1.0,
        &[
            (w.progression_start.value, 1.0),
            (w.progression_high.value, w.progression_high_rate.value),
            (1.0, w.progression_double_rate.value),
        ],
    )
}

/// Whether the usual week is below `usual_week_floor_km`, so this week is compared with
/// that floor rather than with the runner's own usual week.
pub fn week_compared_with_floor(assessment: &Assessment) -> bool {
    chronic_km(assessment).is_some_and(|km| km < WEIGHTS.usual_week_floor_km.value)
}

pub fn weekly_progression(assessment: &Assessment) -> Option<Scored> {
    let ratio = load_ratio(assessment)?;
    let chronic = chronic_km(assessment)?;
    let week = assessment.week_km?;
    let units = assessment.units;
    let rate = progression_rate(ratio);
    let percent = ((ratio - 1.0) * 100.0).round();
    let compared = format!(
        "{} this week against {} a week before",
        describe_distance(week, units),
        describe_distance_roughly(chronic, units)
    );
    let floor = WEIGHTS.usual_week_floor_km.value;
    let rise = if ratio - 1.0 <= WEIGHTS.progression_start.value {
        "no more than that, so it adds nothing; build from it by about 10% a week.".to_string()
    } else {
        format!("{}% above it. A rise of more than 30% held over weeks went with more injuries in novices, though less surely than a single long run.", format_number(percent))
    };
    // Against a usual week of nothing a percentage of it means nothing to a runner, so the
    // week named is the one it is compared with.
    let reason = if week_compared_with_floor(assessment) {
        let before = if chronic == 0.0 {
            format!(
                "{} this week after weeks of no running",
                describe_distance(week, units)
            )
        } else {
            compared
        };
        let floor = describe_distance_roughly(floor, units);
        format!("{before}. After weeks of less than {floor}, a week is compared with {floor}, a usual start: this one is {rise}")
    } else if ratio - 1.0 <= WEIGHTS.progression_start.value {
        format!("{compared}: within 10% of your usual, which showed no extra risk.")
    } else {
        format!("{compared}: {}% above your usual. A rise of more than 30% held over weeks went with more injuries in novices, though less surely than a single long run.", format_number(percent))
    };
    Some((rate, reason))
}

/// How much longer the longest run was than the longest of the 30 days before, as a
/// fraction, as the cohort measured it.
pub fn long_run_jump(assessment: &Assessment) -> Option<f64> {
    let longest = capped(assessment.longest_run_km?);
    let before = capped(assessment.longest_run_30d_km?).max(WEIGHTS.long_run_floor_km.value);
    Some((longest - before) / before)
}

/// The rate ratio of a long run `jump` longer than the 30-day longest.
pub fn long_run_rate(jump: f64) -> f64 {
    let w = &WEIGHTS;
    log_curve(
        jump,
        &[
            (w.long_run_start.value, 1.0),
            (w.long_run_plateau_from.value, w.long_run_plateau_rate.value),
            (w.long_run_double.value, w.long_run_plateau_rate.value),
            (w.long_run_double_full.value, w.long_run_double_rate.value),
        ],
    )
}

/// Whether the 30 days before held no run as long as `long_run_floor_km`, so runs are
/// compared with that floor rather than with the runner's own longest.
pub fn long_run_compared_with_floor(assessment: &Assessment) -> bool {
    assessment
        .longest_run_30d_km
        .is_some_and(|km| km < WEIGHTS.long_run_floor_km.value)
}

pub fn long_run_spike(assessment: &Assessment) -> Option<Scored> {
    let jump = long_run_jump(assessment)?;
    let percent = (jump * 100.0).round();
    let floor = describe_distance_roughly(WEIGHTS.long_run_floor_km.value, assessment.units);
    let cohort = "in a cohort of 5200 runners, more than 10% longer raised the injury rate by about half, more than twice as long more than doubled it.";
    let reason = match (jump > WEIGHTS.long_run_start.value, long_run_compared_with_floor(assessment)) {
        (true, true) => format!("Your longest run was about {}% longer than {floor}, the shortest run this compares with (the 30 days before held nothing that long); {cohort}", format_number(percent)),
        (true, false) => format!("Your longest run was about {}% longer than any in the 30 days before; {cohort}", format_number(percent)),
        (false, true) => format!("Your runs stayed within about {floor}, a usual start after little or no running, so no single run stands out."),
        (false, false) => "Your longest run stayed within 10% of your longest in the 30 days before.".to_string(),
    };
    Some((long_run_rate(jump), reason))
}

pub fn added_intensity(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let no_rest_day = assessment
        .runs
        .is_some_and(|runs| f64::from(runs) >= w.no_rest_day_runs.value);
    let added = match (assessment.added.answered_items(), no_rest_day) {
        (Some(added), _) => added,
        (None, true) => Default::default(),
        (None, false) => return None,
    };
    let mut rate = 1.0;
    let mut new = Vec::new();
    if added.contains(&AddedTraining::Speed) {
        rate *= w.added_speed_rate.value;
        new.push("speed work");
    }
    if added.contains(&AddedTraining::Hills) {
        rate *= w.added_hills_rate.value;
        new.push("hills");
    }
    if added.contains(&AddedTraining::LessRest) {
        new.push("less rest");
    }
    if added.contains(&AddedTraining::LessRest) || no_rest_day {
        rate *= w.less_rest_rate.value;
    }
    // Seven runs in seven days is no rest day whether or not it is new, so it is named as it
    // is, never as something new.
    let daily = (no_rest_day && !added.contains(&AddedTraining::LessRest))
        .then_some(" Seven or more runs in the last 7 days leave no rest day.");
    let reason = match (new.is_empty(), daily) {
        (true, None) => {
            "Nothing new in the last four weeks: no speed, hills or cut in rest.".to_string()
        }
        (true, Some(daily)) => daily.trim_start().to_string(),
        (false, daily) => format!(
            "New in the last four weeks: {}.{}",
            new.join(", "),
            daily.unwrap_or_default()
        ),
    };
    Some((rate, reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runner(week: f64, previous: &[f64]) -> Assessment {
        Assessment {
            week_km: Some(week),
            previous_weeks_km: previous.to_vec(),
            ..Assessment::default()
        }
    }

    #[test]
    fn a_steady_week_adds_nothing() {
        let steady = runner(30.0, &[30.0, 29.0, 31.0, 30.0]);
        assert_eq!(weekly_progression(&steady).unwrap().0, 1.0);
    }

    #[test]
    fn one_week_or_four_of_the_same_distance_agree() {
        let one = runner(45.0, &[30.0]);
        let four = runner(45.0, &[30.0, 30.0, 30.0, 30.0]);
        assert_eq!(weekly_progression(&one), weekly_progression(&four));
    }

    #[test]
    fn a_return_from_a_break_is_finite_and_large() {
        let returning = runner(30.0, &[0.0, 0.0, 0.0, 0.0]);
        let (rate, reason) = weekly_progression(&returning).unwrap();
        assert_eq!(rate, WEIGHTS.progression_double_rate.value);
        assert!(reason.contains("after weeks of no running"), "{reason}");
        assert!(reason.contains("200% above it"), "{reason}");
        assert!(!reason.contains("your usual"), "{reason}");
    }

    #[test]
    fn a_beginners_first_weeks_up_to_a_usual_start_add_nothing() {
        for week in [3.0, 8.0, 11.0] {
            let (rate, reason) = weekly_progression(&runner(week, &[0.0; 4])).unwrap();
            assert_eq!(rate, 1.0, "{week}");
            assert!(
                reason.contains("compared with 10 km, a usual start"),
                "{reason}"
            );
        }
        let (rate, reason) = weekly_progression(&runner(15.0, &[4.0, 6.0])).unwrap();
        assert!(rate > 1.0 && rate < WEIGHTS.band_high_from.value, "{rate}");
        assert!(reason.contains("50% above it"), "{reason}");
    }

    #[test]
    fn weeks_from_the_floor_up_are_compared_as_the_cohort_did() {
        let (rate, reason) = weekly_progression(&runner(40.0, &[30.0])).unwrap();
        assert!(rate > WEIGHTS.progression_high_rate.value, "{rate}");
        assert!(reason.contains("33% above your usual"), "{reason}");
    }

    fn long_run(longest: f64, before: f64) -> Assessment {
        Assessment {
            longest_run_km: Some(longest),
            longest_run_30d_km: Some(before),
            ..Assessment::default()
        }
    }

    #[test]
    fn short_runs_after_little_running_are_no_spike_but_a_long_first_run_is() {
        let (rate, reason) = long_run_spike(&long_run(3.0, 0.0)).unwrap();
        assert_eq!(rate, 1.0);
        assert!(reason.contains("a usual start"), "{reason}");
        let (rate, _) = long_run_spike(&long_run(2.0, 1.0)).unwrap();
        assert_eq!(rate, 1.0);
        let (rate, reason) = long_run_spike(&long_run(12.0, 0.0)).unwrap();
        assert_eq!(rate, WEIGHTS.long_run_double_rate.value);
        assert!(reason.contains("300% longer than 3 km"), "{reason}");
    }

    #[test]
    fn a_tripled_week_is_a_moderate_load_or_more_on_its_own() {
        let (rate, _) = weekly_progression(&runner(90.0, &[30.0])).unwrap();
        assert!(rate >= WEIGHTS.band_moderate_from.value, "{rate}");
        let (top, _) = weekly_progression(&runner(300.0, &[30.0])).unwrap();
        assert_eq!(top, WEIGHTS.progression_double_rate.value);
    }

    #[test]
    fn long_runs_follow_the_cohorts_categories_without_jumps() {
        let rate = |jump: f64| long_run_rate(jump);
        assert_eq!(rate(0.05), 1.0);
        assert!((rate(0.1001) - 1.0).abs() < 0.01);
        assert_eq!(rate(0.25), rate(0.9));
        assert!((rate(1.3) - 2.28).abs() < 0.05);
        assert!((rate(1.0001) - rate(1.0)).abs() < 0.01);
        let before_after = |longest: f64| {
            long_run_spike(&Assessment {
                longest_run_km: Some(longest),
                longest_run_30d_km: Some(10.0),
                ..Assessment::default()
            })
            .unwrap()
            .0
        };
        assert!((before_after(12.01) - before_after(12.0)).abs() < 0.01);
    }

    #[test]
    fn seven_runs_a_week_count_as_less_rest() {
        let daily = Assessment {
            runs: Some(7),
            ..Assessment::default()
        };
        let (rate, reason) = added_intensity(&daily).unwrap();
        assert_eq!(rate, WEIGHTS.less_rest_rate.value);
        assert!(reason.contains("no rest day"));
        assert!(!reason.contains("New in"), "{reason}");
        assert!(added_intensity(&Assessment::default()).is_none());
    }
}
