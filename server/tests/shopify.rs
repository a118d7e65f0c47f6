//! Shopify's webhooks into the reference server: fixtures shaped as Shopify documents its
//! webhook bodies (its field names, our values), signed as Shopify signs them. For each topic:
//! the right signature stores it, a wrong or missing one is refused with nothing stored, and the
//! same delivery again changes nothing. Then the widget's lookup finds the order, with or
//! without its "#".

mod common;

use axum::{
    body::Body,
    http::{header, Request, StatusCode},
};
use common::*;
use serde_json::json;
use sportello_contract::{OrderStatus, ProblemType, RefundStatus, ShipmentStatus};

const SECRET: &str = "shpss_test_5c1d7f0e9a";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/shopify/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

async fn deliver(
    app: &TestApp,
    topic: &str,
    webhook_id: &str,
    body: &[u8],
    signature: Option<String>,
) -> Answer {
    let mut request = Request::post("/ingest/shopify")
        .header(header::CONTENT_TYPE, "application/json")
        .header("X-Shopify-Topic", topic)
        .header("X-Shopify-Shop-Domain", "bottega-aurora.myshopify.com")
        .header("X-Shopify-API-Version", "2026-10")
        .header("X-Shopify-Webhook-Id", webhook_id)
        .header("X-Shopify-Triggered-At", "2026-11-24T09:12:46.123Z");
    if let Some(signature) = signature {
        request = request.header("X-Shopify-Hmac-Sha256", signature);
    }
    send(app, request.body(Body::from(body.to_vec())).unwrap()).await
}

async fn signed(app: &TestApp, topic: &str, webhook_id: &str, name: &str) -> Answer {
    let body = fixture(name);
    let signature = common::hmac_signature(&body, SECRET);
    deliver(app, topic, webhook_id, &body, Some(signature)).await
}

fn shop() -> TestApp {
    test_app_with(|settings| {
        settings.demo = false;
        settings.shopify_webhook_secret = Some(SECRET.to_owned());
    })
}

async fn found(app: &TestApp, number: &str) -> Option<sportello_contract::OrderSummary> {
    let answer = lookup(
        app,
        json!({"order_number": number, "email": "elena.marchetti@example.com"}).to_string(),
    )
    .await;
    (answer.status == StatusCode::OK).then(|| {
        let mut order: sportello_contract::OrderSummary =
            serde_json::from_slice(&answer.body).unwrap();
        // Each lookup grants its own token: the order is the rest.
        order.access = None;
        order
    })
}

#[tokio::test]
async fn an_order_and_its_parcel_from_shopify_are_found_with_or_without_the_hash() {
    let app = shop();
    let created = signed(
        &app,
        "orders/create",
        "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
        "orders_create",
    )
    .await;
    assert_eq!(created.status, StatusCode::OK);
    assert_eq!(created.json()["outcome"], "created");
    let shipped = signed(
        &app,
        "fulfillments/create",
        "f1c0e9a2-2b6f-4c8e-9d1a-5e7b3c2a1f00",
        "fulfillments_create",
    )
    .await;
    assert_eq!(shipped.json()["outcome"], "created");

    for number in ["#1001", "1001"] {
        let order = found(&app, number).await.expect(number);
        assert_eq!(order.number, "1001");
        assert_eq!(order.currency, "EUR");
        assert_eq!(order.items[0].name, "Tazza in ceramica - Blu");
        assert_eq!(order.items[0].unit_price, 1850);
        assert_eq!(order.items[0].quantity, 2);
        let parcel = &order.shipments[0];
        assert_eq!(parcel.carrier, "BRT");
        assert_eq!(parcel.tracking_number.as_deref(), Some("BRT0004242"));
        assert!(parcel
            .tracking_url
            .as_deref()
            .unwrap()
            .starts_with("https://vas.brt.it/"));
        assert_eq!(parcel.status, ShipmentStatus::InTransit);
        assert_eq!(parcel.items[0].quantity, 2);
        // The address only masked.
        let address = order.shipping_address.unwrap();
        assert_eq!(address.name.as_deref(), Some("Elena M."));
        assert_eq!(address.line.as_deref(), Some("Via G*** 1*"));
    }
    let by_postcode = lookup(
        &app,
        json!({"order_number": "#1001", "postcode": "40124"}).to_string(),
    )
    .await;
    assert_eq!(by_postcode.status, StatusCode::OK);

    // Delivered, then a refund: the parcel and the order follow.
    signed(
        &app,
        "fulfillments/update",
        "0a9e7c61-6a3d-4f0e-b1c2-77d8e9f0a1b2",
        "fulfillments_update",
    )
    .await;
    let refunded = signed(
        &app,
        "refunds/create",
        "3d6f9b20-1e5a-4b7c-8d9e-0f1a2b3c4d5e",
        "refunds_create",
    )
    .await;
    assert_eq!(refunded.json()["outcome"], "created");
    let order = found(&app, "1001").await.unwrap();
    assert_eq!(order.shipments[0].status, ShipmentStatus::Delivered);
    assert_eq!(order.refunds[0].amount, 1850);
    assert_eq!(order.refunds[0].status, RefundStatus::Issued);
}

#[tokio::test]
async fn every_topic_needs_its_signature_and_is_taken_once() {
    let topics = [
        ("orders/create", "orders_create"),
        ("orders/updated", "orders_updated"),
        ("orders/cancelled", "orders_cancelled"),
        ("fulfillments/create", "fulfillments_create"),
        ("fulfillments/update", "fulfillments_update"),
        ("refunds/create", "refunds_create"),
    ];
    let app = shop();
    for (n, (topic, name)) in topics.into_iter().enumerate() {
        let body = fixture(name);
        // Missing, wrong secret, or the body changed after signing: refused, nothing stored.
        let tampered = {
            let mut b = body.clone();
            let at = b.iter().position(|&c| c == b'7').unwrap();
            b[at] = b'8';
            b
        };
        for (signature, what) in [
            (None, "no signature"),
            (
                Some(common::hmac_signature(&body, "another-secret")),
                "another secret",
            ),
            (
                Some(common::hmac_signature(&body, SECRET)),
                "a changed body",
            ),
        ] {
            let sent = if what == "a changed body" {
                &tampered
            } else {
                &body
            };
            let refused = deliver(&app, topic, &format!("refused-{n}"), sent, signature).await;
            assert_problem(&refused, ProblemType::Unauthorized);
        }
        if n == 0 {
            assert!(
                found(&app, "1001").await.is_none(),
                "stored without a signature"
            );
        }
        let id = format!("delivery-{n}");
        let first = signed(&app, topic, &id, name).await;
        assert_eq!(first.status, StatusCode::OK, "{topic}: {:?}", first.json());
        let before = found(&app, "1001").await.unwrap();
        // Shopify retries the same delivery: taken once.
        let again = signed(&app, topic, &id, name).await;
        assert_eq!(again.json()["outcome"], "duplicate", "{topic}");
        assert_eq!(found(&app, "1001").await.unwrap(), before, "{topic}");
    }
    // orders/cancelled came before the later topics; its status stays on the order.
    let order = found(&app, "1001").await.unwrap();
    assert_eq!(order.status, OrderStatus::Cancelled);
}

async fn waiting(app: &TestApp) -> Vec<serde_json::Value> {
    let answer = admin(app, axum::http::Method::GET, "/admin/webhooks", json!(null)).await;
    assert_eq!(answer.status, StatusCode::OK);
    answer.json().as_array().unwrap().clone()
}

/// Store first, work after: a signed delivery is always taken (Shopify deletes a subscription
/// whose deliveries keep failing). A parcel for an order not in yet waits for it and goes in
/// the moment the order does; one that can never be read, or whose order never comes, is set
/// aside with the reason for the shop to see.
#[tokio::test]
async fn a_parcel_sent_before_its_order_waits_for_it_and_nothing_signed_is_refused() {
    let app = test_app_with(|settings| {
        settings.demo = false;
        settings.shopify_webhook_secret = Some(SECRET.to_owned());
    });
    let early = signed(
        &app,
        "fulfillments/create",
        "early-1",
        "fulfillments_create",
    )
    .await;
    assert_eq!(early.status, StatusCode::OK);
    assert_eq!(early.json()["outcome"], "waiting");
    let queue = waiting(&app).await;
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0]["topic"], "fulfillments/create");
    assert_eq!(queue[0]["error"], "waiting for its order");
    assert_eq!(queue[0]["set_aside"], false);

    // The order comes in: the waiting parcel goes in with it, before the answer.
    let order = signed(&app, "orders/create", "order-1", "orders_create").await;
    assert_eq!(order.json()["outcome"], "created");
    let order = found(&app, "#1001").await.expect("the order is in");
    assert_eq!(order.shipments.len(), 1, "the early parcel was applied");
    assert!(waiting(&app).await.is_empty());
    // Shopify's retry of the early delivery is a duplicate and changes nothing.
    let retried = signed(
        &app,
        "fulfillments/create",
        "early-1",
        "fulfillments_create",
    )
    .await;
    assert_eq!(retried.json()["outcome"], "duplicate");
    assert_eq!(found(&app, "1001").await.unwrap(), order);

    // Signed but not an order Sportello can read: taken (200), set aside with the reason.
    let unreadable = br##"{"id": 7, "name": "#1002"}"##;
    let answer = deliver(
        &app,
        "orders/create",
        "odd-1",
        unreadable,
        Some(common::hmac_signature(unreadable, SECRET)),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json()["outcome"], "refused");
    assert!(
        answer.json()["detail"]
            .as_str()
            .unwrap()
            .contains("not a Shopify order"),
        "{:?}",
        answer.json()
    );
    let queue = waiting(&app).await;
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0]["set_aside"], true);

    // A refund for an order that never comes in is set aside after Shopify's 4 hours.
    let mut refund: serde_json::Value = serde_json::from_slice(&fixture("refunds_create")).unwrap();
    refund["order_id"] = json!(999_999);
    let body = serde_json::to_vec(&refund).unwrap();
    let orphan = deliver(
        &app,
        "refunds/create",
        "orphan-1",
        &body,
        Some(common::hmac_signature(&body, SECRET)),
    )
    .await;
    assert_eq!(orphan.json()["outcome"], "waiting");
    let later = time::OffsetDateTime::now_utc() + time::Duration::hours(5);
    let later = later
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    admin(
        &app,
        axum::http::Method::PUT,
        "/admin/clock",
        json!({ "now": later }),
    )
    .await;
    // Any order coming in wakes the waiting deliveries.
    signed(&app, "orders/updated", "order-2", "orders_updated").await;
    let queue = waiting(&app).await;
    let orphan = queue.iter().find(|d| d["id"] == "orphan-1").unwrap();
    assert_eq!(orphan["set_aside"], true);
    assert_eq!(orphan["error"], "its order never came in");

    // Without a secret, the endpoint does not exist.
    let closed = test_app();
    let body = fixture("orders_create");
    let absent = deliver(
        &closed,
        "orders/create",
        "x",
        &body,
        Some(common::hmac_signature(&body, SECRET)),
    )
    .await;
    assert_eq!(absent.status, StatusCode::NOT_FOUND);
}

/// A carrier's estimate Shopify sends is the parcel's estimate; a delay the shop recorded stays
/// through Shopify's later updates of the parcel (it does not know of it), told only once.
#[tokio::test]
async fn shopifys_estimate_is_shown_and_a_later_update_keeps_the_shops_delay() {
    let app = shop();
    signed(&app, "orders/create", "c1", "orders_create").await;
    let mut fulfillment: serde_json::Value =
        serde_json::from_slice(&fixture("fulfillments_create")).unwrap();
    fulfillment["estimated_delivery_at"] = json!("2026-11-27T18:00:00+01:00");
    let body = serde_json::to_vec(&fulfillment).unwrap();
    let signature = common::hmac_signature(&body, SECRET);
    deliver(&app, "fulfillments/create", "c2", &body, Some(signature)).await;
    let order = found(&app, "1001").await.unwrap();
    let parcel = &order.shipments[0];
    let estimate = parcel
        .estimated_delivery
        .as_ref()
        .expect("Shopify's estimate");
    assert_eq!(estimate.to, "2026-11-27T18:00:00+01:00");

    let id = parcel.id.clone();
    let delay = json!({"shipment_id": id, "delay": {"reason": "weather", "side": "carrier",
        "message": "Neve sull'Appennino: BRT consegna con due giorni di ritardo."}});
    let recorded = admin(
        &app,
        axum::http::Method::PUT,
        "/admin/orders/1001/delay",
        delay,
    )
    .await;
    assert!(recorded.status.is_success(), "{}", recorded.status);
    let notices = |app: &TestApp| {
        let conn = rusqlite::Connection::open(app._dir.path().join("data/test.db")).unwrap();
        conn.query_row("SELECT COUNT(*) FROM notices", [], |r| r.get::<_, i64>(0))
            .unwrap()
    };
    let told = notices(&app);
    // Shopify updates the parcel (and later the order) without a word of the delay.
    signed(&app, "fulfillments/update", "c3", "fulfillments_update").await;
    signed(&app, "orders/updated", "c4", "orders_create").await;
    let order = found(&app, "1001").await.unwrap();
    let kept = order.shipments[0]
        .delay
        .as_ref()
        .expect("the shop's delay stays");
    assert_eq!(
        kept.message.as_deref(),
        Some("Neve sull'Appennino: BRT consegna con due giorni di ritardo.")
    );
    assert_eq!(order.shipments[0].status, ShipmentStatus::Delivered);
    assert_eq!(
        notices(&app),
        told + 1,
        "the delivery is news; the delay is not told again"
    );
}

/// The customer changes the delivery address and the shop saves the order: Shopify's
/// `orders/updated` moves the lookup's postcode and the masked address with it.
#[tokio::test]
async fn an_order_updated_in_shopify_moves_its_address_and_postcode() {
    let app = shop();
    signed(&app, "orders/create", "u1", "orders_create").await;
    let updated = signed(&app, "orders/updated", "u2", "orders_updated").await;
    assert_eq!(updated.json()["outcome"], "updated");
    let order = found(&app, "#1001").await.unwrap();
    let address = order.shipping_address.unwrap();
    assert_eq!(address.line.as_deref(), Some("Via I*** 4"));
    let by_postcode = |postcode: &'static str| {
        let app = &app;
        async move {
            lookup(
                app,
                json!({"order_number": "1001", "postcode": postcode}).to_string(),
            )
            .await
            .status
        }
    };
    assert_eq!(by_postcode("40121").await, StatusCode::OK);
    assert_eq!(by_postcode("40124").await, StatusCode::NOT_FOUND);
}
