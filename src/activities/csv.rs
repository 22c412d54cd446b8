//! Activity lists: Strava's `activities.csv` (in its bulk export) and Garmin Connect's
//! `Activities.csv`. Columns are found by their header names, never by position, since both
//! services add and move columns; docs/import.md names the ones read.

use super::time::{parse_strava_instant, parse_wall_clock};
use super::xml::sport_of_name;
use super::{Activity, Origin, Sport, Start};
use crate::model::decimal::parse_plain_decimal;

/// Miles to kilometres, and feet to metres, for a Garmin list kept in miles.
const KM_PER_MILE: f64 = 1.609_344;
const M_PER_FOOT: f64 = 0.3048;
/// Longer than any run: a single distance column above it is in metres.
const LONGEST_RUN_KM: f64 = 400.0;

/// Which service wrote the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Strava,
    Garmin,
}

#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub service: Service,
    pub activities: Vec<Activity>,
    /// Strava's file of each activity in its zip (`activities/123.fit.gz`), by row.
    pub files: Vec<Option<String>>,
}

impl List {
    /// The files a zip's list names for its recent activities: only these need opening.
    pub fn recent_files(&self, now: i64, offset_of: &dyn Fn(i64) -> i32) -> Vec<String> {
        self.activities
            .iter()
            .zip(&self.files)
            .filter(|(activity, _)| super::is_recent(activity.start, now, offset_of))
            .filter_map(|(_, file)| file.clone())
            .collect()
    }

    /// The rows whose own file was not read: a run counts once, from its file when the zip
    /// gave it, from the list otherwise.
    pub fn rows_without(self, read: &[String]) -> Vec<Activity> {
        self.activities
            .into_iter()
            .zip(self.files)
            .filter(|(_, file)| file.as_ref().is_none_or(|file| !read.contains(file)))
            .map(|(activity, _)| activity)
            .collect()
    }
}

/// A row of a Garmin list read as km, for an account kept in miles (and climbs in feet).
pub fn from_miles(activity: &Activity) -> Activity {
    Activity {
        distance_km: activity.distance_km.map(|miles| miles * KM_PER_MILE),
        ascent_m: activity.ascent_m.map(|feet| feet * M_PER_FOOT),
        ..activity.clone()
    }
}

/// Splits CSV text into rows of fields: quoted fields may hold commas, quotes (doubled) and
/// line breaks. A list saved again by a spreadsheet set to a European language is split at
/// semicolons: its header line then has more of them than commas.
pub fn rows(text: &str) -> Vec<Vec<String>> {
    let header = text.lines().next().unwrap_or("");
    let separator = if header.matches(';').count() > header.matches(',').count() {
        ';'
    } else {
        ','
    };
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == separator => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// A number as the lists write it: `1,234.5` (Garmin's thousands), `10,02` (a decimal comma,
/// as lists exported in many European languages write distances: one or two digits after a
/// comma are never thousands), `--` for none.
pub fn number(text: &str) -> Option<f64> {
    let text = text.trim();
    let decimal_comma = !text.contains('.')
        && text
            .rsplit_once(',')
            .is_some_and(|(_, decimals)| (1..=2).contains(&decimals.len()));
    let cleaned = if decimal_comma {
        text.replace(',', ".")
    } else {
        text.replace(',', "")
    };
    parse_plain_decimal(&cleaned).filter(|value| *value >= 0.0)
}

fn sport_of_type(name: &str) -> Sport {
    match sport_of_name(name) {
        Sport::Unknown => Sport::Other,
        sport => sport,
    }
}

struct Columns<'a>(&'a [String]);

impl Columns<'_> {
    /// Every column with this name (Strava's list has two called "Distance").
    fn all(&self, name: &str) -> Vec<usize> {
        (0..self.0.len())
            .filter(|at| self.0[*at].trim().eq_ignore_ascii_case(name))
            .collect()
    }

    fn first(&self, name: &str) -> Option<usize> {
        self.all(name).first().copied()
    }
}

fn cell(row: &[String], at: Option<usize>) -> &str {
    at.and_then(|at| row.get(at)).map_or("", String::as_str)
}

/// Reads a list of activities, from either service. A Garmin list is in the units of the
/// runner's Garmin account, which the file does not say: `garmin_miles` says miles.
pub fn read_list(text: &str, garmin_miles: bool) -> Result<List, String> {
    let rows = rows(text);
    let (header, body) = rows.split_first().ok_or("it is empty")?;
    let columns = Columns(header);
    let service = if columns.first("Activity Date").is_some()
        && columns.first("Activity Type").is_some()
    {
        Service::Strava
    } else if columns.first("Activity Type").is_some() && columns.first("Date").is_some() {
        Service::Garmin
    } else {
        return Err("it is a list, but not Strava's activities.csv nor Garmin Connect's Activities.csv in English (a list in another language is not read; Strava's whole zip is, from its files)".into());
    };
    let distance_columns = columns.all("Distance");
    if distance_columns.is_empty() {
        return Err("its list has no Distance column".into());
    }
    let kind = columns.first("Activity Type");
    let mut activities = Vec::new();
    let mut files = Vec::new();
    for row in body
        .iter()
        .filter(|row| row.iter().any(|field| !field.trim().is_empty()))
    {
        let (start, distance_km, ascent_m, cadence, file) = match service {
            Service::Strava => {
                let start = parse_strava_instant(cell(row, columns.first("Activity Date")))
                    .map(Start::Instant);
                // The first "Distance" is in km; a later one, where there is one, in metres.
                // A list trimmed to one column may hold either: no run is 400 km long.
                let distance = match distance_columns.as_slice() {
                    [_, .., metres] => number(cell(row, Some(*metres))).map(|m| m / 1000.0),
                    [only] => number(cell(row, Some(*only))).map(|d| {
                        if d > LONGEST_RUN_KM {
                            d / 1000.0
                        } else {
                            d
                        }
                    }),
                    [] => None,
                };
                let distance =
                    distance.or_else(|| number(cell(row, distance_columns.first().copied())));
                let ascent = number(cell(row, columns.first("Elevation Gain")));
                let cadence = number(cell(row, columns.first("Average Cadence")));
                let file = Some(cell(row, columns.first("Filename")).trim().to_string())
                    .filter(|f| !f.is_empty());
                (start, distance, ascent, cadence, file)
            }
            Service::Garmin => {
                let start =
                    parse_wall_clock(cell(row, columns.first("Date"))).map(Start::WallClock);
                let scale = if garmin_miles { KM_PER_MILE } else { 1.0 };
                let distance =
                    number(cell(row, distance_columns.first().copied())).map(|d| d * scale);
                let climb_scale = if garmin_miles { M_PER_FOOT } else { 1.0 };
                let ascent =
                    number(cell(row, columns.first("Total Ascent"))).map(|a| a * climb_scale);
                let cadence = number(cell(row, columns.first("Avg Run Cadence")))
                    .or_else(|| number(cell(row, columns.first("Avg Cadence"))));
                (start, distance, ascent, cadence, None)
            }
        };
        let Some(start) = start else {
            continue;
        };
        activities.push(Activity {
            start,
            sport: sport_of_type(cell(row, kind)),
            distance_km,
            ascent_m,
            cadence_spm: cadence.and_then(super::steps_a_minute),
            origin: Origin::ListRow,
        });
        files.push(file);
    }
    if activities.is_empty() {
        return Err("its list holds no activity with a date this app can read".into());
    }
    Ok(List {
        service,
        activities,
        files,
    })
}
