//! The runner's knee model: pure Rust, no browser, tested natively. `assess` is its one door:
//! every view renders the `Report` it returns and calls nothing else of the model's words.
//! The ground floor: imports nothing of the app.

pub mod absolute_risk;
pub mod advice;
pub mod assessment;
pub mod band;
pub mod caveats;
pub mod choices;
pub mod combination;
pub mod decimal;
pub mod factor;
mod factors;
pub mod field;
pub mod list_answer;
pub mod order;
pub mod pain;
pub mod pain_site;
pub mod physio;
pub mod score;
pub mod sorted;
pub mod triage;
pub mod units;
pub mod weights;
pub mod what_if;
pub mod words;

pub use assessment::Assessment;
pub use band::Band;
pub use factor::Factor;
pub use weights::MODEL_VERSION;

use absolute_risk::AbsoluteRisk;

/// Everything a result shows for one assessment, computed once.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub scoring: score::Scoring,
    /// Of 100 pain-free runners with these answers, how many get runner's knee over the
    /// horizon; `None` until this week's distance and the weeks before are answered.
    pub absolute: Option<AbsoluteRisk>,
    pub words: words::Words,
    /// What the rate cannot weigh (a week beyond elite runners', age), as sentences.
    pub caveats: Vec<String>,
    pub what_ifs: Vec<what_if::WhatIf>,
    pub steps: Vec<advice::Step>,
    pub triage: Option<triage::Triage>,
    pub physio: Option<physio::PhysioPrompt>,
    /// Severe pain (7 out of 10 or more) pauses running: the plan starts from rest.
    pub severe_pain: bool,
    /// Where the knee hurts away from the front, in words, while it hurts there.
    pub pain_elsewhere: Option<&'static str>,
    pub model_version: &'static str,
}

pub fn assess(assessment: &Assessment) -> Report {
    let scoring = score::score(assessment);
    // No figure before the training answers, nor for a week beyond what the studies saw.
    let training_known = assessment.week_km.is_some()
        && !assessment.previous_weeks_km.is_empty()
        && caveats::beyond_elite(assessment).is_none();
    let absolute = training_known.then(|| {
        let pain_free: Vec<(Factor, f64)> = scoring
            .factors
            .iter()
            .filter(|f| f.factor != Factor::CurrentPain)
            .map(|f| (f.factor, f.rate))
            .collect();
        let combined = combination::combine(&pain_free);
        absolute_risk::absolute_risk(combined.rate, &combined.counted)
    });
    Report {
        absolute,
        words: words::words(assessment, &scoring),
        caveats: caveats::caveats(assessment),
        what_ifs: what_if::what_ifs(assessment),
        steps: advice::recommendations(assessment, &scoring),
        triage: triage::triage(&assessment.flags),
        physio: physio::physio_prompt(assessment),
        severe_pain: pain::severe_pain(assessment).is_some(),
        pain_elsewhere: pain::pain_elsewhere(assessment),
        scoring,
        model_version: MODEL_VERSION,
    }
}
