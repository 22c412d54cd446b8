use std::collections::BTreeSet;

use crate::state::RouteLink;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::location;
use crate::components::copy_link_button::CopyLinkButton;
use crate::components::qr_code_view::QrCodeView;
use crate::components::units_choice::UnitsChoice;
use crate::link;
use crate::model::field::{describe_answer, field_text, Field};
use crate::model::units::Units;
use crate::model::{self, Assessment};
use crate::route::Route;
use crate::state::use_check;

const LINK_INPUT_ID: &str = "coach-link";

/// Builds a newsletter link from the current check: the coach picks the units and which of
/// the filled answers it carries, and sees what runners will see.
#[component]
pub fn CoachPage() -> Html {
    let form = use_check();
    let units = use_state(|| form.assessment.units);
    let left_out = use_state(BTreeSet::<Field>::new);

    let scenario = Assessment {
        units: *units,
        ..form.assessment.clone()
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
    let query = link::encode_fields(&scenario, &carried);
    let url = format!("{}#/check?{query}", location::app_address());
    let preview = model::assess(&link::decode(&query).assessment);

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
                { ", then choose here what the link carries. Runners' own answers are never in it unless you put them there." }
            </p>
            <div class="coach-layout">
                <div class="coach-options">
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
                        <CopyLinkButton url={url.clone()} input_id={LINK_INPUT_ID} />
                    </div>
                    <p class="hint">{ format!("{} characters; keep links under 1000 so no email client cuts them.", url.len()) }</p>
                    <h2>{ "What your runners will see" }</h2>
                    <p>
                        { format!("A check filled with {} answer{}, scoring {} out of 100 (\"{}\") until they change it.",
                            carried.len(), if carried.len() == 1 { "" } else { "s" },
                            preview.scoring.score, preview.scoring.band.headline()) }
                    </p>
                    <p>
                        <a href={url.clone()} target="_blank" rel="noopener">
                            { "Open the link as a runner would" }<span class="visually-hidden">{ " (opens in a new tab)" }</span>
                        </a>
                    </p>
                    <QrCodeView text={url} label="QR code of the link, for posters and printed newsletters" />
                </div>
            </div>
        </section>
    }
}
