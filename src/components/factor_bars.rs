use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::model::score::FactorPoints;

#[derive(Properties, PartialEq)]
pub struct FactorBarsProps {
    pub factors: Vec<FactorPoints>,
}

/// One bar per factor that adds points, longest first, and the factors checked that add none.
#[component]
pub fn FactorBars(props: &FactorBarsProps) -> Html {
    let (contributing, quiet): (Vec<_>, Vec<_>) =
        props.factors.iter().partition(|factor| factor.points > 0);
    let widest = contributing.first().map_or(1, |f| f.points.max(1));
    html! {
        <section class="factors" aria-labelledby="factors-title">
            <h3 id="factors-title">{ "What makes up your score" }</h3>
            if contributing.is_empty() {
                <p>{ "Nothing you have answered adds load beyond what your knees are prepared for." }</p>
            }
            <ul class="factor-list">
                { for contributing.iter().map(|factor| {
                    let width = f64::from(factor.points) / f64::from(widest) * 100.0;
                    html! {
                        <li class="factor" data-testid="factor" data-factor={factor.factor.key()}
                            data-points={factor.points.to_string()}>
                            <div class="factor-head">
                                <span class="factor-title">{ factor.factor.title() }</span>
                                <span class="factor-points">{ format!("{} points", factor.points) }</span>
                            </div>
                            <div class="bar" aria-hidden="true">
                                <span class="bar-fill" style={format!("width: {width:.0}%")}></span>
                            </div>
                            <p class="factor-reason">
                                if factor.factor.modifiable() {
                                    <span class="tag">{ "You can change this" }</span>{ " " }
                                }
                                { factor.reason.clone() }{ " " }
                                <Link<Route> to={Route::LearnSection { section: factor.factor.learn_section().into() }}>
                                    { "Learn more" }<span class="visually-hidden">{ format!(" about {}", factor.factor.title().to_lowercase()) }</span>
                                </Link<Route>>
                            </p>
                        </li>
                    }
                }) }
            </ul>
            if !quiet.is_empty() {
                <p class="quiet-factors">
                    { "Also checked, adding nothing: " }
                    { quiet.iter().map(|f| f.factor.title().to_lowercase()).collect::<Vec<_>>().join(", ") }
                    { "." }
                </p>
            }
        </section>
    }
}
