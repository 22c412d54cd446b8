use knee_check::link::decode;
use knee_check::model::{advice, assess};
#[test]
fn look() {
    for q in [
        "v=1&week=30&prev=30,30,30,30&pain=9&flags=",
        "v=1&week=30&prev=30,30,30,30&pain=5&flags=&injury=recent",
        "v=1&week=30&prev=30,30,30,30&pain=2&pain_site=behind&flags=",
        "v=1&week=300&prev=10&pain=0&flags=",
    ] {
        let a = decode(q).assessment;
        let r = assess(&a);
        println!(
            "\n== {q}\n{} | {} | score {} max {:?}",
            advice::headline(&a, &r.scoring),
            advice::summary(&a, &r.scoring),
            r.scoring.score,
            r.scoring.max_score
        );
        for f in &r.scoring.factors {
            println!("  factor {:?} {} pts", f.factor, f.points);
        }
        for s in r.steps.iter().take(1) {
            println!("  * {}: {}", s.title, s.advice.join(" / "));
        }
        if let Some(p) = &r.physio {
            println!("  physio {:?}", p);
        }
    }
}
