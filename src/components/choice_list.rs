use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceListProps {
    pub id: AttrValue,
    pub legend: AttrValue,
    /// (key, label, ticked) for each choice.
    pub choices: Vec<(&'static str, &'static str, bool)>,
    pub ontoggle: Callback<(&'static str, bool)>,
    /// Offers an explicit "None of these" when set; its value says whether it is ticked.
    #[prop_or_default]
    pub none_of_these: Option<bool>,
    #[prop_or_default]
    pub onnone: Callback<bool>,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    #[prop_or_default]
    pub optional: bool,
}

/// Checkboxes in a fieldset. Nothing ticked means "not answered"; "None of these" is an
/// answer of its own.
#[component]
pub fn ChoiceList(props: &ChoiceListProps) -> Html {
    let hint_id = format!("{}-hint", props.id);
    html! {
        <fieldset class="field choice-list" aria-describedby={props.hint.as_ref().map(|_| hint_id.clone())}>
            <legend>
                { props.legend.clone() }
                if props.optional {
                    <span class="optional">{ " (optional)" }</span>
                }
            </legend>
            if let Some(hint) = &props.hint {
                <p class="hint" id={hint_id.clone()}>{ hint.clone() }</p>
            }
            { for props.choices.iter().map(|(key, label, ticked)| {
                let ontoggle = props.ontoggle.clone();
                let key = *key;
                let onchange = Callback::from(move |event: Event| {
                    let input: HtmlInputElement = event.target_unchecked_into();
                    ontoggle.emit((key, input.checked()));
                });
                let id = format!("{}-{key}", props.id);
                html! {
                    <div class="check-row">
                        <input type="checkbox" id={id.clone()} checked={*ticked} {onchange} />
                        <label for={id}>{ *label }</label>
                    </div>
                }
            }) }
            if let Some(none) = props.none_of_these {
                <div class="check-row">
                    <input type="checkbox" id={format!("{}-none", props.id)} checked={none}
                        onchange={props.onnone.reform(|event: Event| {
                            let input: HtmlInputElement = event.target_unchecked_into();
                            input.checked()
                        })} />
                    <label for={format!("{}-none", props.id)}>{ "None of these" }</label>
                </div>
            }
        </fieldset>
    }
}
