//! What the first screen's small app hands to the whole app, the first time a runner opens
//! a page only the whole app has or saves a check (see `docs/performance.md`): two programs,
//! one after the other in the same page, so what only the small one holds crosses as text.
//! The check form crosses as the same link query a draft is kept as, with the three facts
//! about it a query cannot carry, and what the runner asked for that only the whole app
//! does: saving the check (the small app keeps no history) and its QR code.

use crate::check_form::{CheckAction, CheckForm};
use crate::link;
use crate::link::form_encoding::{decode_component, encode_component};
use crate::model::field::Field;
use crate::model::Assessment;

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
    /// The answers still marked as the link's, and the link's title: a page opened in the
    /// whole app must not turn a coach's scenario into the runner's own answers.
    pub from_link_fields: Vec<Field>,
    pub link_title: Option<String>,
    /// The note typed for the save, not yet saved.
    pub note: String,
    /// The runner asked to save the check, with its note.
    pub save: bool,
    /// The runner asked for the share link's QR code.
    pub show_qr: bool,
}

fn flag(on: bool) -> char {
    if on {
        '1'
    } else {
        '0'
    }
}

impl Handover {
    pub fn of(form: &CheckForm, restored_draft: bool) -> Self {
        Handover {
            query: link::encode(&form.assessment),
            from_link: form.from_link,
            edited: form.edited,
            restored_draft,
            from_link_fields: form.from_link_fields.clone(),
            link_title: form.link_title.clone(),
            note: form.note.clone(),
            save: false,
            show_qr: false,
        }
    }

    /// Five flags (the last two: a save and the QR code are asked for), the query, the keys
    /// of the link's answers, the link's title (form-encoded), then the note, which may run
    /// over several lines.
    pub fn to_text(&self) -> String {
        let marked: Vec<&str> = self
            .from_link_fields
            .iter()
            .map(|field| field.key())
            .collect();
        format!(
            "{}{}{}{}{}\n{}\n{}\n{}\n{}",
            flag(self.from_link),
            flag(self.edited),
            flag(self.restored_draft),
            flag(self.save),
            flag(self.show_qr),
            self.query,
            marked.join(","),
            encode_component(self.link_title.as_deref().unwrap_or_default()),
            self.note
        )
    }

    /// `None` for anything `to_text` did not write.
    pub fn parse(text: &str) -> Option<Self> {
        let (flags, rest) = text.split_once('\n')?;
        let (query, rest) = rest.split_once('\n')?;
        let (marked, rest) = rest.split_once('\n')?;
        let (title, note) = rest.split_once('\n')?;
        let from_link_fields = marked
            .split(',')
            .filter(|key| !key.is_empty())
            .map(Field::from_key)
            .collect::<Option<Vec<Field>>>()?;
        let title = decode_component(title);
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
            from_link_fields,
            link_title: (!title.is_empty()).then_some(title),
            note: note.to_string(),
            save: on.next()??,
            show_qr: on.next()??,
        };
        on.next().is_none().then_some(handover)
    }

    /// The answers the form held.
    pub fn assessment(&self) -> Assessment {
        link::decode(&self.query).assessment
    }

    /// The form again, from an empty one holding the runner's units.
    pub fn into_form(self, empty: CheckForm) -> CheckForm {
        let mut form = empty.reduce(CheckAction::LoadSaved(Box::new(self.assessment())));
        form.from_link = self.from_link;
        form.edited = self.edited;
        form.from_link_fields = self.from_link_fields;
        form.link_title = self.link_title;
        form.note = self.note;
        form
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::field::Field;
    use crate::model::units::Units;

    fn filled() -> CheckForm {
        CheckForm::with_units(Units::Mi, None)
            .reduce(CheckAction::LoadLink(Box::new(link::decode(
                "v=1&week=45&prev=30,31,29,30&flags=locking&pain=3.75&weight=71.5",
            ))))
            .reduce(CheckAction::Edit(Field::Pain, "4".to_string()))
    }

    #[test]
    fn the_answers_and_their_flags_cross_whole() {
        let form = filled();
        let text = Handover::of(&form, true).to_text();
        let carried = Handover::parse(&text).expect("reads its own text");
        assert!(carried.restored_draft);
        assert!(!carried.save);
        assert_eq!(carried.assessment(), form.assessment);
        let again = carried.into_form(CheckForm::with_units(Units::Km, None));
        assert_eq!(again.assessment, form.assessment);
        assert!(again.from_link && again.edited);
        assert_eq!(again.text(Field::Week), form.text(Field::Week));
    }

    #[test]
    fn the_note_crosses_whatever_it_holds_with_a_save_or_without() {
        for note in [
            "",
            "sore on stairs",
            "two\nlines\n\nand a gap",
            "1110\nweek=4\n",
        ] {
            for save in [true, false] {
                let form = filled().reduce(CheckAction::EditNote(note.to_string()));
                let mut handover = Handover::of(&form, false);
                handover.save = save;
                handover.show_qr = note.is_empty();
                let carried = Handover::parse(&handover.to_text()).expect("reads its own text");
                assert_eq!(carried, handover, "{note:?}");
                let again = carried.into_form(CheckForm::with_units(Units::Km, None));
                assert_eq!(again.note, note);
            }
        }
    }

    #[test]
    fn a_links_marks_and_title_cross_with_the_answers() {
        let form = CheckForm::with_units(Units::Km, None).reduce(CheckAction::LoadLink(Box::new(
            link::decode("v=1&week=40&prev=30&added=hills&title=Hills%2C+week+3%0A"),
        )));
        let form = form.reduce(CheckAction::Edit(Field::Week, "41".to_string()));
        let carried = Handover::parse(&Handover::of(&form, false).to_text()).expect("reads it");
        let again = carried.into_form(CheckForm::with_units(Units::Km, None));
        assert_eq!(again.from_link_fields, [Field::Prev, Field::Added]);
        assert_eq!(again.link_title, form.link_title);
        assert!(again.link_title.is_some());
    }

    #[test]
    fn an_empty_form_crosses_empty() {
        let empty = CheckForm::with_units(Units::Km, None);
        let text = Handover::of(&empty, false).to_text();
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
            "11000\nweek=4",
            "11000\nweek=4\n\n",
            "1100\nweek=4\n\n\n",
            "110000\nweek=4\n\n\n",
            "1x000\nweek=4\n\n\n",
            "11000\nweek=4\nnot_a_field\n\n",
        ] {
            assert_eq!(Handover::parse(text), None, "{text:?}");
        }
    }
}
