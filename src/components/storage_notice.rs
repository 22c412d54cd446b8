use yew::prelude::*;

use crate::app::HistoryContext;
use crate::history::state::{HistoryAction, Persistence, MEMORY_ONLY_NOTICE};

/// On every view while saved data cannot be read or written: says what happened and what
/// is safe.
#[component]
pub fn StorageNotice() -> Html {
    let Some(history) = use_context::<HistoryContext>() else {
        return Html::default();
    };
    let message = match (&history.notice, &history.persistence) {
        (Some(notice), _) => notice.clone(),
        (None, Persistence::MemoryOnly) => MEMORY_ONLY_NOTICE.to_string(),
        (None, Persistence::ReadOnly(version)) => format!(
            "Your history was written by a newer version of this app (format {version}); it is left untouched."
        ),
        (None, Persistence::Stored) => return Html::default(),
    };
    let dismissible = history.persistence == Persistence::Stored;
    let ondismiss = Callback::from(move |_| history.dispatch(HistoryAction::DismissNotice));
    html! {
        <div class="storage-notice" data-testid="storage-notice" role="status">
            <p>{ message }</p>
            if dismissible {
                <button type="button" class="secondary-button" onclick={ondismiss}>{ "Dismiss" }</button>
            }
        </div>
    }
}
