//! The check being filled, kept in localStorage under its own key as its link query, so a
//! half-filled form survives a reload, a closed tab and a reload into a new version. It is
//! dropped once the check is saved or the runner clears every answer. With it, the address
//! the form was filled from, so reopening that same address brings the draft back, while a
//! new link the runner opens takes its place. The note typed for the save rides with it, on
//! a third line, form-encoded so that its own line breaks stay inside it.

use super::storage::{read, LocalStore};
use crate::history::store::KeyValue;
use crate::link::form_encoding::{decode_component, encode_component};

const DRAFT_KEY: &str = "knee-check.v1.draft";
/// Where "Start with an empty form" (index.html, after the app could not start) moves the
/// draft: out of the way of the next start, and back on the runner's word.
const SET_ASIDE_KEY: &str = "knee-check.v1.draft.set-aside";

/// An unsaved check.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    /// The check link query of the address it was filled from (empty for none).
    pub from_link: String,
    /// The answers, as a check link query.
    pub query: String,
    /// The note typed for the save, not yet saved.
    pub note: String,
}

/// Keeps the answers; storage failures are left to the history's notice, not repeated here.
pub fn keep(from_link: &str, query: &str, note: &str) {
    let note = encode_component(note);
    let _ = LocalStore.set(DRAFT_KEY, &format!("{from_link}\n{query}\n{note}"));
}

pub fn read_draft() -> Option<Draft> {
    let text = read(DRAFT_KEY).ok().flatten()?;
    let mut lines = text.splitn(3, '\n');
    let (from_link, query) = (lines.next()?, lines.next()?);
    Some(Draft {
        from_link: from_link.to_string(),
        query: query.to_string(),
        note: decode_component(lines.next().unwrap_or_default()),
    })
}

/// Whether answers were set aside when the app could not start.
pub fn has_set_aside() -> bool {
    read(SET_ASIDE_KEY).ok().flatten().is_some()
}

/// Moves the set-aside answers back to be the draft, for the next start to restore. An
/// unsaved draft of the meantime is not overwritten with them: they stay aside.
pub fn bring_back_set_aside() -> bool {
    let Some(text) = read(SET_ASIDE_KEY).ok().flatten() else {
        return false;
    };
    if read(DRAFT_KEY).ok().flatten().is_some() || LocalStore.set(DRAFT_KEY, &text).is_err() {
        return false;
    }
    LocalStore.remove(SET_ASIDE_KEY).is_ok()
}

/// Deletes the set-aside answers, on the runner's word.
pub fn delete_set_aside() {
    let _ = LocalStore.remove(SET_ASIDE_KEY);
}

/// Drops the draft: the check was saved, or every answer cleared.
pub fn discard() {
    let _ = LocalStore.remove(DRAFT_KEY);
}
