//! The views only the whole app draws, given to the pages as a context: the QR code, the
//! notice about saved data and next week's check. The check alone provides none, so its
//! wasm holds none of these views nor the QR encoder and history store behind them: its
//! share box hands over to the whole app to draw a QR code, and a browser that holds saved
//! checks (or refuses storage) starts the whole app anyway.

use yew::prelude::*;

#[derive(Clone)]
pub struct WholeAppViews {
    /// The QR code of a link.
    pub qr_code: fn(AttrValue) -> Html,
    /// The runner asked for the share link's QR code as the check handed the page over.
    pub qr_asked_on_arrival: bool,
    /// What happened to saved data, while it cannot be read or written.
    pub storage_notice: fn() -> Html,
    /// "New check from my last one"; only while the check is empty when asked so.
    pub next_week_prompt: fn(only_when_empty: bool) -> Html,
}

/// The whole app draws these one way all its life.
impl PartialEq for WholeAppViews {
    fn eq(&self, other: &Self) -> bool {
        self.qr_asked_on_arrival == other.qr_asked_on_arrival
    }
}

/// The whole app's views, `None` in the check alone.
#[hook]
pub fn use_whole_app_views() -> Option<WholeAppViews> {
    use_context::<WholeAppViews>()
}
