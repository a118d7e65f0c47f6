//! Sportello: a customer self-service widget for online shops.
//!
//! A shop embeds it with one element and one script:
//!
//! ```html
//! <link rel="stylesheet" href="https://shop.example/widget/sportello.css">
//! <div data-sportello data-api-base="https://shop.example/api/v1"></div>
//! <script type="module" src="https://shop.example/widget/embed.js"></script>
//! ```
//!
//! When the module starts it mounts one widget in every `[data-sportello]` element. See
//! ARCHITECTURE.md for the map of the code.

pub mod api;
pub mod clock;
pub mod complaint;
pub mod components;
pub mod config;
pub mod crash;
pub mod format;
pub mod i18n;
pub mod lateness;
pub mod photo;
pub mod validate;

use std::rc::Rc;

use leptos::{mount::mount_to, prelude::*};

use api::{Backend, BackendHandle, HttpBackend};
use components::Widget;
use config::WidgetConfig;

/// Mounts one widget inside `element`, talking to `backend`. The widget writes only inside this
/// element. Dropping the returned handle unmounts it.
pub fn mount_widget(
    element: web_sys::HtmlElement,
    config: WidgetConfig,
    backend: Rc<dyn Backend>,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    mount_to(element, move || {
        BackendHandle::provide(backend);
        view! { <Widget config=config /> }
    })
}

/// Reads an element's `data-` configuration and mounts a widget that talks to the configured
/// backend over HTTP.
pub fn mount_from_element(element: web_sys::HtmlElement) -> Result<(), config::ConfigError> {
    let dataset = element.dataset();
    let languages: Vec<String> = web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    // Reading the page's fragment is the only thing the widget takes from the host URL.
    let fragment = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .and_then(|h| js_sys::decode_uri_component(&h).ok())
        .and_then(|h| h.as_string());
    let config = WidgetConfig::from_sources(
        dataset.get("apiBase").as_deref(),
        dataset.get("locale").as_deref(),
        &languages,
        dataset.get("order").as_deref(),
        fragment.as_deref(),
    )?;
    let backend = Rc::new(HttpBackend::new(&config.api_base));
    crash::register(element.clone(), config.locale.unwrap_or(i18n::Locale::En));
    // The widget lives as long as the page.
    std::mem::forget(mount_widget(element, config, backend));
    // The form is on screen and answers input: `cargo xtask bench` measures up to this mark.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("sportello:interactive");
    }
    Ok(())
}

/// Entry point of the wasm module: mounts a widget in every `[data-sportello]` element.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    use wasm_bindgen::JsCast;
    crash::install_hook();
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(elements) = document.query_selector_all("[data-sportello]") else {
        return;
    };
    for index in 0..elements.length() {
        let Some(element) = elements
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if let Err(error) = mount_from_element(element) {
            web_sys::console::error_1(&error.to_string().into());
        }
    }
}
