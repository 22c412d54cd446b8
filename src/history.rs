//! Saved assessments: one key per check in storage (`store`), the document format and its
//! migrations, the operations on the list, backups, the trend and comparisons; and the
//! symptom log kept beside them under the same rules. All pure, tested natively; imports
//! only `model` and `dates`. The browser edge is `browser::history_store`.

pub mod backup;
pub mod comparison;
pub mod entries;
pub mod format;
pub mod recheck;
pub mod restore;
pub mod state;
pub mod store;
pub mod symptom_store;
pub mod symptoms;
pub mod transaction;
pub mod trend;

pub use entries::SavedAssessment;
pub use format::{read, write, Loaded, CURRENT_VERSION, HISTORY_KEY};
