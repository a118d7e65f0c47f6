//! The floor the widget is measured against: the least a Leptos 0.8 client-side app that
//! fetches JSON can weigh and take. One button fetches the shop's configuration and shows its
//! name, so the app carries Leptos's reactive system and view layer, gloo-net and serde_json,
//! and nothing of the widget.

use leptos::prelude::*;
use serde::Deserialize;

#[derive(Clone, Deserialize)]
struct Shop {
    shop_name: String,
}

async fn fetch_shop() -> Result<Shop, String> {
    let response = gloo_net::http::Request::get("/v1/config")
        .send()
        .await
        .map_err(|e| e.to_string())?;
    response.json::<Shop>().await.map_err(|e| e.to_string())
}

#[component]
fn App() -> impl IntoView {
    let load = Action::new_local(|_: &()| fetch_shop());
    view! {
        <button type="button" on:click=move |_| { load.dispatch(()); }>"Load"</button>
        <p data-result>
            {move || match load.value().get() {
                Some(Ok(shop)) => shop.shop_name,
                Some(Err(error)) => error,
                None => String::new(),
            }}
        </p>
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    leptos::mount::mount_to_body(App);
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("floor:interactive");
    }
}
