use crate::model::sorted::SortedSet;

use crate::state::RouteLink;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::{download, location, viewport};
use crate::components::copy_link_button::CopyLinkButton;
use crate::components::qr_code_view::QrCodeView;
use crate::components::units_choice::UnitsChoice;
use crate::link;
use crate::link::form_encoding::encode_component;
use crate::link::title::{scenario_title, MAX_TITLE_CHARS};
use crate::model::field::{describe_answer, field_text, Field};
use crate::model::units::Units;
use crate::model::{self, Assessment};
use crate::qr_code::qr_path;
use crate::qr_image::{qr_png, svg_file};
use crate::route::Route;
use crate::state::use_check;

const LINK_INPUT_ID: &str = "coach-link";

/// Answers about the runner's own body and history: a coach's scenario leaves them out
/// unless the coach ticks them, so nobody's pain or weight ends up in a newsletter.
const PERSONAL: [Field; 8] = [
    Field::Age,
    Field::Pain,
    Field::PainSite,
    Field::PainWeeks,
    Field::Flags,
    Field::Weight,
    Field::WeightChange,
    Field::Injury,
];

/// Ready scenarios for a newsletter, as check link queries.
const PRESETS: [(&str, &str); 4] = [
    (
        "Doubled the long run",
        "v=1&week=38&prev=30,30,29,30&longest=20&longest30=10&runs=4",
    ),
    (
        "Back after a break",
        "v=1&week=30&prev=0,0,25,28&longest=10&longest30=0&runs=4",
    ),
    (
        "New to running, ramping up",
        "v=1&week=15&prev=10,8,6&longest=6&longest30=4&runs=3&strength=0",
    ),
    (
        "Added hills",
        "v=1&week=32&prev=30,31,29,30&longest=12&longest30=12&added=hills&runs=4",
    ),
];

/// Offers the link's QR code as an SVG or a PNG file for a poster or a newsletter.
fn qr_download(url: String, png: bool) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        if let Some(qr) = qr_path(&url) {
            if png {
                download::download_bytes("knee-check-qr.png", "image/png", &qr_png(&qr, 16));
            } else {
                download::download("knee-check-qr.svg", "image/svg+xml", &svg_file(&qr, 800));
            }
        }
    })
}

/// Builds a newsletter link from the current check: the coach picks the units and which of
/// the filled answers it carries, and sees what runners will see.
#[component]
pub fn CoachPage() -> Html {
    let form = use_check();
    let units = use_state(|| form.assessment.units);
    let left_out = use_state(|| PERSONAL.into_iter().collect::<SortedSet<Field>>());
    let preset = use_state(|| None::<usize>);
    let title = use_state(String::new);

    let answers = match *preset {
        Some(index) => link::decode(PRESETS[index].1).assessment,
        None => form.assessment.clone(),
    };
    let scenario = Assessment {
        units: *units,
        ..answers
    };
    let filled: Vec<Field> = Field::ALL
        .into_iter()
        .filter(|field| field_text(&scenario, *field).is_some())
        .collect();
    let carried: Vec<Field> = filled
        .iter()
        .copied()
        .filter(|field| !left_out.contains(field))
        .collect();
    // The title as runners will see it; a title that cannot be shown is said so here.
    let shown_title = (!title.trim().is_empty()).then(|| scenario_title(&title));
    let title_part = match &shown_title {
        Some(Ok(shown)) => format!("&title={}", encode_component(shown)),
        _ => String::new(),
    };
    let query = format!("{}{title_part}", link::encode_fields(&scenario, &carried));
    let url = format!("{}#/check?{query}", location::app_address());
    let carried_answers = link::decode(&query).assessment;
    let ontitle = {
        let title = title.clone();
        Callback::from(move |event: InputEvent| {
            let input: HtmlInputElement = event.target_unchecked_into();
            title.set(input.value());
        })
    };
    let preview = model::assess(&carried_answers);

    let onunits = {
        let units = units.clone();
        Callback::from(move |key: &'static str| {
            if let Some(choice) = Units::from_key(key) {
                units.set(choice);
            }
        })
    };
    html! {
        <section aria-labelledby="coach-title" class="coach">
            <h1 id="coach-title">{ "Build a link for your runners" }</h1>
            <p class="lede">
                { "A link opens the check already filled in: a scenario for a newsletter (\"what a jump from 30 to 45 km does to your knees\"), or just an empty check in miles. Fill the scenario in on the " }
                <RouteLink to={Route::Check}>{ "Check page" }</RouteLink>
                { ", or start from a ready scenario below, then choose what the link carries. Answers about a runner's own knee and body (pain, warning signs, weight, past injury, age) are left out unless you tick them." }
            </p>
            <div class="coach-layout">
                <div class="coach-options">
                    <fieldset class="field coach-presets">
                        <legend>{ "Start from" }</legend>
                        { for std::iter::once((None, "My current check")).chain(PRESETS.iter().enumerate().map(|(i, (name, _))| (Some(i), *name))).map(|(choice, name)| {
                            let preset = preset.clone();
                            let id = format!("coach-preset-{}", choice.map_or(0, |i| i + 1));
                            html! {
                                <div class="check-row">
                                    <input type="radio" name="coach-preset" id={id.clone()} checked={*preset == choice}
                                        onchange={Callback::from(move |_| preset.set(choice))} />
                                    <label for={id}>{ name }</label>
                                </div>
                            }
                        }) }
                    </fieldset>
                    <div class="field">
                        <label for="coach-title-input">{ "Title runners see above the result (optional)" }</label>
                        <input id="coach-title-input" data-testid="coach-title" type="text" maxlength="80"
                            value={(*title).clone()} oninput={ontitle} aria-describedby="coach-title-hint" />
                        <p class="hint" id="coach-title-hint">
                            { match &shown_title {
                                Some(Err(reason)) => format!("The title {reason}."),
                                _ => format!("Plain text, up to {MAX_TITLE_CHARS} characters, such as \"Club 10k, week 6: the long-run jump\"."),
                            } }
                        </p>
                    </div>
                    <UnitsChoice name="coach-units" legend="Units in the link"
                        options={vec![(Units::Km.key(), "Kilometres and kilograms"), (Units::Mi.key(), "Miles and pounds")]}
                        selected={units.key()} onchange={onunits} />
                    <fieldset class="field">
                        <legend>{ "Answers the link fills in" }</legend>
                        if filled.is_empty() {
                            <p class="hint">{ "The check is empty, so the link opens an empty check in these units." }</p>
                        }
                        { for filled.iter().map(|field| {
                            let field = *field;
                            let included = !left_out.contains(&field);
                            let left_out = left_out.clone();
                            let onchange = Callback::from(move |event: Event| {
                                let input: HtmlInputElement = event.target_unchecked_into();
                                let mut next = (*left_out).clone();
                                if input.checked() { next.remove(&field); } else { next.insert(field); }
                                left_out.set(next);
                            });
                            let id = format!("coach-field-{}", field.key());
                            html! {
                                <div class="check-row">
                                    <input type="checkbox" id={id.clone()} checked={included} {onchange} />
                                    <label for={id}>
                                        { format!("{}: {}", field.label(), describe_answer(&scenario, field).unwrap_or_default()) }
                                    </label>
                                </div>
                            }
                        }) }
                    </fieldset>
                </div>
                <div class="coach-output">
                    <label for={LINK_INPUT_ID}>{ "The link" }</label>
                    <div class="share-row">
                        <input id={LINK_INPUT_ID} data-testid="coach-link" type="text" readonly=true value={url.clone()} />
                        <CopyLinkButton input_id={LINK_INPUT_ID} />
                    </div>
                    <p class="hint">{ format!("{} characters; keep links under 1000 so no email client cuts them.", url.len()) }</p>
                    <h2>{ "What your runners will see" }</h2>
                    <p>
                        { format!("A check filled with {} answer{}, scoring {} out of 100 (\"{}\") until they change it.",
                            carried.len(), if carried.len() == 1 { "" } else { "s" },
                            preview.scoring.score, preview.words.headline) }
                    </p>
                    <p>
                        <a href={url.clone()} target="_blank" rel="noopener">
                            { "Open the link as a runner would" }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
                        </a>
                    </p>
                    <QrCodeView text={url.clone()} label="QR code of the link, for posters and printed newsletters" />
                    <div class="share-row qr-actions">
                        <button type="button" class="secondary-button" data-testid="qr-svg" onclick={qr_download(url.clone(), false)}>{ "Download the QR code (SVG)" }</button>
                        <button type="button" class="secondary-button" data-testid="qr-png" onclick={qr_download(url.clone(), true)}>{ "Download the QR code (PNG)" }</button>
                        <button type="button" class="secondary-button" data-testid="qr-print" onclick={Callback::from(|_| viewport::print())}>{ "Print a poster" }</button>
                    </div>
                </div>
            </div>
            <section class="print-only qr-poster" data-testid="qr-poster" aria-label="Poster">
                <h2>{ "Is your training loading your knees?" }</h2>
                <p>{ "Scan to check in two minutes, privately, on your phone: Runner's Knee Check." }</p>
                <QrCodeView text={url.clone()} label="QR code for the poster" />
                <p class="poster-link">{ url }</p>
            </section>
        </section>
    }
}
