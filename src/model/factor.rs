//! The factors the score is made of: their keys (as in `docs/model.md` and `data-factor`),
//! what a runner can change, and which answers each one needs.

use super::field::Field;
use super::weights::WEIGHTS;

/// One contributing factor of the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Factor {
    WeeklyProgression,
    LongRunSpike,
    AddedIntensity,
    StrengthTraining,
    QuadStrengthFocus,
    QuadTightness,
    OtherTightness,
    Sitting,
    Overstriding,
    KneeControl,
    Cadence,
    FootMechanics,
    Footwear,
    BodyWeight,
    PreviousInjury,
    CurrentPain,
}

impl Factor {
    pub const ALL: [Factor; 16] = [
        Factor::WeeklyProgression,
        Factor::LongRunSpike,
        Factor::AddedIntensity,
        Factor::StrengthTraining,
        Factor::QuadStrengthFocus,
        Factor::QuadTightness,
        Factor::OtherTightness,
        Factor::Sitting,
        Factor::Overstriding,
        Factor::KneeControl,
        Factor::Cadence,
        Factor::FootMechanics,
        Factor::Footwear,
        Factor::BodyWeight,
        Factor::PreviousInjury,
        Factor::CurrentPain,
    ];

    /// The key used by `data-factor` and `docs/model.md`.
    pub fn key(self) -> &'static str {
        match self {
            Factor::WeeklyProgression => "weekly_progression",
            Factor::LongRunSpike => "long_run_spike",
            Factor::AddedIntensity => "added_intensity",
            Factor::StrengthTraining => "strength_training",
            Factor::QuadStrengthFocus => "quad_strength_focus",
            Factor::QuadTightness => "quad_tightness",
            Factor::OtherTightness => "other_tightness",
            Factor::Sitting => "sitting",
            Factor::Overstriding => "overstriding",
            Factor::KneeControl => "knee_control",
            Factor::Cadence => "cadence",
            Factor::FootMechanics => "foot_mechanics",
            Factor::Footwear => "footwear",
            Factor::BodyWeight => "body_weight",
            Factor::PreviousInjury => "previous_injury",
            Factor::CurrentPain => "current_pain",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Factor::WeeklyProgression => "This week against your usual",
            Factor::LongRunSpike => "Long-run jump",
            Factor::AddedIntensity => "Added speed, hills or less rest",
            Factor::StrengthTraining => "Strength training",
            Factor::QuadStrengthFocus => "Quads in your strength work",
            Factor::QuadTightness => "Tight quads",
            Factor::OtherTightness => "Tight hips, hamstrings or calves",
            Factor::Sitting => "Long sitting",
            Factor::Overstriding => "Overstriding",
            Factor::KneeControl => "Knee drifting in, hip dropping",
            Factor::Cadence => "Low cadence",
            Factor::FootMechanics => "Foot mechanics",
            Factor::Footwear => "Footwear",
            Factor::BodyWeight => "Body weight",
            Factor::PreviousInjury => "Previous knee injury",
            Factor::CurrentPain => "Pain now",
        }
    }

    /// Whether the runner can change it within weeks.
    pub fn modifiable(self) -> bool {
        !matches!(
            self,
            Factor::PreviousInjury | Factor::CurrentPain | Factor::FootMechanics
        )
    }

    pub fn learn_section(self) -> &'static str {
        match self {
            Factor::WeeklyProgression | Factor::LongRunSpike | Factor::AddedIntensity => {
                "training-load"
            }
            Factor::StrengthTraining | Factor::QuadStrengthFocus => "strength",
            Factor::QuadTightness | Factor::OtherTightness | Factor::Sitting => "flexibility",
            Factor::Overstriding | Factor::KneeControl | Factor::Cadence => "form",
            Factor::FootMechanics | Factor::Footwear => "footwear",
            Factor::BodyWeight => "body",
            Factor::PreviousInjury | Factor::CurrentPain => "history",
        }
    }

    /// The answers the factor reads; when they are missing it is unknown, not zero.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Factor::WeeklyProgression => &[Field::Week, Field::Prev],
            Factor::LongRunSpike => &[Field::Longest, Field::Longest30],
            Factor::AddedIntensity => &[Field::Added, Field::Runs],
            Factor::StrengthTraining => &[Field::Strength],
            Factor::QuadStrengthFocus => &[Field::Focus],
            Factor::QuadTightness | Factor::OtherTightness => &[Field::Tight],
            Factor::Sitting => &[Field::Sitting],
            Factor::Overstriding | Factor::KneeControl => &[Field::Form],
            Factor::Cadence => &[Field::Cadence],
            Factor::FootMechanics => &[Field::Feet],
            Factor::Footwear => &[Field::Shoes, Field::ShoeDist],
            Factor::BodyWeight => &[Field::Weight, Field::WeightChange],
            Factor::PreviousInjury => &[Field::Injury],
            Factor::CurrentPain => &[Field::Pain],
        }
    }

    /// What to ask while the factor is unknown: those of its answers still missing, so a
    /// runner is not asked again for what they gave (runs, say, when only what was added is
    /// missing); all of them when each has some answer but not the one it needs (a muscle's
    /// tightness when only another muscle's is given).
    pub fn asks(self, assessment: &super::Assessment) -> Vec<Field> {
        let missing: Vec<Field> = self
            .fields()
            .iter()
            .copied()
            .filter(|field| super::field::field_text(assessment, *field).is_none())
            .collect();
        if missing.is_empty() {
            self.fields().to_vec()
        } else {
            missing
        }
    }

    /// The highest rate ratio the factor can give, straight from the weights table: what an
    /// unanswered question could still add. Quads in strength work only count once the
    /// number of sessions is known, so an unknown count already covers its worst case.
    pub fn worst_rate(self, assessment: &super::Assessment) -> f64 {
        let w = &WEIGHTS;
        match self {
            Factor::WeeklyProgression => w.progression_double_rate.value,
            Factor::LongRunSpike => w.long_run_double_rate.value,
            Factor::AddedIntensity => {
                w.added_speed_rate.value * w.added_hills_rate.value * w.less_rest_rate.value
            }
            Factor::StrengthTraining => w.strength_none_rate.value,
            Factor::QuadStrengthFocus => match assessment.strength_sessions {
                Some(sessions) if sessions > 0 => w.quad_focus_missing_rate.value,
                _ => 1.0,
            },
            Factor::QuadTightness => w.quad_tightness_marked_rate.value,
            Factor::OtherTightness => w.other_tightness_max_rate.value,
            Factor::Sitting => w.sitting_max_rate.value,
            Factor::Overstriding => w.overstride_rate.value,
            Factor::KneeControl => w.knee_in_rate.value * w.hip_drop_rate.value,
            Factor::Cadence => w.cadence_low_rate.value,
            Factor::FootMechanics => w.overpronation_rate.value,
            Factor::Footwear => w.shoe_minimal_rate.value * w.shoe_worn_rate.value,
            Factor::BodyWeight => w.weight_max_rate.value * w.weight_gain_max_rate.value,
            Factor::PreviousInjury => w.injury_previous_rate.value,
            Factor::CurrentPain => w.pain_max_rate.value,
        }
    }

    /// What the factor's rate ratio rests on, which decides how it combines with the others.
    pub fn evidence(self) -> Evidence {
        match self {
            Factor::WeeklyProgression => Evidence::TrainingChange,
            Factor::LongRunSpike => Evidence::TrainingChange,
            Factor::StrengthTraining | Factor::PreviousInjury => Evidence::Published,
            Factor::CurrentPain => Evidence::Symptom,
            _ => Evidence::Opinion,
        }
    }

    /// Whether the factor is part of the load the knee carries (training and how it changed),
    /// rather than how prepared the knee is for it (strength, past injury, body, form, feet).
    pub fn is_load(self) -> bool {
        matches!(
            self,
            Factor::WeeklyProgression | Factor::LongRunSpike | Factor::AddedIntensity
        )
    }
}

/// The kind of evidence behind a factor's rate ratio.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// The week's rise and the single long run: two measures of one change in training,
    /// each with a ratio from a running cohort; only the larger counts.
    TrainingChange,
    /// A ratio published by a cohort or a trial (shrunk where it is indirect).
    Published,
    /// No published rate ratio: lab, cross-sectional or consensus sources, or none. Together
    /// these stop short of the high band (`opinion_ceiling_rate`).
    Opinion,
    /// Pain now: not a risk factor a cohort could follow, since cohorts start pain-free.
    Symptom,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{TightMuscle, Tightness};
    use crate::model::Assessment;

    #[test]
    fn an_unknown_factor_asks_only_for_what_is_missing() {
        let runs_given = Assessment {
            runs: Some(4),
            ..Assessment::default()
        };
        assert_eq!(Factor::AddedIntensity.asks(&runs_given), [Field::Added]);
        assert_eq!(
            Factor::AddedIntensity.asks(&Assessment::default()),
            [Field::Added, Field::Runs]
        );
        let week_given = Assessment {
            week_km: Some(30.0),
            ..Assessment::default()
        };
        assert_eq!(Factor::WeeklyProgression.asks(&week_given), [Field::Prev]);
    }

    #[test]
    fn a_factor_whose_answers_are_all_started_still_asks_for_them() {
        let mut hamstrings_only = Assessment::default();
        hamstrings_only
            .tightness
            .insert(TightMuscle::Hamstrings, Tightness::Mild);
        assert_eq!(Factor::QuadTightness.asks(&hamstrings_only), [Field::Tight]);
    }
}
