use yew::prelude::*;

use crate::browser::history_store;
use crate::history::newest_first;
use crate::model::score::score_only;
use crate::model::units::describe_distance;
use crate::model::Band;

/// Saved assessments, newest first, each scored again with the current model.
#[component]
pub fn HistoryPage() -> Html {
    let loaded = use_memo((), |_| history_store::load());
    let body = match &*loaded {
        Err(_) => html! {
            <p data-testid="storage-notice" class="storage-notice" role="status">
                { "This browser does not allow saved data here (a private window or blocked storage), so there is no history to show. Checks still work; they just cannot be saved." }
            </p>
        },
        Ok(loaded)
            if loaded.entries.is_empty() && !loaded.damaged && loaded.newer_version.is_none() =>
        {
            html! {
                <p>{ "Nothing saved yet. Save a check from the Check page to start your history." }</p>
            }
        }
        Ok(loaded) => html! {
            <>
                if loaded.damaged || !loaded.unreadable.is_empty() || loaded.newer_version.is_some() {
                    <p data-testid="storage-notice" class="storage-notice" role="status">
                        { if loaded.newer_version.is_some() {
                            "Your history was written by a newer version of this app. It is left untouched; reload to get the newer app."
                        } else {
                            "Part of your saved history could not be read. It has not been deleted: it is kept aside in this browser, and everything readable is shown below."
                        } }
                    </p>
                }
                <ol class="history-list">
                    { for newest_first(&loaded.entries).iter().map(|entry| {
                        let score = score_only(&entry.assessment);
                        let band = Band::of(score);
                        let date = entry.saved_at.get(..10).unwrap_or(&entry.saved_at).to_string();
                        html! {
                            <li class="history-entry" data-testid="history-entry" data-score={score.to_string()}>
                                <span class="history-date">{ date }</span>
                                <span class={classes!("history-score", format!("band-{}", band.key()))}>
                                    { format!("{score} out of 100, {}", band.label().to_lowercase()) }
                                </span>
                                if let Some(week) = entry.assessment.week_km {
                                    <span>{ format!("{} that week", describe_distance(week, entry.assessment.units)) }</span>
                                }
                                if entry.model_version != crate::model::MODEL_VERSION && entry.score != score {
                                    <span class="history-then">
                                        { format!("{} when saved (model {})", entry.score, entry.model_version) }
                                    </span>
                                }
                            </li>
                        }
                    }) }
                </ol>
            </>
        },
    };
    html! {
        <section aria-labelledby="history-title">
            <h1 id="history-title">{ "Your history" }</h1>
            <p class="lede">{ "Saved checks stay in this browser only. Scores are worked out again with the current model." }</p>
            { body }
        </section>
    }
}
