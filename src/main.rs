//! Starts the app in the browser; everything else lives in the library so tests can reach it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    knee_check::app::start();
}
