//! The order's token ran out while the complaint was being written (the tab stayed open for a
//! day): the shop answers 401 to Send. Never a dead end: the customer confirms the order again
//! with its e-mail address (the one typed in the form, already filled in), and the same
//! complaint goes with the same Idempotency-Key and the new token.

use leptos::{html, prelude::*};
use sportello_contract::{LookupRequest, OrderAccess};

use super::ComplaintState;
use crate::{
    api::{ApiError, BackendHandle},
    ui::{
        failure_message, failure_reference,
        field::{check_email, described_by, error_line, invalid, FieldError},
        focus_after_render, I18n, Ids,
    },
};

/// "Please confirm your order again": the e-mail field and "Confirm and send". `on_confirmed`
/// gets the order's new access once the shop has found the order; it sends the complaint.
#[component]
pub fn Reconfirm(on_confirmed: Callback<OrderAccess>) -> impl IntoView {
    let i18n = I18n::get();
    let state = ComplaintState::get();
    let ids = Ids::fresh();
    let backend = StoredValue::new_local(BackendHandle::get());
    let email = RwSignal::new(state.draft.with_untracked(|d| d.email.clone()));
    let field_error = RwSignal::new(None::<FieldError>);
    let heading = NodeRef::<html::H3>::new();
    let input = NodeRef::<html::Input>::new();
    // The eye lands here, right under the Send the customer tapped.
    focus_after_render(heading);

    // A task and two signals rather than an `Action`: the same for the customer, less code in
    // the chunk.
    let pending = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiError>);
    let confirm = move |email: String| {
        let backend = backend.get_value();
        let request = LookupRequest::ByEmail {
            order_number: state
                .draft
                .with_untracked(|d| d.order_number.clone().unwrap_or_default()),
            email,
        };
        pending.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            // A shop that finds the order but gives no token cannot take the complaint either.
            match backend.lookup(request).await.map(|order| order.access) {
                Ok(Some(access)) => on_confirmed.run(access),
                Ok(None) => failure.set(Some(ApiError::Unreadable)),
                Err(error) => failure.set(Some(error)),
            }
            pending.set(false);
        });
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        match check_email(&email.get_untracked()) {
            Ok(address) => {
                field_error.set(None);
                confirm(address.to_owned());
            }
            Err(error) => {
                field_error.set(Some(error));
                focus_after_render(input);
            }
        }
    };

    let id = ids.id("email");
    let message = move || {
        let m = i18n.messages();
        field_error.get().map(|error| {
            let text = match error {
                FieldError::Required => m.email_required,
                _ => m.email_invalid,
            };
            error_line(&ids.id("email"), m.error_prefix, text.to_owned())
        })
    };
    let problem = move || {
        failure.get().map(|error| {
            let m = i18n.messages();
            let text = match error {
                ApiError::NotFound => format!("{} {}", m.not_found, m.not_found_hint),
                ref other => failure_message(m, other).0,
            };
            let reference = failure_reference(m, &error);
            view! {
                <div class="sportello-alert" role="alert">
                    <p class="sportello-alert-text">{text}</p>
                    {reference}
                </div>
            }
        })
    };

    view! {
        <form class="sportello-reconfirm" aria-labelledby=ids.id("title") novalidate on:submit=submit>
            <h3 class="sportello-subtitle" id=ids.id("title") tabindex="-1" node_ref=heading>
                {move || i18n.messages().complaints().reconfirm_title}
            </h3>
            <p>{move || i18n.messages().complaints().reconfirm_intro}</p>
            <div class="sportello-field" class:sportello-field--error=move || field_error.get().is_some()>
                <label class="sportello-label" for=id.clone()>{move || i18n.messages().email_label}</label>
                {message}
                <input class="sportello-input" id=id type="email" inputmode="email"
                    autocomplete="email" autocapitalize="none" spellcheck="false" node_ref=input
                    aria-invalid=move || invalid(field_error.get().is_some())
                    aria-describedby=move || described_by(&ids.id("email"), false, field_error.get().is_some())
                    prop:value=move || email.get()
                    on:input=move |ev| email.set(event_target_value(&ev)) />
            </div>
            {problem}
            <button type="submit" class="sportello-button" aria-disabled=move || pending.get().then_some("true")>
                {move || {
                    let m = i18n.messages();
                    if pending.get() { m.complaints().sending } else { m.complaints().reconfirm_send }
                }}
            </button>
        </form>
    }
}
