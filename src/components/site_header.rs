use crate::state::RouteLink;
use yew::prelude::*;

use crate::route::Route;

/// The navigation entries, in the order a runner uses them.
const SECTIONS: [(&str, Route); 5] = [
    ("Check", Route::Check),
    ("History", Route::History),
    ("Learn", Route::Learn),
    ("Plan", Route::Plan),
    ("Coach", Route::Coach),
];

fn is_current(entry: &Route, current: &Route) -> bool {
    match (entry, current) {
        (Route::Learn, Route::LearnSection { .. }) => true,
        (Route::Check, Route::Home) => true,
        (entry, current) => entry == current,
    }
}

/// The brand and the main navigation, `current` marked. A view function, redrawn with the
/// shell.
pub fn site_header(current: &Route) -> Html {
    html! {
        <header class="site-header">
            <RouteLink to={Route::Check}>
                <span class="brand">
                    <img src="favicon.svg" alt="" width="28" height="28" />
                    <span>{ "Runner's Knee Check" }</span>
                </span>
            </RouteLink>
            <nav aria-label="Main">
                <ul>
                    { for SECTIONS.iter().map(|(label, route)| html! {
                        <li>
                            <RouteLink to={route.clone()} current={is_current(route, current)}>
                                { *label }
                            </RouteLink>
                        </li>
                    }) }
                </ul>
            </nav>
        </header>
    }
}
