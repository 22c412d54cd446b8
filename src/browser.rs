//! The one edge to the browser: storage, the address bar, the clipboard. Components call
//! these typed functions and never touch web-sys themselves.

pub mod clipboard;
pub mod download;
pub mod history_store;
pub mod location;
pub mod preferences;
pub mod share;
pub mod storage;
pub mod viewport;
