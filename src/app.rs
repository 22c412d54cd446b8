//! The shell: the route and state providers, the page frame and the switch from routes to
//! pages. The top floor: nothing imports it but `main`.

use yew::prelude::*;

use crate::browser::{location, prerender, viewport};
use crate::components::app_status_bar::AppStatusBar;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::storage_notice::StorageNotice;
use crate::pages::about::AboutPage;
use crate::pages::check::CheckPage;
use crate::pages::coach::CoachPage;
use crate::pages::history::HistoryPage;
use crate::pages::learn::LearnPage;
use crate::pages::plan::PlanPage;
use crate::route::Route;
use crate::state::{
    use_app_status, use_place, use_route, CheckProvider, HistoryProvider, RouteLink, RouteProvider,
};

/// The page for a route; the bare address is the check.
fn page(route: Route) -> Html {
    match route {
        Route::Home | Route::Check => html! { <CheckPage /> },
        Route::History => html! { <HistoryPage /> },
        Route::Learn => html! { <LearnPage section={None::<String>} /> },
        Route::LearnSection { section } => html! { <LearnPage section={Some(section)} /> },
        Route::Plan => html! { <PlanPage /> },
        Route::Coach => html! { <CoachPage /> },
        Route::About => html! { <AboutPage /> },
        Route::NotFound => html! {
            <section aria-labelledby="not-found-title">
                <h1 id="not-found-title">{ "Page not found" }</h1>
                <p>{ "This address is not part of the app. " }
                    <RouteLink to={Route::Check}>{ "Go to the check" }</RouteLink>
                </p>
            </section>
        },
    }
}

/// Inside a club's page: no header or footer of our own, and a way out to the full app.
#[component]
fn CompactShell() -> Html {
    let status = use_app_status();
    let place = use_place();
    let route = place.route.clone();
    let full_app = use_memo(place, |_| location::full_app_address());
    html! {
        <>
            <p class="embed-bar">
                <a href={(*full_app).clone()} target="_blank" rel="noopener">{ "Open the full Runner's Knee Check in a new tab" }</a>
            </p>
            <main id="main" class="embedded" tabindex="-1">
                <AppStatusBar {status} />
                <StorageNotice />
                { page(route) }
            </main>
            <p class="embed-note">{ "Guidance, not a diagnosis. Nothing you enter leaves this device." }</p>
        </>
    }
}

/// The page frame, inside the providers.
#[component]
fn Shell() -> Html {
    let status = use_app_status();
    let route = use_route();
    html! {
        <>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                viewport::focus("main");
            })}>{ "Skip to content" }</a>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <AppStatusBar status={status.clone()} />
                <StorageNotice />
                { page(route) }
            </main>
            <SiteFooter {status} />
        </>
    }
}

#[component]
pub fn App() -> Html {
    // After the first render has run to the end (a microtask later) and before the browser
    // paints, the pre-rendered first screen gives way to the live one.
    use_effect_with((), |_| {
        wasm_bindgen_futures::spawn_local(async { prerender::take_over() });
    });
    html! {
        <RouteProvider>
            <CheckProvider>
            <HistoryProvider>
                if location::embedded() {
                    <CompactShell />
                } else {
                    <Shell />
                }
            </HistoryProvider>
            </CheckProvider>
        </RouteProvider>
    }
}

/// Renders the app into its root, once mistyped fragments are made readable. Its own root,
/// not the body: Yew empties the element it mounts on, and the pre-rendered first screen
/// must stay until the live one is ready.
pub fn start() {
    location::keep_fragments_readable();
    match prerender::app_root() {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
