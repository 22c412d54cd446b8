//! The smallest useful Yew app: a counter. The benchmark builds it beside the app, with the
//! same profile and tools, to show how much of the app's weight is Yew's floor.

#[cfg(target_arch = "wasm32")]
mod counter {
    use yew::prelude::*;

    #[component]
    pub fn Counter() -> Html {
        let count = use_state(|| 0_u32);
        let onclick = {
            let count = count.clone();
            Callback::from(move |_| count.set(*count + 1))
        };
        html! {
            <main>
                <h1>{ "Counter" }</h1>
                <button {onclick}>{ "Add one" }</button>
                <p>{ *count }</p>
            </main>
        }
    }
}

fn main() {
    #[cfg(target_arch = "wasm32")]
    yew::Renderer::<counter::Counter>::new().render();
}
