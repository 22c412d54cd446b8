//! The plan as an iCalendar file (RFC 5545): one event a week, Monday to Sunday as the page
//! dates it, with its target and sessions in the page's own figures, so a runner can keep it
//! in the calendar they use.

use super::dated::{describe_plan_distance, PlanDates};
use super::generator::{Plan, PlanWeek};
use crate::dates::civil_from_days;
use crate::model::units::Units;

fn compact_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}{month:02}{day:02}")
}

/// Escapes text for a property value: backslash, semicolon, comma and newline.
fn escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// Folds a content line at 75 octets, never inside a character, as the format requires.
fn folded(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for character in line.chars() {
        let size = character.len_utf8();
        if width + size > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(character);
        width += size;
    }
    out.push_str("\r\n");
    out
}

/// The week in a runner's words, for the event's summary and description.
pub fn week_summary(week: &PlanWeek, units: Units) -> String {
    format!(
        "Knee plan week {}: {} in {} runs",
        week.number,
        describe_plan_distance(week.distance_km, units),
        week.runs
    )
}

fn week_description(week: &PlanWeek, units: Units) -> String {
    let terrain = match (week.hills, week.speed) {
        (_, true) => "Hills and some speed work may come back if runs stay comfortable.",
        (true, false) => "Hills may come back if runs stay comfortable; no speed work yet.",
        _ => "Flat, easy running: no hills or speed work yet.",
    };
    format!(
        "Longest run at most {}. {terrain}\nStrength, {} sessions ({}): {}.\nKeep pain during runs at 3 out of 10 or less, settled by the next morning; log it in the app after runs.",
        describe_plan_distance(week.long_run_km, units),
        week.strength_sessions,
        week.strength.name.to_ascii_lowercase(),
        week.strength.exercises
    )
}

/// The calendar file for a plan made on `today` (`YYYY-MM-DD`, weeks from the Monday after
/// it); `stamp` is the time it was made, as `YYYYMMDDTHHMMSSZ`. `None` when the date cannot
/// be read.
pub fn calendar(plan: &Plan, units: Units, today: &str, stamp: &str) -> Option<String> {
    let dates = PlanDates::from_today(today)?;
    let first_day = plan.weeks.first().map(|week| dates.start_iso(week))?;
    let mut text = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Runner's Knee Check//Return-to-running plan//EN",
        "CALSCALE:GREGORIAN",
    ] {
        text.push_str(&folded(line));
    }
    for week in &plan.weeks {
        let day = dates.start(week);
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!(
                "UID:knee-plan-{first_day}-week-{}@runners-knee-check",
                week.number
            ),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;VALUE=DATE:{}", compact_date(day)),
            format!("DTEND;VALUE=DATE:{}", compact_date(day + 7)),
            format!("SUMMARY:{}", escaped(&week_summary(week, units))),
            format!("DESCRIPTION:{}", escaped(&week_description(week, units))),
            "END:VEVENT".to_string(),
        ] {
            text.push_str(&folded(&line));
        }
    }
    text.push_str(&folded("END:VCALENDAR"));
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::parse_date;
    use crate::model::Assessment;
    use crate::plan::generator::plan;

    #[test]
    fn event_dates_cross_months_and_years() {
        assert_eq!(
            compact_date(parse_date("2026-12-28").unwrap() + 7),
            "20270104"
        );
        assert_eq!(compact_date(parse_date("2024-02-29").unwrap()), "20240229");
    }

    #[test]
    fn one_event_a_week_with_folded_lines_and_escaped_text() {
        let assessment = Assessment {
            week_km: Some(30.0),
            previous_weeks_km: vec![30.0; 4],
            ..Assessment::default()
        };
        let file = calendar(
            &plan(&assessment, &[]),
            Units::Km,
            "2026-11-29",
            "20261130T120000Z",
        )
        .unwrap();
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 6);
        assert!(file.contains("DTSTART;VALUE=DATE:20261130"));
        assert!(
            file.contains("DTEND;VALUE=DATE:20261207"),
            "Monday to Sunday"
        );
        assert!(file.contains("DTSTART;VALUE=DATE:20270104"));
        assert!(file.contains("SUMMARY:Knee plan week 1: 30 km in 4 runs"));
        assert!(
            file.lines().all(|line| line.len() <= 76),
            "folded at 75 octets plus CR"
        );
        assert!(file.split("\r\n").all(|line| !line.contains('\n')));
        assert!(file.contains("\\,"), "commas escaped");
        assert!(file.ends_with("END:VCALENDAR\r\n"));
    }
}
