//! Why a value could not be used, worded so a runner (or a coach fixing a link) knows what
//! would be accepted.

use std::fmt;

use super::Field;

/// Why a value could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    NotANumber(String),
    NotWhole(String),
    OutOfRange(String),
    UnknownChoice(String),
    Repeated(String),
    /// The list's item at this place (from 1) is empty, as in `30,,28`.
    EmptyItem(usize),
    WrongCount(usize),
    /// A value that parses but no runner could mean; the text says what to check.
    Implausible(String),
}

/// A field's value was rejected; it names the field and says what would be accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl FieldError {
    pub(super) fn new(field: Field, problem: Problem) -> Self {
        FieldError { field, problem }
    }

    pub(super) fn out_of_range(field: Field, text: &str) -> Self {
        FieldError::new(field, Problem::OutOfRange(shown_text(text)))
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let allowed = self.field.allowed();
        match &self.problem {
            Problem::Empty => write!(f, "no value was given; expected {allowed}"),
            Problem::NotANumber(text) => {
                write!(f, "\"{text}\" is not a number; expected {allowed}")
            }
            Problem::NotWhole(text) => {
                write!(f, "\"{text}\" is not a whole number; expected {allowed}")
            }
            Problem::OutOfRange(text) => write!(f, "{text} is out of range; expected {allowed}"),
            Problem::UnknownChoice(text) => {
                write!(f, "\"{text}\" is not a known choice; expected {allowed}")
            }
            Problem::Repeated(text) => write!(f, "\"{text}\" is given twice; expected {allowed}"),
            Problem::EmptyItem(place) => {
                write!(f, "value {place} of the list is empty; expected {allowed}")
            }
            Problem::WrongCount(count) => {
                write!(f, "{count} values were given; expected {allowed}")
            }
            Problem::Implausible(why) => write!(f, "{why}"),
        }
    }
}

/// Long texts are cut when a message repeats them, so a hostile value cannot flood the page.
pub fn shown_text(text: &str) -> String {
    const SHOWN: usize = 60;
    if text.chars().count() > SHOWN {
        format!("{}…", text.chars().take(SHOWN).collect::<String>())
    } else {
        text.to_string()
    }
}
