//! The check's questions, in sections that follow the model. Each control sends one action.

use yew::prelude::*;

use crate::browser::{preferences, viewport};
use crate::check_form::{CheckAction, FORM_SECTIONS, PREVIOUS_WEEKS};
use crate::components::choice_list::ChoiceList;
use crate::components::import_handover::import_handover;
use crate::components::number_field::NumberField;
use crate::components::select_field::SelectField;
use crate::components::units_choice::UnitsChoice;
use crate::components::whole_app_views::use_whole_app_views;
use crate::model::choices::{by_key, row_of, MUSCLES, TIGHTNESS_LEVELS};
use crate::model::field::Field;
use crate::model::units::{Units, WeightUnits};
use crate::state::{use_check, use_form_handover, CheckHandle};

/// The section where "Fill from my watch" sits, above the answers it fills.
const TRAINING_SECTION: &str = "section-training";

#[derive(Properties, PartialEq)]
struct SectionProps {
    id: AttrValue,
    title: AttrValue,
    answered: usize,
    total: usize,
    #[prop_or_default]
    open: bool,
    children: Html,
}

/// A section that folds away (on phones most start folded), saying how much is answered.
#[component]
fn Section(props: &SectionProps) -> Html {
    html! {
        <details class="form-section" id={props.id.clone()} open={props.open}>
            <summary>
                <span class="section-title">{ props.title.clone() }</span>
                <span class="section-count">
                    { format!("{} of {} answered", props.answered, props.total) }
                </span>
            </summary>
            <div class="section-body">{ props.children.clone() }</div>
        </details>
    }
}

fn number(form: &CheckHandle, field: Field) -> (AttrValue, Option<AttrValue>, Callback<String>) {
    let dispatcher = form.clone();
    (
        form.text(field).into(),
        form.errors.get(&field).map(|e| AttrValue::from(e.clone())),
        Callback::from(move |text| dispatcher.dispatch(CheckAction::Edit(field, text))),
    )
}

fn select_options(field: Field) -> Vec<(AttrValue, AttrValue)> {
    field
        .choices()
        .into_iter()
        .map(|(key, label)| (AttrValue::from(key), AttrValue::from(label)))
        .collect()
}

fn choice_list(
    form: &CheckHandle,
    field: Field,
    id: &'static str,
    none: bool,
    hint: Option<&'static str>,
) -> Html {
    let toggles = form.clone();
    let nones = form.clone();
    let ticked = field
        .choices()
        .into_iter()
        .map(|(key, label)| (key, label, form.is_chosen(field, key)))
        .collect::<Vec<_>>();
    html! {
        <ChoiceList id={id} legend={field.label()} choices={ticked}
            hint={hint.map(AttrValue::from)}
            optional={field != Field::Flags}
            none_of_these={none.then(|| form.is_none_of_these(field))}
            ontoggle={Callback::from(move |(key, on)| toggles.dispatch(CheckAction::Toggle(field, key, on)))}
            onnone={Callback::from(move |on| nones.dispatch(CheckAction::NoneOfThese(field, on)))} />
    }
}

fn units_switch(form: &CheckHandle) -> Html {
    let selected = form.assessment.units.key();
    let form = form.clone();
    let onchange = Callback::from(move |key: &'static str| {
        if let Some(units) = Units::from_key(key) {
            preferences::save_units(units);
            form.dispatch(CheckAction::SwitchUnits(units));
        }
    });
    html! {
        <UnitsChoice name="units" legend="Distance units"
            options={vec![(Units::Km.key(), "Kilometres"), (Units::Mi.key(), "Miles")]}
            {selected} {onchange} />
    }
}

fn weight_units_switch(form: &CheckHandle) -> Html {
    let selected = form.assessment.weight_units().key();
    let form = form.clone();
    let onchange = Callback::from(move |key: &'static str| {
        if let Some(units) = WeightUnits::from_key(key) {
            preferences::save_weight_units(units);
            form.dispatch(CheckAction::SwitchWeightUnits(units));
        }
    });
    html! {
        <UnitsChoice name="wunits" legend="Weight units"
            options={vec![
                (WeightUnits::Kg.key(), "Kilograms"),
                (WeightUnits::Lb.key(), "Pounds"),
                (WeightUnits::St.key(), "Stones and pounds"),
            ]}
            {selected} {onchange} />
    }
}

fn previous_weeks(form: &CheckHandle, unit: &'static str) -> Html {
    let error = form.errors.get(&Field::Prev).cloned();
    html! {
        <fieldset class={classes!("field", "weeks", error.as_ref().map(|_| "has-error"))}
            aria-describedby={error.as_ref().map(|_| "prev-error")}>
            <legend>{ format!("{} ({unit})", Field::Prev.label()) }</legend>
            <p class="hint">{ Field::Prev.help().unwrap_or_default() }</p>
            <div class="weeks-grid">
                { for (0..PREVIOUS_WEEKS).map(|index| {
                    let dispatcher = form.clone();
                    let oninput = Callback::from(move |event: InputEvent| {
                        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
                        dispatcher.dispatch(CheckAction::EditPreviousWeek(index, input.value()));
                    });
                    let id = format!("prev-{}", index + 1);
                    let label = match index {
                        0 => "1 week before (newest)".to_string(),
                        n if n + 1 == PREVIOUS_WEEKS => format!("{} weeks before (oldest)", n + 1),
                        n => format!("{} weeks before", n + 1),
                    };
                    html! {
                        <div class="week-box">
                            <label for={id.clone()}>{ label }</label>
                            <input id={id} type="text" inputmode="decimal" autocomplete="off"
                                value={form.previous_week_texts[index].clone()}
                                aria-invalid={error.as_ref().map(|_| "true")}
                                {oninput} />
                        </div>
                    }
                }) }
            </div>
            if let Some(error) = error {
                <p class="error" id="prev-error">{ error }</p>
            }
        </fieldset>
    }
}

fn tightness(form: &CheckHandle) -> Html {
    let options = TIGHTNESS_LEVELS
        .iter()
        .map(|level| (AttrValue::from(level.key), AttrValue::from(level.label)))
        .collect::<Vec<_>>();
    html! {
        <div class="tightness">
            { for MUSCLES.iter().map(|muscle| {
                let dispatcher = form.clone();
                let value = form.assessment.tightness.get(&muscle.value)
                    .map_or("", |level| row_of(TIGHTNESS_LEVELS, *level).key);
                let which = muscle.value;
                let onchange = Callback::from(move |key: String| {
                    let level = by_key(TIGHTNESS_LEVELS, &key);
                    dispatcher.dispatch(CheckAction::SetTightness(which, level));
                });
                html! {
                    <SelectField id={format!("tight-{}", muscle.key)} label={format!("{} tightness", muscle.label)}
                        options={options.clone()}
                        value={value} unanswered="Not sure" optional=true {onchange} />
                }
            }) }
        </div>
    }
}

fn pain_options() -> Vec<(AttrValue, AttrValue)> {
    (0..=10)
        .map(|level| {
            let words = match level {
                0 => "0: no pain",
                3 => "3: noticeable, settles by the next day",
                5 => "5: makes me change how I run",
                10 => "10: the worst imaginable",
                _ => "",
            };
            let label = if words.is_empty() {
                level.to_string()
            } else {
                words.to_string()
            };
            (AttrValue::from(level.to_string()), AttrValue::from(label))
        })
        .collect()
}

/// A question the link answered, marked as the link's until the runner changes it.
fn marked(form: &CheckHandle, field: Field, control: Html) -> Html {
    if !form.is_from_link(field) {
        return control;
    }
    html! {
        <div class="from-link" data-from-link={field.key()}>
            <p class="from-link-tag">{ "From the link" }</p>
            { control }
        </div>
    }
}

#[component]
pub fn CheckFormView() -> Html {
    let form = use_check();
    let whole_app = use_whole_app_views();
    // The check alone's "Fill from my watch" hands the form over with the picked files.
    let import_wanted = use_form_handover(false);
    let import_status = use_state(|| None::<String>);
    let wide = *use_memo((), |_| viewport::is_wide());
    let units = form.assessment.units;
    let distance = units.distance_label();
    let weight_units = form.assessment.weight_units();
    let weight = weight_units.label();
    let weight_hint = (weight_units == WeightUnits::St).then_some("In stones, as 11st 4 or 11.3.");
    let number_field = |field: Field, unit: Option<&'static str>| {
        let (value, error, onchange) = number(&form, field);
        let whole = matches!(
            field,
            Field::Runs | Field::Strength | Field::Cadence | Field::PainWeeks | Field::Age
        );
        let hint = match field {
            Field::Weight => weight_hint.map(AttrValue::from),
            Field::PainWeeks => form
                .pain_weeks_counted
                .clone()
                .map(AttrValue::from)
                .or_else(|| field.help().map(AttrValue::from)),
            field => field.help().map(AttrValue::from),
        };
        html! {
            <NumberField id={field.key()} label={field.label()} {value} {error} {onchange}
                unit={unit.map(AttrValue::from)} {hint}
                optional={!matches!(field, Field::Week | Field::Longest | Field::Longest30)}
                inputmode={if whole {
                    "numeric"
                } else if field == Field::Weight && weight_units == WeightUnits::St {
                    "text"
                } else {
                    "decimal"
                }} />
        }
    };
    let select = |field: Field, options: Vec<(AttrValue, AttrValue)>| {
        let dispatcher = form.clone();
        html! {
            <SelectField id={field.key()} label={field.label()} {options}
                value={form.text(field)} optional=true
                onchange={Callback::from(move |text| dispatcher.dispatch(CheckAction::Edit(field, text)))} />
        }
    };
    let control = |field: Field| match field {
        Field::Week | Field::Longest | Field::Longest30 | Field::ShoeDist => {
            number_field(field, Some(distance))
        }
        Field::Weight => html! {
            <>
                { weight_units_switch(&form) }
                { number_field(field, Some(weight)) }
            </>
        },
        Field::WeightChange => number_field(field, Some(weight)),
        Field::PainWeeks => number_field(field, Some("weeks")),
        Field::Age => number_field(field, Some("years")),
        Field::Runs | Field::Strength | Field::Sitting | Field::Cadence => {
            number_field(field, None)
        }
        Field::Prev => previous_weeks(&form, distance),
        Field::Tight => tightness(&form),
        Field::Pain => select(field, pain_options()),
        Field::Shoes | Field::Injury | Field::Feet | Field::PainSite => {
            select(field, select_options(field))
        }
        Field::Added | Field::Focus | Field::Form => {
            choice_list(&form, field, field.key(), true, field.help())
        }
        Field::Flags => choice_list(&form, field, field.key(), true, field.help()),
    };
    let clear = form.clone();
    let undo = form.clone();
    let (answered, asked) = form.progress();
    html! {
        <form class="check-form" aria-label="Your answers" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <p class="form-progress" data-testid="form-progress">
                <progress max={asked.to_string()} value={answered.to_string()} aria-hidden="true"></progress>
                { format!(" {answered} of {asked} questions answered") }
            </p>
            { units_switch(&form) }
            { for FORM_SECTIONS.iter().map(|section| {
                let (answered, total) = form.answered_in(section);
                html! {
                    <Section id={section.id} title={section.title} open={wide || section.open_on_phones}
                        {answered} {total}>
                        if section.id == TRAINING_SECTION {
                            { match &whole_app {
                                Some(views) => (views.activity_import)(),
                                None => import_handover(&import_wanted, &import_status),
                            } }
                        }
                        { for section.fields.iter().filter(|field| form.asks(**field)).map(|field| marked(&form, *field, control(*field))) }
                    </Section>
                }
            }) }
            <button type="button" class="secondary-button" data-testid="clear-answers"
                onclick={Callback::from(move |_| clear.dispatch(CheckAction::Clear))}>
                { "Clear all answers" }
            </button>
            <p class="status" role="status">
                if form.cleared.is_some() {
                    { "All answers cleared. " }
                    <button type="button" class="secondary-button" data-testid="undo-clear"
                        onclick={Callback::from(move |_| undo.dispatch(CheckAction::UndoClear))}>
                        { "Undo" }
                    </button>
                }
            </p>
        </form>
    }
}
