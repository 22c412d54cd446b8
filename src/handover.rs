//! What the first screen's small app hands to the whole app, the first time a runner opens
//! a page only the whole app has (see `docs/performance.md`): two programs, one after the
//! other in the same page, so what only the small one holds crosses as text. The check form
//! crosses as the same link query a draft is kept as, with the three facts about it a query
//! cannot carry; the history's notice (damaged data the small app set aside is said once,
//! and only the small app read it); and where this browser refuses storage, the checks
//! saved in memory, which would otherwise be lost on the way.

use serde::{Deserialize, Serialize};

use crate::check_form::{CheckAction, CheckForm};
use crate::history::SavedAssessment;
use crate::link;

/// The form on its way from one app to the other.
#[derive(Debug, Clone, PartialEq)]
pub struct Handover {
    /// The answers, as a check link query.
    pub query: String,
    /// Filled from a coach's link (its notice about unused fields is not carried).
    pub from_link: bool,
    /// Changed by the runner since it was filled, so an unsaved draft worth keeping.
    pub edited: bool,
    /// Brought back from the draft of an earlier visit, which the check page says.
    pub restored_draft: bool,
    pub history: CarriedHistory,
}

/// What the small app knows of the history that storage cannot tell the whole app again.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CarriedHistory {
    /// Checks saved while storage was refused: the small app's memory is all they have.
    pub kept_in_memory: Vec<SavedAssessment>,
    /// The storage notice the runner has not dismissed.
    pub notice: Option<String>,
    /// The last save failed for a full storage (the notice goes with the next good save).
    pub full: bool,
}

fn flag(on: bool) -> char {
    if on {
        '1'
    } else {
        '0'
    }
}

impl Handover {
    pub fn of(form: &CheckForm, restored_draft: bool, history: CarriedHistory) -> Self {
        Handover {
            query: link::encode(&form.assessment),
            from_link: form.from_link,
            edited: form.edited,
            restored_draft,
            history,
        }
    }

    /// Three flags, the query, the history as JSON: a line each.
    pub fn to_text(&self) -> String {
        format!(
            "{}{}{}\n{}\n{}",
            flag(self.from_link),
            flag(self.edited),
            flag(self.restored_draft),
            self.query,
            serde_json::to_string(&self.history).unwrap_or_else(|_| "{}".to_string())
        )
    }

    /// `None` for anything `to_text` did not write.
    pub fn parse(text: &str) -> Option<Self> {
        let (flags, rest) = text.split_once('\n')?;
        let (query, history) = rest.split_once('\n')?;
        let mut on = flags.chars().map(|flag| match flag {
            '1' => Some(true),
            '0' => Some(false),
            _ => None,
        });
        let handover = Handover {
            query: query.to_string(),
            from_link: on.next()??,
            edited: on.next()??,
            restored_draft: on.next()??,
            history: serde_json::from_str(history).ok()?,
        };
        on.next().is_none().then_some(handover)
    }

    /// The form again, from an empty one holding the runner's units.
    pub fn into_form(self, empty: CheckForm) -> CheckForm {
        let mut form = empty.reduce(CheckAction::LoadSaved(Box::new(
            link::decode(&self.query).assessment,
        )));
        form.from_link = self.from_link;
        form.edited = self.edited;
        form
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::field::Field;
    use crate::model::units::Units;
    use crate::model::Assessment;

    fn saved(id: &str) -> SavedAssessment {
        SavedAssessment {
            id: id.to_string(),
            saved_at: "2026-11-30T10:00:00Z".to_string(),
            model_version: "2".to_string(),
            score: 12,
            note: "a line\nand another".to_string(),
            assessment: Assessment::default(),
            assessment_kept: Default::default(),
            kept: Default::default(),
        }
    }

    fn filled() -> CheckForm {
        CheckForm::with_units(Units::Mi, None)
            .reduce(CheckAction::LoadLink(Box::new(link::decode(
                "v=1&week=45&prev=30,31,29,30&flags=locking",
            ))))
            .reduce(CheckAction::Edit(Field::Pain, "4".to_string()))
    }

    #[test]
    fn the_answers_and_their_flags_cross_whole() {
        let form = filled();
        let history = CarriedHistory {
            kept_in_memory: vec![saved("a"), saved("b")],
            notice: Some("Part of your saved history could not be read.\nSee".to_string()),
            full: true,
        };
        let text = Handover::of(&form, true, history.clone()).to_text();
        let carried = Handover::parse(&text).expect("reads its own text");
        assert!(carried.restored_draft);
        assert_eq!(carried.history, history);
        let again = carried.into_form(CheckForm::with_units(Units::Km, None));
        assert_eq!(again.assessment, form.assessment);
        assert!(again.from_link && again.edited);
        assert_eq!(again.text(Field::Week), form.text(Field::Week));
    }

    #[test]
    fn an_empty_form_crosses_empty() {
        let empty = CheckForm::with_units(Units::Km, None);
        let text = Handover::of(&empty, false, CarriedHistory::default()).to_text();
        let again = Handover::parse(&text)
            .expect("reads its own text")
            .into_form(CheckForm::with_units(Units::Km, None));
        assert!(again.is_empty());
        assert!(!again.from_link && !again.edited);
    }

    #[test]
    fn text_it_did_not_write_is_refused() {
        for text in [
            "",
            "110",
            "110\nweek=4",
            "11\nweek=4\n{}",
            "1101\nweek=4\n{}",
            "1x0\nweek=4\n{}",
            "110\nweek=4\n{\"kept_in_memory\":[{",
        ] {
            assert_eq!(Handover::parse(text), None, "{text:?}");
        }
    }
}
