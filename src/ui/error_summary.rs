use leptos::{ev::MouseEvent, html, prelude::*};
use wasm_bindgen::JsCast;

use super::{focus::focus_id_within, I18n, Ids};

/// Focuses the element with this id inside the form the link sits in: the host page's URL hash
/// never changes, and another widget's ids never matter.
fn focus_in_form(ev: &MouseEvent, id: &str) {
    let form = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|link| link.closest("form").ok().flatten());
    if let Some(form) = form {
        focus_id_within(&form, id);
    }
}

/// The GOV.UK error summary at the top of a form: "There is a problem" and one link per wrong
/// field, in form order, each moving focus to its field. Shown only when there are errors; the
/// form focuses it (through `node_ref`) after a failed submit.
#[component]
pub fn ErrorSummary(
    /// The id of the field to focus and its message, in form order.
    #[prop(into)]
    entries: Signal<Vec<(String, String)>>,
    node_ref: NodeRef<html::Div>,
) -> impl IntoView {
    let i18n = I18n::get();
    let title = Ids::fresh().id("summary-title");
    move || {
        let list = entries.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="sportello-error-summary" role="alert" tabindex="-1"
                    aria-labelledby=title.clone() node_ref=node_ref>
                    <h3 class="sportello-error-summary-title" id=title.clone()>
                        {i18n.messages().error_summary_title}
                    </h3>
                    <ul>
                        {list.into_iter().map(|(id, message)| view! {
                            <li>
                                <a href=format!("#{id}") on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_in_form(&ev, &id);
                                }>{message}</a>
                            </li>
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
