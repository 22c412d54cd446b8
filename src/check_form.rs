//! The check form's state and every change to it, as a pure reducer: what the runner typed,
//! the valid assessment it gives, and a message per field that could not be used. The
//! component layer only renders this and sends actions.

use crate::model::sorted::SortedMap;

use crate::history::recheck::NextCheck;
use crate::link::{DecodedLink, UnusedField};
use crate::model::assessment::{TightMuscle, Tightness};
use crate::model::field::{
    apply_field, clear_field, cross_field_problem, field_text, is_none_of_these, is_ticked, tick,
    Field,
};
use crate::model::units::{Units, WeightUnits};
use crate::model::what_if::Change;
use crate::model::Assessment;

/// How many weeks before the last seven the form asks about.
pub const PREVIOUS_WEEKS: usize = 4;

/// One folding section of the form: the questions it holds, and whether it starts open on
/// a phone (every section starts open on a wide screen).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FormSection {
    pub id: &'static str,
    pub title: &'static str,
    pub fields: &'static [Field],
    pub open_on_phones: bool,
}

/// The form, section by section, in the order a runner answers.
pub const FORM_SECTIONS: [FormSection; 8] = [
    FormSection {
        id: "section-training",
        title: "Training",
        fields: &[
            Field::Week,
            Field::Prev,
            Field::Longest,
            Field::Longest30,
            Field::Runs,
            Field::Added,
        ],
        open_on_phones: true,
    },
    FormSection {
        id: "section-strength",
        title: "Strength",
        fields: &[Field::Strength, Field::Focus],
        open_on_phones: false,
    },
    FormSection {
        id: "section-tightness",
        title: "Tightness and sitting",
        fields: &[Field::Tight, Field::Sitting],
        open_on_phones: false,
    },
    FormSection {
        id: "section-footwear",
        title: "Footwear",
        fields: &[Field::Shoes, Field::ShoeDist],
        open_on_phones: false,
    },
    FormSection {
        id: "section-body",
        title: "Body",
        fields: &[Field::Weight, Field::WeightChange, Field::Age],
        open_on_phones: false,
    },
    FormSection {
        id: "section-form",
        title: "Running form",
        fields: &[Field::Form, Field::Cadence],
        open_on_phones: false,
    },
    FormSection {
        id: "section-history",
        title: "History and feet",
        fields: &[Field::Injury, Field::Feet],
        open_on_phones: false,
    },
    FormSection {
        id: "section-symptoms",
        title: "Symptoms and warning signs",
        fields: &[Field::Pain, Field::PainSite, Field::PainWeeks, Field::Flags],
        open_on_phones: true,
    },
];

/// The questions a field asks: one, or one per muscle for tightness.
fn questions(field: Field) -> usize {
    match field {
        Field::Tight => field.choices().len(),
        _ => 1,
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct CheckForm {
    /// Only the values that passed validation; what the score is computed from.
    pub assessment: Assessment,
    /// The text of each single-value field as typed, kept even when it is invalid.
    pub texts: SortedMap<Field, String>,
    pub previous_week_texts: [String; PREVIOUS_WEEKS],
    /// One message per field whose text is not used.
    pub errors: SortedMap<Field, String>,
    /// Fields of the link the form was filled from that were not used.
    pub link_notice: Vec<UnusedField>,
    /// How many more unused fields the link had than `link_notice` names.
    pub link_notice_more: usize,
    pub from_link: bool,
    /// A suggested change shown beside the runner's own result; the answers are untouched
    /// until the runner chooses to use it.
    pub trying: Option<Change>,
    /// The form as it was before "Clear all answers", until the next change.
    pub cleared: Option<Box<CheckForm>>,
    /// The runner has changed something since the form was filled from a link or a saved
    /// check: only then is it an unsaved draft worth keeping.
    pub edited: bool,
    /// The note typed for the check's save, kept with the answers until the check is saved.
    pub note: String,
    /// Next week's check counted the weeks since on top of the last check's weeks of pain:
    /// what it says beside the answer until the runner changes it.
    pub pain_weeks_counted: Option<String>,
    /// A coach's title for the scenario the form was filled from (`title` in the link).
    pub link_title: Option<String>,
    /// The questions the link answered, marked in the form until the runner changes them:
    /// a coach's answers are a scenario, not the runner's own until they are checked.
    pub from_link_fields: Vec<Field>,
    /// A link opened over unsaved answers, waiting for the runner to choose which to keep.
    pub link_waiting: Option<Box<DecodedLink>>,
    /// The unsaved answers a link took the place of, to bring back on the runner's word.
    pub replaced: Option<Box<CheckForm>>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum CheckAction {
    /// A single-value field was typed in or chosen; empty text means not answered.
    Edit(Field, String),
    EditPreviousWeek(usize, String),
    /// A choice of a list field was ticked or unticked.
    Toggle(Field, &'static str, bool),
    /// The explicit "none of these" of a list field.
    NoneOfThese(Field, bool),
    SetTightness(TightMuscle, Option<Tightness>),
    SwitchUnits(Units),
    SwitchWeightUnits(WeightUnits),
    /// The page was opened at a fragment that is no address of the app.
    UnknownAddress(String),
    /// Uses a suggested change: the answers become the changed ones.
    Apply(Change),
    /// Shows what a suggested change would give, without changing the answers.
    Try(Change),
    /// Uses the change being tried.
    UseTried,
    /// Closes the change being tried; the answers stay the runner's own.
    KeepMine,
    /// Brings back the answers as they were before "Clear all answers".
    UndoClear,
    LoadLink(Box<DecodedLink>),
    /// A link was opened: it fills the form, unless the form holds unsaved answers, which
    /// it never replaces unasked.
    OfferLink(Box<DecodedLink>),
    /// The waiting link's answers take the place of the unsaved ones, which stay at hand.
    UseWaitingLink,
    /// The waiting link is set aside; the unsaved answers stay.
    KeepOwnAnswers,
    /// Brings back the unsaved answers a link took the place of.
    BringBackReplaced,
    /// A saved check reopened as the start of a new one.
    LoadSaved(Box<Assessment>),
    /// Next week's check, made by `CheckForm::next_week`, takes the form's place.
    StartNextWeek(Box<CheckForm>),
    DismissLinkNotice,
    /// The note for the save was typed in.
    EditNote(String),
    /// The check was saved with its note: the note starts again empty, and the form is no
    /// longer an unsaved draft.
    Saved,
    Clear,
}

impl CheckForm {
    /// A form with the given units preferences and nothing answered.
    pub fn with_units(units: Units, weight_units: Option<WeightUnits>) -> Self {
        CheckForm {
            assessment: Assessment {
                units,
                weight_units,
                ..Assessment::default()
            },
            ..CheckForm::default()
        }
    }

    fn from_assessment(assessment: Assessment) -> Self {
        let mut form = CheckForm {
            assessment,
            ..CheckForm::default()
        };
        form.refresh_texts();
        form
    }

    /// Rewrites the texts of every field that has no error from the assessment, so they
    /// show its values in its units.
    fn refresh_texts(&mut self) {
        for field in Field::ALL {
            if field.is_list() || field == Field::Prev || self.errors.contains_key(&field) {
                continue;
            }
            self.texts.insert(
                field,
                field_text(&self.assessment, field).unwrap_or_default(),
            );
        }
        if !self.errors.contains_key(&Field::Prev) {
            let units = self.assessment.units;
            let weeks = &self.assessment.previous_weeks_km;
            for (index, text) in self.previous_week_texts.iter_mut().enumerate() {
                *text = weeks.get(index).map_or_else(String::new, |km| {
                    crate::model::units::format_number(units.from_km(*km))
                });
            }
        }
    }

    fn record(&mut self, field: Field, result: Result<(), String>) {
        match result {
            Ok(()) => {
                self.errors.remove(&field);
            }
            Err(message) => {
                clear_field(&mut self.assessment, field);
                self.errors.insert(field, message);
            }
        }
    }

    fn edit(&mut self, field: Field, text: String) {
        if field == Field::PainWeeks {
            self.pain_weeks_counted = None;
        }
        let result = apply_field(&mut self.assessment, field, &text).map_err(|e| e.to_string());
        self.texts.insert(field, text);
        self.record(field, result);
    }

    /// The four week boxes make one `prev` field: filled in order, most recent first.
    fn edit_previous_week(&mut self, index: usize, text: String) {
        if let Some(slot) = self.previous_week_texts.get_mut(index) {
            *slot = text;
        }
        self.read_previous_weeks();
    }

    fn read_previous_weeks(&mut self) {
        let texts: Vec<&str> = self.previous_week_texts.iter().map(|t| t.trim()).collect();
        let filled = texts
            .iter()
            .rposition(|t| !t.is_empty())
            .map_or(0, |last| last + 1);
        let result = if let Some(gap) = texts[..filled].iter().position(|t| t.is_empty()) {
            Err(format!(
                "week {} before is empty; fill the weeks in order, most recent first",
                gap + 1
            ))
        } else if let Some(bad) = texts[..filled].iter().find(|t| t.contains(',')) {
            Err(format!("\"{bad}\" is not a number; one distance per box"))
        } else {
            apply_field(
                &mut self.assessment,
                Field::Prev,
                &texts[..filled].join(","),
            )
            .map_err(|e| e.to_string())
        };
        self.record(Field::Prev, result);
    }

    fn toggle(&mut self, field: Field, key: &str, on: bool) {
        let result = tick(&mut self.assessment, field, key, on).map_err(|e| e.to_string());
        self.record(field, result);
    }

    /// Sets aside a long run longer than the week with a message, and takes the typed value
    /// back once the two answers agree again.
    fn check_answers_agree(&mut self) {
        let text = self.text(Field::Longest);
        if text.trim().is_empty() {
            return;
        }
        let mut candidate = self.assessment.clone();
        if apply_field(&mut candidate, Field::Longest, &text).is_err() {
            return;
        }
        match cross_field_problem(&candidate) {
            Some(error) => self.record(error.field, Err(error.to_string())),
            None => {
                self.assessment = candidate;
                self.errors.remove(&Field::Longest);
            }
        }
    }

    pub fn reduce(mut self, action: CheckAction) -> Self {
        self = self.reduce_action(action);
        self.check_answers_agree();
        self
    }

    fn reduce_action(mut self, action: CheckAction) -> Self {
        // A preview or an undo belongs to the answers it was made from: any other change
        // closes it.
        let keeps_preview = matches!(
            action,
            CheckAction::Try(_) | CheckAction::UseTried | CheckAction::KeepMine
        );
        if !keeps_preview {
            self.trying = None;
        }
        let edits = !matches!(
            action,
            CheckAction::LoadLink(_)
                | CheckAction::OfferLink(_)
                | CheckAction::UseWaitingLink
                | CheckAction::KeepOwnAnswers
                | CheckAction::LoadSaved(_)
                | CheckAction::UnknownAddress(_)
                | CheckAction::DismissLinkNotice
                | CheckAction::Try(_)
                | CheckAction::KeepMine
                | CheckAction::Saved
        );
        let cleared = if matches!(action, CheckAction::UndoClear) {
            self.cleared.take()
        } else {
            self.cleared = None;
            None
        };
        let touched = match action {
            CheckAction::Edit(field, _)
            | CheckAction::Toggle(field, _, _)
            | CheckAction::NoneOfThese(field, _) => Some(field),
            CheckAction::EditPreviousWeek(..) => Some(Field::Prev),
            CheckAction::SetTightness(..) => Some(Field::Tight),
            _ => None,
        };
        // Only a change to answers in place unmarks a link's answers; a switch of units
        // rewrites every distance without changing one.
        let before = (touched.is_some()
            || matches!(action, CheckAction::Apply(_) | CheckAction::UseTried))
        .then(|| self.assessment.clone());
        match action {
            CheckAction::Edit(field, text) => self.edit(field, text),
            CheckAction::EditPreviousWeek(index, text) => self.edit_previous_week(index, text),
            CheckAction::Toggle(field, key, on) => self.toggle(field, key, on),
            CheckAction::NoneOfThese(field, on) => {
                if on {
                    let result = apply_field(&mut self.assessment, field, "");
                    self.record(field, result.map_err(|e| e.to_string()));
                } else {
                    clear_field(&mut self.assessment, field);
                }
            }
            CheckAction::SetTightness(muscle, level) => match level {
                Some(level) => {
                    self.assessment.tightness.insert(muscle, level);
                }
                None => {
                    self.assessment.tightness.remove(&muscle);
                }
            },
            CheckAction::SwitchUnits(units) => {
                self.assessment.units = units;
                self.refresh_texts();
            }
            CheckAction::SwitchWeightUnits(units) => {
                self.assessment.weight_units = Some(units);
                self.errors.remove(&Field::Weight);
                self.errors.remove(&Field::WeightChange);
                self.refresh_texts();
            }
            CheckAction::UnknownAddress(original) => {
                self.link_notice = vec![UnusedField {
                    key: format!("#{original}"),
                    reason: "is not an address in this app, so the check opened instead"
                        .to_string(),
                }];
                self.link_notice_more = 0;
                self.from_link = true;
            }
            CheckAction::Apply(change) => {
                self.assessment = change.apply(&self.assessment);
                self.refresh_texts();
            }
            CheckAction::Try(change) => self.trying = Some(change),
            CheckAction::UseTried => {
                if let Some(change) = self.trying.take() {
                    self.assessment = change.apply(&self.assessment);
                    self.refresh_texts();
                }
            }
            CheckAction::KeepMine => self.trying = None,
            CheckAction::UndoClear => {
                if let Some(before) = cleared {
                    self = *before;
                }
            }
            CheckAction::LoadLink(decoded) => self = CheckForm::from_link(*decoded),
            CheckAction::OfferLink(decoded) => {
                if self.edited && !(self.is_empty() && self.note.trim().is_empty()) {
                    self.link_waiting = Some(decoded);
                } else {
                    self = CheckForm::from_link(*decoded);
                }
            }
            CheckAction::UseWaitingLink => {
                if let Some(decoded) = self.link_waiting.take() {
                    let mine = std::mem::take(&mut self);
                    self = CheckForm::from_link(*decoded);
                    self.replaced = Some(Box::new(mine));
                }
            }
            CheckAction::KeepOwnAnswers => self.link_waiting = None,
            CheckAction::BringBackReplaced => {
                if let Some(mine) = self.replaced.take() {
                    self = *mine;
                }
            }
            CheckAction::LoadSaved(assessment) => self = CheckForm::from_assessment(*assessment),
            CheckAction::StartNextWeek(next) => self = *next,
            CheckAction::DismissLinkNotice => {
                self.link_notice.clear();
                self.link_notice_more = 0;
                self.from_link = false;
            }
            CheckAction::EditNote(note) => self.note = note,
            CheckAction::Saved => {
                self.note.clear();
                self.pain_weeks_counted = None;
                self.edited = false;
            }
            CheckAction::Clear => {
                let before = self.clone();
                self = CheckForm::with_units(self.assessment.units, self.assessment.weight_units);
                self.cleared = Some(Box::new(before));
            }
        }
        self.edited |= edits;
        if let Some(before) = before {
            let now = &self.assessment;
            self.from_link_fields.retain(|field| {
                Some(*field) != touched && field_text(&before, *field) == field_text(now, *field)
            });
        }
        self
    }

    /// Next week's check from the last saved one: the weeks moved along, this week's own
    /// questions left to answer, and any week in between left for the runner to fill. Made
    /// here, outside the reducer, since only the whole app (with its history) asks for it.
    pub fn next_week(next: NextCheck) -> Self {
        let units = next.assessment.units;
        let counted = next
            .pain_weeks_then
            .zip(next.assessment.pain_weeks)
            .map(|(then, now)| format!("{now}: the {then} of your last check and {} since. Change it if the pain stopped or started in between.", now - then));
        let mut form = CheckForm::from_assessment(next.assessment);
        form.pain_weeks_counted = counted;
        for (text, week) in form
            .previous_week_texts
            .iter_mut()
            .zip(&next.previous_weeks)
        {
            *text = week.map_or_else(String::new, |km| {
                crate::model::units::format_number(units.from_km(km))
            });
        }
        form.read_previous_weeks();
        form
    }

    /// The form as a link fills it, every answer it gives marked as the link's.
    fn from_link(decoded: DecodedLink) -> Self {
        let mut form = CheckForm::from_assessment(decoded.assessment);
        form.from_link_fields = Field::ALL
            .into_iter()
            .filter(|field| field_text(&form.assessment, *field).is_some())
            .collect();
        form.link_notice = decoded.unused;
        form.link_notice_more = decoded.more_unused;
        form.link_title = decoded.title;
        form.from_link = true;
        form
    }

    /// Whether this answer came from the link and the runner has not changed it.
    pub fn is_from_link(&self, field: Field) -> bool {
        self.from_link_fields.contains(&field)
    }

    /// Whether nothing at all is answered (the units aside).
    pub fn is_empty(&self) -> bool {
        Field::ALL
            .into_iter()
            .all(|field| field_text(&self.assessment, field).is_none())
    }

    /// What a check needs before it can be saved, in words; `None` once it can be. Without
    /// its weekly distances a check has no band, and a history of those would trend nothing;
    /// a warning sign is worth keeping for the physio whatever else is missing.
    pub fn missing_for_save(&self) -> Option<String> {
        if self.assessment.flags.any() {
            return None;
        }
        let mut missing = Vec::new();
        if self.assessment.week_km.is_none() {
            missing.push("your distance in the last 7 days");
        }
        if self.assessment.previous_weeks_km.is_empty() {
            missing.push("at least the week before it");
        }
        (!missing.is_empty()).then(|| format!("To save this check, add {}.", missing.join(" and ")))
    }

    /// The text to show in a single-value field's control.
    pub fn text(&self, field: Field) -> String {
        self.texts.get(&field).cloned().unwrap_or_default()
    }

    /// Whether a list field's "none of these" is the answer.
    pub fn is_none_of_these(&self, field: Field) -> bool {
        is_none_of_these(&self.assessment, field)
    }

    /// How many of a section's questions are answered, and how many it asks. Warning
    /// signs count once a sign is ticked; tightness counts each muscle.
    pub fn answered_in(&self, section: &FormSection) -> (usize, usize) {
        let asked: Vec<Field> = section
            .fields
            .iter()
            .copied()
            .filter(|field| self.asks(*field))
            .collect();
        let answered = asked
            .iter()
            .map(|field| match field {
                Field::Tight => self.assessment.tightness.len(),
                field => usize::from(field_text(&self.assessment, *field).is_some()),
            })
            .sum();
        (answered, asked.iter().map(|field| questions(*field)).sum())
    }

    /// Whether the form asks this question now: which muscles strength work trains means
    /// nothing while there are no sessions.
    pub fn asks(&self, field: Field) -> bool {
        !(field == Field::Focus && self.assessment.strength_sessions == Some(0))
    }

    /// Answered and asked over the whole form, for the progress line.
    pub fn progress(&self) -> (usize, usize) {
        FORM_SECTIONS
            .iter()
            .map(|section| self.answered_in(section))
            .fold((0, 0), |(a, t), (answered, total)| {
                (a + answered, t + total)
            })
    }

    pub fn is_chosen(&self, field: Field, key: &str) -> bool {
        is_ticked(&self.assessment, field, key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::link::decode;
    use crate::model::list_answer::ListAnswer;
    use crate::model::score::score_only;

    fn typed(form: CheckForm, field: Field, text: &str) -> CheckForm {
        form.reduce(CheckAction::Edit(field, text.to_string()))
    }

    #[test]
    fn every_field_is_asked_in_exactly_one_section() {
        let mut asked: Vec<Field> = FORM_SECTIONS
            .iter()
            .flat_map(|section| section.fields.iter().copied())
            .collect();
        asked.sort();
        assert_eq!(asked, Field::ALL.to_vec());
    }

    #[test]
    fn section_counts_are_computed_from_the_answers() {
        let symptoms = &FORM_SECTIONS[7];
        let form = typed(CheckForm::default(), Field::Pain, "3");
        assert_eq!(form.answered_in(symptoms), (1, 4));
        let tightness = &FORM_SECTIONS[2];
        let form = form.reduce(CheckAction::SetTightness(
            TightMuscle::Calves,
            Some(Tightness::Mild),
        ));
        assert_eq!(form.answered_in(tightness), (1, 5));
    }

    #[test]
    fn typing_updates_the_assessment() {
        let form = typed(CheckForm::default(), Field::Strength, "0");
        assert_eq!(form.assessment.strength_sessions, Some(0));
        let no_strength = crate::model::score::score_of_rate(
            crate::model::weights::WEIGHTS.strength_none_rate.value,
        );
        assert_eq!(score_only(&form.assessment), no_strength.round() as u8);
    }

    #[test]
    fn an_invalid_value_keeps_its_text_shows_a_message_and_is_not_scored() {
        let form = typed(CheckForm::default(), Field::Strength, "0");
        let form = typed(form, Field::Strength, "lots");
        assert_eq!(form.text(Field::Strength), "lots");
        assert!(form.errors[&Field::Strength].contains("0 to 14"));
        assert_eq!(form.assessment.strength_sessions, None);
        let form = typed(form, Field::Strength, "3");
        assert!(form.errors.is_empty());
    }

    #[test]
    fn week_boxes_must_be_filled_in_order() {
        let form = CheckForm::default()
            .reduce(CheckAction::EditPreviousWeek(0, "30".into()))
            .reduce(CheckAction::EditPreviousWeek(2, "28".into()));
        assert!(form.errors[&Field::Prev].contains("week 2"));
        assert!(form.assessment.previous_weeks_km.is_empty());
        let form = form.reduce(CheckAction::EditPreviousWeek(1, "29".into()));
        assert_eq!(form.assessment.previous_weeks_km, vec![30.0, 29.0, 28.0]);
        assert!(form.errors.is_empty());
    }

    #[test]
    fn switching_units_converts_what_was_entered() {
        let form = typed(CheckForm::default(), Field::Week, "16.09")
            .reduce(CheckAction::EditPreviousWeek(0, "32.19".into()))
            .reduce(CheckAction::SwitchUnits(Units::Mi));
        assert_eq!(form.text(Field::Week), "10");
        assert_eq!(form.previous_week_texts[0], "20");
        let back = form.reduce(CheckAction::SwitchUnits(Units::Km));
        assert_eq!(back.text(Field::Week), "16.09");
    }

    #[test]
    fn ticking_nothing_is_unknown_and_none_of_these_is_an_answer() {
        let form = CheckForm::default().reduce(CheckAction::Toggle(Field::Added, "hills", true));
        assert!(form.is_chosen(Field::Added, "hills"));
        let form = form.reduce(CheckAction::Toggle(Field::Added, "hills", false));
        assert_eq!(form.assessment.added, ListAnswer::Unanswered);
        let form = form.reduce(CheckAction::NoneOfThese(Field::Added, true));
        assert!(form.is_none_of_these(Field::Added));
    }

    #[test]
    fn a_link_fills_the_form_and_lists_what_it_could_not_use() {
        let decoded = decode("v=1&units=mi&week=20&runs=99");
        let form = CheckForm::default().reduce(CheckAction::LoadLink(Box::new(decoded)));
        assert!(form.from_link);
        assert_eq!(form.text(Field::Week), "20");
        assert_eq!(form.link_notice[0].key, "runs");
        assert_eq!(form.assessment.units, Units::Mi);
    }

    #[test]
    fn trying_a_change_shows_it_without_touching_the_answers() {
        let mine = typed(CheckForm::default(), Field::Week, "45")
            .reduce(CheckAction::EditPreviousWeek(0, "30".into()));
        let trying = mine
            .clone()
            .reduce(CheckAction::Try(Change::HoldWeekTo(33.0)));
        assert_eq!(trying.assessment, mine.assessment);
        assert_eq!(trying.trying, Some(Change::HoldWeekTo(33.0)));
        let back = trying.clone().reduce(CheckAction::KeepMine);
        assert_eq!(back.assessment, mine.assessment);
        assert_eq!(back.trying, None);
        let used = trying.clone().reduce(CheckAction::UseTried);
        assert_eq!(used.text(Field::Week), "33");
        let edited = trying.reduce(CheckAction::Edit(Field::Runs, "4".into()));
        assert_eq!(
            edited.trying, None,
            "a preview of older answers closes on an edit"
        );
    }

    #[test]
    fn clearing_can_be_undone_until_the_next_change() {
        let mine = typed(CheckForm::default(), Field::Week, "45")
            .reduce(CheckAction::Edit(Field::Pain, "2".into()));
        let cleared = mine.clone().reduce(CheckAction::Clear);
        assert_eq!(cleared.assessment.week_km, None);
        let undone = cleared.clone().reduce(CheckAction::UndoClear);
        assert_eq!(undone.assessment, mine.assessment);
        assert_eq!(undone.text(Field::Week), "45");
        let moved_on = cleared.reduce(CheckAction::Edit(Field::Runs, "3".into()));
        assert!(moved_on.cleared.is_none());
    }

    #[test]
    fn a_check_without_its_weekly_distances_says_what_saving_needs() {
        let empty = CheckForm::default();
        assert_eq!(
            empty.missing_for_save().as_deref(),
            Some("To save this check, add your distance in the last 7 days and at least the week before it.")
        );
        let week = typed(empty, Field::Week, "30");
        assert!(week.missing_for_save().unwrap().contains("week before"));
        assert!(week
            .clone()
            .reduce(CheckAction::EditPreviousWeek(0, "30".into()))
            .missing_for_save()
            .is_none());
        let warning = week.reduce(CheckAction::Toggle(Field::Flags, "locking", true));
        assert!(
            warning.missing_for_save().is_none(),
            "a warning sign can always be kept"
        );
    }

    #[test]
    fn next_week_fills_the_weeks_and_asks_for_a_missing_one() {
        let next = NextCheck {
            assessment: Assessment::default(),
            previous_weeks: vec![None, Some(40.0), Some(35.0)],
            weeks_since: 2,
            pain_weeks_then: None,
        };
        let form = CheckForm::default().reduce(CheckAction::StartNextWeek(Box::new(
            CheckForm::next_week(next),
        )));
        assert_eq!(form.previous_week_texts, ["", "40", "35", ""]);
        assert!(form.errors[&Field::Prev].contains("week 1 before is empty"));
        let filled = form.reduce(CheckAction::EditPreviousWeek(0, "38".into()));
        assert_eq!(filled.assessment.previous_weeks_km, [38.0, 40.0, 35.0]);
    }

    #[test]
    fn next_week_says_it_counted_the_weeks_of_pain_until_they_are_changed() {
        let next = NextCheck {
            assessment: Assessment {
                pain_weeks: Some(5),
                ..Assessment::default()
            },
            previous_weeks: vec![None, Some(40.0)],
            weeks_since: 2,
            pain_weeks_then: Some(3),
        };
        let form = CheckForm::default().reduce(CheckAction::StartNextWeek(Box::new(
            CheckForm::next_week(next),
        )));
        assert_eq!(form.text(Field::PainWeeks), "5");
        let said = form.pain_weeks_counted.clone().expect("it says so");
        assert!(
            said.starts_with("5: the 3 of your last check and 2 since"),
            "{said}"
        );
        let changed = typed(form, Field::PainWeeks, "1");
        assert_eq!(changed.pain_weeks_counted, None);
    }

    #[test]
    fn the_note_is_part_of_the_draft_until_the_check_is_saved() {
        let form = CheckForm::default().reduce(CheckAction::EditNote("sore on stairs".into()));
        assert_eq!(form.note, "sore on stairs");
        assert!(form.edited, "a typed note makes the form worth keeping");
        let saved = form.reduce(CheckAction::Saved);
        assert!(saved.note.is_empty() && !saved.edited);
    }

    #[test]
    fn muscle_groups_are_not_asked_without_strength_sessions() {
        let none = typed(CheckForm::default(), Field::Strength, "0");
        assert!(!none.asks(Field::Focus));
        let strength = FORM_SECTIONS
            .iter()
            .find(|s| s.fields.contains(&Field::Focus))
            .unwrap();
        assert_eq!(none.answered_in(strength), (1, 1));
        let two = typed(none, Field::Strength, "2");
        assert!(two.asks(Field::Focus));
        assert_eq!(two.answered_in(strength), (1, 2));
        assert_eq!(CheckForm::default().progress().0, 0);
    }

    #[test]
    fn applying_a_what_if_rewrites_the_form() {
        let form = typed(CheckForm::default(), Field::Week, "45")
            .reduce(CheckAction::EditPreviousWeek(0, "30".into()))
            .reduce(CheckAction::Apply(Change::HoldWeekTo(33.0)));
        assert_eq!(form.text(Field::Week), "33");
    }

    #[test]
    fn a_links_answers_stay_marked_until_the_runner_changes_them() {
        let decoded = decode("v=1&week=40&prev=30,30&pain=2&added=hills&units=mi");
        let form = CheckForm::default().reduce(CheckAction::LoadLink(Box::new(decoded)));
        for field in [Field::Week, Field::Prev, Field::Pain, Field::Added] {
            assert!(form.is_from_link(field), "{field:?} is the link's");
        }
        assert!(!form.is_from_link(Field::Runs), "nothing came for runs");
        let form = form.reduce(CheckAction::SwitchUnits(Units::Km));
        assert!(
            form.is_from_link(Field::Week),
            "a switch of units changes no answer"
        );
        let form = typed(form, Field::Pain, "2");
        assert!(
            !form.is_from_link(Field::Pain),
            "typed over, even the same, it is the runner's"
        );
        let form = form
            .reduce(CheckAction::Toggle(Field::Added, "speed", true))
            .reduce(CheckAction::EditPreviousWeek(2, "31".into()));
        assert!(!form.is_from_link(Field::Added) && !form.is_from_link(Field::Prev));
        let form = form.reduce(CheckAction::Apply(Change::HoldWeekTo(50.0)));
        assert!(
            !form.is_from_link(Field::Week),
            "a what-if used changes the answer"
        );
        let cleared = form.reduce(CheckAction::Clear);
        assert!(cleared.from_link_fields.is_empty());
    }

    #[test]
    fn a_link_never_replaces_unsaved_answers_unasked() {
        let mine = typed(CheckForm::default(), Field::Week, "45");
        let offered = mine.clone().reduce(CheckAction::OfferLink(Box::new(decode(
            "v=1&week=20&title=Club",
        ))));
        assert_eq!(offered.text(Field::Week), "45", "the runner's answers stay");
        assert!(offered.link_waiting.is_some());
        let kept = offered.clone().reduce(CheckAction::KeepOwnAnswers);
        assert_eq!(kept.assessment, mine.assessment);
        assert!(kept.link_waiting.is_none());
        let used = offered.reduce(CheckAction::UseWaitingLink);
        assert_eq!(used.text(Field::Week), "20");
        assert_eq!(used.link_title.as_deref(), Some("Club"));
        assert!(!used.edited, "a link's form is no draft until changed");
        let back = used.reduce(CheckAction::BringBackReplaced);
        assert_eq!(back.assessment, mine.assessment);
        assert!(back.edited, "brought back, it is the draft again");
        assert!(back.replaced.is_none());
    }

    #[test]
    fn a_link_fills_a_form_with_nothing_unsaved_at_once() {
        let fresh =
            CheckForm::default().reduce(CheckAction::OfferLink(Box::new(decode("v=1&week=20"))));
        assert_eq!(fresh.text(Field::Week), "20");
        let from_link = fresh.reduce(CheckAction::OfferLink(Box::new(decode("v=1&week=30"))));
        assert_eq!(
            from_link.text(Field::Week),
            "30",
            "another link over an unchanged link's answers"
        );
        let cleared = typed(from_link, Field::Week, "")
            .reduce(CheckAction::OfferLink(Box::new(decode("v=1&week=25"))));
        assert_eq!(
            cleared.text(Field::Week),
            "25",
            "an emptied form holds nothing to lose"
        );
    }
}
