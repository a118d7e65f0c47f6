//! WooCommerce's order webhooks into the reference server: fixtures shaped as the WooCommerce
//! REST API documents an order (its field names, our values), signed as WooCommerce signs them.

mod common;

use axum::{
    body::Body,
    http::{header, Request, StatusCode},
};
use common::*;
use serde_json::json;
use sportello_contract::{OrderStatus, ProblemType, ShipmentStatus};

const SECRET: &str = "wc-secret-8d2f61";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/fixtures/woocommerce/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

async fn deliver(
    app: &TestApp,
    topic: &str,
    id: &str,
    body: &[u8],
    signature: Option<String>,
) -> Answer {
    let mut request = Request::post("/ingest/woocommerce")
        .header(header::CONTENT_TYPE, "application/json")
        .header("X-WC-Webhook-Source", "https://kaffee-nord.example/")
        .header("X-WC-Webhook-Topic", topic)
        .header("X-WC-Webhook-Resource", "order")
        .header("X-WC-Webhook-Event", topic.rsplit('.').next().unwrap())
        .header("X-WC-Webhook-ID", "14")
        .header("X-WC-Webhook-Delivery-ID", id);
    if let Some(signature) = signature {
        request = request.header("X-WC-Webhook-Signature", signature);
    }
    send(app, request.body(Body::from(body.to_vec())).unwrap()).await
}

fn shop() -> TestApp {
    test_app_with(|settings| {
        settings.demo = false;
        settings.woocommerce_webhook_secret = Some(SECRET.to_owned());
    })
}

async fn found(app: &TestApp, number: &str) -> Option<sportello_contract::OrderSummary> {
    let answer = lookup(
        app,
        json!({"order_number": number, "postcode": "20099"}).to_string(),
    )
    .await;
    (answer.status == StatusCode::OK).then(|| {
        let mut order: sportello_contract::OrderSummary =
            serde_json::from_slice(&answer.body).unwrap();
        order.access = None;
        order
    })
}

#[tokio::test]
async fn an_order_from_woocommerce_is_found_and_follows_its_updates() {
    let app = shop();
    let body = fixture("order_created");
    let created = deliver(
        &app,
        "order.created",
        "9c1",
        &body,
        Some(common::hmac_signature(&body, SECRET)),
    )
    .await;
    assert_eq!(created.json()["outcome"], "created");
    let order = found(&app, "#727").await.expect("the order");
    assert_eq!(order.status, OrderStatus::Processing);
    assert_eq!(order.items[0].unit_price, 1390);
    assert_eq!(order.items[0].quantity, 2);
    assert_eq!(order.placed_at, "2026-11-24T09:12:45Z");
    assert_eq!(
        order.shipping_address.unwrap().name.as_deref(),
        Some("Jonas B.")
    );
    let by_email = lookup(
        &app,
        json!({"order_number": "727", "email": "Jonas.Becker@example.de"}).to_string(),
    )
    .await;
    assert_eq!(by_email.status, StatusCode::OK);

    // Completed with the Shipment Tracking extension's parcel, and a refund.
    let body = fixture("order_updated");
    let updated = deliver(
        &app,
        "order.updated",
        "9c2",
        &body,
        Some(common::hmac_signature(&body, SECRET)),
    )
    .await;
    assert_eq!(updated.json()["outcome"], "updated");
    let order = found(&app, "727").await.unwrap();
    assert_eq!(order.status, OrderStatus::InTransit);
    let parcel = &order.shipments[0];
    assert_eq!(parcel.carrier, "DHL");
    assert_eq!(
        parcel.tracking_number.as_deref(),
        Some("00340434161234567890")
    );
    assert_eq!(parcel.status, ShipmentStatus::InTransit);
    assert_eq!(order.refunds[0].amount, 920);

    // The same delivery again: taken once.
    let again = deliver(
        &app,
        "order.updated",
        "9c2",
        &body,
        Some(common::hmac_signature(&body, SECRET)),
    )
    .await;
    assert_eq!(again.json()["outcome"], "duplicate");

    // WooCommerce tells the day a parcel left and nothing after: a year without a scan is not
    // a carrier fallen silent, and the detector leaves the order alone.
    let ran = admin(
        &app,
        axum::http::Method::POST,
        "/admin/detector/run",
        json!(null),
    )
    .await;
    assert_eq!(ran.json()["flagged"], 0);
    assert!(found(&app, "727").await.unwrap().shipments[0]
        .delay
        .is_none());
}

#[tokio::test]
async fn without_the_right_signature_nothing_is_stored() {
    let app = shop();
    let body = fixture("order_created");
    for signature in [
        None,
        Some(common::hmac_signature(&body, "another")),
        Some(common::hmac_signature(b"{}", SECRET)),
    ] {
        let refused = deliver(&app, "order.created", "9c1", &body, signature).await;
        assert_problem(&refused, ProblemType::Unauthorized);
    }
    assert!(found(&app, "727").await.is_none());
    // WooCommerce's unsigned ping when the webhook is saved is answered, and stores nothing.
    let ping = send(
        &app,
        Request::post("/ingest/woocommerce")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from("webhook_id=14"))
            .unwrap(),
    )
    .await;
    assert_eq!(ping.status, StatusCode::OK);
    assert_eq!(ping.json()["outcome"], "ignored");
    // The signed delivery goes in, even under an id a refused attempt used.
    let created = deliver(
        &app,
        "order.created",
        "9c1",
        &body,
        Some(common::hmac_signature(&body, SECRET)),
    )
    .await;
    assert_eq!(created.json()["outcome"], "created");

    // A flood of forged deliveries from one client is cut at 600 a minute; a verified delivery
    // from the same client still goes in (a busy shop's webhooks are never refused).
    let mut limited = None;
    for n in 0..601 {
        let answer = deliver(&app, "order.created", &format!("f{n}"), b"{}", None).await;
        if answer.status == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(answer);
            break;
        }
    }
    let limited = limited.expect("the 601st delivery in a minute is refused");
    assert!(limited.header("retry-after").is_some());
    let body = fixture("order_updated");
    let verified = deliver(
        &app,
        "order.updated",
        "9c9",
        &body,
        Some(common::hmac_signature(&body, SECRET)),
    )
    .await;
    assert_eq!(verified.status, StatusCode::OK);
    assert_eq!(verified.json()["outcome"], "updated");
}
