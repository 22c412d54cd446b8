use crate::state::RouteLink;
use yew::prelude::*;

use crate::guide::{section, GUIDE};
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct LearnPageProps {
    pub section: Option<String>,
}

/// The guide: all sections, or the one a coach linked to, with the others a click away.
#[component]
pub fn LearnPage(props: &LearnPageProps) -> Html {
    let chosen = props.section.as_deref().map(section);
    let shown: Vec<_> = match chosen {
        Some(Some(section)) => vec![section],
        _ => GUIDE.iter().collect(),
    };
    html! {
        <section aria-labelledby="learn-title" class="guide">
            <h1 id="learn-title">{ "Runner's knee, explained" }</h1>
            if matches!(chosen, Some(None)) {
                <p class="storage-notice" role="status">{ "That part of the guide does not exist; here is all of it." }</p>
            }
            <nav aria-label="Guide sections">
                <ul class="guide-nav">
                    { for GUIDE.iter().map(|section| html! {
                        <li>
                            <RouteLink to={Route::LearnSection { section: section.slug.into() }}>{ section.title }</RouteLink>
                        </li>
                    }) }
                </ul>
            </nav>
            { for shown.into_iter().map(|section| html! {
                <article id={section.slug} class="guide-section">
                    <h2>{ section.title }</h2>
                    { for section.paragraphs.iter().map(|paragraph| html! { <p>{ *paragraph }</p> }) }
                </article>
            }) }
            <p class="sources">{ "Sources are listed with the model's documentation. This guide is general information, not a diagnosis." }</p>
        </section>
    }
}
