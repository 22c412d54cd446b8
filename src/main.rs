//! The check, what a runner's first visit downloads; every other page comes with the whole
//! app (`bin/whole.rs`). Everything else lives in the library so tests can reach it.

fn main() {
    #[cfg(target_arch = "wasm32")]
    knee_check::app::start_check();
}
