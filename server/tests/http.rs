//! HTTP tests of the reference backend: the real router on a real SQLite file.

mod common;

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
};
use common::*;
use serde_json::{json, Value};
use sportello_contract::{OrderStatus, OrderSummary, Problem, ProblemType, ShopConfig};
use sportello_server::{app, Settings};

#[tokio::test]
async fn config_describes_the_shop() {
    let app = test_app();
    let answer = send(
        &app,
        Request::get("/v1/config").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let config: ShopConfig = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(config.shop_name, "Bottega Aurora");
    assert_eq!(config.default_locale, "it");
    assert_eq!(config.supported_locales, ["it", "en"]);
    // The demo shop's order numbers and phones; both proofs, e-mail first.
    let settings = config.lookup.unwrap();
    assert_eq!(settings.order_number_example.as_deref(), Some("SP-1001"));
    assert_eq!(settings.proofs.len(), 2);
    assert_eq!(config.phone_country.as_deref(), Some("IT"));
    assert_eq!(
        config.contract_version,
        sportello_contract::CONTRACT_VERSION
    );
}

#[tokio::test]
async fn seeded_order_is_found_by_email_and_by_postcode() {
    let app = test_app();
    let answer = lookup(
        &app,
        json!({"order_number": "sp-1002", "email": "Marco.Bianchi@example.com"}).to_string(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    let order: OrderSummary = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(order.number, "SP-1002");
    assert_eq!(order.status, OrderStatus::InTransit);
    assert_eq!(order.currency, "EUR");
    assert_eq!(order.items[0].name, "Piatto da portata dipinto a mano");
    assert_eq!(order.items[0].unit_price, 5400);
    // Tracking, the delay with its voucher, and the order token come with it.
    let access = order.access.as_ref().expect("an order token");
    assert!(access.order_id.starts_with("ord_"));
    assert_eq!(access.token.len(), 64);
    let parcel = &order.shipments[0];
    let delay = parcel.delay.as_ref().unwrap();
    assert_eq!(
        delay.reason,
        sportello_contract::DelayReason::CarrierCapacity
    );
    assert_eq!(delay.goodwill.as_ref().unwrap().code, "SCUSA10");
    assert!(order.promised_delivery.is_some());
    assert_eq!(order.totals.as_ref().unwrap().total, 5400);

    let answer = lookup(
        &app,
        json!({"order_number": "SP-1003", "postcode": "80121"}).to_string(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json()["status"], "delivered");
}

#[tokio::test]
async fn a_lookup_carries_one_proof_of_those_the_shop_accepts() {
    let app = test_app();
    let named = |answer: &Answer| -> Vec<String> {
        answer.json()["invalid_params"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["name"].as_str().unwrap().to_owned())
            .collect()
    };
    // Both proofs, even both right: refused, naming the second.
    let both = lookup(
        &app,
        json!({"order_number": "SP-1003", "email": "chiara.esposito@example.com", "postcode": "80121"})
            .to_string(),
    )
    .await;
    assert_eq!(both.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(named(&both), ["postcode"]);
    // A mistyped proof beside a good one is not quietly dropped.
    let mistyped = lookup(
        &app,
        json!({"order_number": "SP-1003", "email": true, "postcode": "80121"}).to_string(),
    )
    .await;
    assert_eq!(mistyped.status, StatusCode::UNPROCESSABLE_ENTITY);
    // `null` is as good as absent.
    let null = lookup(
        &app,
        json!({"order_number": "SP-1003", "email": null, "postcode": "80121"}).to_string(),
    )
    .await;
    assert_eq!(null.status, StatusCode::OK);

    // A shop that looks orders up by postcode only says so, and refuses e-mail proofs.
    let by_postcode = test_app_with(|settings| {
        settings.lookup.proofs = vec![sportello_contract::LookupProof::Postcode];
        settings.lookup.order_number_example = Some("100042".to_owned());
        settings.default_locale = "de".to_owned();
        settings.supported_locales = vec!["de".to_owned()];
        settings.phone_country = Some("DE".to_owned());
    });
    let config: ShopConfig = serde_json::from_slice(
        &send(
            &by_postcode,
            Request::get("/v1/config").body(Body::empty()).unwrap(),
        )
        .await
        .body,
    )
    .unwrap();
    let settings = config.lookup.unwrap();
    assert_eq!(settings.proofs, [sportello_contract::LookupProof::Postcode]);
    assert_eq!(settings.order_number_example.as_deref(), Some("100042"));
    assert_eq!(config.default_locale, "de");
    assert_eq!(config.phone_country.as_deref(), Some("DE"));
    let by_email = lookup(
        &by_postcode,
        json!({"order_number": "SP-1003", "email": "chiara.esposito@example.com"}).to_string(),
    )
    .await;
    assert_eq!(by_email.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(named(&by_email), ["email"]);
    let found = lookup(
        &by_postcode,
        json!({"order_number": "SP-1003", "postcode": "80121"}).to_string(),
    )
    .await;
    assert_eq!(found.status, StatusCode::OK);
}

#[tokio::test]
async fn unknown_order_and_wrong_email_are_indistinguishable() {
    let app = test_app();
    let missing = lookup(
        &app,
        json!({"order_number": "SP-9999", "email": "giulia.rossi@example.com"}).to_string(),
    )
    .await;
    let wrong = lookup(
        &app,
        json!({"order_number": "SP-1001", "email": "someone.else@example.com"}).to_string(),
    )
    .await;
    assert_problem(&missing, ProblemType::OrderNotFound);
    assert_eq!(missing.status, wrong.status);
    assert_eq!(missing.body, wrong.body);
    // Identical headers, except each answer's own request id.
    let strip = |h: &axum::http::HeaderMap| {
        let mut h = h.clone();
        assert_eq!(h.remove("x-request-id").unwrap().len(), 36);
        h
    };
    assert_eq!(strip(&missing.headers), strip(&wrong.headers));
}

#[tokio::test]
async fn malformed_json_is_a_400_problem() {
    let app = test_app();
    for body in ["{not json", "", "[1,2]", "\"text\""] {
        let answer = lookup(&app, body.to_owned()).await;
        assert_problem(&answer, ProblemType::MalformedRequest);
    }
}

#[tokio::test]
async fn missing_and_invalid_fields_are_named() {
    let app = test_app();
    let answer = lookup(&app, json!({"email": "a@b.it"}).to_string()).await;
    let problem = assert_problem(&answer, ProblemType::InvalidRequest);
    assert_eq!(problem.invalid_params[0].name, "order_number");

    let answer = lookup(&app, json!({"order_number": "SP-1001"}).to_string()).await;
    let problem = assert_problem(&answer, ProblemType::InvalidRequest);
    assert_eq!(problem.invalid_params[0].name, "email");

    let answer = lookup(
        &app,
        json!({"order_number": "  ", "email": "not-an-email"}).to_string(),
    )
    .await;
    let problem = assert_problem(&answer, ProblemType::InvalidRequest);
    let names: Vec<_> = problem
        .invalid_params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["order_number", "email"]);

    let answer = lookup(
        &app,
        json!({"order_number": 1001, "email": "a@b.it"}).to_string(),
    )
    .await;
    let problem = assert_problem(&answer, ProblemType::InvalidRequest);
    assert_eq!(problem.invalid_params[0].reason, "must be a string");
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = test_app();
    let big = json!({"order_number": "SP-1001", "email": "a".repeat(64 * 1024)}).to_string();
    let answer = lookup(&app, big).await;
    assert_eq!(answer.status, StatusCode::PAYLOAD_TOO_LARGE);
}

#[tokio::test]
async fn unknown_v1_paths_answer_problem_json() {
    let app = test_app();
    let answer = send(
        &app,
        Request::get("/v1/nothing").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert_eq!(
        answer.header("content-type"),
        Some("application/problem+json")
    );
}

#[tokio::test]
async fn cors_allows_only_configured_origins() {
    let app = test_app();
    let preflight = |origin: &str| {
        Request::builder()
            .method(Method::OPTIONS)
            .uri("/v1/orders/lookup")
            .header(header::ORIGIN, origin)
            .header(header::ACCESS_CONTROL_REQUEST_METHOD, "POST")
            .header(header::ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
            .body(Body::empty())
            .unwrap()
    };
    let allowed = send(&app, preflight("https://shop.example")).await;
    assert_eq!(
        allowed.header("access-control-allow-origin"),
        Some("https://shop.example")
    );
    assert!(allowed.header("access-control-allow-credentials").is_none());
    assert!(allowed
        .headers
        .get_all(header::VARY)
        .iter()
        .any(|v| v.to_str().unwrap().contains("origin")));
    assert_eq!(allowed.status, StatusCode::OK);
    assert_eq!(allowed.header("access-control-max-age"), Some("600"));
    let refused = send(&app, preflight("https://evil.example")).await;
    assert!(refused.header("access-control-allow-origin").is_none());

    // Error answers carry the CORS headers too, so that the widget can read the problem, its
    // Retry-After and its request id; and a replay is marked readable.
    let not_found = send(
        &app,
        Request::post("/v1/orders/lookup")
            .header(header::ORIGIN, "https://shop.example")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(
                json!({"order_number": "SP-9999", "email": "nobody@example.com"}).to_string(),
            ))
            .unwrap(),
    )
    .await;
    assert_eq!(not_found.status, StatusCode::NOT_FOUND);
    assert_eq!(
        not_found.header("access-control-allow-origin"),
        Some("https://shop.example")
    );
    let exposed = not_found
        .header("access-control-expose-headers")
        .unwrap_or_default()
        .to_ascii_lowercase();
    for name in ["retry-after", "x-request-id", "idempotent-replayed"] {
        assert!(exposed.contains(name), "{name} in {exposed}");
    }
}

#[tokio::test]
async fn demo_page_embeds_the_widget_and_lists_demo_orders() {
    let app = test_app();
    let answer = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = String::from_utf8(answer.body).unwrap();
    assert!(html.contains("<sportello-widget api-base=\"/v1\">"));
    assert!(html.contains("/widget/sportello.js"));
    assert!(html.contains("<td>SP-1001</td><td>giulia.rossi@example.com</td>"));
    let css = send(
        &app,
        Request::get("/demo/shop.css").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(css.status, StatusCode::OK);
}

#[tokio::test]
async fn widget_directory_is_served() {
    let app = test_app();
    let answer = send(&app, Request::get("/widget/").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(String::from_utf8(answer.body).unwrap().contains("widget"));
}

#[tokio::test]
async fn precompressed_twins_are_sent_to_browsers_that_accept_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("sportello.js"), "export {};").unwrap();
    std::fs::write(dir.path().join("sportello.js.br"), b"brotli bytes").unwrap();
    std::fs::write(dir.path().join("sportello.js.gz"), b"gzip bytes").unwrap();
    let mut settings = Settings::new(dir.path().join("data/test.db"), dir.path().to_path_buf());
    settings.admin_token = None;
    let app = TestApp {
        router: app(&settings).unwrap(),
        _dir: dir,
    };
    let get = |encoding: &str| {
        Request::get("/widget/sportello.js")
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap()
    };
    let br = send(&app, get("gzip, deflate, br")).await;
    assert_eq!(br.header("content-encoding"), Some("br"));
    // Any site may load the widget's files from here; the API keeps its own list.
    assert_eq!(br.header("access-control-allow-origin"), Some("*"));
    assert_eq!(
        br.header("cross-origin-resource-policy"),
        Some("cross-origin")
    );
    assert_eq!(br.body, b"brotli bytes");
    assert!(br.header("content-type").unwrap().contains("javascript"));
    let gz = send(&app, get("gzip")).await;
    assert_eq!(gz.header("content-encoding"), Some("gzip"));
    let plain = send(&app, get("identity")).await;
    assert_eq!(plain.header("content-encoding"), None);
    assert_eq!(plain.body, b"export {};");
}

#[tokio::test]
async fn the_order_token_refreshes_that_order_only() {
    let app = test_app();
    let order = looked_up(&app, "SP-1001", "giulia.rossi@example.com").await;
    let access = order.access.unwrap();
    let url = format!("/v1/orders/{}", access.order_id);
    let fresh = send(
        &app,
        with_token(Request::get(&url), &access.token)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(fresh.status, StatusCode::OK);
    assert_eq!(fresh.header("cache-control"), Some("no-store"));
    let again: OrderSummary = serde_json::from_slice(&fresh.body).unwrap();
    assert_eq!(again.number, "SP-1001");
    assert!(again.access.is_none());

    let other = looked_up(&app, "SP-1003", "chiara.esposito@example.com")
        .await
        .access
        .unwrap();
    for answer in [
        send(&app, Request::get(&url).body(Body::empty()).unwrap()).await,
        send(
            &app,
            with_token(Request::get(&url), "nope")
                .body(Body::empty())
                .unwrap(),
        )
        .await,
        // Another order's token does not open this one.
        send(
            &app,
            with_token(Request::get(&url), &other.token)
                .body(Body::empty())
                .unwrap(),
        )
        .await,
    ] {
        assert_problem(&answer, ProblemType::Unauthorized);
    }
}

async fn subscribe(app: &TestApp, access: &sportello_contract::OrderAccess, body: Value) -> Answer {
    send(
        app,
        with_token(
            Request::post(format!("/v1/orders/{}/subscriptions", access.order_id)),
            &access.token,
        )
        .header(header::CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap(),
    )
    .await
}

#[tokio::test]
async fn subscriptions_need_consent_and_a_phone_for_sms() {
    let app = test_app();
    let access = looked_up(&app, "SP-1001", "giulia.rossi@example.com")
        .await
        .access
        .unwrap();
    let answer = subscribe(&app, &access, json!({"channel": "email", "consent": false})).await;
    assert_eq!(
        assert_problem(&answer, ProblemType::InvalidRequest).invalid_params[0].name,
        "consent"
    );
    let answer = subscribe(
        &app,
        &access,
        json!({"channel": "sms", "consent": true, "address": "12"}),
    )
    .await;
    assert_eq!(
        assert_problem(&answer, ProblemType::InvalidRequest).invalid_params[0].name,
        "address"
    );
    let answer = subscribe(&app, &access, json!({"channel": "pigeon", "consent": true})).await;
    assert_eq!(
        assert_problem(&answer, ProblemType::InvalidRequest).invalid_params[0].name,
        "channel"
    );
    let answer = subscribe(
        &app,
        &access,
        json!({"channel": "sms", "consent": true, "address": "+39 333 123 4567"}),
    )
    .await;
    assert_eq!(answer.status, StatusCode::CREATED);
    assert_eq!(answer.json()["channel"], "sms");
    let answer = subscribe(&app, &access, json!({"channel": "email", "consent": true})).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    // Looked up again, the order says what was asked for (never the number or the address).
    let again = looked_up(&app, "SP-1001", "giulia.rossi@example.com").await;
    let channels: Vec<_> = again.subscriptions.iter().map(|s| s.channel).collect();
    assert_eq!(channels.len(), 2);
    assert!(channels.contains(&sportello_contract::NotifyChannel::Sms));
    assert!(channels.contains(&sportello_contract::NotifyChannel::Email));
    let body = lookup(
        &app,
        json!({"order_number": "SP-1001", "email": "giulia.rossi@example.com"}).to_string(),
    )
    .await;
    assert!(!String::from_utf8_lossy(&body.body).contains("123 4567"));
}

#[tokio::test]
async fn admin_changes_reach_the_order_and_the_subscribers() {
    let app = test_app();
    let order = looked_up(&app, "SP-1001", "giulia.rossi@example.com").await;
    assert!(order.shipments[0].delay.is_none());
    let access = order.access.unwrap();
    subscribe(&app, &access, json!({"channel": "email", "consent": true})).await;

    // Without the admin token nothing changes.
    let refused = send(
        &app,
        Request::put("/admin/orders/SP-1001/delay")
            .body(Body::from("{}"))
            .unwrap(),
    )
    .await;
    assert_problem(&refused, ProblemType::Unauthorized);

    let answer = admin(&app, Method::PUT, "/admin/orders/SP-1001/delay", json!({
        "shipment_id": "P1",
        "delay": {"reason": "weather", "side": "carrier", "message": "Neve sull'A1.",
                  "new_estimate": {"from": "2030-01-02T08:00:00Z", "to": "2030-01-02T20:00:00Z"}}
    })).await;
    assert_eq!(
        answer.status,
        StatusCode::NO_CONTENT,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    let answer = admin(
        &app,
        Method::POST,
        "/admin/orders/SP-1001/voucher",
        json!({
            "shipment_id": "P1", "goodwill": {"code": "NEVE5", "amount": 500}
        }),
    )
    .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    let answer = admin(
        &app,
        Method::POST,
        "/admin/orders/SP-1001/events",
        json!({
            "description": "In consegna", "status": "out_for_delivery", "location": "Roma"
        }),
    )
    .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);

    let url = format!("/v1/orders/{}", access.order_id);
    let fresh = send(
        &app,
        with_token(Request::get(&url), &access.token)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let order: OrderSummary = serde_json::from_slice(&fresh.body).unwrap();
    let parcel = &order.shipments[0];
    assert_eq!(
        parcel.status,
        sportello_contract::ShipmentStatus::OutForDelivery
    );
    assert_eq!(parcel.events.last().unwrap().description, "In consegna");
    assert_eq!(
        parcel.estimated_delivery.as_ref().unwrap().to,
        "2030-01-02T20:00:00Z"
    );
    let delay = parcel.delay.as_ref().unwrap();
    assert_eq!(delay.goodwill.as_ref().unwrap().code, "NEVE5");
    assert!(delay.reported_at.is_some());

    let outbox = send(
        &app,
        with_token(Request::get("/admin/outbox"), ADMIN)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let entries = outbox.json();
    // The delay, then the voucher given for it: each told once, in the shop's language.
    let kinds: Vec<_> = entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["delay", "voucher"]);
    assert_eq!(entries[0]["address"], "giulia.rossi@example.com");
    assert!(entries[0]["body"].as_str().unwrap().contains("Neve"));
    assert_eq!(entries[1]["language"], "it");
    assert!(entries[1]["body"].as_str().unwrap().contains("NEVE5"));

    // Clearing the delay.
    let answer = admin(
        &app,
        Method::PUT,
        "/admin/orders/SP-1001/delay",
        json!({"shipment_id": "P1", "delay": null}),
    )
    .await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);
    let fresh = send(
        &app,
        with_token(Request::get(&url), &access.token)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let order: OrderSummary = serde_json::from_slice(&fresh.body).unwrap();
    assert!(order.shipments[0].delay.is_none());
}

#[tokio::test]
async fn the_detector_flags_a_silent_carrier_and_notifies() {
    let app = test_app();
    let order = looked_up(&app, "SP-1015", "laura.moretti@example.com").await;
    assert!(order.shipments[0].delay.is_none());
    let access = order.access.unwrap();
    subscribe(
        &app,
        &access,
        json!({"channel": "whatsapp", "consent": true, "address": "+39 333 765 4321"}),
    )
    .await;
    let run = admin(&app, Method::POST, "/admin/detector/run", json!({})).await;
    assert_eq!(run.status, StatusCode::OK);
    assert!(run.json()["flagged"].as_u64().unwrap() >= 1);
    let url = format!("/v1/orders/{}", access.order_id);
    let fresh = send(
        &app,
        with_token(Request::get(&url), &access.token)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let order: OrderSummary = serde_json::from_slice(&fresh.body).unwrap();
    let flagged = order.shipments[0]
        .delay
        .as_ref()
        .expect("a delay recorded by the detector");
    assert_eq!(flagged.reason, sportello_contract::DelayReason::Other);
    assert_eq!(flagged.side, sportello_contract::DelaySide::Carrier);
    // No prose in one language in the shop's name: the widget's own words, in the customer's.
    assert_eq!(
        (flagged.message.as_deref(), flagged.action.as_deref()),
        (None, None)
    );
    let outbox = send(
        &app,
        with_token(Request::get("/admin/outbox"), ADMIN)
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let entries = outbox.json();
    assert!(entries
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["channel"] == "whatsapp" && e["order_number"] == "SP-1015"));
    // A second run finds nothing new.
    let run = admin(&app, Method::POST, "/admin/detector/run", json!({})).await;
    let again = run.json()["flagged"].as_u64().unwrap();
    let run = admin(&app, Method::POST, "/admin/detector/run", json!({})).await;
    assert_eq!(run.json()["flagged"].as_u64().unwrap(), 0, "after {again}");
}

#[tokio::test]
async fn others_failed_e_mails_never_lock_out_the_rightful_customer() {
    let app = test_app_with(|s| s.failed_lookups_per_order = 3);
    // Order numbers are sequential: anyone can fail on SP-1001 as often as they like.
    for i in 0..10 {
        let wrong = lookup(
            &app,
            json!({"order_number": "SP-1001", "email": format!("guess{i}@example.com")})
                .to_string(),
        )
        .await;
        assert_problem(&wrong, ProblemType::OrderNotFound);
    }
    let rightful = lookup(
        &app,
        json!({"order_number": "sp-1001", "email": "giulia.rossi@example.com"}).to_string(),
    )
    .await;
    assert_eq!(rightful.status, StatusCode::OK);
}

#[tokio::test]
async fn guessing_postcodes_for_one_order_is_slowed() {
    let app = test_app_with(|s| s.failed_lookups_per_order = 3);
    for guess in ["00100", "00101", "00102"] {
        let wrong = lookup(
            &app,
            json!({"order_number": "SP-1001", "postcode": guess}).to_string(),
        )
        .await;
        assert_problem(&wrong, ProblemType::OrderNotFound);
    }
    // Now even the right postcode waits: the guesser cannot tell when they guessed right.
    let blocked = lookup(
        &app,
        json!({"order_number": "sp-1001", "postcode": "00184"}).to_string(),
    )
    .await;
    assert_problem(&blocked, ProblemType::RateLimited);
    let wait: u64 = blocked.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    // The customer with the e-mail address still gets in; other orders are not affected.
    let by_email = lookup(
        &app,
        json!({"order_number": "SP-1001", "email": "giulia.rossi@example.com"}).to_string(),
    )
    .await;
    assert_eq!(by_email.status, StatusCode::OK);
    let other = lookup(
        &app,
        json!({"order_number": "SP-1003", "postcode": "80121"}).to_string(),
    )
    .await;
    assert_eq!(other.status, StatusCode::OK);
}

#[tokio::test]
async fn a_post_that_is_not_json_is_refused_before_anything_is_read() {
    let app = test_app_with(|s| s.failed_lookups_per_order = 1);
    // What a hostile page can send cross-site without a preflight: a form or plain text.
    for content_type in [
        Some("application/x-www-form-urlencoded"),
        Some("text/plain"),
        Some("multipart/form-data; boundary=x"),
        None,
    ] {
        let mut request = Request::post("/v1/orders/lookup");
        if let Some(content_type) = content_type {
            request = request.header(header::CONTENT_TYPE, content_type);
        }
        let body = json!({"order_number": "SP-1001", "postcode": "99999"}).to_string();
        let answer = send(&app, request.body(Body::from(body)).unwrap()).await;
        assert_eq!(
            answer.status,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "{content_type:?}"
        );
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json")
        );
        assert_eq!(answer.json()["status"], 415);
    }
    // None of them counted as a failed proof of the order.
    let answer = lookup(
        &app,
        json!({"order_number": "SP-1001", "postcode": "00184"}).to_string(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let charset = send(
        &app,
        Request::post("/v1/orders/lookup")
            .header(header::CONTENT_TYPE, "Application/JSON; charset=utf-8")
            .body(Body::from(
                json!({"order_number": "SP-1001", "email": "giulia.rossi@example.com"}).to_string(),
            ))
            .unwrap(),
    )
    .await;
    assert_eq!(charset.status, StatusCode::OK);
}

#[tokio::test]
async fn every_error_under_v1_is_problem_json_even_the_frameworks_own() {
    let app = test_app();
    let too_large = send(
        &app,
        Request::post("/v1/orders/lookup")
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(vec![b' '; 64 * 1024]))
            .unwrap(),
    )
    .await;
    let wrong_method = send(
        &app,
        Request::get("/v1/orders/lookup")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    // A POST, without a JSON body, to a path that takes only GET: 405, not 415.
    let post_to_get = send(
        &app,
        Request::post("/v1/config").body(Body::empty()).unwrap(),
    )
    .await;
    let bad_encoding = send(
        &app,
        Request::get("/v1/orders/%FF%FE")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    let root = send(&app, Request::get("/v1/").body(Body::empty()).unwrap()).await;
    let bare = send(&app, Request::get("/v1").body(Body::empty()).unwrap()).await;
    for (what, answer, status) in [
        ("a body over the limit", &too_large, 413),
        ("a method the path does not take", &wrong_method, 405),
        ("a POST to a path that takes only GET", &post_to_get, 405),
        ("a path that is not UTF-8", &bad_encoding, 400),
        ("/v1/", &root, 404),
        ("/v1", &bare, 404),
    ] {
        assert_eq!(answer.status.as_u16(), status, "{what}");
        assert_eq!(
            answer.header("content-type"),
            Some("application/problem+json"),
            "{what}"
        );
        let problem: Problem = serde_json::from_slice(&answer.body).unwrap();
        assert_eq!(problem.status, Some(status), "{what}");
        assert!(!problem.title.is_empty(), "{what}");
    }
    assert_eq!(wrong_method.header("allow"), Some("POST"));
}

#[tokio::test]
async fn successful_lookups_do_not_count_against_the_order() {
    let app = test_app_with(|s| s.failed_lookups_per_order = 2);
    for _ in 0..5 {
        let ok = lookup(
            &app,
            json!({"order_number": "SP-1001", "email": "giulia.rossi@example.com"}).to_string(),
        )
        .await;
        assert_eq!(ok.status, StatusCode::OK);
    }
}

#[tokio::test]
async fn one_client_cannot_flood_the_lookup() {
    let app = test_app_with(|s| s.lookups_per_minute = 4);
    for _ in 0..4 {
        let answer = lookup(
            &app,
            json!({"order_number": "SP-1003", "email": "chiara.esposito@example.com"}).to_string(),
        )
        .await;
        assert_eq!(answer.status, StatusCode::OK);
    }
    let flooded = lookup(
        &app,
        json!({"order_number": "SP-1003", "email": "chiara.esposito@example.com"}).to_string(),
    )
    .await;
    assert_problem(&flooded, ProblemType::RateLimited);
    assert!(flooded.header("retry-after").is_some());
    // The config endpoint is not limited.
    let config = send(
        &app,
        Request::get("/v1/config").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(config.status, StatusCode::OK);
}

#[tokio::test]
async fn a_clients_request_id_is_kept_only_when_short_and_plain() {
    let app = test_app();
    let ask = |id: &'static str| {
        Request::get("/v1/config")
            .header("x-request-id", id)
            .body(Body::empty())
            .unwrap()
    };
    let plain = send(&app, ask("shop-req-42")).await;
    assert_eq!(plain.header("x-request-id"), Some("shop-req-42"));
    for hostile in ["a b c", "id\"><script>", "x=1;y=2"] {
        let answer = send(&app, ask(hostile)).await;
        let id = answer.header("x-request-id").unwrap();
        assert_eq!(id.len(), 36, "{hostile} replaced by a fresh UUID, got {id}");
    }
    let long = "x".repeat(200);
    let answer = send(
        &app,
        Request::get("/v1/config")
            .header("x-request-id", long.as_str())
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(answer.header("x-request-id").unwrap().len(), 36);
}

#[tokio::test]
async fn the_admin_clock_refuses_far_times_and_a_delay_must_be_named() {
    let app = test_app();
    for far in ["0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z"] {
        let answer = admin(&app, Method::PUT, "/admin/clock", json!({ "now": far })).await;
        assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "{far}");
        assert_eq!(answer.header("cache-control"), Some("no-store"));
    }
    // Later requests still work: the clock was not moved.
    assert_eq!(
        send(
            &app,
            Request::get("/v1/config").body(Body::empty()).unwrap()
        )
        .await
        .status,
        StatusCode::OK
    );
    // SP-1002 is late with a delay the shop recorded; a body naming nothing keeps it.
    let nothing = admin(&app, Method::PUT, "/admin/orders/SP-1002/delay", json!({})).await;
    assert_eq!(nothing.status, StatusCode::UNPROCESSABLE_ENTITY);
    let order = looked_up(&app, "SP-1002", "marco.bianchi@example.com").await;
    let kept = order.delay.is_some() || order.shipments.iter().any(|s| s.delay.is_some());
    assert!(kept, "the delay is still recorded");
}

#[tokio::test]
async fn health_and_readiness_answer_for_the_load_balancer() {
    let app = test_app();
    let health = send(&app, Request::get("/healthz").body(Body::empty()).unwrap()).await;
    assert_eq!(health.status, StatusCode::OK);
    let ready = send(&app, Request::get("/readyz").body(Body::empty()).unwrap()).await;
    assert_eq!(ready.status, StatusCode::OK);
    assert_eq!(String::from_utf8_lossy(&ready.body), "ready\n");
}

#[tokio::test]
async fn a_production_start_has_no_demo_orders_and_no_demo_page() {
    let app = test_app_with(|s| s.demo = false);
    let page = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let demo_order = lookup(
        &app,
        json!({"order_number": "SP-1001", "email": "giulia.rossi@example.com"}).to_string(),
    )
    .await;
    assert_problem(&demo_order, ProblemType::OrderNotFound);
    // The contract and the widget are there all the same.
    let config = send(
        &app,
        Request::get("/v1/config").body(Body::empty()).unwrap(),
    )
    .await;
    assert_eq!(config.status, StatusCode::OK);
}
