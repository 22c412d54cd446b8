use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

#[component]
pub fn SiteFooter() -> Html {
    html! {
        <footer class="site-footer">
            <p>
                { "Guidance, not a diagnosis. Runner's Knee Check cannot examine your knee: if something worries you, see a physiotherapist or doctor." }
            </p>
            <p>{ "Everything you enter stays in this browser. Nothing is sent anywhere." }</p>
            <p><Link<Route> to={Route::Coach}>{ "For coaches and physios: build a pre-filled link" }</Link<Route>></p>
        </footer>
    }
}
