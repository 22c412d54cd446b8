//! What the result must say about answers the rate cannot weigh: a week no cohort has seen,
//! a volume at which building is no longer the advice, and a growing or an older knee.

use super::assessment::Assessment;
use super::units::describe_distance;
use super::weights::WEIGHTS;

/// Whether the runner is still growing (under `growing_age_below`).
pub fn growing(assessment: &Assessment) -> bool {
    assessment
        .age
        .is_some_and(|age| f64::from(age) < WEIGHTS.growing_age_below.value)
}

/// Whether the runner is at the age (`joint_age_from`) when the joint itself can hurt.
pub fn older_joint(assessment: &Assessment) -> bool {
    assessment
        .age
        .is_some_and(|age| f64::from(age) >= WEIGHTS.joint_age_from.value)
}

/// The largest week answered, this one or any before.
fn largest_week_km(assessment: &Assessment) -> Option<f64> {
    assessment
        .week_km
        .into_iter()
        .chain(assessment.previous_weeks_km.iter().copied())
        .reduce(f64::max)
}

/// The largest week, when it is beyond what elite marathoners run (`elite_week_km`): likely a
/// slip, and if not, beyond anything the studies behind the model followed.
pub fn beyond_elite(assessment: &Assessment) -> Option<f64> {
    largest_week_km(assessment).filter(|km| *km > WEIGHTS.elite_week_km.value)
}

/// Whether the running is at a volume where cohorts saw more injuries (`high_volume_km`), so
/// the advice holds rather than builds.
pub fn high_volume(assessment: &Assessment) -> bool {
    largest_week_km(assessment).is_some_and(|km| km >= WEIGHTS.high_volume_km.value)
}

/// The caveats for this runner, each a sentence, in the order the result shows them.
pub fn caveats(assessment: &Assessment) -> Vec<String> {
    let units = assessment.units;
    let mut said = Vec::new();
    if let Some(km) = beyond_elite(assessment) {
        said.push(format!(
            "{} in a week is more than the world's best marathoners run (about {} at most). Check the number: if it is right, this check cannot judge it; have a coach or sports physio look at your training.",
            describe_distance(km, units),
            describe_distance(WEIGHTS.elite_week_km.value, units)
        ));
    } else if high_volume(assessment) {
        said.push(format!(
            "From {} a week, runners in cohorts had more injuries: hold this volume rather than build it, unless a coach plans the rise.",
            describe_distance(WEIGHTS.high_volume_km.value, units)
        ));
    }
    if growing(assessment) {
        said.push("You are still growing: pain just below the kneecap, or at the bump below it on the shin, is more often a growth-plate problem (Osgood-Schlatter, Sinding-Larsen-Johansson) than runner's knee, and a physio should look at it. Build more slowly through growth spurts.".to_string());
    }
    if older_joint(assessment) {
        said.push("From 50, knee pain with morning stiffness, on the joint line or with swelling can come from the joint itself (early osteoarthritis): if that sounds like yours, have a physio or doctor look.".to_string());
    }
    said
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn age_changes_the_words_only_at_its_ends() {
        let at = |age: u8| Assessment {
            age: Some(age),
            ..Assessment::default()
        };
        assert!(caveats(&at(14))[0].contains("still growing"));
        assert!(caveats(&at(16)).is_empty());
        assert!(caveats(&at(49)).is_empty());
        assert!(caveats(&at(50))[0].contains("From 50"));
        assert!(caveats(&Assessment::default()).is_empty());
    }

    #[test]
    fn a_week_beyond_elite_marathoners_is_questioned() {
        let big = Assessment {
            week_km: Some(300.0),
            previous_weeks_km: vec![300.0],
            ..Assessment::default()
        };
        assert!(caveats(&big)[0].contains("Check the number"));
        let high = Assessment {
            week_km: Some(70.0),
            ..Assessment::default()
        };
        assert!(caveats(&high)[0].contains("hold this volume"));
    }
}
