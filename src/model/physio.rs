//! When to see a physiotherapist. Runner's knee is pain around or behind the kneecap; this
//! check is about it alone, so pain elsewhere, or in a growing knee, is a physio's question.

use super::assessment::{Assessment, InjuryHistory, PainSite};
use super::caveats::growing;
use super::pain::{in_pain, severe_pain};
use super::pain_site::{sounds_like, SoundsLike};

/// Weeks of pain after which it counts as not settling.
pub const NOT_SETTLING_WEEKS: u8 = 3;

/// Why the runner should see a physio, and where the guide explains it.
#[derive(Debug, Clone, PartialEq)]
pub struct PhysioPrompt {
    pub reasons: Vec<&'static str>,
    /// Another problem the pain's site sounds like, with its guide section.
    pub sounds_like: Option<SoundsLike>,
}

/// `None` while none of the criteria for seeing a physio hold.
pub fn physio_prompt(assessment: &Assessment) -> Option<PhysioPrompt> {
    let mut reasons = Vec::new();
    if in_pain(assessment)
        && assessment
            .pain_weeks
            .is_some_and(|weeks| weeks >= NOT_SETTLING_WEEKS)
    {
        reasons.push("Your knee has hurt for three weeks or more: pain that is not settling deserves a physio's look.");
    }
    if severe_pain(assessment).is_some() {
        reasons.push("Your knee hurts at 7 out of 10 or more when you run: pain that strong deserves a physio's look, not only changes to your running.");
    }
    if assessment.injury == Some(InjuryHistory::Recurring) {
        reasons.push("Your knee pain keeps coming back: a physio can find why and plan the rebuild with you.");
    }
    if growing(assessment) && in_pain(assessment) && assessment.pain_site == Some(PainSite::Below) {
        reasons.push("You are still growing, and your knee hurts below the kneecap: in a growing runner that is often the tendon's attachment to a growth plate, not runner's knee, and a physio should look at it.");
    }
    // A site given with no pain now (0 out of 10) describes nothing to judge.
    let sounds_like = assessment
        .pain_site
        .filter(|_| assessment.pain != Some(0))
        .and_then(sounds_like);
    if sounds_like.is_some() {
        reasons.push("Your pain is not at the front of the knee, where runner's knee sits: this check cannot judge it, a physio can.");
    }
    (!reasons.is_empty()).then_some(PhysioPrompt {
        reasons,
        sounds_like,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severe_pain_asks_for_a_physio() {
        let severe = Assessment {
            pain: Some(7),
            ..Assessment::default()
        };
        assert!(physio_prompt(&severe).unwrap().reasons[0].contains("7 out of 10 or more"));
        let moderate = Assessment {
            pain: Some(6),
            ..Assessment::default()
        };
        assert_eq!(physio_prompt(&moderate), None);
    }

    #[test]
    fn pain_below_the_kneecap_sounds_like_a_tendon() {
        let below = Assessment {
            pain: Some(3),
            pain_site: Some(PainSite::Below),
            ..Assessment::default()
        };
        let prompt = physio_prompt(&below).unwrap();
        assert!(prompt.sounds_like.unwrap().words.contains("tendon"));
    }

    #[test]
    fn a_pain_site_without_pain_prompts_nothing() {
        let pain_free = Assessment {
            pain: Some(0),
            pain_site: Some(PainSite::Below),
            ..Assessment::default()
        };
        assert!(physio_prompt(&pain_free).is_none());
        let site_only = Assessment {
            pain: None,
            ..pain_free
        };
        assert!(physio_prompt(&site_only).is_some());
    }

    #[test]
    fn pain_below_the_kneecap_in_a_growing_runner_asks_for_a_physio() {
        let young = Assessment {
            age: Some(13),
            pain: Some(2),
            pain_site: Some(PainSite::Below),
            ..Assessment::default()
        };
        let prompt = physio_prompt(&young).unwrap();
        assert!(prompt.reasons[0].contains("still growing"));
        let grown = Assessment {
            age: Some(30),
            ..young
        };
        assert!(physio_prompt(&grown)
            .unwrap()
            .reasons
            .iter()
            .all(|reason| !reason.contains("growing")));
    }

    #[test]
    fn short_front_pain_needs_no_physio_yet() {
        let front = Assessment {
            pain: Some(3),
            pain_site: Some(PainSite::Front),
            pain_weeks: Some(1),
            ..Assessment::default()
        };
        assert!(physio_prompt(&front).is_none());
        let lasting = Assessment {
            pain_weeks: Some(4),
            ..front
        };
        assert!(physio_prompt(&lasting).is_some());
    }
}
