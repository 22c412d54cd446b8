//! The kinds of answer a field can hold. Each kind knows how to read its text into the
//! assessment, write it back, check a stored value and (for choices) tick items, so the
//! field table only says which kind each field is and where its answer lives.

use crate::model::sorted::SortedMap;

use crate::model::assessment::{TightMuscle, Tightness};
use crate::model::choices::{row_of, Choice, TIGHTNESS_LEVELS};
use crate::model::list_answer::ListAnswer;
use crate::model::units::{format_number, parse_stones_and_pounds, Units, WeightUnits};

use super::parse::{self, CONVERSION_SLACK};
use super::problem::{shown_text, FieldError, Problem};
use super::Field;

/// The units an assessment shows its answers in.
#[derive(Debug, Clone, Copy)]
pub struct Reading {
    pub units: Units,
    pub weight_units: WeightUnits,
}

/// What a kind of answer does with the slot of `Assessment` that holds it. An empty text
/// never reaches `apply` for single answers (it clears them); lists read it as "none of these".
pub trait Kind<Slot> {
    /// Whether an empty value means "none of these" rather than "not answered".
    const IS_LIST: bool = false;

    /// Reads the text into the slot; on error the slot is unchanged.
    fn apply(
        &self,
        slot: &mut Slot,
        field: Field,
        text: &str,
        reading: Reading,
    ) -> Result<(), FieldError>;

    /// The slot as text `apply` reads back, or `None` when not answered.
    fn text(&self, slot: &Slot, reading: Reading) -> Option<String>;

    /// A stored value no form or link could have given (plausibility limits aside).
    fn out_of_range(&self, _slot: &Slot, _field: Field) -> Option<FieldError> {
        None
    }

    /// The answer's text as words, with its unit.
    fn words(&self, text: String, _reading: Reading) -> String {
        text
    }

    /// (key, label) of each choice, for the form; empty for numbers.
    fn choices(&self) -> Vec<(&'static str, &'static str)> {
        Vec::new()
    }

    /// Ticks one item of a list.
    fn tick(&self, _slot: &mut Slot, field: Field, key: &str, _on: bool) -> Result<(), FieldError> {
        Err(FieldError::new(
            field,
            Problem::UnknownChoice(shown_text(key)),
        ))
    }

    /// The ticked keys and whether "none of these" is chosen; `None` unless a list.
    fn ticked(&self, _slot: &Slot) -> Option<(Vec<&'static str>, bool)> {
        None
    }
}

fn labels<T>(choices: &[Choice<T>]) -> Vec<(&'static str, &'static str)> {
    choices.iter().map(|c| (c.key, c.label)).collect()
}

/// Names each key by its label; "None of these" for an empty list.
fn named<T>(text: &str, choices: &[Choice<T>]) -> String {
    let named: Vec<&str> = text
        .split(',')
        .filter(|key| !key.is_empty())
        .map(|key| {
            choices
                .iter()
                .find(|c| c.key == key)
                .map_or(key, |c| c.label)
        })
        .collect();
    if named.is_empty() {
        "None of these".to_string()
    } else {
        named.join(", ")
    }
}

/// A stored number that fails `ok`, named as out of range.
fn unless(slot: &Option<f64>, field: Field, ok: impl Fn(f64) -> bool) -> Option<FieldError> {
    slot.filter(|value| !ok(*value))
        .map(|value| FieldError::out_of_range(field, &format_number(value)))
}

fn distance_ok(km: f64) -> bool {
    km.is_finite() && km >= 0.0
}

/// Reads a distance in the runner's units as km, checking the limit after conversion so no
/// unit can overflow.
fn km(field: Field, text: &str, units: Units, max_km: f64) -> Result<f64, FieldError> {
    let km = units.to_km(parse::in_range(field, text, 0.0, f64::MAX)?);
    if !km.is_finite() || km > max_km + CONVERSION_SLACK {
        return Err(FieldError::out_of_range(field, text));
    }
    Ok(km)
}

/// One distance, held in km.
pub struct Distance {
    pub max_km: f64,
}

impl Kind<Option<f64>> for Distance {
    fn apply(
        &self,
        slot: &mut Option<f64>,
        field: Field,
        text: &str,
        reading: Reading,
    ) -> Result<(), FieldError> {
        *slot = Some(km(field, text, reading.units, self.max_km)?);
        Ok(())
    }

    fn text(&self, slot: &Option<f64>, reading: Reading) -> Option<String> {
        slot.map(|km| format_number(reading.units.from_km(km)))
    }

    fn out_of_range(&self, slot: &Option<f64>, field: Field) -> Option<FieldError> {
        unless(slot, field, distance_ok)
    }

    fn words(&self, text: String, reading: Reading) -> String {
        format!("{text} {}", reading.units.distance_label())
    }
}

/// A few distances, most recent first, each held in km.
pub struct Distances {
    pub max_km: f64,
    pub max_count: usize,
}

impl Kind<Vec<f64>> for Distances {
    fn apply(
        &self,
        slot: &mut Vec<f64>,
        field: Field,
        text: &str,
        reading: Reading,
    ) -> Result<(), FieldError> {
        let items = parse::list_items(field, text)?;
        if items.is_empty() || items.len() > self.max_count {
            return Err(FieldError::new(field, Problem::WrongCount(items.len())));
        }
        *slot = items
            .into_iter()
            .map(|item| km(field, item, reading.units, self.max_km))
            .collect::<Result<_, _>>()?;
        Ok(())
    }

    fn text(&self, slot: &Vec<f64>, reading: Reading) -> Option<String> {
        (!slot.is_empty()).then(|| {
            slot.iter()
                .map(|km| format_number(reading.units.from_km(*km)))
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    fn out_of_range(&self, slot: &Vec<f64>, field: Field) -> Option<FieldError> {
        if let Some(km) = slot.iter().find(|km| !distance_ok(**km)) {
            return Some(FieldError::out_of_range(field, &format_number(*km)));
        }
        (slot.len() > self.max_count)
            .then(|| FieldError::new(field, Problem::WrongCount(slot.len())))
    }

    fn words(&self, text: String, reading: Reading) -> String {
        format!(
            "{} {}",
            text.replace(',', ", "),
            reading.units.distance_label()
        )
    }
}

/// A whole number.
pub struct Whole {
    pub min: u16,
    pub max: u16,
    /// A lower limit for new answers, with the question a runner gets above it; a stored
    /// value between it and `max` still reads.
    pub plausible: Option<(u16, &'static str)>,
    /// How the number reads: `{}` is replaced by the value.
    pub reads: &'static str,
}

impl<T: Copy + Into<u16> + TryFrom<u16>> Kind<Option<T>> for Whole {
    fn apply(
        &self,
        slot: &mut Option<T>,
        field: Field,
        text: &str,
        _: Reading,
    ) -> Result<(), FieldError> {
        let value = parse::whole(field, text, self.min, self.max)?;
        if let Some((limit, question)) = self.plausible.filter(|(limit, _)| value > *limit) {
            let question = question.replace("{}", &value.to_string());
            return Err(FieldError::new(
                field,
                Problem::Implausible(format!("{question} (up to {limit})")),
            ));
        }
        *slot = Some(T::try_from(value).map_err(|_| FieldError::out_of_range(field, text))?);
        Ok(())
    }

    fn text(&self, slot: &Option<T>, _: Reading) -> Option<String> {
        slot.map(|value| value.into().to_string())
    }

    fn out_of_range(&self, slot: &Option<T>, field: Field) -> Option<FieldError> {
        slot.map(Into::into)
            .filter(|value: &u16| *value < self.min || *value > self.max)
            .map(|value| FieldError::out_of_range(field, &value.to_string()))
    }

    fn words(&self, text: String, _: Reading) -> String {
        self.reads.replace("{}", &text)
    }
}

/// A decimal within fixed limits, in units that never change (hours).
pub struct Decimal {
    pub min: f64,
    pub max: f64,
    pub reads: &'static str,
}

impl Kind<Option<f64>> for Decimal {
    fn apply(
        &self,
        slot: &mut Option<f64>,
        field: Field,
        text: &str,
        _: Reading,
    ) -> Result<(), FieldError> {
        *slot = Some(parse::in_range(field, text, self.min, self.max)?);
        Ok(())
    }

    fn text(&self, slot: &Option<f64>, _: Reading) -> Option<String> {
        slot.map(format_number)
    }

    fn out_of_range(&self, slot: &Option<f64>, field: Field) -> Option<FieldError> {
        unless(slot, field, |v| {
            v.is_finite() && (self.min..=self.max).contains(&v)
        })
    }

    fn words(&self, text: String, _: Reading) -> String {
        self.reads.replace("{}", &text)
    }
}

/// One of a fixed set of choices.
pub struct OneOf<T: 'static>(pub &'static [Choice<T>]);

impl<T: Copy + PartialEq> Kind<Option<T>> for OneOf<T> {
    fn apply(
        &self,
        slot: &mut Option<T>,
        field: Field,
        text: &str,
        _: Reading,
    ) -> Result<(), FieldError> {
        *slot = Some(parse::choice(field, text, self.0)?);
        Ok(())
    }

    fn text(&self, slot: &Option<T>, _: Reading) -> Option<String> {
        slot.map(|value| row_of(self.0, value).key.to_string())
    }

    fn words(&self, text: String, _: Reading) -> String {
        named(&text, self.0)
    }

    fn choices(&self) -> Vec<(&'static str, &'static str)> {
        labels(self.0)
    }
}

/// Any of a set of choices, or explicitly none of them.
pub struct AnyOf<T: 'static>(pub &'static [Choice<T>]);

impl<T: Copy + Ord> Kind<ListAnswer<T>> for AnyOf<T> {
    const IS_LIST: bool = true;

    fn apply(
        &self,
        slot: &mut ListAnswer<T>,
        field: Field,
        text: &str,
        _: Reading,
    ) -> Result<(), FieldError> {
        *slot = ListAnswer::of(parse::set(field, text, self.0)?);
        Ok(())
    }

    fn text(&self, slot: &ListAnswer<T>, _: Reading) -> Option<String> {
        slot.answered_items().map(|set| {
            set.iter()
                .map(|value| row_of(self.0, *value).key)
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    fn words(&self, text: String, _: Reading) -> String {
        named(&text, self.0)
    }

    fn choices(&self) -> Vec<(&'static str, &'static str)> {
        labels(self.0)
    }

    fn tick(
        &self,
        slot: &mut ListAnswer<T>,
        field: Field,
        key: &str,
        on: bool,
    ) -> Result<(), FieldError> {
        *slot = slot.with(parse::choice(field, key, self.0)?, on);
        Ok(())
    }

    fn ticked(&self, slot: &ListAnswer<T>) -> Option<(Vec<&'static str>, bool)> {
        let keys = slot
            .items()
            .into_iter()
            .map(|item| row_of(self.0, item).key)
            .collect();
        Some((keys, *slot == ListAnswer::NoneOfThese))
    }
}

/// A level of tightness for each muscle answered, as `muscle:level` pairs.
pub struct TightnessLevels(pub &'static [Choice<TightMuscle>]);

impl Kind<SortedMap<TightMuscle, Tightness>> for TightnessLevels {
    const IS_LIST: bool = true;

    fn apply(
        &self,
        slot: &mut SortedMap<TightMuscle, Tightness>,
        field: Field,
        text: &str,
        _: Reading,
    ) -> Result<(), FieldError> {
        let mut map = SortedMap::new();
        for item in parse::list_items(field, text)? {
            let unknown = || FieldError::new(field, Problem::UnknownChoice(shown_text(item)));
            let (muscle, level) = item.split_once(':').ok_or_else(unknown)?;
            let muscle = parse::choice(field, muscle.trim(), self.0)?;
            let level = parse::choice(field, level.trim(), TIGHTNESS_LEVELS)
                .map_err(|_| FieldError::out_of_range(field, level.trim()))?;
            if map.insert(muscle, level).is_some() {
                return Err(FieldError::new(field, Problem::Repeated(shown_text(item))));
            }
        }
        *slot = map;
        Ok(())
    }

    fn text(&self, slot: &SortedMap<TightMuscle, Tightness>, _: Reading) -> Option<String> {
        (!slot.is_empty()).then(|| {
            slot.iter()
                .map(|(muscle, level)| {
                    format!(
                        "{}:{}",
                        row_of(self.0, *muscle).key,
                        row_of(TIGHTNESS_LEVELS, *level).key
                    )
                })
                .collect::<Vec<_>>()
                .join(",")
        })
    }

    fn words(&self, text: String, _: Reading) -> String {
        text.split(',')
            .filter_map(|pair| pair.split_once(':'))
            .map(|(muscle, level)| {
                let muscle = self
                    .0
                    .iter()
                    .find(|c| c.key == muscle)
                    .map_or(muscle, |c| c.label);
                let level = TIGHTNESS_LEVELS
                    .iter()
                    .find(|c| c.key == level)
                    .map_or(level, |c| c.label);
                format!("{muscle}: {}", level.to_ascii_lowercase())
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn choices(&self) -> Vec<(&'static str, &'static str)> {
        labels(self.0)
    }
}

/// Body weights a runner could have, in kg.
const WEIGHT_LIMITS_KG: std::ops::RangeInclusive<f64> = 35.0..=250.0;

/// The same with the conversion slack at both ends, so a limit written in other units is
/// accepted.
const PLAUSIBLE_KG: std::ops::RangeInclusive<f64> =
    (*WEIGHT_LIMITS_KG.start() - CONVERSION_SLACK)..=(*WEIGHT_LIMITS_KG.end() + CONVERSION_SLACK);

/// A body weight in the runner's weight units, held in kg; stones also as `11st 4`. A number
/// that would be a plausible weight only in another unit gets a question rather than a
/// silent misreading.
pub struct BodyWeight;

impl Kind<Option<f64>> for BodyWeight {
    fn apply(
        &self,
        slot: &mut Option<f64>,
        field: Field,
        text: &str,
        reading: Reading,
    ) -> Result<(), FieldError> {
        let units = reading.weight_units;
        let weight = match (units, parse_stones_and_pounds(text)) {
            (WeightUnits::St, Some(stones)) => stones,
            _ => parse::decimal(field, text)?,
        };
        let kg = units.to_kg(weight);
        if PLAUSIBLE_KG.contains(&kg) {
            // Held within the limits themselves, so the weight written in any other unit
            // (rounded to hundredths) is read back within the slack, not beyond it.
            *slot = Some(kg.clamp(*WEIGHT_LIMITS_KG.start(), *WEIGHT_LIMITS_KG.end()));
            return Ok(());
        }
        let meant = WeightUnits::ALL
            .into_iter()
            .find(|other| *other != units && PLAUSIBLE_KG.contains(&other.to_kg(weight)));
        let problem = match meant {
            Some(other) => Problem::Implausible(format!(
                "{} {} is not a likely body weight; did you mean {} {}? Switch the weight units, or check the number",
                shown_text(text),
                units.label(),
                shown_text(text),
                other.label()
            )),
            None => Problem::OutOfRange(shown_text(text)),
        };
        Err(FieldError::new(field, problem))
    }

    fn text(&self, slot: &Option<f64>, reading: Reading) -> Option<String> {
        slot.map(|kg| format_number(reading.weight_units.from_kg(kg)))
    }

    fn out_of_range(&self, slot: &Option<f64>, field: Field) -> Option<FieldError> {
        unless(slot, field, |kg| kg.is_finite() && kg > 0.0)
    }

    fn words(&self, text: String, reading: Reading) -> String {
        format!("{text} {}", reading.weight_units.label())
    }
}

/// A change of body weight, negative for a loss, held in kg.
pub struct WeightChange {
    pub max_kg: f64,
}

impl Kind<Option<f64>> for WeightChange {
    fn apply(
        &self,
        slot: &mut Option<f64>,
        field: Field,
        text: &str,
        reading: Reading,
    ) -> Result<(), FieldError> {
        let kg = reading.weight_units.to_kg(parse::decimal(field, text)?);
        if !kg.is_finite() || kg.abs() > self.max_kg + CONVERSION_SLACK {
            return Err(FieldError::out_of_range(field, text));
        }
        *slot = Some(kg);
        Ok(())
    }

    fn text(&self, slot: &Option<f64>, reading: Reading) -> Option<String> {
        slot.map(|kg| format_number(reading.weight_units.from_kg(kg)))
    }

    fn out_of_range(&self, slot: &Option<f64>, field: Field) -> Option<FieldError> {
        unless(slot, field, f64::is_finite)
    }

    fn words(&self, text: String, reading: Reading) -> String {
        format!("{text} {}", reading.weight_units.label())
    }
}
