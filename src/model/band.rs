//! The four bands a score falls in, with the cut-offs from the weights table.

use serde::{Deserialize, Serialize};

use super::weights::WEIGHTS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    Low,
    Moderate,
    High,
    VeryHigh,
}

impl Band {
    pub fn of(score: u8) -> Band {
        let score = f64::from(score);
        if score >= WEIGHTS.band_very_high_from.value {
            Band::VeryHigh
        } else if score >= WEIGHTS.band_high_from.value {
            Band::High
        } else if score >= WEIGHTS.band_moderate_from.value {
            Band::Moderate
        } else {
            Band::Low
        }
    }

    /// The value of `data-band`.
    pub fn key(self) -> &'static str {
        match self {
            Band::Low => "low",
            Band::Moderate => "moderate",
            Band::High => "high",
            Band::VeryHigh => "very_high",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Band::Low => "Low",
            Band::Moderate => "Moderate",
            Band::High => "High",
            Band::VeryHigh => "Very high",
        }
    }

    /// One sentence a runner can act on.
    pub fn summary(self) -> &'static str {
        match self {
            Band::Low => "Your knees are carrying about what they are prepared for. Keep building gradually.",
            Band::Moderate => "Some recent changes load your knees more than they are used to. Worth adjusting now, before pain does it for you.",
            Band::High => "Your knees are carrying clearly more than they are prepared for. Ease the load and build capacity this week.",
            Band::VeryHigh => "Many things load your knees at once. Cut back now and build capacity before adding more.",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cut_offs_split_the_scale() {
        assert_eq!(Band::of(0), Band::Low);
        assert_eq!(Band::of(24), Band::Low);
        assert_eq!(Band::of(25), Band::Moderate);
        assert_eq!(Band::of(50), Band::High);
        assert_eq!(Band::of(75), Band::VeryHigh);
        assert_eq!(Band::of(100), Band::VeryHigh);
    }
}
