//! Reading the text a runner typed or a link carried: plain decimals only, whole numbers,
//! choices and comma lists. Every kind of field goes through these.

use crate::model::sorted::SortedSet;

use super::problem::{shown_text, FieldError, Problem};
use super::Field;
use crate::model::choices::{by_key, Choice};
use crate::model::decimal::parse_plain_decimal;

/// Limits are checked after unit conversion; a value written to two decimals in other units
/// lands within this of the limit (half a hundredth of a stone is 0.032 kg, the largest),
/// and must not tip out.
pub const CONVERSION_SLACK: f64 = 0.05;

/// Parses a plain decimal such as `12`, `12.5` or `-3`: no exponents, no `inf`, no `NaN`,
/// so nothing a person would not write gets through.
pub fn decimal(field: Field, text: &str) -> Result<f64, FieldError> {
    parse_plain_decimal(text)
        .filter(|value| value.is_finite())
        .ok_or_else(|| FieldError::new(field, Problem::NotANumber(shown_text(text))))
}

pub fn in_range(field: Field, text: &str, min: f64, max: f64) -> Result<f64, FieldError> {
    let value = decimal(field, text)?;
    if value < min || value > max {
        return Err(FieldError::out_of_range(field, text));
    }
    Ok(value)
}

pub fn whole(field: Field, text: &str, min: u16, max: u16) -> Result<u16, FieldError> {
    let value = decimal(field, text)?;
    if value.fract() != 0.0 {
        return Err(FieldError::new(field, Problem::NotWhole(shown_text(text))));
    }
    if value < f64::from(min) || value > f64::from(max) {
        return Err(FieldError::out_of_range(field, text));
    }
    Ok(value as u16)
}

pub fn choice<T: Copy>(field: Field, text: &str, choices: &[Choice<T>]) -> Result<T, FieldError> {
    by_key(choices, text)
        .ok_or_else(|| FieldError::new(field, Problem::UnknownChoice(shown_text(text))))
}

/// Splits a comma list, trimming each item; an empty text is the empty list. An empty item
/// (`30,,28`) is refused by its place, so a link's notice says which value is missing.
pub fn list_items(field: Field, text: &str) -> Result<Vec<&str>, FieldError> {
    if text.is_empty() {
        return Ok(Vec::new());
    }
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    match items.iter().position(|item| item.is_empty()) {
        Some(gap) => Err(FieldError::new(field, Problem::EmptyItem(gap + 1))),
        None => Ok(items),
    }
}

/// A comma list of choices, each at most once.
pub fn set<T: Copy + Ord>(
    field: Field,
    text: &str,
    choices: &[Choice<T>],
) -> Result<SortedSet<T>, FieldError> {
    let mut set = SortedSet::new();
    for item in list_items(field, text)? {
        if !set.insert(choice(field, item, choices)?) {
            return Err(FieldError::new(field, Problem::Repeated(shown_text(item))));
        }
    }
    Ok(set)
}
