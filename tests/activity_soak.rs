//! A soak for the import's readers on stable Rust: the fixture files (FIT, GPX, TCX, both
//! services' lists, a zip's directory) with seeded byte flips, cuts, repeats and random
//! bytes, each read and summarised, as the cargo-fuzz targets do on nightly. A reader may
//! refuse a file, never panic, and what it accepts must summarise to finite answers. The
//! quick run is part of `cargo test`; the long one runs from scripts/bench.sh with
//! `cargo test --release --test activity_soak -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::panic;
use std::time::Instant;

use knee_check::activities::summary::summarise;
use knee_check::activities::{self, csv, without_repeats, zip};

#[path = "support/seeded.rs"]
mod seeded;
use seeded::Seeded;

const NOW: i64 = 1_796_558_400;
const SEEDS: [&str; 7] = [
    "plan-0.fit",
    "plan-2.gpx",
    "plan-4.tcx",
    "strava-activities.csv",
    "garmin-activities.csv",
    "strava-export.zip",
    "untimed.gpx",
];

fn seeds() -> Vec<Vec<u8>> {
    SEEDS
        .iter()
        .map(|name| {
            fs::read(format!(
                "{}/tests/fixtures/activities/{name}",
                env!("CARGO_MANIFEST_DIR")
            ))
            .expect("fixture")
        })
        .collect()
}

/// One input: a fixture with a few flips, cuts and repeats, or random bytes.
fn input(seeds: &[Vec<u8>], random: &mut Seeded) -> Vec<u8> {
    if random.below(10) == 0 {
        return (0..random.below(400))
            .map(|_| random.next() as u8)
            .collect();
    }
    let mut bytes = seeds[random.below(seeds.len())].clone();
    for _ in 0..=random.below(4) {
        let at = random.below(bytes.len() + 1);
        match random.below(4) {
            0 if at < bytes.len() => bytes[at] = random.next() as u8,
            1 => {
                let end = (at + random.below(64)).min(bytes.len());
                bytes.drain(at..end);
            }
            2 => {
                let end = (at + random.below(64)).min(bytes.len());
                let repeated = bytes[at..end].to_vec();
                bytes.splice(end..end, repeated);
            }
            _ => bytes.truncate(at),
        }
    }
    bytes
}

/// What must hold for any bytes: each reader returns, and what it accepts summarises to
/// finite, non-negative answers.
fn check(bytes: &[u8]) {
    let utc = |_: i64| 0;
    let mut found = Vec::new();
    if let Ok(read) = activities::read_unpacked(bytes, false) {
        found.extend(read);
    }
    if let Ok(list) = csv::read_list(&activities::text_of(bytes), true) {
        assert_eq!(list.activities.len(), list.files.len());
        found.extend(list.activities);
    }
    if let Ok(zip::End::Directory { offset, size }) = zip::find_end(bytes, 0) {
        if let Some(directory) = bytes.get(offset as usize..(offset + size) as usize) {
            for entry in zip::entries(directory).unwrap_or_default() {
                let _ = bytes
                    .get(entry.header_offset as usize..)
                    .map(|header| zip::data_offset(header, &entry));
            }
        }
    }
    if let Some(summary) = summarise(&without_repeats(found, &utc), NOW, &utc) {
        let mut all = vec![summary.week_km, summary.longest_km];
        all.extend(&summary.prev_km);
        all.extend(summary.longest30_km);
        assert!(all.iter().all(|km| km.is_finite() && *km >= 0.0), "{all:?}");
        assert!(summary.prev_km.len() <= 4);
    }
}

fn soak(inputs: u64) {
    let seeds = seeds();
    let mut random = Seeded(0x6669_742d_736f_616b);
    let start = Instant::now();
    let mut panics = Vec::new();
    panic::set_hook(Box::new(|_| {}));
    for _ in 0..inputs {
        let bytes = input(&seeds, &mut random);
        if panic::catch_unwind(|| check(&bytes)).is_err() {
            panics.push(bytes);
        }
    }
    let _ = panic::take_hook();
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "activity soak: {inputs} inputs read in {seconds:.1} s ({:.0} a second), {} panics",
        inputs as f64 / seconds,
        panics.len()
    );
    assert!(
        panics.is_empty(),
        "inputs that panicked (first bytes): {:?}",
        panics
            .iter()
            .take(3)
            .map(|b| &b[..b.len().min(40)])
            .collect::<Vec<_>>()
    );
}

#[test]
fn five_thousand_damaged_files_are_read_or_refused_without_a_panic() {
    soak(5_000);
}

#[test]
#[ignore = "the long soak: scripts/bench.sh runs it"]
fn a_million_damaged_files_are_read_or_refused_without_a_panic() {
    soak(1_000_000);
}
