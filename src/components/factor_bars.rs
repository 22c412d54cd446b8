use crate::state::RouteLink;
use yew::prelude::*;

use crate::model::score::FactorPoints;
use crate::model::units::format_number;
use crate::route::Route;

fn factor_row(factor: &FactorPoints, widest: i16) -> Html {
    let width = f64::from(factor.points.unsigned_abs()) / f64::from(widest.max(1)) * 100.0;
    let points = match factor.points {
        // Counted as nothing (the other measure of one change was larger): no point at all.
        0 if factor.counted == 1.0 => "0 points".to_string(),
        0 => "under 1 point".to_string(),
        1 => "1 point".to_string(),
        n => format!("{n} points"),
    };
    html! {
        <li class={classes!("factor", (factor.rate < 1.0).then_some("protective"))} data-testid="factor"
            data-factor={factor.factor.key()} data-points={factor.points.to_string()}>
            <div class="factor-head">
                <span class="factor-title">{ factor.factor.title() }</span>
                <span class="factor-points">{ format!("{points}, rate x{}", format_number(factor.rate)) }</span>
            </div>
            <div class="bar" aria-hidden="true">
                <span class="bar-fill" style={format!("width: {}%", format_number(width.round()))}></span>
            </div>
            <p class="factor-reason">
                if factor.factor.modifiable() {
                    <span class="tag">{ "You can change this" }</span>{ " " }
                }
                { factor.reason.clone() }{ " " }
                if let Some(discount) = factor.discount {
                    { discount.words() }{ " " }
                }
                <RouteLink to={Route::LearnSection { section: factor.factor.learn_section().into() }}>
                    { "Learn more" }<span class="visually-hidden">{ format!(" about {}", factor.factor.title().to_ascii_lowercase()) }</span>
                </RouteLink>
            </p>
        </li>
    }
}

/// One bar per factor that raises the rate, largest first, then those that lower it, then
/// the factors checked that change nothing. `warning`: a warning sign is entered, so no
/// load factor may read as reassurance. A view function, not a component: it is redrawn
/// with the result it belongs to, and a component costs about 1 KB of wasm of its own.
pub fn factor_bars(factors: &[FactorPoints], warning: bool) -> Html {
    let raising: Vec<_> = factors.iter().filter(|f| f.rate > 1.0).collect();
    let lowering: Vec<_> = factors.iter().filter(|f| f.rate < 1.0).collect();
    let quiet: Vec<_> = factors.iter().filter(|f| f.rate == 1.0).collect();
    let widest = factors.iter().map(|f| f.points.abs()).max().unwrap_or(1);
    html! {
        <section class="factors" aria-labelledby="factors-title">
            <h3 id="factors-title">{ "What makes up your score" }</h3>
            if warning {
                <p>{ "These factors weigh your training and how prepared your knee is; they say nothing about the warning signs above." }</p>
            }
            if factors.is_empty() {
                <p>{ "Nothing scored yet." }</p>
            } else if raising.is_empty() && !warning {
                <p>{ "Nothing you have answered raises your risk above the reference runner's." }</p>
            }
            <ul class="factor-list">
                { for raising.iter().chain(lowering.iter()).map(|factor| factor_row(factor, widest)) }
            </ul>
            if !quiet.is_empty() {
                <p class="quiet-factors">
                    { "Also checked, adding nothing: " }
                    { quiet.iter().map(|f| f.factor.title().to_ascii_lowercase()).collect::<Vec<_>>().join(", ") }
                    { "." }
                </p>
            }
        </section>
    }
}
