//! Times as the files write them, and the runner's own clock: a week is seven days of the
//! runner's calendar, wherever the watch was set.

use super::Start;
use crate::dates::days_from_civil;

/// Minutes since 1970-01-01 on the runner's clock, given the runner's offset from UTC (in
/// minutes, east positive) at any instant, as the browser knows it, summer time included.
pub fn local_minute(start: Start, offset_of: &dyn Fn(i64) -> i32) -> i64 {
    match start {
        Start::Instant(seconds) => (seconds + i64::from(offset_of(seconds)) * 60).div_euclid(60),
        Start::WallClock(minute) => minute,
    }
}

fn number(text: &str) -> Option<i64> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// `HH:MM[:SS[.fff]]` as seconds since midnight.
fn clock(text: &str) -> Option<i64> {
    let mut parts = text.splitn(3, ':');
    let hours = number(parts.next()?)?;
    let minutes = number(parts.next()?)?;
    let seconds = match parts.next() {
        Some(seconds) => number(seconds.split('.').next()?)?,
        None => 0,
    };
    (hours < 24 && minutes < 60 && seconds < 61).then_some(hours * 3600 + minutes * 60 + seconds)
}

fn date(text: &str) -> Option<i64> {
    let mut parts = text.splitn(3, '-');
    let (year, month, day) = (
        number(parts.next()?)?,
        number(parts.next()?)?,
        number(parts.next()?)?,
    );
    ((1..=12).contains(&month) && (1..=31).contains(&day) && year >= 1970)
        .then(|| days_from_civil(year, month, day))
}

/// An ISO 8601 time as GPX and TCX write it: `2026-12-01T07:30:00Z`, with fractions of a
/// second or an offset (`+01:00`); one without a zone is taken as UTC, as GPX defines it.
pub fn parse_iso_instant(text: &str) -> Option<i64> {
    let text = text.trim();
    let (day, rest) = text.split_once(['T', ' '])?;
    let days = date(day)?;
    let (clock_text, offset) = if let Some(clock_text) = rest.strip_suffix(['Z', 'z']) {
        (clock_text, 0)
    } else if let Some(at) = rest.rfind(['+', '-']) {
        let zone = &rest[at + 1..];
        // `+01:00`, `+0100` or `+01`.
        let (hours, minutes) = match zone.split_once(':') {
            Some(parts) => parts,
            None if zone.is_ascii() => zone.split_at(zone.len().min(2)),
            None => return None,
        };
        let minutes = if minutes.is_empty() { "0" } else { minutes };
        let sign = if rest.as_bytes()[at] == b'-' { -1 } else { 1 };
        (
            &rest[..at],
            sign * (number(hours)? * 3600 + number(minutes)? * 60),
        )
    } else {
        (rest, 0)
    };
    Some(days * 86_400 + clock(clock_text)? - offset)
}

/// Garmin Connect's `2026-12-01 07:30:00`, on the runner's clock.
pub fn parse_wall_clock(text: &str) -> Option<i64> {
    let (day, time) = text.trim().split_once(['T', ' '])?;
    Some(date(day)? * 1440 + clock(time)? / 60)
}

/// Strava's activity date, in UTC, as its export writes it in English: `Dec 1, 2026, 7:30:00
/// AM`, or day first (`1 Dec 2026, 07:30:00`) as some accounts have it; an ISO time too.
pub fn parse_strava_instant(text: &str) -> Option<i64> {
    const MONTHS: &str = "janfebmaraprmayjunjulaugsepoctnovdec";
    const HALF_DAY: i64 = 12 * 3600;
    let text = text.trim();
    if text.as_bytes().get(4) == Some(&b'-') {
        return parse_iso_instant(text);
    }
    let (mut month, mut day, mut year, mut seconds, mut pm) = (None, None, None, None, None);
    for word in text.split([',', ' ']) {
        let lower = word.to_ascii_lowercase();
        match number(word) {
            Some(n) if day.is_none() => day = Some(n),
            Some(n) => year = Some(n),
            None if word.contains(':') => seconds = clock(word),
            None if lower == "am" || lower == "pm" => pm = Some(lower == "pm"),
            None if word.len() >= 3 && word.is_ascii() => {
                month = month.or(MONTHS.find(&lower[..3]).filter(|at| at % 3 == 0));
            }
            None => {}
        }
    }
    let mut seconds = seconds?;
    // On a 12-hour clock, 12 AM is midnight and 12 PM noon.
    if let Some(pm) = pm {
        seconds = seconds % HALF_DAY + if pm { HALF_DAY } else { 0 };
    }
    let (month, day, year) = (month? as i64 / 3 + 1, day?, year?);
    ((1..=31).contains(&day) && year >= 1970)
        .then(|| days_from_civil(year, month, day) * 86_400 + seconds)
}
