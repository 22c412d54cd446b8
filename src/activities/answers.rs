//! The form's answers an import gives, in the runner's units, and which answers already
//! typed they would replace, so the preview can say so before anything changes.

use super::summary::Summary;
use crate::check_form::{CheckAction, CheckForm};
use crate::model::decimal::format_number;
use crate::model::field::Field;
use crate::model::units::Units;

/// The cadence the form accepts; a median outside it (walk breaks, a wrong foot pod) is
/// left for the runner to answer.
const CADENCE_RANGE: std::ops::RangeInclusive<u32> = 120..=230;

#[derive(Debug, Clone, PartialEq)]
pub struct ImportedAnswers {
    /// Single answers, as the runner would type them.
    pub texts: Vec<(Field, String)>,
    /// The previous weeks covered, most recent first.
    pub prev: Vec<String>,
    /// The runner confirmed the suggestion of hills added.
    pub hills: bool,
}

/// A distance as the form takes it: to a tenth, in the runner's units.
pub fn distance_text(km: f64, units: Units) -> String {
    format_number((units.from_km(km) * 10.0).round() / 10.0)
}

impl ImportedAnswers {
    /// The form's own edits that fill these answers, as if typed: the check's program knows
    /// nothing of imports.
    pub fn actions(self) -> Vec<CheckAction> {
        let mut actions: Vec<CheckAction> = self
            .texts
            .into_iter()
            .map(|(field, text)| CheckAction::Edit(field, text))
            .collect();
        actions.extend(
            self.prev
                .into_iter()
                .enumerate()
                .map(|(index, text)| CheckAction::EditPreviousWeek(index, text)),
        );
        if self.hills {
            actions.push(CheckAction::Toggle(Field::Added, "hills", true));
        }
        actions
    }
}

pub fn answers(summary: &Summary, units: Units, hills: bool) -> ImportedAnswers {
    let mut texts = vec![
        (Field::Week, distance_text(summary.week_km, units)),
        (Field::Longest, distance_text(summary.longest_km, units)),
    ];
    if let Some(km) = summary.longest30_km {
        texts.push((Field::Longest30, distance_text(km, units)));
    }
    texts.push((Field::Runs, summary.runs.to_string()));
    if let Some(cadence) = summary.cadence.filter(|c| CADENCE_RANGE.contains(c)) {
        texts.push((Field::Cadence, cadence.to_string()));
    }
    ImportedAnswers {
        texts,
        prev: summary
            .prev_km
            .iter()
            .map(|km| distance_text(*km, units))
            .collect(),
        hills,
    }
}

/// The answers typed that the import would change: "this week's distance (40 now)".
pub fn replaced(form: &CheckForm, answers: &ImportedAnswers) -> Vec<String> {
    let mut replaced: Vec<String> = answers
        .texts
        .iter()
        .filter_map(|(field, text)| {
            let now = form.text(*field);
            (!now.trim().is_empty() && now.trim() != text)
                .then(|| format!("{} ({} now)", field.label(), now.trim()))
        })
        .collect();
    for (index, text) in answers.prev.iter().enumerate() {
        let now = form.previous_week_texts[index].trim();
        if !now.is_empty() && now != text {
            let week = match index {
                0 => "1 week before".to_string(),
                n => format!("{} weeks before", n + 1),
            };
            replaced.push(format!("{week} ({now} now)"));
        }
    }
    replaced
}
