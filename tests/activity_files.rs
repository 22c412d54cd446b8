//! The import's browser edge in headless Chromium: files read through `Blob.slice` and the
//! browser's `DecompressionStream`, a zip by its directory, a zip bomb stopped at its limit,
//! and a cancel heard between files.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Array, Uint8Array};
use knee_check::activities::Sport;
use knee_check::browser::activity_files::{self, Reading};
use wasm_bindgen_test::*;
use web_sys::File;

wasm_bindgen_test_configure!(run_in_browser);

fn file(name: &str, bytes: &[u8]) -> File {
    let parts = Array::of1(&Uint8Array::from(bytes));
    File::new_with_u8_array_sequence(&parts, name).expect("a file")
}

async fn read(files: Vec<File>) -> Reading {
    activity_files::read(files, Rc::new(|_, _| {}), Rc::new(Cell::new(false)))
        .await
        .expect("not cancelled")
}

#[wasm_bindgen_test]
async fn a_gzipped_fit_is_inflated_by_the_browser_and_read() {
    let reading = read(vec![file(
        "run.fit.gz",
        include_bytes!("fixtures/activities/plan-0.fit.gz"),
    )])
    .await;
    assert!(reading.problems.is_empty(), "{:?}", reading.problems);
    assert_eq!(reading.activities.len(), 1);
    assert_eq!(reading.activities[0].sport, Sport::Run);
    assert_eq!(reading.activities[0].distance_km, Some(10.0));
}

#[wasm_bindgen_test]
async fn stravas_zip_is_read_by_its_directory_each_run_once() {
    let reading = read(vec![file(
        "export_1.zip",
        include_bytes!("fixtures/activities/strava-export.zip"),
    )])
    .await;
    assert!(reading.problems.is_empty(), "{:?}", reading.problems);
    // The list's rows and the files of the recent runs: never both for one run.
    assert_eq!(reading.activities.len(), 18);
}

#[wasm_bindgen_test]
async fn a_zip_bomb_is_stopped_at_the_limit_and_named() {
    let reading = read(vec![
        file(
            "bomb.fit.gz",
            include_bytes!("fixtures/activities/bomb.fit.gz"),
        ),
        file("run.fit", include_bytes!("fixtures/activities/plan-0.fit")),
    ])
    .await;
    assert_eq!(reading.problems.len(), 1, "{:?}", reading.problems);
    assert!(reading.problems[0].starts_with("bomb.fit.gz: "));
    assert!(reading.problems[0].contains("64 MB"));
    assert_eq!(reading.activities.len(), 1, "the good file is still read");
}

#[wasm_bindgen_test]
async fn a_cancel_is_heard_between_files() {
    let cancelled = Rc::new(Cell::new(false));
    let seen = cancelled.clone();
    let progress: activity_files::Progress = Rc::new(move |done, _| {
        if done == 2 {
            seen.set(true);
        }
    });
    let files = (0..10)
        .map(|i| {
            file(
                &format!("run-{i}.fit"),
                include_bytes!("fixtures/activities/plan-0.fit"),
            )
        })
        .collect();
    assert!(activity_files::read(files, progress, cancelled)
        .await
        .is_none());
}

#[wasm_bindgen_test]
fn the_offset_is_the_browsers_own() {
    let now = activity_files::now_seconds();
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(now as f64 * 1000.0));
    assert_eq!(
        activity_files::offset_minutes(now),
        -(date.get_timezone_offset() as i32)
    );
}
