//! Any bytes after `#/check?` must decode without a panic, into a form the model can score,
//! and the app's own link for that form must decode back to the same form.
#![no_main]

use knee_check::link::{decode, encode};
use knee_check::model::score::score_only;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let decoded = decode(&query);
    assert!(score_only(&decoded.assessment) <= 100);
    let canonical = decode(&encode(&decoded.assessment)).assessment;
    assert_eq!(decode(&encode(&canonical)).assessment, canonical);
});
