//! The return-to-running plan: six weeks built from the current check and the symptom log
//! by the rules in `rules.rs` (each with its rationale, mirrored in docs/plan.md), the log's
//! entries themselves, and the plan as a calendar file. Pure, tested natively; imports only
//! `model`.

pub mod calendar;
pub mod generator;
pub mod rules;
pub mod symptom_store;
pub mod symptoms;

pub use generator::{plan, PainSource, Plan, PlanWeek, Start, Step};
pub use symptoms::{SymptomEntry, Verdict};
