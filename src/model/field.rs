//! The fields of a check, declared once in one table: link key, label, what is accepted,
//! help, the kind of answer and where it lives on `Assessment`. Parsing, writing back,
//! clearing, checking stored values and the form's choices all come from that table, so the
//! form, links, backups and docs can never disagree.

mod kinds;
mod parse;
mod problem;

use crate::model::assessment::Assessment;
use crate::model::choices::{ADDED, FEET, FLAGS, FOCUS, FORM, INJURY, MUSCLES, PAIN_SITES, SHOES};

use kinds::{
    AnyOf, BodyWeight, Decimal, Distance, Distances, Kind, OneOf, Reading, TightnessLevels,
    WeightChange, Whole,
};
pub use problem::{shown_text, FieldError, Problem};

/// The most weeks before the last seven days a check asks about.
pub const PREVIOUS_WEEKS: usize = 4;

/// Declares the check's fields once; see the table below. Every function of `Field` and
/// every per-field operation on an `Assessment` is generated from its rows.
macro_rules! fields_table {
    ($($field:ident = $key:literal, $slot:ident: $kind:expr, $label:literal, $allowed:literal, $help:literal;)*) => {
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
                    $(Field::$field => is_list_kind(&$kind, |a: &Assessment| &a.$slot),)*
                }
            }

            /// The (link key, label) of each choice the field offers; empty for numbers.
            pub fn choices(self) -> Vec<(&'static str, &'static str)> {
                match self {
                    $(Field::$field => choices_of(&$kind, |a: &Assessment| &a.$slot),)*
                }
            }
        }

        /// Sets one field from its text as written in a link or typed in the form, in the
        /// assessment's units. An empty text clears a single-value field to "not answered"
        /// and sets a list to "none of these". On error nothing is changed.
        pub fn apply_field(
            assessment: &mut Assessment,
            field: Field,
            text: &str,
        ) -> Result<(), FieldError> {
            let text = text.trim();
            if text.is_empty() && !field.is_list() {
                clear_field(assessment, field);
                return Ok(());
            }
            let reading = reading(assessment);
            match field {
                $(Field::$field => $kind.apply(&mut assessment.$slot, field, text, reading),)*
            }
        }

        /// Resets one field to "not answered".
        pub fn clear_field(assessment: &mut Assessment, field: Field) {
            match field {
                $(Field::$field => assessment.$slot = Default::default(),)*
            }
        }

        /// The text of one field in the assessment's units, or `None` when it is not
        /// answered. `apply_field` reads this text back to the same value, to two decimals.
        pub fn field_text(assessment: &Assessment, field: Field) -> Option<String> {
            let reading = reading(assessment);
            match field {
                $(Field::$field => $kind.text(&assessment.$slot, reading),)*
            }
        }

        /// A runner's answer as words: choice keys become their labels, numbers get units.
        pub fn describe_answer(assessment: &Assessment, field: Field) -> Option<String> {
            let text = field_text(assessment, field)?;
            let reading = reading(assessment);
            Some(match field {
                $(Field::$field => words_of(&$kind, |a: &Assessment| &a.$slot, text, reading),)*
            })
        }

        /// Answers held outside any range a link or the form accepts (a stored or imported
        /// value written by hand or by a bug): each named with its field. Plausibility limits
        /// are not applied here, so a check saved under looser limits still reads.
        pub fn out_of_range(assessment: &Assessment) -> Vec<FieldError> {
            Field::ALL
                .into_iter()
                .filter_map(|field| match field {
                    $(Field::$field => $kind.out_of_range(&assessment.$slot, field),)*
                })
                .collect()
        }

        /// Ticks or unticks one choice of a list field, straight on the typed answer.
        pub fn tick(
            assessment: &mut Assessment,
            field: Field,
            key: &str,
            ticked: bool,
        ) -> Result<(), FieldError> {
            match field {
                $(Field::$field => $kind.tick(&mut assessment.$slot, field, key, ticked),)*
            }
        }

        /// A list field's ticked keys and whether "none of these" is chosen.
        fn ticked(assessment: &Assessment, field: Field) -> Option<(Vec<&'static str>, bool)> {
            match field {
                $(Field::$field => $kind.ticked(&assessment.$slot),)*
            }
        }
    };
    (@count $($field:ident)*) => { 0 $(+ fields_table!(@one $field))* };
    (@one $field:ident) => { 1 };
}

fn is_list_kind<S, K: Kind<S>>(_: &K, _: fn(&Assessment) -> &S) -> bool {
    K::IS_LIST
}

fn choices_of<S, K: Kind<S>>(
    kind: &K,
    _: fn(&Assessment) -> &S,
) -> Vec<(&'static str, &'static str)> {
    kind.choices()
}

fn words_of<S, K: Kind<S>>(
    kind: &K,
    _: fn(&Assessment) -> &S,
    text: String,
    reading: Reading,
) -> String {
    kind.words(text, reading)
}

fn reading(assessment: &Assessment) -> Reading {
    Reading {
        units: assessment.units,
        weight_units: assessment.weight_units(),
    }
}

fields_table! {
    Week = "week", week_km: Distance { max_km: 300.0 },
        "Distance in the last 7 days",
        "a distance from 0 to 300 km (186 mi)",
        "";
    Prev = "prev", previous_weeks_km: Distances { max_km: 300.0, max_count: PREVIOUS_WEEKS },
        "Distance in each of the 4 weeks before",
        "1 to 4 distances from 0 to 300 km (186 mi), the most recent week first",
        "Start with the most recent week; leave out weeks you don't know.";
    Longest = "longest", longest_run_km: Distance { max_km: 100.0 },
        "Longest run in the last 7 days",
        "a distance from 0 to 100 km (62 mi)",
        "Your longest single run in the last 7 days.";
    Longest30 = "longest30", longest_run_30d_km: Distance { max_km: 100.0 },
        "Longest run in the 30 days before",
        "a distance from 0 to 100 km (62 mi)",
        "Your longest single run in the 30 days before that.";
    Runs = "runs", runs: Whole {
            min: 0, max: 21, reads: "{} runs",
            plausible: Some((14, "{} runs in 7 days is more than two a day; check the number")),
        },
        "Runs in the last 7 days",
        "a whole number from 0 to 14",
        "";
    Added = "added", added: AnyOf(ADDED),
        "Added in the last 4 weeks",
        "any of speed, hills, less_rest, separated by commas, or nothing after \"=\" for none of these",
        "Anything new in the last 4 weeks.";
    Strength = "strength", strength_sessions: Whole { min: 0, max: 14, reads: "{} a week", plausible: None },
        "Strength sessions a week",
        "a whole number from 0 to 14",
        "Sessions of strength or resistance work, not counting runs.";
    Focus = "focus", strength_focus: AnyOf(FOCUS),
        "Muscle groups trained",
        "any of quads, glutes, hamstrings, calves, separated by commas, or nothing after \"=\" for none of these",
        "";
    Tight = "tight", tightness: TightnessLevels(MUSCLES),
        "Muscle tightness",
        "muscle:level pairs; muscles quads, hip_flexors, hamstrings, calves; levels 0 to 3",
        "";
    Sitting = "sitting", sitting_hours: Decimal { min: 0.0, max: 24.0, reads: "{} hours" },
        "Hours sitting a day",
        "a number of hours from 0 to 24",
        "At a desk, driving, on the sofa: hours a day in total.";
    Shoes = "shoes", shoes: OneOf(SHOES),
        "Footwear change in the last 4 weeks",
        "one of same, new_similar, new_minimal, new_cushioned, new_other",
        "";
    ShoeDist = "shoe_dist", shoe_km: Distance { max_km: 5000.0 },
        "Distance in the current pair",
        "a distance from 0 to 5000 km (3107 mi)",
        "";
    Weight = "weight", weight_kg: BodyWeight,
        "Body weight",
        "a body weight from 35 to 250 kg (77 to 551 lb, 5.5 to 39 stones)",
        "";
    WeightChange = "weight_change", weight_change_kg: WeightChange { max_kg: 50.0 },
        "Weight change over 8 weeks",
        "a change of at most 50 kg (110 lb), negative for a loss",
        "Positive if you gained, negative (for example -2) if you lost.";
    Form = "form", form: AnyOf(FORM),
        "Seen when running",
        "any of overstride, knee_in, hip_drop, separated by commas, or nothing after \"=\" for none of these",
        "From a video of yourself or what a coach has seen.";
    Cadence = "cadence", cadence: Whole { min: 120, max: 230, reads: "{} steps a minute", plausible: None },
        "Cadence at easy pace",
        "a whole number of steps a minute from 120 to 230",
        "Steps a minute at easy pace; many watches show it.";
    Injury = "injury", injury: OneOf(INJURY),
        "Previous knee injury",
        "one of none, healed, recurring",
        "";
    Feet = "feet", feet: OneOf(FEET),
        "Foot mechanics",
        "one of neutral, overpronation, supination, unknown",
        "";
    Pain = "pain", pain: Whole { min: 0, max: 10, reads: "{} out of 10", plausible: None },
        "Knee pain now",
        "a whole number from 0 to 10",
        "";
    PainSite = "pain_site", pain_site: OneOf(PAIN_SITES),
        "Where the knee hurts",
        "one of front, below, inside, outside, back, unsure",
        "";
    PainWeeks = "pain_weeks", pain_weeks: Whole { min: 0, max: 104, reads: "{} weeks", plausible: None },
        "Weeks it has hurt",
        "a whole number of weeks from 0 to 104",
        "How long the knee has hurt; 0 if it started this week.";
    Flags = "flags", flags: AnyOf(FLAGS),
        "Warning signs",
        "any of giving_way, locking, swelling, trauma, night_pain, separated by commas, or nothing after \"=\" for none of these",
        "Tick any that apply. Each one means a clinician should look at the knee.";
    Age = "age", age: Whole { min: 8, max: 100, reads: "{} years", plausible: None },
        "Your age",
        "a whole number of years from 8 to 100",
        "Optional. It changes what the result says about a growing or an older knee, not the score.";
}

impl Field {
    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|field| field.key() == key)
    }
}

/// Whether the choice with this link key is ticked in a list field.
pub fn is_ticked(assessment: &Assessment, field: Field, key: &str) -> bool {
    ticked(assessment, field).is_some_and(|(keys, _)| keys.contains(&key))
}

/// Whether a list field's answer is "none of these".
pub fn is_none_of_these(assessment: &Assessment, field: Field) -> bool {
    ticked(assessment, field).is_some_and(|(_, none)| none)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{TightMuscle, Tightness};
    use crate::model::list_answer::ListAnswer;
    use crate::model::units::{Units, WeightUnits};

    #[test]
    fn what_a_field_accepts_names_each_of_its_choices() {
        for field in Field::ALL {
            for (key, label) in field.choices() {
                assert!(field.allowed().contains(key), "{field:?} {key}");
                assert!(!label.is_empty());
            }
        }
        assert_eq!(Field::Flags.choices().len(), FLAGS.len());
        assert!(Field::Week.choices().is_empty());
    }

    #[test]
    fn lists_and_single_answers_mean_different_things_when_empty() {
        let lists: Vec<Field> = Field::ALL.into_iter().filter(|f| f.is_list()).collect();
        assert_eq!(
            lists,
            [
                Field::Added,
                Field::Focus,
                Field::Tight,
                Field::Form,
                Field::Flags
            ]
        );
    }

    #[test]
    fn tightness_reads_as_words() {
        let assessment = applied(Field::Tight, "quads:2,hip_flexors:0").unwrap();
        assert_eq!(
            describe_answer(&assessment, Field::Tight).as_deref(),
            Some("Quads: moderately tight, Hip flexors: not tight")
        );
    }

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
    fn a_weight_just_past_a_limit_is_held_at_it_so_every_unit_reads_it_back() {
        for (typed, held) in [("250.05", 250.0), ("34.95", 35.0)] {
            let mut assessment = Assessment::default();
            apply_field(&mut assessment, Field::Weight, typed).unwrap();
            assert_eq!(assessment.weight_kg, Some(held));
            for units in WeightUnits::ALL {
                let shown = Assessment {
                    weight_units: Some(units),
                    ..assessment.clone()
                };
                let text = field_text(&shown, Field::Weight).unwrap();
                let mut again = shown.clone();
                apply_field(&mut again, Field::Weight, &text).unwrap();
                assert!((again.weight_kg.unwrap() - held).abs() < 0.05, "{text}");
            }
        }
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
