//! What kind of screen the app is on, for choices CSS cannot make (such as which sections
//! start open).

/// Whether the screen is as wide as the two-column layout (the CSS uses the same width).
pub fn is_wide() -> bool {
    web_sys::window()
        .and_then(|window| window.match_media("(min-width: 60rem)").ok().flatten())
        .is_some_and(|query| query.matches())
}
