//! The training answers a set of activities gives, in 7-day blocks of the runner's own
//! calendar: today and the six days before are this week, the four blocks before it the
//! previous weeks. A run belongs to the day it started, even one that crosses midnight.
//! Weeks before the earliest activity imported are left unanswered rather than taken as
//! weeks without running: an import of one run must not read as a sudden spike.

use super::time::local_minute;
use super::{Activity, Sport};
use crate::model::order::sorted_by;

/// This week and the four before it, as the check asks.
pub const BLOCKS: usize = 5;
/// "The 30 days before" this week, for the longest run.
const LONGEST30_DAYS: i64 = 30;
/// This week's climb per km counts as hills added at this multiple of the usual...
const HILLS_RATIO: f64 = 1.5;
/// ...and this much more climbing in the week, so a flat runner's one bridge is not hills.
const HILLS_EXTRA_M: f64 = 100.0;

#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub week_km: f64,
    /// The previous weeks the import covers, most recent first.
    pub prev_km: Vec<f64>,
    pub longest_km: f64,
    /// `None` when the import covers none of the 30 days before this week.
    pub longest30_km: Option<f64>,
    pub runs: u32,
    /// The median of this week's runs that record one, steps a minute.
    pub cadence: Option<u32>,
    /// Runs in this week and each covered week before, most recent first.
    pub runs_by_week: Vec<u32>,
    /// This week's climb is well above the usual: offered for the runner to confirm.
    pub hills_suggested: bool,
    /// Activities that are not runs, by kind, and how many of each.
    pub skipped: Vec<(Sport, u32)>,
    /// Runs whose files did not name the sport (counted as runs).
    pub without_sport: u32,
    /// How many days ago the newest activity was, to warn of an old export.
    pub newest_days_ago: i64,
    /// Activities dated after today (a watch's clock set wrong), left out.
    pub in_the_future: u32,
}

fn median(values: Vec<f64>) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let values = sorted_by(values, f64::total_cmp);
    let middle = values.len() / 2;
    Some(if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    })
}

/// The answers from `activities` on the day of `now` (seconds since 1970, UTC), with the
/// runner's offset from UTC at any instant. `None` when no activity is a run.
pub fn summarise(
    activities: &[Activity],
    now: i64,
    offset_of: &dyn Fn(i64) -> i32,
) -> Option<Summary> {
    let today = (now + i64::from(offset_of(now)) * 60).div_euclid(86_400);
    let days_ago =
        |activity: &Activity| today - local_minute(activity.start, offset_of).div_euclid(1440);
    let dated: Vec<(i64, &Activity)> = activities.iter().map(|a| (days_ago(a), a)).collect();
    let in_the_future = dated.iter().filter(|(ago, _)| *ago < 0).count() as u32;
    let dated: Vec<(i64, &Activity)> = dated.into_iter().filter(|(ago, _)| *ago >= 0).collect();
    let runs: Vec<(i64, &Activity)> = dated
        .iter()
        .filter(|(_, a)| a.sport.counts_as_run())
        .copied()
        .collect();
    if runs.is_empty() {
        return None;
    }
    let earliest = dated.iter().map(|(ago, _)| *ago).max().unwrap_or(0);
    let newest_days_ago = dated.iter().map(|(ago, _)| *ago).min().unwrap_or(0);
    let distance = |activity: &Activity| activity.distance_km.unwrap_or(0.0);
    let in_block = |block: usize| {
        let first = 7 * block as i64;
        runs.iter()
            .filter(move |(ago, _)| (first..first + 7).contains(ago))
            .map(|(_, a)| *a)
    };
    // A block is covered when the earliest activity is in it or before it.
    let covered = (0..BLOCKS)
        .filter(|block| earliest >= 7 * *block as i64)
        .count();
    let block_km = |block: usize| in_block(block).map(distance).sum::<f64>();
    let block_ascent = |block: usize| in_block(block).filter_map(|a| a.ascent_m).sum::<f64>();
    let week: Vec<&Activity> = in_block(0).collect();
    let longest_in = |from: i64, to: i64| {
        runs.iter()
            .filter(|(ago, _)| (from..to).contains(ago))
            .map(|(_, a)| distance(a))
            .fold(0.0, f64::max)
    };
    let cadences: Vec<f64> = week.iter().filter_map(|a| a.cadence_spm).collect();
    let week_km = block_km(0);
    let climb_per_km = |block: usize| {
        let km = block_km(block);
        (km > 0.0).then(|| block_ascent(block) / km)
    };
    let usual: Vec<f64> = (1..covered).filter_map(climb_per_km).collect();
    let hills_suggested = match (climb_per_km(0), usual.is_empty()) {
        (Some(this_week), false) => {
            let usual = usual.iter().sum::<f64>() / usual.len() as f64;
            this_week >= HILLS_RATIO * usual && (this_week - usual) * week_km >= HILLS_EXTRA_M
        }
        _ => false,
    };
    let mut skipped: Vec<(Sport, u32)> = Vec::new();
    let answered_days = 7 + LONGEST30_DAYS;
    for (_, activity) in dated.iter().filter(|(ago, _)| *ago < answered_days) {
        if !activity.sport.counts_as_run() {
            match skipped
                .iter_mut()
                .find(|(sport, _)| *sport == activity.sport)
            {
                Some((_, count)) => *count += 1,
                None => skipped.push((activity.sport, 1)),
            }
        }
    }
    let skipped = sorted_by(skipped, |a, b| a.0.cmp(&b.0));
    Some(Summary {
        week_km,
        prev_km: (1..covered).map(block_km).collect(),
        longest_km: longest_in(0, 7),
        longest30_km: (earliest >= 7).then(|| longest_in(7, 7 + LONGEST30_DAYS)),
        runs: week.len() as u32,
        cadence: median(cadences).map(|spm| spm.round() as u32),
        runs_by_week: (0..covered)
            .map(|block| in_block(block).count() as u32)
            .collect(),
        hills_suggested,
        skipped,
        without_sport: runs
            .iter()
            .filter(|(ago, a)| *ago < answered_days && a.sport == Sport::Unknown)
            .count() as u32,
        newest_days_ago,
        in_the_future,
    })
}
