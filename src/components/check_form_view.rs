//! The check's questions, in sections that follow the model. Each control sends one action.

use yew::prelude::*;

use crate::browser::{preferences, viewport};
use crate::check_form::{CheckAction, CheckForm, PREVIOUS_WEEKS};
use crate::components::choice_list::ChoiceList;
use crate::components::number_field::NumberField;
use crate::components::select_field::SelectField;
use crate::components::units_choice::UnitsChoice;
use crate::model::assessment::{TightMuscle, Tightness};
use crate::model::field::{choices, field_text, Field};
use crate::model::units::{Units, WeightUnits};
use crate::state::{use_check, CheckHandle};

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

fn answered(form: &CheckForm, fields: &[Field]) -> usize {
    fields
        .iter()
        .filter(|field| field_text(&form.assessment, **field).is_some())
        .count()
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
    choices(field)
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
    let ticked = choices(field)
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
            <p class="hint">{ "Start with the most recent week; leave out weeks you don't know." }</p>
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

const TIGHTNESS_LEVELS: [(Tightness, &str); 4] = [
    (Tightness::None, "Not tight"),
    (Tightness::Mild, "Mildly tight"),
    (Tightness::Moderate, "Moderately tight"),
    (Tightness::Marked, "Very tight"),
];

fn tightness(form: &CheckHandle) -> Html {
    html! {
        <div class="tightness">
            { for choices(Field::Tight).into_iter().zip([
                TightMuscle::Quads, TightMuscle::HipFlexors, TightMuscle::Hamstrings, TightMuscle::Calves,
            ]).map(|((key, label), muscle)| {
                let dispatcher = form.clone();
                let value = form.assessment.tightness.get(&muscle)
                    .map_or(String::new(), |level| level.level().to_string());
                let onchange = Callback::from(move |text: String| {
                    let level = text.parse::<u8>().ok().and_then(Tightness::from_level);
                    dispatcher.dispatch(CheckAction::SetTightness(muscle, level));
                });
                html! {
                    <SelectField id={format!("tight-{key}")} label={format!("{label} tightness")}
                        options={TIGHTNESS_LEVELS.iter().map(|(level, words)| {
                            (AttrValue::from(level.level().to_string()), AttrValue::from(*words))
                        }).collect::<Vec<_>>()}
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

#[component]
pub fn CheckFormView() -> Html {
    let form = use_check();
    let wide = *use_memo((), |_| viewport::is_wide());
    let units = form.assessment.units;
    let distance = units.distance_label();
    let weight_units = form.assessment.weight_units();
    let weight = weight_units.label();
    let weight_hint = (weight_units == WeightUnits::St).then_some("In stones, as 11st 4 or 11.3.");
    let field = |field: Field,
                 id: &'static str,
                 unit: Option<&'static str>,
                 hint: Option<&'static str>,
                 optional: bool,
                 whole: bool| {
        let (value, error, onchange) = number(&form, field);
        html! {
            <NumberField id={id} label={field.label()} {value} {error} {onchange}
                unit={unit.map(AttrValue::from)} hint={hint.map(AttrValue::from)} {optional}
                inputmode={if whole {
                    "numeric"
                } else if field == Field::Weight && weight_units == WeightUnits::St {
                    "text"
                } else {
                    "decimal"
                }} />
        }
    };
    let select = |field: Field, id: &'static str| {
        let dispatcher = form.clone();
        html! {
            <SelectField id={id} label={field.label()} options={select_options(field)}
                value={form.text(field)} optional=true
                onchange={Callback::from(move |text| dispatcher.dispatch(CheckAction::Edit(field, text)))} />
        }
    };
    let clear = form.clone();
    html! {
        <form class="check-form" aria-label="Your answers" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            { units_switch(&form) }
            <Section id="section-training" title="Training" open=true
                answered={answered(&form, &[Field::Week, Field::Prev, Field::Longest, Field::Longest30, Field::Runs, Field::Added])} total={6}>
                { field(Field::Week, "week", Some(distance), None, false, false) }
                { previous_weeks(&form, distance) }
                { field(Field::Longest, "longest", Some(distance), Some("Your longest single run in the last 7 days."), false, false) }
                { field(Field::Longest30, "longest30", Some(distance), Some("Your longest single run in the 30 days before that."), false, false) }
                { field(Field::Runs, "runs", None, None, true, true) }
                { choice_list(&form, Field::Added, "added", true, Some("Anything new in the last 4 weeks.")) }
            </Section>
            <Section id="section-strength" open={wide} title="Strength"
                answered={answered(&form, &[Field::Strength, Field::Focus])} total={2}>
                { field(Field::Strength, "strength", None, Some("Sessions of strength or resistance work, not counting runs."), true, true) }
                { choice_list(&form, Field::Focus, "focus", true, None) }
            </Section>
            <Section id="section-tightness" open={wide} title="Tightness and sitting"
                answered={form.assessment.tightness.len() + usize::from(form.assessment.sitting_hours.is_some())} total={5}>
                { tightness(&form) }
                { field(Field::Sitting, "sitting", None, Some("At a desk, driving, on the sofa: hours a day in total."), true, false) }
            </Section>
            <Section id="section-footwear" open={wide} title="Footwear"
                answered={answered(&form, &[Field::Shoes, Field::ShoeDist])} total={2}>
                { select(Field::Shoes, "shoes") }
                { field(Field::ShoeDist, "shoe_dist", Some(distance), None, true, false) }
            </Section>
            <Section id="section-body" open={wide} title="Body"
                answered={answered(&form, &[Field::Weight, Field::WeightChange])} total={2}>
                { weight_units_switch(&form) }
                { field(Field::Weight, "weight", Some(weight), weight_hint, true, false) }
                { field(Field::WeightChange, "weight_change", Some(weight), Some("Positive if you gained, negative (for example -2) if you lost."), true, false) }
            </Section>
            <Section id="section-form" open={wide} title="Running form"
                answered={answered(&form, &[Field::Form, Field::Cadence])} total={2}>
                { choice_list(&form, Field::Form, "form", true, Some("From a video of yourself or what a coach has seen.")) }
                { field(Field::Cadence, "cadence", None, Some("Steps a minute at easy pace; many watches show it."), true, true) }
            </Section>
            <Section id="section-history" open={wide} title="History and feet"
                answered={answered(&form, &[Field::Injury, Field::Feet])} total={2}>
                { select(Field::Injury, "injury") }
                { select(Field::Feet, "feet") }
            </Section>
            <Section id="section-symptoms" title="Symptoms and warning signs" open=true
                answered={answered(&form, &[Field::Pain, Field::PainSite, Field::PainWeeks]) + usize::from(!form.assessment.flags.is_empty())} total={4}>
                <SelectField id="pain" label={Field::Pain.label()} options={pain_options()}
                    value={form.text(Field::Pain)} optional=true
                    onchange={{
                        let dispatcher = form.clone();
                        Callback::from(move |text| dispatcher.dispatch(CheckAction::Edit(Field::Pain, text)))
                    }} />
                { select(Field::PainSite, "pain_site") }
                { field(Field::PainWeeks, "pain_weeks", Some("weeks"), Some("How long the knee has hurt; 0 if it started this week."), true, true) }
                { choice_list(&form, Field::Flags, "flags", false, Some("Tick any that apply. Each one means a clinician should look at the knee.")) }
            </Section>
            <button type="button" class="secondary-button"
                onclick={Callback::from(move |_| clear.dispatch(CheckAction::Clear))}>
                { "Clear all answers" }
            </button>
        </form>
    }
}
