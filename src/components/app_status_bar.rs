use yew::prelude::*;

use crate::state::app_status::reload_into_update;
use crate::state::{use_check, AppStatus};

#[derive(Properties, PartialEq)]
pub struct AppStatusBarProps {
    pub status: AppStatus,
}

/// A new version waiting (reloading only on the runner's word, keeping unsaved answers),
/// and, calmly, that the app goes on working without a network.
#[component]
pub fn AppStatusBar(props: &AppStatusBarProps) -> Html {
    let form = use_check();
    let status = &props.status;
    let onreload = {
        let form = form.clone();
        Callback::from(move |_| reload_into_update(&form.assessment, &form.note))
    };
    html! {
        <>
            if status.update_ready {
                <div class="update-ready" data-testid="update-ready" role="status">
                    <p>{ "A new version of Runner's Knee Check is ready. Reload when it suits you: your unsaved answers are kept." }</p>
                    <button type="button" onclick={onreload}>{ "Reload to update" }</button>
                </div>
            }
            if !status.online {
                <p class="offline-note" data-testid="offline-note" role="status">
                    { if status.ready_offline {
                        "You are offline. That is fine: the check, your history and the guide all work without a connection, and nothing you enter leaves this device anyway."
                    } else {
                        "You are offline. What is already open keeps working; other pages load once you are back online."
                    } }
                </p>
            }
        </>
    }
}
