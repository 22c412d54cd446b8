//! A guide section's text, as `guide::markup` read it: only the guide's own elements and
//! attributes ever reach the page, built as Yew nodes, never as raw HTML.

use std::rc::Rc;

use yew::prelude::*;
use yew::virtual_dom::VTag;

use crate::guide::markup::Node;

fn render(node: &Node) -> Html {
    match node {
        Node::Text(text) => Html::from(text.clone()),
        Node::Element(element) => {
            let mut tag = VTag::new(element.tag);
            for (key, value) in &element.attributes {
                tag.add_attribute(key, value.clone());
            }
            tag.add_children(element.children.iter().map(render));
            tag.into()
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct GuideTextProps {
    pub nodes: Rc<Vec<Node>>,
}

#[component]
pub fn GuideText(props: &GuideTextProps) -> Html {
    props.nodes.iter().map(render).collect()
}
