//! The one edge to the browser: storage, the address bar, the clipboard, downloads, the
//! clock. Components and state call these typed functions; only this folder (and
//! `state`, through it) touches web-sys and js-sys. Imports the pure floors, nothing above.

pub mod activity_files;
pub mod clipboard;
pub mod clock;
pub mod connection;
pub mod download;
pub mod draft;
pub mod failure;
pub mod fetch;
pub mod history_store;
pub mod install;
pub mod location;
pub mod preferences;
pub mod prerender;
pub mod service_worker;
pub mod share;
pub mod storage;
pub mod symptom_store;
pub mod viewport;
pub mod whole_app;
