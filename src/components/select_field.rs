use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SelectFieldProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// (value, label) pairs; the empty value is "not answered" and comes first.
    pub options: Vec<(AttrValue, AttrValue)>,
    pub value: AttrValue,
    pub onchange: Callback<String>,
    #[prop_or(AttrValue::Static("Not answered"))]
    pub unanswered: AttrValue,
    #[prop_or_default]
    pub optional: bool,
}

#[component]
pub fn SelectField(props: &SelectFieldProps) -> Html {
    let onchange = props.onchange.clone();
    let onchange = Callback::from(move |event: Event| {
        let select: HtmlSelectElement = event.target_unchecked_into();
        onchange.emit(select.value());
    });
    // Once the runner has picked an option, adding or removing a `selected` attribute moves
    // nothing, and an undo would leave the old answer showing: so an option whose selection
    // changes is drawn anew (its key holds it), and a new option's attribute counts.
    html! {
        <div class="field">
            <label for={props.id.clone()}>
                { props.label.clone() }
                if props.optional {
                    <span class="optional">{ " (optional)" }</span>
                }
            </label>
            <select id={props.id.clone()} {onchange}>
                <option key={u8::from(props.value.is_empty())} value="" selected={props.value.is_empty()}>{ props.unanswered.clone() }</option>
                { for props.options.iter().map(|(value, label)| html! {
                    <option key={format!("{}{value}", u8::from(*value == props.value))} value={value.clone()} selected={*value == props.value}>{ label.clone() }</option>
                }) }
            </select>
        </div>
    }
}
