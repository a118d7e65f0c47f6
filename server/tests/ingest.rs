//! HTTP tests of the ingest API: a shop's system puts its orders in with a bearer key, every call
//! idempotent and checked, and the widget's lookup then finds them.

mod common;

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
};
use common::*;
use serde_json::{json, Value};
use sportello_contract::{OrderSummary, ProblemType};

const KEY: &str = "ingest-key-1";
const NEXT_KEY: &str = "ingest-key-2";

fn with_keys() -> TestApp {
    test_app_with(|settings| {
        settings.demo = false;
        settings.ingest_keys = vec![KEY.to_owned(), NEXT_KEY.to_owned()];
    })
}

async fn ingest(
    app: &TestApp,
    method: Method,
    path: &str,
    key: Option<&str>,
    body: &Value,
) -> Answer {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .header(header::CONTENT_TYPE, "application/json");
    if let Some(key) = key {
        request = with_token(request, key);
    }
    send(app, request.body(Body::from(body.to_string())).unwrap()).await
}

fn order() -> Value {
    json!({
        "email": "Anna.Verdi@example.com",
        "postcode": "20121",
        "placed_at": "2026-11-25T09:00:00Z",
        "status": "in_transit",
        "currency": "EUR",
        "items": [{"name": "Lampada da tavolo", "quantity": 1, "unit_price": 8900}],
        "shipping_address": {"name": "Anna Maria Verdi", "line": "Corso Garibaldi 71", "city": "Milano", "postcode": "20121", "country": "IT"},
        "shipments": [{"id": "1", "carrier": "GLS", "tracking_number": "GLS42", "status": "in_transit",
                       "events": [{"at": "2026-11-26T07:00:00Z", "description": "Partito", "status": "in_transit"}]}]
    })
}

#[tokio::test]
async fn an_order_put_in_is_found_by_the_lookup_with_or_without_its_hash() {
    let app = with_keys();
    let created = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/%231042",
        Some(KEY),
        &order(),
    )
    .await;
    assert_eq!(created.status, StatusCode::CREATED);
    assert_eq!(created.json()["outcome"], "created");
    assert_eq!(created.header("cache-control"), Some("no-store"));
    // The same document again changes nothing, and says so; the next key works too.
    let again = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(NEXT_KEY),
        &order(),
    )
    .await;
    assert_eq!(again.status, StatusCode::OK);
    assert_eq!(again.json()["outcome"], "unchanged");

    for number in ["1042", "#1042"] {
        let found = lookup(
            &app,
            json!({"order_number": number, "email": "anna.verdi@example.com"}).to_string(),
        )
        .await;
        assert_eq!(found.status, StatusCode::OK, "{number}");
        let order: OrderSummary = serde_json::from_slice(&found.body).unwrap();
        assert_eq!(order.number, "1042");
        assert_eq!(order.shipments[0].carrier, "GLS");
        // Only the masked address is ever shown.
        let address = order.shipping_address.unwrap();
        assert_eq!(address.name.as_deref(), Some("Anna V."));
        assert_eq!(address.line.as_deref(), Some("Corso G*** 7*"));
    }
    let by_postcode = lookup(
        &app,
        json!({"order_number": "1042", "postcode": "20 121"}).to_string(),
    )
    .await;
    assert_eq!(by_postcode.status, StatusCode::OK);
}

#[tokio::test]
async fn a_replaced_order_keeps_the_customers_token_and_a_parcel_goes_in_alone() {
    let app = with_keys();
    ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(KEY),
        &order(),
    )
    .await;
    let found = looked_up(&app, "1042", "anna.verdi@example.com").await;
    let access = found.access.unwrap();

    let mut changed = order();
    changed["status"] = json!("delivered");
    changed["delivered_at"] = json!("2026-11-27T10:00:00Z");
    let updated = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(KEY),
        &changed,
    )
    .await;
    assert_eq!(updated.json()["outcome"], "updated");
    let refreshed = send(
        &app,
        with_token(
            Request::get(format!("/v1/orders/{}", access.order_id)),
            &access.token,
        )
        .body(Body::empty())
        .unwrap(),
    )
    .await;
    assert_eq!(refreshed.status, StatusCode::OK);
    assert_eq!(refreshed.json()["status"], "delivered");

    // A second parcel, alone; the same parcel again is unchanged.
    let parcel = json!({"carrier": "BRT", "status": "info_received"});
    let path = "/ingest/v1/orders/1042/shipments/2";
    let added = ingest(&app, Method::PUT, path, Some(KEY), &parcel).await;
    assert_eq!(added.status, StatusCode::CREATED);
    let same = ingest(&app, Method::PUT, path, Some(KEY), &parcel).await;
    assert_eq!(same.json()["outcome"], "unchanged");
    // A carrier event and a delay, through the same calls the admin API has.
    let event =
        json!({"shipment_id": "2", "description": "In consegna", "status": "out_for_delivery"});
    let posted = ingest(
        &app,
        Method::POST,
        "/ingest/v1/orders/1042/events",
        Some(KEY),
        &event,
    )
    .await;
    assert_eq!(posted.status, StatusCode::NO_CONTENT);
    let delay = json!({"shipment_id": "2", "delay": {"reason": "weather", "side": "carrier", "message": "Neve sull'A1."}});
    let set = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042/delay",
        Some(KEY),
        &delay,
    )
    .await;
    assert_eq!(set.status, StatusCode::NO_CONTENT);
    // Sent again by a retrying system: unchanged, and said so.
    let posted = ingest(
        &app,
        Method::POST,
        "/ingest/v1/orders/1042/events",
        Some(KEY),
        &event,
    )
    .await;
    assert_eq!(posted.json()["outcome"], "unchanged");
    let set = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042/delay",
        Some(KEY),
        &delay,
    )
    .await;
    assert_eq!(set.json()["outcome"], "unchanged");
    let order = looked_up(&app, "1042", "anna.verdi@example.com").await;
    assert_eq!(order.shipments.len(), 2);
    assert_eq!(order.shipments[1].events.len(), 1);
    assert!(order.shipments[1].delay.is_some());
    // A parcel for an order that does not exist.
    let missing = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/9999/shipments/1",
        Some(KEY),
        &parcel,
    )
    .await;
    assert_problem(&missing, ProblemType::OrderNotFound);
}

#[tokio::test]
async fn a_bad_document_is_refused_naming_each_field_and_nothing_is_stored() {
    let app = with_keys();
    let mut bad = order();
    bad["email"] = json!("anna at example");
    bad["currency"] = json!("euro");
    bad["items"][0]["quantity"] = json!(0);
    bad["shipments"][0]["events"][0]["at"] = json!("yesterday");
    // Bounded as the narrower calls bound them.
    bad["shipments"][0]["events"][0]["description"] = json!("x".repeat(501));
    bad["shipments"][0]["delay"] =
        json!({"reason": "aliens", "goodwill": {"code": "SCUSA", "percent": 120}});
    let refused = ingest(&app, Method::PUT, "/ingest/v1/orders/1042", Some(KEY), &bad).await;
    let problem = assert_problem(&refused, ProblemType::InvalidRequest);
    let names: Vec<_> = problem
        .invalid_params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "email",
            "currency",
            "items[0].quantity",
            "shipments[0].events[0].at",
            "shipments[0].events[0].description",
            "shipments[0].delay.reason",
            "shipments[0].delay.goodwill.percent"
        ]
    );
    let missing = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(KEY),
        &json!({"email": "a@b.it"}),
    )
    .await;
    let problem = assert_problem(&missing, ProblemType::InvalidRequest);
    assert!(problem.invalid_params.iter().any(|p| p.name == "items"));
    let found = lookup(
        &app,
        json!({"order_number": "1042", "email": "anna.verdi@example.com"}).to_string(),
    )
    .await;
    assert_eq!(found.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn without_the_key_nothing_goes_in() {
    let app = with_keys();
    let none = ingest(&app, Method::PUT, "/ingest/v1/orders/1042", None, &order()).await;
    assert_problem(&none, ProblemType::Unauthorized);
    let wrong = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some("ingest-key-3"),
        &order(),
    )
    .await;
    assert_problem(&wrong, ProblemType::Unauthorized);
    let found = lookup(
        &app,
        json!({"order_number": "1042", "email": "anna.verdi@example.com"}).to_string(),
    )
    .await;
    assert_eq!(found.status, StatusCode::NOT_FOUND);
    // A server without ingest keys has no ingest API at all.
    let closed = test_app();
    let absent = ingest(
        &closed,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(KEY),
        &order(),
    )
    .await;
    assert_eq!(absent.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_import_file_loads_line_by_line_and_can_run_again() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let file = dir.path().join("orders.jsonl");
    let mut good = order();
    good["number"] = json!("#1042");
    let mut other = order();
    other["number"] = json!("1043");
    other["email"] = json!("luca.neri@example.com");
    let mut bad = order();
    bad["number"] = json!("1044");
    bad["items"] = json!([]);
    bad["currency"] = json!("eur");
    let text = [
        good.to_string(),
        "{not json".to_owned(),
        String::new(),
        bad.to_string(),
        other.to_string(),
    ]
    .join("\n");
    std::fs::write(&file, text).unwrap();

    let first = sportello_server::ingest::import(&db, &file).unwrap();
    assert_eq!(
        (first.created, first.updated, first.unchanged, first.refused),
        (2, 0, 0, 2)
    );
    assert_eq!(first.lines[0], "line 1: #1042 created");
    assert!(
        first.lines[1].starts_with("line 2: refused: "),
        "{}",
        first.lines[1]
    );
    assert_eq!(
        first.lines[2],
        "line 4: refused: currency: must be an ISO 4217 code like EUR"
    );
    // Run again: nothing changes, and it says so.
    let again = sportello_server::ingest::import(&db, &file).unwrap();
    assert_eq!(
        (again.created, again.updated, again.unchanged, again.refused),
        (0, 0, 2, 2)
    );

    // The server on that database finds what was imported.
    let app = test_app_with(|settings| {
        settings.demo = false;
        settings.db = db.clone();
    });
    let found = looked_up(&app, "1043", "luca.neri@example.com").await;
    assert_eq!(found.items[0].name, "Lampada da tavolo");
}

#[tokio::test]
async fn the_detector_flags_an_ingested_order_and_the_shops_delay_replaces_its_finding() {
    let app = with_keys();
    let mut silent = order();
    let days_ago = |days: i64| {
        (time::OffsetDateTime::now_utc() - time::Duration::days(days))
            .replace_nanosecond(0)
            .unwrap()
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap()
    };
    silent["placed_at"] = json!(days_ago(9));
    silent["shipments"][0]["events"][0]["at"] = json!(days_ago(6));
    ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(KEY),
        &silent,
    )
    .await;
    let ran = admin(&app, Method::POST, "/admin/detector/run", json!(null)).await;
    assert_eq!(ran.json()["flagged"], 1);
    let flagged = looked_up(&app, "1042", "anna.verdi@example.com").await;
    assert!(flagged.shipments[0].delay.is_some());

    // The shop's own words later take the finding's place: one delay, never two.
    let delay = json!({"shipment_id": "1", "delay": {"reason": "carrier_capacity", "side": "carrier", "message": "GLS ha un arretrato a Milano."}});
    ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042/delay",
        Some(KEY),
        &delay,
    )
    .await;
    let order = looked_up(&app, "1042", "anna.verdi@example.com").await;
    let recorded = order.shipments[0].delay.as_ref().unwrap();
    assert_eq!(
        recorded.message.as_deref(),
        Some("GLS ha un arretrato a Milano.")
    );
    assert!(order.delay.is_none());

    // The shop's system sends the whole order again, with a new scan and no word of the delay:
    // the delay stays, and the detector finds nothing new.
    silent["shipments"][0]["events"]
        .as_array_mut()
        .unwrap()
        .push(json!({"at": days_ago(1), "location": "Milano", "description": "In transito", "status": "in_transit"}));
    let again = ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(KEY),
        &silent,
    )
    .await;
    assert_eq!(again.json()["outcome"], "updated");
    let order = looked_up(&app, "1042", "anna.verdi@example.com").await;
    assert_eq!(order.shipments[0].events.len(), 2);
    assert_eq!(
        order.shipments[0]
            .delay
            .as_ref()
            .unwrap()
            .message
            .as_deref(),
        Some("GLS ha un arretrato a Milano.")
    );
    let ran = admin(&app, Method::POST, "/admin/detector/run", json!(null)).await;
    assert_eq!(ran.json()["flagged"], 0);
}

/// A refund and a voucher go in with the ingest key, each once; a body over the limit and a
/// client calling faster than 600 times a minute are refused with a problem, nothing stored.
#[tokio::test]
async fn a_refund_and_a_voucher_go_in_once_and_the_api_is_bounded() {
    let app = with_keys();
    let put = |path: &'static str, body: Value| {
        let app = &app;
        async move { ingest(app, Method::PUT, path, Some(KEY), &body).await }
    };
    assert_eq!(
        put("/ingest/v1/orders/1042", order()).await.status,
        StatusCode::CREATED
    );
    let refund = json!({"amount": 8900, "method": "card", "status": "issued", "issued_at": "2026-11-27T10:00:00Z"});
    let first = put("/ingest/v1/orders/1042/refunds/R1", refund.clone()).await;
    assert_eq!(first.json()["outcome"], "created");
    let again = put("/ingest/v1/orders/1042/refunds/R1", refund).await;
    assert_eq!(again.json()["outcome"], "unchanged");
    let delay = json!({"shipment_id": "1", "delay": {"reason": "strike", "side": "carrier"}});
    assert!(put("/ingest/v1/orders/1042/delay", delay)
        .await
        .status
        .is_success());
    let voucher = json!({"shipment_id": "1", "goodwill": {"code": "SCUSA5", "amount": 500}});
    let given = ingest(
        &app,
        Method::POST,
        "/ingest/v1/orders/1042/voucher",
        Some(KEY),
        &voucher,
    )
    .await;
    assert!(given.status.is_success(), "{}", given.status);
    let found = looked_up(&app, "1042", "anna.verdi@example.com").await;
    assert_eq!(found.refunds[0].amount, 8900);
    let goodwill = found.shipments[0]
        .delay
        .as_ref()
        .unwrap()
        .goodwill
        .as_ref()
        .unwrap();
    assert_eq!(
        (goodwill.code.as_str(), goodwill.amount),
        ("SCUSA5", Some(500))
    );

    // Over a megabyte: refused before it is read, nothing stored.
    let mut big = order();
    big["items"][0]["name"] = json!("x".repeat(1_100_000));
    let refused = put("/ingest/v1/orders/1043", big).await;
    assert_eq!(refused.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(
        refused.header("content-type"),
        Some("application/problem+json")
    );
    // 600 calls a minute per client, then a 429 that says when to come back.
    let mut limited = None;
    for _ in 0..601 {
        let answer = put("/ingest/v1/orders/1042", order()).await;
        if answer.status == StatusCode::TOO_MANY_REQUESTS {
            limited = Some(answer);
            break;
        }
    }
    let limited = limited.expect("the 601st call in a minute is refused");
    assert!(limited.header("retry-after").is_some());
    let unknown = lookup(
        &app,
        json!({"order_number": "1043", "email": "anna.verdi@example.com"}).to_string(),
    )
    .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
}

fn names(answer: &Answer) -> Vec<String> {
    assert_problem(answer, ProblemType::InvalidRequest)
        .invalid_params
        .into_iter()
        .map(|p| p.name)
        .collect()
}

/// A carrier event, a delay and a voucher the shop's system gets wrong are refused naming each
/// field (as an order document is), and nothing changes; a parcel or refund the order lacks is
/// named too.
#[tokio::test]
async fn events_delays_and_vouchers_are_refused_naming_each_field() {
    let app = with_keys();
    ingest(
        &app,
        Method::PUT,
        "/ingest/v1/orders/1042",
        Some(KEY),
        &order(),
    )
    .await;
    let before = looked_up(&app, "1042", "anna.verdi@example.com").await;
    let call = |method: Method, path: &'static str, body: Value| {
        let app = &app;
        async move { ingest(app, method, path, Some(KEY), &body).await }
    };
    let events = "/ingest/v1/orders/1042/events";
    let delay = "/ingest/v1/orders/1042/delay";
    let voucher = "/ingest/v1/orders/1042/voucher";

    let missing = call(Method::POST, events, json!({"shipment_id": "1"})).await;
    assert_eq!(names(&missing), ["description", "status"]);
    let wrong = call(
        Method::POST,
        events,
        json!({"shipment_id": "1", "at": "ieri", "description": "x".repeat(501),
               "status": "teleported", "estimated_delivery": {"from": "2026-12-03T08:00:00Z", "to": "2026-12-01T08:00:00Z"}}),
    )
    .await;
    assert_eq!(
        names(&wrong),
        ["at", "description", "status", "estimated_delivery.to"]
    );
    let typed = call(
        Method::POST,
        events,
        json!({"description": "Partito", "status": "in_transit", "location": 12}),
    )
    .await;
    assert_eq!(names(&typed), ["location"]);
    let no_parcel = call(
        Method::POST,
        events,
        json!({"shipment_id": "9", "description": "Partito", "status": "in_transit"}),
    )
    .await;
    assert_eq!(names(&no_parcel), ["shipment_id"]);
    let numbered = call(
        Method::POST,
        events,
        json!({"shipment_id": 1, "description": "Partito", "status": "in_transit"}),
    )
    .await;
    assert_eq!(names(&numbered), ["shipment_id"]);

    let unnamed = call(Method::PUT, delay, json!({"shipment_id": "1"})).await;
    assert_eq!(names(&unnamed), ["delay"]);
    let bad_delay = call(
        Method::PUT,
        delay,
        json!({"shipment_id": "1", "delay": {"reason": "aliens", "side": "carrier",
               "message": "m".repeat(2001), "goodwill": {"code": "SCUSA", "percent": "ten"}}}),
    )
    .await;
    assert_eq!(
        names(&bad_delay),
        ["delay.reason", "delay.message", "delay.goodwill"]
    );
    let both = call(
        Method::PUT,
        delay,
        json!({"shipment_id": "1", "refund_id": "R1", "delay": null}),
    )
    .await;
    assert_eq!(names(&both), ["refund_id"]);
    let no_refund = call(
        Method::PUT,
        delay,
        json!({"refund_id": "R9", "delay": {"reason": "bank_processing", "side": "bank"}}),
    )
    .await;
    assert_eq!(names(&no_refund), ["refund_id"]);

    let bad_voucher = call(
        Method::POST,
        voucher,
        json!({"shipment_id": "1", "goodwill": {"code": "", "amount": -5, "percent": 120}}),
    )
    .await;
    assert_eq!(
        names(&bad_voucher),
        ["goodwill.code", "goodwill.amount", "goodwill.percent"]
    );
    let no_delay = call(
        Method::POST,
        voucher,
        json!({"shipment_id": "1", "goodwill": {"code": "SCUSA5", "amount": 500}}),
    )
    .await;
    assert_eq!(names(&no_delay), ["goodwill"]);

    // Nothing of it reached the order.
    let after = looked_up(&app, "1042", "anna.verdi@example.com").await;
    assert_eq!(after.shipments, before.shipments);
    assert_eq!(after.delay, before.delay);
}

/// An order that comes without a promise (as from Shopify or WooCommerce) holds each parcel to
/// its own first estimate: a revision within the day is no delay, a later day is, and a second
/// parcel due later is not late for it. No promise is made up for the customer to see.
#[tokio::test]
async fn each_parcel_is_held_to_its_own_first_estimate_when_nothing_was_promised() {
    let app = with_keys();
    let yesterday = (time::OffsetDateTime::now_utc() - time::Duration::days(1))
        .replace_nanosecond(0)
        .unwrap()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap();
    let mut document = order();
    // A recent scan on each parcel: no carrier is silent.
    document["shipments"][0]["events"][0]["at"] = json!(yesterday);
    document["shipments"][0]["estimated_delivery"] =
        json!({"from": "2026-12-03T08:00:00Z", "to": "2026-12-03T18:00:00Z"});
    let mut second = document["shipments"][0].clone();
    second["id"] = json!("2");
    second["estimated_delivery"] =
        json!({"from": "2026-12-10T08:00:00Z", "to": "2026-12-10T18:00:00Z"});
    document["shipments"].as_array_mut().unwrap().push(second);
    let mut put = |estimate_to: &'static str| {
        document["shipments"][0]["estimated_delivery"] =
            json!({"from": "2026-12-03T08:00:00Z", "to": estimate_to});
        let body = document.clone();
        let app = &app;
        async move { ingest(app, Method::PUT, "/ingest/v1/orders/1042", Some(KEY), &body).await }
    };
    put("2026-12-03T18:00:00Z").await;
    let detect = || async {
        admin(&app, Method::POST, "/admin/detector/run", json!(null))
            .await
            .json()["flagged"]
            .clone()
    };
    assert_eq!(detect().await, 0);
    let shown = looked_up(&app, "1042", "anna.verdi@example.com").await;
    assert!(shown.promised_delivery.is_none(), "no promise is made up");

    // Three hours later the same day: a revision, not a delay.
    assert_eq!(
        put("2026-12-03T21:00:00Z").await.json()["outcome"],
        "updated"
    );
    assert_eq!(detect().await, 0);
    // Two days later: late against its first estimate; the parcel due on the 10th is not.
    assert_eq!(
        put("2026-12-05T18:00:00Z").await.json()["outcome"],
        "updated"
    );
    assert_eq!(detect().await, 1);
    let flagged = looked_up(&app, "1042", "anna.verdi@example.com").await;
    let delay = flagged.shipments[0].delay.as_ref().expect("a delay");
    assert_eq!(
        delay.new_estimate.as_ref().unwrap().to,
        "2026-12-05T18:00:00Z"
    );
    assert!(flagged.shipments[1].delay.is_none());
}
