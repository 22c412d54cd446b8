//! Warning signs mean a clinician should look, whatever the score.

use super::assessment::WarningSign;
use super::choices::{row_of, FLAGS};
use super::list_answer::ListAnswer;

/// What the ticked warning signs mean and what to do about them.
#[derive(Debug, Clone, PartialEq)]
pub struct Triage {
    pub signs: Vec<(WarningSign, &'static str)>,
    pub action: &'static str,
    pub imaging: &'static str,
}

impl WarningSign {
    /// The words the form ticks it by.
    pub fn label(self) -> &'static str {
        row_of(FLAGS, self).label
    }

    /// Why the sign matters, in plain words.
    pub fn meaning(self) -> &'static str {
        match self {
            WarningSign::GivingWay => "A knee that gives way can mean a ligament injury or a kneecap that slips out of place.",
            WarningSign::Locking => "Locking or catching can mean a torn meniscus or a loose fragment inside the joint.",
            WarningSign::Swelling => "Swelling means the joint itself is irritated or injured; overload of the kneecap alone rarely does that.",
            WarningSign::Trauma => "Pain that began with a fall, twist or blow can come from an injury no load check can see.",
            WarningSign::NightPain => "Pain at night or at rest is not typical of overload and needs other causes ruled out.",
        }
    }
}

pub const ACTION: &str = "Have your knee checked by a physiotherapist or doctor before you run on it again. This check cannot tell what is wrong; they can.";

pub const IMAGING: &str = "Scans are rarely needed for runner's knee. A clinician usually considers imaging when the knee locks, gives way, swells and does not settle, after a real injury, or when several weeks of well-done rehab bring no progress.";

/// `None` when no warning sign is ticked.
pub fn triage(flags: &ListAnswer<WarningSign>) -> Option<Triage> {
    if !flags.any() {
        return None;
    }
    Some(Triage {
        signs: flags
            .items()
            .into_iter()
            .map(|sign| (sign, sign.meaning()))
            .collect(),
        action: ACTION,
        imaging: IMAGING,
    })
}
