//! Backend text is never interpreted as HTML: a list of XSS payloads (after OWASP's filter
//! evasion cheat sheet) is placed in every text field of the contract; the widget must show each
//! as inert text, create no element of its own choosing, and run nothing.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use sportello_app::{clock, i18n::Locale};
use sportello_contract::{
    CarrierEvent, Complaint, DateWindow, Delay, DelayReason, DelaySide, Goodwill, MaskedAddress,
    OrderAccess, OrderItem, OrderStatus, OrderSummary, Promotion, Refund, RefundMethod,
    RefundStatus, Shipment, ShipmentItem, ShipmentStatus,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PAYLOADS: &[&str] = &[
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=1\">",
    "<svg onload=\"window.__xss=1\">",
    "\"><script>window.__xss=1</script>",
    "'><img src=x onerror=window.__xss=1>",
    "javascript:window.__xss=1",
    "<iframe src=\"javascript:window.__xss=1\"></iframe>",
    "<body onload=window.__xss=1>",
    "<a href=\"javascript:window.__xss=1\">click</a>",
    "<details open ontoggle=window.__xss=1>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    "{{constructor.constructor('window.__xss=1')()}}",
    "<input autofocus onfocus=window.__xss=1>",
    "<video><source onerror=\"window.__xss=1\">",
    "<object data=\"javascript:window.__xss=1\"></object>",
    "%3Cscript%3Ewindow.__xss=1%3C/script%3E",
    "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
    "<style>@import 'javascript:window.__xss=1';</style>",
    "<IMG SRC=\"jav&#x09;ascript:window.__xss=1\">",
    "<div style=\"background:url(javascript:window.__xss=1)\">",
];

/// The elements the widget itself creates; anything else came from data.
const OWN_TAGS: &[&str] = &[
    "DIV",
    "P",
    "H2",
    "H3",
    "H4",
    "H5",
    "SECTION",
    "FORM",
    "LABEL",
    "INPUT",
    "BUTTON",
    "SPAN",
    "STRONG",
    "UL",
    "OL",
    "LI",
    "A",
    "CODE",
    "TIME",
    "FIGURE",
    "FIGCAPTION",
    "BLOCKQUOTE",
    "FIELDSET",
    "LEGEND",
    "ASIDE",
    "SELECT",
    "OPTION",
    "TEXTAREA",
];

fn at(days: i64) -> String {
    clock::format_rfc3339(clock::now() + days * 86_400)
}

/// An order with `payload` in every text field of the contract.
fn poisoned(payload: &str) -> OrderSummary {
    let text = || payload.to_owned();
    let delay = Delay {
        reason: DelayReason::Weather,
        side: DelaySide::Carrier,
        message: Some(text()),
        action: Some(text()),
        reported_at: Some(at(-1)),
        new_estimate: Some(DateWindow {
            from: at(3),
            to: at(4),
        }),
        goodwill: Some(Goodwill {
            code: text(),
            amount: Some(500),
            percent: None,
            expires_at: Some(at(30)),
            conditions: Some(text()),
        }),
    };
    OrderSummary {
        number: text(),
        placed_at: at(-5),
        status: OrderStatus::InTransit,
        currency: "EUR".into(),
        items: vec![OrderItem {
            name: text(),
            quantity: 1,
            unit_price: 100,
        }],
        access: Some(OrderAccess {
            order_id: text(),
            token: text(),
            expires_at: at(1),
        }),
        shipping_address: Some(MaskedAddress {
            name: Some(text()),
            line: Some(text()),
            city: Some(text()),
            postcode: Some(text()),
            country: Some(text()),
        }),
        promised_delivery: Some(DateWindow {
            from: at(0),
            to: at(1),
        }),
        shipments: vec![Shipment {
            id: text(),
            carrier: text(),
            tracking_number: Some(text()),
            tracking_url: Some(text()),
            status: ShipmentStatus::InTransit,
            items: vec![ShipmentItem {
                name: text(),
                quantity: 1,
            }],
            events: vec![CarrierEvent {
                at: at(-1),
                location: Some(text()),
                description: text(),
                status: ShipmentStatus::InTransit,
            }],
            estimated_delivery: Some(DateWindow {
                from: at(3),
                to: at(4),
            }),
            estimate_revised_at: Some(at(-1)),
            delivered_at: None,
            delay: Some(delay.clone()),
            pickup: None,
            actions: Vec::new(),
            redelivery_dates: Vec::new(),
            requests: Vec::new(),
        }],
        delay: Some(delay.clone()),
        refunds: vec![Refund {
            id: text(),
            amount: 100,
            method: RefundMethod::Card,
            status: RefundStatus::Issued,
            issued_at: Some(at(-2)),
            expected_by: Some(at(-1)),
            completed_at: None,
            delay: Some(delay),
        }],
        promotions: vec![Promotion {
            title: text(),
            text: Some(text()),
            code: Some(text()),
        }],
        ..OrderSummary::default()
    }
}

/// `payload` is shown as text at least `shown` times, nothing in the widget came from data (only
/// the widget's own elements, no event-handler attribute, no link other than https or an in-page
/// anchor) and no script ran. Returns how often it is shown.
async fn assert_inert(widget: &Mounted, payload: &str, shown: usize) -> usize {
    frames(2).await; // let any onerror/onload fire if something slipped through
    let occurrences = widget.text().matches(payload).count();
    assert!(
        occurrences >= shown,
        "{payload:?} shown only {occurrences} times as text"
    );
    let all = widget.root.query_selector_all("*").unwrap();
    for i in 0..all.length() {
        let element: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(all.item(i).unwrap());
        let tag = element.tag_name();
        assert!(
            OWN_TAGS.contains(&tag.as_str()),
            "{payload:?} created a <{tag}>"
        );
        let names = element.get_attribute_names();
        for n in 0..names.length() {
            let name = names.get(n).as_string().unwrap();
            assert!(
                !name.starts_with("on"),
                "{payload:?} created an {name} attribute on <{tag}>"
            );
            if name == "href" {
                let href = element.get_attribute("href").unwrap();
                assert!(
                    href.starts_with("https://") || href.starts_with('#') || href.is_empty(),
                    "{payload:?} made a link to {href}"
                );
            }
        }
    }
    let fired = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__xss".into()).unwrap();
    assert!(fired.is_undefined(), "{payload:?} ran script");
    occurrences
}

#[wasm_bindgen_test]
async fn every_payload_in_every_field_stays_text() {
    let mut placements = 0;
    for payload in PAYLOADS {
        let widget = mount(FakeBackend::answering(Ok(poisoned(payload))), Locale::En);
        widget.type_into("Order number", "SP-1001");
        widget.type_into("E-mail address", "giulia.rossi@example.com");
        widget.button("Find my order").click();
        widget.until_text("running late").await;
        placements += assert_inert(&widget, payload, 10).await;
    }
    web_sys::console::log_1(
        &format!(
            "XSS: {} payloads, {placements} placements shown as text",
            PAYLOADS.len()
        )
        .into(),
    );
}

/// A complaint with `payload` in every text field the follow-up shows.
fn poisoned_complaint(payload: &str) -> Complaint {
    let text = || payload.to_owned();
    let mut complaint = followed_complaint();
    complaint.order_number = Some(text());
    complaint.items = vec![text()];
    complaint.description = text();
    if let Some(reply_by) = complaint.reply_by.as_mut() {
        reply_by.moved_reason = Some(text());
    }
    for update in &mut complaint.updates {
        update.text = text();
        update.author_name = Some(text());
    }
    // The customer wrote last, so the shop owes an answer and its (moved) reply-by shows too.
    let mut again = complaint.updates[0].clone();
    again.at = "2026-11-30T18:00:00Z".into();
    complaint.updates.push(again);
    complaint
}

#[wasm_bindgen_test]
async fn every_payload_in_a_complaint_stays_text() {
    let mut placements = 0;
    for payload in PAYLOADS {
        let backend = FakeBackend::with_follow_up();
        *backend.followed.borrow_mut() = poisoned_complaint(payload);
        let widget = mount(backend, Locale::En);
        widget.until_text("Follow a complaint").await;
        widget.button("Follow a complaint").click();
        widget.until_text("Follow your complaint").await;
        widget.type_into("Complaint reference", "RC-4Q7K-2M9P");
        widget.type_into("Your e-mail address", "giulia@example.com");
        widget.button("Show my complaint").click();
        widget.until_text("What has happened so far").await;
        placements += assert_inert(&widget, payload, 4).await;
    }
    web_sys::console::log_1(
        &format!(
            "XSS in complaints: {} payloads, {placements} placements shown as text",
            PAYLOADS.len()
        )
        .into(),
    );
}
