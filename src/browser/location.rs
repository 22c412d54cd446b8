//! The address bar: where the app lives and what the fragment says.

/// The fragment, with its `#`, or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .unwrap_or_default()
}

/// The app's own address without the fragment, so share links work under any sub-path.
pub fn app_address() -> String {
    let href = web_sys::window()
        .and_then(|window| window.location().href().ok())
        .unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}
