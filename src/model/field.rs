//! The fields of a check, their link keys and allowed values, and the one parser per field
//! that both the form and the link decoder go through, so they can never disagree.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use super::assessment::{
    AddedTraining, Assessment, FootMechanics, FormSign, InjuryHistory, PainSite, ShoeChange,
    StrengthFocus, TightMuscle, Tightness, WarningSign,
};
use super::list_answer::ListAnswer;
use super::units::{format_number, parse_stones_and_pounds, Units, WeightUnits};

/// Declares the check's fields once: each row gives the enum variant, its link key, whether
/// an empty value means "none of these" (a list) or "not answered", how a runner would name
/// it, what it accepts in words, and a line of help (empty for none). `ALL`, `key`,
/// `from_key`, `label`, `allowed`, `help` and `is_list` all come from this table.
macro_rules! fields_table {
    ($($field:ident = $key:literal, $shape:ident, $label:literal, $allowed:literal, $help:literal;)*) => {
        /// A field of the check, named as in the link contract.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Field {
            $($field,)*
        }

        impl Field {
            pub const ALL: [Field; fields_table!(@count $($field)*)] = [$(Field::$field,)*];

            /// The key used in check links.
            pub fn key(self) -> &'static str {
                match self {
                    $(Field::$field => $key,)*
                }
            }

            /// How a runner would name the field.
            pub fn label(self) -> &'static str {
                match self {
                    $(Field::$field => $label,)*
                }
            }

            /// What the field accepts, in words, for messages.
            pub fn allowed(self) -> &'static str {
                match self {
                    $(Field::$field => $allowed,)*
                }
            }

            /// A line of help under the question, where it needs one.
            pub fn help(self) -> Option<&'static str> {
                let help = match self {
                    $(Field::$field => $help,)*
                };
                (!help.is_empty()).then_some(help)
            }

            /// Whether an empty value means "none of these" (lists) rather than "not answered".
            pub fn is_list(self) -> bool {
                match self {
                    $(Field::$field => fields_table!(@is_list $shape),)*
                }
            }
        }
    };
    (@count $($field:ident)*) => { 0 $(+ fields_table!(@one $field))* };
    (@one $field:ident) => { 1 };
    (@is_list list) => { true };
    (@is_list single) => { false };
}

fields_table! {
    Week = "week", single,
        "Distance in the last 7 days",
        "a distance from 0 to 300 km (186 mi)",
        "";
    Prev = "prev", single,
        "Distance in each of the 4 weeks before",
        "1 to 4 distances from 0 to 300 km (186 mi), the most recent week first",
        "Start with the most recent week; leave out weeks you don't know.";
    Longest = "longest", single,
        "Longest run in the last 7 days",
        "a distance from 0 to 100 km (62 mi)",
        "Your longest single run in the last 7 days.";
    Longest30 = "longest30", single,
        "Longest run in the 30 days before",
        "a distance from 0 to 100 km (62 mi)",
        "Your longest single run in the 30 days before that.";
    Runs = "runs", single,
        "Runs in the last 7 days",
        "a whole number from 0 to 14",
        "";
    Added = "added", list,
        "Added in the last 4 weeks",
        "any of speed, hills, less_rest",
        "Anything new in the last 4 weeks.";
    Strength = "strength", single,
        "Strength sessions a week",
        "a whole number from 0 to 14",
        "Sessions of strength or resistance work, not counting runs.";
    Focus = "focus", list,
        "Muscle groups trained",
        "any of quads, glutes, hamstrings, calves",
        "";
    Tight = "tight", list,
        "Muscle tightness",
        "muscle:level pairs; muscles quads, hip_flexors, hamstrings, calves; levels 0 to 3",
        "";
    Sitting = "sitting", single,
        "Hours sitting a day",
        "a number of hours from 0 to 24",
        "At a desk, driving, on the sofa: hours a day in total.";
    Shoes = "shoes", single,
        "Footwear change in the last 4 weeks",
        "one of same, new_similar, new_minimal, new_cushioned, new_other",
        "";
    ShoeDist = "shoe_dist", single,
        "Distance in the current pair",
        "a distance from 0 to 5000 km (3107 mi)",
        "";
    Weight = "weight", single,
        "Body weight",
        "a body weight from 35 to 250 kg (77 to 551 lb, 5.5 to 39 stones)",
        "";
    WeightChange = "weight_change", single,
        "Weight change over 8 weeks",
        "a change of at most 50 kg (110 lb), negative for a loss",
        "Positive if you gained, negative (for example -2) if you lost.";
    Form = "form", list,
        "Seen when running",
        "any of overstride, knee_in, hip_drop",
        "From a video of yourself or what a coach has seen.";
    Cadence = "cadence", single,
        "Cadence at easy pace",
        "a whole number of steps a minute from 120 to 230",
        "Steps a minute at easy pace; many watches show it.";
    Injury = "injury", single,
        "Previous knee injury",
        "one of none, healed, recurring",
        "";
    Feet = "feet", single,
        "Foot mechanics",
        "one of neutral, overpronation, supination, unknown",
        "";
    Pain = "pain", single,
        "Knee pain now",
        "a whole number from 0 to 10",
        "";
    PainSite = "pain_site", single,
        "Where the knee hurts",
        "one of front, below, inside, outside, back, unsure",
        "";
    PainWeeks = "pain_weeks", single,
        "Weeks it has hurt",
        "a whole number of weeks from 0 to 104",
        "How long the knee has hurt; 0 if it started this week.";
    Flags = "flags", list,
        "Warning signs",
        "any of giving_way, locking, swelling, trauma, night_pain",
        "Tick any that apply. Each one means a clinician should look at the knee.";
}

/// Why a value could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Empty,
    NotANumber(String),
    NotWhole(String),
    OutOfRange(String),
    UnknownChoice(String),
    Repeated(String),
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

impl Field {
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.key() == key)
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
            Problem::WrongCount(count) => {
                write!(f, "{count} values were given; expected {allowed}")
            }
            Problem::Implausible(why) => write!(f, "{why}"),
        }
    }
}

impl FieldError {
    fn new(field: Field, problem: Problem) -> Self {
        FieldError { field, problem }
    }
}

/// Parses a plain decimal such as `12`, `12.5` or `-3`: no exponents, no `inf`, no `NaN`,
/// so nothing a person would not write gets through.
fn parse_decimal(field: Field, text: &str) -> Result<f64, FieldError> {
    let not_a_number = || FieldError::new(field, Problem::NotANumber(shown_text(text)));
    let unsigned = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut parts = unsigned.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    let digits_only = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    let has_digits = !whole.is_empty() || fraction.is_some_and(|f| !f.is_empty());
    if !has_digits || !digits_only(whole) || !fraction.is_none_or(digits_only) {
        return Err(not_a_number());
    }
    match text.parse::<f64>() {
        Ok(value) if value.is_finite() => Ok(value),
        _ => Err(not_a_number()),
    }
}

fn parse_in_range(field: Field, text: &str, min: f64, max: f64) -> Result<f64, FieldError> {
    let value = parse_decimal(field, text)?;
    if value < min || value > max {
        return Err(FieldError::new(
            field,
            Problem::OutOfRange(shown_text(text)),
        ));
    }
    Ok(value)
}

fn parse_whole(field: Field, text: &str, min: u16, max: u16) -> Result<u16, FieldError> {
    let value = parse_decimal(field, text)?;
    if value.fract() != 0.0 {
        return Err(FieldError::new(field, Problem::NotWhole(shown_text(text))));
    }
    if value < f64::from(min) || value > f64::from(max) {
        return Err(FieldError::new(
            field,
            Problem::OutOfRange(shown_text(text)),
        ));
    }
    Ok(value as u16)
}

/// Limits are checked after unit conversion; a value written to two decimals in other units
/// lands within this of the limit (half a hundredth of a stone is 0.032 kg, the largest),
/// and must not tip out.
const CONVERSION_SLACK: f64 = 0.05;

/// The most a runner could mean, in km, checked after conversion so no unit can overflow.
fn max_km(field: Field) -> f64 {
    match field {
        Field::Longest | Field::Longest30 => 100.0,
        Field::ShoeDist => 5000.0,
        _ => 300.0,
    }
}

fn parse_distance(field: Field, text: &str, units: Units) -> Result<f64, FieldError> {
    let km = units.to_km(parse_in_range(field, text, 0.0, f64::MAX)?);
    if !km.is_finite() || km > max_km(field) + CONVERSION_SLACK {
        return Err(FieldError::new(
            field,
            Problem::OutOfRange(shown_text(text)),
        ));
    }
    Ok(km)
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

fn parse_choice<T: Copy>(field: Field, text: &str, choices: &[(&str, T)]) -> Result<T, FieldError> {
    choices
        .iter()
        .find(|(key, _)| *key == text)
        .map(|(_, value)| *value)
        .ok_or_else(|| FieldError::new(field, Problem::UnknownChoice(shown_text(text))))
}

/// Splits a comma list, trimming each item; an empty text is the empty list.
fn list_items(text: &str) -> Vec<&str> {
    if text.is_empty() {
        return Vec::new();
    }
    text.split(',').map(str::trim).collect()
}

fn parse_set<T: Copy + Ord>(
    field: Field,
    text: &str,
    choices: &[(&str, T)],
) -> Result<BTreeSet<T>, FieldError> {
    let mut set = BTreeSet::new();
    for item in list_items(text) {
        if !set.insert(parse_choice(field, item, choices)?) {
            return Err(FieldError::new(field, Problem::Repeated(shown_text(item))));
        }
    }
    Ok(set)
}

const ADDED: [(&str, AddedTraining); 3] = [
    ("speed", AddedTraining::Speed),
    ("hills", AddedTraining::Hills),
    ("less_rest", AddedTraining::LessRest),
];
const FOCUS: [(&str, StrengthFocus); 4] = [
    ("quads", StrengthFocus::Quads),
    ("glutes", StrengthFocus::Glutes),
    ("hamstrings", StrengthFocus::Hamstrings),
    ("calves", StrengthFocus::Calves),
];
const MUSCLES: [(&str, TightMuscle); 4] = [
    ("quads", TightMuscle::Quads),
    ("hip_flexors", TightMuscle::HipFlexors),
    ("hamstrings", TightMuscle::Hamstrings),
    ("calves", TightMuscle::Calves),
];
const SHOES: [(&str, ShoeChange); 5] = [
    ("same", ShoeChange::Same),
    ("new_similar", ShoeChange::NewSimilar),
    ("new_minimal", ShoeChange::NewMinimal),
    ("new_cushioned", ShoeChange::NewCushioned),
    ("new_other", ShoeChange::NewOther),
];
const FORM: [(&str, FormSign); 3] = [
    ("overstride", FormSign::Overstride),
    ("knee_in", FormSign::KneeIn),
    ("hip_drop", FormSign::HipDrop),
];
const INJURY: [(&str, InjuryHistory); 3] = [
    ("none", InjuryHistory::None),
    ("healed", InjuryHistory::Healed),
    ("recurring", InjuryHistory::Recurring),
];
const FEET: [(&str, FootMechanics); 4] = [
    ("neutral", FootMechanics::Neutral),
    ("overpronation", FootMechanics::Overpronation),
    ("supination", FootMechanics::Supination),
    ("unknown", FootMechanics::Unknown),
];
const PAIN_SITES: [(&str, PainSite); 6] = [
    ("front", PainSite::Front),
    ("below", PainSite::Below),
    ("inside", PainSite::Inside),
    ("outside", PainSite::Outside),
    ("back", PainSite::Back),
    ("unsure", PainSite::Unsure),
];
const FLAGS: [(&str, WarningSign); 5] = [
    ("giving_way", WarningSign::GivingWay),
    ("locking", WarningSign::Locking),
    ("swelling", WarningSign::Swelling),
    ("trauma", WarningSign::Trauma),
    ("night_pain", WarningSign::NightPain),
];

/// The key a choice is written with in links and forms.
fn choice_key<T: Copy + PartialEq>(choices: &[(&'static str, T)], value: T) -> &'static str {
    choices
        .iter()
        .find(|(_, candidate)| *candidate == value)
        .map_or("", |(key, _)| key)
}

fn join_keys<T: Copy + PartialEq>(choices: &[(&'static str, T)], set: &BTreeSet<T>) -> String {
    set.iter()
        .map(|value| choice_key(choices, *value))
        .collect::<Vec<_>>()
        .join(",")
}

/// The choices a list or choice field offers, as (link key, human label), for the form.
pub fn choices(field: Field) -> Vec<(&'static str, &'static str)> {
    let labels: &[(&str, &str)] = match field {
        Field::Added => &[
            ("speed", "Speed work"),
            ("hills", "Hills"),
            ("less_rest", "Less rest between runs"),
        ],
        Field::Focus => &[
            ("quads", "Quads (front of thigh)"),
            ("glutes", "Glutes (hips)"),
            ("hamstrings", "Hamstrings"),
            ("calves", "Calves"),
        ],
        Field::Tight => &[
            ("quads", "Quads"),
            ("hip_flexors", "Hip flexors"),
            ("hamstrings", "Hamstrings"),
            ("calves", "Calves"),
        ],
        Field::Shoes => &[
            ("same", "Same shoes"),
            ("new_similar", "New pair, similar model"),
            ("new_minimal", "New pair, more minimal"),
            ("new_cushioned", "New pair, more cushioned"),
            ("new_other", "New pair, something else"),
        ],
        Field::Form => &[
            ("overstride", "Overstriding (foot lands far ahead)"),
            ("knee_in", "Knee drifts inwards"),
            ("hip_drop", "Hip drops on the other side"),
        ],
        Field::Injury => &[
            ("none", "None"),
            ("healed", "Yes, healed"),
            ("recurring", "Yes, it keeps coming back"),
        ],
        Field::Feet => &[
            ("neutral", "Neutral"),
            ("overpronation", "Roll in (overpronation)"),
            ("supination", "Roll out (supination)"),
            ("unknown", "Not sure"),
        ],
        Field::PainSite => &[
            ("front", "Around or behind the kneecap"),
            ("below", "Just below the kneecap"),
            ("inside", "On the inside of the knee"),
            ("outside", "On the outside of the knee"),
            ("back", "At the back of the knee"),
            ("unsure", "Not sure, or all over"),
        ],
        Field::Flags => {
            return FLAGS
                .iter()
                .map(|(key, sign)| (*key, sign.label()))
                .collect()
        }
        _ => &[],
    };
    labels.to_vec()
}

/// Sets one field from its text as written in a link or typed in the form, in the
/// assessment's units. An empty text clears a single-value field to "not answered" and
/// sets a list to "none of these". On error nothing is changed.
pub fn apply_field(
    assessment: &mut Assessment,
    field: Field,
    text: &str,
) -> Result<(), FieldError> {
    let text = text.trim();
    let units = assessment.units;
    if text.is_empty() && !field.is_list() {
        clear_field(assessment, field);
        return Ok(());
    }
    match field {
        Field::Week => assessment.week_km = Some(parse_distance(field, text, units)?),
        Field::Prev => {
            let items = list_items(text);
            if items.is_empty() || items.len() > 4 {
                return Err(FieldError::new(field, Problem::WrongCount(items.len())));
            }
            assessment.previous_weeks_km = items
                .into_iter()
                .map(|item| parse_distance(field, item, units))
                .collect::<Result<_, _>>()?;
        }
        Field::Longest => assessment.longest_run_km = Some(parse_distance(field, text, units)?),
        Field::Longest30 => {
            assessment.longest_run_30d_km = Some(parse_distance(field, text, units)?)
        }
        Field::Runs => {
            let runs = parse_whole(field, text, 0, 21)?;
            if runs > 14 {
                return Err(FieldError::new(
                    field,
                    Problem::Implausible(format!(
                        "{runs} runs in 7 days is more than two a day; check the number (up to 14)"
                    )),
                ));
            }
            assessment.runs = Some(runs as u8);
        }
        Field::Added => assessment.added = ListAnswer::of(parse_set(field, text, &ADDED)?),
        Field::Strength => {
            assessment.strength_sessions = Some(parse_whole(field, text, 0, 14)? as u8)
        }
        Field::Focus => assessment.strength_focus = ListAnswer::of(parse_set(field, text, &FOCUS)?),
        Field::Tight => assessment.tightness = parse_tightness(text)?,
        Field::Sitting => assessment.sitting_hours = Some(parse_in_range(field, text, 0.0, 24.0)?),
        Field::Shoes => assessment.shoes = Some(parse_choice(field, text, &SHOES)?),
        Field::ShoeDist => assessment.shoe_km = Some(parse_distance(field, text, units)?),
        Field::Weight => {
            assessment.weight_kg = Some(parse_weight(text, assessment.weight_units())?)
        }
        Field::WeightChange => {
            let kg = assessment.weight_units().to_kg(parse_decimal(field, text)?);
            if !kg.is_finite() || kg.abs() > 50.0 + CONVERSION_SLACK {
                return Err(FieldError::new(
                    field,
                    Problem::OutOfRange(shown_text(text)),
                ));
            }
            assessment.weight_change_kg = Some(kg)
        }
        Field::Form => assessment.form = ListAnswer::of(parse_set(field, text, &FORM)?),
        Field::Cadence => assessment.cadence = Some(parse_whole(field, text, 120, 230)?),
        Field::Injury => assessment.injury = Some(parse_choice(field, text, &INJURY)?),
        Field::Feet => assessment.feet = Some(parse_choice(field, text, &FEET)?),
        Field::Pain => assessment.pain = Some(parse_whole(field, text, 0, 10)? as u8),
        Field::PainSite => assessment.pain_site = Some(parse_choice(field, text, &PAIN_SITES)?),
        Field::PainWeeks => assessment.pain_weeks = Some(parse_whole(field, text, 0, 104)? as u8),
        Field::Flags => assessment.flags = ListAnswer::of(parse_set(field, text, &FLAGS)?),
    }
    Ok(())
}

/// Body weights a runner could have, in kg, with the conversion slack at both ends.
const PLAUSIBLE_KG: std::ops::RangeInclusive<f64> =
    (35.0 - CONVERSION_SLACK)..=(250.0 + CONVERSION_SLACK);

/// A body weight in the given units, as kg; stones also as `11st 4`. A number that would be
/// a plausible weight only in another unit gets a question rather than a silent misreading.
fn parse_weight(text: &str, units: WeightUnits) -> Result<f64, FieldError> {
    let field = Field::Weight;
    let weight = match (units, parse_stones_and_pounds(text)) {
        (WeightUnits::St, Some(stones)) => stones,
        _ => parse_decimal(field, text)?,
    };
    let kg = units.to_kg(weight);
    if PLAUSIBLE_KG.contains(&kg) {
        return Ok(kg);
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

/// Answers held outside any range a link or the form accepts (a stored or imported value
/// written by hand or by a bug): each named with its field. Plausibility limits are not
/// applied here, so a check saved under looser limits still reads.
pub fn out_of_range(assessment: &Assessment) -> Vec<FieldError> {
    let out = |field: Field, value: String| FieldError::new(field, Problem::OutOfRange(value));
    let mut problems = Vec::new();
    let distance_ok = |km: f64| km.is_finite() && km >= 0.0;
    let distances = [
        (Field::Week, assessment.week_km),
        (Field::Longest, assessment.longest_run_km),
        (Field::Longest30, assessment.longest_run_30d_km),
        (Field::ShoeDist, assessment.shoe_km),
    ];
    for (field, km) in distances {
        if let Some(km) = km.filter(|km| !distance_ok(*km)) {
            problems.push(out(field, format!("{km}")));
        }
    }
    if let Some(km) = assessment
        .previous_weeks_km
        .iter()
        .find(|km| !distance_ok(**km))
    {
        problems.push(out(Field::Prev, format!("{km}")));
    }
    if assessment.previous_weeks_km.len() > 4 {
        problems.push(FieldError::new(
            Field::Prev,
            Problem::WrongCount(assessment.previous_weeks_km.len()),
        ));
    }
    let whole = [
        (Field::Runs, assessment.runs.map(u16::from), 0, 21),
        (
            Field::Strength,
            assessment.strength_sessions.map(u16::from),
            0,
            14,
        ),
        (Field::Pain, assessment.pain.map(u16::from), 0, 10),
        (
            Field::PainWeeks,
            assessment.pain_weeks.map(u16::from),
            0,
            104,
        ),
        (Field::Cadence, assessment.cadence, 120, 230),
    ];
    for (field, value, min, max) in whole {
        if let Some(value) = value.filter(|v| *v < min || *v > max) {
            problems.push(out(field, value.to_string()));
        }
    }
    if let Some(hours) = assessment
        .sitting_hours
        .filter(|h| !(h.is_finite() && (0.0..=24.0).contains(h)))
    {
        problems.push(out(Field::Sitting, format!("{hours}")));
    }
    if let Some(kg) = assessment
        .weight_kg
        .filter(|kg| !(kg.is_finite() && *kg > 0.0))
    {
        problems.push(out(Field::Weight, format!("{kg}")));
    }
    if let Some(kg) = assessment.weight_change_kg.filter(|kg| !kg.is_finite()) {
        problems.push(out(Field::WeightChange, format!("{kg}")));
    }
    problems
}

/// Answers that are each fine alone but cannot all be true; the field named is the one
/// set aside.
pub fn cross_field_problem(assessment: &Assessment) -> Option<FieldError> {
    let (Some(longest), Some(week)) = (assessment.longest_run_km, assessment.week_km) else {
        return None;
    };
    (longest > week + 1e-9).then(|| {
        FieldError::new(
            Field::Longest,
            Problem::Implausible(
                "the longest run is longer than the whole distance of the last 7 days; check both"
                    .to_string(),
            ),
        )
    })
}

fn parse_tightness(text: &str) -> Result<BTreeMap<TightMuscle, Tightness>, FieldError> {
    let field = Field::Tight;
    let mut map = BTreeMap::new();
    for item in list_items(text) {
        let unknown = || FieldError::new(field, Problem::UnknownChoice(item.to_string()));
        let (muscle, level) = item.split_once(':').ok_or_else(unknown)?;
        let muscle = parse_choice(field, muscle.trim(), &MUSCLES)?;
        let level = parse_whole(field, level.trim(), 0, 3)?;
        let level = Tightness::from_level(level as u8).ok_or_else(unknown)?;
        if map.insert(muscle, level).is_some() {
            return Err(FieldError::new(field, Problem::Repeated(item.to_string())));
        }
    }
    Ok(map)
}

/// What a list field's answer is: ticked items by link key, or none of these, or nothing.
fn list_keys(assessment: &Assessment, field: Field) -> Option<(Vec<&'static str>, bool)> {
    fn keys<T: Copy + Ord>(
        answer: &ListAnswer<T>,
        choices: &[(&'static str, T)],
    ) -> (Vec<&'static str>, bool) {
        let ticked = answer
            .items()
            .into_iter()
            .map(|item| choice_key(choices, item))
            .collect();
        (ticked, *answer == ListAnswer::NoneOfThese)
    }
    Some(match field {
        Field::Added => keys(&assessment.added, &ADDED),
        Field::Focus => keys(&assessment.strength_focus, &FOCUS),
        Field::Form => keys(&assessment.form, &FORM),
        Field::Flags => keys(&assessment.flags, &FLAGS),
        _ => return None,
    })
}

/// Whether the choice with this link key is ticked in a list field.
pub fn is_ticked(assessment: &Assessment, field: Field, key: &str) -> bool {
    list_keys(assessment, field).is_some_and(|(ticked, _)| ticked.contains(&key))
}

/// Whether a list field's answer is "none of these".
pub fn is_none_of_these(assessment: &Assessment, field: Field) -> bool {
    list_keys(assessment, field).is_some_and(|(_, none)| none)
}

/// Ticks or unticks one choice of a list field, straight on the typed answer.
pub fn tick(
    assessment: &mut Assessment,
    field: Field,
    key: &str,
    ticked: bool,
) -> Result<(), FieldError> {
    fn apply<T: Copy + Ord>(
        answer: &mut ListAnswer<T>,
        field: Field,
        choices: &[(&str, T)],
        key: &str,
        ticked: bool,
    ) -> Result<(), FieldError> {
        *answer = answer.with(parse_choice(field, key, choices)?, ticked);
        Ok(())
    }
    match field {
        Field::Added => apply(&mut assessment.added, field, &ADDED, key, ticked),
        Field::Focus => apply(&mut assessment.strength_focus, field, &FOCUS, key, ticked),
        Field::Form => apply(&mut assessment.form, field, &FORM, key, ticked),
        Field::Flags => apply(&mut assessment.flags, field, &FLAGS, key, ticked),
        _ => Err(FieldError::new(
            field,
            Problem::UnknownChoice(shown_text(key)),
        )),
    }
}

/// Resets one field to "not answered".
pub fn clear_field(assessment: &mut Assessment, field: Field) {
    match field {
        Field::Week => assessment.week_km = None,
        Field::Prev => assessment.previous_weeks_km.clear(),
        Field::Longest => assessment.longest_run_km = None,
        Field::Longest30 => assessment.longest_run_30d_km = None,
        Field::Runs => assessment.runs = None,
        Field::Added => assessment.added = ListAnswer::Unanswered,
        Field::Strength => assessment.strength_sessions = None,
        Field::Focus => assessment.strength_focus = ListAnswer::Unanswered,
        Field::Tight => assessment.tightness.clear(),
        Field::Sitting => assessment.sitting_hours = None,
        Field::Shoes => assessment.shoes = None,
        Field::ShoeDist => assessment.shoe_km = None,
        Field::Weight => assessment.weight_kg = None,
        Field::WeightChange => assessment.weight_change_kg = None,
        Field::Form => assessment.form = ListAnswer::Unanswered,
        Field::Cadence => assessment.cadence = None,
        Field::Injury => assessment.injury = None,
        Field::Feet => assessment.feet = None,
        Field::Pain => assessment.pain = None,
        Field::PainSite => assessment.pain_site = None,
        Field::PainWeeks => assessment.pain_weeks = None,
        Field::Flags => assessment.flags = ListAnswer::Unanswered,
    }
}

/// The text of one field in the assessment's units, or `None` when it is not answered.
/// `apply_field` reads this text back to the same value, to two decimals.
pub fn field_text(assessment: &Assessment, field: Field) -> Option<String> {
    let units = assessment.units;
    let distance = |km: Option<f64>| km.map(|km| format_number(units.from_km(km)));
    match field {
        Field::Week => distance(assessment.week_km),
        Field::Prev => (!assessment.previous_weeks_km.is_empty()).then(|| {
            assessment
                .previous_weeks_km
                .iter()
                .map(|km| format_number(units.from_km(*km)))
                .collect::<Vec<_>>()
                .join(",")
        }),
        Field::Longest => distance(assessment.longest_run_km),
        Field::Longest30 => distance(assessment.longest_run_30d_km),
        Field::Runs => assessment.runs.map(|runs| runs.to_string()),
        Field::Added => assessment
            .added
            .answered_items()
            .map(|set| join_keys(&ADDED, &set)),
        Field::Strength => assessment.strength_sessions.map(|n| n.to_string()),
        Field::Focus => assessment
            .strength_focus
            .answered_items()
            .map(|set| join_keys(&FOCUS, &set)),
        Field::Tight => (!assessment.tightness.is_empty()).then(|| {
            assessment
                .tightness
                .iter()
                .map(|(muscle, level)| {
                    format!("{}:{}", choice_key(&MUSCLES, *muscle), level.level())
                })
                .collect::<Vec<_>>()
                .join(",")
        }),
        Field::Sitting => assessment.sitting_hours.map(format_number),
        Field::Shoes => assessment.shoes.map(|s| choice_key(&SHOES, s).to_string()),
        Field::ShoeDist => distance(assessment.shoe_km),
        Field::Weight => assessment
            .weight_kg
            .map(|kg| format_number(assessment.weight_units().from_kg(kg))),
        Field::WeightChange => assessment
            .weight_change_kg
            .map(|kg| format_number(assessment.weight_units().from_kg(kg))),
        Field::Form => assessment
            .form
            .answered_items()
            .map(|set| join_keys(&FORM, &set)),
        Field::Cadence => assessment.cadence.map(|c| c.to_string()),
        Field::Injury => assessment
            .injury
            .map(|i| choice_key(&INJURY, i).to_string()),
        Field::Feet => assessment.feet.map(|f| choice_key(&FEET, f).to_string()),
        Field::Pain => assessment.pain.map(|p| p.to_string()),
        Field::PainSite => assessment
            .pain_site
            .map(|site| choice_key(&PAIN_SITES, site).to_string()),
        Field::PainWeeks => assessment.pain_weeks.map(|weeks| weeks.to_string()),
        Field::Flags => assessment
            .flags
            .answered_items()
            .map(|set| join_keys(&FLAGS, &set)),
    }
}

/// A runner's answer as words: choice keys become their labels, distances get their unit.
pub fn describe_answer(assessment: &Assessment, field: Field) -> Option<String> {
    let text = field_text(assessment, field)?;
    let units = assessment.units;
    let labels = choices(field);
    let words = match field {
        Field::Week | Field::Longest | Field::Longest30 | Field::ShoeDist => {
            format!("{text} {}", units.distance_label())
        }
        Field::Prev => format!("{} {}", text.replace(',', ", "), units.distance_label()),
        Field::Weight | Field::WeightChange => {
            format!("{text} {}", assessment.weight_units().label())
        }
        Field::Sitting => format!("{text} hours"),
        Field::Pain => format!("{text} out of 10"),
        Field::PainWeeks => format!("{text} weeks"),
        Field::Tight => text.replace(':', " level ").replace(',', ", "),
        _ if !labels.is_empty() => {
            let named: Vec<&str> = text
                .split(',')
                .filter(|key| !key.is_empty())
                .map(|key| {
                    labels
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map_or(key, |(_, label)| *label)
                })
                .collect();
            if named.is_empty() {
                "None of these".to_string()
            } else {
                named.join(", ")
            }
        }
        _ => text,
    };
    Some(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn applied(field: Field, text: &str) -> Result<Assessment, FieldError> {
        let mut assessment = Assessment::default();
        apply_field(&mut assessment, field, text).map(|()| assessment)
    }

    #[test]
    fn every_key_maps_back_to_its_field() {
        for field in Field::ALL {
            assert_eq!(Field::from_key(field.key()), Some(field));
        }
        assert_eq!(Field::from_key("units"), None);
    }

    #[test]
    fn numbers_must_be_plain_decimals() {
        for bad in ["abc", "1e5", "inf", "NaN", ".", "1.2.3", "--1", "12,5"] {
            let error = applied(Field::Week, bad).unwrap_err();
            assert_eq!(error.problem, Problem::NotANumber(bad.to_string()), "{bad}");
        }
        assert_eq!(applied(Field::Week, "12.5").unwrap().week_km, Some(12.5));
        assert_eq!(applied(Field::Week, ".5").unwrap().week_km, Some(0.5));
    }

    #[test]
    fn ranges_are_the_contracts() {
        assert!(matches!(
            applied(Field::Runs, "22").unwrap_err().problem,
            Problem::OutOfRange(_)
        ));
        assert!(matches!(
            applied(Field::Runs, "2.5").unwrap_err().problem,
            Problem::NotWhole(_)
        ));
        assert!(applied(Field::Cadence, "119").is_err());
        assert!(applied(Field::Cadence, "230").is_ok());
        assert!(applied(Field::Weight, "0").is_err());
        assert!(matches!(
            applied(Field::Runs, "15").unwrap_err().problem,
            Problem::Implausible(_)
        ));
        assert!(applied(Field::Week, "301").is_err());
        assert!(applied(Field::Longest, "101").is_err());
        assert!(applied(Field::PainWeeks, "105").is_err());
        assert!(applied(Field::Week, "-1").is_err());
        assert!(applied(Field::Sitting, "24.5").is_err());
        assert!(applied(Field::Pain, "10").is_ok());
    }

    #[test]
    fn messages_name_the_allowed_range() {
        let error = applied(Field::Runs, "40").unwrap_err();
        assert_eq!(
            error.to_string(),
            "40 is out of range; expected a whole number from 0 to 14"
        );
    }

    #[test]
    fn lists_reject_unknown_and_repeated_items() {
        assert!(applied(Field::Added, "speed,flying").is_err());
        assert!(applied(Field::Added, "speed,speed").is_err());
        let assessment = applied(Field::Added, "").unwrap();
        assert_eq!(assessment.added, ListAnswer::NoneOfThese);
    }

    #[test]
    fn tightness_reads_muscle_level_pairs() {
        let assessment = applied(Field::Tight, "quads:2,calves:0").unwrap();
        assert_eq!(
            assessment.tightness.get(&TightMuscle::Quads),
            Some(&Tightness::Moderate)
        );
        assert!(applied(Field::Tight, "quads:4").is_err());
        assert!(applied(Field::Tight, "quads").is_err());
        assert!(applied(Field::Tight, "quads:1,quads:2").is_err());
    }

    #[test]
    fn previous_weeks_take_one_to_four_values() {
        assert_eq!(
            applied(Field::Prev, "30,31").unwrap().previous_weeks_km,
            vec![30.0, 31.0]
        );
        assert!(applied(Field::Prev, "1,2,3,4,5").is_err());
        assert!(applied(Field::Prev, "1,,3").is_err());
    }

    #[test]
    fn miles_and_pounds_are_stored_as_km_and_kg() {
        let mut assessment = Assessment {
            units: Units::Mi,
            ..Assessment::default()
        };
        apply_field(&mut assessment, Field::Week, "10").unwrap();
        apply_field(&mut assessment, Field::Weight, "150").unwrap();
        assert!((assessment.week_km.unwrap() - 16.09344).abs() < 1e-9);
        assert!((assessment.weight_kg.unwrap() - 68.0388555).abs() < 1e-6);
        assert_eq!(field_text(&assessment, Field::Week).as_deref(), Some("10"));
    }

    #[test]
    fn answers_read_as_words_with_their_units() {
        let mut assessment = Assessment {
            units: Units::Mi,
            ..Assessment::default()
        };
        apply_field(&mut assessment, Field::Week, "20").unwrap();
        apply_field(&mut assessment, Field::Added, "hills,less_rest").unwrap();
        apply_field(&mut assessment, Field::Form, "").unwrap();
        assert_eq!(
            describe_answer(&assessment, Field::Week).as_deref(),
            Some("20 mi")
        );
        assert_eq!(
            describe_answer(&assessment, Field::Added).as_deref(),
            Some("Hills, Less rest between runs")
        );
        assert_eq!(
            describe_answer(&assessment, Field::Form).as_deref(),
            Some("None of these")
        );
        assert_eq!(describe_answer(&assessment, Field::Pain), None);
    }

    #[test]
    fn huge_numbers_in_miles_never_overflow() {
        let mut assessment = Assessment {
            units: Units::Mi,
            ..Assessment::default()
        };
        let huge = format!("15{}", "0".repeat(307));
        let error = apply_field(&mut assessment, Field::Prev, &format!("30,{huge}")).unwrap_err();
        assert!(matches!(error.problem, Problem::OutOfRange(_)));
        assert!(error.to_string().chars().count() < 200);
        assert!(assessment.previous_weeks_km.is_empty());
    }

    #[test]
    fn a_weight_in_the_other_unit_gets_a_question() {
        let in_lb = |text: &str| {
            let mut assessment = Assessment {
                units: Units::Mi,
                ..Assessment::default()
            };
            apply_field(&mut assessment, Field::Weight, text)
        };
        let error = in_lb("11.4").unwrap_err();
        assert!(
            error.to_string().contains("did you mean 11.4 stones"),
            "{error}"
        );
        assert!(in_lb("72")
            .unwrap_err()
            .to_string()
            .contains("did you mean"));
        assert!(in_lb("160").is_ok());
        let mut in_stones = Assessment {
            weight_units: Some(WeightUnits::St),
            ..Assessment::default()
        };
        apply_field(&mut in_stones, Field::Weight, "11st 4").unwrap();
        assert!((in_stones.weight_kg.unwrap() - 71.667).abs() < 0.01);
        assert_eq!(
            field_text(&in_stones, Field::Weight).as_deref(),
            Some("11.29")
        );
    }

    #[test]
    fn a_long_run_longer_than_the_week_is_named() {
        let mut assessment = applied(Field::Week, "20").unwrap();
        apply_field(&mut assessment, Field::Longest, "35").unwrap();
        assert_eq!(
            cross_field_problem(&assessment).map(|e| e.field),
            Some(Field::Longest)
        );
        apply_field(&mut assessment, Field::Longest, "15").unwrap();
        assert!(cross_field_problem(&assessment).is_none());
    }

    #[test]
    fn stored_values_outside_every_range_are_named() {
        let broken = Assessment {
            pain: Some(200),
            week_km: Some(-5.0),
            previous_weeks_km: vec![30.0, f64::INFINITY],
            ..Assessment::default()
        };
        let fields: Vec<Field> = out_of_range(&broken).iter().map(|e| e.field).collect();
        assert_eq!(fields, [Field::Week, Field::Prev, Field::Pain]);
        let looser = Assessment {
            runs: Some(18),
            week_km: Some(400.0),
            ..Assessment::default()
        };
        assert!(out_of_range(&looser).is_empty());
    }

    #[test]
    fn a_failed_field_changes_nothing() {
        let mut assessment = applied(Field::Prev, "30,31").unwrap();
        let before = assessment.clone();
        assert!(apply_field(&mut assessment, Field::Prev, "30,x").is_err());
        assert_eq!(assessment, before);
    }

    #[test]
    fn every_field_text_reads_back() {
        let mut assessment = Assessment::default();
        let samples = [
            (Field::Week, "45"),
            (Field::Prev, "30,31,29,30"),
            (Field::Longest, "18"),
            (Field::Longest30, "14.5"),
            (Field::Runs, "5"),
            (Field::Added, "speed,hills"),
            (Field::Strength, "2"),
            (Field::Focus, "quads,calves"),
            (Field::Tight, "quads:2,hip_flexors:1"),
            (Field::Sitting, "8"),
            (Field::Shoes, "new_minimal"),
            (Field::ShoeDist, "120"),
            (Field::Weight, "72.5"),
            (Field::WeightChange, "-2"),
            (Field::Form, "overstride,knee_in"),
            (Field::Cadence, "164"),
            (Field::Injury, "healed"),
            (Field::Feet, "overpronation"),
            (Field::Pain, "3"),
            (Field::PainSite, "below"),
            (Field::PainWeeks, "6"),
            (Field::Flags, "locking,swelling"),
        ];
        for (field, text) in samples {
            apply_field(&mut assessment, field, text).unwrap();
        }
        for (field, text) in samples {
            assert_eq!(
                field_text(&assessment, field).as_deref(),
                Some(text),
                "{field:?}"
            );
        }
    }
}
