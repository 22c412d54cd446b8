use crate::state::RouteLink;
use yew::prelude::*;

use crate::route::Route;
use crate::state::AppStatus;

/// What the app is and is not, whether it works offline here, and the way to the coaches'
/// page. A view function, redrawn with the shell.
pub fn site_footer(status: &AppStatus) -> Html {
    let offline = if status.ready_offline {
        "Ready for offline use: it opens without a connection."
    } else if status.offline_broken {
        "Not ready for offline use: the browser cleared the app's files and they could not be stored again yet. It tries again each time it opens."
    } else if status.offline_possible {
        "Getting ready for offline use."
    } else {
        "Works online here; offline use needs the app on a secure (https) site."
    };
    html! {
        <footer class="site-footer">
            <p>
                { "Guidance, not a diagnosis. Runner's Knee Check cannot examine your knee: if something worries you, see a physiotherapist or doctor." }
            </p>
            <p>{ "Everything you enter stays in this browser. Nothing is sent anywhere." }</p>
            <p class="offline-ready" data-testid="offline-ready" data-ready={status.ready_offline.to_string()}>{ offline }</p>
            <p>
                <RouteLink to={Route::About}>{ "About and privacy" }</RouteLink>
                { " · " }
                <RouteLink to={Route::Coach}>{ "For coaches and physios: build a pre-filled link" }</RouteLink>
            </p>
        </footer>
    }
}
