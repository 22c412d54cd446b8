use yew::prelude::*;

use crate::qr_code::qr_path;

#[derive(Properties, PartialEq)]
pub struct QrCodeViewProps {
    pub text: AttrValue,
    #[prop_or(AttrValue::Static("QR code of the link"))]
    pub label: AttrValue,
}

/// The link as a QR code, black on white whatever the colour scheme, so any phone can scan
/// it from a screen or a printed page.
#[component]
pub fn QrCodeView(props: &QrCodeViewProps) -> Html {
    let qr = use_memo(props.text.clone(), |text| qr_path(text));
    match &*qr {
        Some(qr) => {
            let size = qr.size.to_string();
            html! {
                <svg class="qr-code" data-testid="qr-code" role="img" aria-label={props.label.clone()}
                    viewBox={format!("0 0 {size} {size}")} width="200" height="200"
                    shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                    <rect width={size.clone()} height={size} fill="#ffffff" />
                    <path d={qr.path.clone()} fill="#000000" />
                </svg>
            }
        }
        None => html! { <p class="error">{ "This link is too long for a QR code." }</p> },
    }
}
