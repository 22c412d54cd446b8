//! A soak for the link decoder on stable Rust: seeded mutations of real coaches' links and
//! plain random text, each decoded, scored and written back, as the cargo-fuzz target does
//! on nightly. The quick run is part of `cargo test`; the long one (10 million inputs) runs
//! from scripts/bench.sh with `cargo test --release --test link_soak -- --ignored`.
#![cfg(not(target_arch = "wasm32"))]

use std::panic;
use std::time::Instant;

use knee_check::link::{decode, encode};
use knee_check::model::score::score_only;

/// Links as coaches write them, the starting points for mutation.
#[path = "support/seeded.rs"]
mod seeded;
use seeded::Seeded;

const SEEDS: [&str; 6] = [
    "v=1&units=km&week=45&prev=30,29,31,30&longest=18&longest30=11&runs=5&added=speed,hills&strength=0&tight=quads:2,calves:1&sitting=9&shoes=new_minimal&shoe_dist=700&weight=82&weight_change=2&form=overstride,knee_in&cadence=158&injury=healed&feet=overpronation&pain=3",
    "v=1&units=mi&wunits=st&week=20&prev=18,18&weight=11st%204&pain_site=below&pain_weeks=6&flags=locking",
    "v=1&week=0&prev=0&longest=0&runs=0&focus=&form=&flags=",
    "v=1&week=300&prev=300,300,300,300&longest=100&longest30=100&shoe_dist=5000&weight=250&weight_change=-50",
    "v=2&week=30",
    "week=30&prev=30,30,30,30&units=km",
];

/// Pieces a mutation splices in: separators, encodings, numbers at and past every limit.
const PIECES: [&str; 24] = [
    "&",
    "=",
    ",",
    ":",
    "%",
    "%2",
    "%26",
    "%3D",
    "%C3%A9",
    "%FF",
    "+",
    "-",
    ".",
    "1e308",
    "-0",
    "999999999999999999999",
    "NaN",
    "inf",
    "🦵",
    "\u{0}",
    "week=",
    "&prev=",
    "v=1&",
    "tight=quads:",
];

fn char_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// One input: a seed link with a few splices, cuts and repeats, or random characters.
fn input(random: &mut Seeded) -> String {
    if random.below(8) == 0 {
        let length = random.below(200);
        return (0..length)
            .map(|_| char::from_u32(random.below(0x2000) as u32).unwrap_or('?'))
            .collect();
    }
    let mut text = SEEDS[random.below(SEEDS.len())].to_string();
    for _ in 0..=random.below(4) {
        let at = char_boundary(&text, random.below(text.len() + 1));
        match random.below(4) {
            0 => text.insert_str(at, PIECES[random.below(PIECES.len())]),
            1 => {
                let end = char_boundary(&text, at + random.below(12));
                text.replace_range(at..end, "");
            }
            2 => {
                let end = char_boundary(&text, at + random.below(30));
                let repeated = text[at..end].to_string();
                text.insert_str(end, &repeated);
            }
            _ => text.insert_str(at, &random.below(100_000).to_string()),
        }
    }
    text
}

/// What must hold for any input: a score within bounds, and the app's own link for what was
/// read reads back to the same answers.
fn check(query: &str) {
    let decoded = decode(query);
    assert!(score_only(&decoded.assessment) <= 100);
    let canonical = decode(&encode(&decoded.assessment)).assessment;
    assert_eq!(decode(&encode(&canonical)).assessment, canonical, "{query}");
}

fn soak(inputs: u64) {
    let mut random = Seeded(0x6b6e_6565_2d63_6865);
    let start = Instant::now();
    let mut panics = Vec::new();
    panic::set_hook(Box::new(|_| {}));
    for _ in 0..inputs {
        let query = input(&mut random);
        if panic::catch_unwind(|| check(&query)).is_err() {
            panics.push(query);
        }
    }
    let _ = panic::take_hook();
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "link soak: {inputs} inputs decoded in {seconds:.1} s ({:.0} a second), {} panics",
        inputs as f64 / seconds,
        panics.len()
    );
    assert!(
        panics.is_empty(),
        "inputs that panicked: {:?}",
        &panics[..panics.len().min(5)]
    );
}

#[test]
fn a_hundred_thousand_mutated_links_decode_without_a_panic() {
    soak(100_000);
}

#[test]
#[ignore = "ten million inputs: run from scripts/bench.sh"]
fn ten_million_mutated_links_decode_without_a_panic() {
    soak(10_000_000);
}
