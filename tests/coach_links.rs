//! Every example link in the coaches' guide opens with all of its fields used.
#![cfg(not(target_arch = "wasm32"))]

use knee_check::link::{check_query, decode};
use knee_check::model::field::Field;

#[test]
fn every_link_in_the_coaches_guide_is_used_whole() {
    let guide = include_str!("../docs/links.md");
    let links: Vec<&str> = guide
        .split('`')
        .filter(|snippet| snippet.starts_with("#/check?"))
        .collect();
    assert!(links.len() >= 5, "found {} links", links.len());
    for link in links {
        let decoded = decode(check_query(link).expect("a check link"));
        assert!(decoded.unused.is_empty(), "{link}: {:?}", decoded.unused);
    }
}

#[test]
fn every_example_value_in_the_key_table_is_accepted() {
    let guide = include_str!("../docs/links.md");
    let examples: Vec<&str> = guide
        .lines()
        .filter(|line| line.starts_with("| `") && line.ends_with("` |"))
        .filter_map(|line| line.rsplit('`').nth(1))
        .collect();
    let link_settings = ["v", "units", "wunits", "title"].len();
    assert_eq!(
        examples.len(),
        Field::ALL.len() + link_settings,
        "{examples:?}"
    );
    for example in examples {
        let decoded = decode(example);
        assert!(decoded.unused.is_empty(), "{example}: {:?}", decoded.unused);
    }
}
