//! The current route, read from the fragment and kept up to date as it changes. The app's
//! router: a context, a hook and a link, about as small as hash routing gets.

use std::cell::RefCell;

use yew::prelude::*;

use crate::browser::location;
use crate::route::Route;

/// Where the app is: the route, and the whole fragment (a check link's query changes it
/// without changing the route); with the fragment the address held before it was made
/// readable, when it could not be read (too long, or no address of the app), which the
/// address bar no longer shows.
#[derive(Clone, PartialEq, Debug)]
pub struct Place {
    pub route: Route,
    pub fragment: String,
    pub unread: Option<location::UnreadFragment>,
}

impl Place {
    /// The bare address shows the check, and says so in the address bar.
    fn here() -> Place {
        let mut fragment = location::fragment();
        if Route::from_fragment(&fragment) == Route::Home {
            fragment = Route::Check.fragment();
            location::replace_fragment(&fragment);
        }
        Place {
            route: Route::from_fragment(&fragment),
            fragment,
            unread: location::take_unread_fragment(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct RouteProviderProps {
    pub children: Html,
}

thread_local! {
    /// How `go_to` tells the provider at once, rather than when the browser's `hashchange`
    /// event arrives a task later.
    static FOLLOW: RefCell<Option<Callback<()>>> = const { RefCell::new(None) };
}

/// Follows the fragment for everything inside it.
#[component]
pub fn RouteProvider(props: &RouteProviderProps) -> Html {
    let place = use_state_eq(Place::here);
    {
        let place = place.clone();
        use_effect_with((), move |_| {
            let follow = Callback::from(move |()| place.set(Place::here()));
            FOLLOW.with(|cell| *cell.borrow_mut() = Some(follow.clone()));
            let listener = location::on_fragment_change(move || follow.emit(()));
            move || {
                FOLLOW.with(|cell| cell.borrow_mut().take());
                drop(listener);
            }
        });
    }
    html! {
        <ContextProvider<Place> context={(*place).clone()}>
            { props.children.clone() }
        </ContextProvider<Place>>
    }
}

/// Where the app is. Panics without a `RouteProvider` above, a wiring mistake.
#[hook]
pub fn use_place() -> Place {
    use_context::<Place>().expect("use_place() needs a <RouteProvider> above it")
}

/// The current route.
#[hook]
pub fn use_route() -> Route {
    use_place().route
}

/// Opens a route as a new history entry, as a click on its link would.
pub fn go_to(route: &Route) {
    location::go_to(&route.fragment());
    if let Some(follow) = FOLLOW.with(|cell| cell.borrow().clone()) {
        follow.emit(());
    }
}

#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    pub to: Route,
    #[prop_or_default]
    pub current: bool,
    pub children: Html,
}

/// A link to a route. Its `href` opens it in a new tab; a plain click changes the fragment
/// in place, since under `<base href>` the browser would resolve a bare `#/...` against the
/// base and could load the page again.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let to = props.to.clone();
    let onclick = Callback::from(move |event: MouseEvent| {
        if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
            event.prevent_default();
            go_to(&to);
        }
    });
    html! {
        <a href={props.to.fragment()} aria-current={props.current.then_some("page")} {onclick}>
            { props.children.clone() }
        </a>
    }
}
