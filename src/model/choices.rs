//! The choices each choice or list question offers, one row each: the key written in links,
//! forms and backups, the words a runner reads, and the typed value the model gets.

use super::assessment::{
    AddedTraining, FootMechanics, FormSign, InjuryHistory, PainSite, ShoeChange, StrengthFocus,
    TightMuscle, Tightness, WarningSign,
};

/// One choice of a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice<T> {
    pub key: &'static str,
    pub label: &'static str,
    pub value: T,
}

const fn row<T>(key: &'static str, label: &'static str, value: T) -> Choice<T> {
    Choice { key, label, value }
}

pub const ADDED: &[Choice<AddedTraining>] = &[
    row("speed", "Speed work", AddedTraining::Speed),
    row("hills", "Hills", AddedTraining::Hills),
    row(
        "less_rest",
        "Less rest between runs",
        AddedTraining::LessRest,
    ),
];

pub const FOCUS: &[Choice<StrengthFocus>] = &[
    row("quads", "Quads (front of thigh)", StrengthFocus::Quads),
    row("glutes", "Glutes (hips)", StrengthFocus::Glutes),
    row("hamstrings", "Hamstrings", StrengthFocus::Hamstrings),
    row("calves", "Calves", StrengthFocus::Calves),
];

pub const MUSCLES: &[Choice<TightMuscle>] = &[
    row("quads", "Quads", TightMuscle::Quads),
    row("hip_flexors", "Hip flexors", TightMuscle::HipFlexors),
    row("hamstrings", "Hamstrings", TightMuscle::Hamstrings),
    row("calves", "Calves", TightMuscle::Calves),
];

/// Keyed by the level number links carry after `muscle:`.
pub const TIGHTNESS_LEVELS: &[Choice<Tightness>] = &[
    row("0", "Not tight", Tightness::None),
    row("1", "Mildly tight", Tightness::Mild),
    row("2", "Moderately tight", Tightness::Moderate),
    row("3", "Very tight", Tightness::Marked),
];

pub const SHOES: &[Choice<ShoeChange>] = &[
    row("same", "Same shoes", ShoeChange::Same),
    row(
        "new_similar",
        "New pair, similar model",
        ShoeChange::NewSimilar,
    ),
    row(
        "new_minimal",
        "New pair, more minimal",
        ShoeChange::NewMinimal,
    ),
    row(
        "new_cushioned",
        "New pair, more cushioned",
        ShoeChange::NewCushioned,
    ),
    row(
        "new_other",
        "New pair, something else",
        ShoeChange::NewOther,
    ),
];

pub const FORM: &[Choice<FormSign>] = &[
    row(
        "overstride",
        "Overstriding (foot lands far ahead)",
        FormSign::Overstride,
    ),
    row("knee_in", "Knee drifts inwards", FormSign::KneeIn),
    row("hip_drop", "Hip drops on the other side", FormSign::HipDrop),
];

pub const INJURY: &[Choice<InjuryHistory>] = &[
    row("none", "None", InjuryHistory::None),
    row("healed", "Yes, healed", InjuryHistory::Healed),
    row(
        "recurring",
        "Yes, it keeps coming back",
        InjuryHistory::Recurring,
    ),
];

pub const FEET: &[Choice<FootMechanics>] = &[
    row("neutral", "Neutral", FootMechanics::Neutral),
    row(
        "overpronation",
        "Roll in (overpronation)",
        FootMechanics::Overpronation,
    ),
    row(
        "supination",
        "Roll out (supination)",
        FootMechanics::Supination,
    ),
    row("unknown", "Not sure", FootMechanics::Unknown),
];

pub const PAIN_SITES: &[Choice<PainSite>] = &[
    row("front", "Around or behind the kneecap", PainSite::Front),
    row("below", "Just below the kneecap", PainSite::Below),
    row("inside", "On the inside of the knee", PainSite::Inside),
    row("outside", "On the outside of the knee", PainSite::Outside),
    row("back", "At the back of the knee", PainSite::Back),
    row("unsure", "Not sure, or all over", PainSite::Unsure),
];

pub const FLAGS: &[Choice<WarningSign>] = &[
    row("giving_way", "Knee gives way", WarningSign::GivingWay),
    row("locking", "Knee locks or catches", WarningSign::Locking),
    row("swelling", "Visible swelling", WarningSign::Swelling),
    row(
        "trauma",
        "Started with a fall, twist or blow",
        WarningSign::Trauma,
    ),
    row(
        "night_pain",
        "Pain at night or at rest",
        WarningSign::NightPain,
    ),
];

/// The row of a key, as written in a link or a form.
pub fn by_key<T: Copy>(choices: &[Choice<T>], key: &str) -> Option<T> {
    choices.iter().find(|c| c.key == key).map(|c| c.value)
}

/// The row of a typed value; every value of these enums has exactly one row (a test).
pub fn row_of<T: Copy + PartialEq>(choices: &'static [Choice<T>], value: T) -> &'static Choice<T> {
    choices
        .iter()
        .find(|c| c.value == value)
        .expect("every value has a row in its choice table")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys_and_values_are_unique<T: Copy + PartialEq + std::fmt::Debug>(choices: &[Choice<T>]) {
        for (i, a) in choices.iter().enumerate() {
            for b in &choices[i + 1..] {
                assert_ne!(a.key, b.key);
                assert_ne!(a.value, b.value, "{a:?}");
            }
        }
    }

    #[test]
    fn every_table_names_each_value_once() {
        keys_and_values_are_unique(ADDED);
        keys_and_values_are_unique(FOCUS);
        keys_and_values_are_unique(MUSCLES);
        keys_and_values_are_unique(TIGHTNESS_LEVELS);
        keys_and_values_are_unique(SHOES);
        keys_and_values_are_unique(FORM);
        keys_and_values_are_unique(INJURY);
        keys_and_values_are_unique(FEET);
        keys_and_values_are_unique(PAIN_SITES);
        keys_and_values_are_unique(FLAGS);
        assert_eq!(MUSCLES.len(), TightMuscle::ALL.len());
        for muscle in TightMuscle::ALL {
            assert_eq!(by_key(MUSCLES, row_of(MUSCLES, muscle).key), Some(muscle));
        }
    }

    #[test]
    fn tightness_keys_are_the_link_levels() {
        for row in TIGHTNESS_LEVELS {
            assert_eq!(row.key, row.value.level().to_string());
        }
    }
}
