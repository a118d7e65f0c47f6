use leptos::{ev::SubmitEvent, html, prelude::*};
use sportello_contract::{
    ContactChannel, DesiredResolution, TimeWindow, DESCRIPTION_MAX_CHARS, DESCRIPTION_MIN_CHARS,
};

use super::{validate::Field, ComplaintState, Step};
use crate::{
    i18n::Messages,
    ui::{
        field::{self, error_line, FieldError},
        focus::focus_id_within,
        focus_after_render, ErrorSummary, I18n, Ids, PhotoPicker,
    },
};

/// What is wrong with a field; `national` when the shop names its phones' country.
fn message(m: &'static Messages, field: Field, error: FieldError, national: bool) -> String {
    let c = m.complaints();
    match (field, error) {
        (Field::OrderNumber, _) => c.order_number_too_long.to_owned(),
        (Field::Description, FieldError::Required) => c.description_required.to_owned(),
        (Field::Description, FieldError::TooShort) => {
            (c.description_too_short)(DESCRIPTION_MIN_CHARS)
        }
        (Field::Description, _) => (c.description_too_long)(DESCRIPTION_MAX_CHARS),
        (Field::Resolution, _) => c.resolution_required.to_owned(),
        (Field::Email, FieldError::Required) => m.email_required.to_owned(),
        (Field::Email, FieldError::TooLong) => m.field_too_long.to_owned(),
        (Field::Email, _) => m.email_invalid.to_owned(),
        (Field::Phone, FieldError::Required) => c.phone_required.to_owned(),
        (Field::Phone, _) if national => m.phone_invalid_national.to_owned(),
        (Field::Phone, _) => c.phone_invalid.to_owned(),
        (Field::Consent, _) => c.consent_required.to_owned(),
    }
}

fn slug(field: Field) -> &'static str {
    match field {
        Field::OrderNumber => "order-number",
        Field::Description => "description",
        Field::Resolution => "resolution",
        Field::Email => "email",
        Field::Phone => "phone",
        Field::Consent => "consent",
    }
}

fn resolution_slug(r: DesiredResolution) -> &'static str {
    match r {
        DesiredResolution::Refund => "refund",
        DesiredResolution::Replacement => "replacement",
        DesiredResolution::Voucher => "voucher",
        DesiredResolution::Repair => "repair",
        DesiredResolution::Explanation => "explanation",
        _ => "other",
    }
}

fn channel_slug(c: ContactChannel) -> &'static str {
    match c {
        ContactChannel::Email => "email",
        ContactChannel::Phone => "phone",
        ContactChannel::Whatsapp => "whatsapp",
        _ => "sms",
    }
}

fn window_slug(w: TimeWindow) -> &'static str {
    match w {
        TimeWindow::Morning => "morning",
        TimeWindow::Afternoon => "afternoon",
        TimeWindow::Evening => "evening",
        _ => "anytime",
    }
}

/// What happened, what would make it right, how to reply: validated the GOV.UK way on submit,
/// with an error summary that takes focus and links to each field. Nothing typed is ever lost.
#[component]
pub fn ComplaintForm() -> impl IntoView {
    let i18n = I18n::get();
    let state = ComplaintState::get();
    let ids = Ids::fresh();
    let form = NodeRef::<html::Form>::new();
    let summary = NodeRef::<html::Div>::new();
    let draft = state.draft;
    let id_of = move |field: Field| ids.id(slug(field));
    // The radio groups are focused through their first option.
    let focus_target = move |field: Field| match field {
        Field::Resolution => ids.id("resolution-refund"),
        other => id_of(other),
    };

    if !state.errors.with_untracked(Vec::is_empty) {
        focus_after_render(summary);
    } else if let Some(field) = state.focus.get_untracked() {
        state.focus.set(None);
        request_animation_frame(move || {
            if let Some(form) = form.try_get_untracked().flatten() {
                focus_id_within(&form, &focus_target(field));
            }
        });
    }

    // The shop names its phones' country: national numbers are fine (tracked only by the texts
    // that say so).
    let national = move || {
        state
            .shop
            .with(|s| s.as_ref().is_some_and(|s| s.phone_country.is_some()))
    };

    let error_of = move |field: Field| {
        state
            .errors
            .with(|list| list.iter().find(|(f, _)| *f == field).map(|(_, e)| *e))
    };
    let described_by = move |field: Field, hint: bool| {
        field::described_by(&id_of(field), hint, error_of(field).is_some())
    };
    let invalid = move |field: Field| field::invalid(error_of(field).is_some());
    let field_error = move |field: Field| {
        error_of(field).map(|error| {
            let m = i18n.messages();
            let text = message(m, field, error, national());
            error_line(&id_of(field), m.error_prefix, text)
        })
    };

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let country = state
            .shop
            .with_untracked(|s| s.as_ref().and_then(|s| s.phone_country.clone()));
        let consent = state.consent.get_untracked();
        match super::validate::validate(&draft.get_untracked(), consent, country.as_deref()) {
            Ok(_) => {
                state.errors.set(Vec::new());
                state.step.set(Step::Check);
            }
            Err(errors) => {
                state.errors.set(errors);
                focus_after_render(summary);
            }
        }
    };

    let summary_entries = Signal::derive(move || {
        let m = i18n.messages();
        state
            .errors
            .get()
            .into_iter()
            .map(|(field, error)| (focus_target(field), message(m, field, error, national())))
            .collect::<Vec<_>>()
    });

    let order_items = state
        .order
        .with_value(|o| {
            o.as_ref()
                .map(|o| o.items.iter().map(|i| i.name.clone()).collect::<Vec<_>>())
        })
        .unwrap_or_default();
    let items = (!order_items.is_empty()).then(|| {
        view! {
            <fieldset class="sportello-fieldset" aria-describedby=ids.id("items-hint")>
                <legend class="sportello-label">{move || i18n.messages().complaints().items_legend}</legend>
                <p class="sportello-hint" id=ids.id("items-hint")>{move || i18n.messages().complaints().items_hint}</p>
                {order_items.into_iter().enumerate().map(|(index, name)| {
                    let id = ids.id(&format!("item-{index}"));
                    let checked_name = name.clone();
                    let label = name.clone();
                    view! {
                        <div class="sportello-checkbox">
                            <input type="checkbox" id=id.clone()
                                prop:checked=move || draft.with(|d| d.items.contains(&checked_name))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let name = name.clone();
                                    draft.update(|d| {
                                        d.items.retain(|i| *i != name);
                                        if on { d.items.push(name); }
                                    });
                                } />
                            <label for=id>{label}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        }
    });

    // A token-proven order is named; otherwise the customer may type its number (unverified).
    let order_number = if state.access.with_value(Option::is_some) {
        view! {
            {move || draft.with(|d| d.order_number.clone()).map(|n| view! {
                <p class="sportello-intro">{(i18n.messages().complaints().about_order)(&n)}</p>
            })}
        }
        .into_any()
    } else {
        view! {
            <div class="sportello-field" class:sportello-field--error=move || error_of(Field::OrderNumber).is_some()>
                <label class="sportello-label" for=id_of(Field::OrderNumber)>{move || i18n.messages().complaints().order_number_optional_label}</label>
                <p class="sportello-hint" id=format!("{}-hint", id_of(Field::OrderNumber))>{move || {
                    // The shop's own example (its config), never the demo shop's.
                    let c = i18n.messages().complaints();
                    match i18n.1.with(|s| s.as_ref().and_then(|s| s.lookup.as_ref()?.order_number_example.clone())) {
                        Some(example) => (c.order_number_optional_hint_example)(&example),
                        None => c.order_number_optional_hint.to_owned(),
                    }
                }}</p>
                {move || field_error(Field::OrderNumber)}
                <input class="sportello-input sportello-input--short" id=id_of(Field::OrderNumber) type="text"
                    autocomplete="off" autocapitalize="characters" spellcheck="false"
                    aria-describedby=move || described_by(Field::OrderNumber, true)
                    aria-invalid=move || invalid(Field::OrderNumber)
                    prop:value=move || draft.with(|d| d.order_number.clone().unwrap_or_default())
                    on:input=move |ev| draft.update(|d| d.order_number = Some(event_target_value(&ev))) />
            </div>
        }
        .into_any()
    };

    let photos = move || {
        state
            .shop
            .with(|s| s.as_ref().is_some_and(|s| s.capabilities.complaint_photos))
            .then(|| {
                view! {
                    <PhotoPicker
                        photos=Signal::derive(move || draft.with(|d| d.photos.clone()))
                        on_change=Callback::new(move |list| draft.update(|d| d.photos = list))
                        id=ids.id("photos")
                    />
                }
            })
    };

    let left = move || {
        let used = draft.with(|d| d.description.trim().chars().count());
        let c = i18n.messages().complaints();
        match DESCRIPTION_MAX_CHARS.checked_sub(used) {
            Some(left) => (c.characters_left)(left),
            None => (c.characters_too_many)(used - DESCRIPTION_MAX_CHARS),
        }
    };

    let privacy = move || {
        state
            .shop
            .with(|s| s.as_ref().and_then(|s| s.support.as_ref()).and_then(|s| s.privacy_url.clone()))
            .filter(|url| url.starts_with("https://") || (url.starts_with('/') && !url.starts_with("//")))
            .map(|url| view! {
                <p class="sportello-hint">
                    <a href=url target="_blank" rel="noopener noreferrer">{i18n.messages().complaints().privacy_link}</a>
                </p>
            })
    };

    view! {
        <form class="sportello-form" novalidate aria-labelledby=ids.id("title") on:submit=on_submit node_ref=form>
            <h2 class="sportello-title" id=ids.id("title")>{move || i18n.messages().complaints().form_title}</h2>
            <ErrorSummary entries=summary_entries node_ref=summary />
            {move || state.restored.get().then(|| view! {
                <div class="sportello-notice">
                    <p>{move || i18n.messages().complaints().draft_restored}</p>
                    <button type="button" class="sportello-button sportello-button--secondary sportello-button--small"
                        on:click=move |_| state.start_over()>
                        {move || i18n.messages().complaints().start_over}
                    </button>
                </div>
            })}
            {order_number}
            {items}

            <div class="sportello-field" class:sportello-field--error=move || error_of(Field::Description).is_some()>
                <label class="sportello-label" for=id_of(Field::Description)>{move || i18n.messages().complaints().description_label}</label>
                <p class="sportello-hint" id=format!("{}-hint", id_of(Field::Description))>{move || i18n.messages().complaints().description_hint}</p>
                {move || field_error(Field::Description)}
                <textarea class="sportello-input sportello-textarea" id=id_of(Field::Description) rows="6"
                    aria-describedby=move || described_by(Field::Description, true)
                    aria-invalid=move || invalid(Field::Description)
                    prop:value=move || draft.with(|d| d.description.clone())
                    on:input=move |ev| draft.update(|d| d.description = event_target_value(&ev))>
                    // A textarea's text is its initial value (a restored draft).
                    {draft.with_untracked(|d| d.description.clone())}
                </textarea>
                <p class="sportello-muted" aria-live="polite">{left}</p>
            </div>

            {photos}

            <div class="sportello-field" class:sportello-field--error=move || error_of(Field::Resolution).is_some()>
                <fieldset class="sportello-fieldset" aria-describedby=move || described_by(Field::Resolution, false)>
                    <legend class="sportello-label">{move || i18n.messages().complaints().resolution_legend}</legend>
                    {move || field_error(Field::Resolution)}
                    {DesiredResolution::ALL.into_iter().map(|option| {
                        let id = ids.id(&format!("resolution-{}", resolution_slug(option)));
                        view! {
                            <div class="sportello-radio">
                                <input type="radio" id=id.clone() name=ids.id("resolution")
                                    prop:checked=move || draft.with(|d| d.resolution == Some(option))
                                    on:change=move |_| draft.update(|d| d.resolution = Some(option)) />
                                <label for=id>{move || (i18n.messages().complaints().resolution_name)(option)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            </div>

            <div class="sportello-field" class:sportello-field--error=move || error_of(Field::Email).is_some()>
                <label class="sportello-label" for=id_of(Field::Email)>{move || i18n.messages().complaints().email_label}</label>
                <p class="sportello-hint" id=format!("{}-hint", id_of(Field::Email))>{move || i18n.messages().complaints().email_hint}</p>
                {move || field_error(Field::Email)}
                <input class="sportello-input" id=id_of(Field::Email) type="email" inputmode="email"
                    autocomplete="email" autocapitalize="none" spellcheck="false"
                    aria-describedby=move || described_by(Field::Email, true)
                    aria-invalid=move || invalid(Field::Email)
                    prop:value=move || draft.with(|d| d.email.clone())
                    on:input=move |ev| draft.update(|d| d.email = event_target_value(&ev)) />
            </div>

            <fieldset class="sportello-fieldset">
                <legend class="sportello-label">{move || i18n.messages().complaints().channel_legend}</legend>
                {ContactChannel::ALL.into_iter().map(|option| {
                    let id = ids.id(&format!("channel-{}", channel_slug(option)));
                    view! {
                        <div class="sportello-radio">
                            <input type="radio" id=id.clone() name=ids.id("channel")
                                prop:checked=move || draft.with(|d| d.channel == option)
                                on:change=move |_| draft.update(|d| d.channel = option) />
                            <label for=id>{move || (i18n.messages().complaints().channel_name)(option)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>

            <Show when=move || draft.with(|d| d.channel != ContactChannel::Email)>
                <div class="sportello-field" class:sportello-field--error=move || error_of(Field::Phone).is_some()>
                    <label class="sportello-label" for=id_of(Field::Phone)>{move || i18n.messages().complaints().phone_label}</label>
                    <p class="sportello-hint" id=format!("{}-hint", id_of(Field::Phone))>{move || {
                        let c = i18n.messages().complaints();
                        if national() { i18n.messages().phone_hint_national } else { c.phone_hint }
                    }}</p>
                    {move || field_error(Field::Phone)}
                    <input class="sportello-input" id=id_of(Field::Phone) type="tel" inputmode="tel" autocomplete="tel"
                        aria-describedby=move || described_by(Field::Phone, true)
                        aria-invalid=move || invalid(Field::Phone)
                        prop:value=move || draft.with(|d| d.phone.clone())
                        on:input=move |ev| draft.update(|d| d.phone = event_target_value(&ev)) />
                </div>
            </Show>

            <div class="sportello-field">
                <label class="sportello-label" for=ids.id("window")>{move || i18n.messages().complaints().window_label}</label>
                <select class="sportello-select" id=ids.id("window")
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if let Some(w) = TimeWindow::ALL.into_iter().find(|w| window_slug(*w) == value) {
                            draft.update(|d| d.window = w);
                        }
                    }>
                    {TimeWindow::ALL.into_iter().map(|option| view! {
                        <option value=window_slug(option) prop:selected=move || draft.with(|d| d.window == option)>
                            {move || (i18n.messages().complaints().window_name)(option)}
                        </option>
                    }).collect_view()}
                </select>
            </div>

            <div class="sportello-field" class:sportello-field--error=move || error_of(Field::Consent).is_some()>
                {move || field_error(Field::Consent)}
                <div class="sportello-checkbox">
                    <input type="checkbox" id=id_of(Field::Consent)
                        aria-describedby=move || described_by(Field::Consent, false)
                        aria-invalid=move || invalid(Field::Consent)
                        prop:checked=move || state.consent.get()
                        on:change=move |ev| state.consent.set(event_target_checked(&ev)) />
                    <label for=id_of(Field::Consent)>{move || i18n.messages().complaints().consent_label}</label>
                </div>
                {privacy}
            </div>

            <button type="submit" class="sportello-button">{move || i18n.messages().complaints().continue_to_check}</button>
        </form>
    }
}
