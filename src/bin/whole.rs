//! Every page of the app, downloaded when a runner first opens one the check does not have
//! (`browser::whole_app`); built beside the check by `scripts/whole_app.mjs`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    knee_check::app::start_whole();
}
