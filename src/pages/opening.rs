//! What the small first-load app shows on a page only the whole app has: the page's name
//! while the whole app downloads, then the hand-over (`browser::whole_app`); if the download
//! fails, why, a way to try again and the way back to the check, answers kept.

use yew::prelude::*;

use crate::route::Route;
use crate::state::{use_form_handover, RouteLink};

fn title(route: &Route) -> &'static str {
    match route {
        Route::History => "History",
        Route::Learn | Route::LearnSection { .. } => "Learn",
        Route::Plan => "Your plan",
        Route::Coach => "Coach links",
        Route::About => "About and privacy",
        Route::Home | Route::Check | Route::NotFound => "Runner's Knee Check",
    }
}

#[derive(Properties, PartialEq)]
pub struct OpeningPageProps {
    pub route: Route,
}

#[component]
pub fn OpeningPage(props: &OpeningPageProps) -> Html {
    let failed = use_state(|| None::<String>);
    let attempt = use_state(|| 0_u32);
    // Emptied when the runner leaves this page before the download ends.
    let wanted = use_form_handover(false);
    {
        let failed = failed.clone();
        let wanted = wanted.clone();
        use_effect_with(*attempt, move |_| {
            wanted.open_whole_app(
                |handover| handover,
                Callback::from(move |reason| failed.set(Some(reason))),
            );
        });
    }
    let retry = {
        let failed = failed.clone();
        let attempt = attempt.clone();
        Callback::from(move |_| {
            failed.set(None);
            attempt.set(*attempt + 1);
        })
    };
    html! {
        <section class="opening-page" aria-labelledby="opening-title">
            <h1 id="opening-title">{ title(&props.route) }</h1>
            if let Some(reason) = (*failed).clone() {
                <div role="alert" data-testid="opening-failed">
                    <p class="error">{ "This page did not download, so it cannot open yet. Your answers are kept on this device." }</p>
                    <p>{ format!("Check your connection, then try again or reload the page. (The browser said: {reason}.)") }</p>
                    <p>
                        <button type="button" class="secondary-button" onclick={retry}>{ "Try again" }</button>
                        { " " }
                        <RouteLink to={Route::Check}>{ "Back to the check" }</RouteLink>
                    </p>
                </div>
            } else {
                <p role="status" data-testid="opening">
                    { "Opening… This part of the app downloads the first time you open it, then works offline too." }
                </p>
            }
        </section>
    }
}
