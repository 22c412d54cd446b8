use crate::state::RouteLink;
use yew::prelude::*;

use crate::browser::{clock, download};
use crate::check_form::CheckAction;
use crate::components::install_offer::InstallOffer;
use crate::history::backup::export_json;
use crate::route::Route;
use crate::state::{use_check, use_history, use_symptoms};

/// About and privacy, in plain words, with the way to take everything out of this browser.
#[component]
pub fn AboutPage() -> Html {
    let history = use_history();
    let form = use_check();
    let confirming = use_state(|| false);
    let status = use_state(|| None::<String>);
    let onask = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(true))
    };
    let oncancel = {
        let confirming = confirming.clone();
        Callback::from(move |_| confirming.set(false))
    };
    let symptoms = use_symptoms();
    let onexport = {
        let history = history.clone();
        Callback::from(move |_| {
            let stamp = clock::now_iso();
            let day = stamp.get(..10).unwrap_or("backup").to_string();
            download::download(
                &format!("knee-check-{day}.json"),
                "application/json",
                &export_json(&history.entries, &symptoms.log.entries, &stamp),
            );
        })
    };
    let ondelete = {
        let (history, form, confirming, status) = (
            history.clone(),
            form.clone(),
            confirming.clone(),
            status.clone(),
        );
        Callback::from(move |_| {
            status.set(Some(history.delete_everything()));
            form.dispatch(CheckAction::Clear);
            confirming.set(false);
        })
    };
    let saved = history.entries.len();
    html! {
        <section aria-labelledby="about-title" class="about">
            <h1 id="about-title">{ "About and privacy" }</h1>
            <p>{ "Runner's Knee Check shows what is loading a runner's knees and what to do about it. It is guidance, not a diagnosis, and it never replaces a physiotherapist or doctor." }</p>
            <h2>{ "Your data stays on this device" }</h2>
            <ul>
                <li>{ "Everything is worked out in this browser. Nothing you enter is sent anywhere: no accounts, no cookies, no analytics, and no requests to any other site." }</li>
                <li>{ "Files from your watch or app (\"Fill from my watch\") are read in this browser and never uploaded. Nothing of them is kept: no track, no file, no activity; only the answers you choose to use, like any answer you type." }</li>
                <li>{ "Links you share carry the answers after the #, which browsers never send to a web server." }</li>
                <li>{ "What this browser keeps: the checks you save (with their notes), the runs you log in the symptom log, the answers of a check you have not saved yet (until you save it or clear them), your choice of units, and any saved data that could not be read, kept aside so nothing is lost." }</li>
            </ul>
            <InstallOffer />
            <h2>{ "Delete all my data" }</h2>
            <p>{ format!("This removes every check you saved ({saved} now), your symptom log, any unsaved answers, the copies set aside and your settings from this browser. It cannot be undone; export a backup first if you may want them.") }</p>
            if *confirming {
                <div class="confirm-delete" role="alertdialog" aria-labelledby="confirm-title">
                    <p id="confirm-title"><strong>{ "Delete everything Runner's Knee Check keeps in this browser?" }</strong></p>
                    <div class="share-row">
                        <button type="button" class="secondary-button" onclick={onexport}>{ "Export a backup first" }</button>
                        <button type="button" class="danger-button" data-testid="confirm-delete-all" onclick={ondelete}>{ "Yes, delete everything" }</button>
                        <button type="button" class="secondary-button" onclick={oncancel}>{ "Keep my data" }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="secondary-button" data-testid="delete-all" onclick={onask}>{ "Delete all my data" }</button>
            }
            <p class="status" role="status">{ (*status).clone().unwrap_or_default() }</p>
            <p><RouteLink to={Route::Check}>{ "Back to the check" }</RouteLink></p>
        </section>
    }
}
