//! Training answers from a watch's or an app's exported activities, read on the device: FIT,
//! GPX and TCX files, Strava's bulk export (its zip, or its `activities.csv`) and Garmin
//! Connect's `Activities.csv`. Pure: the browser edge hands over bytes and the runner's time
//! zone, and keeps nothing of the files (docs/import.md).

pub mod answers;
pub mod csv;
pub mod fit;
pub mod summary;
pub mod time;
pub mod xml;
pub mod zip;

use crate::model::order::sorted_by;

/// When an activity started.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Start {
    /// Seconds since 1970-01-01 UTC, as watches record it.
    Instant(i64),
    /// Minutes since 1970-01-01 on the runner's own clock, as Garmin Connect's list gives it.
    WallClock(i64),
}

/// The kinds of activity a preview names; only runs count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Sport {
    Run,
    Ride,
    Walk,
    Swim,
    Other,
    /// The file does not say; a track dropped into a runner's check counts as a run, and the
    /// preview says how many were counted so.
    Unknown,
}

impl Sport {
    pub fn counts_as_run(self) -> bool {
        matches!(self, Sport::Run | Sport::Unknown)
    }

    /// How a skipped activity is named in the preview: one, many.
    pub fn names(self) -> (&'static str, &'static str) {
        match self {
            Sport::Ride => ("ride", "rides"),
            Sport::Walk => ("walk or hike", "walks and hikes"),
            Sport::Swim => ("swim", "swims"),
            Sport::Run | Sport::Unknown => ("run", "runs"),
            Sport::Other => ("other activity", "other activities"),
        }
    }
}

/// Where an activity was read from: a file of the activity itself is exact, a list's row
/// a summary; when both describe one activity, the file's figures are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Origin {
    ActivityFile,
    ListRow,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    pub start: Start,
    pub sport: Sport,
    pub distance_km: Option<f64>,
    pub ascent_m: Option<f64>,
    /// Steps a minute (both feet).
    pub cadence_spm: Option<f64>,
    pub origin: Origin,
}

/// A cadence below this is strides (one foot) a minute, as watches store running cadence: no
/// one runs under 120 steps a minute, nor at 120 strides (240 steps) for a whole run.
const STRIDES_BELOW: f64 = 120.0;

/// A recorded cadence in steps a minute, whichever way the file counted it; `None` for zero.
pub fn steps_a_minute(value: f64) -> Option<f64> {
    match value {
        v if v <= 0.0 => None,
        v if v < STRIDES_BELOW => Some(2.0 * v),
        v => Some(v),
    }
}

/// What a file's first bytes say it is, whatever its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Content {
    Fit,
    Gzip,
    Zip,
    Xml,
    Text,
    Other,
}

pub fn content_of(bytes: &[u8]) -> Content {
    if fit::looks_like_fit(bytes) {
        Content::Fit
    } else if bytes.starts_with(&[0x1f, 0x8b]) {
        Content::Gzip
    } else if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Content::Zip
    } else {
        let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let start = text.iter().position(|byte| !byte.is_ascii_whitespace());
        match start.map(|at| text[at]) {
            Some(b'<') => Content::Xml,
            Some(_)
                if std::str::from_utf8(&text[..text.len().min(4096)]).is_ok()
                    || text.len() > 4096 =>
            {
                if text.iter().take(4096).any(|byte| *byte == 0) {
                    Content::Other
                } else {
                    Content::Text
                }
            }
            _ => Content::Other,
        }
    }
}

/// Reads one file that is not packed (not a zip, not gzip): FIT, GPX, TCX or a list.
/// `garmin_miles` says the runner's Garmin list is in miles.
pub fn read_unpacked(bytes: &[u8], garmin_miles: bool) -> Result<Vec<Activity>, String> {
    match content_of(bytes) {
        Content::Fit => fit::read(bytes),
        Content::Xml => xml::read(bytes),
        Content::Text => csv::read_list(&text_of(bytes), garmin_miles).map(|list| list.activities),
        Content::Gzip | Content::Zip => Err("it is packed inside another packed file".into()),
        Content::Other => {
            Err("it is not an activity file (FIT, GPX, TCX) nor a list of activities (CSV)".into())
        }
    }
}

/// What a file's name promises, checked against its bytes: a picture renamed `.fit` is
/// refused as not a FIT file rather than read as something else. `None` when they agree.
pub fn mismatch(name: &str, content: Content) -> Option<String> {
    let name = name.to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let (expected, format) = if name.ends_with(".fit") {
        (Content::Fit, "FIT")
    } else if name.ends_with(".gpx") {
        (Content::Xml, "GPX")
    } else if name.ends_with(".tcx") {
        (Content::Xml, "TCX")
    } else {
        return None;
    };
    (content != expected).then(|| {
        format!(
            "it is named as a {format} file but is not one (a picture or another file renamed?)"
        )
    })
}

/// A list's text, without a byte-order mark; a byte that is not UTF-8 (a list saved in an
/// old encoding) becomes a replacement character rather than refusing the list.
pub fn text_of(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).into_owned()
}

/// Whether an activity is recent enough to change an answer (the last 37 days, with a day
/// either side for time zones): a zip's older files need not be opened.
pub fn is_recent(start: Start, now: i64, offset_of: &dyn Fn(i64) -> i32) -> bool {
    let today = (now + i64::from(offset_of(now)) * 60).div_euclid(86_400);
    let day = time::local_minute(start, offset_of).div_euclid(1440);
    (-1..=38).contains(&(today - day))
}

/// Starts this many minutes apart or closer are one activity read twice (a list rounds
/// its times): a zip's list and its files, or one file dropped twice.
const SAME_START_MINUTES: i64 = 2;

/// One reading of each activity, the activity file's where a list has it too; in order of
/// start.
pub fn without_repeats(activities: Vec<Activity>, offset_of: &dyn Fn(i64) -> i32) -> Vec<Activity> {
    let timed: Vec<(i64, Activity)> = activities
        .into_iter()
        .map(|activity| (time::local_minute(activity.start, offset_of), activity))
        .collect();
    let timed = sorted_by(timed, |a, b| a.0.cmp(&b.0));
    let mut kept: Vec<(i64, Activity)> = Vec::with_capacity(timed.len());
    for (minute, activity) in timed {
        let twin = kept
            .iter_mut()
            .rev()
            .take_while(|(seen, _)| minute - seen <= SAME_START_MINUTES)
            .find(|(_, seen)| seen.sport.counts_as_run() == activity.sport.counts_as_run());
        match twin {
            Some(twin) if activity.origin < twin.1.origin => *twin = (minute, activity),
            Some(_) => {}
            None => kept.push((minute, activity)),
        }
    }
    kept.into_iter().map(|(_, activity)| activity).collect()
}
