//! A reader for the few FIT messages the check needs: each session's start, sport, distance,
//! ascent and cadence (laps stand in for a file without sessions). The FIT protocol's
//! definition and data records, both byte orders, developer fields and compressed timestamps
//! are followed; a file must end with the CRC its header promises. `fitparser` carries the
//! whole FIT profile (278 KB gzip measured); this reads what the answers need.

use super::{Activity, Origin, Sport, Start};

/// Seconds from the Unix epoch to FIT's (1989-12-31 00:00 UTC).
const FIT_EPOCH: i64 = 631_065_600;
const SPORT: u16 = 12;
const SESSION: u16 = 18;
const LAP: u16 = 19;

/// Field numbers of the session and lap messages (FIT profile, Garmin FIT SDK 21).
struct Fields {
    start_time: u8,
    total_elapsed_time: u8,
    sport: u8,
    sub_sport: u8,
    total_distance: u8,
    total_ascent: u8,
    avg_cadence: u8,
    avg_fractional_cadence: u8,
}

const SESSION_FIELDS: Fields = Fields {
    start_time: 2,
    total_elapsed_time: 7,
    sport: 5,
    sub_sport: 6,
    total_distance: 9,
    total_ascent: 22,
    avg_cadence: 18,
    avg_fractional_cadence: 92,
};

const LAP_FIELDS: Fields = Fields {
    start_time: 2,
    total_elapsed_time: 7,
    sport: 25,
    sub_sport: 39,
    total_distance: 9,
    total_ascent: 21,
    avg_cadence: 17,
    avg_fractional_cadence: 80,
};

/// The sport message, which some devices write instead of naming the sport in the session;
/// 255, FIT's invalid field number, stands for the fields it does not have.
const SPORT_FIELDS: Fields = Fields {
    start_time: u8::MAX,
    total_elapsed_time: u8::MAX,
    sport: 0,
    sub_sport: 1,
    total_distance: u8::MAX,
    total_ascent: u8::MAX,
    avg_cadence: u8::MAX,
    avg_fractional_cadence: u8::MAX,
};

/// FIT's CRC-16, four bits at a time (the FIT protocol's own table).
pub fn crc(bytes: &[u8]) -> u16 {
    const TABLE: [u16; 16] = [
        0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401, 0xA001, 0x6C00, 0x7800,
        0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
    ];
    bytes.iter().fold(0u16, |crc, byte| {
        let crc = (crc >> 4) ^ TABLE[(crc & 0xF) as usize] ^ TABLE[(byte & 0xF) as usize];
        (crc >> 4) ^ TABLE[(crc & 0xF) as usize] ^ TABLE[((byte >> 4) & 0xF) as usize]
    })
}

/// Whether the bytes start as a FIT file does, whatever the file's name.
pub fn looks_like_fit(bytes: &[u8]) -> bool {
    bytes.len() >= 12 && &bytes[8..12] == b".FIT" && matches!(bytes[0], 12 | 14)
}

struct FieldDefinition {
    number: u8,
    size: usize,
}

struct Definition {
    global: u16,
    big_endian: bool,
    fields: Vec<FieldDefinition>,
    developer_bytes: usize,
}

/// A message's wanted fields as read, before the profile's scale is applied.
#[derive(Default)]
struct Summary {
    start_time: Option<u64>,
    /// When the message was written: the end of a session or lap.
    timestamp: Option<u64>,
    /// Milliseconds from start to end, pauses included.
    total_elapsed_time: Option<u64>,
    sport: Option<u64>,
    sub_sport: Option<u64>,
    total_distance: Option<u64>,
    total_ascent: Option<u64>,
    avg_cadence: Option<u64>,
    avg_fractional_cadence: Option<u64>,
}

/// An unsigned value of 1, 2 or 4 bytes, `None` when it holds FIT's "invalid" (all ones).
fn unsigned(bytes: &[u8], big_endian: bool) -> Option<u64> {
    if !matches!(bytes.len(), 1 | 2 | 4) {
        return None;
    }
    let value = bytes.iter().enumerate().fold(0u64, |value, (index, byte)| {
        let shift = if big_endian {
            8 * (bytes.len() - 1 - index)
        } else {
            8 * index
        };
        value | (u64::from(*byte) << shift)
    });
    let invalid = (1u64 << (8 * bytes.len())) - 1;
    (value != invalid).then_some(value)
}

fn summary_of(definition: &Definition, data: &[u8], fields: &Fields) -> Summary {
    let mut summary = Summary::default();
    let mut at = 0;
    for field in &definition.fields {
        let value = unsigned(&data[at..at + field.size], definition.big_endian);
        let slot = match field.number {
            n if n == fields.start_time => &mut summary.start_time,
            253 => &mut summary.timestamp,
            n if n == fields.total_elapsed_time => &mut summary.total_elapsed_time,
            n if n == fields.sport => &mut summary.sport,
            n if n == fields.sub_sport => &mut summary.sub_sport,
            n if n == fields.total_distance => &mut summary.total_distance,
            n if n == fields.total_ascent => &mut summary.total_ascent,
            n if n == fields.avg_cadence => &mut summary.avg_cadence,
            n if n == fields.avg_fractional_cadence => &mut summary.avg_fractional_cadence,
            _ => {
                at += field.size;
                continue;
            }
        };
        *slot = value;
        at += field.size;
    }
    summary
}

/// FIT's sport and sub-sport as the check counts them: running of every kind (road, trail,
/// treadmill, track, virtual) loads the knee; a wheelchair run and everything else do not.
fn sport_of(sport: Option<u64>, sub_sport: Option<u64>) -> Sport {
    match (sport, sub_sport) {
        (Some(1), _) => Sport::Run,
        (Some(2) | Some(21), _) => Sport::Ride,
        (Some(11) | Some(17), _) => Sport::Walk,
        (Some(5), _) => Sport::Swim,
        (None, _) => Sport::Unknown,
        _ => Sport::Other,
    }
}

fn activity_of(summary: &Summary) -> Option<Activity> {
    // Without its start, a session began its elapsed time before it was written.
    let start = summary.start_time.or_else(|| {
        let elapsed = summary.total_elapsed_time.unwrap_or(0) / 1000;
        Some(summary.timestamp?.saturating_sub(elapsed))
    })?;
    // Running cadence is stored per leg, in strides a minute: two steps a stride.
    let cadence = summary.avg_cadence.and_then(|strides| {
        let fraction = summary.avg_fractional_cadence.unwrap_or(0) as f64 / 128.0;
        super::steps_a_minute(strides as f64 + fraction)
    });
    Some(Activity {
        start: Start::Instant(FIT_EPOCH + start as i64),
        sport: sport_of(summary.sport, summary.sub_sport),
        distance_km: summary.total_distance.map(|cm| cm as f64 / 100_000.0),
        ascent_m: summary.total_ascent.map(|m| m as f64),
        cadence_spm: cadence,
        origin: Origin::ActivityFile,
    })
}

/// A file without a session (some older devices) is one activity made of its laps.
fn one_activity_of_laps(laps: &[Summary]) -> Option<Activity> {
    let first = laps.first()?;
    let sum = |value: fn(&Summary) -> Option<u64>| -> Option<u64> {
        laps.iter().filter_map(value).reduce(|a, b| a + b)
    };
    let cadences: Vec<&Summary> = laps
        .iter()
        .filter(|lap| lap.avg_cadence.is_some())
        .collect();
    let mut whole = Summary {
        start_time: laps.iter().filter_map(|lap| lap.start_time).min(),
        timestamp: first.timestamp,
        total_elapsed_time: first.total_elapsed_time,
        sport: first.sport,
        sub_sport: first.sub_sport,
        total_distance: sum(|lap| lap.total_distance),
        total_ascent: sum(|lap| lap.total_ascent),
        ..Summary::default()
    };
    if !cadences.is_empty() {
        let count = cadences.len() as u64;
        let in_128ths: u64 = cadences
            .iter()
            .map(|lap| lap.avg_cadence.unwrap_or(0) * 128 + lap.avg_fractional_cadence.unwrap_or(0))
            .sum::<u64>()
            / count;
        whole.avg_cadence = Some(in_128ths / 128);
        whole.avg_fractional_cadence = Some(in_128ths % 128);
    }
    activity_of(&whole)
}

/// Reads the activities of a FIT file (several chained files too). Errors say what is
/// wrong in a runner's words.
pub fn read(bytes: &[u8]) -> Result<Vec<Activity>, String> {
    let mut sessions = Vec::new();
    let mut laps = Vec::new();
    let mut sports = Vec::new();
    let mut rest = bytes;
    loop {
        let used = read_one(rest, &mut sessions, &mut laps, &mut sports)?;
        rest = &rest[used..];
        // Files may be chained one after another; anything else after the end is padding.
        if !looks_like_fit(rest) {
            break;
        }
    }
    // A session or lap that does not name its sport takes the file's sport message.
    if let Some(sport) = sports.first() {
        for summary in sessions.iter_mut().chain(laps.iter_mut()) {
            if summary.sport.is_none() {
                summary.sport = sport.sport;
                summary.sub_sport = summary.sub_sport.or(sport.sub_sport);
            }
        }
    }
    let activities: Vec<Activity> = if sessions.is_empty() {
        one_activity_of_laps(&laps).into_iter().collect()
    } else {
        sessions.iter().filter_map(activity_of).collect()
    };
    if activities.is_empty() {
        return Err(
            "it is a FIT file but holds no activity (a course, a setting or a workout plan?)"
                .into(),
        );
    }
    Ok(activities)
}

/// Reads one FIT file from the start of `bytes`, returning how many bytes it took.
fn read_one(
    bytes: &[u8],
    sessions: &mut Vec<Summary>,
    laps: &mut Vec<Summary>,
    sports: &mut Vec<Summary>,
) -> Result<usize, String> {
    if !looks_like_fit(bytes) {
        return Err("it is not a FIT file".into());
    }
    let header = bytes[0] as usize;
    let data_size = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]) as usize;
    let end = header + data_size;
    if bytes.len() < end + 2 {
        return Err("the file is cut short (its download or copy did not finish)".into());
    }
    if header == 14 {
        let promised = u16::from_le_bytes([bytes[12], bytes[13]]);
        if promised != 0 && promised != crc(&bytes[..12]) {
            return Err("its header is damaged (the check sum does not match)".into());
        }
    }
    if u16::from_le_bytes([bytes[end], bytes[end + 1]]) != crc(&bytes[..end]) {
        return Err("the file is damaged (the check sum does not match)".into());
    }
    let mut definitions: [Option<Definition>; 16] = Default::default();
    let mut at = header;
    let damaged = || "the file is damaged (a record runs past its end)".to_string();
    while at < end {
        let record = bytes[at];
        at += 1;
        let (local, is_definition, developer) = if record & 0x80 != 0 {
            (((record >> 5) & 0x3) as usize, false, false)
        } else {
            (
                (record & 0xF) as usize,
                record & 0x40 != 0,
                record & 0x20 != 0,
            )
        };
        if is_definition {
            let fixed = bytes.get(at..at + 5).ok_or_else(damaged)?;
            let big_endian = fixed[1] == 1;
            let global = if big_endian {
                u16::from_be_bytes([fixed[2], fixed[3]])
            } else {
                u16::from_le_bytes([fixed[2], fixed[3]])
            };
            let count = fixed[4] as usize;
            at += 5;
            let raw = bytes.get(at..at + 3 * count).ok_or_else(damaged)?;
            at += 3 * count;
            let fields = raw
                .chunks(3)
                .map(|field| FieldDefinition {
                    number: field[0],
                    size: field[1] as usize,
                })
                .collect();
            let mut developer_bytes = 0;
            if developer {
                let count = *bytes.get(at).ok_or_else(damaged)? as usize;
                at += 1;
                let raw = bytes.get(at..at + 3 * count).ok_or_else(damaged)?;
                at += 3 * count;
                developer_bytes = raw.chunks(3).map(|field| field[1] as usize).sum();
            }
            definitions[local] = Some(Definition {
                global,
                big_endian,
                fields,
                developer_bytes,
            });
        } else {
            let definition = definitions[local]
                .as_ref()
                .ok_or("the file is damaged (a record comes before its definition)")?;
            let size: usize = definition.fields.iter().map(|field| field.size).sum();
            let data = bytes.get(at..at + size).ok_or_else(damaged)?;
            at += size + definition.developer_bytes;
            match definition.global {
                SESSION => sessions.push(summary_of(definition, data, &SESSION_FIELDS)),
                LAP => laps.push(summary_of(definition, data, &LAP_FIELDS)),
                SPORT => sports.push(summary_of(definition, data, &SPORT_FIELDS)),
                _ => {}
            }
        }
    }
    if at > end {
        return Err(damaged());
    }
    Ok(end + 2)
}
