//! The plan's rules, each with why. docs/plan.md mirrors this table (a test checks it).

/// One rule: its value, and why it is set there.
pub struct Rule {
    pub name: &'static str,
    pub value: f64,
    pub rationale: &'static str,
}

/// Pain during a run up to this (out of 10), settled by the next morning, is what the knee
/// tolerates: the plan's threshold for building, holding or stepping back.
pub const PAIN_LIMIT: Rule = Rule {
    name: "pain_limit",
    value: 3.0,
    rationale: "Pain-monitoring models keep rehab going while pain during activity stays low and settles by the next morning (Silbernagel et al. 2007 Am J Sports Med 35(6):897-906, for the Achilles tendon, allowed up to 5); for the kneecap 3 out of 10 is the usual, more cautious clinical cut-off, and the check's advice uses it throughout. An opinion, not a trial result.",
};

/// The most one week may rise over the week before.
pub const WEEKLY_RISE: Rule = Rule {
    name: "weekly_rise",
    value: 0.10,
    rationale: "Rises of more than 30% over two weeks went with more distance-related injuries in novice runners (Nielsen et al. 2014); 10% a week stays well under that in any two weeks (1.1 x 1.1 = 1.21).",
};

/// The most a week may be against the average of the four weeks before it.
pub const ACUTE_CHRONIC_LIMIT: Rule = Rule {
    name: "acute_chronic_limit",
    value: 1.3,
    rationale: "A week up to 1.3 times the four weeks before is the commonly used upper bound of the 'sweet spot' (Gabbett 2016 BJSM 50(5):273-280). Its evidence is contested (Impellizzeri et al. 2021), so it is a second bound, never a reason to raise a week.",
};

/// A step back cuts the week to this share of what the knee was doing.
pub const STEP_BACK: Rule = Rule {
    name: "step_back",
    value: 0.7,
    rationale: "An opinion: pain above the limit calls for a clear cut rather than a token one, about a third less with runs shorter and flatter, before rebuilding from what the knee then tolerates.",
};

/// The longest run may grow by no more than this over the longest of the 30 days before.
pub const LONG_RUN_RISE: Rule = Rule {
    name: "long_run_rise",
    value: 0.10,
    rationale: "A run 10-30% longer than the longest of the previous 30 days raised the injury rate by about two thirds in 5200 runners (Frandsen et al. 2025 BJSM 59(17):1203-1210); within 10% showed no extra risk.",
};

/// The longest run's share of the week, at most.
pub const LONG_RUN_SHARE: Rule = Rule {
    name: "long_run_share",
    value: 0.4,
    rationale: "Coaching practice keeps the long run under about 40% of the week so one run does not carry most of the load; an opinion, not a study, so it only caps.",
};

/// A week the plan starts from when the check has no distances: enough for three short
/// run-walks.
pub const STARTING_WEEK_KM: Rule = Rule {
    name: "starting_week_km",
    value: 6.0,
    rationale: "Without a known week the plan starts low, three run-walks of about 2 km, and builds by the same rules; a runner who knows their distances should enter them.",
};

/// Hills return in this week of a plan that is building, speed two weeks later.
pub const HILLS_FROM_WEEK: Rule = Rule {
    name: "hills_from_week",
    value: 3.0,
    rationale: "Downhills and faster running load the kneecap more per step; an opinion from return-to-run practice brings them back one at a time, hills first, once steady running has stayed comfortable for two weeks.",
};

/// Every rule, for the docs-mirror test.
pub const RULES: [&Rule; 8] = [
    &PAIN_LIMIT,
    &WEEKLY_RISE,
    &ACUTE_CHRONIC_LIMIT,
    &STEP_BACK,
    &LONG_RUN_RISE,
    &LONG_RUN_SHARE,
    &STARTING_WEEK_KM,
    &HILLS_FROM_WEEK,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::decimal::format_number;

    #[test]
    fn docs_mirror_every_rule_with_its_value() {
        let docs = include_str!("../../docs/plan.md");
        for rule in RULES {
            let line = format!("| `{}` | {} |", rule.name, format_number(rule.value));
            assert!(docs.contains(&line), "docs/plan.md lacks the row: {line}");
        }
    }
}
