//! The model's one table: every weight and threshold, with why it is there and where the
//! figure comes from. `docs/model.md` mirrors it row for row (a test keeps them in step).
//! Changing any value here means bumping `MODEL_VERSION`.

/// Recorded with every saved assessment, so a score can be recomputed and compared later.
pub const MODEL_VERSION: &str = "2026.11.1";

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Param {
    pub name: &'static str,
    pub value: f64,
    pub rationale: &'static str,
    pub citation: &'static str,
}

const NIELSEN_2014: &str = "Nielsen RO et al. 2014, J Orthop Sports Phys Ther 44(10):739-747";
const RUNSAFE_2025: &str =
    "Garmin-RUNSAFE Running Health Study 2025, Br J Sports Med, \"How much running is too much? Identifying high-risk running sessions in a 5200-person cohort study\"";
const IMPELLIZZERI_2021: &str =
    "Impellizzeri FM et al. 2021, Sports Med 51(3):581-592; no dose-response in the Garmin-RUNSAFE cohort 2025";
const LAUERSEN_2018: &str = "Lauersen JB et al. 2018, Br J Sports Med 52(24):1557-1563";
const NEAL_2019: &str = "Neal BS et al. 2019, Br J Sports Med 53(5):270-281";
const WITVROUW_2000: &str = "Witvrouw E et al. 2000, Am J Sports Med 28(4):480-489";
const PIVA_2005: &str =
    "Piva SR et al. 2005, J Orthop Sports Phys Ther 35(12):793-801 (cross-sectional)";
const CROSSLEY_2016: &str = "Crossley KM et al. 2016, Br J Sports Med 50(14):839-843";
const WILLSON_2014: &str = "Willson JD et al. 2014, Clin Biomech 29(3):243-247";
const NOEHREN_2013: &str = "Noehren B et al. 2013, Med Sci Sports Exerc 45(6):1120-1124";
const LENHART_2014: &str = "Lenhart RL et al. 2014, Med Sci Sports Exerc 46(3):557-564";
const NEAL_2014: &str = "Neal BS et al. 2014, J Foot Ankle Res 7:55";
const MALISOUX_2015_SHOES: &str = "Malisoux L et al. 2015, Scand J Med Sci Sports 25(1):110-115";
const MALISOUX_2015_HISTORY: &str =
    "Malisoux L et al. 2015, J Sci Med Sport 18(5):523-528; van der Worp MP et al. 2015, PLoS One 10(2):e0114937";
const OPINION: &str = "No prospective evidence; clinical reasoning, kept small";

/// Every parameter of the model. Field names are the row names in `docs/model.md`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub distance_ceiling_km: Param,
    pub chronic_floor_km: Param,
    pub progression_start: Param,
    pub progression_high: Param,
    pub progression_high_points: Param,
    pub progression_double: Param,
    pub progression_max_points: Param,
    pub ratio_start: Param,
    pub ratio_full: Param,
    pub ratio_max_points: Param,
    pub long_run_floor_km: Param,
    pub long_run_start: Param,
    pub long_run_points: Param,
    pub long_run_near_double_points: Param,
    pub long_run_double_points: Param,
    pub long_run_max_points: Param,
    pub added_speed_points: Param,
    pub added_hills_points: Param,
    pub less_rest_points: Param,
    pub no_rest_day_runs: Param,
    pub strength_none_points: Param,
    pub strength_one_points: Param,
    pub strength_two_points: Param,
    pub quad_focus_missing_points: Param,
    pub quad_tightness_points_per_level: Param,
    pub other_tightness_points_per_level: Param,
    pub other_tightness_max_points: Param,
    pub sitting_start_hours: Param,
    pub sitting_full_hours: Param,
    pub sitting_max_points: Param,
    pub overstride_points: Param,
    pub knee_in_points: Param,
    pub hip_drop_points: Param,
    pub cadence_ok: Param,
    pub cadence_low: Param,
    pub cadence_max_points: Param,
    pub overpronation_points: Param,
    pub supination_points: Param,
    pub shoe_change_points: Param,
    pub shoe_minimal_points: Param,
    pub shoe_worn_start_km: Param,
    pub shoe_worn_full_km: Param,
    pub shoe_worn_points: Param,
    pub weight_start_kg: Param,
    pub weight_full_kg: Param,
    pub weight_max_points: Param,
    pub weight_gain_start_kg: Param,
    pub weight_gain_full_kg: Param,
    pub weight_gain_max_points: Param,
    pub injury_healed_points: Param,
    pub injury_recurring_points: Param,
    pub pain_points_per_level: Param,
    pub band_moderate_from: Param,
    pub band_high_from: Param,
    pub band_very_high_from: Param,
}

pub const WEIGHTS: Weights = Weights {
    distance_ceiling_km: Param {
        name: "distance_ceiling_km",
        value: 2000.0,
        rationale: "Distances above this are treated as this, so absurd input stays finite and bounded.",
        citation: "Arithmetic guard, not evidence",
    },
    chronic_floor_km: Param {
        name: "chronic_floor_km",
        value: 10.0,
        rationale: "Newcomers and runners back from a break have recent weeks near zero; ratios use at least this, so they get a clear, bounded answer instead of a division blow-up.",
        citation: OPINION,
    },
    progression_start: Param {
        name: "progression_start",
        value: 0.10,
        rationale: "Below a 10% rise over two weeks no extra risk was seen.",
        citation: NIELSEN_2014,
    },
    progression_high: Param {
        name: "progression_high",
        value: 0.30,
        rationale: "More than 30% over two weeks: hazard ratio 1.59 for distance-related injuries, patellofemoral pain among them.",
        citation: NIELSEN_2014,
    },
    progression_high_points: Param {
        name: "progression_high_points",
        value: 8.0,
        rationale: "Points reached at a 30% rise, growing in a straight line from 10%.",
        citation: NIELSEN_2014,
    },
    progression_double: Param {
        name: "progression_double",
        value: 1.0,
        rationale: "A doubling over two weeks earns the factor's maximum.",
        citation: NIELSEN_2014,
    },
    progression_max_points: Param {
        name: "progression_max_points",
        value: 16.0,
        rationale: "The largest training factor, beside the single long run, as the best-supported load measure.",
        citation: NIELSEN_2014,
    },
    ratio_start: Param {
        name: "ratio_start",
        value: 1.2,
        rationale: "This week against the mean of the weeks before it (the acute week left out of the chronic mean); points start above 1.2.",
        citation: IMPELLIZZERI_2021,
    },
    ratio_full: Param {
        name: "ratio_full",
        value: 2.0,
        rationale: "The ratio at which the factor's maximum is reached.",
        citation: IMPELLIZZERI_2021,
    },
    ratio_max_points: Param {
        name: "ratio_max_points",
        value: 6.0,
        rationale: "Kept small: the acute:chronic ratio is contested and showed no dose-response in the largest running cohort.",
        citation: IMPELLIZZERI_2021,
    },
    long_run_floor_km: Param {
        name: "long_run_floor_km",
        value: 3.0,
        rationale: "A first run after 30 days without one is compared with at least this, so the spike stays bounded.",
        citation: OPINION,
    },
    long_run_start: Param {
        name: "long_run_start",
        value: 0.10,
        rationale: "A single run more than 10% longer than the longest of the previous 30 days raised the injury rate; up to 10% was the reference.",
        citation: RUNSAFE_2025,
    },
    long_run_points: Param {
        name: "long_run_points",
        value: 6.0,
        rationale: "Points as soon as the run is more than 10% longer (10 to 30% longer: hazard rate ratio 1.64).",
        citation: RUNSAFE_2025,
    },
    long_run_near_double_points: Param {
        name: "long_run_near_double_points",
        value: 8.0,
        rationale: "Reached at twice the previous longest; the rise from 6 is gentle because 30 to 100% longer carried a similar ratio (1.52).",
        citation: RUNSAFE_2025,
    },
    long_run_double_points: Param {
        name: "long_run_double_points",
        value: 12.0,
        rationale: "Points as soon as the run is more than twice the previous longest (hazard rate ratio 2.28).",
        citation: RUNSAFE_2025,
    },
    long_run_max_points: Param {
        name: "long_run_max_points",
        value: 16.0,
        rationale: "Reached at three times the previous longest.",
        citation: RUNSAFE_2025,
    },
    added_speed_points: Param {
        name: "added_speed_points",
        value: 4.0,
        rationale: "Faster running raises knee joint forces per step; a recent addition is a change in load.",
        citation: NIELSEN_2014,
    },
    added_hills_points: Param {
        name: "added_hills_points",
        value: 4.0,
        rationale: "Downhill running in particular loads the front of the knee more per step.",
        citation: CROSSLEY_2016,
    },
    less_rest_points: Param {
        name: "less_rest_points",
        value: 4.0,
        rationale: "Less time between runs leaves less time for tissues to recover.",
        citation: OPINION,
    },
    no_rest_day_runs: Param {
        name: "no_rest_day_runs",
        value: 7.0,
        rationale: "Seven or more runs in seven days counts as less rest even when not ticked.",
        citation: OPINION,
    },
    strength_none_points: Param {
        name: "strength_none_points",
        value: 12.0,
        rationale: "Strength training cut sports injuries to about a third (relative risk 0.338 in trials); none at all is the largest capacity gap.",
        citation: LAUERSEN_2018,
    },
    strength_one_points: Param {
        name: "strength_one_points",
        value: 7.0,
        rationale: "One session a week: some of the protection.",
        citation: LAUERSEN_2018,
    },
    strength_two_points: Param {
        name: "strength_two_points",
        value: 3.0,
        rationale: "Two sessions a week: most of it; three or more score nothing.",
        citation: LAUERSEN_2018,
    },
    quad_focus_missing_points: Param {
        name: "quad_focus_missing_points",
        value: 4.0,
        rationale: "Quadriceps weakness is the one prospective risk factor for patellofemoral pain; hip weakness is not, so only a missing quad focus scores.",
        citation: NEAL_2019,
    },
    quad_tightness_points_per_level: Param {
        name: "quad_tightness_points_per_level",
        value: 3.0,
        rationale: "Shortened quadriceps predicted anterior knee pain in a prospective cohort.",
        citation: WITVROUW_2000,
    },
    other_tightness_points_per_level: Param {
        name: "other_tightness_points_per_level",
        value: 1.0,
        rationale: "Hip flexor, hamstring and calf tightness are seen with patellofemoral pain, but without prospective evidence.",
        citation: PIVA_2005,
    },
    other_tightness_max_points: Param {
        name: "other_tightness_max_points",
        value: 6.0,
        rationale: "Cap for the three muscles together.",
        citation: PIVA_2005,
    },
    sitting_start_hours: Param {
        name: "sitting_start_hours",
        value: 6.0,
        rationale: "Long sitting with bent knees loads the kneecap and typically provokes this pain.",
        citation: CROSSLEY_2016,
    },
    sitting_full_hours: Param {
        name: "sitting_full_hours",
        value: 10.0,
        rationale: "Hours at which the factor's maximum is reached.",
        citation: CROSSLEY_2016,
    },
    sitting_max_points: Param {
        name: "sitting_max_points",
        value: 3.0,
        rationale: "Small: an aggravating posture, not a proven cause.",
        citation: CROSSLEY_2016,
    },
    overstride_points: Param {
        name: "overstride_points",
        value: 6.0,
        rationale: "A 10% longer step raised patellofemoral joint stress per step by about 31%.",
        citation: WILLSON_2014,
    },
    knee_in_points: Param {
        name: "knee_in_points",
        value: 5.0,
        rationale: "Greater hip adduction (the knee drifting in) predicted patellofemoral pain in female runners.",
        citation: NOEHREN_2013,
    },
    hip_drop_points: Param {
        name: "hip_drop_points",
        value: 3.0,
        rationale: "Hip drop goes with the same collapse of the leg; seen by eye less reliably.",
        citation: NOEHREN_2013,
    },
    cadence_ok: Param {
        name: "cadence_ok",
        value: 170.0,
        rationale: "Steps a minute at or above which cadence scores nothing.",
        citation: LENHART_2014,
    },
    cadence_low: Param {
        name: "cadence_low",
        value: 150.0,
        rationale: "A 10% higher step rate lowered peak patellofemoral force by 14%; a low cadence reaches the maximum here.",
        citation: LENHART_2014,
    },
    cadence_max_points: Param {
        name: "cadence_max_points",
        value: 6.0,
        rationale: "Points at or below the low cadence.",
        citation: LENHART_2014,
    },
    overpronation_points: Param {
        name: "overpronation_points",
        value: 2.0,
        rationale: "A pronated foot posture is a small prospective risk factor; evidence is limited.",
        citation: NEAL_2014,
    },
    supination_points: Param {
        name: "supination_points",
        value: 1.0,
        rationale: "Less studied than pronation; kept minimal.",
        citation: NEAL_2014,
    },
    shoe_change_points: Param {
        name: "shoe_change_points",
        value: 2.0,
        rationale: "A new pair unlike the old changes how load is shared between joints; a similar model scores nothing.",
        citation: MALISOUX_2015_SHOES,
    },
    shoe_minimal_points: Param {
        name: "shoe_minimal_points",
        value: 3.0,
        rationale: "A sudden move to minimal shoes changes stride and load the most.",
        citation: MALISOUX_2015_SHOES,
    },
    shoe_worn_start_km: Param {
        name: "shoe_worn_start_km",
        value: 600.0,
        rationale: "Distance in one pair after which wear starts to score.",
        citation: OPINION,
    },
    shoe_worn_full_km: Param {
        name: "shoe_worn_full_km",
        value: 1000.0,
        rationale: "Distance at which wear scores its maximum.",
        citation: OPINION,
    },
    shoe_worn_points: Param {
        name: "shoe_worn_points",
        value: 2.0,
        rationale: "Worn shoes; rotating more than one pair went with fewer injuries (hazard ratio 0.61).",
        citation: MALISOUX_2015_SHOES,
    },
    weight_start_kg: Param {
        name: "weight_start_kg",
        value: 85.0,
        rationale: "Load per step is a multiple of body weight, so heavier runners load the knee more per step.",
        citation: NEAL_2019,
    },
    weight_full_kg: Param {
        name: "weight_full_kg",
        value: 110.0,
        rationale: "Weight at which the factor's weight part reaches its maximum.",
        citation: NEAL_2019,
    },
    weight_max_points: Param {
        name: "weight_max_points",
        value: 3.0,
        rationale: "Modest: body mass index alone did not predict patellofemoral pain.",
        citation: NEAL_2019,
    },
    weight_gain_start_kg: Param {
        name: "weight_gain_start_kg",
        value: 1.0,
        rationale: "Recent gain adds load the knee has not adapted to.",
        citation: OPINION,
    },
    weight_gain_full_kg: Param {
        name: "weight_gain_full_kg",
        value: 5.0,
        rationale: "Gain over 8 weeks at which the gain part reaches its maximum.",
        citation: OPINION,
    },
    weight_gain_max_points: Param {
        name: "weight_gain_max_points",
        value: 2.0,
        rationale: "Small, for the same reason as body weight.",
        citation: NEAL_2019,
    },
    injury_healed_points: Param {
        name: "injury_healed_points",
        value: 8.0,
        rationale: "A previous injury is the most consistent predictor of the next (hazard ratio 1.72).",
        citation: MALISOUX_2015_HISTORY,
    },
    injury_recurring_points: Param {
        name: "injury_recurring_points",
        value: 14.0,
        rationale: "An injury that keeps coming back means capacity has not been rebuilt.",
        citation: MALISOUX_2015_HISTORY,
    },
    pain_points_per_level: Param {
        name: "pain_points_per_level",
        value: 1.5,
        rationale: "Pain now means the knee is already loaded past what it tolerates; 10 out of 10 gives 15 points.",
        citation: CROSSLEY_2016,
    },
    band_moderate_from: Param {
        name: "band_moderate_from",
        value: 25.0,
        rationale: "Score from which the band is moderate: one clear load change, or several small ones.",
        citation: OPINION,
    },
    band_high_from: Param {
        name: "band_high_from",
        value: 50.0,
        rationale: "Score from which the band is high: load changes on top of low capacity or history.",
        citation: OPINION,
    },
    band_very_high_from: Param {
        name: "band_very_high_from",
        value: 75.0,
        rationale: "Score from which the band is very high: most factors at once.",
        citation: OPINION,
    },
};

impl Weights {
    /// Every row, in the table's order: what `docs/model.md` must mirror.
    pub fn rows(&self) -> Vec<Param> {
        vec![
            self.distance_ceiling_km,
            self.chronic_floor_km,
            self.progression_start,
            self.progression_high,
            self.progression_high_points,
            self.progression_double,
            self.progression_max_points,
            self.ratio_start,
            self.ratio_full,
            self.ratio_max_points,
            self.long_run_floor_km,
            self.long_run_start,
            self.long_run_points,
            self.long_run_near_double_points,
            self.long_run_double_points,
            self.long_run_max_points,
            self.added_speed_points,
            self.added_hills_points,
            self.less_rest_points,
            self.no_rest_day_runs,
            self.strength_none_points,
            self.strength_one_points,
            self.strength_two_points,
            self.quad_focus_missing_points,
            self.quad_tightness_points_per_level,
            self.other_tightness_points_per_level,
            self.other_tightness_max_points,
            self.sitting_start_hours,
            self.sitting_full_hours,
            self.sitting_max_points,
            self.overstride_points,
            self.knee_in_points,
            self.hip_drop_points,
            self.cadence_ok,
            self.cadence_low,
            self.cadence_max_points,
            self.overpronation_points,
            self.supination_points,
            self.shoe_change_points,
            self.shoe_minimal_points,
            self.shoe_worn_start_km,
            self.shoe_worn_full_km,
            self.shoe_worn_points,
            self.weight_start_kg,
            self.weight_full_kg,
            self.weight_max_points,
            self.weight_gain_start_kg,
            self.weight_gain_full_kg,
            self.weight_gain_max_points,
            self.injury_healed_points,
            self.injury_recurring_points,
            self.pain_points_per_level,
            self.band_moderate_from,
            self.band_high_from,
            self.band_very_high_from,
        ]
    }
}

/// A straight line from `(x0, y0)` to `(x1, y1)`, flat outside it. Every graded factor uses
/// it, so each is non-decreasing in its input and bounded by its ends.
pub fn ramp(x: f64, x0: f64, x1: f64, y0: f64, y1: f64) -> f64 {
    if x.is_nan() || x <= x0 {
        y0
    } else if x >= x1 {
        y1
    } else {
        y0 + (x - x0) / (x1 - x0) * (y1 - y0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_unique_name_a_reason_and_a_source() {
        let rows = WEIGHTS.rows();
        let mut names: Vec<_> = rows.iter().map(|row| row.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), rows.len());
        for row in rows {
            assert!(row.value.is_finite(), "{}", row.name);
            assert!(!row.rationale.is_empty(), "{}", row.name);
            assert!(!row.citation.is_empty(), "{}", row.name);
        }
    }

    #[test]
    fn docs_mirror_every_row_with_its_value() {
        let docs = include_str!("../../docs/model.md");
        for row in WEIGHTS.rows() {
            let line = format!("| `{}` | {} |", row.name, row.value);
            assert!(docs.contains(&line), "docs/model.md lacks the row: {line}");
        }
        assert!(
            docs.contains(MODEL_VERSION),
            "docs/model.md names another version"
        );
    }

    #[test]
    fn ramp_is_flat_outside_and_straight_inside() {
        assert_eq!(ramp(0.0, 1.0, 2.0, 0.0, 10.0), 0.0);
        assert_eq!(ramp(1.5, 1.0, 2.0, 0.0, 10.0), 5.0);
        assert_eq!(ramp(9.0, 1.0, 2.0, 0.0, 10.0), 10.0);
        assert_eq!(ramp(f64::NAN, 1.0, 2.0, 0.0, 10.0), 0.0);
    }
}
