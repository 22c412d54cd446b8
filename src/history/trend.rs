//! The trend chart's geometry, worked out in Rust and drawn as inline SVG by a component:
//! score over time over the band zones, with each check's weekly distance as bars. It is
//! laid out for the width it is drawn at, one unit a pixel, so its labels keep their size
//! on a phone and every point is in view without scrolling.

use super::entries::SavedAssessment;
use crate::model::decimal::format_number;
use crate::model::score::score_of_rate;
use crate::model::weights::WEIGHTS;
use crate::model::{assess, Band};

/// The widest and narrowest the chart is laid out for, in CSS pixels.
pub const WIDEST: f64 = 640.0;
pub const NARROWEST: f64 = 240.0;
pub const HEIGHT: f64 = 260.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 48.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 30.0;

/// A band's stretch of the score axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Zone {
    pub band: Band,
    pub y: f64,
    pub height: f64,
}

/// One saved check on the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub x: f64,
    pub y: f64,
    pub score: u8,
    /// The band as History names it (the report's `band_words`): "low" only where it reassures.
    pub band_words: String,
    pub date: String,
    pub week_km: Option<f64>,
    /// The weekly distance bar, when the distance was given: (y, height).
    pub bar: Option<(f64, f64)>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TrendChart {
    pub zones: Vec<Zone>,
    pub points: Vec<TrendPoint>,
    /// The score line through the points, oldest first.
    pub line: String,
    pub bar_width: f64,
    pub max_week_km: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
    /// The width it is laid out for.
    pub width: f64,
}

/// Days since 1970-01-01 for `YYYY-MM-DDTHH:MM:SS…`, with the time of day as a fraction.
pub fn days_since_epoch(timestamp: &str) -> Option<f64> {
    let number = |range: std::ops::Range<usize>| timestamp.get(range)?.parse::<i64>().ok();
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let seconds = match (number(11..13), number(14..16), number(17..19)) {
        (Some(h), Some(m), Some(s)) => (h * 3600 + m * 60 + s) as f64,
        _ => 0.0,
    };
    // Days from civil, after Howard Hinnant's public-domain algorithm.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let shifted_month = (month + 9) % 12;
    let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    Some((era * 146_097 + day_of_era - 719_468) as f64 + seconds / 86_400.0)
}

fn score_y(score: f64) -> f64 {
    TOP + (100.0 - score) / 100.0 * (HEIGHT - TOP - BOTTOM)
}

/// The chart for these entries laid out `width` pixels wide (within `NARROWEST` and
/// `WIDEST`), or `None` when there is nothing to draw.
pub fn trend(entries: &[SavedAssessment], width: f64) -> Option<TrendChart> {
    if entries.is_empty() {
        return None;
    }
    let width = if width.is_nan() {
        WIDEST
    } else {
        width.clamp(NARROWEST, WIDEST)
    };
    let oldest_first = super::entries::oldest_first(entries);
    let times: Vec<f64> = oldest_first
        .iter()
        .enumerate()
        .map(|(index, entry)| days_since_epoch(&entry.saved_at).unwrap_or(index as f64))
        .collect();
    let (first, last) = (times[0], times[times.len() - 1]);
    let plot_width = width - LEFT - RIGHT;
    let plot_height = HEIGHT - TOP - BOTTOM;
    let x_of = |index: usize| {
        if last - first > 0.0 {
            LEFT + (times[index] - first) / (last - first) * plot_width
        } else if oldest_first.len() == 1 {
            LEFT + plot_width / 2.0
        } else {
            LEFT + index as f64 / (oldest_first.len() - 1) as f64 * plot_width
        }
    };
    let max_week_km = oldest_first
        .iter()
        .filter_map(|entry| entry.assessment.week_km)
        .fold(0.0_f64, f64::max)
        .min(WEIGHTS.distance_ceiling_km.value);
    let points: Vec<TrendPoint> = oldest_first
        .iter()
        .enumerate()
        .map(|(index, entry)| {
            let report = assess(&entry.assessment);
            let score = report.scoring.score;
            let week_km = entry.assessment.week_km;
            let bar = week_km.filter(|_| max_week_km > 0.0).map(|km| {
                let height = km.min(max_week_km) / max_week_km * plot_height * 0.9;
                (TOP + plot_height - height, height)
            });
            TrendPoint {
                x: x_of(index),
                y: score_y(f64::from(score)),
                score,
                band_words: report.words.band_words,
                date: entry.date().to_string(),
                week_km,
                bar,
            }
        })
        .collect();
    let line = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{}{} {}",
                if i == 0 { "M" } else { "L" },
                format_number(p.x),
                format_number(p.y)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let cut = |rate: f64| score_y(score_of_rate(rate));
    let w = &WEIGHTS;
    let bounds = [
        (Band::VeryHigh, f64::INFINITY, w.band_very_high_from.value),
        (
            Band::High,
            w.band_very_high_from.value,
            w.band_high_from.value,
        ),
        (
            Band::Moderate,
            w.band_high_from.value,
            w.band_moderate_from.value,
        ),
        (Band::Low, w.band_moderate_from.value, 1.0),
    ];
    let zones = bounds
        .iter()
        .map(|(band, top, bottom)| Zone {
            band: *band,
            y: cut(*top),
            height: cut(*bottom) - cut(*top),
        })
        .collect();
    Some(TrendChart {
        zones,
        points,
        line,
        bar_width: (plot_width / (entries.len() as f64 * 2.0)).clamp(3.0, 14.0),
        max_week_km,
        plot_left: LEFT,
        plot_right: width - RIGHT,
        plot_top: TOP,
        plot_bottom: HEIGHT - BOTTOM,
        width,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::entries::tests::entry;

    #[test]
    fn dates_count_days_from_the_epoch() {
        assert_eq!(days_since_epoch("1970-01-01T00:00:00Z"), Some(0.0));
        assert_eq!(days_since_epoch("2000-03-01"), Some(11_017.0));
        assert_eq!(days_since_epoch("2026-11-30T12:00:00.000Z"), Some(20_787.5));
        assert_eq!(days_since_epoch("yesterday"), None);
    }

    #[test]
    fn points_run_oldest_to_newest_across_the_plot() {
        let mut later = entry("b", "2026-11-08T10:00:00Z");
        later.assessment.strength_sessions = Some(3);
        later.assessment.week_km = Some(60.0);
        let chart = trend(&[later, entry("a", "2026-11-01T10:00:00Z")], WIDEST).unwrap();
        assert_eq!(chart.points[0].date, "2026-11-01");
        assert_eq!(chart.points[0].x, chart.plot_left);
        assert_eq!(chart.points[1].x, chart.plot_right);
        assert!(
            chart.points[0].y < chart.points[1].y,
            "the higher score sits higher"
        );
        assert!(chart.line.starts_with('M'));
        assert_eq!(chart.max_week_km, 60.0);
        let (_, tall) = chart.points[1].bar.unwrap();
        let (_, short) = chart.points[0].bar.unwrap();
        assert!(tall > short);
    }

    #[test]
    fn the_zones_cover_the_score_axis() {
        let chart = trend(&[entry("a", "2026-11-01T10:00:00Z")], WIDEST).unwrap();
        let total: f64 = chart.zones.iter().map(|z| z.height).sum();
        assert!((total - (chart.plot_bottom - chart.plot_top)).abs() < 1e-9);
        assert!(trend(&[], WIDEST).is_none());
    }

    #[test]
    fn a_phone_gets_a_chart_its_own_width_with_every_point_on_it() {
        let entries: Vec<_> = (1..=28)
            .map(|day| entry(&format!("e{day}"), &format!("2026-11-{day:02}T10:00:00Z")))
            .collect();
        let chart = trend(&entries, 300.0).unwrap();
        assert_eq!(chart.width, 300.0);
        assert!(chart
            .points
            .iter()
            .all(|p| p.x >= chart.plot_left && p.x <= chart.plot_right));
        assert_eq!(trend(&entries, 90.0).unwrap().width, NARROWEST);
        assert_eq!(trend(&entries, 2000.0).unwrap().width, WIDEST);
    }
}
