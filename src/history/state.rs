//! What the app knows about the history at any moment: the entries, whether they can be
//! kept, and what to tell the runner. Storage itself happens at the browser edge, which
//! reports each outcome here as an action.

use super::entries::{self, SavedAssessment};

/// Where saved checks go.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Persistence {
    /// In this browser's storage.
    #[default]
    Stored,
    /// Storage is blocked here: saves last until the tab closes; export still works.
    MemoryOnly,
    /// The stored history is from a newer app; shown, never overwritten.
    ReadOnly(u64),
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HistoryState {
    pub entries: Vec<SavedAssessment>,
    pub persistence: Persistence,
    /// What went wrong with stored data, for `storage-notice`; stays until dismissed.
    pub notice: Option<String>,
    /// The outcome of the runner's last action (saved, deleted, imported, failed).
    pub status: Option<String>,
    /// The entry just deleted, so the runner can take the delete back.
    pub undo: Option<SavedAssessment>,
    /// The last save failed for lack of space; the notice clears once a save succeeds.
    pub full: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum HistoryAction {
    /// The stored history was (re)read, by this tab or after another tab changed it.
    Loaded {
        entries: Vec<SavedAssessment>,
        persistence: Persistence,
        notice: Option<String>,
    },
    /// Storage now holds exactly these entries after a save, delete, undo or import.
    Stored {
        entries: Vec<SavedAssessment>,
        status: String,
    },
    /// Storage cannot be used: the change is kept in memory only.
    KeptInMemory {
        entries: Vec<SavedAssessment>,
        status: String,
    },
    Deleted {
        entries: Vec<SavedAssessment>,
        removed: Box<SavedAssessment>,
        in_memory: bool,
    },
    Failed(String),
    /// A change failed because storage is full: said beside the control and in the notice.
    Full(String),
    DismissNotice,
}

/// The notice shown whenever saving only lasts as long as the tab, naming the setting that
/// does it: inside another site's page (`embedded`) browsers keep the app's storage from it
/// as they block third-party cookies; on its own it is this site's data that is blocked.
pub fn memory_only_notice(embedded: bool) -> String {
    let cause = if embedded {
        "Inside another site's page, this browser keeps the app from saving, as it does when it blocks third-party cookies. To save your checks, open the app in its own tab (the link above)."
    } else {
        "This browser does not let this site keep data on the device: site data (cookies and site data) is blocked for it, or this is a private window. To save, allow this site to keep data: Chrome and Edge: Settings, Privacy, Site settings, On-device site data; Firefox: Settings, Privacy & Security, Cookies and Site Data, Manage Exceptions; Safari: Settings, Privacy, untick Block all cookies."
    };
    format!("{cause} Until then saving is off: checks you save last until you close this tab. Export a backup to keep them.")
}

impl HistoryState {
    pub fn reduce(mut self, action: HistoryAction) -> Self {
        match action {
            HistoryAction::Loaded {
                entries,
                persistence,
                notice,
            } => {
                if persistence == Persistence::MemoryOnly {
                    self.entries = entries::merge(entries, &self.entries).0;
                } else {
                    self.entries = entries;
                }
                if notice.is_some() {
                    self.notice = notice;
                }
                self.persistence = persistence;
            }
            HistoryAction::Stored { entries, status } => {
                self.entries = entries;
                self.status = Some(status);
                self.undo = None;
                if self.full {
                    self.full = false;
                    self.notice = None;
                }
            }
            HistoryAction::KeptInMemory { entries, status } => {
                self.entries = entries;
                self.status = Some(status);
                self.undo = None;
                self.persistence = Persistence::MemoryOnly;
                // The notice of a page that cannot save says which setting does it.
                self.notice = None;
            }
            HistoryAction::Deleted {
                entries,
                removed,
                in_memory,
            } => {
                self.entries = entries;
                self.status = Some(format!("Deleted the check of {}.", removed.date()));
                self.undo = Some(*removed);
                if in_memory {
                    self.persistence = Persistence::MemoryOnly;
                }
            }
            HistoryAction::Failed(message) => self.status = Some(message),
            HistoryAction::Full(message) => {
                self.status = Some(message.clone());
                self.notice = Some(message);
                self.full = true;
            }
            HistoryAction::DismissNotice => self.notice = None,
        }
        self
    }

    /// Newest first, as the history view lists them.
    pub fn listed(&self) -> Vec<SavedAssessment> {
        entries::newest_first(&self.entries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::entries::tests::entry;

    #[test]
    fn a_delete_can_be_undone_until_the_next_change() {
        let state = HistoryState::default().reduce(HistoryAction::Deleted {
            entries: vec![],
            removed: Box::new(entry("a", "2026-11-01T10:00:00Z")),
            in_memory: false,
        });
        assert_eq!(state.undo.as_ref().map(|e| e.id.as_str()), Some("a"));
        let state = state.reduce(HistoryAction::Stored {
            entries: vec![entry("a", "2026-11-01T10:00:00Z")],
            status: "Restored.".into(),
        });
        assert!(state.undo.is_none());
    }

    #[test]
    fn full_storage_raises_the_notice_until_a_save_succeeds() {
        let state = HistoryState::default().reduce(HistoryAction::Full("full".into()));
        assert_eq!(state.notice.as_deref(), Some("full"));
        let state = state.reduce(HistoryAction::Stored {
            entries: vec![entry("a", "2026-11-01T10:00:00Z")],
            status: "Saved to your history.".into(),
        });
        assert_eq!(state.notice, None);
    }

    #[test]
    fn memory_only_saves_survive_a_reload_of_what_storage_holds() {
        let state = HistoryState::default().reduce(HistoryAction::KeptInMemory {
            entries: vec![entry("a", "2026-11-01T10:00:00Z")],
            status: "Kept until you close this tab.".into(),
        });
        assert_eq!(state.persistence, Persistence::MemoryOnly);
        let state = state.reduce(HistoryAction::Loaded {
            entries: vec![],
            persistence: Persistence::MemoryOnly,
            notice: None,
        });
        assert_eq!(state.entries.len(), 1);
        assert_eq!(state.persistence, Persistence::MemoryOnly);
    }

    #[test]
    fn the_memory_only_notice_names_the_setting_that_blocks_saving() {
        let alone = memory_only_notice(false);
        assert!(
            alone.contains("site data") && alone.contains("Manage Exceptions"),
            "{alone}"
        );
        assert!(!alone.contains("third-party"));
        let embedded = memory_only_notice(true);
        assert!(embedded.contains("third-party cookies") && embedded.contains("its own tab"));
    }
}
