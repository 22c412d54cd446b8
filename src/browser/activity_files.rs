//! Reads the files a runner picks for the import, in the browser and nowhere else: a zip by
//! its end and directory and only the entries wanted, gzip and deflate by the browser's own
//! `DecompressionStream` (stopped at a limit, so a zip bomb cannot fill the memory), one file
//! or entry at a time with a pause between, so the page stays responsive and a cancel is
//! heard. Nothing is stored; the bytes are dropped once read.

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, File, ReadableStream, ReadableStreamDefaultReader, ReadableWritablePair};

use super::viewport::next_task;
use crate::activities::csv::{self, Service};
use crate::activities::{self, content_of, zip, Activity, Content};

/// Larger than any activity file or list a watch or service writes (a zip has no limit: it
/// is read by parts).
const MAX_FILE_BYTES: f64 = 64.0 * 1024.0 * 1024.0;
/// At most this many problems are named one by one.
const NAMED_PROBLEMS: usize = 12;

#[wasm_bindgen]
extern "C" {
    /// The browser's inflater (`web_sys` has it only behind its unstable flag).
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// What the files held.
#[derive(Default, Clone, PartialEq)]
pub struct Reading {
    pub activities: Vec<Activity>,
    /// Rows of Garmin Connect lists, whose units (km or miles) the file does not say.
    pub garmin_rows: Vec<Activity>,
    /// "file: why", for each file or entry refused.
    pub problems: Vec<String>,
    pub more_problems: usize,
}

impl Reading {
    fn refuse(&mut self, name: &str, why: &str) {
        if self.problems.len() < NAMED_PROBLEMS {
            self.problems.push(format!("{name}: {why}"));
        } else {
            self.more_problems += 1;
        }
    }
}

/// The runner's offset from UTC at an instant, in minutes east, summer time included.
pub fn offset_minutes(utc_seconds: i64) -> i32 {
    let date = js_sys::Date::new(&JsValue::from_f64(utc_seconds as f64 * 1000.0));
    -(date.get_timezone_offset() as i32)
}

pub fn now_seconds() -> i64 {
    (js_sys::Date::now() / 1000.0).floor() as i64
}

fn message(error: JsValue) -> String {
    Reflect::get(&error, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| "the browser could not read it".into())
}

async fn bytes_of(blob: &Blob) -> Result<Vec<u8>, String> {
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(message)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

async fn slice(blob: &Blob, start: f64, end: f64) -> Result<Vec<u8>, String> {
    let part = blob.slice_with_f64_and_f64(start, end).map_err(message)?;
    bytes_of(&part).await
}

/// Inflates `blob` (`"gzip"` or `"deflate-raw"`), refusing more than the limit.
async fn inflate(blob: &Blob, format: &str) -> Result<Vec<u8>, String> {
    let inflater = DecompressionStream::new(format).map_err(message)?;
    let stream: ReadableStream = blob
        .stream()
        .pipe_through(inflater.unchecked_ref::<ReadableWritablePair>());
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    let mut out = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| "it is damaged (it does not unpack)".to_string())?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            return Ok(out);
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(message)?
            .unchecked_into();
        if out.len() as u64 + u64::from(value.length()) > zip::MAX_ENTRY_BYTES {
            let _ = reader.cancel();
            return Err(
                "it unpacks to more than 64 MB, far more than any activity (a zip bomb?)".into(),
            );
        }
        out.extend(value.to_vec());
    }
}

/// Adds what one unpacked file or entry holds; `false` when it was refused.
fn add(reading: &mut Reading, name: &str, bytes: &[u8]) -> bool {
    let content = content_of(bytes);
    if let Some(why) = activities::mismatch(name, content) {
        reading.refuse(name, &why);
        return false;
    }
    let result = match content {
        Content::Text => {
            csv::read_list(&activities::text_of(bytes), false).map(|list| match list.service {
                Service::Garmin => reading.garmin_rows.extend(list.activities),
                Service::Strava => reading.activities.extend(list.activities),
            })
        }
        _ => activities::read_unpacked(bytes, false).map(|found| reading.activities.extend(found)),
    };
    match result {
        Ok(()) => true,
        Err(why) => {
            reading.refuse(name, &why);
            false
        }
    }
}

/// Progress: files and zip entries read, out of those known so far.
pub type Progress = Rc<dyn Fn(u32, u32)>;

struct Run {
    progress: Progress,
    cancelled: Rc<Cell<bool>>,
    done: u32,
    total: u32,
}

impl Run {
    /// Reports progress and gives the page a turn; `false` once the runner cancelled.
    async fn step(&mut self) -> bool {
        self.done += 1;
        (self.progress)(self.done, self.total);
        next_task().await;
        !self.cancelled.get()
    }
}

async fn read_zip(file: &File, reading: &mut Reading, run: &mut Run) -> Result<(), String> {
    let name = file.name();
    let size = file.size();
    let tail_start = (size - zip::TAIL_BYTES as f64).max(0.0);
    let tail = slice(file, tail_start, size).await?;
    let mut end = zip::find_end(&tail, tail_start as u64)?;
    if let zip::End::Zip64Record { offset } = end {
        end = zip::zip64_directory(&slice(file, offset as f64, offset as f64 + 56.0).await?)?;
    }
    let zip::End::Directory { offset, size } = end else {
        return Err("its directory is damaged".into());
    };
    let entries = zip::entries(&slice(file, offset as f64, (offset + size) as f64).await?)?;
    let wanted: Vec<&zip::Entry> = entries.iter().filter(|e| zip::is_wanted(&e.name)).collect();
    if wanted.is_empty() {
        return Err("the zip holds no activities (no activities.csv, FIT, GPX or TCX file)".into());
    }
    // With Strava's list, only the files of recent runs need opening; each run counts once,
    // from its file where it was read, from the list otherwise.
    let mut list = None;
    if let Some(list_entry) = wanted.iter().find(|e| zip::is_list(&e.name)) {
        let bytes = entry_bytes(file, list_entry).await?;
        match csv::read_list(&activities::text_of(&bytes), false) {
            Ok(read) if read.service == Service::Strava => list = Some(read),
            _ => {
                add(reading, &format!("{name}: {}", list_entry.name), &bytes);
            }
        }
    }
    let recent = list
        .as_ref()
        .map(|list| list.recent_files(now_seconds(), &offset_minutes));
    // Each file to open, with the name the list gives it (a zip made again from the
    // unpacked folder puts the folder's name in front).
    let files: Vec<(&&zip::Entry, String)> = wanted
        .iter()
        .filter(|e| !zip::is_list(&e.name))
        .filter_map(|e| match &recent {
            Some(recent) => recent
                .iter()
                .find(|listed| zip::is_listed_as(&e.name, listed))
                .map(|listed| (e, listed.clone())),
            None => Some((e, e.name.clone())),
        })
        .collect();
    run.total += files.len() as u32;
    let mut read = Vec::new();
    for (entry, listed) in files {
        let label = format!("{name}: {}", entry.name);
        match entry_bytes(file, entry).await {
            Ok(bytes) if add(reading, &label, &bytes) => read.push(listed),
            Ok(_) => {}
            Err(why) => reading.refuse(&label, &why),
        }
        if !run.step().await {
            return Ok(());
        }
    }
    if let Some(list) = list {
        reading.activities.extend(list.rows_without(&read));
    }
    Ok(())
}

/// An entry's bytes, inflated, and gunzipped too when it is a `.gz` (as Strava's are).
async fn entry_bytes(file: &File, entry: &zip::Entry) -> Result<Vec<u8>, String> {
    if entry.size > zip::MAX_ENTRY_BYTES {
        return Err(
            "it unpacks to more than 64 MB, far more than any activity (a zip bomb?)".into(),
        );
    }
    let at = entry.header_offset as f64;
    let start = zip::data_offset(&slice(file, at, at + 30.0).await?, entry)? as f64;
    let packed = file
        .slice_with_f64_and_f64(start, start + entry.packed_size as f64)
        .map_err(message)?;
    let bytes = match entry.method {
        0 => bytes_of(&packed).await?,
        8 => inflate(&packed, "deflate-raw").await?,
        _ => return Err("it is packed in a way this app does not read".into()),
    };
    if content_of(&bytes) == Content::Gzip {
        let blob = Blob::new_with_u8_array_sequence(&js_sys::Array::of1(&Uint8Array::from(
            bytes.as_slice(),
        )))
        .map_err(message)?;
        return inflate(&blob, "gzip").await;
    }
    Ok(bytes)
}

async fn read_one(file: &File, reading: &mut Reading, run: &mut Run) -> Result<(), String> {
    let head = slice(file, 0.0, 16.0).await?;
    if head.is_empty() {
        return Err("it is empty".into());
    }
    match content_of(&head) {
        Content::Zip => read_zip(file, reading, run).await,
        _ if file.size() > MAX_FILE_BYTES => Err(
            "it is larger than 64 MB, far more than any activity or list (a zip is read whatever its size)".into(),
        ),
        Content::Gzip => {
            let bytes = inflate(file, "gzip").await?;
            add(reading, &file.name(), &bytes);
            Ok(())
        }
        _ => {
            let bytes = bytes_of(file).await?;
            add(reading, &file.name(), &bytes);
            Ok(())
        }
    }
}

/// Reads every file; `None` when the runner cancelled.
pub async fn read(
    files: Vec<File>,
    progress: Progress,
    cancelled: Rc<Cell<bool>>,
) -> Option<Reading> {
    let mut reading = Reading::default();
    let mut run = Run {
        progress,
        cancelled,
        done: 0,
        total: files.len() as u32,
    };
    for file in &files {
        if let Err(why) = read_one(file, &mut reading, &mut run).await {
            reading.refuse(&file.name(), &why);
        }
        if run.cancelled.get() || !run.step().await {
            return None;
        }
    }
    Some(reading)
}

/// The files picked in the check before the rest of the app came, waiting for it.
const WAITING: &str = "kneeCheckImportFiles";

pub fn files_of(list: &web_sys::FileList) -> Vec<File> {
    (0..list.length())
        .filter_map(|index| list.get(index))
        .collect()
}

/// Keeps the files picked in `input` on the page for the whole app, which starts in this
/// same page; `false` when none was picked.
pub fn hold_for_whole_app(input: &web_sys::HtmlInputElement) -> bool {
    match (web_sys::window(), input.files()) {
        (Some(window), Some(list)) if list.length() > 0 => {
            Reflect::set(&window, &WAITING.into(), &list).is_ok()
        }
        _ => false,
    }
}

/// Lets go of held files whose whole app did not come: a later start must not read them
/// unasked.
pub fn let_go_of_held() {
    if let Some(window) = web_sys::window() {
        let _ = Reflect::set(&window, &WAITING.into(), &JsValue::UNDEFINED);
    }
}

/// The files the check held for the whole app, taken once.
pub fn take_held() -> Vec<File> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let held = Reflect::get(&window, &WAITING.into()).ok();
    let_go_of_held();
    held.and_then(|list| list.dyn_into::<web_sys::FileList>().ok())
        .map(|list| files_of(&list))
        .unwrap_or_default()
}
