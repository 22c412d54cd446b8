//! The import's readers on files written by other encoders (tests/fixtures/activities, made by
//! make.mjs with Garmin's FIT SDK): each format alone gives the answers of the invented month.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::PathBuf;

use knee_check::activities::summary::{summarise, Summary};
use knee_check::activities::{self, csv, fit, without_repeats, zip, Activity, Sport};
use miniz_oxide::inflate::{decompress_to_vec, decompress_to_vec_with_limit};

/// 2026-12-06 12:00 UTC, the day make.mjs dates the fixed set from.
const NOW: i64 = 1_796_558_400;
const PLAN_FILES: usize = 18;

fn fixture(name: &str) -> Vec<u8> {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests/fixtures/activities",
        name,
    ]
    .iter()
    .collect();
    fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn utc(_: i64) -> i32 {
    0
}

fn summary_of(activities: &[Activity]) -> Summary {
    summarise(&without_repeats(activities.to_vec(), &utc), NOW, &utc).expect("runs")
}

fn assert_month(summary: &Summary, with_cadence: bool) {
    let close = |a: f64, b: f64| (a - b).abs() < 0.05;
    assert!(close(summary.week_km, 34.0), "week {}", summary.week_km);
    assert_eq!(summary.prev_km.len(), 4, "prev {:?}", summary.prev_km);
    for (got, want) in summary.prev_km.iter().zip([30.0, 29.0, 31.0, 30.0]) {
        assert!(close(*got, want), "prev {:?}", summary.prev_km);
    }
    assert!(
        close(summary.longest_km, 16.0),
        "longest {}",
        summary.longest_km
    );
    assert!(
        close(summary.longest30_km.unwrap(), 14.0),
        "longest30 {:?}",
        summary.longest30_km
    );
    assert_eq!(summary.runs, 3);
    assert_eq!(summary.runs_by_week, vec![3, 3, 3, 3, 3]);
    assert_eq!(summary.cadence, with_cadence.then_some(172));
    // TCX has no walk: its walk is "Other".
    let walk = summary
        .skipped
        .iter()
        .find(|(sport, _)| *sport != Sport::Ride)
        .map(|s| s.0);
    assert!(
        matches!(walk, Some(Sport::Walk | Sport::Other)),
        "{:?}",
        summary.skipped
    );
    assert_eq!(summary.skipped.len(), 2, "{:?}", summary.skipped);
    assert!(summary.skipped.contains(&(Sport::Ride, 1)));
}

fn read_each(extension: &str) -> Vec<Activity> {
    (0..PLAN_FILES)
        .flat_map(|i| {
            activities::read_unpacked(&fixture(&format!("plan-{i}.{extension}")), false).unwrap()
        })
        .collect()
}

#[test]
fn fit_files_from_garmins_encoder_give_the_month() {
    assert_month(&summary_of(&read_each("fit")), true);
}

#[test]
fn gpx_tracks_give_the_month_to_a_tenth_of_a_km() {
    assert_month(&summary_of(&read_each("gpx")), true);
}

#[test]
fn tcx_laps_give_the_month() {
    assert_month(&summary_of(&read_each("tcx")), true);
}

#[test]
fn stravas_list_gives_the_month() {
    let list = csv::read_list(
        std::str::from_utf8(&fixture("strava-activities.csv")).unwrap(),
        false,
    )
    .unwrap();
    assert_eq!(list.service, csv::Service::Strava);
    assert_eq!(list.files[0].as_deref(), Some("activities/1000.fit.gz"));
    assert_month(&summary_of(&list.activities), true);
}

#[test]
fn garmins_list_gives_the_month_and_a_miles_list_is_converted() {
    let text = String::from_utf8(fixture("garmin-activities.csv")).unwrap();
    let list = csv::read_list(&text, false).unwrap();
    assert_eq!(list.service, csv::Service::Garmin);
    assert_month(&summary_of(&list.activities), true);
    let in_miles = csv::read_list(&text, true).unwrap();
    let week = summary_of(&in_miles.activities).week_km;
    assert!((week - 34.0 * 1.609_344).abs() < 0.01, "{week}");
}

fn inflate(entry: &zip::Entry, bytes: &[u8]) -> Result<Vec<u8>, String> {
    let start = zip::data_offset(&bytes[entry.header_offset as usize..], entry)? as usize;
    let packed = &bytes[start..start + entry.packed_size as usize];
    let data = decompress_to_vec_with_limit(packed, zip::MAX_ENTRY_BYTES as usize)
        .map_err(|_| "inflate".to_string())?;
    if data.starts_with(&[0x1f, 0x8b]) {
        // A gzip member: a 10-byte header (no optional fields here), deflate, 8 bytes.
        return decompress_to_vec(&data[10..data.len() - 8]).map_err(|_| "gunzip".to_string());
    }
    Ok(data)
}

/// Reads a zip as the browser does: its end, its directory, Strava's list, then the files
/// of the list's recent runs, each run counted once.
fn read_zip(bytes: &[u8]) -> Result<Vec<Activity>, String> {
    let tail_start = bytes.len().saturating_sub(zip::TAIL_BYTES as usize);
    let zip::End::Directory { offset, size } =
        zip::find_end(&bytes[tail_start..], tail_start as u64)?
    else {
        panic!("no Zip64 here");
    };
    let entries = zip::entries(&bytes[offset as usize..(offset + size) as usize])?;
    let list_entry = entries
        .iter()
        .find(|entry| zip::is_list(&entry.name))
        .expect("a list");
    let list = csv::read_list(&activities::text_of(&inflate(list_entry, bytes)?), false)?;
    let recent = list.recent_files(NOW, &utc);
    let mut found = Vec::new();
    let mut read = Vec::new();
    for entry in entries.iter().filter(|entry| recent.contains(&entry.name)) {
        found.extend(activities::read_unpacked(&inflate(entry, bytes)?, false)?);
        read.push(entry.name.clone());
    }
    found.extend(list.rows_without(&read));
    Ok(found)
}

#[test]
fn stravas_zip_gives_the_month_once_though_its_list_and_files_both_hold_each_run() {
    let activities = read_zip(&fixture("strava-export.zip")).unwrap();
    assert_eq!(
        activities.len(),
        PLAN_FILES,
        "each run once, without matching times"
    );
    assert!(activities
        .iter()
        .all(|a| a.origin == activities::Origin::ActivityFile));
    assert_month(&summary_of(&activities), true);
}

#[test]
fn every_format_together_counts_each_run_once() {
    let mut all = read_each("fit");
    all.extend(read_each("gpx"));
    all.extend(read_each("tcx"));
    all.extend(read_zip(&fixture("strava-export.zip")).unwrap());
    assert_month(&summary_of(&all), true);
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let good = fixture("plan-0.fit");
    let refused = |bytes: &[u8]| activities::read_unpacked(bytes, false).unwrap_err();
    assert!(refused(&good[..good.len() - 10]).contains("cut short"));
    let mut flipped = good.clone();
    flipped[40] ^= 0xFF;
    assert!(refused(&flipped).contains("check sum"));
    assert!(refused(&fixture("untimed.gpx")).contains("no times"));
    assert!(refused(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").contains("not an activity file"));
    assert!(refused(b"Date,Steps\n2026-12-01,10000\n").contains("not Strava"));
    let german = "Aktivit\u{e4}ts-ID,Aktivit\u{e4}tsdatum,Aktivit\u{e4}tsart,Distanz\n\
                  1,\"06.12.2026, 07:00:00\",Lauf,\"10,00\"\n";
    assert!(refused(german.as_bytes()).contains("another language"));
    assert!(refused(b"<html><body>hi</body></html>").contains("neither GPX nor TCX"));
    let gpx = fixture("plan-0.gpx");
    assert!(refused(&gpx[..gpx.len() / 2]).contains("cut short"));
    assert!(zip::find_end(b"PK\x03\x04 not really", 0).is_err());
}

#[test]
fn fit_crc_matches_the_sdks() {
    let good = fixture("plan-0.fit");
    let end = good.len() - 2;
    assert_eq!(
        fit::crc(&good[..end]),
        u16::from_le_bytes([good[end], good[end + 1]])
    );
}

#[test]
fn a_file_whose_name_promises_another_format_is_refused_as_not_that_format() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    let why = activities::mismatch("holiday.FIT", activities::content_of(png)).unwrap();
    assert!(why.contains("FIT"), "{why}");
    assert!(activities::mismatch("run.gpx", activities::content_of(b"hello,there\n")).is_some());
    assert_eq!(
        activities::mismatch("run.fit", activities::content_of(&fixture("plan-0.fit"))),
        None
    );
    assert_eq!(
        activities::mismatch("activities.csv", activities::content_of(b"a,b\n")),
        None
    );
}

#[test]
fn a_zips_older_runs_come_from_its_list_and_only_recent_files_are_opened() {
    let text = String::from_utf8(fixture("strava-activities.csv")).unwrap();
    let list = csv::read_list(&text, false).unwrap();
    // Six weeks on, only the runs of the last 37 days or so need their files.
    let later = NOW + 6 * 7 * 86_400;
    let recent = list.recent_files(later, &utc);
    assert!(recent.len() < PLAN_FILES, "{recent:?}");
    let rows = list.clone().rows_without(&recent);
    assert_eq!(rows.len(), PLAN_FILES - recent.len());
    assert_eq!(list.rows_without(&[]).len(), PLAN_FILES);
}

#[test]
fn a_strava_list_with_one_distance_column_reads_km_or_metres() {
    let header = "Activity ID,Activity Date,Activity Name,Activity Type,Distance\n";
    let km = format!("{header}1,\"Dec 5, 2026, 7:00:00 AM\",Easy,Run,10.5\n");
    let metres = format!("{header}1,\"Dec 5, 2026, 7:00:00 AM\",Easy,Run,10500.0\n");
    for text in [km, metres] {
        let list = csv::read_list(&text, false).unwrap();
        assert_eq!(list.activities[0].distance_km, Some(10.5), "{text}");
    }
}

#[test]
fn a_lists_numbers_are_read_with_thousands_or_a_decimal_comma() {
    assert_eq!(csv::number("1,234.5"), Some(1234.5));
    assert_eq!(csv::number("1,234"), Some(1234.0));
    assert_eq!(csv::number("10,02"), Some(10.02));
    assert_eq!(csv::number(" 8,5 "), Some(8.5));
    assert_eq!(csv::number("10.02"), Some(10.02));
    assert_eq!(csv::number("--"), None);
    let header = "\"Activity Type\",\"Date\",\"Distance\",\"Total Ascent\"\n";
    let text = format!("{header}\"Running\",\"2026-12-05 07:00:00\",\"12,34\",\"1,250\"\n");
    let list = csv::read_list(&text, false).unwrap();
    assert_eq!(list.activities[0].distance_km, Some(12.34));
    assert_eq!(list.activities[0].ascent_m, Some(1250.0));
}

#[test]
fn a_list_saved_again_by_a_european_spreadsheet_is_split_at_its_semicolons() {
    let text = "Activity Type;Date;Title;Distance;Total Ascent\n\
                Running;2026-12-05 07:00;\"Hills; then home\";12,34;85\n\
                Cycling;2026-12-04 07:00;Commute;35,5;300\n";
    let list = csv::read_list(text, false).unwrap();
    assert_eq!(list.service, csv::Service::Garmin);
    assert_eq!(list.activities.len(), 2);
    assert_eq!(list.activities[0].distance_km, Some(12.34));
    assert_eq!(list.activities[0].ascent_m, Some(85.0));
    assert_eq!(list.activities[1].sport, activities::Sport::Ride);
}

#[test]
fn a_cadence_is_read_in_steps_whether_the_file_counted_strides_or_steps() {
    assert_eq!(activities::steps_a_minute(85.5), Some(171.0));
    assert_eq!(activities::steps_a_minute(172.0), Some(172.0));
    assert_eq!(activities::steps_a_minute(0.0), None);
}

#[test]
fn a_fit_file_read_as_other_devices_write_it() {
    let one = |name: &str| {
        let mut read = fit::read(&fixture(name)).unwrap();
        assert_eq!(read.len(), 1, "{name}");
        read.remove(0)
    };
    // The sport named only in a sport message.
    let run = one("sport-message.fit");
    assert_eq!(run.sport, Sport::Run);
    assert_eq!(run.distance_km, Some(10.0));
    // No start time: the end less the elapsed time, so a run from 23:30 that ended after
    // midnight counts on the day it began.
    let late = one("without-start.fit");
    let began = NOW - 12 * 3600 - 86_400 + 23 * 3600 + 1800;
    assert_eq!(late.start, activities::Start::Instant(began));
    // Pushing a wheelchair is its own sport, and not counted as running.
    assert_eq!(one("wheelchair.fit").sport, Sport::Other);
}

#[test]
fn times_are_read_however_the_files_write_them() {
    use activities::time::{parse_iso_instant, parse_strava_instant};
    // 2026-12-01 07:30 UTC.
    let at = 1_796_110_200;
    for text in [
        "2026-12-01T07:30:00Z",
        "2026-12-01T07:30:00.250Z",
        "2026-12-01T08:30:00+01:00",
        "2026-12-01T08:30:00+0100",
        "2026-12-01T02:30:00-05",
        "2026-12-01T07:30:00",
    ] {
        assert_eq!(parse_iso_instant(text), Some(at), "{text}");
    }
    assert_eq!(parse_iso_instant("2026-12-01T08:30:00+é"), None);
    for text in [
        "Dec 1, 2026, 7:30:00 AM",
        "1 Dec 2026, 07:30:00",
        "2026-12-01 07:30:00",
    ] {
        assert_eq!(parse_strava_instant(text), Some(at), "{text}");
    }
    assert_eq!(
        parse_strava_instant("Dec 1, 2026, 12:10:00 AM"),
        Some(at - 7 * 3600 - 20 * 60)
    );
    assert_eq!(
        parse_strava_instant("Dec 1, 2026, 7:30:00 PM"),
        Some(at + 12 * 3600)
    );
    assert_eq!(parse_strava_instant("yesterday"), None);
}

#[test]
fn a_zip_made_on_a_mac_is_read_without_its_shadow_copies() {
    assert!(zip::is_wanted("export/activities/1000.fit.gz"));
    assert!(zip::is_wanted("Activities.CSV"));
    assert!(!zip::is_wanted("__MACOSX/export/activities/._1000.fit.gz"));
    assert!(!zip::is_wanted("export/._run.gpx"));
    assert!(!zip::is_wanted("export/media/photo.jpg"));
}

#[test]
fn a_listed_file_is_found_at_the_zips_top_or_in_a_folder_zipped_again() {
    let listed = "activities/1000.fit.gz";
    assert!(zip::is_listed_as("activities/1000.fit.gz", listed));
    assert!(zip::is_listed_as(
        "export_12/activities/1000.fit.gz",
        listed
    ));
    assert!(!zip::is_listed_as("old_activities/1000.fit.gz", listed));
    assert!(!zip::is_listed_as("activities/21000.fit.gz", listed));
}
