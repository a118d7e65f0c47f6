//! Sportello: a customer self-service widget for online shops.
//!
//! A shop embeds it with one script and one element:
//!
//! ```html
//! <script type="module" src="https://shop.example/widget/sportello.js"></script>
//! <sportello-widget api-base="https://shop.example/api/v1"></sportello-widget>
//! ```
//!
//! The loader (`public/sportello.js`) defines the custom element, gives it a shadow root with the
//! widget's CSS and, once the element is visible, loads this module and calls [`mount`]. See
//! ARCHITECTURE.md for the map of the code.

pub mod api;
pub mod browser;
pub mod clock;
pub mod complaint;
pub mod config;
pub mod crash;
pub mod follow;
pub mod format;
pub mod i18n;
pub mod lookup;
pub mod order;
pub mod split;
pub mod ui;
pub mod widget;

use std::rc::Rc;

use leptos::{mount::mount_to, prelude::*};

use api::{Backend, BackendHandle, Calls, CallsHandle, HttpBackend, HttpHandle};
use config::WidgetConfig;
use widget::Widget;

/// Mounts one widget inside `element`, talking to `backend` for every call (browser tests use
/// a fake). The widget writes only inside this element. Dropping the returned handle unmounts it.
pub fn mount_widget<B: Backend + Calls + 'static>(
    element: web_sys::HtmlElement,
    config: WidgetConfig,
    backend: Rc<B>,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    let calls: Rc<dyn Calls> = backend.clone();
    mount_to(element, move || {
        BackendHandle::provide(backend);
        CallsHandle::provide(calls);
        view! { <Widget config=config /> }
    })
}

/// Mounts one widget inside `element` talking HTTP to `backend`. Only its first-open calls are
/// made a `dyn` here; the on-demand views make their own (`CallsHandle::get`), so that those
/// calls and their decoders stay out of the first-open module.
fn mount_http(
    element: web_sys::HtmlElement,
    config: WidgetConfig,
    backend: Rc<HttpBackend>,
) -> leptos::mount::UnmountHandle<impl Mountable> {
    mount_to(element, move || {
        HttpHandle::provide(Rc::clone(&backend));
        BackendHandle::provide(backend);
        view! { <Widget config=config /> }
    })
}

/// Mounts a widget inside `container`, configured by the attributes of `host` (the
/// `<sportello-widget>` element: `api-base`, `locale`, `order`) and talking to the configured
/// backend over HTTP. The widget lives until the returned handle is dropped.
pub fn mount_from_host(
    host: &web_sys::Element,
    container: web_sys::HtmlElement,
) -> Result<Mounted, config::ConfigError> {
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
    // The language the customer picked on an earlier visit wins over the shop's.
    let picked = browser::storage::read(browser::storage::LOCALE_KEY);
    let mut config = WidgetConfig::from_sources(
        host.get_attribute("api-base").as_deref(),
        picked
            .filter(|tag| i18n::Locale::from_tag(tag).is_some())
            .or_else(|| host.get_attribute("locale"))
            .as_deref(),
        &languages,
        host.get_attribute("order").as_deref(),
        fragment.as_deref(),
    )?;
    config.full_page = host.get_attribute("page").as_deref() == Some("full");
    let backend = Rc::new(HttpBackend::new(&config.api_base));
    crash::register(container.clone(), config.locale.unwrap_or(i18n::Locale::En));
    let handle = mount_http(container.clone(), config, backend);
    // The form is on screen and answers input: `cargo xtask bench` measures up to this mark.
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("sportello:interactive");
    }
    Ok(Mounted {
        _handle: Box::new(handle),
        container,
    })
}

/// A mounted widget, as the loader holds it: freeing it (`free()` in JavaScript) removes the
/// widget's DOM and its event listeners, and forgets it in the panic hook.
#[wasm_bindgen::prelude::wasm_bindgen]
pub struct Mounted {
    _handle: Box<dyn std::any::Any>,
    container: web_sys::HtmlElement,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        crash::unregister(&self.container);
    }
}

/// Called by the loader (`public/sportello.js`) for each `<sportello-widget>` element once it
/// is visible: mounts a widget in `container`, inside the element's shadow root.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount(
    host: web_sys::Element,
    container: web_sys::HtmlElement,
) -> Result<Mounted, wasm_bindgen::JsValue> {
    mount_from_host(&host, container).map_err(|error| error.to_string().into())
}

/// Start of the wasm module: installs the panic hook. Widgets are mounted by the loader.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    crash::install_hook();
}
