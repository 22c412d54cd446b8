//! Any bytes given as a FIT file are read or refused without a panic, and what is read
//! summarises to finite answers.
#![no_main]

use knee_check::activities::fit;
use knee_check::activities::summary::summarise;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(activities) = fit::read(data) {
        if let Some(summary) = summarise(&activities, 1_796_558_400, &|_| 0) {
            assert!(summary.week_km.is_finite());
        }
    }
});
