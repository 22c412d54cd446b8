//! The app's shared state as providers and hooks: `use_check()` for the check form,
//! `use_history()` for saved checks. Handles speak in the runner's words (`save`,
//! `delete`, `restore`, `import`) and call the browser edge; components only render and
//! call them. Imports the pure floors and `browser`, never components or pages.

pub mod app_status;
pub mod check;
pub mod handover;
pub mod history;
pub mod route;
pub mod symptoms;

pub use app_status::{use_app_status, AppStatus};
pub use check::{use_check, CheckHandle, CheckProvider};
pub use handover::use_form_handover;
pub use history::{use_history, HistoryHandle, HistoryProvider, SaveCheck};
pub use route::{go_to, use_place, use_route, Place, RouteLink, RouteProvider};
pub use symptoms::{use_symptoms, SymptomsHandle};
