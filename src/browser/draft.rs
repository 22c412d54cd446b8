//! An unsaved check kept across a reload (into a new version of the app), as its link
//! query in this tab's sessionStorage. Losing it is never worse than before the reload, so
//! failures are ignored.

const DRAFT_KEY: &str = "knee-check.v1.draft";

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps the check's link query for the next load of this tab.
pub fn keep(query: &str) {
    if let Some(storage) = session_storage() {
        let _ = storage.set_item(DRAFT_KEY, query);
    }
}

/// The kept query, once.
pub fn take() -> Option<String> {
    let storage = session_storage()?;
    let query = storage.get_item(DRAFT_KEY).ok().flatten()?;
    let _ = storage.remove_item(DRAFT_KEY);
    Some(query)
}
