//! A parcel that needs the customer (a missed delivery, a pickup point, an address the courier
//! could not find), at the top of the order: what happened, where and until when it can be
//! collected, and the requests the shop takes (another delivery day, a corrected address), each
//! sent once with its Idempotency-Key. Only what the shop offers is offered.

use leptos::{ev::SubmitEvent, html, prelude::*};
use sportello_contract::{
    AddressCorrection, DelayReason, OrderAccess, ParcelAction, ParcelRequest, ParcelRequestRecord,
    Shipment, ShipmentStatus, ADDRESS_LIMITS,
};

use crate::{
    api::{ApiError, CallsHandle},
    browser::keys,
    clock::parse_rfc3339,
    format::{self, Style},
    i18n::{Locale, TrackingMessages},
    ui::{
        failure_message,
        field::{self, error_line, FieldError},
        focus_after_render, Announcer, ErrorSummary, I18n, Ids,
    },
};

/// The fields of the two requests, in form order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Day,
    Line,
    Postcode,
    City,
    Note,
}

impl Field {
    /// The request's field the backend names in `invalid_params`.
    fn from_param(name: &str) -> Option<Field> {
        Some(match name {
            "date" => Field::Day,
            "address.line" => Field::Line,
            "address.postcode" => Field::Postcode,
            "address.city" => Field::City,
            "address.note" => Field::Note,
            _ => return None,
        })
    }

    fn slug(self) -> &'static str {
        match self {
            Field::Day => "day",
            Field::Line => "line",
            Field::Postcode => "postcode",
            Field::City => "city",
            Field::Note => "note",
        }
    }
}

/// Checks the corrected address: what is wrong, per field in form order, or the address to
/// send (trimmed; an empty note is none).
pub fn check_address(
    line: &str,
    postcode: &str,
    city: &str,
    note: &str,
) -> Result<AddressCorrection, Vec<(Field, FieldError)>> {
    let fields = [
        (Field::Line, line.trim()),
        (Field::Postcode, postcode.trim()),
        (Field::City, city.trim()),
        (Field::Note, note.trim()),
    ];
    let errors: Vec<_> = fields
        .iter()
        .zip(ADDRESS_LIMITS)
        .filter_map(|((field, text), max)| {
            if text.is_empty() && *field != Field::Note {
                Some((*field, FieldError::Required))
            } else if text.chars().nth(max).is_some() {
                Some((*field, FieldError::TooLong))
            } else {
                None
            }
        })
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(AddressCorrection {
        line: fields[0].1.to_owned(),
        postcode: fields[1].1.to_owned(),
        city: fields[2].1.to_owned(),
        note: (!fields[3].1.is_empty()).then(|| fields[3].1.to_owned()),
    })
}

/// A carrier's day (`YYYY-MM-DD`) as the customer reads it ("Thursday 3 December"), or as sent
/// when it is not a day.
pub fn day_name(date: &str, locale: Locale) -> String {
    format::styled(&format!("{date}T12:00:00Z"), Style::Day, locale)
        .unwrap_or_else(|| date.to_owned())
}

/// What happened to the parcel, as its heading says it.
fn title(t: &'static TrackingMessages, shipment: &Shipment) -> &'static str {
    if shipment.status == ShipmentStatus::AvailableForPickup {
        t.needs_pickup
    } else if shipment
        .delay
        .as_ref()
        .is_some_and(|d| d.reason == DelayReason::AddressIssue)
    {
        t.needs_address
    } else {
        t.needs_missed
    }
}

fn message(m: &'static crate::i18n::Messages, field: Field, error: FieldError) -> &'static str {
    let t = m.tracking();
    match (field, error) {
        (_, FieldError::TooLong) => m.field_too_long,
        (Field::Day, _) => t.day_required,
        (Field::Line, _) => t.address_line_required,
        (Field::Postcode, _) => t.address_postcode_required,
        (Field::City, _) => t.address_city_required,
        (Field::Note, _) => m.field_too_long,
    }
}

/// The requests to offer for a parcel: those it lists that the shop takes (`can_request`, its
/// `parcel_requests`), only with the order's access (without it, nothing could be sent), and
/// another day only when there are days to choose from.
pub fn offered(shipment: &Shipment, can_request: bool, has_access: bool) -> Vec<ParcelAction> {
    let mut offered = Vec::new();
    if can_request && has_access {
        let lists = |action| shipment.actions.contains(&action);
        if lists(ParcelAction::Redeliver) && !shipment.redelivery_dates.is_empty() {
            offered.push(ParcelAction::Redeliver);
        }
        if lists(ParcelAction::CorrectAddress) {
            offered.push(ParcelAction::CorrectAddress);
        }
    }
    offered
}

/// One parcel that needs the customer. `access` and `can_request` (the shop's
/// `parcel_requests`) decide whether its actions are offered.
#[component]
pub fn ParcelNeeds(
    shipment: Shipment,
    index: usize,
    total: usize,
    access: Option<OrderAccess>,
    can_request: bool,
) -> impl IntoView {
    let i18n = I18n::get();
    let announcer = Announcer::get();
    let calls = CallsHandle::get();
    let ids = Ids::fresh();
    let summary = NodeRef::<html::Div>::new();
    // A div like the error summary's, so that focusing it is code the chunk already has.
    let done = NodeRef::<html::Div>::new();
    let root = NodeRef::<html::Div>::new();

    let shipment = StoredValue::new(shipment);
    // Which request's form is open (at most one), and the day chosen ("" for none). Plain
    // `bool` and `String` signals: types the chunk already has code for.
    let (open_day, open_address) = (RwSignal::new(false), RwSignal::new(false));
    let day = RwSignal::new(String::new());
    let (line, postcode, city, note) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let errors = RwSignal::new(Vec::<(Field, FieldError)>::new());
    // The Idempotency-Key of the request being sent, and the fingerprint it was made for.
    let key = StoredValue::new((None::<String>, None::<String>));

    // The request on its way, what the shop answered ("Received: …"), or why it failed.
    let pending = RwSignal::new(false);
    let done_message = RwSignal::new(None::<String>);
    let failure = RwSignal::new(None::<ApiError>);
    let calls = StoredValue::new_local(calls);
    let access = StoredValue::new(access);
    let send = move |request: ParcelRequest| {
        let calls = calls.get_value();
        let access = access.get_value();
        let id = shipment.with_value(|s| s.id.clone());
        let key = key
            .try_update_value(|(key, made_for)| {
                keys::key_for(key, made_for, &request, keys::new_key)
            })
            .unwrap_or_else(keys::new_key);
        pending.set(true);
        failure.set(None);
        leptos::task::spawn_local(async move {
            let answer = match access {
                Some(access) => calls.request_parcel(access, id, request, key).await,
                None => Err(ApiError::Unauthorized),
            };
            // The view may be gone by now (the customer went back): then nothing is shown.
            if pending.try_set(false).is_some() {
                return;
            }
            match answer {
                Ok(record) => {
                    let locale = i18n.0.get_untracked();
                    let text = done_text(locale.messages().tracking(), locale, shipment, &record);
                    announcer.say(text.clone());
                    done_message.set(Some(text));
                    open_day.set(false);
                    open_address.set(false);
                    focus_after_render(done);
                }
                Err(ApiError::Invalid(params)) => {
                    let named: Vec<_> = params
                        .iter()
                        .filter_map(|p| Field::from_param(&p.name))
                        .map(|f| (f, FieldError::Invalid))
                        .collect();
                    if named.is_empty() {
                        failure.set(Some(ApiError::Invalid(params)));
                    } else {
                        errors.set(named);
                        focus_after_render(summary);
                    }
                }
                Err(error) => failure.set(Some(error)),
            }
        });
    };

    let submit = move || {
        if pending.get_untracked() {
            return;
        }
        let request = if open_day.get_untracked() {
            match day.get_untracked() {
                date if date.is_empty() => Err(vec![(Field::Day, FieldError::Required)]),
                date => Ok(ParcelRequest {
                    kind: ParcelAction::Redeliver,
                    date: Some(date),
                    address: None,
                }),
            }
        } else {
            check_address(
                &line.get_untracked(),
                &postcode.get_untracked(),
                &city.get_untracked(),
                &note.get_untracked(),
            )
            .map(|address| ParcelRequest {
                kind: ParcelAction::CorrectAddress,
                date: None,
                address: Some(address),
            })
        };
        match request {
            Ok(request) => {
                errors.set(Vec::new());
                send(request);
            }
            Err(found) => {
                failure.set(None);
                errors.set(found);
                focus_after_render(summary);
            }
        }
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        submit();
    };

    let field_id = move |field: Field| ids.id(field.slug());
    let error_of =
        move |field: Field| errors.with(|e| e.iter().find(|(f, _)| *f == field).map(|(_, e)| *e));
    let summary_entries = Signal::derive(move || {
        let m = i18n.messages();
        errors.with(|e| {
            e.iter()
                .map(|(f, problem)| (field_id(*f), message(m, *f, *problem).to_owned()))
                .collect::<Vec<_>>()
        })
    });
    let field_error = move |field: Field| {
        error_of(field).map(|problem| {
            let m = i18n.messages();
            error_line(
                &field_id(field),
                m.error_prefix,
                message(m, field, problem).to_owned(),
            )
        })
    };
    let text_field = move |field: Field,
                           value: RwSignal<String>,
                           hint: Option<&'static str>,
                           autocomplete: &'static str| {
        let id = field_id(field);
        view! {
            <div class="sportello-field" class:sportello-field--error=move || error_of(field).is_some()>
                <label class="sportello-label" for=id.clone()>{move || {
                    let t = i18n.messages().tracking();
                    match field {
                        Field::Line => t.address_line,
                        Field::Postcode => t.address_postcode,
                        Field::City => t.address_city,
                        _ => t.address_note,
                    }
                }}</label>
                {hint.map(|_| view! {
                    <p class="sportello-hint" id=format!("{id}-hint")>{move || i18n.messages().tracking().address_note_hint}</p>
                })}
                {move || field_error(field)}
                <input
                    class="sportello-input"
                    class:sportello-input--short=field == Field::Postcode
                    id=id.clone()
                    type="text"
                    autocomplete=autocomplete
                    aria-describedby=move || field::described_by(&id, hint.is_some(), error_of(field).is_some())
                    aria-invalid=move || field::invalid(error_of(field).is_some())
                    bind:value=value
                />
            </div>
        }
    };

    let pickup = move || {
        shipment.with_value(|s| s.pickup.clone()).map(|p| {
            let locale = i18n.locale();
            let t = i18n.messages().tracking();
            let until = p
                .until
                .as_deref()
                .and_then(|u| format::styled(u, Style::Day, locale))
                .map(|d| view! { <p><strong>{(t.pickup_until)(&d)}</strong></p> });
            // The point's name, address and hours are the carrier's or shop's own words.
            view! {
                <div class="sportello-pickup" lang=i18n.shop_language()>
                    <p><strong>{p.name}</strong></p>
                    {p.address.map(|a| view! { <p>{a}</p> })}
                    {p.hours.map(|h| view! {
                        <p><span lang=locale.tag()>{t.pickup_hours}{i18n.messages().label_colon}</span>{h}</p>
                    })}
                </div>
                {until}
            }
        })
    };

    // When the courier tried, for a missed delivery: the last failed attempt.
    let tried = move || {
        shipment.with_value(|s| {
            (s.status == ShipmentStatus::AttemptFail)
                .then(|| {
                    s.events
                        .iter()
                        .filter(|e| e.status == ShipmentStatus::AttemptFail)
                        .max_by_key(|e| parse_rfc3339(&e.at).unwrap_or(i64::MIN))
                        .and_then(|e| format::styled(&e.at, Style::Day, i18n.locale()))
                        .map(|d| (i18n.messages().tracking().needs_tried)(&s.carrier, &d))
                })
                .flatten()
        })
    };

    let offered =
        shipment.with_value(|s| offered(s, can_request, access.with_value(Option::is_some)));
    let offers = move |action: ParcelAction| offered.contains(&action);

    let day_form = move || {
        let dates = shipment.with_value(|s| s.redelivery_dates.clone());
        view! {
            <fieldset class="sportello-fieldset" class:sportello-field--error=move || error_of(Field::Day).is_some()>
                <legend class="sportello-label">{move || i18n.messages().tracking().day_legend}</legend>
                {move || field_error(Field::Day)}
                {dates.into_iter().enumerate().map(|(n, date)| {
                    // The first day's radio is what the summary's link focuses.
                    let id = if n == 0 { field_id(Field::Day) } else { ids.id(&format!("day-{n}")) };
                    let value = date.clone();
                    let name = date.clone();
                    view! {
                        <div class="sportello-radio">
                            <input type="radio" id=id.clone() name=ids.id("days")
                                prop:checked=move || day.with(|d| *d == value)
                                on:change=move |_| day.set(date.clone()) />
                            <label for=id>{move || day_name(&name, i18n.locale())}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
        }
    };

    let form = move || {
        let redeliver = open_day.get();
        (redeliver || open_address.get()).then(|| {
            view! {
                <form class="sportello-needs-form" novalidate on:submit=on_submit aria-labelledby=ids.id("title")>
                    <ErrorSummary entries=summary_entries node_ref=summary />
                    {redeliver.then(day_form)}
                    {(!redeliver).then(|| view! {
                        {text_field(Field::Line, line, None, "shipping address-line1")}
                        {text_field(Field::Postcode, postcode, None, "shipping postal-code")}
                        {text_field(Field::City, city, None, "shipping address-level2")}
                        {text_field(Field::Note, note, Some(""), "off")}
                    })}
                    {move || failure.get().map(|error| {
                        let text = match error {
                            ApiError::Conflict => i18n.messages().tracking().parcel_settled.to_owned(),
                            // The order's link ran out while the page was open.
                            ApiError::Unauthorized => i18n.messages().tracking().link_expired.to_owned(),
                            error => failure_message(i18n.messages(), &error).0,
                        };
                        view! { <div class="sportello-alert" role="alert"><p>{text}</p></div> }
                    })}
                    <button type="submit" class="sportello-button" aria-disabled=move || pending.get().then_some("true")>
                        {move || {
                            let t = i18n.messages().tracking();
                            if pending.get() { t.request_sending } else if redeliver { t.day_submit } else { t.address_submit }
                        }}
                    </button>
                </form>
            }
        })
    };

    let choices = move || {
        (!open_day.get() && !open_address.get()).then(|| {
            [ParcelAction::Redeliver, ParcelAction::CorrectAddress]
                .into_iter()
                .filter(|a| offers(*a))
                .map(|action| view! {
                    <button type="button" class="sportello-button sportello-button--secondary"
                        on:click=move |_| {
                            errors.set(Vec::new());
                            failure.set(None);
                            if action == ParcelAction::Redeliver { open_day.set(true) } else { open_address.set(true) }
                            let first = if action == ParcelAction::Redeliver { Field::Day } else { Field::Line };
                            let id = field_id(first);
                            // On the form's first field once it is drawn, inside this panel only.
                            request_animation_frame(move || {
                                if let Some(root) = root.try_get_untracked().flatten() {
                                    crate::ui::focus_id_within(&root, &id);
                                }
                            });
                        }>
                        {move || {
                            let t = i18n.messages().tracking();
                            if action == ParcelAction::Redeliver { t.ask_another_day } else { t.ask_address }
                        }}
                    </button>
                })
                .collect_view()
        })
    };

    view! {
        // A region (a `div`, so that its reference is a type the chunk already has code for).
        <div class="sportello-needs" role="region" aria-labelledby=ids.id("title") node_ref=root>
            <h3 class="sportello-subtitle" id=ids.id("title")>
                {move || title(i18n.messages().tracking(), &shipment.get_value())}
            </h3>
            {(total > 1).then(|| view! {
                <p class="sportello-muted">{move || (i18n.messages().tracking().parcel_title)(index, total, &shipment.with_value(|s| s.carrier.clone()))}</p>
            })}
            {move || tried().map(|text| view! { <p>{text}</p> })}
            {pickup}
            // What was asked on an earlier visit.
            {move || shipment.with_value(|s| s.requests.clone()).into_iter().filter_map(|record| {
                let t = i18n.messages().tracking();
                match (record.kind, record.date) {
                    (ParcelAction::Redeliver, Some(date)) => Some((t.asked_day)(&day_name(&date, i18n.locale()))),
                    (ParcelAction::CorrectAddress, _) => Some(t.asked_address.to_owned()),
                    // A kind this widget does not know, or a day left out: nothing to say.
                    _ => None,
                }
            }).map(|text| view! { <p class="sportello-success">{text}</p> }).collect_view()}
            {move || done_message.get().map(|text| view! {
                <div class="sportello-success" tabindex="-1" node_ref=done>{text}</div>
            })}
            {choices}
            {form}
        </div>
    }
}

/// "Received: …" for a request the shop took.
fn done_text(
    t: &'static TrackingMessages,
    locale: Locale,
    shipment: StoredValue<Shipment>,
    record: &ParcelRequestRecord,
) -> String {
    let carrier = shipment
        .try_with_value(|s| s.carrier.clone())
        .unwrap_or_default();
    match &record.date {
        Some(date) if record.kind == ParcelAction::Redeliver => {
            (t.request_done_day)(&carrier, &day_name(date, locale))
        }
        _ => (t.request_done_address)(&carrier),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_needs_street_postcode_and_town_within_their_limits() {
        assert_eq!(
            check_address(" ", "", "Roma", ""),
            Err(vec![
                (Field::Line, FieldError::Required),
                (Field::Postcode, FieldError::Required)
            ])
        );
        assert_eq!(
            check_address("Via Roma 1", &"1".repeat(21), "Roma", &"x".repeat(201)),
            Err(vec![
                (Field::Postcode, FieldError::TooLong),
                (Field::Note, FieldError::TooLong)
            ])
        );
        let address = check_address(" Via Roma 1 ", "00184", " Roma ", "  ").unwrap();
        assert_eq!(address.line, "Via Roma 1");
        assert_eq!(address.city, "Roma");
        assert_eq!(address.note, None);
    }

    #[test]
    fn only_what_can_be_sent_is_offered() {
        let parcel = |dates: &[&str]| -> Shipment {
            serde_json::from_value(serde_json::json!({
                "id": "P1", "carrier": "BRT", "status": "attempt_fail", "events": [],
                "actions": ["redeliver", "correct_address"], "redelivery_dates": dates,
            }))
            .unwrap()
        };
        let both = vec![ParcelAction::Redeliver, ParcelAction::CorrectAddress];
        assert_eq!(offered(&parcel(&["2026-12-03"]), true, true), both);
        // No day to choose: no "another day", whose form could never be sent.
        assert_eq!(
            offered(&parcel(&[]), true, true),
            vec![ParcelAction::CorrectAddress]
        );
        // The shop takes no requests, or the order was opened without its access.
        assert!(offered(&parcel(&["2026-12-03"]), false, true).is_empty());
        assert!(offered(&parcel(&["2026-12-03"]), true, false).is_empty());
    }

    #[test]
    fn the_backends_field_names_land_on_the_form() {
        assert_eq!(Field::from_param("date"), Some(Field::Day));
        assert_eq!(Field::from_param("address.city"), Some(Field::City));
        assert_eq!(Field::from_param("kind"), None);
    }
}
