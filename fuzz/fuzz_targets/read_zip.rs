//! Any bytes given as a zip's end and directory are read or refused without a panic.
#![no_main]

use knee_check::activities::zip;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = zip::zip64_directory(data);
    if let Ok(zip::End::Directory { offset, size }) = zip::find_end(data, 0) {
        if let Some(directory) = data.get(offset as usize..(offset + size) as usize) {
            for entry in zip::entries(directory).unwrap_or_default() {
                if let Some(header) = data.get(entry.header_offset as usize..) {
                    let _ = zip::data_offset(header, &entry);
                }
            }
        }
    }
});
