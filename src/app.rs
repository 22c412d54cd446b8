//! The shell: the route and state providers, the page frame and the switch from routes to
//! pages. The top floor: nothing imports it but the two programs, `main` (the check alone,
//! what a runner's first visit downloads) and `bin/whole.rs` (every page), which the check
//! hands over to when a runner first opens another page (`browser::whole_app`).

use std::rc::Rc;

use yew::prelude::*;
use yew::AppHandle;

use crate::browser::{failure, location, prerender, viewport, whole_app};
use crate::components::app_status_bar::AppStatusBar;
use crate::components::site_footer::site_footer;
use crate::components::site_header::site_header;
use crate::components::whole_app_views::{use_whole_app_views, WholeAppViewsProvider};
use crate::handover::Handover;
use crate::pages::about::AboutPage;
use crate::pages::check::CheckPage;
use crate::pages::coach::CoachPage;
use crate::pages::history::HistoryPage;
use crate::pages::learn::LearnPage;
use crate::pages::opening::OpeningPage;
use crate::pages::plan::PlanPage;
use crate::route::Route;
use crate::state::{
    use_app_status, use_place, CheckProvider, HistoryProvider, RouteLink, RouteProvider,
};

/// What the running program holds: its pages, and whether it keeps the saved checks and
/// draws QR codes. Functions rather than choices made at run time, so each program's wasm
/// holds only its own pages, and the check alone neither the history's storage code nor the
/// QR encoder.
#[derive(Clone, Copy)]
pub struct Program {
    pages: fn(Route) -> Html,
    /// The pages inside what only the whole app provides (the saved checks, QR codes),
    /// given what the check handed over.
    whole_app_parts: fn(Html, Option<Rc<Handover>>) -> Html,
}

/// One program has one set of pages for its whole life.
impl PartialEq for Program {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl Program {
    /// The check alone: any other page, a save and a QR code open the whole app.
    pub const CHECK_ALONE: Program = Program {
        pages: check_pages,
        whole_app_parts: |pages, _| pages,
    };
    pub const WHOLE: Program = Program {
        pages: every_page,
        whole_app_parts,
    };

    fn page(self, route: Route) -> Html {
        (self.pages)(route)
    }
}

fn whole_app_parts(pages: Html, handed_over: Option<Rc<Handover>>) -> Html {
    let qr_asked_on_arrival = handed_over
        .as_ref()
        .is_some_and(|handover| handover.show_qr);
    html! {
        <HistoryProvider {handed_over}>
            <WholeAppViewsProvider {qr_asked_on_arrival}>{ pages }</WholeAppViewsProvider>
        </HistoryProvider>
    }
}

fn not_found() -> Html {
    html! {
        <section aria-labelledby="not-found-title">
            <h1 id="not-found-title">{ "Page not found" }</h1>
            <p>{ "This address is not part of the app. " }
                <RouteLink to={Route::Check}>{ "Go to the check" }</RouteLink>
            </p>
        </section>
    }
}

/// Every page; the bare address is the check.
fn every_page(route: Route) -> Html {
    match route {
        Route::Home | Route::Check => html! { <CheckPage /> },
        Route::History => html! { <HistoryPage /> },
        Route::Learn => html! { <LearnPage section={None::<String>} /> },
        Route::LearnSection { section } => html! { <LearnPage section={Some(section)} /> },
        Route::Plan => html! { <PlanPage /> },
        Route::Coach => html! { <CoachPage /> },
        Route::About => html! { <AboutPage /> },
        Route::NotFound => not_found(),
    }
}

fn check_pages(route: Route) -> Html {
    match route {
        Route::Home | Route::Check => html! { <CheckPage /> },
        Route::NotFound => not_found(),
        route => html! { <OpeningPage {route} /> },
    }
}

#[derive(Properties, PartialEq)]
struct ShellProps {
    program: Program,
    /// Inside a club's page (`location::embedded`).
    embedded: bool,
}

/// The page frame, inside the providers: the site's header and footer, or, inside a club's
/// page, none of our own and a way out to the full app.
#[component]
fn Shell(props: &ShellProps) -> Html {
    let status = use_app_status();
    let whole_app = use_whole_app_views();
    let place = use_place();
    let route = place.route.clone();
    let embedded = props.embedded;
    let full_app = use_memo(place, move |_| embedded.then(location::full_app_address));
    let main = html! {
        <main id="main" class={embedded.then_some("embedded")} tabindex="-1">
            <AppStatusBar status={status.clone()} />
            { whole_app.map(|views| (views.storage_notice)()) }
            { props.program.page(route.clone()) }
        </main>
    };
    match &*full_app {
        Some(full_app) => html! {
            <>
                <p class="embed-bar">
                    <a href={full_app.clone()} target="_blank" rel="noopener">{ "Open the full Runner's Knee Check in a new tab" }</a>
                </p>
                { main }
                <p class="embed-note">{ "Guidance, not a diagnosis. Nothing you enter leaves this device." }</p>
            </>
        },
        None => html! {
            <>
                <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                    e.prevent_default();
                    viewport::focus("main");
                })}>{ "Skip to content" }</a>
                if route == Route::Check {
                    <a class="skip-link" href="#result-title" onclick={Callback::from(|e: MouseEvent| {
                        e.prevent_default();
                        viewport::focus("result-title");
                    })}>{ "Skip to result" }</a>
                }
                { site_header(&route) }
                { main }
                { site_footer(&status) }
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub program: Program,
    /// What the check handed over, when the whole app took the page from it.
    #[prop_or_default]
    pub handed_over: Option<Rc<Handover>>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // After the first render has run to the end (a microtask later) and before the browser
    // paints, the pre-rendered first screen gives way to the live one.
    use_effect_with((), |_| {
        wasm_bindgen_futures::spawn_local(async { prerender::take_over() });
    });
    let program = props.program;
    let shell = html! { <Shell {program} embedded={location::embedded()} /> };
    html! {
        <RouteProvider>
            <CheckProvider handed_over={props.handed_over.clone()}>
                { (program.whole_app_parts)(shell, props.handed_over.clone()) }
            </CheckProvider>
        </RouteProvider>
    }
}

/// Renders an app into its root, once panics are made visible and mistyped fragments
/// readable. Its own root,
/// not the body: Yew empties the element it mounts on, and the pre-rendered first screen
/// must stay until the live one is ready.
fn start(program: Program, handed_over: Option<Rc<Handover>>) -> AppHandle<App> {
    failure::show_panics();
    location::keep_fragments_readable();
    let props = AppProps {
        program,
        handed_over,
    };
    match prerender::app_root() {
        Some(root) => yew::Renderer::<App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<App>::with_props(props).render(),
    }
}

/// The first visit's program: the check, ready to hand the page to the whole app.
pub fn start_check() {
    let app = start(Program::CHECK_ALONE, None);
    whole_app::on_hand_over(move || app.destroy());
}

/// Every page, started by the check's hand-over or on its own.
pub fn start_whole() {
    start(Program::WHOLE, whole_app::take_handover());
}
