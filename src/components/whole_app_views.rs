//! The views only the whole app draws, given to the pages as a context: the QR code, the
//! notice about saved data, next week's check, the import of a watch's activities and the
//! save into the history. The check alone provides none, so its
//! wasm holds none of these views nor the QR encoder and history store behind them: its
//! share box hands over to the whole app to draw a QR code, and a browser that holds saved
//! checks (or refuses storage) starts the whole app anyway.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::components::activity_import::ActivityImport;
use crate::components::next_week_prompt::NextWeekPrompt;
use crate::components::qr_code_view::QrCodeView;
use crate::components::save_controls::SaveControls;
use crate::components::set_aside_notice::SetAsideNotice;
use crate::components::storage_notice::StorageNotice;

#[derive(Clone)]
pub struct WholeAppViews {
    /// The QR code of a link.
    pub qr_code: fn(AttrValue) -> Html,
    /// The runner asked for the share link's QR code as the check handed the page over:
    /// shown by the first share box that takes it, not again on a later visit to the check.
    pub qr_asked_on_arrival: Rc<Cell<bool>>,
    /// What happened to saved data, while it cannot be read or written.
    pub storage_notice: fn() -> Html,
    /// "New check from my last one"; only while the check is empty when asked so.
    pub next_week_prompt: fn(only_when_empty: bool) -> Html,
    /// The answers set aside when the app could not start, offered back.
    pub set_aside_notice: fn() -> Html,
    /// "Fill from my watch" with its readers; the check alone hands the files over.
    pub activity_import: fn() -> Html,
    /// Saving into the history at once; the check alone hands the save over.
    pub save_controls: fn() -> Html,
}

/// The whole app draws these one way all its life.
impl PartialEq for WholeAppViews {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.qr_asked_on_arrival, &other.qr_asked_on_arrival)
    }
}

#[derive(Properties, PartialEq)]
pub struct WholeAppViewsProviderProps {
    /// The runner asked for the share link's QR code as the check handed the page over.
    pub qr_asked_on_arrival: bool,
    pub children: Html,
}

/// Gives the whole app's pages its views, the same all the app's life (the request for a
/// QR code made on arrival is kept once, for the first share box to take).
#[component]
pub fn WholeAppViewsProvider(props: &WholeAppViewsProviderProps) -> Html {
    let asked = props.qr_asked_on_arrival;
    let views = use_memo((), move |_| WholeAppViews {
        qr_code: |text| html! { <QrCodeView {text} /> },
        qr_asked_on_arrival: Rc::new(Cell::new(asked)),
        storage_notice: || html! { <StorageNotice /> },
        next_week_prompt: |only_when_empty| html! { <NextWeekPrompt {only_when_empty} /> },
        set_aside_notice: || html! { <SetAsideNotice /> },
        activity_import: || html! { <ActivityImport /> },
        save_controls: || html! { <SaveControls /> },
    });
    html! {
        <ContextProvider<WholeAppViews> context={(*views).clone()}>
            { props.children.clone() }
        </ContextProvider<WholeAppViews>>
    }
}

/// The whole app's views, `None` in the check alone.
#[hook]
pub fn use_whole_app_views() -> Option<WholeAppViews> {
    use_context::<WholeAppViews>()
}
