//! HTTP tests of parcel requests in the reference backend (contract 1.3): a customer whose parcel
//! needs them asks for another delivery day or corrects the address, once per Idempotency-Key;
//! the parcel then lists the request, and the shop's staff see it with the address.

mod common;

use axum::http::{Method, StatusCode};
use common::*;
use serde_json::json;
use sportello_contract::{OrderSummary, ParcelAction, ProblemType};

fn requests_path(order: &OrderSummary, shipment: &str) -> String {
    let access = order.access.as_ref().unwrap();
    format!(
        "/v1/orders/{}/shipments/{shipment}/requests",
        access.order_id
    )
}

#[tokio::test]
async fn a_missed_delivery_takes_another_day_once_per_key() {
    let app = test_app();
    let order = looked_up(&app, "SP-1011", "valentina.galli@example.com").await;
    let parcel = &order.shipments[0];
    assert_eq!(
        parcel.actions,
        [ParcelAction::CorrectAddress, ParcelAction::Redeliver]
    );
    assert_eq!(parcel.redelivery_dates.len(), 3);
    let day = parcel.redelivery_dates[1].clone();
    let token = order.access.as_ref().unwrap().token.clone();
    let path = requests_path(&order, "P1");
    let body = json!({"kind": "redeliver", "date": day});

    // No key: refused before anything is done.
    let no_key = post_json(&app, &path, None, Some(&token), body.clone()).await;
    assert_problem(&no_key, ProblemType::MalformedRequest);
    // No token: refused.
    let no_token = post_json(&app, &path, Some("k-1"), None, body.clone()).await;
    assert_problem(&no_token, ProblemType::Unauthorized);

    // A day the carrier does not offer: named, and the key stays unused.
    let christmas = json!({"kind": "redeliver", "date": "2026-12-25"});
    let refused = post_json(&app, &path, Some("k-1"), Some(&token), christmas).await;
    let problem = assert_problem(&refused, ProblemType::InvalidRequest);
    assert_eq!(problem.invalid_params[0].name, "date");

    let first = post_json(&app, &path, Some("k-1"), Some(&token), body.clone()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    assert_eq!(first.header("cache-control"), Some("no-store"));
    assert_eq!(first.json()["kind"], "redeliver");
    assert_eq!(first.json()["date"], json!(day));
    // A retry replays the answer; it is not a second request.
    let again = post_json(&app, &path, Some("k-1"), Some(&token), body.clone()).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body, first.body);
    // The same key with another body is refused.
    let other = json!({"kind": "redeliver", "date": parcel.redelivery_dates[0]});
    let reused = post_json(&app, &path, Some("k-1"), Some(&token), other).await;
    assert_problem(&reused, ProblemType::IdempotencyKeyReused);

    // The parcel lists it from now on (a later visit sees what was asked).
    let order = looked_up(&app, "SP-1011", "valentina.galli@example.com").await;
    let requests = &order.shipments[0].requests;
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].date.as_deref(), Some(day.as_str()));

    // An unknown parcel, and a parcel that needs nothing.
    let unknown = post_json(
        &app,
        &requests_path(&order, "P9"),
        Some("k-2"),
        Some(&token),
        body,
    )
    .await;
    assert_problem(&unknown, ProblemType::OrderNotFound);
    let delivered = looked_up(&app, "SP-1003", "chiara.esposito@example.com").await;
    let token = delivered.access.as_ref().unwrap().token.clone();
    let nothing = post_json(
        &app,
        &requests_path(&delivered, "P1"),
        Some("k-3"),
        Some(&token),
        json!({"kind": "redeliver", "date": "2026-12-03"}),
    )
    .await;
    assert_problem(&nothing, ProblemType::Conflict);
}

#[tokio::test]
async fn a_corrected_address_reaches_the_shop_but_never_comes_back() {
    let app = test_app();
    let order = looked_up(&app, "SP-1011", "valentina.galli@example.com").await;
    let token = order.access.as_ref().unwrap().token.clone();
    let path = requests_path(&order, "P1");
    let empty = json!({"kind": "correct_address", "address": {"line": " ", "postcode": "09124", "city": "Cagliari"}});
    let refused = post_json(&app, &path, Some("a-1"), Some(&token), empty).await;
    let problem = assert_problem(&refused, ProblemType::InvalidRequest);
    assert_eq!(problem.invalid_params[0].name, "address.line");

    let address = json!({"line": "Via dei Mille 4, scala B", "postcode": "09124", "city": "Cagliari", "note": "Citofono Galli"});
    let body = json!({"kind": "correct_address", "address": address});
    let sent = post_json(&app, &path, Some("a-1"), Some(&token), body).await;
    assert_eq!(sent.status, StatusCode::CREATED);
    assert_eq!(
        sent.json().as_object().unwrap().keys().collect::<Vec<_>>(),
        ["created_at", "kind"]
    );
    let order = looked_up(&app, "SP-1011", "valentina.galli@example.com").await;
    let text = serde_json::to_string(&order).unwrap();
    assert!(!text.contains("Via dei Mille"), "the address came back");

    let listed = admin(&app, Method::GET, "/admin/parcel-requests", json!(null)).await;
    assert_eq!(listed.status, StatusCode::OK);
    let first = &listed.json()[0];
    assert_eq!(first["order_number"], "SP-1011");
    assert_eq!(first["kind"], "correct_address");
    assert_eq!(first["address"], address);
}

#[tokio::test]
async fn a_parcel_at_a_pickup_point_says_where_until_when_and_its_hours() {
    let app = test_app();
    let order = looked_up(&app, "SP-1012", "davide.lombardi@example.com").await;
    let parcel = &order.shipments[0];
    let pickup = parcel.pickup.as_ref().expect("the pickup point");
    assert_eq!(pickup.name, "Ufficio postale Palermo 3");
    assert!(pickup.hours.as_deref().unwrap().contains("8:20"));
    assert!(pickup.until.is_some());
    assert_eq!(parcel.actions, [ParcelAction::Redeliver]);
    // The reference backend offers the capability.
    let config = send(
        &app,
        axum::http::Request::get("/v1/config")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(config.json()["capabilities"]["parcel_requests"], true);
}
