//! Any bytes given as a GPX or TCX file are read or refused without a panic, and what is
//! read summarises to finite answers.
#![no_main]

use knee_check::activities::summary::summarise;
use knee_check::activities::xml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(activities) = xml::read(data) {
        if let Some(summary) = summarise(&activities, 1_796_558_400, &|_| 60) {
            assert!(summary.week_km.is_finite() && summary.week_km >= 0.0);
        }
    }
});
