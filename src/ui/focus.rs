//! Moving keyboard focus, always inside the widget's own tree (never the host page's URL hash).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves keyboard focus to an element once it is on screen (after the current render).
pub fn focus_after_render<E>(node: NodeRef<E>)
where
    E: leptos::html::ElementType,
    E::Output: Clone + JsCast + 'static,
    NodeRef<E>: Get<Value = Option<E::Output>>,
{
    request_animation_frame(move || {
        if let Some(element) = node.get_untracked() {
            focus(element.unchecked_ref());
        }
    });
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
