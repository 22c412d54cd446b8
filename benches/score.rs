//! Prints how long one scored assessment takes natively (target: under 5 microseconds).
//! Run with `cargo bench --bench score`; it measures, it does not pass or fail.

use std::hint::black_box;
use std::time::Instant;

use knee_check::link::decode;
use knee_check::model::{assess, score::score_only};

const SPIKE: &str = "v=1&units=km&week=45&prev=30,29,31,30&longest=18&longest30=11&runs=5&added=speed,hills&strength=0&tight=quads:2,calves:1&sitting=9&shoes=new_minimal&shoe_dist=700&weight=82&weight_change=2&form=overstride,knee_in&cadence=158&injury=healed&feet=overpronation&pain=3";

fn time_per_call(label: &str, rounds: u32, mut work: impl FnMut()) {
    for _ in 0..rounds / 10 {
        work();
    }
    let start = Instant::now();
    for _ in 0..rounds {
        work();
    }
    let nanos = start.elapsed().as_nanos() as f64 / f64::from(rounds);
    println!("{label}: {nanos:.0} ns per call ({rounds} calls)");
}

fn main() {
    let assessment = decode(SPIKE).assessment;
    time_per_call("score only (every factor, shares)", 200_000, || {
        black_box(score_only(black_box(&assessment)));
    });
    time_per_call(
        "full report (score, what-ifs, advice, triage)",
        50_000,
        || {
            black_box(assess(black_box(&assessment)));
        },
    );
    time_per_call("decode a fully filled link", 100_000, || {
        black_box(decode(black_box(SPIKE)));
    });
}
