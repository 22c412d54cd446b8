//! The storage layer against the real localStorage of headless Chromium.
#![cfg(target_arch = "wasm32")]

use knee_check::browser::history_store;
use knee_check::history::store::{ChangeError, ENTRY_PREFIX};
use knee_check::history::{SavedAssessment, HISTORY_KEY};
use knee_check::model::{Assessment, MODEL_VERSION};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("storage in the test browser")
}

fn entry(id: &str) -> SavedAssessment {
    SavedAssessment {
        id: id.to_string(),
        saved_at: format!("2026-11-0{}T10:00:00.000Z", id.len()),
        model_version: MODEL_VERSION.to_string(),
        score: 12,
        note: "a note".to_string(),
        assessment: Assessment {
            strength_sessions: Some(0),
            ..Assessment::default()
        },
        assessment_kept: Default::default(),
        kept: Default::default(),
    }
}

#[wasm_bindgen_test]
fn saves_load_back_and_a_delete_touches_no_other_check() {
    local_storage().clear().expect("cleared");
    let first = history_store::save(&entry("a")).expect("saved");
    assert_eq!(first.len(), 1);
    let second = history_store::save(&entry("bb")).expect("saved");
    assert_eq!(second.len(), 2, "the save re-read what was stored");
    let loaded = history_store::load().expect("loaded").entries;
    assert_eq!(loaded.len(), 2);
    let after_delete = history_store::delete("a").expect("deleted");
    assert_eq!(after_delete.len(), 1);
    let restored = history_store::save(&entry("a")).expect("restored");
    assert_eq!(restored.len(), 2);
    let keys: Vec<String> = (0..local_storage().length().unwrap_or(0))
        .filter_map(|i| local_storage().key(i).ok().flatten())
        .filter(|key| key.starts_with(ENTRY_PREFIX))
        .collect();
    assert_eq!(keys.len(), 2, "one key per check");
}

#[wasm_bindgen_test]
fn damaged_text_is_set_aside_before_anything_is_written() {
    let storage = local_storage();
    storage.clear().expect("cleared");
    storage.set_item(HISTORY_KEY, "{broken").expect("written");
    let snapshot = history_store::load().expect("loaded");
    assert!(snapshot.entries.is_empty());
    assert_eq!(snapshot.set_aside.len(), 1);
    let kept: Vec<String> = (0..storage.length().unwrap_or(0))
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key.starts_with(&format!("{HISTORY_KEY}.unreadable.")))
        .filter_map(|key| storage.get_item(&key).ok().flatten())
        .collect();
    assert_eq!(kept, vec!["{broken".to_string()]);
    assert_eq!(history_store::save(&entry("a")).expect("saved").len(), 1);
}

#[wasm_bindgen_test]
fn a_newer_history_is_never_overwritten() {
    let storage = local_storage();
    storage.clear().expect("cleared");
    let future = r#"{"version":5,"entries":[]}"#;
    storage.set_item(HISTORY_KEY, future).expect("written");
    assert_eq!(history_store::save(&entry("a")), Err(ChangeError::Newer(5)));
    assert_eq!(
        storage.get_item(HISTORY_KEY).ok().flatten().as_deref(),
        Some(future)
    );
}
