use std::rc::Rc;

use yew::prelude::*;

use crate::browser::fetch::{self, FetchError};
use crate::browser::viewport;
use crate::components::guide_text::GuideText;
use crate::guide::markup::{self, Node};
use crate::guide::{neighbours, section, text_path, GuideSection, GUIDE, PARTS};
use crate::route::Route;
use crate::state::{go_to, RouteLink};

#[derive(Properties, PartialEq)]
pub struct LearnPageProps {
    pub section: Option<String>,
}

/// A section's text as the site sent it, read as the guide's markup, or why it could not
/// be read.
#[derive(Clone, PartialEq)]
enum Loaded {
    Waiting,
    Text(Rc<Vec<Node>>),
    Failed(FetchError),
}

/// The guide: its contents, or the section a coach linked to with a way on and a way back
/// to the check. A section's text is fetched when first read (it is not in the wasm).
#[component]
pub fn LearnPage(props: &LearnPageProps) -> Html {
    let chosen = props.section.as_deref().map(section);
    html! {
        <section aria-labelledby="learn-title" class="guide">
            <h1 id="learn-title">{ "Runner's knee, explained" }</h1>
            { match chosen {
                Some(Some(section)) => html! { <SectionView slug={section.slug} /> },
                Some(None) => html! {
                    <>
                        <p class="storage-notice" role="status">{ "That part of the guide does not exist; here are all its parts." }</p>
                        <Contents />
                    </>
                },
                None => html! {
                    <>
                        <p class="lede">{ "What runner's knee is, what loads the knee, how other problems feel different, and what to do. Short sections, in plain words, with the studies behind the figures." }</p>
                        <Contents />
                    </>
                },
            } }
            <p class="back-to-check">
                <a href={Route::Check.fragment()} onclick={Callback::from(|event: MouseEvent| {
                    if !(event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key()) {
                        event.prevent_default();
                        go_to(&Route::Check);
                        viewport::focus_when_drawn("check-title");
                    }
                })}>{ "Back to your check" }</a>
                { " (your answers are kept)" }
            </p>
        </section>
    }
}

#[component]
fn Contents() -> Html {
    html! {
        <nav aria-label="Guide sections" class="guide-contents">
            { for PARTS.iter().map(|part| html! {
                <>
                    <h2>{ *part }</h2>
                    <ul>
                        { for GUIDE.iter().filter(|s| s.part == *part).map(|section| html! {
                            <li>
                                <RouteLink to={Route::learn(section.slug)}>{ section.title }</RouteLink>
                                <span class="summary">{ section.summary }</span>
                            </li>
                        }) }
                    </ul>
                </>
            }) }
        </nav>
    }
}

#[derive(Properties, PartialEq)]
struct SectionViewProps {
    slug: &'static str,
}

fn reading_on(section: &GuideSection) -> Html {
    let (before, after) = neighbours(section);
    html! {
        <nav aria-label="Read on" class="guide-read-on">
            if let Some(before) = before {
                <RouteLink to={Route::learn(before.slug)}>{ format!("← {}", before.title) }</RouteLink>
            }
            <RouteLink to={Route::Learn}>{ "All sections" }</RouteLink>
            if let Some(after) = after {
                <RouteLink to={Route::learn(after.slug)}>{ format!("{} →", after.title) }</RouteLink>
            }
        </nav>
    }
}

#[component]
fn SectionView(props: &SectionViewProps) -> Html {
    let section = section(props.slug).expect("a section of the guide");
    let loaded = use_state(|| Loaded::Waiting);
    let attempt = use_state(|| 0_u32);
    let latest = use_mut_ref(|| (section.slug, 0_u32));
    {
        let loaded = loaded.clone();
        use_effect_with((section.slug, *attempt), move |request| {
            let request = *request;
            *latest.borrow_mut() = request;
            loaded.set(Loaded::Waiting);
            viewport::to_top();
            wasm_bindgen_futures::spawn_local(async move {
                let result = fetch::text(&text_path(section)).await;
                // A section left before its text arrived must not overwrite the next one.
                if *latest.borrow() == request {
                    loaded.set(match result {
                        Ok(text) => Loaded::Text(Rc::new(markup::read(&text))),
                        Err(error) => Loaded::Failed(error),
                    });
                }
            });
        });
    }
    let onclick = Callback::from(|event: MouseEvent| {
        if let Some(fragment) = viewport::clicked_app_link(&event) {
            event.prevent_default();
            go_to(&Route::from_fragment(&fragment));
        }
    });
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };
    html! {
        <>
            <article id={section.slug} class="guide-section" aria-busy={(*loaded == Loaded::Waiting).then_some("true")} {onclick}>
                { match &*loaded {
                    Loaded::Waiting => html! { <h2>{ section.title }</h2> },
                    Loaded::Text(nodes) => html! { <GuideText nodes={nodes.clone()} /> },
                    Loaded::Failed(error) => html! {
                        <>
                            <h2>{ section.title }</h2>
                            <p class="storage-notice" role="alert">
                                { match error {
                                    FetchError::Unreachable => "This part of the guide could not be loaded: you seem to be offline, and it was not yet kept for offline use. It will load once you are back online.",
                                    FetchError::Status(_) => "This part of the guide could not be loaded from the site just now.",
                                } }
                            </p>
                            <button type="button" class="secondary-button" onclick={retry}>{ "Try again" }</button>
                        </>
                    },
                } }
            </article>
            { reading_on(section) }
        </>
    }
}
