//! Calendar dates as days since 1970-01-01, without a date library: the plan's calendar
//! and the weekly re-check count whole days between the runner's dates.

/// Days since 1970-01-01 of a civil date (the proleptic Gregorian calendar).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date of a count of days since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Reads `YYYY-MM-DD`, a day that exists: 2026-02-30 and 2026-13-45 are not dates.
pub fn parse_date(text: &str) -> Option<i64> {
    let plain = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !plain {
        return None;
    }
    let (year, month, day) = (
        text[..4].parse::<i64>().ok()?,
        text[5..7].parse::<i64>().ok()?,
        text[8..].parse::<i64>().ok()?,
    );
    let days = days_from_civil(year, month, day);
    (civil_from_days(days) == (year, month, day)).then_some(days)
}

/// `YYYY-MM-DD` of a count of days since 1970-01-01.
pub fn iso_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

/// The Monday after `today` (a week on, when today is a Monday): where a plan's week one
/// starts, so every week runs Monday to Sunday. 1970-01-01 was a Thursday.
pub fn next_monday(today: i64) -> i64 {
    let since_monday = (today + 3).rem_euclid(7);
    today + 7 - since_monday
}

/// A day as "7 Dec", the short way a week's dates are written on the page.
pub fn day_and_month(days: i64) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (_, month, day) = civil_from_days(days);
    format!("{day} {}", MONTHS[(month - 1).clamp(0, 11) as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_starts_on_the_monday_after_today() {
        let monday = |text: &str| iso_date(next_monday(parse_date(text).unwrap()));
        assert_eq!(monday("2026-12-06"), "2026-12-07", "a Sunday");
        assert_eq!(monday("2026-12-07"), "2026-12-14", "a Monday: a week on");
        assert_eq!(monday("2026-12-31"), "2027-01-04", "across a year");
        assert_eq!(monday("2024-02-27"), "2024-03-04", "across a leap day");
        assert_eq!(day_and_month(parse_date("2027-01-04").unwrap()), "4 Jan");
    }

    #[test]
    fn dates_round_trip_across_months_leap_days_and_years() {
        for (text, days) in [
            ("1970-01-01", 0),
            ("2024-02-29", 19_782),
            ("2026-11-30", 20_787),
        ] {
            assert_eq!(parse_date(text), Some(days), "{text}");
            assert_eq!(
                civil_from_days(days),
                (
                    text[..4].parse().unwrap(),
                    text[5..7].parse().unwrap(),
                    text[8..].parse().unwrap()
                )
            );
        }
        assert_eq!(parse_date("2026-13-01"), None);
        assert_eq!(parse_date("2026-13-45"), None);
        assert_eq!(parse_date("2026-02-29"), None);
        assert_eq!(parse_date("2026-04-31"), None);
        assert_eq!(parse_date("2026-00-10"), None);
        assert_eq!(parse_date("+026-01-10"), None);
        assert_eq!(parse_date("30/11/2026"), None);
    }
}
