use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or_default]
    pub unit: Option<AttrValue>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub error: Option<AttrValue>,
    #[prop_or_default]
    pub optional: bool,
    /// `numeric` for whole numbers, so phones show the right keypad.
    #[prop_or(AttrValue::Static("decimal"))]
    pub inputmode: AttrValue,
}

/// A labelled text box for a number. It accepts any text, so a wrong entry gets our own
/// message with the allowed range instead of the browser silently emptying it.
#[component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let onchange = props.onchange.clone();
    let oninput = Callback::from(move |event: InputEvent| {
        let input: HtmlInputElement = event.target_unchecked_into();
        onchange.emit(input.value());
    });
    let hint_id = format!("{}-hint", props.id);
    let error_id = format!("{}-error", props.id);
    let described_by = [
        props.hint.as_ref().map(|_| hint_id.clone()),
        props.error.as_ref().map(|_| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "has-error"))}>
            <label for={props.id.clone()}>
                { props.label.clone() }
                if let Some(unit) = &props.unit {
                    <span class="visually-hidden">{ format!(" ({unit})") }</span>
                }
                if props.optional {
                    <span class="optional">{ " (optional)" }</span>
                }
            </label>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            <div class="input-row">
                <input id={props.id.clone()} type="text" inputmode={props.inputmode.clone()}
                    autocomplete="off"
                    value={props.value.clone()}
                    aria-invalid={props.error.as_ref().map(|_| "true")}
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                    {oninput} />
                if let Some(unit) = &props.unit {
                    <span class="unit" aria-hidden="true">{ unit.clone() }</span>
                }
            </div>
            if let Some(error) = &props.error {
                <p class="error" id={error_id}>{ error.clone() }</p>
            }
        </div>
    }
}
