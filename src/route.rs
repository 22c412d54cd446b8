//! The app's routes, as the link contract fixes them, read from and written to the address's
//! fragment. Pure: every view and widget that links somewhere imports this, and it imports
//! nothing of the app or the browser.

/// The hash routes of the contract (`#/check`, `#/history`, `#/learn[/section]`, `#/plan`),
/// and `#/coach`, the link builder, and `#/about`.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    Home,
    Check,
    History,
    Learn,
    LearnSection { section: String },
    Plan,
    Coach,
    About,
    NotFound,
}

impl Route {
    /// Reads a fragment such as `#/check?v=1&week=30` or `#/learn/quads`; the query is the
    /// check's business, not the route's. A trailing slash is forgiven.
    pub fn from_fragment(fragment: &str) -> Route {
        let path = fragment.strip_prefix('#').unwrap_or(fragment);
        let path = path.split('?').next().unwrap_or_default();
        let path = path.strip_suffix('/').unwrap_or(path);
        match path.split('/').collect::<Vec<_>>().as_slice() {
            [""] => Route::Home,
            ["", "check"] => Route::Check,
            ["", "history"] => Route::History,
            ["", "learn"] => Route::Learn,
            ["", "learn", section] if !section.is_empty() => Route::LearnSection {
                section: (*section).to_string(),
            },
            ["", "plan"] => Route::Plan,
            ["", "coach"] => Route::Coach,
            ["", "about"] => Route::About,
            _ => Route::NotFound,
        }
    }

    /// The fragment that opens this route, with its `#`.
    pub fn fragment(&self) -> String {
        let path = match self {
            Route::Home => "/",
            Route::Check => "/check",
            Route::History => "/history",
            Route::Learn => "/learn",
            Route::LearnSection { section } => return format!("#/learn/{section}"),
            Route::Plan => "/plan",
            Route::Coach => "/coach",
            Route::About => "/about",
            Route::NotFound => "/not-found",
        };
        format!("#{path}")
    }

    /// The guide's section, for links from the check and its factors.
    pub fn learn(section: &str) -> Route {
        Route::LearnSection {
            section: section.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_reads_back_from_its_fragment() {
        for route in [
            Route::Home,
            Route::Check,
            Route::History,
            Route::Learn,
            Route::learn("quads"),
            Route::Plan,
            Route::Coach,
            Route::About,
            Route::NotFound,
        ] {
            assert_eq!(Route::from_fragment(&route.fragment()), route);
        }
    }

    #[test]
    fn the_query_belongs_to_the_check() {
        assert_eq!(Route::from_fragment("#/check?v=1&week=30"), Route::Check);
        assert_eq!(Route::from_fragment(""), Route::Home);
        assert_eq!(Route::from_fragment("#"), Route::Home);
        assert_eq!(Route::from_fragment("#/history/"), Route::History);
    }

    #[test]
    fn anything_else_is_not_found() {
        for fragment in ["#/checks", "#/learn/a/b", "#check", "#/learn//", "#/Check"] {
            assert_eq!(
                Route::from_fragment(fragment),
                Route::NotFound,
                "{fragment}"
            );
        }
    }
}
