use yew::prelude::*;

use crate::components::select_field::SelectField;
use crate::plan::{verdict, Verdict};
use crate::state::symptoms::Scores;
use crate::state::SymptomsHandle;

/// The questions of an entry: its field and how a runner would name it.
const QUESTIONS: [(&str, &str); 5] = [
    ("during", "Pain during the run"),
    ("morning", "Pain the next morning"),
    ("stairs", "Going up and down stairs"),
    ("squatting", "Squatting"),
    ("sitting", "Sitting long with bent knees"),
];

fn verdict_words(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Progress => "settled: the plan can build",
        Verdict::Hold => "within 3 but not settled: hold",
        Verdict::StepBack => "above 3: step back",
    }
}

fn scores() -> Vec<(AttrValue, AttrValue)> {
    (0..=10)
        .map(|n| {
            (
                AttrValue::from(n.to_string()),
                AttrValue::from(n.to_string()),
            )
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct SymptomLogProps {
    /// The page's log, so the plan beside it moves with every entry.
    pub symptoms: SymptomsHandle,
}

/// A quick entry after a run, and the entries so far, newest first. Each entry moves the
/// plan above it.
#[component]
pub fn SymptomLog(props: &SymptomLogProps) -> Html {
    let symptoms = props.symptoms.clone();
    let answers = use_state(|| {
        [
            String::new(),
            String::new(),
            "0".into(),
            "0".into(),
            "0".into(),
        ]
    });
    let missing = use_state(|| false);
    let onsave = {
        let answers = answers.clone();
        let missing = missing.clone();
        let symptoms = symptoms.clone();
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let values: Vec<Option<u8>> = answers.iter().map(|text| text.parse().ok()).collect();
            let [Some(during), Some(morning), Some(stairs), Some(squatting), Some(sitting)] =
                values[..]
            else {
                missing.set(true);
                return;
            };
            missing.set(false);
            symptoms.log_run(Scores {
                during,
                morning,
                stairs,
                squatting,
                sitting,
            });
            answers.set([
                String::new(),
                String::new(),
                "0".into(),
                "0".into(),
                "0".into(),
            ]);
        })
    };
    html! {
        <section class="symptom-log" aria-labelledby="symptom-log-title">
            <h2 id="symptom-log-title">{ "Symptom log" }</h2>
            <p>{ "After a run (or the morning after), score the knee from 0 (nothing) to 10 (the worst imaginable). The latest entry sets next week: build, hold or step back." }</p>
            <form class="symptom-form" onsubmit={onsave}>
                { for QUESTIONS.iter().enumerate().map(|(index, (key, label))| {
                    let value = answers[index].clone();
                    let answers = answers.clone();
                    let onchange = Callback::from(move |value: String| {
                        let mut next = (*answers).clone();
                        next[index] = value;
                        answers.set(next);
                    });
                    html! {
                        <SelectField id={format!("symptom-{key}")} label={*label} options={scores()}
                            {value} unanswered="Choose" {onchange} />
                    }
                }) }
                if *missing {
                    <p class="error" role="alert">{ "Choose a score for the pain during the run and the next morning." }</p>
                }
                if let Some(problem) = &symptoms.problem {
                    <p class="error" role="alert" data-testid="storage-notice">{ problem.clone() }</p>
                }
                <button type="submit" data-testid="save-symptoms">{ "Save entry" }</button>
            </form>
            if !symptoms.log.entries.is_empty() {
                <ul class="symptom-entries">
                    { for symptoms.log.entries.iter().rev().map(|entry| {
                        let deleter = symptoms.clone();
                        let id = entry.id.clone();
                        html! {
                            <li data-testid="symptom-entry" data-verdict={format!("{:?}", verdict(entry)).to_ascii_lowercase()}>
                                <span>{ format!("{}: during {}, next morning {}, stairs {}, squatting {}, sitting {}; {}",
                                    entry.date, entry.during, entry.morning, entry.stairs, entry.squatting, entry.sitting, verdict_words(verdict(entry))) }</span>
                                <button type="button" class="secondary-button" onclick={Callback::from(move |_| deleter.delete(&id))}>
                                    { "Delete" }<span class="visually-hidden">{ format!(" the entry of {}", entry.date) }</span>
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
