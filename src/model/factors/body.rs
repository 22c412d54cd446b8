//! Body weight and recent gain, kept modest as the evidence asks.

use super::Scored;
use crate::model::assessment::Assessment;
use crate::model::weights::{log_ramp, WEIGHTS};

pub fn body_weight(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    if assessment.weight_kg.is_none() && assessment.weight_change_kg.is_none() {
        return None;
    }
    let from_weight = assessment.weight_kg.map_or(1.0, |kg| {
        log_ramp(
            kg,
            w.weight_start_kg.value,
            w.weight_full_kg.value,
            1.0,
            w.weight_max_rate.value,
        )
    });
    let from_gain = assessment.weight_change_kg.map_or(1.0, |kg| {
        log_ramp(
            kg,
            w.weight_gain_start_kg.value,
            w.weight_gain_full_kg.value,
            1.0,
            w.weight_gain_max_rate.value,
        )
    });
    let reason = match (from_weight > 1.0, from_gain > 1.0) {
        (false, false) => "Body weight adds no extra load here.",
        (true, false) => "Each step loads the knee with a multiple of body weight; this counts for a little.",
        (false, true) => "A recent gain adds load the knee has not adapted to yet; this counts for a little.",
        (true, true) => "Body weight and a recent gain both add load per step; together they count for a little.",
    };
    Some((from_weight * from_gain, reason.to_string()))
}
