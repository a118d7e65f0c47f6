use leptos::{ev::SubmitEvent, html, prelude::*};
use sportello_contract::{
    international_phone, is_plausible_phone, NotifyChannel, OrderAccess, SubscriptionRequest,
};

use crate::{
    api::CallsHandle,
    i18n::Messages,
    ui::{
        field::{self, error_line, FieldError},
        focus_after_render, Announcer, ErrorSummary, I18n, Ids,
    },
};

/// The opt-in's fields, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Phone,
    Consent,
}

/// Checks the opt-in like every form of the widget: what is wrong per field, in form order (the
/// form words it in the current language), or the request to send (the number in international
/// format, a national one taken as of `country`, the shop's `phone_country`).
pub fn validate(
    channel: NotifyChannel,
    phone: &str,
    consent: bool,
    country: Option<&str>,
) -> Result<SubscriptionRequest, Vec<(Field, FieldError)>> {
    let needs_phone = matches!(channel, NotifyChannel::Sms | NotifyChannel::Whatsapp);
    let phone = international_phone(phone, country);
    let mut errors = Vec::new();
    if needs_phone && phone.is_empty() {
        errors.push((Field::Phone, FieldError::Required));
    } else if needs_phone && !is_plausible_phone(&phone) {
        errors.push((Field::Phone, FieldError::Invalid));
    }
    if !consent {
        errors.push((Field::Consent, FieldError::Required));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(SubscriptionRequest {
        channel,
        address: needs_phone.then_some(phone),
        consent: true,
        locale: None,
    })
}

/// What is wrong with a field; `national` when the shop names its phones' country.
fn message(m: &'static Messages, field: Field, error: FieldError, national: bool) -> &'static str {
    let t = m.tracking();
    match (field, error) {
        (Field::Phone, FieldError::Required) => t.phone_required,
        (Field::Phone, _) if national => m.phone_invalid_national,
        (Field::Phone, _) => t.phone_invalid,
        (Field::Consent, _) => t.consent_required,
    }
}

/// "Tell me if anything changes": channel, phone number if needed, consent.
#[component]
pub fn NotifyOptIn(
    access: OrderAccess,
    /// Only a refund is late: the intro speaks of money, not of an order arriving.
    #[prop(optional)]
    refund: bool,
    /// The channels already asked for (the order's subscriptions): said, not asked again.
    #[prop(optional)]
    subscribed: Vec<NotifyChannel>,
) -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();
    let ids = Ids::fresh();
    let channel = RwSignal::new(NotifyChannel::Email);
    let phone = RwSignal::new(String::new());
    let consent = RwSignal::new(false);
    let errors = RwSignal::new(Vec::<(Field, FieldError)>::new());
    let summary = NodeRef::<html::Div>::new();
    // A div like the error summary's, so that focusing it is code the chunk already has.
    let done = NodeRef::<html::Div>::new();
    let access = StoredValue::new(access);
    // The shop's country for phone numbers typed without their code.
    let country = move || {
        i18n.1
            .with(|s| s.as_ref().and_then(|s| s.phone_country.clone()))
    };

    let save = Action::new_local(move |request: &SubscriptionRequest| {
        let calls = calls.clone();
        let request = request.clone();
        let access = access.get_value();
        async move {
            let saved = calls.subscribe(access, request).await;
            // Announced by the action; the subscription stays in its value for the view.
            if let Ok(subscription) = &saved {
                announcer.say((i18n.0.get_untracked().messages().tracking().notify_done)(
                    subscription.channel,
                ));
                // The form the customer tapped in is gone: the eye and focus go to the "done".
                focus_after_render(done);
            }
            saved
        }
    });
    let pending = save.pending();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pending.get_untracked() {
            return;
        }
        match validate(
            channel.get_untracked(),
            &phone.get_untracked(),
            consent.get_untracked(),
            untrack(country).as_deref(),
        ) {
            Ok(mut request) => {
                errors.set(Vec::new());
                // The messages are written in the language the customer reads now.
                request.locale = Some(i18n.0.get_untracked().tag().to_owned());
                save.dispatch(request);
            }
            Err(found) => {
                errors.set(found);
                focus_after_render(summary);
            }
        }
    };

    // Worded when shown, so that the messages follow a change of language.
    let error_of = move |field: Field| {
        let m = i18n.messages();
        errors.with(|e| {
            e.iter()
                .find(|(f, _)| *f == field)
                .map(|(f, problem)| message(m, *f, *problem, country().is_some()))
        })
    };
    let field_id = move |field: Field| match field {
        Field::Phone => ids.id("phone"),
        Field::Consent => ids.id("consent"),
    };

    let summary_entries = Signal::derive(move || {
        let m = i18n.messages();
        errors.with(|e| {
            e.iter()
                .map(|(field, problem)| {
                    (
                        field_id(*field),
                        message(m, *field, *problem, country().is_some()).to_owned(),
                    )
                })
                .collect::<Vec<_>>()
        })
    });

    let form = move || {
        let channels = [
            NotifyChannel::Email,
            NotifyChannel::Sms,
            NotifyChannel::Whatsapp,
        ];
        view! {
            <form class="sportello-notify-form" novalidate on:submit=on_submit aria-labelledby=ids.id("title")>
                <ErrorSummary entries=summary_entries node_ref=summary />
                <fieldset class="sportello-fieldset">
                    <legend class="sportello-label">{move || i18n.messages().tracking().channel_legend}</legend>
                    {channels.into_iter().map(|option| {
                        let id = ids.id(match option {
                            NotifyChannel::Email => "channel-email",
                            NotifyChannel::Sms => "channel-sms",
                            NotifyChannel::Whatsapp => "channel-whatsapp",
                            NotifyChannel::Unknown => "channel-other",
                        });
                        view! {
                            <div class="sportello-radio">
                                <input
                                    type="radio"
                                    id=id.clone()
                                    name=ids.id("channel")
                                    prop:checked=move || channel.get() == option
                                    on:change=move |_| channel.set(option)
                                />
                                <label for=id>{move || (i18n.messages().tracking().channel_name)(option)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
                <Show when=move || matches!(channel.get(), NotifyChannel::Sms | NotifyChannel::Whatsapp)>
                    <div class="sportello-field" class:sportello-field--error=move || error_of(Field::Phone).is_some()>
                        <label class="sportello-label" for=field_id(Field::Phone)>{move || i18n.messages().tracking().phone_label}</label>
                        <p class="sportello-hint" id=ids.id("phone-hint")>{move || {
                            let t = i18n.messages().tracking();
                            if country().is_some() { i18n.messages().phone_hint_national } else { t.phone_hint }
                        }}</p>
                        {move || error_of(Field::Phone).map(|m| error_line(&field_id(Field::Phone), i18n.messages().error_prefix, m.to_owned()))}
                        <input
                            class="sportello-input"
                            id=field_id(Field::Phone)
                            type="tel"
                            inputmode="tel"
                            autocomplete="tel"
                            aria-describedby=move || field::described_by(&field_id(Field::Phone), true, error_of(Field::Phone).is_some())
                            aria-invalid=move || field::invalid(error_of(Field::Phone).is_some())
                            bind:value=phone
                        />
                    </div>
                </Show>
                <div class="sportello-field" class:sportello-field--error=move || error_of(Field::Consent).is_some()>
                    {move || error_of(Field::Consent).map(|m| error_line(&field_id(Field::Consent), i18n.messages().error_prefix, m.to_owned()))}
                    <div class="sportello-checkbox">
                        <input
                            type="checkbox"
                            id=field_id(Field::Consent)
                            aria-describedby=move || field::described_by(&field_id(Field::Consent), false, error_of(Field::Consent).is_some())
                            aria-invalid=move || field::invalid(error_of(Field::Consent).is_some())
                            bind:checked=consent
                        />
                        <label for=field_id(Field::Consent)>{move || i18n.messages().tracking().consent_label}</label>
                    </div>
                </div>
                {move || matches!(save.value().get(), Some(Err(_))).then(|| view! {
                    <div class="sportello-alert" role="alert"><p>{i18n.messages().tracking().notify_failed}</p></div>
                })}
                <button type="submit" class="sportello-button" aria-disabled=move || pending.get().then_some("true")>
                    {move || {
                        let t = i18n.messages().tracking();
                        if pending.get() { t.notify_sending } else { t.notify_submit }
                    }}
                </button>
            </form>
        }
    };

    // Already signed up (an earlier visit): said, with a way to add another channel.
    let subscribed = StoredValue::new(subscribed);
    let another = RwSignal::new(false);
    view! {
        <section class="sportello-notify" aria-labelledby=ids.id("title")>
            <h3 class="sportello-subtitle" id=ids.id("title")>{move || i18n.messages().tracking().notify_title}</h3>
            {move || match save.value().get() {
                Some(Ok(subscription)) => view! {
                    <div class="sportello-success" tabindex="-1" node_ref=done>{(i18n.messages().tracking().notify_done)(subscription.channel)}</div>
                }.into_any(),
                _ if !another.get() && subscribed.with_value(|s| !s.is_empty()) => {
                    let t = i18n.messages().tracking();
                    view! {
                        {subscribed.get_value().into_iter().map(|c| view! {
                            <p class="sportello-success">{(t.notify_on)(c)}</p>
                        }).collect_view()}
                        <button type="button" class="sportello-button sportello-button--secondary sportello-button--small"
                            on:click=move |_| another.set(true)>
                            {t.notify_another_way}
                        </button>
                    }.into_any()
                }
                _ => view! {
                    <p class="sportello-muted">{move || {
                        let t = i18n.messages().tracking();
                        if refund { t.notify_intro_refund } else { t.notify_intro }
                    }}</p>
                    {form}
                }.into_any(),
            }}
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_opt_in_needs_consent_and_a_number_for_sms_or_whatsapp() {
        assert_eq!(
            validate(NotifyChannel::Email, "", true, None)
                .unwrap()
                .address,
            None
        );
        assert_eq!(
            validate(NotifyChannel::Sms, "  ", false, None).unwrap_err(),
            vec![
                (Field::Phone, FieldError::Required),
                (Field::Consent, FieldError::Required)
            ]
        );
        assert_eq!(
            validate(NotifyChannel::Whatsapp, "12", true, None).unwrap_err(),
            vec![(Field::Phone, FieldError::Invalid)]
        );
        let request = validate(NotifyChannel::Whatsapp, " +39 333 123 4567 ", true, None).unwrap();
        assert_eq!(request.address.as_deref(), Some("+39 333 123 4567"));
        assert!(request.consent);
        // A German shop: the number as Germans write it is sent in international format.
        let request = validate(NotifyChannel::Sms, "0171/2345678", true, Some("DE")).unwrap();
        assert_eq!(request.address.as_deref(), Some("+49 171 2345678"));
        assert_eq!(
            validate(NotifyChannel::Sms, "0171/2345678", true, None).unwrap_err(),
            vec![(Field::Phone, FieldError::Invalid)]
        );
    }

    #[test]
    fn each_problem_has_its_own_words() {
        let m = crate::i18n::Locale::En.messages();
        let t = m.tracking();
        assert_eq!(
            message(m, Field::Phone, FieldError::Required, false),
            t.phone_required
        );
        assert_eq!(
            message(m, Field::Phone, FieldError::Invalid, false),
            t.phone_invalid
        );
        assert_eq!(
            message(m, Field::Consent, FieldError::Required, false),
            t.consent_required
        );
    }
}
