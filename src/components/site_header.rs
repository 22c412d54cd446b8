use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;

/// The navigation entries, in the order a runner uses them.
const SECTIONS: [(&str, Route); 4] = [
    ("Check", Route::Check),
    ("History", Route::History),
    ("Learn", Route::Learn),
    ("Plan", Route::Plan),
];

fn is_current(entry: &Route, current: &Option<Route>) -> bool {
    match (entry, current) {
        (Route::Learn, Some(Route::LearnSection { .. })) => true,
        (Route::Check, Some(Route::Home)) => true,
        (entry, Some(current)) => entry == current,
        _ => false,
    }
}

#[derive(Properties, PartialEq)]
struct NavLinkProps {
    route: Route,
    current: bool,
    children: Html,
}

/// A real `href` (so a link opens in a new tab too) that the router follows in place.
#[component]
fn NavLink(props: &NavLinkProps) -> Html {
    let navigator = use_navigator();
    let route = props.route.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        if event.ctrl_key() || event.meta_key() || event.shift_key() {
            return;
        }
        if let Some(navigator) = &navigator {
            event.prevent_default();
            navigator.push(&route);
        }
    });
    html! {
        <a href={format!("#{}", props.route.to_path())}
            aria-current={props.current.then_some("page")}
            {onclick}>
            { props.children.clone() }
        </a>
    }
}

#[component]
pub fn SiteHeader() -> Html {
    let current = use_route::<Route>();
    html! {
        <header class="site-header">
            <NavLink route={Route::Check} current={false}>
                <span class="brand">
                    <img src="favicon.svg" alt="" width="28" height="28" />
                    <span>{ "Runner's Knee Check" }</span>
                </span>
            </NavLink>
            <nav aria-label="Main">
                <ul>
                    { for SECTIONS.iter().map(|(label, route)| html! {
                        <li>
                            <NavLink route={route.clone()} current={is_current(route, &current)}>
                                { *label }
                            </NavLink>
                        </li>
                    }) }
                </ul>
            </nav>
        </header>
    }
}
