//! The app's routes, as the link contract fixes them. Every view and widget that links
//! somewhere imports this, and it imports nothing of the app.

use yew_router::prelude::*;

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
    #[at("/about")]
    About,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}
