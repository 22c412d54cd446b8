//! The plan on the calendar and in numbers a runner reads: each week dated Monday to Sunday
//! from the Monday after the day it is made, and one rounding rule for every distance the
//! page, the printout and the calendar file show, so they never disagree.

use super::generator::PlanWeek;
use crate::dates::{day_and_month, iso_date, next_monday, parse_date};
use crate::model::decimal::format_number;
use crate::model::units::Units;

/// A plan distance in the runner's units, rounded down to a tenth so rounding never lifts a
/// week over its cap.
pub fn plan_distance(km: f64, units: Units) -> f64 {
    (units.from_km(km) * 10.0).floor() / 10.0
}

/// `plan_distance` as written: `35.4`, `30`.
pub fn plan_distance_text(km: f64, units: Units) -> String {
    format_number(plan_distance(km, units))
}

/// `plan_distance_text` with its unit: `35.4 km`.
pub fn describe_plan_distance(km: f64, units: Units) -> String {
    format!(
        "{} {}",
        plan_distance_text(km, units),
        units.distance_label()
    )
}

/// The dates of the plan's weeks, counted from the day the plan is made (`YYYY-MM-DD`, the
/// runner's own date).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanDates {
    first_monday: i64,
}

impl PlanDates {
    /// `None` when `today` is not a date.
    pub fn from_today(today: &str) -> Option<Self> {
        Some(Self {
            first_monday: next_monday(parse_date(today)?),
        })
    }

    /// The Monday a week starts on, in days since 1970-01-01.
    pub fn start(&self, week: &PlanWeek) -> i64 {
        self.first_monday + 7 * (i64::from(week.number) - 1)
    }

    /// The week's first day as `YYYY-MM-DD` (`data-start`).
    pub fn start_iso(&self, week: &PlanWeek) -> String {
        iso_date(self.start(week))
    }

    /// "7 to 13 Dec", the week Monday to Sunday.
    pub fn span(&self, week: &PlanWeek) -> String {
        let start = self.start(week);
        format!("{} to {}", day_and_month(start), day_and_month(start + 6))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Assessment;
    use crate::plan::generator::plan;

    #[test]
    fn weeks_run_monday_to_sunday_from_the_next_monday() {
        let steady = Assessment {
            week_km: Some(30.0),
            previous_weeks_km: vec![30.0; 4],
            ..Assessment::default()
        };
        let plan = plan(&steady, &[]);
        let dates = PlanDates::from_today("2026-12-06").unwrap();
        assert_eq!(dates.start_iso(&plan.weeks[0]), "2026-12-07");
        assert_eq!(dates.span(&plan.weeks[0]), "7 Dec to 13 Dec");
        assert_eq!(dates.start_iso(&plan.weeks[5]), "2027-01-11");
        assert_eq!(PlanDates::from_today("someday"), None);
    }

    #[test]
    fn one_rounding_rule_down_to_a_tenth() {
        assert_eq!(plan_distance_text(35.48, Units::Km), "35.4");
        assert_eq!(plan_distance_text(30.0, Units::Km), "30");
        assert_eq!(describe_plan_distance(10.0, Units::Mi), "6.2 mi");
    }
}
