//! Browser tests of the tracking view: delay banners, parcels, refunds, vouchers, notification
//! opt-in, refresh and deep links, with a fake backend, read as a customer would.
#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use sportello_app::{clock, i18n::Locale};
use sportello_contract::{
    CarrierEvent, ComplaintStatus, DateWindow, Delay, DelayReason, DelaySide, Goodwill,
    NotifyChannel, OrderAccess, OrderStatus, OrderSummary, Promotion, Refund, RefundMethod,
    RefundStatus, Shipment, ShipmentStatus,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

const DAY: i64 = 86_400;

fn at(days: i64) -> String {
    clock::format_rfc3339(clock::now() + days * DAY)
}

fn window(from: i64, to: i64) -> DateWindow {
    DateWindow {
        from: at(from),
        to: at(to),
    }
}

fn parcel(id: &str, status: ShipmentStatus, estimate: Option<(i64, i64)>) -> Shipment {
    Shipment {
        id: id.into(),
        carrier: "BRT".into(),
        tracking_number: Some(format!("BRT-{id}")),
        tracking_url: Some(format!("https://tracking.example/{id}")),
        status,
        items: vec![],
        events: vec![
            CarrierEvent {
                at: at(-2),
                location: Some("Perugia".into()),
                description: "Ritirata dal corriere".into(),
                status: ShipmentStatus::InTransit,
            },
            CarrierEvent {
                at: at(-1),
                location: Some("Bologna".into()),
                description: "In transito presso l'hub".into(),
                status: ShipmentStatus::InTransit,
            },
        ],
        estimated_delivery: estimate.map(|(a, b)| window(a, b)),
        estimate_revised_at: None,
        delivered_at: None,
        delay: None,
        pickup: None,
        actions: Vec::new(),
        redelivery_dates: Vec::new(),
        requests: Vec::new(),
    }
}

fn tracked(shipments: Vec<Shipment>) -> OrderSummary {
    OrderSummary {
        status: OrderStatus::InTransit,
        promised_delivery: Some(window(0, 2)),
        shipments,
        access: Some(OrderAccess {
            order_id: "ord_1".into(),
            token: "t".into(),
            expires_at: at(1),
        }),
        promotions: vec![Promotion {
            title: "Free shipping next time".into(),
            text: None,
            code: Some("FREESHIP".into()),
        }],
        ..order()
    }
}

fn weather_delay() -> Delay {
    Delay {
        reason: DelayReason::Weather,
        side: DelaySide::Carrier,
        message: Some("Snow closed the A16 motorway for two days.".into()),
        action: Some("We asked the carrier to put your parcel on the first truck.".into()),
        reported_at: Some(at(-1)),
        new_estimate: Some(window(4, 5)),
        goodwill: Some(Goodwill {
            code: "SORRY10".into(),
            amount: None,
            percent: Some(10),
            expires_at: Some(at(60)),
            conditions: Some("On your next order.".into()),
        }),
    }
}

async fn open(order: OrderSummary, locale: Locale) -> (Mounted, std::rc::Rc<FakeBackend>) {
    open_with(order, locale, |_| {}).await
}

/// As [`open`], with the fake backend adjusted first (its complaints about the order, say).
async fn open_with(
    order: OrderSummary,
    locale: Locale,
    adjust: impl FnOnce(&FakeBackend),
) -> (Mounted, std::rc::Rc<FakeBackend>) {
    let backend = FakeBackend::answering(Ok(order));
    adjust(&backend);
    let widget = mount(backend.clone(), locale);
    let m = locale.messages();
    widget.type_into(m.order_number_label, "SP-1001");
    widget.type_into(m.email_label, "giulia.rossi@example.com");
    widget.button(m.find_order).click();
    widget
        .until_text(&(m.tracking().order_title)("SP-1001"))
        .await;
    (widget, backend)
}

/// The shop's own words (why, and what it is doing) are quoted as its words, marked with its
/// language; in that language they replace the general reason, which would only repeat them.
#[wasm_bindgen_test]
async fn the_shops_own_words_are_quoted_in_its_language() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, Some((4, 5)));
    p.delay = Some(weather_delay());
    let quote = |widget: &Mounted| {
        widget
            .root
            .query_selector(".sportello-shop-words blockquote")
            .unwrap()
            .expect("the shop's words are quoted")
    };
    // An English customer of an Italian shop: our reason in English, the shop's words as its.
    let (widget, _) = open(tracked(vec![p.clone()]), Locale::En).await;
    until("the shop's language on its words", || {
        quote(&widget).get_attribute("lang").as_deref() == Some("it")
    })
    .await;
    let text = widget.text();
    assert!(text.contains("Bad weather has stopped"), "{text}");
    assert!(!text.contains("What we're doing"), "{text}");
    let quoted = quote(&widget).text_content().unwrap_or_default();
    assert!(quoted.contains("Snow closed the A16"), "{quoted}");
    assert!(quoted.contains("We asked the carrier"), "{quoted}");
    drop(widget);

    // A customer reading the shop's language: its words, not the general reason as well.
    let (widget, _) = open(tracked(vec![p]), Locale::It).await;
    until("the shop's language on its words", || {
        quote(&widget).get_attribute("lang").as_deref() == Some("it")
    })
    .await;
    let general = (Locale::It.messages().tracking().reason_explanation)(DelayReason::Weather);
    let text = widget.text();
    assert!(!text.contains(general), "{text}");
    assert!(text.contains("Snow closed the A16"), "{text}");
}

#[wasm_bindgen_test]
async fn a_reported_delay_opens_the_view_with_reason_apology_action_date_and_voucher() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, Some((4, 5)));
    p.delay = Some(weather_delay());
    let (widget, _) = open(tracked(vec![p]), Locale::En).await;
    let text = widget.text();
    for expected in [
        "Your parcel is running late",
        "Bad weather has stopped or slowed the carrier's vehicles",
        "Where the hold-up is: with the carrier",
        "We're sorry.",
        "Snow closed the A16 motorway for two days.",
        "In the shop's words",
        "We asked the carrier to put your parcel on the first truck.",
        "New estimated date:",
        "For the trouble",
        "10% off your next order",
        "SORRY10",
        "On your next order.",
        "Tell me if anything changes",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    // The banner comes before everything else about the order, and in it the new date comes
    // before any prose.
    let banner = text.find("Your parcel is running late").unwrap();
    assert!(banner < text.find("Status").unwrap());
    let date = text.find("New estimated date:").unwrap();
    assert!(banner < date && date < text.find("Where the hold-up is").unwrap());
    assert!(date < text.find("Bad weather has stopped").unwrap());
    assert!(date < text.find("Snow closed the A16").unwrap());
    // No promotion while the order is late.
    assert!(!text.contains("FREESHIP"), "{text}");
    // The voucher can be copied (or, where the browser refuses, says how to copy it by hand).
    widget.button("Copy code").click();
    for _ in 0..50 {
        let t = widget.text();
        if t.contains("Code copied") || t.contains("select the code and copy it yourself") {
            return;
        }
        sleep(20).await;
    }
    panic!("copying gave no feedback: {}", widget.text());
}

#[wasm_bindgen_test]
async fn a_delay_without_a_new_date_says_so_before_any_prose() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, None);
    p.delay = Some(Delay {
        new_estimate: None,
        message: None,
        ..weather_delay()
    });
    let (widget, _) = open(tracked(vec![p]), Locale::It).await;
    let text = widget.text();
    let t = Locale::It.messages().tracking();
    let none = text
        .find(t.no_new_date)
        .unwrap_or_else(|| panic!("no {:?} in {text}", t.no_new_date));
    assert!(none < text.find(t.sorry).unwrap(), "{text}");
    assert!(
        text.contains((t.reason_explanation)(DelayReason::Weather)),
        "{text}"
    );
}

/// Canned words never claim what the shop has not recorded: a "new" date that is the promised one
/// is no new date, and customs is not said to have everything it needs.
#[wasm_bindgen_test]
async fn canned_words_claim_nothing_the_shop_did_not_record() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, None);
    p.delay = Some(Delay {
        reason: DelayReason::Customs,
        side: DelaySide::Customs,
        message: None,
        action: None,
        new_estimate: Some(window(0, 2)),
        goodwill: None,
        ..weather_delay()
    });
    let (widget, _) = open(tracked(vec![p]), Locale::En).await;
    let text = widget.text();
    assert!(!text.contains("New estimated date"), "{text}");
    assert!(text.contains("No new date yet"), "{text}");
    assert!(
        text.contains("Your parcel is being checked at customs."),
        "{text}"
    );
    for claim in ["everything they need", "following it up", "looking into it"] {
        assert!(!text.contains(claim), "{claim:?} in {text}");
    }
}

#[wasm_bindgen_test]
async fn a_parcel_delivered_late_is_told_in_the_past_with_the_apology_and_voucher() {
    let mut p = parcel("P1", ShipmentStatus::Delivered, None);
    p.delivered_at = Some(at(-1));
    p.delay = Some(Delay {
        action: None,
        ..weather_delay()
    });
    let mut order = tracked(vec![p]);
    order.promised_delivery = Some(window(-5, -3));
    let (widget, _) = open(order, Locale::En).await;
    let text = widget.text();
    for expected in [
        "Your parcel arrived later than we promised",
        "It reached you after the date we promised.",
        "We're sorry.",
        "SORRY10",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    for absent in [
        "running late",
        "New estimated date",
        "No new date yet",
        "Where the hold-up is",
        "What we're doing",
        "Tell me if anything changes",
    ] {
        assert!(!text.contains(absent), "{absent:?} in {text}");
    }
}

#[wasm_bindgen_test]
async fn lateness_is_worked_out_without_a_delay_from_the_shop() {
    // The estimate ends after the promised window: late, though the backend said nothing.
    let (widget, _) = open(
        tracked(vec![parcel("P1", ShipmentStatus::InTransit, Some((3, 4)))]),
        Locale::En,
    )
    .await;
    let text = widget.text();
    assert!(text.contains("Your parcel is running late"), "{text}");
    assert!(
        text.contains("The carrier now expects to deliver after the date we promised you."),
        "{text}"
    );
    // Nothing recorded by the shop: what is known, not an action it has not taken.
    assert!(
        text.contains("What we're doing: We'll update this page as soon as we know more."),
        "{text}"
    );
    assert!(text.contains("We promised:"), "{text}");
}

#[wasm_bindgen_test]
async fn an_estimate_that_has_passed_is_not_shown_as_a_promise() {
    let mut order = tracked(vec![parcel(
        "P1",
        ShipmentStatus::InTransit,
        Some((-3, -2)),
    )]);
    order.promised_delivery = Some(window(-3, -1));
    let (widget, _) = open(order, Locale::En).await;
    let text = widget.text();
    assert!(text.contains("The date we promised has passed"), "{text}");
    assert!(
        text.contains("The last estimated date has passed."),
        "{text}"
    );
    assert!(!text.contains("Estimated delivery:"), "{text}");
    assert!(!text.contains("New estimated date:"), "{text}");
}

#[wasm_bindgen_test]
async fn an_on_time_order_has_no_banner_and_may_show_promotions() {
    // The customer's one complaint about the order is resolved: promotions may show.
    let (widget, _) = open_with(
        tracked(vec![parcel("P1", ShipmentStatus::InTransit, Some((1, 2)))]),
        Locale::En,
        |backend| backend.followed.borrow_mut().status = ComplaintStatus::Resolved,
    )
    .await;
    widget.until_text("FREESHIP").await;
    let text = widget.text();
    assert!(!text.contains("running late"), "{text}");
    assert!(!text.contains("Tell me if anything changes"), "{text}");
    assert!(text.contains("Estimated delivery:"), "{text}");
    assert!(
        text.contains("Free shipping next time") && text.contains("FREESHIP"),
        "{text}"
    );
}

#[wasm_bindgen_test]
async fn each_parcel_has_its_journey_with_the_current_step_marked() {
    let mut delivered = parcel("P1", ShipmentStatus::Delivered, Some((-1, -1)));
    delivered.delivered_at = Some(at(-1));
    let mut late = parcel("P2", ShipmentStatus::InTransit, Some((4, 5)));
    late.delay = Some(weather_delay());
    late.tracking_url = Some("javascript:alert(1)".into());
    let (widget, _) = open(tracked(vec![delivered, late]), Locale::En).await;
    let text = widget.text();
    assert!(text.contains("Your 2 parcels"), "{text}");
    assert!(text.contains("Parcel 2 of 2 is running late"), "{text}");
    assert!(
        text.contains("Parcel 1 of 2 · BRT") && text.contains("Delivered on"),
        "{text}"
    );
    let current: Vec<String> = {
        let list = widget
            .root
            .query_selector_all("[aria-current=step]")
            .unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().text_content().unwrap())
            .collect()
    };
    assert_eq!(current, ["Delivered", "On its way"]);
    // Only the https tracking page becomes a link, opened safely.
    let links = widget.root.query_selector_all("a[target=_blank]").unwrap();
    assert_eq!(links.length(), 1);
    let link: HtmlElement = links.item(0).unwrap().unchecked_into();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://tracking.example/P1")
    );
    assert_eq!(
        link.get_attribute("rel").as_deref(),
        Some("noopener noreferrer")
    );
    assert!(widget
        .root
        .query_selector("a[href^=javascript]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn long_histories_show_the_latest_updates_first_then_all() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, Some((1, 2)));
    p.events = (0..200)
        .map(|i| CarrierEvent {
            at: clock::format_rfc3339(clock::now() - (200 - i) * 3600),
            location: None,
            description: format!("Scan {}", i + 1),
            status: ShipmentStatus::InTransit,
        })
        .collect();
    let (widget, _) = open(tracked(vec![p]), Locale::En).await;
    let count = || {
        widget
            .root
            .query_selector_all(".sportello-events li")
            .unwrap()
            .length()
    };
    assert_eq!(count(), 5);
    let first = widget
        .root
        .query_selector(".sportello-events li")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(first.contains("Scan 200"), "{first}");
    // "Show all" adds the rest a hundred at a time, one batch per frame, the next newest first.
    widget.button("Show all 200 updates").click();
    widget.until_text("Show fewer updates").await;
    assert!(count() >= 105, "{} at once", count());
    for _ in 0..100 {
        if count() == 200 {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(count(), 200);
    let items = widget
        .root
        .query_selector_all(".sportello-events li")
        .unwrap();
    for i in 0..200 {
        let text = items.item(i).unwrap().text_content().unwrap();
        assert!(text.ends_with(&format!("Scan {}", 200 - i)), "{i}: {text}");
    }
    // "Show fewer" while the rest are still coming stops them.
    widget.button("Show fewer updates").click();
    widget.until_text("Show all 200 updates").await;
    assert_eq!(count(), 5);
    let toggle = widget.button("Show all 200 updates");
    toggle.click();
    toggle.click();
    frames(5).await;
    assert_eq!(count(), 5, "no batch arrives after Show fewer");
    assert!(widget.has_button("Show all 200 updates"));
}

#[wasm_bindgen_test]
async fn statuses_this_widget_does_not_know_stay_neutral() {
    let mut order = tracked(vec![parcel("P1", ShipmentStatus::Unknown, None)]);
    order.refunds = vec![Refund {
        id: "R1".into(),
        amount: 3900,
        method: RefundMethod::BankTransfer,
        status: RefundStatus::Unknown,
        issued_at: None,
        expected_by: Some(at(5)),
        completed_at: None,
        delay: None,
    }];
    let (widget, _) = open(order, Locale::En).await;
    let text = widget.text();
    // The parcel: "being updated" under its steps, none of them marked as where it is.
    assert!(
        text.contains("Status being updated") || text.contains("Being updated"),
        "{text}"
    );
    assert!(widget
        .root
        .query_selector(".sportello-parcel [aria-current=step]")
        .unwrap()
        .is_none());
    // The refund: never "it should reach you by…" while its state is unknown.
    assert!(!text.contains("It should reach you by"), "{text}");
    assert!(widget
        .root
        .query_selector(".sportello-refund [aria-current=step]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn a_refund_late_at_the_bank_is_explained_as_such() {
    let mut order = tracked(vec![]);
    order.status = OrderStatus::Returned;
    order.refunds = vec![Refund {
        id: "R1".into(),
        amount: 3900,
        method: RefundMethod::BankTransfer,
        status: RefundStatus::Issued,
        issued_at: Some(at(-12)),
        expected_by: Some(at(-2)),
        completed_at: None,
        delay: Some(Delay {
            reason: DelayReason::BankProcessing,
            side: DelaySide::Bank,
            message: Some("We sent the transfer the day your return arrived.".into()),
            action: Some("We've e-mailed you the transfer receipt to show your bank.".into()),
            reported_at: Some(at(-1)),
            new_estimate: Some(window(1, 3)),
            goodwill: None,
        }),
    }];
    let (widget, _) = open(order, Locale::En).await;
    let text = widget.text();
    for expected in [
        "Your refund is taking longer than it should",
        "We've sent the money; the banks are taking longer than usual",
        "Where the hold-up is: with the banks",
        "We've e-mailed you the transfer receipt",
        "€39.00 by bank transfer",
        "We sent it on",
        // Money, not a delivery.
        "You were counting on this money",
        "We promised:",
        "as soon as your refund moves or reaches you",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    let current = widget
        .root
        .query_selector(".sportello-refund [aria-current=step]")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().unwrap(), "Sent by us");
    // The passed "expected by" date is not repeated as a promise.
    assert!(!text.contains("It should reach you by"), "{text}");
    for delivery in ["Delivering to", "your order arrives", "counting on it"] {
        assert!(!text.contains(delivery), "{delivery:?} in {text}");
    }
}

/// Signed up on an earlier visit: the order says so (each channel), and another channel can
/// still be added.
#[wasm_bindgen_test]
async fn an_order_already_subscribed_says_so_instead_of_asking_again() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, Some((4, 5)));
    p.delay = Some(weather_delay());
    let mut order = tracked(vec![p]);
    order.subscriptions = vec![sportello_contract::Subscription {
        channel: NotifyChannel::Whatsapp,
        created_at: at(-1),
    }];
    let (widget, _) = open(order, Locale::En).await;
    let text = widget.text();
    assert!(
        text.contains("You're signed up: we'll message you on WhatsApp if anything changes."),
        "{text}"
    );
    assert!(!widget.has_button("Notify me"), "{text}");
    widget.button("Tell me another way too").click();
    widget.until_text("Notify me").await;
}

#[wasm_bindgen_test]
async fn the_notify_opt_in_checks_phone_and_consent_then_confirms() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, Some((4, 5)));
    p.delay = Some(weather_delay());
    let (widget, backend) = open(tracked(vec![p]), Locale::En).await;
    let sms: web_sys::HtmlInputElement = widget.input_labelled("Text message (SMS)");
    sms.click();
    widget.until_text("Mobile number").await;
    widget.button("Notify me").click();
    widget.until_text("Enter your mobile number").await;
    assert!(widget
        .text()
        .contains("Tick the box to agree to be contacted about this order"));
    assert!(backend.subscriptions.borrow().is_empty());

    // The messages follow a change of language, like every other word of the form.
    let picker: web_sys::HtmlSelectElement = widget.input_labelled_any("Language");
    picker.set_value("it");
    picker
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    widget
        .until_text("Inserisci il tuo numero di cellulare")
        .await;
    assert!(!widget.text().contains("Enter your mobile number"));
    picker.set_value("en");
    picker
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    widget.until_text("Enter your mobile number").await;

    widget.type_into("Mobile number", "+39 333 123 4567");
    widget
        .input_labelled("I agree to be contacted about this order on the channel I chose.")
        .click();
    widget.button("Notify me").click();
    widget
        .until_text("Done: we'll send you a text message if anything changes.")
        .await;
    let sent = backend.subscriptions.borrow();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].channel, NotifyChannel::Sms);
    assert_eq!(sent[0].address.as_deref(), Some("+39 333 123 4567"));
    assert!(sent[0].consent);
}

#[wasm_bindgen_test]
async fn a_refresh_announces_a_changed_estimate() {
    let (widget, backend) = open(
        tracked(vec![parcel("P1", ShipmentStatus::InTransit, Some((1, 2)))]),
        Locale::En,
    )
    .await;
    let mut moved = tracked(vec![parcel("P1", ShipmentStatus::InTransit, Some((5, 6)))]);
    moved.access = None;
    *backend.refresh_answer.borrow_mut() = Some(Ok(moved));
    widget.button("Check for updates").click();
    widget.until_text("Your parcel is running late").await;
    assert!(
        widget
            .status_text()
            .starts_with("New estimated delivery for Parcel · BRT:"),
        "{}",
        widget.status_text()
    );
    assert!(widget.text().contains("Updated at"));
    // The token from the lookup is kept: refreshing again still works.
    widget.button("Check for updates").click();
    frames(3).await;
    assert!(!widget.text().contains("expired"));
}

#[wasm_bindgen_test]
async fn an_expired_token_asks_to_look_the_order_up_again() {
    let (widget, backend) = open(
        tracked(vec![parcel("P1", ShipmentStatus::InTransit, Some((1, 2)))]),
        Locale::En,
    )
    .await;
    *backend.refresh_answer.borrow_mut() = Some(Err(sportello_app::api::ApiError::Unauthorized));
    widget.button("Check for updates").click();
    widget.until_text("this view has expired").await;
}

#[wasm_bindgen_test]
async fn a_deep_link_prefills_the_order_number_only() {
    let widget = mount_with(
        FakeBackend::answering(Ok(order())),
        Locale::It,
        Some("SP-1002"),
    );
    widget.until_text("Traccia il tuo ordine").await;
    let input = widget.input_labelled("Numero d'ordine");
    for _ in 0..50 {
        if input.value() == "SP-1002" {
            break;
        }
        sleep(20).await;
    }
    assert_eq!(input.value(), "SP-1002");
    assert_eq!(widget.input_labelled("Indirizzo e-mail").value(), "");
}

#[wasm_bindgen_test]
async fn the_delay_banner_in_italian() {
    let mut p = parcel("P1", ShipmentStatus::InTransit, Some((4, 5)));
    // Without words of the shop's own, which would stand for the general reason in Italian.
    p.delay = Some(Delay {
        message: None,
        ..weather_delay()
    });
    let (widget, _) = open(tracked(vec![p]), Locale::It).await;
    let text = widget.text();
    assert!(text.contains("Il tuo pacco è in ritardo"), "{text}");
    assert!(
        text.contains("Il maltempo ha fermato o rallentato i mezzi del corriere"),
        "{text}"
    );
    assert!(text.contains("10% di sconto sul prossimo ordine"), "{text}");
    assert!(text.contains("Avvisami se cambia qualcosa"), "{text}");
}

/// A voucher with both an amount and a percentage shows the percentage; with neither, the code
/// alone (contract README, "Delays").
#[wasm_bindgen_test]
async fn a_voucher_with_both_shows_the_percentage_and_with_neither_the_code_alone() {
    let with = |amount: Option<i64>, percent: Option<u8>| {
        let mut delay = weather_delay();
        delay.goodwill = Some(Goodwill {
            code: "SORRY10".into(),
            amount,
            percent,
            expires_at: None,
            conditions: None,
        });
        let mut late = parcel("P1", ShipmentStatus::InTransit, Some((4, 5)));
        late.delay = Some(delay);
        tracked(vec![late])
    };
    let (widget, _) = open(with(Some(500), Some(10)), Locale::En).await;
    let text = widget.text();
    assert!(text.contains("10% off your next order"), "{text}");
    assert!(!text.contains("€5.00 off"), "{text}");
    drop(widget);
    let (widget, _) = open(with(None, None), Locale::En).await;
    let text = widget.text();
    assert!(text.contains("SORRY10"), "{text}");
    assert!(!text.contains("off your next order"), "{text}");
}

/// A parcel waiting at a pickup point after a missed delivery: the shop's explanation stays,
/// but no "new date" is awaited and nothing is "held up" (the panel above says where to collect
/// it and until when).
#[wasm_bindgen_test]
async fn a_parcel_waiting_at_a_pickup_point_awaits_no_new_date() {
    let mut waiting = parcel("P1", ShipmentStatus::AvailableForPickup, Some((-2, -2)));
    waiting.delay = Some(Delay {
        reason: DelayReason::RecipientUnavailable,
        side: DelaySide::Other,
        message: Some("The postman called while nobody was in.".into()),
        action: Some("It waits at the post office for 10 days.".into()),
        reported_at: Some(at(-2)),
        new_estimate: None,
        goodwill: None,
    });
    let order = OrderSummary {
        status: OrderStatus::PickupAvailable,
        promised_delivery: Some(window(-3, -1)),
        ..tracked(vec![waiting])
    };
    let (widget, _) = open(order, Locale::En).await;
    let t = Locale::En.messages().tracking();
    let text = widget.text();
    assert!(
        text.contains("The postman called while nobody was in."),
        "{text}"
    );
    assert!(!text.contains(t.no_new_date), "{text}");
    assert!(!text.contains(t.side_label), "{text}");
}
