//! Capacity: strength work, muscle tightness and long sitting.

use super::Scored;
use crate::model::assessment::{Assessment, StrengthFocus, TightMuscle, Tightness};
use crate::model::units::format_number;
use crate::model::weights::{log_ramp, WEIGHTS};

pub fn strength_training(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let sessions = assessment.strength_sessions?;
    let (rate, reason) = match sessions {
        0 => (
            w.strength_none_rate.value,
            "No strength training. In trials in other sports it cut injuries to about a third; runners were less studied, so it counts less here.".to_string(),
        ),
        1 => (
            w.strength_one_rate.value,
            "One strength session a week gives some protection; two or three give more."
                .to_string(),
        ),
        2 => (
            1.0,
            "Two strength sessions a week, as the reference runner does.".to_string(),
        ),
        n => (
            w.strength_three_plus_rate.value,
            format!("{n} strength sessions a week: a little more protection than two."),
        ),
    };
    Some((rate, reason))
}

/// Not asked while there are no strength sessions (strength training carries that), so it is
/// neither listed as checked nor as unknown.
pub fn quad_strength_focus(assessment: &Assessment) -> Option<Scored> {
    let sessions = assessment.strength_sessions?;
    if sessions == 0 {
        return None;
    }
    let focus = assessment.strength_focus.answered_items()?;
    if focus.contains(&StrengthFocus::Quads) {
        Some((
            1.0,
            "Your strength work trains the quads, the muscles that matter most for the kneecap."
                .to_string(),
        ))
    } else {
        // Strength work without the quads never counts as worse than none at all.
        let (rate, _) = strength_training(assessment)?;
        let w = &WEIGHTS;
        Some((
            w.quad_focus_missing_rate
                .value
                .min(w.strength_none_rate.value / rate),
            "Your strength work leaves out the quads; weak quads are the one proven risk factor for this knee pain.".to_string(),
        ))
    }
}

fn level_of(assessment: &Assessment, muscle: TightMuscle) -> Option<Tightness> {
    assessment.tightness.get(&muscle).copied()
}

fn level_words(level: Tightness) -> &'static str {
    match level {
        Tightness::None => "not tight",
        Tightness::Mild => "mildly tight",
        Tightness::Moderate => "moderately tight",
        Tightness::Marked => "markedly tight",
    }
}

pub fn quad_tightness(assessment: &Assessment) -> Option<Scored> {
    let level = level_of(assessment, TightMuscle::Quads)?;
    let rate = log_ramp(
        f64::from(level.level()),
        0.0,
        3.0,
        1.0,
        WEIGHTS.quad_tightness_marked_rate.value,
    );
    Some((
        rate,
        format!(
            "Your quads are {}; short quads predicted front-of-knee pain.",
            level_words(level)
        ),
    ))
}

pub fn other_tightness(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let muscles = [
        (TightMuscle::HipFlexors, "hip flexors"),
        (TightMuscle::Hamstrings, "hamstrings"),
        (TightMuscle::Calves, "calves"),
    ];
    let answered: Vec<_> = muscles
        .iter()
        .filter_map(|(muscle, name)| level_of(assessment, *muscle).map(|level| (name, level)))
        .collect();
    if answered.is_empty() {
        return None;
    }
    let levels: u8 = answered.iter().map(|(_, level)| level.level()).sum();
    let rate = log_ramp(
        f64::from(levels),
        0.0,
        9.0,
        1.0,
        w.other_tightness_max_rate.value,
    );
    let tight: Vec<String> = answered
        .iter()
        .filter(|(_, level)| *level != Tightness::None)
        .map(|(name, level)| format!("{name} {}", level_words(*level)))
        .collect();
    let reason = if tight.is_empty() {
        "No tightness in hip flexors, hamstrings or calves.".to_string()
    } else {
        format!(
            "{}: these often go with knee pain, though less clearly than tight quads.",
            tight.join(", ")
        )
    };
    Some((rate, reason))
}

pub fn sitting(assessment: &Assessment) -> Option<Scored> {
    let w = &WEIGHTS;
    let hours = assessment.sitting_hours?;
    let rate = log_ramp(
        hours,
        w.sitting_start_hours.value,
        w.sitting_full_hours.value,
        1.0,
        w.sitting_max_rate.value,
    );
    let reason = if rate > 1.0 {
        format!(
            "{} hours a day sitting with bent knees keeps pressure on the kneecap.",
            format_number(hours)
        )
    } else {
        format!(
            "{} hours a day sitting: not enough to add load.",
            format_number(hours)
        )
    };
    Some((rate, reason))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::sorted::SortedSet;

    use crate::model::list_answer::ListAnswer;

    #[test]
    fn more_sessions_never_score_more() {
        let rate = |n| {
            strength_training(&Assessment {
                strength_sessions: Some(n),
                ..Assessment::default()
            })
            .unwrap()
            .0
        };
        assert!((0..14).all(|n| rate(n + 1) <= rate(n)));
        assert_eq!(rate(0), WEIGHTS.strength_none_rate.value);
        assert_eq!(rate(2), 1.0);
        assert!(rate(3) < 1.0);
    }

    #[test]
    fn a_missing_quad_focus_scores_only_with_sessions() {
        let with = |sessions, focus: &[StrengthFocus]| Assessment {
            strength_sessions: Some(sessions),
            strength_focus: ListAnswer::of(focus.iter().copied().collect::<SortedSet<_>>()),
            ..Assessment::default()
        };
        assert_eq!(
            quad_strength_focus(&with(2, &[StrengthFocus::Glutes]))
                .unwrap()
                .0,
            WEIGHTS.quad_focus_missing_rate.value
        );
        assert_eq!(
            quad_strength_focus(&with(2, &[StrengthFocus::Quads]))
                .unwrap()
                .0,
            1.0
        );
        assert!(quad_strength_focus(&with(0, &[])).is_none());
    }

    #[test]
    fn other_tightness_is_capped() {
        let mut assessment = Assessment::default();
        for muscle in [
            TightMuscle::HipFlexors,
            TightMuscle::Hamstrings,
            TightMuscle::Calves,
        ] {
            assessment.tightness.insert(muscle, Tightness::Marked);
        }
        assert_eq!(
            other_tightness(&assessment).unwrap().0,
            WEIGHTS.other_tightness_max_rate.value
        );
        assert!(quad_tightness(&assessment).is_none());
    }
}
