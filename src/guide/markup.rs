//! The guide's HTML fragments read into a tree of the few elements and attributes the guide
//! is written with, and nothing else: so a fragment, however it came to be changed, can only
//! ever become the guide's own kinds of markup and plain text. No script, no event handler,
//! no style, no link off the app's own routes. Pure, so it is tested natively over every
//! section of the guide and over arbitrary text.

/// A piece of the guide's text.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    pub tag: &'static str,
    pub attributes: Vec<(&'static str, String)>,
    pub children: Vec<Node>,
}

/// The elements the guide is written with: text structure, and the diagram's SVG.
const TAGS: &[&str] = &[
    "h2",
    "h3",
    "p",
    "ul",
    "ol",
    "li",
    "strong",
    "em",
    "a",
    "figure",
    "figcaption",
    "svg",
    "g",
    "path",
    "ellipse",
    "circle",
    "line",
    "text",
    "title",
    "desc",
];

/// The attributes kept on them; `href` only to the app's own routes (`#/...`).
const ATTRIBUTES: &[&str] = &[
    "class",
    "id",
    "role",
    "aria-labelledby",
    "aria-hidden",
    "href",
    "viewBox",
    "d",
    "cx",
    "cy",
    "r",
    "rx",
    "ry",
    "x",
    "y",
    "x1",
    "y1",
    "x2",
    "y2",
    "text-anchor",
];

/// Elements whose content is never text for a reader, dropped whole.
const DROPPED_WITH_CONTENT: &[&str] = &["script", "style", "template", "iframe", "object"];

fn allowed(list: &[&'static str], name: &str) -> Option<&'static str> {
    list.iter()
        .copied()
        .find(|known| known.eq_ignore_ascii_case(name))
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&#39;`, `&apos;`, `&nbsp;` and numeric references;
/// anything else stays as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let decoded = rest.find(';').filter(|end| *end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let character = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((character, end))
        });
        match decoded {
            Some((character, end)) => {
                out.push(character);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// An element being read: `None` for one that is not kept, whose children join its parent.
struct Open {
    name: String,
    kept: Option<Element>,
    children: Vec<Node>,
}

struct Reader<'a> {
    rest: &'a str,
    stack: Vec<Open>,
}

impl Reader<'_> {
    fn children(&mut self) -> &mut Vec<Node> {
        &mut self
            .stack
            .last_mut()
            .expect("the root is never closed")
            .children
    }

    fn push_text(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        let text = decode_entities(text);
        match self.children().last_mut() {
            Some(Node::Text(previous)) => previous.push_str(&text),
            _ => self.children().push(Node::Text(text)),
        }
    }

    /// Closes the innermost open element, giving it (or its children) to its parent.
    fn close_one(&mut self) {
        let Some(open) = self.stack.pop() else {
            return;
        };
        let nodes = match open.kept {
            Some(mut element) => {
                element.children = open.children;
                vec![Node::Element(element)]
            }
            None => open.children,
        };
        for node in nodes {
            match node {
                Node::Text(text) => self.push_text_raw(text),
                element => self.children().push(element),
            }
        }
    }

    fn push_text_raw(&mut self, text: String) {
        match self.children().last_mut() {
            Some(Node::Text(previous)) => previous.push_str(&text),
            _ => self.children().push(Node::Text(text)),
        }
    }

    fn close(&mut self, name: &str) {
        let Some(depth) = self
            .stack
            .iter()
            .skip(1)
            .rposition(|open| open.name.eq_ignore_ascii_case(name))
        else {
            return;
        };
        while self.stack.len() > depth + 1 {
            self.close_one();
        }
    }

    /// Reads `name="value"` pairs up to the end of the tag; returns them and whether the
    /// tag closed itself (`/>`).
    fn attributes(&mut self) -> (Vec<(String, String)>, bool) {
        let mut found = Vec::new();
        loop {
            self.rest = self.rest.trim_start();
            if let Some(after) = self.rest.strip_prefix("/>") {
                self.rest = after;
                return (found, true);
            }
            if let Some(after) = self.rest.strip_prefix('>') {
                self.rest = after;
                return (found, false);
            }
            if self.rest.is_empty() {
                return (found, false);
            }
            let end = self
                .rest
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>' || c == '/')
                .unwrap_or(self.rest.len())
                .max(1);
            let name = self.rest[..end].to_string();
            self.rest = self.rest[end..].trim_start();
            let mut value = String::new();
            if let Some(after) = self.rest.strip_prefix('=') {
                let after = after.trim_start();
                let (text, rest) = match after.chars().next() {
                    Some(quote @ ('"' | '\'')) => {
                        let inner = &after[1..];
                        let end = inner.find(quote).unwrap_or(inner.len());
                        (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                    }
                    _ => {
                        let end = after
                            .find(|c: char| c.is_whitespace() || c == '>')
                            .unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                value = decode_entities(text);
                self.rest = rest;
            }
            found.push((name, value));
        }
    }

    fn open(&mut self, name: String) {
        let (attributes, self_closing) = self.attributes();
        if let Some(dropped) = allowed(DROPPED_WITH_CONTENT, &name) {
            if !self_closing {
                let closing = format!("</{dropped}");
                let lower = self.rest.to_ascii_lowercase();
                let end = lower.find(&closing).unwrap_or(self.rest.len());
                self.rest = &self.rest[end..];
            }
            return;
        }
        let kept = allowed(TAGS, &name).map(|tag| Element {
            tag,
            attributes: attributes
                .into_iter()
                .filter_map(|(name, value)| {
                    let key = allowed(ATTRIBUTES, &name)?;
                    (key != "href" || value.starts_with("#/")).then_some((key, value))
                })
                .collect(),
            children: Vec::new(),
        });
        self.stack.push(Open {
            name,
            kept,
            children: Vec::new(),
        });
        if self_closing {
            self.close_one();
        }
    }

    fn read(mut self) -> Vec<Node> {
        while !self.rest.is_empty() {
            let Some(start) = self.rest.find('<') else {
                let text = self.rest;
                self.rest = "";
                self.push_text(text);
                break;
            };
            let text = &self.rest[..start];
            self.push_text(text);
            self.rest = &self.rest[start..];
            if let Some(comment) = self.rest.strip_prefix("<!--") {
                self.rest = comment.find("-->").map_or("", |end| &comment[end + 3..]);
            } else if let Some(closing) = self.rest.strip_prefix("</") {
                let end = closing.find('>').unwrap_or(closing.len());
                let name = closing[..end].trim().to_string();
                self.rest = closing.get(end + 1..).unwrap_or("");
                self.close(&name);
            } else if self.rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                let after = &self.rest[1..];
                let end = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
                    .unwrap_or(after.len());
                let name = after[..end].to_string();
                self.rest = &after[end..];
                self.open(name);
            } else {
                self.push_text("<");
                self.rest = &self.rest[1..];
            }
        }
        while self.stack.len() > 1 {
            self.close_one();
        }
        self.stack
            .pop()
            .map(|root| root.children)
            .unwrap_or_default()
    }
}

/// The fragment as the guide's allowed markup and text.
pub fn read(fragment: &str) -> Vec<Node> {
    Reader {
        rest: fragment,
        stack: vec![Open {
            name: String::new(),
            kept: None,
            children: Vec::new(),
        }],
    }
    .read()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(node: &Node) -> &Element {
        match node {
            Node::Element(element) => element,
            Node::Text(text) => panic!("expected an element, found text {text:?}"),
        }
    }

    fn tags(nodes: &[Node], into: &mut Vec<&'static str>) {
        for node in nodes {
            if let Node::Element(element) = node {
                into.push(element.tag);
                tags(&element.children, into);
            }
        }
    }

    #[test]
    fn the_guides_own_markup_reads_whole() {
        let nodes = read(
            r##"<h2>Knee &amp; kneecap</h2>
<p>See <a href="#/learn/rehab" class="x">the steps</a>, <strong>slowly</strong>.</p>
<svg viewBox="0 0 10 10" xmlns="http://www.w3.org/2000/svg"><path d="M0 0L1 1" /><text x="1" y="2" text-anchor="middle">Quads</text></svg>"##,
        );
        let heading = element(&nodes[0]);
        assert_eq!(heading.tag, "h2");
        assert_eq!(heading.children, vec![Node::Text("Knee & kneecap".into())]);
        let link = element(&element(&nodes[2]).children[1]);
        assert_eq!(
            link.attributes,
            vec![("href", "#/learn/rehab".into()), ("class", "x".into())]
        );
        let svg = element(&nodes[4]);
        assert_eq!(svg.attributes, vec![("viewBox", "0 0 10 10".into())]);
        assert_eq!(element(&svg.children[0]).tag, "path");
        assert_eq!(
            element(&svg.children[1]).children,
            vec![Node::Text("Quads".into())]
        );
    }

    #[test]
    fn anything_else_becomes_text_or_nothing() {
        let nodes = read(
            r#"<p onclick="steal()" style="color:red">Hi<script>alert(1)</script><img src=x onerror=alert(2)><iframe src="https://example.com">x</iframe></p><a href="https://example.com">off site</a><a href="javascript:alert(3)">js</a><!-- note --><blink>kept text</blink>"#,
        );
        let paragraph = element(&nodes[0]);
        assert!(paragraph.attributes.is_empty());
        assert_eq!(paragraph.children, vec![Node::Text("Hi".into())]);
        assert!(element(&nodes[1]).attributes.is_empty());
        assert!(element(&nodes[2]).attributes.is_empty());
        assert_eq!(nodes[3], Node::Text("kept text".into()));
    }

    #[test]
    fn broken_markup_still_reads_as_far_as_it_goes() {
        for fragment in [
            "<p>open",
            "</p>stray</h2>",
            "<p a=\"unclosed>x",
            "a < b",
            "<",
            "<p <p>",
            "&#xZZ; &#99999999; &",
        ] {
            let mut found = Vec::new();
            tags(&read(fragment), &mut found);
            assert!(found.iter().all(|tag| TAGS.contains(tag)), "{fragment}");
        }
        assert_eq!(read("a < b"), vec![Node::Text("a < b".into())]);
        assert_eq!(read("&#xZZ; &"), vec![Node::Text("&#xZZ; &".into())]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn any_text_reads_without_panic_into_allowed_markup_only(fragment in "(<[a-z/!-]{0,8}( [a-z]{1,6}=\"[^\"]{0,12}\")? ?/?>|[^<]{0,12}|&#?[a-z0-9]{0,6};?){0,40}") {
            let mut found = Vec::new();
            tags(&read(&fragment), &mut found);
            proptest::prop_assert!(found.iter().all(|tag| TAGS.contains(tag)));
        }

        #[test]
        fn any_characters_at_all_read_without_panic(fragment in "\\PC{0,200}") {
            read(&fragment);
        }
    }

    #[test]
    fn every_section_of_the_guide_reads_with_nothing_left_out() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("guide");
        for file in std::fs::read_dir(dir).expect("the guide folder") {
            let path = file.expect("a file").path();
            let text = std::fs::read_to_string(&path).expect("readable");
            let written = text.matches('<').count()
                - text.matches("</").count()
                - text.matches("<!--").count();
            let mut found = Vec::new();
            tags(&read(&text), &mut found);
            assert_eq!(
                found.len(),
                written,
                "{} uses markup the guide does not allow",
                path.display()
            );
            for link in text.split("href=\"").skip(1) {
                assert!(
                    link.starts_with("#/"),
                    "{} links off the app",
                    path.display()
                );
            }
        }
    }
}
