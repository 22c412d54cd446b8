//! The app shell: routes, the check state shared by every view, and the page frame.

use yew::prelude::*;
use yew_router::prelude::*;

use crate::browser::history_store;
use crate::browser::{location, viewport};
use crate::check_form::{CheckAction, CheckForm};
use crate::components::check_page::CheckPage;
use crate::components::coach_page::CoachPage;
use crate::components::history_page::HistoryPage;
use crate::components::learn_page::LearnPage;
use crate::components::plan_page::PlanPage;
use crate::components::site_footer::SiteFooter;
use crate::components::site_header::SiteHeader;
use crate::components::storage_notice::StorageNotice;
use crate::history::state::{HistoryAction, HistoryState};
use crate::link;

/// The hash routes of the contract (`#/check`, `#/history`, `#/learn[/section]`, `#/plan`),
/// and `#/coach`, the link builder.
#[derive(Clone, Routable, PartialEq, Debug)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/check")]
    Check,
    #[at("/history")]
    History,
    #[at("/learn")]
    Learn,
    #[at("/learn/:section")]
    LearnSection { section: String },
    #[at("/plan")]
    Plan,
    #[at("/coach")]
    Coach,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

/// The check form, shared so that moving between views never loses what was typed.
pub type CheckContext = UseReducerHandle<CheckForm>;

/// The saved history as the app knows it, shared by the check (saving) and history views.
pub type HistoryContext = UseReducerHandle<HistoryState>;

impl Reducible for HistoryState {
    type Action = HistoryAction;

    fn reduce(self: std::rc::Rc<Self>, action: HistoryAction) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().reduce(action))
    }
}

impl Reducible for CheckForm {
    type Action = CheckAction;

    fn reduce(self: std::rc::Rc<Self>, action: CheckAction) -> std::rc::Rc<Self> {
        std::rc::Rc::new((*self).clone().reduce(action))
    }
}

fn switch(route: Route) -> Html {
    match route {
        Route::Home => html! { <Redirect<Route> to={Route::Check} /> },
        Route::Check => html! { <CheckPage /> },
        Route::History => html! { <HistoryPage /> },
        Route::Learn => html! { <LearnPage section={None::<String>} /> },
        Route::LearnSection { section } => html! { <LearnPage section={Some(section)} /> },
        Route::Plan => html! { <PlanPage /> },
        Route::Coach => html! { <CoachPage /> },
        Route::NotFound => html! {
            <section aria-labelledby="not-found-title">
                <h1 id="not-found-title">{ "Page not found" }</h1>
                <p>{ "This address is not part of the app. " }
                    <Link<Route> to={Route::Check}>{ "Go to the check" }</Link<Route>>
                </p>
            </section>
        },
    }
}

/// Fills the form from a check link whenever the fragment carries a new one.
#[hook]
fn use_check_links(form: CheckContext) {
    let location = use_location();
    let last_query = use_mut_ref(String::new);
    use_effect_with(location, move |_| {
        match location::take_unread_fragment() {
            Some(location::UnreadFragment::Unknown(original)) => {
                form.dispatch(CheckAction::UnknownAddress(original));
            }
            Some(location::UnreadFragment::TooLong(length)) => {
                form.dispatch(CheckAction::LoadLink(Box::new(link::refused_as_too_long(
                    length,
                ))));
            }
            None => {}
        }
        let fragment = location::fragment();
        if let Some(query) = link::check_query(&fragment) {
            if !query.is_empty() && *last_query.borrow() != query {
                *last_query.borrow_mut() = query.to_string();
                form.dispatch(CheckAction::LoadLink(Box::new(link::decode(query))));
            }
        }
    });
}

#[component]
fn Shell() -> Html {
    let form = use_reducer(|| {
        CheckForm::with_units(
            crate::browser::preferences::load_units(),
            crate::browser::preferences::load_weight_units(),
        )
    });
    use_check_links(form.clone());
    let history = use_reducer(|| HistoryState::default().reduce(history_store::load()));
    {
        let history = history.clone();
        use_effect_with((), move |_| {
            let listener =
                history_store::on_external_change(move || history.dispatch(history_store::load()));
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<CheckContext> context={form}>
        <ContextProvider<HistoryContext> context={history}>
            <a class="skip-link" href="#main" onclick={Callback::from(|e: MouseEvent| {
                e.prevent_default();
                viewport::focus("main");
            })}>{ "Skip to content" }</a>
            <SiteHeader />
            <main id="main" tabindex="-1">
                <StorageNotice />
                <Switch<Route> render={switch} />
            </main>
            <SiteFooter />
        </ContextProvider<HistoryContext>>
        </ContextProvider<CheckContext>>
    }
}

#[component]
pub fn App() -> Html {
    html! {
        <HashRouter>
            <Shell />
        </HashRouter>
    }
}

/// Renders the app into the page's body.
pub fn start() {
    location::keep_fragments_readable();
    yew::Renderer::<App>::new().render();
}
