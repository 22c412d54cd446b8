//! The model's one table: every rate ratio and threshold, with why it is there and where the
//! figure comes from. `docs/model.md` mirrors it row for row (a test keeps them in step).
//! Changing any value here means bumping `MODEL_VERSION`.
//!
//! Each factor gives a rate ratio against the reference runner (steady load, two strength
//! sessions a week that include the quads, no known risk factor). Where the evidence is
//! indirect the published ratio is shrunk on a log scale and the row says by how much.

/// Recorded with every saved assessment, so a score can be recomputed and compared later.
pub const MODEL_VERSION: &str = "2026.11.2";

/// One row of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Param {
    pub name: &'static str,
    pub value: f64,
    pub rationale: &'static str,
    pub citation: &'static str,
}

const GUARD: &str = "Arithmetic guard, not evidence";
const OPINION: &str = "No published rate ratio; clinical reasoning, kept small";
const NIELSEN_2014: &str = "Nielsen RO, Parner ET, Nohr EA, Sørensen H, Lind M, Rasmussen S. 2014, J Orthop Sports Phys Ther 44(10):739-747";
const NIELSEN_2014_AND_RUNSAFE: &str = "Nielsen RO et al. 2014, J Orthop Sports Phys Ther 44(10):739-747; Frandsen et al. 2025, Br J Sports Med 59(17):1203-1210";
const NIELSEN_2014_EXTRAPOLATED: &str = "Nielsen RO et al. 2014, J Orthop Sports Phys Ther 44(10):739-747, extrapolated beyond its categories";
const RUNSAFE_2025: &str = "Frandsen et al. 2025 (Garmin-RUNSAFE Running Health Study, 5200 runners), Br J Sports Med 59(17):1203-1210";
const LAUERSEN_2018: &str =
    "Lauersen JB, Andersen TE, Andersen LB. 2018, Br J Sports Med 52(24):1557-1563";
const NEAL_2019: &str = "Neal BS, Lack SD, Lankhorst NE, Raye A, Morrissey D, van Middelkoop M. 2019, Br J Sports Med 53(5):270-281";
const WITVROUW_2000: &str = "Witvrouw E, Lysens R, Bellemans J, Cambier D, Vanderstraeten G. 2000, Am J Sports Med 28(4):480-489";
const PIVA_2005: &str = "Piva SR, Goodnite EA, Childs JD. 2005, J Orthop Sports Phys Ther 35(12):793-801 (cross-sectional; hip flexors not measured)";
const CROSSLEY_2016: &str = "Crossley KM, Stefanik JJ, Selfe J, et al. 2016, Br J Sports Med 50(14):839-843 (consensus statement)";
const WILLSON_2014: &str =
    "Willson JD, Sharpee R, Meardon SA, Kernozek TW. 2014, Clin Biomech 29(3):243-247";
const NOEHREN_2013: &str =
    "Noehren B, Hamill J, Davis I. 2013, Med Sci Sports Exerc 45(6):1120-1124";
const LENHART_2014: &str = "Lenhart RL, Thelen DG, Wille CM, Chumanov ES, Heiderscheit BC. 2014, Med Sci Sports Exerc 46(3):557-564";
const NEAL_2014: &str = "Neal BS, Griffiths IB, Dowling GJ, et al. 2014, J Foot Ankle Res 7:55";
const RYAN_2014: &str =
    "Ryan M, Elashi M, Newsham-West R, Taunton J. 2014, Br J Sports Med 48(16):1257-1262";
const MALISOUX_2015_AND_VAN_DER_WORP_2015: &str = "Malisoux L, Ramesh J, Mann R, Seil R, Urhausen A, Theisen D. 2015, Scand J Med Sci Sports 25(1):110-115; van der Worp MP et al. 2015, PLoS One 10(2):e0114937";

/// Every parameter of the model. Field names are the row names in `docs/model.md`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights {
    pub distance_ceiling_km: Param,
    pub pseudo_week_km: Param,
    pub progression_start: Param,
    pub progression_high: Param,
    pub progression_high_rate: Param,
    pub progression_double_rate: Param,
    pub progression_triple_rate: Param,
    pub long_run_start: Param,
    pub long_run_plateau_from: Param,
    pub long_run_plateau_rate: Param,
    pub long_run_double: Param,
    pub long_run_double_full: Param,
    pub long_run_double_rate: Param,
    pub long_run_triple_rate: Param,
    pub long_run_floor_km: Param,
    pub added_speed_rate: Param,
    pub added_hills_rate: Param,
    pub less_rest_rate: Param,
    pub no_rest_day_runs: Param,
    pub strength_none_rate: Param,
    pub strength_one_rate: Param,
    pub strength_three_plus_rate: Param,
    pub quad_focus_missing_rate: Param,
    pub quad_tightness_marked_rate: Param,
    pub other_tightness_max_rate: Param,
    pub sitting_start_hours: Param,
    pub sitting_full_hours: Param,
    pub sitting_max_rate: Param,
    pub overstride_rate: Param,
    pub knee_in_rate: Param,
    pub hip_drop_rate: Param,
    pub cadence_ok: Param,
    pub cadence_low: Param,
    pub cadence_low_rate: Param,
    pub overpronation_rate: Param,
    pub supination_rate: Param,
    pub shoe_change_rate: Param,
    pub shoe_minimal_rate: Param,
    pub shoe_worn_start_km: Param,
    pub shoe_worn_full_km: Param,
    pub shoe_worn_rate: Param,
    pub weight_start_kg: Param,
    pub weight_full_kg: Param,
    pub weight_max_rate: Param,
    pub weight_gain_start_kg: Param,
    pub weight_gain_full_kg: Param,
    pub weight_gain_max_rate: Param,
    pub injury_healed_rate: Param,
    pub injury_recurring_rate: Param,
    pub pain_max_rate: Param,
    pub pain_rehab_from: Param,
    pub what_if_min_week_km: Param,
    pub band_moderate_from: Param,
    pub band_high_from: Param,
    pub band_very_high_from: Param,
}

pub const WEIGHTS: Weights = Weights {
    distance_ceiling_km: Param {
        name: "distance_ceiling_km",
        value: 2000.0,
        rationale: "Distances above this are treated as this, so a stored value from an older version stays finite and bounded; the form and links refuse far less.",
        citation: GUARD,
    },
    pseudo_week_km: Param {
        name: "pseudo_week_km",
        value: 5.0,
        rationale: "Added to this week and to the usual week before they are compared, so small weeks are compared as rates rather than floored away, and a return from zero gives a large but finite ratio.",
        citation: OPINION,
    },
    progression_start: Param {
        name: "progression_start",
        value: 0.10,
        rationale: "This week up to 10% above the mean of the weeks before it: the reference, no extra rate.",
        citation: NIELSEN_2014,
    },
    progression_high: Param {
        name: "progression_high",
        value: 0.30,
        rationale: "The cohort's top category, more than 30% over two weeks.",
        citation: NIELSEN_2014,
    },
    progression_high_rate: Param {
        name: "progression_high_rate",
        value: 1.26,
        rationale: "More than 30%: hazard ratio 1.59 (95% CI 0.96-2.66), not significant, and the Garmin-RUNSAFE cohort found no association for week-to-week change; its logarithm is halved, 1.59 to 1.26.",
        citation: NIELSEN_2014_AND_RUNSAFE,
    },
    progression_double_rate: Param {
        name: "progression_double_rate",
        value: 1.59,
        rationale: "A doubled week reaches the unshrunk 1.59; beyond the cohort's categories, so an extrapolation.",
        citation: NIELSEN_2014_EXTRAPOLATED,
    },
    progression_triple_rate: Param {
        name: "progression_triple_rate",
        value: 2.0,
        rationale: "A tripled week reaches 2.0, the most this factor gives; extrapolation, chosen so that a tripled week alone is a moderate load or more.",
        citation: OPINION,
    },
    long_run_start: Param {
        name: "long_run_start",
        value: 0.10,
        rationale: "A single run up to 10% longer than the longest of the 30 days before was the cohort's reference.",
        citation: RUNSAFE_2025,
    },
    long_run_plateau_from: Param {
        name: "long_run_plateau_from",
        value: 0.20,
        rationale: "The rate rises smoothly from 10% to 20% longer instead of jumping at 10.01%.",
        citation: OPINION,
    },
    long_run_plateau_rate: Param {
        name: "long_run_plateau_rate",
        value: 1.58,
        rationale: "10 to 30% longer: rate ratio 1.64; 30 to 100% longer: 1.52. One level for both (their mean on a log scale), so a longer run never counts less than a shorter one, and 30-100% never counts more than 10-30%, against the paper.",
        citation: RUNSAFE_2025,
    },
    long_run_double: Param {
        name: "long_run_double",
        value: 1.0,
        rationale: "Up to twice the previous longest, the plateau holds.",
        citation: RUNSAFE_2025,
    },
    long_run_double_full: Param {
        name: "long_run_double_full",
        value: 1.2,
        rationale: "The rate rises from the plateau to the cohort's top ratio between 100% and 120% longer, again without a jump.",
        citation: OPINION,
    },
    long_run_double_rate: Param {
        name: "long_run_double_rate",
        value: 2.28,
        rationale: "More than twice the previous longest: rate ratio 2.28.",
        citation: RUNSAFE_2025,
    },
    long_run_triple_rate: Param {
        name: "long_run_triple_rate",
        value: 2.6,
        rationale: "Three times the previous longest or more: 2.6, a modest extrapolation beyond the cohort's top category.",
        citation: OPINION,
    },
    long_run_floor_km: Param {
        name: "long_run_floor_km",
        value: 1.0,
        rationale: "A first run after 30 days without one is compared with 1 km, so the jump stays finite.",
        citation: GUARD,
    },
    added_speed_rate: Param {
        name: "added_speed_rate",
        value: 1.10,
        rationale: "Newly added speed work changes the load per step; no cohort has measured it for this knee pain, so it is kept small.",
        citation: OPINION,
    },
    added_hills_rate: Param {
        name: "added_hills_rate",
        value: 1.10,
        rationale: "Downhill running loads the front of the knee more per step; no prospective rate, so kept small.",
        citation: CROSSLEY_2016,
    },
    less_rest_rate: Param {
        name: "less_rest_rate",
        value: 1.10,
        rationale: "Less time between runs leaves less time for tissues to recover; no prospective rate, so kept small.",
        citation: OPINION,
    },
    no_rest_day_runs: Param {
        name: "no_rest_day_runs",
        value: 7.0,
        rationale: "Seven or more runs in seven days count as less rest even when not ticked.",
        citation: OPINION,
    },
    strength_none_rate: Param {
        name: "strength_none_rate",
        value: 1.54,
        rationale: "Strength training cut sports injuries to about a third in trials (relative risk 0.338), but the trials were mostly in team sports, not runners: the logarithm of 1/0.338 is shrunk by 60%, 2.96 to 1.54.",
        citation: LAUERSEN_2018,
    },
    strength_one_rate: Param {
        name: "strength_one_rate",
        value: 1.24,
        rationale: "One session a week: half the shrunk effect on a log scale (the trials found more protection with more volume).",
        citation: LAUERSEN_2018,
    },
    strength_three_plus_rate: Param {
        name: "strength_three_plus_rate",
        value: 0.95,
        rationale: "Three or more sessions a week: slightly below the reference runner's two, following the trials' dose-response; kept small.",
        citation: LAUERSEN_2018,
    },
    quad_focus_missing_rate: Param {
        name: "quad_focus_missing_rate",
        value: 1.20,
        rationale: "Weak knee extensors were the prospective risk factor for patellofemoral pain (as a standardised difference, not a rate ratio, and mostly in military recruits); hip strength was not, so only a missing quad focus counts.",
        citation: NEAL_2019,
    },
    quad_tightness_marked_rate: Param {
        name: "quad_tightness_marked_rate",
        value: 1.30,
        rationale: "Shortened quadriceps predicted anterior knee pain in students (not runners); marked tightness reaches 1.30, each level a third of it on a log scale.",
        citation: WITVROUW_2000,
    },
    other_tightness_max_rate: Param {
        name: "other_tightness_max_rate",
        value: 1.10,
        rationale: "Hip flexors, hamstrings and calves all markedly tight: 1.10, each level of each muscle an equal share on a log scale. Hamstring and calf tightness were seen alongside this knee pain in a cross-sectional study; hip flexors were not measured there and count on opinion alone.",
        citation: PIVA_2005,
    },
    sitting_start_hours: Param {
        name: "sitting_start_hours",
        value: 6.0,
        rationale: "Long sitting with bent knees typically provokes this pain; an aggravating posture, not a proven cause.",
        citation: CROSSLEY_2016,
    },
    sitting_full_hours: Param {
        name: "sitting_full_hours",
        value: 10.0,
        rationale: "Hours at which the factor's maximum is reached.",
        citation: CROSSLEY_2016,
    },
    sitting_max_rate: Param {
        name: "sitting_max_rate",
        value: 1.05,
        rationale: "Small, for the same reason.",
        citation: OPINION,
    },
    overstride_rate: Param {
        name: "overstride_rate",
        value: 1.15,
        rationale: "A 10% longer step raised patellofemoral joint stress per step by about 31% in a lab study; stress, not an injury rate, so kept modest.",
        citation: WILLSON_2014,
    },
    knee_in_rate: Param {
        name: "knee_in_rate",
        value: 1.20,
        rationale: "Greater hip adduction (the knee drifting in) predicted patellofemoral pain in a prospective study of female runners, reported as angles, not a rate ratio.",
        citation: NOEHREN_2013,
    },
    hip_drop_rate: Param {
        name: "hip_drop_rate",
        value: 1.10,
        rationale: "Hip drop goes with the same collapse of the leg; it is judged by eye less reliably.",
        citation: NOEHREN_2013,
    },
    cadence_ok: Param {
        name: "cadence_ok",
        value: 170.0,
        rationale: "Steps a minute at or above which cadence adds nothing.",
        citation: LENHART_2014,
    },
    cadence_low: Param {
        name: "cadence_low",
        value: 150.0,
        rationale: "A 10% higher step rate lowered peak patellofemoral force by 14% in a lab study; a low cadence reaches the factor's maximum here.",
        citation: LENHART_2014,
    },
    cadence_low_rate: Param {
        name: "cadence_low_rate",
        value: 1.15,
        rationale: "Force, not an injury rate, so kept modest.",
        citation: LENHART_2014,
    },
    overpronation_rate: Param {
        name: "overpronation_rate",
        value: 1.10,
        rationale: "A pronated foot posture was a small prospective risk factor for patellofemoral pain in a meta-analysis; the evidence is limited.",
        citation: NEAL_2014,
    },
    supination_rate: Param {
        name: "supination_rate",
        value: 1.03,
        rationale: "Less studied than pronation; kept minimal.",
        citation: OPINION,
    },
    shoe_change_rate: Param {
        name: "shoe_change_rate",
        value: 1.05,
        rationale: "A new pair unlike the old changes how load is shared between joints; no prospective rate, so kept small. A similar model adds nothing.",
        citation: OPINION,
    },
    shoe_minimal_rate: Param {
        name: "shoe_minimal_rate",
        value: 1.20,
        rationale: "Runners moved into minimalist shoes reported more injuries in a 12-week trial; small and not this knee alone, so kept modest.",
        citation: RYAN_2014,
    },
    shoe_worn_start_km: Param {
        name: "shoe_worn_start_km",
        value: 600.0,
        rationale: "Distance in one pair after which wear starts to count.",
        citation: OPINION,
    },
    shoe_worn_full_km: Param {
        name: "shoe_worn_full_km",
        value: 1000.0,
        rationale: "Distance at which wear counts its most.",
        citation: OPINION,
    },
    shoe_worn_rate: Param {
        name: "shoe_worn_rate",
        value: 1.05,
        rationale: "No study has linked shoe mileage to this knee pain; kept small.",
        citation: OPINION,
    },
    weight_start_kg: Param {
        name: "weight_start_kg",
        value: 85.0,
        rationale: "Each step loads the knee with a multiple of body weight; prospective studies found weight and body mass index were not risk factors, so this stays tiny.",
        citation: NEAL_2019,
    },
    weight_full_kg: Param {
        name: "weight_full_kg",
        value: 110.0,
        rationale: "Weight at which the weight part reaches its most.",
        citation: OPINION,
    },
    weight_max_rate: Param {
        name: "weight_max_rate",
        value: 1.05,
        rationale: "Tiny, for the reason above.",
        citation: OPINION,
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
        rationale: "Gain over 8 weeks at which the gain part reaches its most.",
        citation: OPINION,
    },
    weight_gain_max_rate: Param {
        name: "weight_gain_max_rate",
        value: 1.05,
        rationale: "Tiny, for the same reason as body weight.",
        citation: OPINION,
    },
    injury_healed_rate: Param {
        name: "injury_healed_rate",
        value: 1.72,
        rationale: "A previous injury: hazard ratio 1.72 for a new running injury in a cohort of recreational runners; the most consistent predictor in reviews.",
        citation: MALISOUX_2015_AND_VAN_DER_WORP_2015,
    },
    injury_recurring_rate: Param {
        name: "injury_recurring_rate",
        value: 2.2,
        rationale: "An injury that keeps coming back: above a healed one, as capacity has not been rebuilt; opinion.",
        citation: OPINION,
    },
    pain_max_rate: Param {
        name: "pain_max_rate",
        value: 2.0,
        rationale: "Pain now at 10 of 10. Cohorts start with runners free of pain, so there is no published ratio: pain now means the knee is already past what it tolerates, counted on a log scale from 1 at 0.",
        citation: OPINION,
    },
    pain_rehab_from: Param {
        name: "pain_rehab_from",
        value: 4.0,
        rationale: "Pain from 4 of 10 puts the band at high or above and leads the advice with the rehab steps: up to 3 of 10, settled by the next morning, is the usual limit for running through it.",
        citation: CROSSLEY_2016,
    },
    what_if_min_week_km: Param {
        name: "what_if_min_week_km",
        value: 10.0,
        rationale: "A suggested week is never below the runner's usual week nor below this, so a runner back from a break is not told to run almost nothing.",
        citation: OPINION,
    },
    band_moderate_from: Param {
        name: "band_moderate_from",
        value: 1.25,
        rationale: "Rate at which the band is moderate: a quarter more injuries than the reference runner (score 20).",
        citation: OPINION,
    },
    band_high_from: Param {
        name: "band_high_from",
        value: 1.75,
        rationale: "Rate at which the band is high: one large published effect, or several smaller ones together (score 43).",
        citation: OPINION,
    },
    band_very_high_from: Param {
        name: "band_very_high_from",
        value: 2.5,
        rationale: "Rate at which the band is very high: two and a half times the reference runner (score 60).",
        citation: OPINION,
    },
};

impl Weights {
    /// Every row, in the table's order: what `docs/model.md` must mirror.
    pub fn rows(&self) -> Vec<Param> {
        vec![
            self.distance_ceiling_km,
            self.pseudo_week_km,
            self.progression_start,
            self.progression_high,
            self.progression_high_rate,
            self.progression_double_rate,
            self.progression_triple_rate,
            self.long_run_start,
            self.long_run_plateau_from,
            self.long_run_plateau_rate,
            self.long_run_double,
            self.long_run_double_full,
            self.long_run_double_rate,
            self.long_run_triple_rate,
            self.long_run_floor_km,
            self.added_speed_rate,
            self.added_hills_rate,
            self.less_rest_rate,
            self.no_rest_day_runs,
            self.strength_none_rate,
            self.strength_one_rate,
            self.strength_three_plus_rate,
            self.quad_focus_missing_rate,
            self.quad_tightness_marked_rate,
            self.other_tightness_max_rate,
            self.sitting_start_hours,
            self.sitting_full_hours,
            self.sitting_max_rate,
            self.overstride_rate,
            self.knee_in_rate,
            self.hip_drop_rate,
            self.cadence_ok,
            self.cadence_low,
            self.cadence_low_rate,
            self.overpronation_rate,
            self.supination_rate,
            self.shoe_change_rate,
            self.shoe_minimal_rate,
            self.shoe_worn_start_km,
            self.shoe_worn_full_km,
            self.shoe_worn_rate,
            self.weight_start_kg,
            self.weight_full_kg,
            self.weight_max_rate,
            self.weight_gain_start_kg,
            self.weight_gain_full_kg,
            self.weight_gain_max_rate,
            self.injury_healed_rate,
            self.injury_recurring_rate,
            self.pain_max_rate,
            self.pain_rehab_from,
            self.what_if_min_week_km,
            self.band_moderate_from,
            self.band_high_from,
            self.band_very_high_from,
        ]
    }
}

/// Interpolates the logarithm of a rate ratio in a straight line from `(x0, rate0)` to
/// `(x1, rate1)`, flat outside it. Every graded factor uses it, so each is continuous,
/// non-decreasing in its input and bounded by its ends.
pub fn log_ramp(x: f64, x0: f64, x1: f64, rate0: f64, rate1: f64) -> f64 {
    let fraction = if x.is_nan() || x <= x0 {
        0.0
    } else if x >= x1 {
        1.0
    } else {
        (x - x0) / (x1 - x0)
    };
    (rate0.ln() + fraction * (rate1.ln() - rate0.ln())).exp()
}

/// Follows a chain of `log_ramp`s through `(x, rate)` points in increasing `x`: 1 below the
/// first point's rate is the caller's choice, the last rate above the last point.
pub fn log_curve(x: f64, points: &[(f64, f64)]) -> f64 {
    let Some(&(first_x, first_rate)) = points.first() else {
        return 1.0;
    };
    if x.is_nan() || x <= first_x {
        return first_rate;
    }
    points.windows(2).find(|pair| x <= pair[1].0).map_or_else(
        || points[points.len() - 1].1,
        |pair| log_ramp(x, pair[0].0, pair[1].0, pair[0].1, pair[1].1),
    )
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
            assert!(row.value.is_finite() && row.value > 0.0, "{}", row.name);
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
    fn log_ramps_are_flat_outside_and_continuous_inside() {
        assert_eq!(log_ramp(0.0, 1.0, 2.0, 1.0, 4.0), 1.0);
        assert!((log_ramp(1.5, 1.0, 2.0, 1.0, 4.0) - 2.0).abs() < 1e-12);
        assert!((log_ramp(9.0, 1.0, 2.0, 1.0, 4.0) - 4.0).abs() < 1e-12);
        assert_eq!(log_ramp(f64::NAN, 1.0, 2.0, 1.0, 4.0), 1.0);
        let curve = [(0.0, 1.0), (1.0, 2.0), (2.0, 3.0)];
        assert_eq!(log_curve(-1.0, &curve), 1.0);
        assert!((log_curve(1.0, &curve) - 2.0).abs() < 1e-12);
        assert!((log_curve(5.0, &curve) - 3.0).abs() < 1e-12);
        assert!((log_curve(1.0 + 1e-9, &curve) - 2.0).abs() < 1e-6);
    }
}
