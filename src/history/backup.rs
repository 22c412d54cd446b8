//! Backups a runner keeps or hands to a physio: JSON with everything, re-importable, and CSV
//! with one row per assessment for a spreadsheet.

use serde_json::{json, Value};

use super::entries::SavedAssessment;
use super::format::{read, CURRENT_VERSION};
use super::symptoms::SymptomEntry;
use crate::model::decimal::parse_plain_decimal;
use crate::model::field::{field_text, Field};
use crate::model::score::outcome;
use crate::model::units::Units;

/// Marks a file as ours, so a foreign JSON file is recognised as such.
const APP_MARK: &str = "runners-knee-check";

/// The JSON backup: the stored format plus who wrote it and when, and the symptom log.
/// Apps from before the log read the entries and pass over `symptoms`.
pub fn export_json(
    entries: &[SavedAssessment],
    symptoms: &[SymptomEntry],
    exported_at: &str,
) -> String {
    let document = json!({
        "app": APP_MARK,
        "exported_at": exported_at,
        "version": CURRENT_VERSION,
        "entries": entries,
        "symptoms": symptoms,
    });
    serde_json::to_string_pretty(&document).unwrap_or_else(|_| document.to_string())
}

/// Why a file could not be imported; nothing is changed when any of these happens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    NotJson,
    NotABackup,
    NewerVersion(u64),
    NothingReadable,
}

impl ImportError {
    pub fn message(&self) -> String {
        match self {
            ImportError::NotJson => "This file is not a Runner's Knee Check backup (it is not JSON). Nothing was changed.".into(),
            ImportError::NotABackup => "This file is JSON, but not a Runner's Knee Check backup. Nothing was changed.".into(),
            ImportError::NewerVersion(version) => format!(
                "This backup was written by a newer version of the app (format {version}). Reload to get the newer app, then import again. Nothing was changed."
            ),
            ImportError::NothingReadable => "This backup has no assessment this app can read. Nothing was changed.".into(),
        }
    }
}

/// What a backup holds, shown before anything is merged.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportPreview {
    pub entries: Vec<SavedAssessment>,
    /// Symptom log entries that read and hold scores 0 to 10 and a date.
    pub symptoms: Vec<SymptomEntry>,
    /// Symptom log entries left out: unreadable or out of range.
    pub symptoms_refused: usize,
    pub unreadable: usize,
    /// Entries that read but hold values no form or link accepts: named, never imported.
    pub refused: Vec<RefusedEntry>,
}

/// An entry of a backup left out, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RefusedEntry {
    pub saved_at: String,
    pub problems: Vec<String>,
}

/// Reads a backup file: ours (any format version up to the current), else a clear error.
/// Symptom entries dated after `today` (`YYYY-MM-DD`) are refused.
pub fn parse_backup(text: &str, today: &str) -> Result<ImportPreview, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(|_| ImportError::NotJson)?;
    let ours = value.get("app").and_then(Value::as_str) == Some(APP_MARK)
        || (value.get("version").is_some() && value.get("entries").is_some_and(Value::is_array));
    if !ours {
        return Err(ImportError::NotABackup);
    }
    let loaded = read(Some(text));
    if let Some(version) = loaded.newer_version {
        return Err(ImportError::NewerVersion(version));
    }
    if loaded.damaged {
        return Err(ImportError::NotABackup);
    }
    let (entries, refused): (Vec<_>, Vec<_>) = loaded
        .entries
        .into_iter()
        .partition(|entry| entry.problems().is_empty());
    let (symptoms, symptoms_refused) = backup_symptoms(&value, today);
    if entries.is_empty()
        && symptoms.is_empty()
        && (!loaded.unreadable.is_empty() || !refused.is_empty())
    {
        return Err(ImportError::NothingReadable);
    }
    Ok(ImportPreview {
        symptoms,
        symptoms_refused,
        unreadable: loaded.unreadable.len(),
        refused: refused
            .iter()
            .map(|entry| RefusedEntry {
                saved_at: entry.date().to_string(),
                problems: entry.problems(),
            })
            .collect(),
        entries,
    })
}

/// The symptom log in a backup, if it has one: readable entries, and how many were not.
fn backup_symptoms(document: &Value, today: &str) -> (Vec<SymptomEntry>, usize) {
    let Some(items) = document.get("symptoms").and_then(Value::as_array) else {
        return (Vec::new(), 0);
    };
    let read: Vec<Option<SymptomEntry>> = items
        .iter()
        .map(|item| {
            serde_json::from_value::<SymptomEntry>(item.clone())
                .ok()
                .filter(|entry| entry.problem(today).is_none())
        })
        .collect();
    let refused = read.iter().filter(|entry| entry.is_none()).count();
    (read.into_iter().flatten().collect(), refused)
}

/// Characters that make a spreadsheet read a cell as a formula, full-width ones included.
const FORMULA_STARTS: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/// Whether a character takes no room on screen: spaces, and the zero-width and direction
/// marks (byte order mark, zero-width space and joiners, bidi embeddings and isolates,
/// soft hyphen) that a spreadsheet may pass over before it sees a formula.
fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(c,
            '\u{00AD}' | '\u{061C}' | '\u{180E}' | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}')
}

/// A CSV cell as RFC 4180 writes it, quoted whenever it holds a separator a spreadsheet
/// might split on (`,` or `;`), a quote, a tab or a line break; text whose first visible
/// character would start a formula is defused with a leading `'` (plain numbers stay).
fn cell(text: &str) -> String {
    let visible = text.trim_start_matches(is_invisible);
    let formula = visible.starts_with(FORMULA_STARTS) && parse_plain_decimal(text.trim()).is_none();
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', ';', '"', '\t', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// One row per assessment, oldest first, distances in km and weights in kg.
pub fn export_csv(entries: &[SavedAssessment]) -> String {
    let mut header = vec![
        "saved_at",
        "score_when_saved",
        "model_version",
        "score_now",
        "band_now",
        "note",
        "units_shown",
    ];
    let fields: Vec<Field> = Field::ALL.to_vec();
    let column_names: Vec<String> = fields
        .iter()
        .map(|field| match field {
            Field::Week | Field::Prev | Field::Longest | Field::Longest30 | Field::ShoeDist => {
                format!("{}_km", field.key())
            }
            Field::Weight | Field::WeightChange => format!("{}_kg", field.key()),
            _ => field.key().to_string(),
        })
        .collect();
    header.extend(column_names.iter().map(String::as_str));
    header.push("id");
    let mut lines = vec![header.join(",")];
    for entry in &super::entries::oldest_first(entries) {
        let now = outcome(&entry.assessment);
        let metric = crate::model::Assessment {
            units: Units::Km,
            ..entry.assessment.clone()
        };
        let mut row = vec![
            cell(&entry.saved_at),
            entry.score.to_string(),
            cell(&entry.model_version),
            now.score.to_string(),
            now.band.key().to_string(),
            cell(&entry.note),
            entry.assessment.units.key().to_string(),
        ];
        row.extend(
            fields
                .iter()
                .map(|field| cell(&field_text(&metric, *field).unwrap_or_default())),
        );
        row.push(cell(&entry.id));
        lines.push(row.join(","));
    }
    lines.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::entries::tests::entry;

    const TODAY: &str = "2026-12-06";

    #[test]
    fn the_symptom_log_travels_with_the_backup_and_bad_entries_are_named() {
        let log = vec![
            crate::history::symptoms::tests::entry("2026-11-28", 2, 1),
            crate::history::symptoms::tests::entry("2026-11-29", 5, 4),
        ];
        let text = export_json(
            &[entry("a", "2026-11-01T10:00:00Z")],
            &log,
            "2026-11-30T00:00:00Z",
        );
        let preview = parse_backup(&text, TODAY).unwrap();
        assert_eq!(preview.symptoms, log);
        assert_eq!(preview.symptoms_refused, 0);
        let damaged = text.replace("\"during\": 5", "\"during\": 50");
        let preview = parse_backup(&damaged, TODAY).unwrap();
        assert_eq!((preview.symptoms.len(), preview.symptoms_refused), (1, 1));
        for impossible in ["2099-01-01", "2026-13-45"] {
            let dated = text.replace("2026-11-29", impossible);
            let preview = parse_backup(&dated, TODAY).unwrap();
            assert_eq!((preview.symptoms.len(), preview.symptoms_refused), (1, 1));
        }
        let mut older: Value = serde_json::from_str(&text).unwrap();
        older.as_object_mut().unwrap().remove("symptoms");
        let preview = parse_backup(&older.to_string(), TODAY).unwrap();
        assert!(
            preview.symptoms.is_empty(),
            "a backup from before the log still imports"
        );
        assert_eq!(preview.entries.len(), 1);
    }

    #[test]
    fn a_json_backup_imports_back_whole() {
        let entries = vec![
            entry("a", "2026-11-01T10:00:00Z"),
            entry("b", "2026-11-08T10:00:00Z"),
        ];
        let preview =
            parse_backup(&export_json(&entries, &[], "2026-11-30T00:00:00Z"), TODAY).unwrap();
        assert_eq!(preview.entries, entries);
        assert_eq!(preview.unreadable, 0);
    }

    #[test]
    fn foreign_and_broken_files_are_refused_with_a_reason() {
        assert_eq!(parse_backup("hello", TODAY), Err(ImportError::NotJson));
        assert_eq!(
            parse_backup(r#"{"name":"a shopping list"}"#, TODAY),
            Err(ImportError::NotABackup)
        );
        assert_eq!(parse_backup("[1,2,3]", TODAY), Err(ImportError::NotABackup));
        assert_eq!(
            parse_backup(
                r#"{"app":"runners-knee-check","version":9,"entries":[]}"#,
                TODAY
            ),
            Err(ImportError::NewerVersion(9))
        );
        assert_eq!(
            parse_backup(r#"{"version":1,"entries":[{"id":1}]}"#, TODAY),
            Err(ImportError::NothingReadable)
        );
    }

    #[test]
    fn every_cell_a_spreadsheet_could_split_or_run_is_quoted_and_defused() {
        assert_eq!(cell("sore;=2+5;ok"), "\"sore;=2+5;ok\"");
        assert_eq!(cell(" =1+1"), "' =1+1");
        assert_eq!(cell("\n=1+1"), "\"'\n=1+1\"");
        assert_eq!(cell("＝SUM(A1)"), "'＝SUM(A1)");
        assert_eq!(cell("＠cmd"), "'＠cmd");
        assert_eq!(cell("tab\there"), "\"tab\there\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("-2.5"), "-2.5");
        assert_eq!(cell("plain"), "plain");
    }

    #[test]
    fn a_formula_behind_invisible_characters_is_defused() {
        let invisible = [
            "\u{FEFF}",
            "\u{200B}",
            "\u{200C}",
            "\u{200D}",
            "\u{200E}",
            "\u{200F}",
            "\u{202A}",
            "\u{202E}",
            "\u{2060}",
            "\u{2066}",
            "\u{2069}",
            "\u{00AD}",
            "\u{061C}",
            "\u{FEFF}\u{200B} ",
        ];
        for prefix in invisible {
            for start in FORMULA_STARTS {
                let text = format!("{prefix}{start}1+1");
                let written = cell(&text);
                assert_eq!(
                    written,
                    format!("'{text}"),
                    "{:?}",
                    text.escape_unicode().to_string()
                );
            }
        }
        assert_eq!(cell("\u{200B}sore"), "\u{200B}sore");
    }

    #[test]
    fn csv_has_a_row_per_assessment_and_defuses_formulas() {
        let mut noted = entry("a", "2026-11-01T10:00:00Z");
        noted.note = "=HYPERLINK(\"x\"), sore after hills".into();
        let csv = export_csv(&[noted, entry("b", "2026-11-08T10:00:00Z")]);
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 3);
        assert!(lines[0].starts_with("saved_at,score_when_saved"));
        assert!(lines[0].contains("week_km"));
        assert!(lines[1].contains("\"'=HYPERLINK(\"\"x\"\"), sore after hills\""));
        assert!(lines[1].contains(",30,"));
        let header_cells = lines[0].split(',').count();
        assert_eq!(lines[2].split(',').count(), header_cells);
    }
}
