use yew::prelude::*;

use crate::check_form::CheckAction;
use crate::state::CheckHandle;

/// Says the form was filled from a link and lists, as plain text, each part not used and why.
/// A view function, redrawn with the check page.
pub fn link_notice(form: &CheckHandle) -> Html {
    if !form.from_link {
        return Html::default();
    }
    let dispatcher = form.clone();
    let ondismiss = Callback::from(move |_| dispatcher.dispatch(CheckAction::DismissLinkNotice));
    html! {
        <div class="link-banner" role="status">
            <p><strong>{ "Filled in from a link." }</strong>
                { " Check the answers are yours; nothing is saved unless you save it." }</p>
            if !form.link_notice.is_empty() {
                <div data-testid="link-notice" class="link-notice">
                    <p>{ "Some parts of the link were not used:" }</p>
                    <ul>
                        { for form.link_notice.iter().map(|unused| html! {
                            <li><code>{ unused.key.clone() }</code>{ ": " }{ unused.reason.clone() }</li>
                        }) }
                    </ul>
                    if form.link_notice_more > 0 {
                        <p>{ format!("and {} more not used.", form.link_notice_more) }</p>
                    }
                </div>
            }
            <button type="button" class="secondary-button" onclick={ondismiss}>{ "Dismiss" }</button>
        </div>
    }
}
