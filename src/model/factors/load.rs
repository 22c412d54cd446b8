//! Training load: how fast distance rose, single long runs, and what was added.

use super::Scored;
use crate::model::assessment::{AddedTraining, Assessment};
use crate::model::units::describe_distance;
use crate::model::weights::{ramp, WEIGHTS};

fn capped(km: f64) -> f64 {
    km.min(WEIGHTS.distance_ceiling_km.value)
}

/// The mean of the weeks before the last seven days; the acute week is never part of it.
pub fn chronic_km(assessment: &Assessment) -> Option<f64> {
    let weeks = &assessment.previous_weeks_km;
    if weeks.is_empty() {
        return None;
    }
    Some(weeks.iter().map(|km| capped(*km)).sum::<f64>() / weeks.len() as f64)
}

/// The recent and baseline distances the two-week rise compares, per the weeks known.
fn two_week_windows(week: f64, previous: &[f64]) -> (f64, f64) {
    match previous {
        [] => (week, week),
        [one] => (week, *one),
        [last, before] => ((week + last) / 2.0, *before),
        [last, b1, b2, ..] => ((week + last) / 2.0, (b1 + b2) / 2.0),
    }
}

/// The relative rise over two weeks, the baseline floored so that a return from a break
/// gives a bounded number.
pub fn two_week_rise(assessment: &Assessment) -> Option<f64> {
    let week = capped(assessment.week_km?);
    if assessment.previous_weeks_km.is_empty() {
        return None;
    }
    let previous: Vec<f64> = assessment
        .previous_weeks_km
        .iter()
        .map(|km| capped(*km))
        .collect();
    let (recent, baseline) = two_week_windows(week, &previous);
    Some((recent - baseline) / baseline.max(WEIGHTS.chronic_floor_km.value))
}

pub fn weekly_progression(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let rise = two_week_rise(assessment)?;
    let points = ramp(
        rise,
        w.progression_start.value,
        w.progression_high.value,
        0.0,
        w.progression_high_points.value,
    ) + ramp(
        rise,
        w.progression_high.value,
        w.progression_double.value,
        0.0,
        w.progression_max_points.value - w.progression_high_points.value,
    );
    let percent = (rise * 100.0).round();
    let reason = if rise <= w.progression_start.value {
        format!("Over two weeks your distance changed by {percent}%: within the 10% that showed no extra risk.")
    } else {
        format!("Over two weeks your distance rose by {percent}%; rises above 30% went with more knee injuries.")
    };
    Some((points, reason))
}

/// This week against the floored mean of the weeks before it.
pub fn load_ratio(assessment: &Assessment) -> Option<f64> {
    let week = capped(assessment.week_km?);
    let chronic = chronic_km(assessment)?;
    Some(week / chronic.max(WEIGHTS.chronic_floor_km.value))
}

pub fn acute_chronic_ratio(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let ratio = load_ratio(assessment)?;
    let chronic = chronic_km(assessment)?;
    let week = assessment.week_km?;
    let points = ramp(
        ratio,
        w.ratio_start.value,
        w.ratio_full.value,
        0.0,
        w.ratio_max_points.value,
    );
    let units = assessment.units;
    let mut reason = format!(
        "{} this week against {} a week before: {:.2} times your usual.",
        describe_distance(week, units),
        describe_distance(chronic, units),
        ratio
    );
    if chronic < w.chronic_floor_km.value {
        reason.push_str(&format!(
            " Your recent weeks were low, so this is measured against {} (new or returning runner).",
            describe_distance(w.chronic_floor_km.value, units)
        ));
    }
    Some((points, reason))
}

/// How much longer the longest run was than the longest of the 30 days before, as a fraction.
pub fn long_run_jump(assessment: &Assessment) -> Option<f64> {
    let longest = capped(assessment.longest_run_km?);
    let before = capped(assessment.longest_run_30d_km?).max(WEIGHTS.long_run_floor_km.value);
    Some((longest - before) / before)
}

pub fn long_run_spike(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let jump = long_run_jump(assessment)?;
    let points = if jump > 1.0 {
        w.long_run_double_points.value
            + ramp(
                jump,
                1.0,
                2.0,
                0.0,
                w.long_run_max_points.value - w.long_run_double_points.value,
            )
    } else if jump > w.long_run_start.value {
        w.long_run_points.value
            + ramp(
                jump,
                w.long_run_start.value,
                1.0,
                0.0,
                w.long_run_near_double_points.value - w.long_run_points.value,
            )
    } else {
        0.0
    };
    let percent = (jump * 100.0).round();
    let reason = if jump > w.long_run_start.value {
        format!("Your longest run was {percent}% longer than any in the 30 days before; more than 10% longer raised injury rates.")
    } else {
        "Your longest run stayed within 10% of your longest in the 30 days before.".to_string()
    };
    Some((points, reason))
}

pub fn added_intensity(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let no_rest_day = assessment
        .runs
        .is_some_and(|runs| f64::from(runs) >= w.no_rest_day_runs.value);
    let added = match (&assessment.added, no_rest_day) {
        (Some(added), _) => added.clone(),
        (None, true) => Default::default(),
        (None, false) => return None,
    };
    let mut points = 0.0;
    let mut named = Vec::new();
    if added.contains(&AddedTraining::Speed) {
        points += w.added_speed_points.value;
        named.push("speed work");
    }
    if added.contains(&AddedTraining::Hills) {
        points += w.added_hills_points.value;
        named.push("hills");
    }
    if added.contains(&AddedTraining::LessRest) || no_rest_day {
        points += w.less_rest_points.value;
        named.push(
            if no_rest_day && !added.contains(&AddedTraining::LessRest) {
                "no rest day this week"
            } else {
                "less rest"
            },
        );
    }
    let reason = if named.is_empty() {
        "Nothing new in the last four weeks: no speed, hills or cut in rest.".to_string()
    } else {
        format!("New in the last four weeks: {}.", named.join(", "))
    };
    Some((points, reason))
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
    fn a_steady_week_scores_nothing() {
        let steady = runner(30.0, &[30.0, 29.0, 31.0, 30.0]);
        assert_eq!(weekly_progression(&steady).unwrap().0, 0.0);
        assert_eq!(acute_chronic_ratio(&steady).unwrap().0, 0.0);
    }

    #[test]
    fn the_chronic_mean_leaves_the_acute_week_out() {
        let spike = runner(60.0, &[20.0, 20.0, 20.0, 20.0]);
        assert_eq!(chronic_km(&spike), Some(20.0));
        assert_eq!(load_ratio(&spike), Some(3.0));
    }

    #[test]
    fn a_return_from_a_break_is_bounded() {
        let returning = runner(25.0, &[0.0, 0.0, 0.0, 0.0]);
        let ratio = load_ratio(&returning).unwrap();
        assert!(ratio.is_finite());
        assert_eq!(ratio, 2.5);
        let (points, reason) = acute_chronic_ratio(&returning).unwrap();
        assert_eq!(points, WEIGHTS.ratio_max_points.value);
        assert!(reason.contains("new or returning"));
        assert!(weekly_progression(&returning).unwrap().0 <= 16.0);
    }

    #[test]
    fn a_rise_above_thirty_percent_scores_above_eight() {
        let rising = runner(50.0, &[40.0, 30.0, 30.0]);
        let (points, _) = weekly_progression(&rising).unwrap();
        assert!(points > 8.0, "{points}");
    }

    #[test]
    fn long_runs_follow_the_cohorts_thresholds() {
        let long = |longest: f64, before: f64| Assessment {
            longest_run_km: Some(longest),
            longest_run_30d_km: Some(before),
            ..Assessment::default()
        };
        assert_eq!(long_run_spike(&long(11.0, 10.0)).unwrap().0, 0.0);
        assert!(long_run_spike(&long(11.5, 10.0)).unwrap().0 > 6.0);
        assert_eq!(long_run_spike(&long(20.0, 10.0)).unwrap().0, 8.0);
        assert_eq!(long_run_spike(&long(20.1, 10.0)).unwrap().0.floor(), 12.0);
        assert_eq!(long_run_spike(&long(40.0, 10.0)).unwrap().0, 16.0);
        assert!(long_run_spike(&long(5.0, 0.0)).unwrap().0.is_finite());
    }

    #[test]
    fn seven_runs_a_week_count_as_less_rest() {
        let daily = Assessment {
            runs: Some(7),
            ..Assessment::default()
        };
        let (points, reason) = added_intensity(&daily).unwrap();
        assert_eq!(points, WEIGHTS.less_rest_points.value);
        assert!(reason.contains("no rest day"));
        assert!(added_intensity(&Assessment::default()).is_none());
    }
}
