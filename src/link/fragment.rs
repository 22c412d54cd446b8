//! Fragments a person can mistype in a newsletter, rewritten to the app's own routes before
//! the router sees them, so a typo never throws and never drops a link's data.

use super::decode::{check_query, MAX_LINK_CHARS};

/// What to do with the fragment the page was opened with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FragmentFix {
    /// Already a route the router reads.
    Keep,
    /// The same meaning, written the way the router reads it.
    Rewrite(String),
    /// Not an address of the app: open the check and say so.
    Unknown(String),
    /// Longer than any check link can be: open the check and say so, without decoding it.
    TooLong(usize),
}

const ROUTES: [&str; 5] = ["check", "history", "learn", "plan", "coach"];

/// Reads the fragment (with its `#`) as the address it was meant to be.
pub fn fix_fragment(fragment: &str) -> FragmentFix {
    let bare = fragment.strip_prefix('#').unwrap_or(fragment);
    if bare.len() > MAX_LINK_CHARS + "/check?".len() {
        return FragmentFix::TooLong(bare.len());
    }
    if bare.is_empty() || bare == "/" {
        return FragmentFix::Keep;
    }
    if let Some(query) = check_query(bare) {
        let canonical = if query.is_empty() {
            "#/check".to_string()
        } else {
            format!("#/check?{query}")
        };
        return if canonical == format!("#{bare}") {
            FragmentFix::Keep
        } else {
            FragmentFix::Rewrite(canonical)
        };
    }
    if bare.starts_with('/') {
        return FragmentFix::Keep;
    }
    let first = bare.split(['/', '?']).next().unwrap_or_default();
    if ROUTES.contains(&first) {
        FragmentFix::Rewrite(format!("#/{bare}"))
    } else {
        FragmentFix::Unknown(bare.chars().take(60).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_links_without_the_slash_are_rewritten() {
        assert_eq!(
            fix_fragment("#check?v=1&week=45&prev=30"),
            FragmentFix::Rewrite("#/check?v=1&week=45&prev=30".into())
        );
        assert_eq!(
            fix_fragment("#?week=45"),
            FragmentFix::Rewrite("#/check?week=45".into())
        );
        assert_eq!(
            fix_fragment("#/check/?week=45"),
            FragmentFix::Rewrite("#/check?week=45".into())
        );
        assert_eq!(
            fix_fragment("#check"),
            FragmentFix::Rewrite("#/check".into())
        );
    }

    #[test]
    fn a_huge_fragment_is_never_handed_to_the_router() {
        let huge = format!("#/check?week={}", "x".repeat(10_000));
        assert_eq!(fix_fragment(&huge), FragmentFix::TooLong(huge.len() - 1));
    }

    #[test]
    fn routes_the_router_reads_are_kept() {
        for fragment in [
            "",
            "#",
            "#/",
            "#/check",
            "#/check?week=4",
            "#/history",
            "#/learn/strength",
            "#/nowhere",
        ] {
            assert_eq!(fix_fragment(fragment), FragmentFix::Keep, "{fragment}");
        }
    }

    #[test]
    fn other_routes_gain_their_slash_and_the_rest_is_unknown() {
        assert_eq!(
            fix_fragment("#history"),
            FragmentFix::Rewrite("#/history".into())
        );
        assert_eq!(
            fix_fragment("#learn/strength"),
            FragmentFix::Rewrite("#/learn/strength".into())
        );
        assert_eq!(fix_fragment("#top"), FragmentFix::Unknown("top".into()));
    }
}
