//! The model's one table: every rate ratio and threshold, with why it is there and where the
//! figure comes from. `docs/model.md` mirrors it row for row (a test keeps them in step).
//! Changing any value here means bumping `MODEL_VERSION`.
//!
//! Each factor gives a rate ratio against the reference runner (steady load, two strength
//! sessions a week that include the quads, no known risk factor). Where the evidence is
//! indirect the published ratio is shrunk on a log scale and the row says by how much.

/// Recorded with every saved assessment, so a score can be recomputed and compared later.
pub const MODEL_VERSION: &str = "2026.12.3";

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
const SERLIN_1995: &str = "Serlin RC, Mendoza TR, Nakamura Y, Edwards KR, Cleeland CS. 1995, Pain 61(2):277-284 (cut-offs of the 0-10 pain scale)";
const CROSSLEY_2016: &str = "Crossley KM, Stefanik JJ, Selfe J, et al. 2016, Br J Sports Med 50(14):839-843 (consensus statement)";
const WILLSON_2014: &str =
    "Willson JD, Sharpee R, Meardon SA, Kernozek TW. 2014, Clin Biomech 29(3):243-247";
const NOEHREN_2013: &str =
    "Noehren B, Hamill J, Davis I. 2013, Med Sci Sports Exerc 45(6):1120-1124";
const LENHART_2014: &str = "Lenhart RL, Thelen DG, Wille CM, Chumanov ES, Heiderscheit BC. 2014, Med Sci Sports Exerc 46(3):557-564";
const NEAL_2014: &str = "Neal BS, Griffiths IB, Dowling GJ, et al. 2014, J Foot Ankle Res 7:55";
const RYAN_2014: &str =
    "Ryan M, Elashi M, Newsham-West R, Taunton J. 2014, Br J Sports Med 48(16):1257-1262";
const NEAL_2019_AND_CROSSLEY_2016: &str = "Neal BS et al. 2019, Br J Sports Med 53(5):270-281 (age not a risk factor); Crossley KM et al. 2016, Br J Sports Med 50(14):839-843 (patellofemoral osteoarthritis)";
const KAKOURIS_2021: &str = "Kakouris N, Yener N, Fong DTP. 2021, J Sport Health Sci 10(5):513-522 (systematic review; incidence proportion of patellofemoral pain in prospective studies of runners 6.3%)";
const NEAL_2019_INCIDENCE: &str = "Neal BS et al. 2019, Br J Sports Med 53(5):270-281 (18 prospective studies, 4818 people, 483 developed patellofemoral pain: 10%, in recruits, adolescents and runners)";
const MACERA_1989_AND_VAN_GENT_2007: &str = "Macera CA et al. 1989, Arch Intern Med 149(11):2565-2568; van Gent RN et al. 2007, Br J Sports Med 41(8):469-480";
const HAUGEN_2022: &str = "Haugen T, Sandbakk Ø, Seiler S, Tønnessen E. 2022, Sports Med Open 8:46 (training of world-class distance runners)";
const MALISOUX_2015_AND_VAN_DER_WORP_2015: &str = "Malisoux L, Ramesh J, Mann R, Seil R, Urhausen A, Theisen D. 2015, Scand J Med Sci Sports 25(1):110-115; van der Worp MP et al. 2015, PLoS One 10(2):e0114937";

/// Declares the table once: each row becomes a field of `Weights`, a `Param` of `WEIGHTS`
/// named after it, and an entry of `rows()`, so no row can escape the docs-mirror test.
macro_rules! weights_table {
    ($($name:ident = $value:expr, $citation:expr, $rationale:expr;)*) => {
        /// Every parameter of the model. Field names are the row names in `docs/model.md`.
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct Weights {
            $(pub $name: Param,)*
        }

        pub const WEIGHTS: Weights = Weights {
            $($name: Param {
                name: stringify!($name),
                value: $value,
                rationale: $rationale,
                citation: $citation,
            },)*
        };

        impl Weights {
            /// Every row, in the table's order: what `docs/model.md` must mirror.
            pub fn rows(&self) -> Vec<Param> {
                vec![$(self.$name,)*]
            }
        }
    };
}

weights_table! {
    distance_ceiling_km = 2000.0, GUARD,
        "Distances above this are treated as this, so a stored value from an older version stays finite and bounded; the form and links refuse far less.";
    usual_week_floor_km = 10.0, OPINION,
        "A usual week below this counts as this when this week is compared with it: a first week of up to 10 km after little or no running is a usual start, and a few km more than a small week is a large percentage but little load. Weeks from 10 km up are compared as the cohort did, and a return from zero gives a finite ratio.";
    progression_start = 0.10, NIELSEN_2014,
        "This week up to 10% above the mean of the weeks before it: the reference, no extra rate.";
    progression_high = 0.30, NIELSEN_2014,
        "The cohort's top category, more than 30% over two weeks, applied here to this week against the usual one.";
    progression_high_rate = 1.26, NIELSEN_2014_AND_RUNSAFE,
        "More than 30%: the novice cohort's hazard ratio, 1.59 (95% CI 0.96-2.66) for a rise of more than 30% over two weeks, was not significant, and the Garmin-RUNSAFE cohort of experienced runners found no rise with week-to-week change (the ratio of the last week to the weeks before went with fewer injuries, not more); its logarithm is halved, 1.59 to 1.26. The factor is read as a sustained rise above the usual week, not as one week's swing.";
    progression_double_rate = 1.59, NIELSEN_2014_EXTRAPOLATED,
        "A doubled week or more reaches the unshrunk 1.59 and stays there: the most this factor gives, as no cohort has measured a larger ratio for weekly distance.";
    long_run_start = 0.10, RUNSAFE_2025,
        "A single run up to 10% longer than the longest of the 30 days before was the cohort's reference.";
    long_run_plateau_from = 0.20, OPINION,
        "The rate rises smoothly from 10% to 20% longer instead of jumping at 10.01%.";
    long_run_plateau_rate = 1.58, RUNSAFE_2025,
        "10 to 30% longer: rate ratio 1.64; 30 to 100% longer: 1.52. One level for both (their mean on a log scale), so a longer run never counts less than a shorter one, and 30-100% never counts more than 10-30%, against the paper.";
    long_run_double = 1.0, RUNSAFE_2025,
        "Up to twice the previous longest, the plateau holds.";
    long_run_double_full = 1.2, OPINION,
        "The rate rises from the plateau to the cohort's top ratio between 100% and 120% longer, again without a jump.";
    long_run_double_rate = 2.28, RUNSAFE_2025,
        "More than twice the previous longest: rate ratio 2.28.";
    long_run_floor_km = 3.0, OPINION,
        "Runs are compared with at least 3 km, about what a beginner's run-walk session covers: a 2 km run after weeks of 1 km ones doubles the distance but adds little load. A longer first run after little or no running still counts as a jump from 3 km, and the ratio stays finite.";
    added_speed_rate = 1.10, OPINION,
        "Newly added speed work changes the load per step; no cohort has measured it for this knee pain, so it is kept small.";
    added_hills_rate = 1.10, CROSSLEY_2016,
        "Downhill running loads the front of the knee more per step; no prospective rate, so kept small.";
    less_rest_rate = 1.10, OPINION,
        "Less time between runs leaves less time for tissues to recover; no prospective rate, so kept small.";
    no_rest_day_runs = 7.0, OPINION,
        "Seven or more runs in seven days count as less rest even when not ticked.";
    strength_none_rate = 1.24, LAUERSEN_2018,
        "Strength training cut sports injuries to about a third in trials (relative risk 0.338), but the trials were in team sports and the military, not runners, and counted every injury, not this knee: the logarithm of 1/0.338 is shrunk by 80%, 2.96 to 1.24, so that no strength work alone stays below the moderate band, where no running cohort has put it.";
    strength_one_rate = 1.11, LAUERSEN_2018,
        "One session a week: half the shrunk effect on a log scale (the trials found more protection with more volume).";
    strength_three_plus_rate = 0.95, LAUERSEN_2018,
        "Three or more sessions a week: slightly below the reference runner's two, following the trials' dose-response; kept small.";
    quad_focus_missing_rate = 1.20, NEAL_2019,
        "Weak knee extensors were the prospective risk factor for patellofemoral pain (as a standardised difference, not a rate ratio, and mostly in military recruits); hip strength was not, so only a missing quad focus counts. It never makes strength work count worse than none at all.";
    quad_tightness_marked_rate = 1.30, WITVROUW_2000,
        "Shortened quadriceps predicted anterior knee pain in students (not runners); marked tightness reaches 1.30, each level a third of it on a log scale.";
    other_tightness_max_rate = 1.10, PIVA_2005,
        "Hip flexors, hamstrings and calves all markedly tight: 1.10, each level of each muscle an equal share on a log scale. Hamstring and calf tightness were seen alongside this knee pain in a cross-sectional study; hip flexors were not measured there and count on opinion alone.";
    sitting_start_hours = 6.0, CROSSLEY_2016,
        "Long sitting with bent knees typically provokes this pain; an aggravating posture, not a proven cause.";
    sitting_full_hours = 10.0, CROSSLEY_2016,
        "Hours at which the factor's maximum is reached.";
    sitting_max_rate = 1.05, OPINION,
        "Small, for the same reason.";
    overstride_rate = 1.15, WILLSON_2014,
        "A 10% longer step raised patellofemoral joint stress per step by about 31% in a lab study; stress, not an injury rate, so kept modest.";
    knee_in_rate = 1.20, NOEHREN_2013,
        "Greater hip adduction (the knee drifting in) predicted patellofemoral pain in a prospective study of female runners, reported as angles, not a rate ratio.";
    hip_drop_rate = 1.10, NOEHREN_2013,
        "Hip drop goes with the same collapse of the leg; it is judged by eye less reliably.";
    cadence_ok = 170.0, LENHART_2014,
        "Steps a minute at or above which cadence adds nothing.";
    cadence_low = 150.0, LENHART_2014,
        "A 10% higher step rate lowered peak patellofemoral force by 14% in a lab study; a low cadence reaches the factor's maximum here.";
    cadence_low_rate = 1.15, LENHART_2014,
        "Force, not an injury rate, so kept modest.";
    overpronation_rate = 1.10, NEAL_2014,
        "A pronated foot posture was a small prospective risk factor for patellofemoral pain in a meta-analysis; the evidence is limited.";
    supination_rate = 1.03, OPINION,
        "Less studied than pronation; kept minimal.";
    shoe_change_rate = 1.05, OPINION,
        "A new pair unlike the old changes how load is shared between joints; no prospective rate, so kept small. A similar model adds nothing.";
    shoe_minimal_rate = 1.20, RYAN_2014,
        "Runners moved into minimalist shoes reported more injuries in a 12-week trial; small and not this knee alone, so kept modest.";
    shoe_worn_start_km = 600.0, OPINION,
        "Distance in one pair after which wear starts to count.";
    shoe_worn_full_km = 1000.0, OPINION,
        "Distance at which wear counts its most.";
    shoe_worn_rate = 1.05, OPINION,
        "No study has linked shoe mileage to this knee pain; kept small.";
    weight_start_kg = 85.0, NEAL_2019,
        "Each step loads the knee with a multiple of body weight; prospective studies found weight and body mass index were not risk factors, so this stays tiny.";
    weight_full_kg = 110.0, OPINION,
        "Weight at which the weight part reaches its most.";
    weight_max_rate = 1.05, OPINION,
        "Tiny, for the reason above.";
    weight_gain_start_kg = 1.0, OPINION,
        "Recent gain adds load the knee has not adapted to.";
    weight_gain_full_kg = 5.0, OPINION,
        "Gain over 8 weeks at which the gain part reaches its most.";
    weight_gain_max_rate = 1.05, OPINION,
        "Tiny, for the same reason as body weight.";
    injury_previous_rate = 1.72, MALISOUX_2015_AND_VAN_DER_WORP_2015,
        "A previous injury, healed or coming back: hazard ratio 1.72 for a new running injury of any kind in a cohort of recreational runners, the most consistent predictor in reviews. One ratio for both answers: no cohort gives one for a recurring knee, so a recurring one is not stacked with opinion (it asks for a physio's look instead).";
    pain_max_rate = 2.0, OPINION,
        "Pain now at 10 of 10. Cohorts start with runners free of pain, so there is no published ratio: pain now means the knee is already past what it tolerates, counted on a log scale from 1 at 0.";
    pain_rehab_from = 4.0, CROSSLEY_2016,
        "Pain from 4 of 10 puts the band at high or above and leads the advice with the rehab steps: up to 3 of 10, settled by the next morning, is the usual limit for running through it.";
    pain_severe_from = 7.0, SERLIN_1995,
        "Pain from 7 of 10 is severe on the 0-10 scale (1-4 mild, 5-6 moderate, 7-10 severe, by how much pain interferes with daily function). Running with pain that strong is more than shorter, slower runs can manage: the advice pauses running until it settles and asks for a physio's look. The cut-off is the scale's; the advice is clinical opinion.";
    band_moderate_from = 1.25, OPINION,
        "Rate at which the band is moderate: a quarter more injuries than the reference runner (score 20).";
    band_high_from = 1.75, OPINION,
        "Rate at which the band is high: one large published effect, or several smaller ones together (a score of 42.9, shown as 42).";
    band_very_high_from = 2.5, OPINION,
        "Rate at which the band is very high: two and a half times the reference runner (score 60).";
    opinion_ceiling_rate = 1.7, GUARD,
        "Rows without a published rate ratio (every row citing a lab, cross-sectional or consensus source, or none) together add at most up to this rate, just under the high band's 1.75: alone or together they never move a pain-free runner past moderate. Once the rows with published ratios reach it, they add nothing more.";
    combined_knee_rate = 2.28, RUNSAFE_2025,
        "Up to the largest single ratio a running cohort has published (a run more than twice the previous longest), the factors multiply as they are; beyond it the sum of their logarithms is shrunk smoothly towards the ceiling below.";
    combined_ceiling_rate = 4.0, RUNSAFE_2025,
        "The combined rate never reaches this: about the product of the two largest ratios seen in running cohorts (2.28 for a run more than twice the previous longest, 1.72 for a previous injury, 3.9). No cohort has described runners at a greater multiple of another's rate, so the model does not either.";
    baseline_per_100 = 6.3, KAKOURIS_2021,
        "Runners in 100 who get runner's knee over a year: the pooled incidence proportion in prospective studies of runners, most following them for months up to a year. Those runners mostly did no strength routine, so the figure is taken as the rate of a runner with none; the reference runner, who does two sessions with the quads, is below it by the strength row's ratio.";
    baseline_low_per_100 = 4.0, KAKOURIS_2021,
        "The baseline's low end: as far below 6.3 as the high end is above it, on a log scale (6.3 x 6.3 / 10).";
    baseline_high_per_100 = 10.0, NEAL_2019_INCIDENCE,
        "The baseline's high end: the 10% incidence across all prospective studies of this knee pain, which include military recruits and adolescents training harder than most recreational runners.";
    horizon_weeks = 52.0, KAKOURIS_2021,
        "The absolute risk is told over a year: the span the cohorts behind the baseline followed runners for. Answers about this month's training describe a year only if the runner keeps training that way, which the result says.";
    published_log_spread = 0.5, NIELSEN_2014,
        "Standard error of a published row's logarithm, as a share of the logarithm itself: the weekly row's source, 1.59 (0.96-2.66), has one of about 0.55; the interval of the absolute risk carries it.";
    opinion_log_spread = 1.0, GUARD,
        "Standard error of a row without a published ratio, as a share of its logarithm: its 95% interval runs from no effect to past twice the effect assumed.";
    high_volume_km = 64.0, MACERA_1989_AND_VAN_GENT_2007,
        "From 64 km (40 miles) a week, cohorts of habitual runners saw more injuries, knee injuries among them in men. The rate does not change (no ratio for runner's knee), but the advice never says to keep building: it holds, or builds with a coach's plan.";
    elite_week_km = 220.0, HAUGEN_2022,
        "World-class marathoners run about 160 to 220 km a week. A week beyond this, this one or any before, is questioned as a typing slip; if it is right, no cohort behind this model ran so much, and the result says it cannot judge it.";
    growing_age_below = 16.0, OPINION,
        "Under 16, the knee is still growing: pain just below the kneecap, or at the bump on the shin below it, is more often a growth-plate problem (Sinding-Larsen-Johansson or Osgood-Schlatter) than runner's knee. A caveat in the words; the rate does not change, as no cited ratio for age exists.";
    joint_age_from = 50.0, NEAL_2019_AND_CROSSLEY_2016,
        "From 50, knee pain with morning stiffness, on the joint line or with swelling may come from the joint itself (early osteoarthritis), which runner's knee can lead to in later life. A caveat in the words; the rate does not change, as age was not a risk factor in prospective studies.";
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
