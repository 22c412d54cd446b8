//! Runner's Knee Check. The pure ground floor (`model`, `link`, `history`, `route`, the
//! guide's contents) builds and tests natively;
//! the browser edge and the components exist only on wasm32.

pub mod activities;
pub mod check_form;
pub mod dates;
pub mod guide;
pub mod handover;
pub mod history;
pub mod link;
pub mod model;
pub mod plan;
pub mod qr_code;
pub mod qr_image;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod state;
