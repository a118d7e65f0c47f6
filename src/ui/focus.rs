//! Moving keyboard focus, always inside the widget's own tree (never the host page's URL hash).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Lands the eye and keyboard focus on an element once it is on screen (after the current
/// render): a new screen's heading, an error summary, a confirmation. Focus moves to it, and
/// unless it is already in the top third of the viewport it is scrolled to the top. Every change
/// of screen goes through here, so none leaves the customer looking at the host page's footer
/// with focus lost on `<body>`; the host page scrolls no further than that.
pub fn focus_after_render<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: Clone + JsCast + 'static,
    NodeRef<E>: GetUntracked<Value = Option<E::Output>>,
{
    // The view may be gone by the next frame (a screen changed at once): then nothing lands.
    request_animation_frame(move || {
        if let Some(element) = node.try_get_untracked().flatten() {
            land(element.unchecked_ref());
        }
    });
}

/// As [`focus_after_render`], on the first `h2` inside `within`: the steps of a flow each
/// render their own heading, and the customer lands on the one that just opened.
pub fn land_on_heading<E>(within: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: Clone + JsCast + 'static,
    NodeRef<E>: GetUntracked<Value = Option<E::Output>>,
{
    request_animation_frame(move || {
        let root = within.try_get_untracked().flatten();
        let root: Option<&web_sys::Element> = root.as_ref().map(|r| r.unchecked_ref());
        if let Some(Ok(Some(heading))) = root.map(|r| r.query_selector("h2")) {
            let _ = heading.set_attribute("tabindex", "-1");
            land(&heading);
        }
    });
}

fn land(element: &web_sys::Element) {
    focus(element);
    let top = element.get_bounding_client_rect().top();
    let height = window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or_default();
    if !(0.0..=height / 3.0).contains(&top) {
        element.scroll_into_view_with_bool(true);
    }
}

/// Focuses the element with this id inside `within` (a form of this widget): another widget's
/// ids, or the host page's, never matter.
pub fn focus_id_within(within: &web_sys::Element, id: &str) {
    if let Ok(Some(element)) = within.query_selector(&format!("#{id}")) {
        focus(&element);
    }
}

fn focus(element: &web_sys::Element) {
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}
