//! Finding an order: the lookup form (order number + the e-mail address or the delivery
//! postcode, as the shop's config offers them), its checks (`validate`), and the hand-over of the
//! order found to the order view. First-open code: see CONTRIBUTING.md's rules.

use leptos::{ev::SubmitEvent, html, prelude::*};
use sportello_contract::{LookupProof, LookupRequest, LookupSettings, OrderSummary};

use crate::{
    api::{ApiError, BackendHandle},
    i18n::Messages,
    ui::{
        failure_message, failure_reference,
        field::{self, error_line, FieldError},
        focus_after_render, focus_id_within, Announcer, ErrorSummary, I18n, Ids,
    },
};
use validate::{missing_prefix, validate_lookup, LookupErrors, LookupField};

pub mod validate;

/// What is wrong with a field; `whole` is the shop's number for a number typed without its
/// beginning (the `TooShort` of the order number).
fn field_message(
    m: &'static Messages,
    field: LookupField,
    error: FieldError,
    whole: Option<&str>,
) -> String {
    match (field, error) {
        (LookupField::OrderNumber, FieldError::TooShort) => {
            return (m.order_number_prefix)(whole.unwrap_or_default())
        }
        (LookupField::OrderNumber, FieldError::Required) => m.order_number_required,
        (LookupField::OrderNumber, FieldError::Invalid) => m.order_number_invalid,
        (LookupField::Email, FieldError::Required) => m.email_required,
        (LookupField::Email, FieldError::Invalid) => m.email_invalid,
        (LookupField::Postcode, FieldError::Required | FieldError::Invalid) => m.postcode_required,
        (_, FieldError::TooLong | FieldError::TooShort) => m.field_too_long,
    }
    .to_owned()
}

/// Whether `text` matches the shop's order-number pattern (ECMA-262, as the contract says), by
/// the browser's own `RegExp`; a pattern the browser cannot read matches everything, so it
/// never stands in a customer's way.
fn matches_pattern(pattern: &str, text: &str) -> bool {
    let Ok(constructor) = js_sys::Reflect::get(&js_sys::global(), &"RegExp".into()) else {
        return true;
    };
    let constructor: js_sys::Function = constructor.into();
    let args = js_sys::Array::of2(&pattern.into(), &"u".into());
    match js_sys::Reflect::construct(&constructor, &args) {
        Ok(regexp) => js_sys::RegExp::from(regexp).test(text),
        Err(_) => true,
    }
}

/// Field errors the backend reported, mapped onto the form's fields.
fn server_field_errors(params: &[sportello_contract::InvalidParam]) -> LookupErrors {
    // In the form's order, without a sort (std's sort is 3 KB of wasm for two fields).
    [
        (LookupField::OrderNumber, "order_number"),
        (LookupField::Email, "email"),
        (LookupField::Postcode, "postcode"),
    ]
    .into_iter()
    .filter(|(_, name)| params.iter().any(|param| param.name == *name))
    .map(|(field, _)| (field, FieldError::Invalid))
    .collect()
}

/// Guest order lookup: order number and one proof, the e-mail address or the delivery postcode,
/// as the shop offers them (both: e-mail first, with a switch to the other).
///
/// Validation follows the GOV.UK Design System: the browser's own validation is off, the form is
/// checked on submit, an error summary at the top takes focus and links to each field, and
/// every field with an error says what is wrong next to it. What was typed is never cleared.
#[component]
pub fn LookupForm(
    order_number: RwSignal<String>,
    email: RwSignal<String>,
    postcode: RwSignal<String>,
    /// The customer switched to the shop's second proof (kept across screens like the fields).
    switched: RwSignal<bool>,
    #[prop(into)] shop_name: Signal<Option<String>>,
    on_found: Callback<OrderSummary>,
    /// Coming back from another screen: the eye and focus land on the heading. Never on the
    /// first render, which must not move the host page.
    #[prop(optional)]
    land: bool,
) -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let backend = BackendHandle::get();
    let ids = Ids::fresh();
    let errors = RwSignal::new(LookupErrors::new());
    // The shop's lookup settings (tracked: the config may arrive after the first render).
    let settings = move || i18n.1.with(|s| s.as_ref().and_then(|s| s.lookup.clone()));
    let offered = move || LookupSettings::offered(settings().as_ref());
    let proof = move || {
        let offered = offered();
        offered[usize::from(switched.get() && offered.len() > 1)]
    };
    // The shop's whole number for what was typed without its beginning, if that is what it is.
    let whole = move |number: &str| {
        let settings = settings()?;
        let pattern = settings.order_number_pattern.as_deref()?;
        missing_prefix(number, settings.order_number_example.as_deref(), |text| {
            matches_pattern(pattern, text)
        })
    };
    let whole_typed = move || {
        whole(&sportello_contract::normalize_order_number(
            &order_number.get(),
        ))
    };
    let summary = NodeRef::<html::Div>::new();
    let heading = NodeRef::<html::H2>::new();
    if land {
        focus_after_render(heading);
    }

    // What the answer does, handed over by the action itself: an order found goes to the order
    // view (moved, not copied: copying an order is code the first open would carry); fields the
    // backend rejected are marked on the form. Only a failure stays in the action's value.
    let answered = move |outcome: Result<OrderSummary, ApiError>| match outcome {
        Ok(order) => {
            let m = i18n.0.get_untracked().messages();
            announcer.say((m.order_found_announcement)(&order.number));
            on_found.run(order);
            None
        }
        Err(ApiError::Invalid(params)) => {
            let mapped = server_field_errors(&params);
            if mapped.is_empty() {
                return Some(ApiError::Invalid(params));
            }
            errors.set(mapped);
            focus_after_render(summary);
            None
        }
        Err(error) => {
            announcer.say("");
            Some(error)
        }
    };
    let lookup = Action::new_local(move |request: &LookupRequest| {
        let backend = backend.clone();
        let request = request.clone();
        async move { answered(backend.lookup(request).await) }
    });
    let pending = lookup.pending();

    // What failed, if anything.
    let failure = move || lookup.value().get().flatten();

    let submit = move || {
        if pending.get_untracked() {
            return;
        }
        let proof = untrack(proof);
        let value = match proof {
            LookupProof::Postcode => postcode.get_untracked(),
            _ => email.get_untracked(),
        };
        let needs_prefix = |number: &str| untrack(|| whole(number)).is_some();
        match validate_lookup(&order_number.get_untracked(), proof, &value, needs_prefix) {
            Ok(request) => {
                errors.set(LookupErrors::new());
                announcer.say(i18n.0.get_untracked().messages().searching);
                lookup.dispatch(request);
            }
            Err(found) => {
                lookup.value().set(None);
                errors.set(found);
                focus_after_render(summary);
            }
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        submit();
    };

    let field_id = move |field: LookupField| match field {
        LookupField::OrderNumber => ids.id("order-number"),
        LookupField::Email => ids.id("email"),
        LookupField::Postcode => ids.id("postcode"),
    };
    let error_of = move |field: LookupField| {
        errors.with(|list| list.iter().find(|(f, _)| *f == field).map(|(_, e)| *e))
    };
    let described_by = move |field: LookupField| {
        field::described_by(&field_id(field), true, error_of(field).is_some())
    };
    let invalid = move |field: LookupField| field::invalid(error_of(field).is_some());
    let field_error = move |field: LookupField| {
        error_of(field).map(|error| {
            let m = i18n.messages();
            let message = field_message(m, field, error, whole_typed().as_deref());
            error_line(&field_id(field), m.error_prefix, message)
        })
    };

    let summary_entries = Signal::derive(move || {
        let m = i18n.messages();
        errors
            .get()
            .into_iter()
            .map(|(field, error)| {
                let message = field_message(m, field, error, whole_typed().as_deref());
                (field_id(field), message)
            })
            .collect::<Vec<_>>()
    });

    let outcome = move || match failure() {
        Some(error) => {
            let m = i18n.messages();
            let (mut text, can_retry) = failure_message(m, &error);
            if matches!(error, ApiError::NotFound) && proof() == LookupProof::Postcode {
                text = m.not_found_postcode.into();
            }
            let hint = matches!(error, ApiError::NotFound).then(|| {
                let hint = match proof() {
                    LookupProof::Postcode => m.not_found_hint_postcode,
                    _ => m.not_found_hint,
                };
                view! { <p>{hint}</p> }
            });
            let reference = failure_reference(m, &error);
            Some(view! {
                <div class="sportello-alert" role="alert">
                    <p class="sportello-alert-text">{text}</p>
                    {hint}
                    {reference}
                    {can_retry.then(|| view! {
                        <button type="button" class="sportello-button sportello-button--secondary" on:click=move |_| submit()>
                            {m.try_again}
                        </button>
                    })}
                </div>
            })
        }
        _ => None,
    };

    let title = move || {
        let m = i18n.messages();
        match shop_name.get() {
            Some(name) => (m.lookup_title_at)(&name),
            None => m.lookup_title.to_owned(),
        }
    };

    view! {
        <form
            class="sportello-form"
            novalidate
            aria-labelledby=ids.id("title")
            aria-busy=move || pending.get().then_some("true")
            on:submit=on_submit
        >
            <h2 class="sportello-title" id=ids.id("title") tabindex="-1" node_ref=heading>{title}</h2>
            <ErrorSummary entries=summary_entries node_ref=summary />
            <p class="sportello-intro">{move || {
                let m = i18n.messages();
                match proof() {
                    LookupProof::Postcode => m.lookup_intro_postcode,
                    _ => m.lookup_intro,
                }
            }}</p>

            <div class="sportello-field" class:sportello-field--error=move || error_of(LookupField::OrderNumber).is_some()>
                <label class="sportello-label" for=field_id(LookupField::OrderNumber)>
                    {move || i18n.messages().order_number_label}
                </label>
                <p class="sportello-hint" id=format!("{}-hint", field_id(LookupField::OrderNumber))>
                    {move || {
                        let m = i18n.messages();
                        match settings().and_then(|s| s.order_number_example) {
                            Some(example) => (m.order_number_hint_example)(&example),
                            None => m.order_number_hint.to_owned(),
                        }
                    }}
                </p>
                {move || field_error(LookupField::OrderNumber)}
                <input
                    class="sportello-input"
                    id=field_id(LookupField::OrderNumber)
                    name="order_number"
                    type="text"
                    autocomplete="off"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby=move || described_by(LookupField::OrderNumber)
                    aria-invalid=move || invalid(LookupField::OrderNumber)
                    prop:value=move || order_number.get()
                    on:input=move |ev| order_number.set(event_target_value(&ev))
                />
            </div>

            // Both proof fields are drawn, the one not in use hidden: cheaper than redrawing,
            // and what was typed in either stays.
            <div
                class="sportello-field"
                class:sportello-field--error=move || error_of(LookupField::Email).is_some()
                class:sportello-off=move || proof() == LookupProof::Postcode
            >
                <label class="sportello-label" for=field_id(LookupField::Email)>
                    {move || i18n.messages().email_label}
                </label>
                <p class="sportello-hint" id=format!("{}-hint", field_id(LookupField::Email))>
                    {move || i18n.messages().email_hint}
                </p>
                {move || field_error(LookupField::Email)}
                <input
                    class="sportello-input"
                    id=field_id(LookupField::Email)
                    name="email"
                    type="email"
                    inputmode="email"
                    autocomplete="email"
                    autocapitalize="none"
                    spellcheck="false"
                    aria-describedby=move || described_by(LookupField::Email)
                    aria-invalid=move || invalid(LookupField::Email)
                    prop:value=move || email.get()
                    on:input=move |ev| email.set(event_target_value(&ev))
                />
            </div>
            <div
                class="sportello-field"
                class:sportello-field--error=move || error_of(LookupField::Postcode).is_some()
                class:sportello-off=move || proof() != LookupProof::Postcode
            >
                <label class="sportello-label" for=field_id(LookupField::Postcode)>
                    {move || i18n.messages().postcode_label}
                </label>
                <p class="sportello-hint" id=format!("{}-hint", field_id(LookupField::Postcode))>
                    {move || i18n.messages().postcode_hint}
                </p>
                {move || field_error(LookupField::Postcode)}
                <input
                    class="sportello-input sportello-input--short"
                    id=field_id(LookupField::Postcode)
                    name="postcode"
                    type="text"
                    autocomplete="shipping postal-code"
                    autocapitalize="characters"
                    spellcheck="false"
                    aria-describedby=move || described_by(LookupField::Postcode)
                    aria-invalid=move || invalid(LookupField::Postcode)
                    prop:value=move || postcode.get()
                    on:input=move |ev| postcode.set(event_target_value(&ev))
                />
            </div>
            // Both proofs offered: the other one, a tap away; what was typed in either stays.
            <button
                type="button"
                class="sportello-link-button"
                class:sportello-off=move || offered().len() < 2
                on:click=move |_| {
                    errors.set(LookupErrors::new());
                    switched.update(|s| *s = !*s);
                    let field = if untrack(proof) == LookupProof::Postcode {
                        LookupField::Postcode
                    } else {
                        LookupField::Email
                    };
                    let id = field_id(field);
                    // On the field now shown, looked for inside this form only.
                    request_animation_frame(move || {
                        let form = heading
                            .try_get_untracked()
                            .flatten()
                            .and_then(|h| h.closest("form").ok().flatten());
                        if let Some(form) = form {
                            focus_id_within(&form, &id);
                        }
                    });
                }
            >
                {move || {
                    let m = i18n.messages();
                    if proof() == LookupProof::Postcode { m.use_email } else { m.use_postcode }
                }}
            </button>

            {outcome}

            <button type="submit" class="sportello-button" aria-disabled=move || pending.get().then_some("true")>
                {move || {
                    let m = i18n.messages();
                    if pending.get() { m.searching } else { m.find_order }
                }}
            </button>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use sportello_contract::InvalidParam;

    use super::*;

    fn rejected(names: &[&str]) -> Vec<InvalidParam> {
        names
            .iter()
            .map(|name| InvalidParam {
                name: (*name).to_owned(),
                reason: "invalid".into(),
            })
            .collect()
    }

    #[test]
    fn backend_field_errors_land_on_the_fields_in_the_forms_order() {
        assert_eq!(
            server_field_errors(&rejected(&["email", "order_number"])),
            vec![
                (LookupField::OrderNumber, FieldError::Invalid),
                (LookupField::Email, FieldError::Invalid),
            ]
        );
        // Named twice, or among fields the form does not have: each field once.
        assert_eq!(
            server_field_errors(&rejected(&["email", "fax", "postcode", "email"])),
            vec![
                (LookupField::Email, FieldError::Invalid),
                (LookupField::Postcode, FieldError::Invalid)
            ]
        );
        assert_eq!(server_field_errors(&rejected(&["fax"])), vec![]);
        assert_eq!(server_field_errors(&[]), vec![]);
    }
}
