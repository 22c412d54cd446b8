use yew::prelude::*;

use crate::browser::location;
use crate::check_form::CheckAction;
use crate::state::CheckHandle;

/// A link opened over unsaved answers: asks which to keep, and keeps the runner's until
/// told otherwise. A view function, redrawn with the check page.
pub fn link_over_draft(form: &CheckHandle) -> Html {
    let Some(waiting) = &form.link_waiting else {
        return Html::default();
    };
    let (use_it, keep) = (form.clone(), form.clone());
    html! {
        <div class="link-banner" role="alert" data-testid="link-over-draft">
            <p><strong>{ "Replace your unsaved answers?" }</strong>
                { format!(" A link{} would fill in the check. Your own answers are still in the form; if you use the link's, you can bring yours back.",
                    waiting.title.as_ref().map(|title| format!(", \u{201c}{title}\u{201d},")).unwrap_or_default()) }</p>
            <button type="button" data-testid="link-over-draft-use"
                onclick={Callback::from(move |_| use_it.dispatch(CheckAction::UseWaitingLink))}>
                { "Use the link's answers" }
            </button>
            { " " }
            <button type="button" class="secondary-button" data-testid="link-over-draft-keep"
                onclick={Callback::from(move |_| {
                    // The address no longer claims the link's answers: a reload keeps
                    // the runner's own without asking again.
                    location::replace_fragment("#/check");
                    keep.dispatch(CheckAction::KeepOwnAnswers);
                })}>
                { "Keep my answers" }
            </button>
        </div>
    }
}

/// Says the form was filled from a link and lists, as plain text, each part not used and why.
/// A view function, redrawn with the check page.
pub fn link_notice(form: &CheckHandle) -> Html {
    if !form.from_link && form.replaced.is_none() {
        return Html::default();
    }
    let dispatcher = form.clone();
    let ondismiss = Callback::from(move |_| dispatcher.dispatch(CheckAction::DismissLinkNotice));
    let bring_back = form.clone();
    html! {
        <div class="link-banner" role="status">
            if form.from_link {
                <p><strong>{ "Filled in from a link." }</strong>
                    { " Its answers are marked \u{201c}from the link\u{201d} until you change them. Check they are yours; nothing is saved unless you save it." }</p>
            }
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
            if form.replaced.is_some() {
                <button type="button" data-testid="bring-back-answers"
                    onclick={Callback::from(move |_| {
                        location::replace_fragment("#/check");
                        bring_back.dispatch(CheckAction::BringBackReplaced);
                    })}>
                    { "Bring back my own answers" }
                </button>
                { " " }
            }
            if form.from_link {
                <button type="button" class="secondary-button" onclick={ondismiss}>{ "Dismiss" }</button>
            }
        </div>
    }
}
