//! What the result says above the score: the headline, the sentence under it, and the band
//! in a few words for every short place a result is named. Warning signs first, then pain,
//! then what the rate says, in words that name load only where the load is the cause.

use super::assessment::Assessment;
use super::band::Band;
use super::caveats::{beyond_elite, high_volume};
use super::factor::Factor;
use super::pain::{mild_pain, needs_rehab, pain_elsewhere, severe_pain};
use super::score::{rate_with, Scoring, UnknownFactor};

/// Whether the factor raises the rate as it counts.
pub fn scored(scoring: &Scoring, factor: Factor) -> bool {
    scoring
        .factors
        .iter()
        .any(|f| f.factor == factor && f.rate > 1.0)
}

/// The questions that would settle `unknowns`, in the form's words, each once.
pub fn questions_for<'a>(
    assessment: &Assessment,
    unknowns: impl IntoIterator<Item = &'a UnknownFactor>,
) -> Vec<String> {
    let mut labels: Vec<String> = Vec::new();
    for unknown in unknowns {
        for field in unknown.factor.asks(assessment) {
            let label = field.label().to_ascii_lowercase();
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
    }
    labels
}

/// The unanswered questions that could each, on their own, lift the rate into the high band
/// (an unknown long run or previous injury, say): with one open, "low" says little.
fn open_high_questions(assessment: &Assessment, scoring: &Scoring) -> Vec<String> {
    let known: Vec<(Factor, f64)> = scoring.factors.iter().map(|f| (f.factor, f.rate)).collect();
    questions_for(
        assessment,
        scoring
            .unknowns
            .iter()
            .filter(|unknown| Band::of_rate(rate_with(&known, &[unknown])) >= Band::High),
    )
}

/// A low band the runner has not yet earned: whether the knee hurts, or whether any warning
/// sign applies, is still unanswered, and either would change the result more than any load;
/// or a question still open could on its own make the rate high.
/// The band stays `low` (what the answers say so far); the words must not read as an all-clear.
fn low_so_far(assessment: &Assessment, scoring: &Scoring) -> bool {
    scoring.band == Band::Low
        && (assessment.pain.is_none()
            || !assessment.flags.is_answered()
            || !open_high_questions(assessment, scoring).is_empty())
}

/// Why suggestions about running are for later, if they are: a warning sign, or severe
/// pain, has put running on hold, so the changes that would lower the score are framed for
/// when running starts again.
pub fn running_on_hold(assessment: &Assessment) -> Option<&'static str> {
    if assessment.flags.any() {
        Some("For when a clinician has cleared you to run: these lower the score, and none of them replaces having the knee checked first.")
    } else if severe_pain(assessment).is_some() {
        Some("For when the pain has settled and you run again: these lower the score, and running pauses first.")
    } else {
        None
    }
}

/// Whether the result may look like an all-clear (a green, plain "low"): only a low band
/// with no pain, every warning sign answered as absent, and a week a cohort has seen.
fn reassures(assessment: &Assessment, scoring: &Scoring) -> bool {
    scoring.band == Band::Low
        && !low_so_far(assessment, scoring)
        && mild_pain(assessment).is_none()
        && beyond_elite(assessment).is_none()
}

/// What the result says, computed once by the model and shown by every view.
#[derive(Debug, Clone, PartialEq)]
pub struct Words {
    pub headline: &'static str,
    pub summary: String,
    /// The band in a few words: "low" alone only where it reassures, any pain named.
    pub band_words: String,
    /// The band the result is coloured as: a low band that does not reassure stays neutral,
    /// so green always means an all-clear as far as this check can tell.
    pub shown_band: Band,
    /// The questions that would settle the range, most telling first.
    pub settle: Vec<String>,
    pub running_on_hold: Option<&'static str>,
}

pub fn words(assessment: &Assessment, scoring: &Scoring) -> Words {
    let so_far = low_so_far(assessment, scoring);
    let shown_band = if scoring.band == Band::Low && !reassures(assessment, scoring) {
        Band::Incomplete
    } else {
        scoring.band
    };
    let pain = assessment
        .pain
        .filter(|pain| *pain > 0)
        .map(|pain| format!("; knee hurts {pain}/10"))
        .unwrap_or_default();
    Words {
        headline: headline(assessment, scoring, so_far),
        summary: summary(assessment, scoring, so_far),
        band_words: format!(
            "{}{}{pain}",
            scoring.band.label().to_ascii_lowercase(),
            if so_far { " so far" } else { "" }
        ),
        shown_band,
        settle: questions_for(assessment, &scoring.unknowns),
        running_on_hold: running_on_hold(assessment),
    }
}

/// The headline: the band's, except when pain from 4 out of 10 leads the result (whether it
/// or the rest put the band where it is), when a low band is only low so far or comes with
/// some pain, or when a week is beyond what the model can judge.
fn headline(assessment: &Assessment, scoring: &Scoring, so_far: bool) -> &'static str {
    let pain_leads = needs_rehab(assessment) && scoring.band != Band::SeeClinician;
    if pain_leads && scoring.band == Band::VeryHigh {
        "Very high: your knee already hurts"
    } else if pain_leads {
        "High: your knee already hurts"
    } else if scoring.band != Band::SeeClinician && beyond_elite(assessment).is_some() {
        "Check your distances: more than elite marathoners run"
    } else if so_far {
        "Low risk so far: not an all-clear yet"
    } else if scoring.band == Band::Low && mild_pain(assessment).is_some() {
        "Low risk, but your knee hurts: hold, do not build"
    } else {
        scoring.band.headline()
    }
}

/// What a low band waits for, in the form's words, after any pain the runner gave.
fn low_so_far_summary(assessment: &Assessment, scoring: &Scoring) -> String {
    let asked = match (assessment.pain.is_none(), !assessment.flags.is_answered()) {
        (true, true) => "answer the last section: how much your knee hurts now, and whether any warning sign applies.".to_string(),
        (true, false) => "answer how much your knee hurts now, in the last section.".to_string(),
        (false, true) => "tick any warning sign that applies, or \"None of these\", in the last section.".to_string(),
        (false, false) => {
            format!("answer these, as each could make the risk high on its own: {}.", open_high_questions(assessment, scoring).join("; "))
        }
    };
    match mild_pain(assessment) {
        Some(pain) => format!("Your knee hurts at {pain} out of 10 when you run: hold your running where it is rather than building. Before you read the low risk as an all-clear, {asked}"),
        None => format!("From what you have answered, your knees carry about what they are prepared for. Before you read that as an all-clear, {asked}"),
    }
}

/// The sentence under the headline: a warning sign first, then pain, then the band.
fn summary(assessment: &Assessment, scoring: &Scoring, so_far: bool) -> String {
    if scoring.band == Band::SeeClinician {
        return Band::SeeClinician.summary().to_string();
    }
    if let Some(pain) = severe_pain(assessment) {
        return format!("Your knee hurts at {pain} out of 10 when you run, which is severe: pause running until the pain settles to 3 or below, have a physio look at it, and follow the rehab steps below.");
    }
    if let (Some(pain), Some(site)) = (
        assessment.pain.filter(|_| needs_rehab(assessment)),
        pain_elsewhere(assessment),
    ) {
        return format!("Your knee hurts at {pain} out of 10 when you run, {site}, where runner's knee does not usually hurt: have a physio look at it, and meanwhile run only as far as the pain allows. The steps below say how.");
    }
    if let Some(pain) = assessment.pain.filter(|_| needs_rehab(assessment)) {
        return format!("Your knee hurts at {pain} out of 10 when you run, so the pain comes first: follow the four rehab steps below, starting with running adjusted to the pain.");
    }
    if beyond_elite(assessment).is_some() {
        return "A week you entered is beyond anything the studies behind this check followed, so it cannot judge your risk: hold your training where it is until the number is checked (see below).".to_string();
    }
    if scoring.factors.is_empty() {
        return "Nothing is scored yet: this is not an all-clear. Some answers count only with their pair (this week's distance with the weeks before, the longest run with the 30 days before); start with your training and the result builds as you answer.".to_string();
    }
    if so_far {
        return low_so_far_summary(assessment, scoring);
    }
    match (mild_pain(assessment), scoring.band) {
        (Some(pain), Band::Low) => format!("Your knee hurts at {pain} out of 10 when you run: hold your running where it is rather than building, and keep the pain at 3 or below and settled by the next morning. The steps below say how."),
        (Some(pain), Band::Moderate) if training_rose(scoring) => format!("Some recent changes load your knees more than they are used to, and your knee already hurts at {pain} out of 10: ease the load now, keeping the pain at 3 or below and settled by the next morning."),
        (Some(pain), band) => format!("{} Your knee already hurts at {pain} out of 10: keep it at 3 or below and settled by the next morning.", band_summary(assessment, scoring, band)),
        (None, band) => band_summary(assessment, scoring, band).to_string(),
    }
}

/// Whether a change in training (the week, the long run, added speed, hills or less rest)
/// raises the rate: the load words blame recent changes, which would be untrue of a runner
/// on steady training whose rate comes from the knee's history, body or form.
fn training_rose(scoring: &Scoring) -> bool {
    Factor::ALL
        .into_iter()
        .filter(|factor| factor.is_load())
        .any(|factor| scored(scoring, factor))
}

/// The band's sentence, in words that fit where the rate comes from.
fn band_summary(assessment: &Assessment, scoring: &Scoring, band: Band) -> &'static str {
    if band == Band::Low && high_volume(assessment) {
        return "Your knees carry about what they are prepared for. At your volume, hold it rather than build: any rise is for a coach's plan.";
    }
    if training_rose(scoring) {
        return band.summary();
    }
    match band {
        Band::Moderate => "Your training has not risen sharply, as far as you have answered, but other things leave your knees less prepared for it. Worth working on now, before pain does it for you.",
        Band::High => "Your training has not risen sharply, as far as you have answered, but other things leave your knees clearly less prepared for it: keep your running steady rather than building, and build capacity this week.",
        Band::VeryHigh => "Your training has not risen sharply, as far as you have answered, but many other things leave your knees far less prepared for it: keep your running steady, and build capacity before adding more.",
        band => band.summary(),
    }
}
