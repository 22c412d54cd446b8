//! One view per route of the link contract, composed from components. Pages import
//! components, `state`, `route` and the pure floors; only `app` imports pages.

pub mod about;
pub mod check;
pub mod coach;
pub mod history;
pub mod learn;
pub mod opening;
pub mod plan;
