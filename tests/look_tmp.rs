use knee_check::link::decode;
use knee_check::model::{advice, assess};
#[test]
fn look() {
    for q in [
        "v=1&units=mi&week=28&prev=18,18&longest=12&longest30=7&pain=0&flags=&added=hills&strength=0&tight=quads:severe&cadence=150&form=overstride",
        "v=1&week=45&prev=30&pain=3&flags=&shoes=new&weight=95&weight_change=4",
        "v=1&week=15&prev=40,40,40,40&pain=0&flags=",
    ] {
        let a = decode(q).assessment;
        let r = assess(&a);
        println!("\n== {q}\n{} | {} | score {} max {:?}", advice::headline(&a, &r.scoring), advice::summary(&a, &r.scoring), r.scoring.score, r.scoring.max_score);
        for f in &r.scoring.factors { println!("  factor {:?} {} pts", f.factor, f.points); }
        for s in r.steps.iter() { println!("  * {}: {}", s.title, s.advice.join(" / ")); }
        for w in &r.what_ifs { println!("  whatif {} -> {}", w.description, w.score); }
    }
}
