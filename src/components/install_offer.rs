use yew::prelude::*;

use crate::browser::install;

/// "Install the app": a button while the browser offers to install it, and the steps for
/// Safari on iOS, which makes no offer.
#[component]
pub fn InstallOffer() -> Html {
    let offered = use_state_eq(install::offered);
    let status = use_state(|| None::<&'static str>);
    {
        let offered = offered.clone();
        use_effect_with((), move |_| {
            let listener = {
                let offered = offered.clone();
                install::on_change(move || offered.set(install::offered()))
            };
            // An offer that came between the first render and this effect is read now.
            offered.set(install::offered());
            move || drop(listener)
        });
    }
    let oninstall = {
        let (offered, status) = (offered.clone(), status.clone());
        Callback::from(move |_| {
            let (offered, status) = (offered.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let accepted = install::install().await;
                offered.set(install::offered());
                status.set(Some(if accepted {
                    "Installed: it opens from your home screen or app list, offline too."
                } else {
                    "Not installed. The browser's menu can still install it later."
                }));
            });
        })
    };
    html! {
        <section class="install" aria-labelledby="install-title">
            <h2 id="install-title">{ "Install the app" }</h2>
            <p>{ "Installed, Runner's Knee Check opens like any app on your phone, with no signal too. It is the same page, with your checks in it." }</p>
            if *offered {
                <button type="button" data-testid="install-app" onclick={oninstall}>{ "Install Runner's Knee Check" }</button>
            } else {
                <p>{ "This browser has not offered to install it here. On Android, the browser's menu has \"Install app\" or \"Add to Home screen\"; on a computer, look for the install icon in the address bar." }</p>
            }
            <p>{ "On an iPhone or iPad: open this page in Safari, tap the Share button (a square with an arrow), then \"Add to Home Screen\"." }</p>
            <p class="install-status" role="status">{ (*status).unwrap_or_default() }</p>
        </section>
    }
}
