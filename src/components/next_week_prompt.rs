use yew::prelude::*;

use crate::browser::clock;
use crate::check_form::{CheckAction, CheckForm};
use crate::history::recheck::next_check;
use crate::route::Route;
use crate::state::{go_to, use_check, use_history};

#[derive(Properties, PartialEq)]
pub struct NextWeekPromptProps {
    /// Only while the check is empty (on the check page): never offered over answers typed.
    #[prop_or_default]
    pub only_when_empty: bool,
}

/// "New check from my last one": the last saved answers with the weeks moved along, leaving
/// only this week's questions. The whole app's alone (`WholeAppViews`): a runner with saved
/// checks starts the whole app.
#[component]
pub fn NextWeekPrompt(props: &NextWeekPromptProps) -> Html {
    let history = use_history();
    let form = use_check();
    let listed = history.listed();
    let Some(last) = listed.first().cloned() else {
        return Html::default();
    };
    if props.only_when_empty && !form.is_empty() {
        return Html::default();
    }
    let date = clock::date_in_locale(&last.saved_at);
    let onclick = {
        let form = form.clone();
        Callback::from(move |_| {
            let next = next_check(&last, &clock::today());
            form.dispatch(CheckAction::StartNextWeek(Box::new(CheckForm::next_week(
                next,
            ))));
            go_to(&Route::Check);
        })
    };
    html! {
        <div class="next-week" data-testid="next-week">
            <p>{ format!("Checking again? Start from your check of {date}: your weeks move along, and only this week's questions are left.") }</p>
            <button type="button" data-testid="new-from-last" {onclick}>{ "New check from my last one" }</button>
        </div>
    }
}
