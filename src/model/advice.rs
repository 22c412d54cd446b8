//! The advice: the four steps of rehab for runner's knee, each with what fits this runner,
//! led by a clinician's check for a warning sign and by the warning-sign question while it is
//! unanswered.

use super::assessment::Assessment;
use super::band::Band;
use super::caveats::high_volume;
use super::factor::Factor;
use super::factors::load::{chronic_km, long_run_compared_with_floor, week_compared_with_floor};
use super::field::Field;
use super::pain::{in_pain, needs_rehab, pain_elsewhere, severe_pain};
use super::score::Scoring;
use super::triage;
use super::units::describe_distance_roughly;
use super::weights::WEIGHTS;
use super::words::scored;

/// One step of the advice, with what it means for this runner.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub title: &'static str,
    pub advice: Vec<String>,
    /// Whether the step leads to the week-by-week plan: for a knee that already hurts, the
    /// plan is where adjusting running becomes concrete.
    pub leads_to_plan: bool,
}

/// Pain away from the front: a physio says which of the runner's-knee steps fit.
fn physio_first(site: &str, severe: bool) -> Step {
    let mut advice = vec![format!("Your knee hurts {site}, where runner's knee does not usually hurt. The steps below are written for runner's knee: a physio can tell you which of them fit your knee.")];
    if !severe {
        advice.push("Until then, run only as far as the pain stays at 3 out of 10 or below and has settled by the next morning.".to_string());
    }
    Step {
        title: "Have a physio look at where it hurts",
        advice,
        leads_to_plan: false,
    }
}

/// With a warning sign, the first step is to have the knee checked, before any running.
fn get_checked() -> Step {
    Step {
        title: "Get your knee checked before you run on it",
        advice: vec![
            triage::ACTION.to_string(),
            "Until then, rest the knee from running; walking and daily life within comfort are fine. The steps below apply once a clinician has looked at it.".to_string(),
        ],
        leads_to_plan: false,
    }
}

/// Under a warning sign the runner has just been told not to run until the knee is checked,
/// so this step speaks of running only for after that check.
fn adjust_running(assessment: &Assessment, scoring: &Scoring) -> Step {
    let warning_sign = scoring.band == Band::SeeClinician;
    let severe = severe_pain(assessment).is_some();
    let keep_running = if warning_sign {
        "Once a clinician has cleared you to run, adjust your running rather than stop: most runners with a sore kneecap do better changing how they run than stopping."
    } else if severe {
        "Once the pain has settled, run again, adjusted, rather than stop for good: most runners with a sore kneecap do better changing how they run than stopping."
    } else if !assessment.flags.is_answered() {
        "Once you have answered the warning signs, and none applies: adjust your running rather than stop; most runners with a sore kneecap do better changing how they run than stopping."
    } else if assessment.pain == Some(0) {
        "Keep running, adjusted if the knee starts to hurt: most runners with a sore kneecap do better changing how they run than stopping."
    } else {
        "Keep running, adjusted: most runners with a sore kneecap do better changing how they run than stopping."
    };
    let mut advice = vec![keep_running.to_string()];
    match assessment.pain {
        Some(pain) if pain >= 4 && warning_sign => advice.push(
            format!("Your pain is {pain} out of 10, above the 3 that running can go up to: when you run again, keep runs short and slow enough that the pain stays at 3 or below and has settled by the next morning."),
        ),
        Some(pain) if severe => advice.insert(
            0,
            format!("Your pain is {pain} out of 10, far above the 3 that running can go up to: pause running until it settles to 3 or below (walking, cycling or swimming within comfort keep you fit), then start again with short, slow runs that stay there."),
        ),
        Some(pain) if pain >= 4 => advice.insert(
            0,
            format!("Your pain is {pain} out of 10, above the 3 that running can go up to: shorten runs and slow down until running stays at 3 or below and the knee has settled by the next morning."),
        ),
        Some(1..=3) => advice.push(
            "Pain up to 3 out of 10 that has settled by the next morning is acceptable; use it as your guide.".to_string(),
        ),
        _ => {}
    }
    // While the warning signs are unanswered, the question comes before anything else: any
    // sign would send the runner to a clinician instead of running on.
    if !assessment.flags.is_answered() {
        advice.insert(0, "First, answer the warning signs in the last section (giving way, locking, swelling, pain since a fall or twist, pain at night or at rest), or tick \"None of these\": any one means a clinician should look at the knee before you run on it.".to_string());
    }
    // These steps are for runner's knee: until the runner says where it hurts, a pain
    // elsewhere (`pain_elsewhere`) cannot bring the physio's look first.
    if in_pain(assessment) && assessment.pain_site.is_none() && !warning_sign {
        advice.push(format!("Say where the knee hurts (\"{}\", under symptoms): these steps are for pain around or behind the kneecap; pain elsewhere is a question for a physio.", Field::PainSite.label()));
    }
    if scored(scoring, Factor::AddedIntensity) {
        advice.push("Swap hills and fast sessions for flat, easy running for now.".to_string());
    }
    if scored(scoring, Factor::Overstriding) || scored(scoring, Factor::Cadence) {
        advice.push("Take shorter, quicker steps: 5 to 10% more steps a minute eases the kneecap on every stride.".to_string());
    }
    if scored(scoring, Factor::KneeControl) {
        advice.push(
            "Think of running with the knee over the second toe; a mirror or a short video helps."
                .to_string(),
        );
    }
    if scored(scoring, Factor::Footwear) {
        advice.push("Run mostly in the shoes you are used to, and bring a new pair in for short runs first.".to_string());
    }
    Step {
        title: if warning_sign {
            "After the check: adjust running rather than stop"
        } else if severe {
            "Pause running until the pain settles, then adjust it rather than stop"
        } else {
            "Adjust running rather than stop"
        },
        advice,
        leads_to_plan: needs_rehab(assessment) && !warning_sign,
    }
}

fn strength(scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Train quads, glutes, hamstrings and calves two to three times a week: slow, heavy enough to be hard by the last repetitions.".to_string(),
    ];
    if scored(scoring, Factor::StrengthTraining) || scored(scoring, Factor::QuadStrengthFocus) {
        advice.push("Start with the quads: wall sits, step-downs and leg presses in a range that does not hurt.".to_string());
    }
    if scored(scoring, Factor::KneeControl) {
        advice.push(
            "Add hip work such as side-lying leg raises and single-leg balance for control."
                .to_string(),
        );
    }
    if scored(scoring, Factor::QuadTightness) || scored(scoring, Factor::OtherTightness) {
        advice.push(
            "Stretch the tight muscles after each session; hold 30 seconds or more.".to_string(),
        );
    }
    Step {
        title: "Strength for quads, glutes, hamstrings and calves",
        advice,
        leads_to_plan: false,
    }
}

/// How to build again. A runner starting from weeks of no running has no usual week to go
/// back to; a knee that hurts, or a volume where cohorts saw more injuries, holds rather
/// than builds by a rule of thumb.
fn reload(assessment: &Assessment, scoring: &Scoring) -> Step {
    let prepared_less = scoring.band >= Band::High
        && !Factor::ALL
            .into_iter()
            .any(|factor| factor.is_load() && scored(scoring, factor));
    let first = if in_pain(assessment) {
        "Hold your weekly distance while the knee hurts, even a little: build again only once it has been free of pain for two weeks, and then in small steps."
    } else if high_volume(assessment) {
        "Hold your weekly distance: at your volume, a rise is for a coach's plan, not a rule of thumb."
    } else if prepared_less {
        "Keep your weekly distance where it is while the strength work builds your knee's capacity; add distance after that, in small steps of about 10% a week."
    } else {
        "Build back in small steps: about 10% more a week, holding a week when the knee complains."
    };
    let mut advice = vec![first.to_string()];
    let rising = scored(scoring, Factor::WeeklyProgression);
    let starting =
        chronic_km(assessment) == Some(0.0) && assessment.week_km.is_some_and(|km| km > 0.0);
    if starting && !rising {
        advice.push(format!("Coming from weeks of no running, this week is within a usual start of {}: keep runs easy (walk breaks are fine) and add no distance until it feels easy.", describe_distance_roughly(WEIGHTS.usual_week_floor_km.value, assessment.units)));
    } else if rising {
        advice.push(if starting {
            "Coming from weeks of no running: keep runs short and easy (walk breaks are fine) and add no distance until this week's feels easy.".to_string()
        } else if week_compared_with_floor(assessment) {
            format!("Bring weekly distance back to a usual start of {}, then rebuild from there.", describe_distance_roughly(WEIGHTS.usual_week_floor_km.value, assessment.units))
        } else {
            "Bring weekly distance back towards your usual, then rebuild from there.".to_string()
        });
    }
    if scored(scoring, Factor::LongRunSpike) {
        advice.push(if in_pain(assessment) {
            "Keep the long run no longer than your longest in the last month until the knee has been free of pain for two weeks.".to_string()
        } else if long_run_compared_with_floor(assessment) {
            format!("Keep each run to {} or less until the weeks feel easy, then lengthen the longest by about 10% at a time.", describe_distance_roughly(WEIGHTS.long_run_floor_km.value, assessment.units))
        } else {
            "Keep the long run within 10% of your longest in the last month.".to_string()
        });
    }
    if scored(scoring, Factor::PreviousInjury) {
        advice.push("With a knee that has been injured before, keep strength work going when you feel fine, and build more slowly than you would otherwise.".to_string());
    }
    Step {
        title: "Reload gradually",
        advice,
        leads_to_plan: false,
    }
}

fn recovery(scoring: &Scoring) -> Step {
    let mut advice = vec![
        "Ice, taping, braces and foam rolling can ease pain for a while; use them to keep moving, not instead of the steps above.".to_string(),
    ];
    if scored(scoring, Factor::Sitting) {
        advice.push(
            "Break up long sitting: stand or straighten the knee every half hour.".to_string(),
        );
    }
    if scored(scoring, Factor::FootMechanics) {
        advice.push(
            "Feet that roll in: foot orthoses can help for a few weeks; a physio can advise."
                .to_string(),
        );
    }
    Step {
        title: "Recovery tools as support",
        advice,
        leads_to_plan: false,
    }
}

/// The four rehab steps in order, each with general advice first, then what fits this
/// runner; with a warning sign, getting the knee checked comes before them all. None before
/// anything the steps could answer to (a factor beyond the pain answer, or pain itself):
/// rehab advice for a blank form, or for "no pain" alone, would read as if the runner had a
/// sore knee.
pub fn recommendations(assessment: &Assessment, scoring: &Scoring) -> Vec<Step> {
    let mut steps = Vec::with_capacity(5);
    let beyond_pain = scoring
        .factors
        .iter()
        .any(|scored| scored.factor != Factor::CurrentPain);
    if scoring.band == Band::SeeClinician {
        steps.push(get_checked());
    } else if !beyond_pain && !in_pain(assessment) {
        return steps;
    } else {
        if let Some(site) = pain_elsewhere(assessment) {
            steps.push(physio_first(site, severe_pain(assessment).is_some()));
        }
    }
    steps.extend([
        adjust_running(assessment, scoring),
        strength(scoring),
        reload(assessment, scoring),
        recovery(scoring),
    ]);
    steps
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::assessment::{PainSite, WarningSign};
    use crate::model::list_answer::ListAnswer;
    use crate::model::score::score;
    use crate::model::{assess, Band};

    fn said(assessment: &Assessment) -> crate::model::words::Words {
        assess(assessment).words
    }

    fn steady() -> Assessment {
        Assessment {
            week_km: Some(30.0),
            previous_weeks_km: vec![30.0],
            pain: Some(0),
            flags: ListAnswer::NoneOfThese,
            ..Assessment::default()
        }
    }

    /// `steady` with the safety questions answered and nothing left open that could make
    /// the load high on its own: a low band that has earned its all-clear.
    fn answered() -> Assessment {
        Assessment {
            longest_run_km: Some(10.0),
            longest_run_30d_km: Some(10.0),
            injury: Some(crate::model::assessment::InjuryHistory::None),
            flags: ListAnswer::NoneOfThese,
            ..steady()
        }
    }

    #[test]
    fn a_saved_low_check_is_named_as_the_result_page_named_it() {
        let answered = answered();
        let band = score(&answered).band;
        assert_eq!(band, Band::Low);
        assert_eq!(said(&answered).band_words, "low");
        assert_eq!(said(&answered).shown_band, Band::Low);

        let flags_unanswered = Assessment {
            flags: ListAnswer::default(),
            ..answered.clone()
        };
        assert_eq!(said(&flags_unanswered).band_words, "low so far");
        assert_eq!(said(&flags_unanswered).shown_band, Band::Incomplete);

        let sore = Assessment {
            pain: Some(2),
            strength_sessions: Some(2),
            ..answered.clone()
        };
        assert_eq!(said(&sore).band_words, "low; knee hurts 2/10");
        assert_eq!(said(&sore).shown_band, Band::Incomplete);

        let pain_unanswered = Assessment {
            pain: None,
            ..answered
        };
        assert_eq!(said(&pain_unanswered).band_words, "low so far");
    }

    #[test]
    fn a_low_band_with_a_question_open_that_could_make_it_high_is_no_all_clear() {
        let mut half = steady();
        half.flags = ListAnswer::NoneOfThese;
        let scoring = score(&half);
        assert_eq!(scoring.band, Band::Low);
        assert_eq!(said(&half).band_words, "low so far");
        assert_eq!(said(&half).shown_band, Band::Incomplete);
        assert_eq!(
            said(&half).headline,
            "Low risk so far: not an all-clear yet"
        );
        let words = said(&half).summary;
        assert!(
            words.ends_with("answer these, as each could make the risk high on its own: longest run in the last 7 days; longest run in the 30 days before."),
            "{words}"
        );

        // Strength work, at worst 1.54 times the rate, could not make it high on its own.
        let settled = answered();
        assert!(score(&settled)
            .unknowns
            .iter()
            .any(|unknown| unknown.factor == Factor::StrengthTraining));
        assert_eq!(said(&settled).band_words, "low");
        assert!(said(&settled).summary.ends_with("Keep building gradually."));
    }

    #[test]
    fn only_a_low_band_is_ever_coloured_other_than_itself() {
        let sore = Assessment {
            pain: Some(2),
            ..steady()
        };
        assert_eq!(said(&sore).shown_band, Band::Incomplete);
        let sore_and_rising = Assessment {
            week_km: Some(45.0),
            longest_run_km: Some(18.0),
            longest_run_30d_km: Some(11.0),
            ..sore.clone()
        };
        let band = score(&sore_and_rising).band;
        assert!(band > Band::Low);
        assert_eq!(said(&sore_and_rising).shown_band, band);
        assert_eq!(
            said(&sore_and_rising).band_words,
            format!("{}; knee hurts 2/10", band.label().to_ascii_lowercase())
        );
        let flagged = Assessment {
            flags: ListAnswer::NoneOfThese.with(WarningSign::Locking, true),
            ..sore
        };
        assert_eq!(said(&flagged).shown_band, Band::SeeClinician);
        let severe = Assessment {
            pain: Some(8),
            ..steady()
        };
        assert_eq!(said(&severe).band_words, "high; knee hurts 8/10");
    }

    #[test]
    fn a_warning_sign_leads_the_summary_and_the_first_step() {
        for pain in [Some(0), Some(6)] {
            let mut assessment = steady();
            assessment.pain = pain;
            assessment.flags = assessment.flags.with(WarningSign::GivingWay, true);
            let scoring = score(&assessment);
            assert!(said(&assessment)
                .summary
                .contains("physiotherapist or doctor"));
            let steps = recommendations(&assessment, &scoring);
            assert!(steps[0].title.contains("checked"));
            assert!(!steps[0].advice[0].contains("Keep running"));
            // Running is spoken of only for after the check, pain or none.
            assert!(steps[1].title.starts_with("After the check"));
            assert!(steps[1].advice[0].starts_with("Once a clinician has cleared you"));
            assert!(
                steps
                    .iter()
                    .flat_map(|step| &step.advice)
                    .all(|advice| !advice.contains("Keep running")
                        && !advice.contains("shorten runs"))
            );
        }
    }

    /// The reload step's advice for a runner whose weeks before were all 0.
    fn reload_after_no_running(week_km: f64) -> Vec<String> {
        let starting = Assessment {
            week_km: Some(week_km),
            previous_weeks_km: vec![0.0; 4],
            pain: Some(0),
            ..Assessment::default()
        };
        let steps = recommendations(&starting, &score(&starting));
        let reload = steps
            .into_iter()
            .find(|step| step.title == "Reload gradually");
        reload.expect("a reload step").advice
    }

    #[test]
    fn a_runner_starting_from_nothing_is_not_sent_back_to_a_usual_week() {
        let advice = reload_after_no_running(15.0);
        assert!(advice
            .iter()
            .any(|line| line.contains("weeks of no running")));
        assert!(advice.iter().all(|line| !line.contains("your usual")));
    }

    #[test]
    fn pain_away_from_the_front_asks_a_physio_which_steps_fit() {
        let mut sore = steady();
        sore.pain = Some(5);
        sore.pain_site = Some(PainSite::Inside);
        let scoring = score(&sore);
        let steps = recommendations(&sore, &scoring);
        assert_eq!(steps[0].title, "Have a physio look at where it hurts");
        assert!(steps[0].advice[0].contains("hurts on the inside"));
        assert!(said(&sore).summary.contains("have a physio look at it"));
        sore.pain = Some(8);
        let steps = recommendations(&sore, &score(&sore));
        assert_eq!(
            steps[0].advice.len(),
            1,
            "severe pain pauses running instead"
        );
        sore.pain_site = Some(PainSite::Front);
        let steps = recommendations(&sore, &score(&sore));
        assert_ne!(steps[0].title, "Have a physio look at where it hurts");
        sore.pain = Some(0);
        sore.pain_site = Some(PainSite::Back);
        assert!(crate::model::pain::pain_elsewhere(&sore).is_none());
    }

    #[test]
    fn pain_with_no_site_asks_where_it_hurts() {
        let mut sore = steady();
        sore.pain = Some(5);
        let asks = |assessment: &Assessment| {
            recommendations(assessment, &score(assessment))
                .iter()
                .flat_map(|step| step.advice.clone())
                .any(|line| line.contains("Say where the knee hurts (\"Where the knee hurts\""))
        };
        assert!(asks(&sore));
        sore.pain_site = Some(PainSite::Front);
        assert!(!asks(&sore));
        sore.pain_site = None;
        sore.pain = Some(0);
        assert!(!asks(&sore));
    }

    #[test]
    fn a_rate_from_the_knee_not_the_training_is_not_blamed_on_recent_changes() {
        use crate::model::assessment::InjuryHistory;
        let mut recurring = steady();
        recurring.flags = ListAnswer::NoneOfThese;
        recurring.injury = Some(InjuryHistory::Recurring);
        recurring.strength_sessions = Some(0);
        let scoring = score(&recurring);
        assert_eq!(scoring.band, Band::High);
        let words = said(&recurring).summary;
        assert!(
            words.starts_with("Your training has not risen sharply"),
            "{words}"
        );
        assert!(words.contains("keep your running steady"), "{words}");

        recurring.pain = Some(2);
        let words = said(&recurring).summary;
        assert!(
            words.starts_with("Your training has not risen sharply"),
            "{words}"
        );
        assert!(words.contains("already hurts at 2 out of 10"), "{words}");

        let mut risen = recurring.clone();
        risen.week_km = Some(60.0);
        let scoring = score(&risen);
        assert_eq!(
            said(&risen).summary.split(" Your knee").next(),
            Some(scoring.band.summary())
        );
    }

    #[test]
    fn a_beginner_within_a_usual_start_is_told_so() {
        assert!(reload_after_no_running(8.0)
            .iter()
            .any(|line| line.contains("within a usual start of 10 km")));
    }

    #[test]
    fn no_steps_before_an_answer_they_could_follow_from() {
        let blank = Assessment::default();
        assert!(recommendations(&blank, &score(&blank)).is_empty());
        let no_pain_only = Assessment {
            pain: Some(0),
            flags: ListAnswer::NoneOfThese,
            ..Assessment::default()
        };
        assert!(recommendations(&no_pain_only, &score(&no_pain_only)).is_empty());
        let pain_only = Assessment {
            pain: Some(2),
            ..Assessment::default()
        };
        let steps = recommendations(&pain_only, &score(&pain_only));
        // The warning signs are unanswered: asked for first, and no step says to keep running.
        assert_eq!(steps.len(), 4);
        assert!(steps[0].advice[0].starts_with("First, answer the warning signs"));
        assert!(steps
            .iter()
            .flat_map(|step| &step.advice)
            .all(|advice| !advice.contains("Keep running")));
        assert!(steps[0]
            .advice
            .iter()
            .any(|advice| advice.contains("by the next morning")));
        let mut warning_only = Assessment::default();
        warning_only.flags = warning_only.flags.with(WarningSign::Locking, true);
        assert!(recommendations(&warning_only, &score(&warning_only))[0]
            .title
            .contains("checked"));
    }

    #[test]
    fn severe_pain_pauses_running_and_is_never_told_to_keep_running() {
        for (load, pain) in [(30.0, 7), (30.0, 10), (60.0, 9)] {
            let mut assessment = steady();
            assessment.week_km = Some(load);
            assessment.pain = Some(pain);
            let scoring = score(&assessment);
            assert!(said(&assessment)
                .headline
                .ends_with("your knee already hurts"));
            assert!(said(&assessment).summary.contains("pause running"));
            let steps = recommendations(&assessment, &scoring);
            assert!(steps[0].title.starts_with("Pause running"));
            assert!(
                steps[0].advice[0].contains("pause running"),
                "{:?}",
                steps[0]
            );
            assert!(
                steps[0]
                    .advice
                    .iter()
                    .all(|advice| !advice.contains("Keep running")
                        && !advice.contains("shorten runs"))
            );
        }
        let mut moderate = steady();
        moderate.pain = Some(6);
        assert!(!said(&moderate).summary.contains("pause running"));
    }

    #[test]
    fn suggestions_about_running_wait_while_running_is_on_hold() {
        let mut flagged = steady();
        flagged.flags = flagged.flags.with(WarningSign::Swelling, true);
        assert!(crate::model::words::running_on_hold(&flagged)
            .unwrap()
            .contains("clinician"));
        let severe = Assessment {
            pain: Some(7),
            ..steady()
        };
        assert!(crate::model::words::running_on_hold(&severe)
            .unwrap()
            .contains("pain has settled"));
        let sore = Assessment {
            pain: Some(6),
            ..steady()
        };
        assert_eq!(crate::model::words::running_on_hold(&sore), None);
    }

    #[test]
    fn pain_from_four_leads_with_the_rehab_path() {
        let mut assessment = steady();
        assessment.pain = Some(6);
        let scoring = score(&assessment);
        assert!(said(&assessment).summary.contains("rehab steps"));
        assert!(recommendations(&assessment, &scoring)[0].leads_to_plan);
        assert_eq!(said(&assessment).headline, "High: your knee already hurts");
        let steps = recommendations(&assessment, &scoring);
        assert!(steps[0].advice[0].contains("6 out of 10"));
    }
}
