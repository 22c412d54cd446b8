//! Training answers from a watch's or an app's exported activities, read on the device: FIT,
//! GPX and TCX files, Strava's bulk export (its zip, or its `activities.csv`) and Garmin
//! Connect's `Activities.csv`. Pure: the browser edge hands over bytes and the runner's time
//! zone, and keeps nothing of the files (docs/import.md).

pub mod csv;
pub mod fit;
pub mod summary;
pub mod time;
pub mod xml;
pub mod zip;

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
        Content::Text => {
            let text = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
                .map_err(|_| "it is not text a list of activities would be".to_string())?;
            csv::read_list(text, garmin_miles).map(|list| list.activities)
        }
        Content::Gzip | Content::Zip => Err("it is packed inside another packed file".into()),
        Content::Other => {
            Err("it is not an activity file (FIT, GPX, TCX) nor a list of activities (CSV)".into())
        }
    }
}

/// Whether two readings are the same activity: a zip's list and its files, or one file
/// dropped twice. Starts a minute or two apart, as a list rounds them.
fn same_activity(a: &Activity, b: &Activity, offset_of: &dyn Fn(i64) -> i32) -> bool {
    (time::local_minute(a.start, offset_of) - time::local_minute(b.start, offset_of)).abs() <= 2
        && a.sport.counts_as_run() == b.sport.counts_as_run()
}

/// One reading of each activity, the activity file's where there are both.
pub fn without_repeats(
    mut activities: Vec<Activity>,
    offset_of: &dyn Fn(i64) -> i32,
) -> Vec<Activity> {
    activities.sort_by_key(|activity| {
        (
            activity.origin,
            time::local_minute(activity.start, offset_of),
        )
    });
    let mut kept: Vec<Activity> = Vec::with_capacity(activities.len());
    for activity in activities {
        if !kept
            .iter()
            .any(|seen| same_activity(seen, &activity, offset_of))
        {
            kept.push(activity);
        }
    }
    kept
}
