//! Any text given as Strava's or Garmin's list of activities is read or refused without a
//! panic, with a file name (or none) for every row read.
#![no_main]

use knee_check::activities::{csv, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for miles in [false, true] {
        if let Ok(list) = csv::read_list(&text_of(data), miles) {
            assert_eq!(list.activities.len(), list.files.len());
        }
    }
});
