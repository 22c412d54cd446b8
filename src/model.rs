//! The knee load model: pure Rust, no browser, tested natively. `assess` is its one door.
//! The ground floor: imports nothing of the app.

pub mod advice;
pub mod assessment;
pub mod band;
pub mod choices;
pub mod decimal;
pub mod factor;
mod factors;
pub mod field;
pub mod list_answer;
pub mod order;
pub mod physio;
pub mod score;
pub mod sorted;
pub mod triage;
pub mod units;
pub mod weights;
pub mod what_if;

pub use assessment::Assessment;
pub use band::Band;
pub use factor::Factor;
pub use weights::MODEL_VERSION;

/// Everything the check shows for one assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub scoring: score::Scoring,
    pub what_ifs: Vec<what_if::WhatIf>,
    pub steps: Vec<advice::Step>,
    pub triage: Option<triage::Triage>,
    pub physio: Option<physio::PhysioPrompt>,
    pub model_version: &'static str,
}

pub fn assess(assessment: &Assessment) -> Report {
    let scoring = score::score(assessment);
    Report {
        what_ifs: what_if::what_ifs(assessment),
        steps: advice::recommendations(assessment, &scoring),
        triage: triage::triage(&assessment.flags),
        physio: physio::physio_prompt(assessment),
        scoring,
        model_version: MODEL_VERSION,
    }
}
