use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnitsChoiceProps {
    /// The radio group's name, unique on the page; each option's id is `<name>-<key>`.
    pub name: AttrValue,
    pub legend: AttrValue,
    /// (key, label) of each option, in order.
    pub options: Vec<(&'static str, &'static str)>,
    pub selected: &'static str,
    pub onchange: Callback<&'static str>,
}

/// A group of radio buttons for units: distance or weight units on the check, the link's
/// units in the coach's builder.
#[component]
pub fn UnitsChoice(props: &UnitsChoiceProps) -> Html {
    html! {
        <fieldset class="units-switch">
            <legend>{ props.legend.clone() }</legend>
            { for props.options.iter().map(|(key, label)| {
                let id = format!("{}-{key}", props.name);
                let key = *key;
                let onchange = props.onchange.reform(move |_: Event| key);
                html! {
                    <div class="check-row">
                        <input type="radio" name={props.name.clone()} id={id.clone()}
                            checked={props.selected == key} {onchange} />
                        <label for={id}>{ *label }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}
