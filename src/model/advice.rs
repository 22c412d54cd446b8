//! Recommendations in the four steps of rehab for runner's knee, tailored to what scored.

use super::assessment::Assessment;
use super::factor::Factor;
use super::score::Scoring;

/// One of the four rehab steps, with what it means for this runner.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub title: &'static str,
    pub advice: Vec<String>,
}

fn scored(scoring: &Scoring, factor: Factor) -> bool {
    scoring
        .factors
        .iter()
        .any(|f| f.factor == factor && f.raw_points > 0.0)
}

fn adjust_running(assessment: &Assessment, scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Keep running, adjusted: most runners with a sore kneecap do better changing how they run than stopping.".to_string(),
    ];
    match assessment.pain {
        Some(pain) if pain >= 4 => advice.push(
            "Your pain is above 3 out of 10: shorten runs and slow down until running stays at 3 or below and the knee has settled by the next morning.".to_string(),
        ),
        Some(1..=3) => advice.push(
            "Pain up to 3 out of 10 that has settled by the next morning is acceptable; use it as your guide.".to_string(),
        ),
        _ => {}
    }
    if scored(scoring, Factor::AddedIntensity) {
        advice.push("Swap hills and fast sessions for flat, easy running for now.".to_string());
    }
    if scored(scoring, Factor::Overstriding) || scored(scoring, Factor::Cadence) {
        advice.push("Take shorter, quicker steps: 5 to 10% more steps a minute eases the kneecap on every stride.".to_string());
    }
    if scored(scoring, Factor::KneeControl) {
        advice.push(
            "Think of running with the knee over the second toe; a mirror or a short video helps."
                .to_string(),
        );
    }
    if scored(scoring, Factor::Footwear) {
        advice.push("Run mostly in the shoes you are used to, and bring a new pair in for short runs first.".to_string());
    }
    Step {
        title: "Adjust running rather than stop",
        advice,
    }
}

fn strength(scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Train quads, glutes, hamstrings and calves two to three times a week: slow, heavy enough to be hard by the last repetitions.".to_string(),
    ];
    if scored(scoring, Factor::StrengthTraining) || scored(scoring, Factor::QuadStrengthFocus) {
        advice.push("Start with the quads: wall sits, step-downs and leg presses in a range that does not hurt.".to_string());
    }
    if scored(scoring, Factor::KneeControl) {
        advice.push(
            "Add hip work such as side-lying leg raises and single-leg balance for control."
                .to_string(),
        );
    }
    if scored(scoring, Factor::QuadTightness) || scored(scoring, Factor::OtherTightness) {
        advice.push(
            "Stretch the tight muscles after each session; hold 30 seconds or more.".to_string(),
        );
    }
    Step {
        title: "Strength for quads, glutes, hamstrings and calves",
        advice,
    }
}

fn reload(scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Build back in small steps: about 10% more a week, holding a week when the knee complains."
            .to_string(),
    ];
    if scored(scoring, Factor::WeeklyProgression) || scored(scoring, Factor::AcuteChronicRatio) {
        advice.push(
            "Bring weekly distance back towards your usual, then rebuild from there.".to_string(),
        );
    }
    if scored(scoring, Factor::LongRunSpike) {
        advice.push("Keep the long run within 10% of your longest in the last month.".to_string());
    }
    if scored(scoring, Factor::PreviousInjury) {
        advice.push("With a knee that has been injured before, build more slowly and keep strength work going when you feel fine.".to_string());
    }
    Step {
        title: "Reload gradually",
        advice,
    }
}

fn recovery(scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Ice, taping, braces and foam rolling can ease pain for a while; use them to keep moving, not instead of the steps above.".to_string(),
    ];
    if scored(scoring, Factor::Sitting) {
        advice.push(
            "Break up long sitting: stand or straighten the knee every half hour.".to_string(),
        );
    }
    if scored(scoring, Factor::FootMechanics) {
        advice.push(
            "Feet that roll in: foot orthoses can help for a few weeks; a physio can advise."
                .to_string(),
        );
    }
    Step {
        title: "Recovery tools as support",
        advice,
    }
}

/// The four steps in order, each with general advice first, then what fits this runner.
pub fn recommendations(assessment: &Assessment, scoring: &Scoring) -> Vec<Step> {
    vec![
        adjust_running(assessment, scoring),
        strength(scoring),
        reload(scoring),
        recovery(scoring),
    ]
}
