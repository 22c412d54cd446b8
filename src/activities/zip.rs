//! The directory of a zip (Strava's bulk export), read from its end so a zip of several
//! gigabytes is never read whole: the browser reads the end, then the directory, then only
//! the entries wanted, and inflates them itself (`DecompressionStream`), which costs the app
//! nothing, where a Rust inflater measured 51.6 KB gzip.

/// How much of a zip's end holds its end record, whatever its comment.
pub const TAIL_BYTES: u64 = 22 + 65_535 + 20;
/// The most an entry may hold once inflated: an activity list or file is far smaller; a
/// zip bomb stops here.
pub const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;

/// Where the directory lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    Directory {
        offset: u64,
        size: u64,
    },
    /// A Zip64 archive: its end record at this offset says where the directory is.
    Zip64Record {
        offset: u64,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// 0 stored, 8 deflated; other methods are refused.
    pub method: u16,
    pub packed_size: u64,
    pub size: u64,
    pub header_offset: u64,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn u64_at(bytes: &[u8], at: usize) -> Option<u64> {
    Some(u64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

const NOT_A_ZIP: &str =
    "it is not a zip (or the download did not finish: its directory is missing)";

/// Finds the end record in the zip's last bytes (`tail`, read from `tail_start`).
pub fn find_end(tail: &[u8], tail_start: u64) -> Result<End, String> {
    let at = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|at| u32_at(tail, *at) == Some(0x0605_4b50))
        .ok_or(NOT_A_ZIP)?;
    let size = u32_at(tail, at + 12).ok_or(NOT_A_ZIP)?;
    let offset = u32_at(tail, at + 16).ok_or(NOT_A_ZIP)?;
    if (size == u32::MAX || offset == u32::MAX)
        && at >= 20
        && u32_at(tail, at - 20) == Some(0x0706_4b50)
    {
        let record = u64_at(tail, at - 12).ok_or(NOT_A_ZIP)?;
        return Ok(End::Zip64Record { offset: record });
    }
    let end = tail_start + at as u64;
    if u64::from(offset) + u64::from(size) > end {
        return Err(NOT_A_ZIP.into());
    }
    Ok(End::Directory {
        offset: u64::from(offset),
        size: u64::from(size),
    })
}

/// Reads a Zip64 end record (56 bytes) for the directory's place.
pub fn zip64_directory(record: &[u8]) -> Result<End, String> {
    if u32_at(record, 0) != Some(0x0606_4b50) {
        return Err(NOT_A_ZIP.into());
    }
    Ok(End::Directory {
        size: u64_at(record, 40).ok_or(NOT_A_ZIP)?,
        offset: u64_at(record, 48).ok_or(NOT_A_ZIP)?,
    })
}

/// The entries of a zip's central directory.
pub fn entries(directory: &[u8]) -> Result<Vec<Entry>, String> {
    let damaged = || "the zip's directory is damaged".to_string();
    let mut entries = Vec::new();
    let mut at = 0;
    while at + 46 <= directory.len() {
        if u32_at(directory, at) != Some(0x0201_4b50) {
            return Err(damaged());
        }
        let method = u16_at(directory, at + 10).ok_or_else(damaged)?;
        let mut packed_size = u64::from(u32_at(directory, at + 20).ok_or_else(damaged)?);
        let mut size = u64::from(u32_at(directory, at + 24).ok_or_else(damaged)?);
        let name_length = usize::from(u16_at(directory, at + 28).ok_or_else(damaged)?);
        let extra_length = usize::from(u16_at(directory, at + 30).ok_or_else(damaged)?);
        let comment_length = usize::from(u16_at(directory, at + 32).ok_or_else(damaged)?);
        let mut header_offset = u64::from(u32_at(directory, at + 42).ok_or_else(damaged)?);
        let name_bytes = directory
            .get(at + 46..at + 46 + name_length)
            .ok_or_else(damaged)?;
        let extra = directory
            .get(at + 46 + name_length..at + 46 + name_length + extra_length)
            .ok_or_else(damaged)?;
        // Zip64 sizes and offset, in that order, for each field that overflowed.
        let mut field = 0;
        while field + 4 <= extra.len() {
            let id = u16_at(extra, field).unwrap_or(0);
            let length = usize::from(u16_at(extra, field + 2).unwrap_or(0));
            if id == 1 {
                let mut value = field + 4;
                for slot in [&mut size, &mut packed_size, &mut header_offset] {
                    if *slot == u64::from(u32::MAX) {
                        *slot = u64_at(extra, value).ok_or_else(damaged)?;
                        value += 8;
                    }
                }
            }
            field += 4 + length;
        }
        entries.push(Entry {
            name: String::from_utf8_lossy(name_bytes).into_owned(),
            method,
            packed_size,
            size,
            header_offset,
        });
        at += 46 + name_length + extra_length + comment_length;
    }
    Ok(entries)
}

/// Where an entry's packed bytes start, from its local header's first 30 bytes.
pub fn data_offset(local_header: &[u8], entry: &Entry) -> Result<u64, String> {
    if u32_at(local_header, 0) != Some(0x0403_4b50) {
        return Err(format!("the zip's entry {} is damaged", entry.name));
    }
    let name_length = u64::from(u16_at(local_header, 26).unwrap_or(0));
    let extra_length = u64::from(u16_at(local_header, 28).unwrap_or(0));
    Ok(entry.header_offset + 30 + name_length + extra_length)
}

/// The entries worth reading: the activity list and activity files, not folders or photos,
/// nor the shadow copies a Mac adds when it zips a folder (`__MACOSX/`, `._name`).
pub fn is_wanted(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let base = name.rsplit('/').next().unwrap_or(&name);
    if name.starts_with("__macosx/") || base.starts_with("._") {
        return false;
    }
    let base = base.strip_suffix(".gz").unwrap_or(base);
    base == "activities.csv"
        || base.ends_with(".fit")
        || base.ends_with(".gpx")
        || base.ends_with(".tcx")
}

/// Whether the entry is the file a Strava list names (`activities/1.fit.gz`), at the zip's
/// top or inside the folder a runner zipped again.
pub fn is_listed_as(entry: &str, listed: &str) -> bool {
    entry
        .strip_suffix(listed)
        .is_some_and(|folder| folder.is_empty() || folder.ends_with('/'))
}

pub fn is_list(name: &str) -> bool {
    name.to_ascii_lowercase().rsplit('/').next() == Some("activities.csv")
}
