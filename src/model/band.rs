//! The verdict the result leads with: a load band cut on the rate, unless a warning sign or
//! missing training answers make a load band the wrong thing to lead with.

use serde::{Deserialize, Serialize};

use super::weights::WEIGHTS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// This week's distance or every previous week unanswered: no band can be given.
    Incomplete,
    Low,
    Moderate,
    High,
    VeryHigh,
    /// A warning sign is entered: it overrides any load band.
    SeeClinician,
}

impl Band {
    /// The band of a rate ratio against the reference runner.
    pub fn of_rate(rate: f64) -> Band {
        if rate >= WEIGHTS.band_very_high_from.value {
            Band::VeryHigh
        } else if rate >= WEIGHTS.band_high_from.value {
            Band::High
        } else if rate >= WEIGHTS.band_moderate_from.value {
            Band::Moderate
        } else {
            Band::Low
        }
    }

    /// The value of `data-band`.
    pub fn key(self) -> &'static str {
        match self {
            Band::Incomplete => "incomplete",
            Band::Low => "low",
            Band::Moderate => "moderate",
            Band::High => "high",
            Band::VeryHigh => "very_high",
            Band::SeeClinician => "see_clinician",
        }
    }

    /// The headline of the result.
    pub fn headline(self) -> &'static str {
        match self {
            Band::Incomplete => "Not enough answers for a band yet",
            Band::Low => "Low risk for your knees",
            Band::Moderate => "Moderate risk for your knees",
            Band::High => "High risk for your knees",
            Band::VeryHigh => "Very high risk for your knees",
            Band::SeeClinician => "Get your knee checked",
        }
    }

    /// Short words for the sticky score bar, history and the trend.
    pub fn label(self) -> &'static str {
        match self {
            Band::Incomplete => "Incomplete",
            Band::Low => "Low",
            Band::Moderate => "Moderate",
            Band::High => "High",
            Band::VeryHigh => "Very high",
            Band::SeeClinician => "See a clinician",
        }
    }

    /// One sentence a runner can act on, when no pain or warning sign leads instead.
    pub fn summary(self) -> &'static str {
        match self {
            Band::Incomplete => "Enter your distance in the last 7 days and at least the week before it: the load on your knee cannot be judged without them.",
            Band::Low => "Your knees are carrying about what they are prepared for. Keep building gradually.",
            Band::Moderate => "Some recent changes load your knees more than they are used to. Worth adjusting now, before pain does it for you.",
            Band::High => "Your knees are carrying clearly more than they are prepared for. Ease the load and build capacity this week.",
            Band::VeryHigh => "Many things load your knees at once. Cut back now and build capacity before adding more.",
            Band::SeeClinician => "A warning sign comes before any score: see a physiotherapist or doctor before you run on this knee again. The score further down cannot rule out an injury.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_offs_split_the_rate_scale() {
        assert_eq!(Band::of_rate(0.9), Band::Low);
        assert_eq!(Band::of_rate(1.24), Band::Low);
        assert_eq!(Band::of_rate(1.25), Band::Moderate);
        assert_eq!(Band::of_rate(1.75), Band::High);
        assert_eq!(Band::of_rate(2.5), Band::VeryHigh);
        assert_eq!(Band::of_rate(1e9), Band::VeryHigh);
    }
}
