use yew::prelude::*;

use crate::browser::location;
use crate::history::state::{memory_only_notice, Persistence};
use crate::state::use_history;

/// On every view while saved data cannot be read or written: says what happened and what
/// is safe. The whole app's alone (`WholeAppViews`): the check alone reads no saved data,
/// and a browser whose storage holds saved checks or refuses the page starts the whole app.
#[component]
pub fn StorageNotice() -> Html {
    let history = use_history();
    let message = match (&history.notice, &history.persistence) {
        (Some(notice), _) => notice.clone(),
        (None, Persistence::MemoryOnly) => memory_only_notice(location::embedded()),
        (None, Persistence::ReadOnly(version)) => format!(
            "Your history was written by a newer version of this app (format {version}); it is left untouched."
        ),
        (None, Persistence::Stored) => return Html::default(),
    };
    let dismissible = history.persistence == Persistence::Stored;
    let ondismiss = Callback::from(move |_| history.dismiss_notice());
    html! {
        <div class="storage-notice" data-testid="storage-notice" role="status">
            <p>{ message }</p>
            if dismissible {
                <button type="button" class="secondary-button" onclick={ondismiss}>{ "Dismiss" }</button>
            }
        </div>
    }
}
