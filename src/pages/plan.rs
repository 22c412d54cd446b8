use yew::prelude::*;

use crate::browser::{clock, download, location, viewport};
use crate::components::copy_link_button::CopyLinkButton;
use crate::components::physio_prompt::physio_prompt;
use crate::components::plan_weeks::PlanWeeks;
use crate::components::red_flag_alert::red_flag_alert;
use crate::components::symptom_log::SymptomLog;
use crate::history::symptoms::latest;
use crate::link;
use crate::model::pain::is_severe;
use crate::model::units::{describe_distance, describe_distance_roughly};
use crate::model::weights::WEIGHTS;
use crate::model::{assess, Assessment, Report};
use crate::plan::calendar::calendar;
use crate::plan::dated::PlanDates;
use crate::plan::generator::PainSource;
use crate::plan::{plan, Plan, Start, Verdict};
use crate::route::Route;
use crate::state::{use_check, use_history, use_place, use_symptoms, RouteLink};

/// Where the plan starts from, in words.
fn start_words(plan: &Plan, assessment: &Assessment) -> String {
    let start = describe_distance(plan.start_km, assessment.units);
    match plan.start {
        Start::LastWeek => format!("It starts from your last 7 days: {start}."),
        Start::RoseTooFast => format!("It starts from your usual week with at most 10% added ({start}), not from a week that rose faster: that is not yet what your knee has shown it tolerates."),
        Start::RoseFromLittleRunning => format!("After little or no running it starts from a usual start with at most 10% added ({start}), not from a week that rose beyond it: that is not yet what your knee has shown it tolerates."),
        Start::UsualWeek => format!("Your check does not give the last 7 days, so it starts from your usual week: {start}."),
        Start::AfterABreak => format!("You did not run in the last 7 days, so it restarts below your usual week, at {start}, and builds back from there."),
        Start::NotRunning => format!("Your check gives no running in the weeks it covers, so the plan starts low, at {start} of run-walking."),
        Start::NoDistances => format!("Your check has no weekly distances, so it starts low, at {start} of run-walking. Enter your distances in the check for a plan that fits you."),
    }
}

/// What the knee says and what the plan does about it: the plan's most important sentence.
/// `logged_pain`: the latest logged run's worst pain, during it or the next morning.
fn pain_words(
    plan: &Plan,
    assessment: &Assessment,
    report: &Report,
    logged_pain: Option<u8>,
) -> String {
    let first = describe_distance(plan.weeks[0].distance_km, assessment.units);
    let severe_logged = logged_pain.filter(|pain| is_severe(*pain));
    if let (PainSource::Logged(_), Verdict::StepBack, Some(pain)) =
        (plan.pain, plan.verdict, severe_logged)
    {
        return format!("Your latest logged run hurt at {pain} out of 10, during it or the next morning, which is severe: pause running until it settles to 3 or below, and have a physio look at it. Then start at {first} and hold there; the plan builds again only after an entry shows the pain has settled.");
    }
    match (plan.pain, plan.verdict) {
        (PainSource::Logged(_), Verdict::StepBack) => format!("Your latest logged run went above 3 out of 10, during it or the next morning. The plan steps back to {first} and holds there; it builds again only after an entry shows the pain has settled."),
        (PainSource::Answered(pain), Verdict::StepBack) if report.severe_pain => format!("Your knee hurts at {pain} out of 10 when you run, which is severe: pause running until it settles to 3 or below, and have a physio look at it. Then start at {first} and hold there; the plan builds again only after an entry in the symptom log below shows the pain has settled at 3 or less by the next morning."),
        (PainSource::Answered(pain), Verdict::StepBack) => format!("Your knee hurts at {pain} out of 10, above the 3 running can go up to. The plan steps back to {first} and holds there; it builds again only after an entry in the symptom log below shows the pain has settled at 3 or less by the next morning."),
        (PainSource::Logged(_), Verdict::Hold) => format!("Your latest logged run stayed within 3 out of 10 but had not fully settled (worse the next morning, or stairs, squatting or sitting above 3). Week 1 holds at {first}."),
        (PainSource::Logged(_), _) => format!("Your latest logged run was comfortable and settled by the morning, so the plan builds from week 1: {first}."),
        (PainSource::Unknown, _) => format!("Your check does not say whether your knee hurts, so this plan assumes it is comfortable. If it hurts above 3 out of 10, say so in the check or log it below: the plan then steps back. Week 1 holds at {first}."),
        (PainSource::Answered(pain), _) if pain > 0 => format!("Your knee hurts at {pain} out of 10 when you run, so the plan holds at {first} rather than building. It builds once an entry in the symptom log below shows a run at 3 or less that had settled by the next morning."),
        (PainSource::Answered(_), _) => format!("Week 1 holds at {first} to confirm your knee is comfortable with it; then each week rises by at most 10%. Log how the knee feels after runs: the plan holds or steps back when it needs to."),
    }
}

/// Pain away from the front of the knee: the plan's strength work is runner's-knee rehab,
/// which a physio should match to the knee first. Severe pain has already paused running.
fn elsewhere_words(site: &str, severe: bool) -> String {
    let meanwhile = if severe {
        ""
    } else {
        "; until then, run only as far as the pain stays at 3 out of 10 or below"
    };
    format!("Your knee hurts {site}, where runner's knee does not usually hurt, and this plan and its strength work are written for runner's knee. Have a physio look at it and ask which parts of the plan fit{meanwhile}.")
}

/// Whether a check gives what a plan starts from: this week's distance and the weeks before.
fn gives_the_weeks(assessment: &Assessment) -> bool {
    assessment.week_km.is_some() && !assessment.previous_weeks_km.is_empty()
}

/// The return-to-running plan for a `#/plan?...` link's answers, else the current check when
/// it gives the weeks, else the last saved check (a plan opened from History or the menu
/// should not fall back to a blank form's guess), moved by the symptom log. A warning sign
/// replaces the plan with "get it checked".
#[component]
pub fn PlanPage() -> Html {
    let form = use_check();
    let place = use_place();
    let symptoms = use_symptoms();
    let history = use_history();
    let from_link = place
        .fragment
        .strip_prefix("#/plan?")
        .filter(|query| !query.is_empty())
        .map(|query| link::decode(query).assessment);
    let last_saved = history.listed().first().cloned();
    let (assessment, built_from) = match (&from_link, &last_saved) {
        (Some(linked), _) => (
            linked.clone(),
            "Built from the answers in this link.".to_string(),
        ),
        (None, Some(saved)) if !gives_the_weeks(&form.assessment) => (
            saved.assessment.clone(),
            format!(
                "Built from your check saved on {}.",
                clock::date_in_locale(&saved.saved_at)
            ),
        ),
        (None, _) => (
            form.assessment.clone(),
            "Built from your current check.".to_string(),
        ),
    };
    let dates = PlanDates::from_today(&clock::today());
    let plan = plan(&assessment, &symptoms.log.entries);
    let report = assess(&assessment);
    let units = assessment.units;
    let share_url = format!(
        "{}#/plan?{}",
        location::app_address(),
        link::encode(&assessment)
    );
    let ondownload = {
        let plan = plan.clone();
        Callback::from(move |_| {
            let today = clock::today();
            if let Some(file) = calendar(&plan, units, &today, &clock::calendar_stamp()) {
                download::download(&format!("knee-plan-{today}.ics"), "text/calendar", &file);
            }
        })
    };
    html! {
        <section aria-labelledby="plan-title" class="plan-page">
            <h1 id="plan-title">{ "Your return-to-running plan" }</h1>
            if let Some(triage) = &report.triage {
                { red_flag_alert(triage) }
                <p class="lede">{ "A warning sign comes before any plan: have your knee checked, then build back with the clinician's advice. The plan appears here once no warning sign is ticked." }</p>
            } else {
                <p class="lede">
                    <span data-testid="plan-source">{ built_from }</span>{ " " }
                    { start_words(&plan, &assessment) }
                </p>
                <p class={classes!("plan-verdict", format!("verdict-{:?}", plan.verdict).to_ascii_lowercase())} data-testid="plan-verdict">
                    { pain_words(&plan, &assessment, &report, latest(&symptoms.log.entries).map(|entry| entry.during.max(entry.morning))) }
                </p>
                if !assessment.flags.is_answered() {
                    <p class="plan-caveat" data-testid="plan-flags-unanswered">
                        { "Your check does not say whether any warning sign applies: the knee giving way, locking or catching, visible swelling, pain that started with a fall, twist or blow, or pain at night. If one does, have the knee checked before you follow this plan." }
                    </p>
                }
                if let Some(site) = report.pain_elsewhere {
                    <p class="plan-caveat" data-testid="plan-pain-elsewhere">
                        { elsewhere_words(site, report.severe_pain) }
                    </p>
                }
                if let Some(prompt) = &report.physio {
                    { physio_prompt(prompt) }
                }
                <p class="plan-rule">{ format!("Throughout: pain during a run at most 3 out of 10, settled by the next morning. The longest run stays within 10% of your longest in the month before, or {} after little running.", describe_distance_roughly(WEIGHTS.long_run_floor_km.value, units)) }</p>
                <PlanWeeks plan={plan.clone()} {units} {dates} />
                <div class="plan-actions">
                    <button type="button" class="secondary-button" onclick={Callback::from(|_| viewport::print())}>{ "Print the plan" }</button>
                    <button type="button" class="secondary-button" onclick={ondownload}>{ "Add to my calendar (.ics)" }</button>
                </div>
                <div class="plan-share">
                    <label for="plan-url">{ "Link to this plan" }</label>
                    <input id="plan-url" type="text" readonly=true value={share_url.clone()} />
                    <CopyLinkButton input_id="plan-url" />
                </div>
                <SymptomLog symptoms={symptoms.clone()} />
            }
            <p><RouteLink to={Route::Check}>{ "Back to the check" }</RouteLink>{ " · " }<RouteLink to={Route::learn("rehab")}>{ "The four rehab steps, explained" }</RouteLink></p>
        </section>
    }
}
