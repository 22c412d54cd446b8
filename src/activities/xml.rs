//! GPX and TCX files, read with `quick-xml` (9.8 KB gzip measured). GPX: the distance summed
//! along each track segment's points, which must carry times; TCX: the laps' distances and
//! the activity's sport. Both: the climb, from the elevations, and the cadence where recorded.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::time::parse_iso_instant;
use super::{Activity, Origin, Sport, Start};
use crate::model::decimal::parse_plain_decimal;

/// Earth's mean radius, for distances between track points.
const EARTH_RADIUS_KM: f64 = 6371.0088;
/// A rise counts once it passes this, so a barometer's or GPS's jitter adds no climb.
const CLIMB_DEAD_BAND_M: f64 = 3.0;

/// The cosine of a latitude (-π/2 to π/2, in radians) by its Taylor series to x^20, within
/// 1e-9 of the true value there: the distance needs no more, and core's trigonometry would
/// bring its argument reduction tables (7 KB of the download).
fn cos_of_latitude(x: f64) -> f64 {
    let x2 = x * x;
    (1..=10).rev().fold(1.0, |sum, n| {
        let n = f64::from(n);
        1.0 - x2 / ((2.0 * n - 1.0) * (2.0 * n)) * sum
    })
}

/// The distance between two successive track points, flat over the few metres between them
/// (an equirectangular projection at their mean latitude): within a millimetre of the
/// great-circle distance for points a kilometre apart.
pub fn step_km((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let mut d_lon = lon2 - lon1;
    // Across the antimeridian, the short way round.
    if d_lon > 180.0 {
        d_lon -= 360.0;
    } else if d_lon < -180.0 {
        d_lon += 360.0;
    }
    let mean_lat = ((lat1 + lat2) / 2.0).clamp(-90.0, 90.0).to_radians();
    let x = d_lon.to_radians() * cos_of_latitude(mean_lat);
    let y = (lat2 - lat1).to_radians();
    EARTH_RADIUS_KM * (x * x + y * y).sqrt()
}

/// Climb from successive elevations, ignoring rises smaller than the dead band.
#[derive(Default)]
struct Climb {
    low: Option<f64>,
    total: f64,
}

impl Climb {
    fn add(&mut self, elevation: f64) {
        match self.low {
            Some(low) if elevation - low >= CLIMB_DEAD_BAND_M => {
                self.total += elevation - low;
                self.low = Some(elevation);
            }
            Some(low) if elevation < low => self.low = Some(elevation),
            Some(_) => {}
            None => self.low = Some(elevation),
        }
    }
}

/// A running mean of recorded cadences, zeros (standing still) left out.
#[derive(Default)]
struct Cadence {
    sum: f64,
    count: u32,
}

impl Cadence {
    fn add(&mut self, value: f64) {
        if value > 0.0 {
            self.sum += value;
            self.count += 1;
        }
    }

    /// Both GPX's and TCX's running cadences count one foot (strides a minute).
    fn steps_a_minute(&self) -> Option<f64> {
        (self.count > 0)
            .then(|| super::steps_a_minute(self.sum / f64::from(self.count)))
            .flatten()
    }
}

fn attribute(element: &BytesStart, name: &[u8]) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attribute| attribute.key.local_name().as_ref() == name)
        .and_then(|attribute| {
            attribute
                .unescape_value()
                .ok()
                .map(|value| value.into_owned())
        })
}

pub fn sport_of_name(name: &str) -> Sport {
    let name = name.trim().to_ascii_lowercase();
    match name.as_str() {
        "" => Sport::Unknown,
        // Strava's GPX writes the sport as a number: 9 is a run.
        "9" => Sport::Run,
        "1" => Sport::Ride,
        "10" | "4" => Sport::Walk,
        _ if name.contains("wheelchair") => Sport::Other,
        _ if name.contains("run") || name.contains("jog") => Sport::Run,
        _ if name.contains("bik") || name.contains("cycl") || name.contains("ride") => Sport::Ride,
        _ if name.contains("walk") || name.contains("hik") => Sport::Walk,
        _ if name.contains("swim") => Sport::Swim,
        _ => Sport::Other,
    }
}

/// What a GPX or TCX file holds, gathered as the reader walks it.
#[derive(Default)]
struct Gathered {
    format: Option<&'static str>,
    activities: Vec<Activity>,
    points_without_time: usize,
}

/// The activity being read: a GPX track or a TCX activity.
#[derive(Default)]
struct Current {
    sport: Option<Sport>,
    start: Option<i64>,
    distance_km: f64,
    lap_distance_km: f64,
    has_distance: bool,
    last_point: Option<(f64, f64)>,
    climb: Climb,
    cadence: Cadence,
    lap_cadence: Cadence,
}

impl Current {
    fn finish(self, format: &str) -> Option<Activity> {
        let start = self.start?;
        let distance = if format == "TCX" {
            self.lap_distance_km
        } else {
            self.distance_km
        };
        let cadence = self
            .lap_cadence
            .steps_a_minute()
            .or(self.cadence.steps_a_minute());
        Some(Activity {
            start: Start::Instant(start),
            sport: self.sport.unwrap_or(Sport::Unknown),
            distance_km: self.has_distance.then_some(distance),
            ascent_m: (self.climb.low.is_some()).then_some(self.climb.total),
            cadence_spm: cadence,
            origin: Origin::ActivityFile,
        })
    }
}

/// The walk through the file: the open elements, and what is being read.
#[derive(Default)]
struct Walk {
    path: Vec<Vec<u8>>,
    gathered: Gathered,
    current: Option<Current>,
    point: Option<(f64, f64)>,
    point_time: bool,
}

impl Walk {
    fn open(&mut self, element: &BytesStart) -> Result<(), String> {
        let name = element.local_name().as_ref().to_vec();
        if self.path.is_empty() {
            self.gathered.format = match name.as_slice() {
                b"gpx" => Some("GPX"),
                b"TrainingCenterDatabase" => Some("TCX"),
                _ => return Err("it is XML but neither GPX nor TCX".into()),
            };
        }
        match name.as_slice() {
            b"trk" | b"Activity" => {
                self.current = Some(Current {
                    sport: attribute(element, b"Sport").map(|sport| sport_of_name(&sport)),
                    ..Current::default()
                });
            }
            b"trkseg" => {
                if let Some(current) = self.current.as_mut() {
                    current.last_point = None;
                }
            }
            b"trkpt" => {
                let lat = attribute(element, b"lat").and_then(|v| parse_plain_decimal(v.trim()));
                let lon = attribute(element, b"lon").and_then(|v| parse_plain_decimal(v.trim()));
                self.point = lat.zip(lon);
                self.point_time = false;
            }
            b"Lap" => {
                if let (Some(current), Some(start)) =
                    (self.current.as_mut(), attribute(element, b"StartTime"))
                {
                    if current.start.is_none() {
                        current.start = parse_iso_instant(&start);
                    }
                }
            }
            _ => {}
        }
        self.path.push(name);
        Ok(())
    }

    fn close(&mut self) {
        let name = self.path.pop().unwrap_or_default();
        match name.as_slice() {
            b"trkpt" => {
                if let (Some(current), Some(here)) = (self.current.as_mut(), self.point.take()) {
                    if !self.point_time {
                        self.gathered.points_without_time += 1;
                    }
                    if let Some(last) = current.last_point {
                        current.distance_km += step_km(last, here);
                    }
                    current.has_distance = true;
                    current.last_point = Some(here);
                }
            }
            b"trk" | b"Activity" => {
                let format = self.gathered.format.unwrap_or("GPX");
                if let Some(activity) = self.current.take().and_then(|c| c.finish(format)) {
                    self.gathered.activities.push(activity);
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, text: &str) {
        let Some(current) = self.current.as_mut() else {
            return;
        };
        let parent = self
            .path
            .len()
            .checked_sub(2)
            .map(|at| self.path[at].as_slice());
        let number = || parse_plain_decimal(text.trim());
        match (parent, self.path.last().map(Vec::as_slice)) {
            (Some(b"trkpt"), Some(b"time")) => {
                let time = parse_iso_instant(text);
                self.point_time = time.is_some();
                current.start = current.start.or(time);
            }
            (Some(b"trk"), Some(b"type")) => current.sport = Some(sport_of_name(text)),
            (Some(b"Activity"), Some(b"Id")) => {
                current.start = parse_iso_instant(text).or(current.start);
            }
            (Some(b"Lap"), Some(b"DistanceMeters")) => {
                if let Some(metres) = number() {
                    current.lap_distance_km += metres / 1000.0;
                    current.has_distance = true;
                }
            }
            (Some(b"LX"), Some(b"AvgRunCadence")) => {
                if let Some(value) = number() {
                    current.lap_cadence.add(value);
                }
            }
            (_, Some(b"ele" | b"AltitudeMeters")) => {
                if let Some(elevation) = number() {
                    current.climb.add(elevation);
                }
            }
            (_, Some(b"cad" | b"RunCadence")) => {
                if let Some(value) = number() {
                    current.cadence.add(value);
                }
            }
            _ => {}
        }
    }
}

/// Reads a GPX or a TCX file.
pub fn read(bytes: &[u8]) -> Result<Vec<Activity>, String> {
    let mut reader = Reader::from_reader(bytes);
    reader.config_mut().trim_text(true);
    let mut walk = Walk::default();
    loop {
        let event = reader
            .read_event()
            .map_err(|_| "it is not well-formed XML (the file may be cut short)".to_string())?;
        match event {
            Event::Start(element) => walk.open(&element)?,
            Event::Empty(element) => {
                walk.open(&element)?;
                walk.close();
            }
            Event::End(_) => walk.close(),
            Event::Text(text) => {
                if let Ok(text) = text.unescape() {
                    walk.text(&text);
                }
            }
            Event::CData(data) => walk.text(&String::from_utf8_lossy(&data)),
            Event::Eof => break,
            _ => {}
        }
    }
    let gathered = walk.gathered;
    let format = gathered.format.ok_or("it holds no XML element")?;
    if !walk.path.is_empty() {
        return Err("the file is cut short (its last elements never close)".into());
    }
    if format == "GPX" && gathered.points_without_time > 0 && gathered.activities.is_empty() {
        return Err(
            "its track has no times, so the week of the run is unknown (a planned route?)".into(),
        );
    }
    if gathered.activities.is_empty() {
        return Err(format!(
            "it is a {format} file but holds no activity with a time"
        ));
    }
    Ok(gathered.activities)
}
