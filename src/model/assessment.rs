//! Everything a runner tells us, normalised to km and kg so the model never sees units.
//!
//! `None` always means "not answered": the model treats it as unknown, never as zero.

use crate::model::sorted::SortedMap;

use serde::{Deserialize, Serialize};

use super::list_answer::ListAnswer;
use super::units::{Units, WeightUnits};

/// Training added in the last four weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AddedTraining {
    Speed,
    Hills,
    LessRest,
}

/// Muscle groups a strength session can train.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StrengthFocus {
    Quads,
    Glutes,
    Hamstrings,
    Calves,
}

/// Muscles whose tightness we ask about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TightMuscle {
    Quads,
    HipFlexors,
    Hamstrings,
    Calves,
}

impl TightMuscle {
    pub const ALL: [TightMuscle; 4] = [
        TightMuscle::Quads,
        TightMuscle::HipFlexors,
        TightMuscle::Hamstrings,
        TightMuscle::Calves,
    ];
}

/// How tight a muscle feels, as the link's levels 0 to 3.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tightness {
    None,
    Mild,
    Moderate,
    Marked,
}

/// Footwear change in the last four weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ShoeChange {
    Same,
    NewSimilar,
    NewMinimal,
    NewCushioned,
    NewOther,
}

/// Form faults seen on video or by a coach.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FormSign {
    Overstride,
    KneeIn,
    HipDrop,
}

/// Previous knee injury.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InjuryHistory {
    None,
    Healed,
    Recurring,
}

/// Foot mechanics as the runner knows them; `Unknown` is an honest answer, scored as unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FootMechanics {
    Neutral,
    Overpronation,
    Supination,
    Unknown,
}

/// Signs that need a clinician whatever the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarningSign {
    GivingWay,
    Locking,
    Swelling,
    Trauma,
    NightPain,
}

/// Where the knee hurts. Runner's knee sits around or behind the kneecap; elsewhere the
/// pain sounds more like another problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainSite {
    Front,
    Below,
    Inside,
    Outside,
    Back,
    Unsure,
}

/// One runner's answers. Distances in km, weights in kg; `units` only says how to show them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Assessment {
    pub units: Units,
    /// `None` follows `units` (kg with km, lb with mi), as links before `wunits` did.
    pub weight_units: Option<WeightUnits>,
    pub week_km: Option<f64>,
    /// The four weeks before the last seven days, most recent first; empty when unknown.
    pub previous_weeks_km: Vec<f64>,
    pub longest_run_km: Option<f64>,
    pub longest_run_30d_km: Option<f64>,
    pub runs: Option<u8>,
    pub added: ListAnswer<AddedTraining>,
    pub strength_sessions: Option<u8>,
    pub strength_focus: ListAnswer<StrengthFocus>,
    /// Muscles not in the map are unanswered.
    pub tightness: SortedMap<TightMuscle, Tightness>,
    pub sitting_hours: Option<f64>,
    pub shoes: Option<ShoeChange>,
    pub shoe_km: Option<f64>,
    pub weight_kg: Option<f64>,
    /// Positive when gained over the last eight weeks.
    pub weight_change_kg: Option<f64>,
    pub form: ListAnswer<FormSign>,
    pub cadence: Option<u16>,
    pub injury: Option<InjuryHistory>,
    pub feet: Option<FootMechanics>,
    pub pain: Option<u8>,
    pub pain_site: Option<PainSite>,
    /// Weeks the knee has hurt.
    pub pain_weeks: Option<u8>,
    pub flags: ListAnswer<WarningSign>,
    /// Whole years; changes the words (growing or older knees), never the rate.
    pub age: Option<u8>,
}

impl Assessment {
    /// The units body weight is shown and typed in.
    pub fn weight_units(&self) -> WeightUnits {
        self.weight_units
            .unwrap_or_else(|| WeightUnits::following(self.units))
    }
}

impl Tightness {
    /// The link's level number.
    pub fn level(self) -> u8 {
        match self {
            Tightness::None => 0,
            Tightness::Mild => 1,
            Tightness::Moderate => 2,
            Tightness::Marked => 3,
        }
    }

    pub fn from_level(level: u8) -> Option<Self> {
        match level {
            0 => Some(Tightness::None),
            1 => Some(Tightness::Mild),
            2 => Some(Tightness::Moderate),
            3 => Some(Tightness::Marked),
            _ => None,
        }
    }
}
