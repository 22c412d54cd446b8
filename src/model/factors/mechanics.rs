//! Mechanics: running form, cadence, feet and footwear.

use super::Scored;
use crate::model::assessment::{Assessment, FootMechanics, FormSign, ShoeChange};
use crate::model::units::describe_distance;
use crate::model::weights::{log_ramp, WEIGHTS};

pub fn overstriding(assessment: &Assessment) -> Option<Scored> {
    let form = assessment.form.answered_items()?;
    Some(if form.contains(&FormSign::Overstride) {
        (
            WEIGHTS.overstride_rate.value,
            "Overstriding: a step 10% longer raised kneecap stress per step by about a third."
                .to_string(),
        )
    } else {
        (1.0, "No overstriding seen.".to_string())
    })
}

pub fn knee_control(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let form = assessment.form.answered_items()?;
    let mut rate = 1.0;
    let mut seen = Vec::new();
    if form.contains(&FormSign::KneeIn) {
        rate *= w.knee_in_rate.value;
        seen.push("the knee drifting in");
    }
    if form.contains(&FormSign::HipDrop) {
        rate *= w.hip_drop_rate.value;
        seen.push("the hip dropping");
    }
    let reason = if seen.is_empty() {
        "No knee drift or hip drop seen.".to_string()
    } else {
        format!(
            "Seen: {}; this inward collapse predicted knee pain in runners.",
            seen.join(" and ")
        )
    };
    Some((rate, reason))
}

pub fn cadence(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let steps = assessment.cadence?;
    let cadence = f64::from(steps);
    let rate = log_ramp(
        w.cadence_ok.value - cadence,
        0.0,
        w.cadence_ok.value - w.cadence_low.value,
        1.0,
        w.cadence_low_rate.value,
    );
    let reason = if rate > 1.0 {
        format!("{steps} steps a minute: 10% more steps lowered peak kneecap force by 14%.")
    } else {
        format!("{steps} steps a minute: no extra load from cadence.")
    };
    Some((rate, reason))
}

pub fn foot_mechanics(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    match assessment.feet? {
        FootMechanics::Unknown => None,
        FootMechanics::Neutral => Some((1.0, "Neutral feet.".to_string())),
        FootMechanics::Overpronation => Some((
            w.overpronation_rate.value,
            "Feet that roll in add a little risk; the evidence is limited.".to_string(),
        )),
        FootMechanics::Supination => Some((
            w.supination_rate.value,
            "Feet that roll out: little studied, so it counts for little.".to_string(),
        )),
    }
}

pub fn footwear(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    if assessment.shoes.is_none() && assessment.shoe_km.is_none() {
        return None;
    }
    let mut rate = 1.0;
    let mut reasons = Vec::new();
    match assessment.shoes {
        Some(ShoeChange::NewMinimal) => {
            rate *= w.shoe_minimal_rate.value;
            reasons.push("a new, more minimal pair changes stride and load the most".to_string());
        }
        Some(ShoeChange::NewCushioned | ShoeChange::NewOther) => {
            rate *= w.shoe_change_rate.value;
            reasons.push("a new pair unlike the old shifts load between joints".to_string());
        }
        Some(ShoeChange::Same | ShoeChange::NewSimilar) => {
            reasons.push("no big change of shoes".to_string())
        }
        None => {}
    }
    if let Some(km) = assessment.shoe_km {
        let worn = log_ramp(
            km,
            w.shoe_worn_start_km.value,
            w.shoe_worn_full_km.value,
            1.0,
            w.shoe_worn_rate.value,
        );
        rate *= worn;
        let distance = describe_distance(km, assessment.units);
        reasons.push(if worn > 1.0 {
            format!("{distance} in this pair: a well-worn pair; a second pair to rotate spreads the wear")
        } else {
            format!("{distance} in this pair")
        });
    }
    let mut reason = reasons.join("; ");
    if let Some(first) = reason.get(..1) {
        reason = format!("{}{}.", first.to_ascii_uppercase(), &reason[1..]);
    }
    Some((rate, reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_higher_cadence_never_scores_more() {
        let rate = |c| {
            cadence(&Assessment {
                cadence: Some(c),
                ..Assessment::default()
            })
            .unwrap()
            .0
        };
        assert!((120..230).all(|c| rate(c + 1) <= rate(c)));
        assert!((rate(150) - WEIGHTS.cadence_low_rate.value).abs() < 1e-12);
        assert_eq!(rate(175), 1.0);
    }

    #[test]
    fn not_sure_about_feet_is_unknown() {
        let unsure = Assessment {
            feet: Some(FootMechanics::Unknown),
            ..Assessment::default()
        };
        assert!(foot_mechanics(&unsure).is_none());
    }

    #[test]
    fn worn_minimal_shoes_add_both_parts() {
        let shoes = Assessment {
            shoes: Some(ShoeChange::NewMinimal),
            shoe_km: Some(1200.0),
            ..Assessment::default()
        };
        let (rate, reason) = footwear(&shoes).unwrap();
        let both = WEIGHTS.shoe_minimal_rate.value * WEIGHTS.shoe_worn_rate.value;
        assert!((rate - both).abs() < 1e-12);
        assert!(reason.starts_with("A new, more minimal"));
    }
}
