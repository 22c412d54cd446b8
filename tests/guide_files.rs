//! The guide's text lives in `guide/<slug>.html` beside the build: every section has its
//! file, headed by its title; every file belongs to a section; every link inside goes to a
//! route or section that exists; the knee diagram's numbers each have their part's name in text.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use knee_check::guide::{section, text_path, GUIDE};
use knee_check::route::Route;

fn text(slug: &str) -> String {
    let section = section(slug).expect("a section");
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(text_path(section)))
        .unwrap_or_else(|error| panic!("{slug}: {error}"))
}

#[test]
fn every_section_has_its_file_headed_by_its_title() {
    for section in GUIDE {
        let text = text(section.slug);
        assert!(
            text.starts_with(&format!("<h2>{}</h2>", section.title)),
            "{} starts {:?}",
            section.slug,
            &text[..text.len().min(80)]
        );
        assert!(text.matches("<p>").count() >= 1, "{}", section.slug);
        assert!(!text.contains("<script"), "{}", section.slug);
    }
}

#[test]
fn every_file_belongs_to_a_section() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("guide");
    for entry in fs::read_dir(dir).expect("the guide folder") {
        let name = entry.expect("an entry").file_name();
        let name = name.to_string_lossy();
        let slug = name.strip_suffix(".html").expect("only .html files");
        assert!(section(slug).is_some(), "guide/{name} has no section");
    }
}

#[test]
fn every_link_inside_the_guide_goes_somewhere_real() {
    for section in GUIDE {
        let text = text(section.slug);
        for link in text.split("href=\"").skip(1) {
            let target = &link[..link.find('"').expect("a closed href")];
            let route = Route::from_fragment(target);
            assert_ne!(route, Route::NotFound, "{}: {target}", section.slug);
            if let Route::LearnSection { section: linked } = &route {
                assert!(
                    knee_check::guide::section(linked).is_some(),
                    "{}: {target}",
                    section.slug
                );
            }
        }
    }
}

/// The text of each `<tag ...>...</tag>` in `markup`, in order.
fn contents<'a>(markup: &'a str, tag: &str) -> Vec<&'a str> {
    markup
        .split(&format!("<{tag}"))
        .skip(1)
        .map(|item| {
            let start = item.find('>').expect("an element") + 1;
            &item[start..item.find(&format!("</{tag}>")).expect("closed")]
        })
        .collect()
}

#[test]
fn the_knee_diagram_is_numbered_and_its_parts_named_in_text() {
    let text = text("how-the-knee-works");
    let start = text.find("<svg").expect("an inline diagram");
    let end = text.find("</svg>").expect("a closed diagram");
    let drawing = &text[start..end];
    assert!(drawing.contains("<title"), "a title for screen readers");
    let list = &text[text
        .find("<ol class=\"knee-parts\">")
        .expect("the list of parts")..];
    let names = contents(&list[..list.find("</ol>").expect("a closed list")], "li");
    let expected: Vec<String> = (1..=names.len()).map(|n| n.to_string()).collect();
    assert_eq!(
        contents(drawing, "text"),
        expected,
        "one number in the drawing for each name, in order"
    );
    for part in [
        "Kneecap",
        "Quadriceps tendon",
        "Patellar tendon",
        "Thigh bone",
        "Shin bone",
        "Inner meniscus",
        "Outer meniscus",
        "Inner ligament",
        "Outer ligament",
        "Cruciate ligaments",
        "Bursa",
    ] {
        assert!(names.contains(&part), "no name {part}: {names:?}");
    }
}
