//! Browser tests of a parcel that needs the customer (a missed delivery): only what can be sent
//! is offered, a request goes once with one Idempotency-Key through a failure and its retry,
//! each refusal reads as what it means, and the request stays in view once the parcel moves on.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use sportello_app::{api::ApiError, clock, i18n::Locale};
use sportello_contract::{
    Capabilities, CarrierEvent, InvalidParam, OrderAccess, OrderStatus, OrderSummary, ParcelAction,
    ParcelRequestRecord, Shipment, ShipmentStatus,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

fn day(days: i64) -> String {
    clock::format_rfc3339(clock::now() + days * 86_400)[..10].to_owned()
}

fn missed(dates: Vec<String>) -> Shipment {
    Shipment {
        id: "P1".into(),
        carrier: "BRT".into(),
        tracking_number: Some("BRT-1".into()),
        tracking_url: None,
        status: ShipmentStatus::AttemptFail,
        items: vec![],
        events: vec![CarrierEvent {
            at: clock::format_rfc3339(clock::now() - 3_600),
            location: Some("Roma".into()),
            description: "Destinatario assente".into(),
            status: ShipmentStatus::AttemptFail,
        }],
        estimated_delivery: None,
        estimate_revised_at: None,
        delivered_at: None,
        delay: None,
        pickup: None,
        actions: vec![ParcelAction::Redeliver, ParcelAction::CorrectAddress],
        redelivery_dates: dates,
        requests: Vec::new(),
    }
}

fn with_parcel(parcel: Shipment, access: bool) -> OrderSummary {
    OrderSummary {
        status: OrderStatus::Problem,
        shipments: vec![parcel],
        access: access.then(|| OrderAccess {
            order_id: "ord_1".into(),
            token: "t".into(),
            expires_at: clock::format_rfc3339(clock::now() + 86_400),
        }),
        ..order()
    }
}

async fn open(order: OrderSummary, requests: bool) -> (Mounted, std::rc::Rc<FakeBackend>) {
    let backend = FakeBackend::answering(Ok(order));
    backend.capabilities.set(Capabilities {
        complaints: true,
        help: true,
        complaint_photos: false,
        complaint_follow_up: false,
        parcel_requests: requests,
    });
    let widget = mount(backend.clone(), Locale::En);
    let m = Locale::En.messages();
    widget.type_into(m.order_number_label, "SP-1001");
    widget.type_into(m.email_label, "giulia.rossi@example.com");
    widget.button(m.find_order).click();
    widget
        .until_text(&(m.tracking().order_title)("SP-1001"))
        .await;
    widget.until_text(m.tracking().needs_missed).await;
    (widget, backend)
}

fn first_radio(widget: &Mounted) -> HtmlElement {
    widget
        .root
        .query_selector("input[type=radio]")
        .unwrap()
        .expect("a day to choose")
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn only_what_the_shop_takes_and_can_be_sent_is_offered() {
    let t = Locale::En.messages().tracking();
    // The shop takes requests, the order was looked up: both.
    let (widget, _) = open(with_parcel(missed(vec![day(1), day(2)]), true), true).await;
    assert!(widget.has_button(t.ask_another_day));
    assert!(widget.has_button(t.ask_address));
    drop(widget);
    // The shop takes none: the panel explains, and offers nothing to tap.
    let (widget, _) = open(with_parcel(missed(vec![day(1)]), true), false).await;
    assert!(!widget.has_button(t.ask_another_day));
    assert!(!widget.has_button(t.ask_address));
    drop(widget);
    // No day offered: "another day" would lead to a form that can never be sent.
    let (widget, _) = open(with_parcel(missed(Vec::new()), true), true).await;
    assert!(!widget.has_button(t.ask_another_day));
    assert!(widget.has_button(t.ask_address));
    drop(widget);
    // Opened without the order's access (nothing could be sent): nothing offered.
    let (widget, _) = open(with_parcel(missed(vec![day(1)]), false), true).await;
    assert!(!widget.has_button(t.ask_another_day));
    assert!(!widget.has_button(t.ask_address));
}

#[wasm_bindgen_test]
async fn another_day_goes_once_through_a_lost_answer_and_each_refusal_says_what_it_means() {
    let t = Locale::En.messages().tracking();
    let (widget, backend) = open(with_parcel(missed(vec![day(1), day(2)]), true), true).await;
    backend.parcel_failures.borrow_mut().extend([
        ApiError::Network,
        ApiError::Unauthorized,
        ApiError::Conflict,
    ]);
    widget.button(t.ask_another_day).click();
    frames(2).await;
    first_radio(&widget).click();
    // The answer is lost: the customer is told, the day stays chosen.
    widget.button(t.day_submit).click();
    for _ in 0..50 {
        if !widget.alert_texts().is_empty() {
            break;
        }
        sleep(20).await;
    }
    assert!(!widget.alert_texts().is_empty(), "{}", widget.text());
    assert!(first_radio(&widget)
        .unchecked_into::<web_sys::HtmlInputElement>()
        .checked());
    // The order's link ran out meanwhile: look the order up again, not "something failed".
    widget.button(t.day_submit).click();
    widget.until_text(t.link_expired).await;
    // The parcel was settled meanwhile (409): said as such.
    widget.button(t.day_submit).click();
    widget.until_text(t.parcel_settled).await;
    // Sent: the confirmation takes focus where the form was.
    widget.button(t.day_submit).click();
    widget
        .until_text("Received: we'll ask BRT to deliver on")
        .await;
    frames(3).await;
    assert!(
        widget.active_element_text().starts_with("Received"),
        "focus on {:?}",
        widget.active_element_text()
    );
    // Four sends of one request, one Idempotency-Key: the shop acts on it once.
    let sent = backend.parcel_requests.borrow();
    assert_eq!(sent.len(), 4);
    assert!(sent.iter().all(|(_, _, key)| *key == sent[0].2));
    assert!(sent
        .iter()
        .all(|(id, r, _)| id == "P1" && r.date.as_deref() == Some(day(1).as_str())));
}

#[wasm_bindgen_test]
async fn a_refused_postcode_lands_on_its_field_and_nothing_typed_is_lost() {
    let t = Locale::En.messages().tracking();
    let (widget, backend) = open(with_parcel(missed(vec![day(1)]), true), true).await;
    backend
        .parcel_failures
        .borrow_mut()
        .push(ApiError::Invalid(vec![InvalidParam {
            name: "address.postcode".into(),
            reason: "must be a postcode of the order's country".into(),
        }]));
    widget.button(t.ask_address).click();
    frames(2).await;
    widget.type_into(t.address_line, "Via Merulana 10");
    widget.type_into(t.address_postcode, "0018");
    widget.type_into(t.address_city, "Roma");
    widget.button(t.address_submit).click();
    // The summary names the postcode, and nothing typed is lost.
    for _ in 0..50 {
        if widget
            .root
            .query_selector("[aria-invalid=true]")
            .unwrap()
            .is_some()
        {
            break;
        }
        sleep(20).await;
    }
    let invalid: HtmlElement = widget
        .root
        .query_selector("[aria-invalid=true]")
        .unwrap()
        .expect("a field marked invalid")
        .unchecked_into();
    assert_eq!(invalid, widget.input_labelled(t.address_postcode).into());
    assert_eq!(
        widget.input_labelled(t.address_line).value(),
        "Via Merulana 10"
    );
    assert_eq!(widget.input_labelled(t.address_postcode).value(), "0018");
}

#[wasm_bindgen_test]
async fn a_request_stays_in_view_once_the_parcel_is_on_its_way_again() {
    let mut parcel = missed(vec![day(1)]);
    parcel.status = ShipmentStatus::OutForDelivery;
    parcel.requests = vec![ParcelRequestRecord {
        kind: ParcelAction::Redeliver,
        date: Some(day(1)),
        created_at: clock::format_rfc3339(clock::now() - 600),
    }];
    let backend = FakeBackend::answering(Ok(OrderSummary {
        status: OrderStatus::InTransit,
        ..with_parcel(parcel, true)
    }));
    let widget = mount(backend, Locale::En);
    let m = Locale::En.messages();
    widget.type_into(m.order_number_label, "SP-1001");
    widget.type_into(m.email_label, "giulia.rossi@example.com");
    widget.button(m.find_order).click();
    widget.until_text("You asked for delivery on").await;
    // No panel any more: the parcel needs nothing from the customer.
    assert!(!widget.text().contains(m.tracking().needs_missed));
}
