//! The return-to-running plan: six weeks built from the current check and the symptom log
//! by the rules in `rules.rs` (each with its rationale, mirrored in docs/plan.md), what a
//! log entry says for the next week, and the plan as a calendar file. Pure, tested natively;
//! imports `model`, `dates` and the log's entries from `history`.

pub mod calendar;
pub mod dated;
pub mod generator;
pub mod rules;
pub mod verdict;

pub use generator::{plan, PainSource, Plan, PlanWeek, Start, Step};
pub use verdict::{verdict, Verdict};
