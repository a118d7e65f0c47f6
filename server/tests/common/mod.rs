//! Helpers of the HTTP tests: the real router on a real SQLite file, requests, answers.
#![allow(dead_code)]

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use sportello_contract::{OrderSummary, Problem, ProblemType};
use sportello_server::{app, Settings};
use tower::ServiceExt;

pub mod binary;

pub const ADMIN: &str = "test-admin-token";

pub struct TestApp {
    pub _dir: tempfile::TempDir,
    pub router: Router,
}

pub fn test_app() -> TestApp {
    test_app_with(|_| {})
}

pub fn test_app_with(adjust: impl FnOnce(&mut Settings)) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>widget</title>",
    )
    .unwrap();
    let mut settings = Settings::new(dir.path().join("data/test.db"), dir.path().to_path_buf());
    settings.cors_origins = vec!["https://shop.example".to_owned()];
    settings.admin_token = Some(ADMIN.to_owned());
    settings.demo = true;
    adjust(&mut settings);
    let router = app(&settings).unwrap();
    TestApp { _dir: dir, router }
}

pub struct Answer {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

pub async fn send(app: &TestApp, request: Request<Body>) -> Answer {
    send_to(app.router.clone(), request).await
}

/// As [`send`], with the router by value (for requests sent from spawned tasks).
pub async fn send_to(router: Router, request: Request<Body>) -> Answer {
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec();
    Answer {
        status,
        headers,
        body,
    }
}

pub async fn lookup(app: &TestApp, body: impl Into<Body>) -> Answer {
    send(
        app,
        Request::post("/v1/orders/lookup")
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.into())
            .unwrap(),
    )
    .await
}

pub fn assert_problem(answer: &Answer, kind: ProblemType) -> Problem {
    assert_eq!(answer.status.as_u16(), kind.status());
    assert_eq!(
        answer.header("content-type"),
        Some("application/problem+json")
    );
    let problem: Problem = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(problem.kind(), kind, "{problem:?}");
    assert_eq!(problem.status, Some(kind.status()));
    problem
}

pub async fn looked_up(app: &TestApp, number: &str, email: &str) -> OrderSummary {
    let answer = lookup(
        app,
        json!({"order_number": number, "email": email}).to_string(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    serde_json::from_slice(&answer.body).unwrap()
}

pub fn with_token(
    request: axum::http::request::Builder,
    token: &str,
) -> axum::http::request::Builder {
    request.header(header::AUTHORIZATION, format!("Bearer {token}"))
}

pub async fn admin(app: &TestApp, method: Method, path: &str, body: Value) -> Answer {
    send(
        app,
        with_token(Request::builder().method(method).uri(path), ADMIN)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(body.to_string()))
            .unwrap(),
    )
    .await
}

/// A JSON POST request with an optional Idempotency-Key and bearer token.
pub fn json_post(
    path: &str,
    key: Option<&str>,
    token: Option<&str>,
    body: &Value,
) -> Request<Body> {
    let mut request = Request::post(path).header(header::CONTENT_TYPE, "application/json");
    if let Some(key) = key {
        request = request.header("idempotency-key", key);
    }
    if let Some(token) = token {
        request = with_token(request, token);
    }
    request.body(Body::from(body.to_string())).unwrap()
}

pub async fn post_json(
    app: &TestApp,
    path: &str,
    key: Option<&str>,
    token: Option<&str>,
    body: Value,
) -> Answer {
    send(app, json_post(path, key, token, &body)).await
}

/// A complaint without an order that every check accepts (contact by e-mail).
pub fn complaint_body() -> Value {
    json!({
        "topic": "damaged_item",
        "description": "One of the two cups arrived with a broken handle.",
        "resolution": "replacement",
        "email": "giulia.rossi@example.com",
        "contact": {"channel": "email", "address": "giulia.rossi@example.com"},
        "consent": true,
        "locale": "en"
    })
}

/// A platform's webhook signature: the base64 HMAC-SHA256 of the body with the secret, as
/// Shopify and WooCommerce sign theirs.
pub fn hmac_signature(body: &[u8], secret: &str) -> String {
    use base64::Engine;
    use hmac::{KeyInit, Mac};
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(secret.as_bytes()).unwrap();
    mac.update(body);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// The letterhead of the tests: an Italian shop with its full page online.
pub fn letterhead() -> sportello_server::letters::Letterhead {
    sportello_server::letters::Letterhead {
        shop: "Bottega Aurora".to_owned(),
        public_url: Some("https://assistenza.bottega.example".to_owned()),
        time_zone: "Europe/Rome".to_owned(),
        default_locale: "it".to_owned(),
        notify_all_delays: false,
    }
}

/// Subscribes the customer of order `number` on `channel` (`phone` for SMS and WhatsApp),
/// reading `locale`, then records `count` delays of the order, each new ("Secondo giorno di
/// sciopero (n)."), and writes them as messages, the way the server does.
pub fn queue_delays(
    conn: &mut rusqlite::Connection,
    number: &str,
    channel: sportello_contract::NotifyChannel,
    phone: Option<&str>,
    locale: &str,
    count: usize,
) {
    use sportello_server::{db, notices};
    let id: i64 = conn
        .query_row("SELECT id FROM orders WHERE number = ?1", [number], |r| {
            r.get(0)
        })
        .unwrap();
    db::subscribe(
        conn,
        id,
        channel,
        phone,
        Some(locale),
        "2026-12-01T08:00:00Z",
    )
    .unwrap();
    for n in 1..=count {
        db::update_tracking(conn, number, |_, tracking, _| {
            tracking.delay = Some(sportello_contract::Delay {
                reason: sportello_contract::DelayReason::Strike,
                side: sportello_contract::DelaySide::Carrier,
                message: Some(format!("Secondo giorno di sciopero ({n}).")),
                action: None,
                reported_at: None,
                new_estimate: None,
                goodwill: None,
            });
            Ok(())
        })
        .unwrap();
        notices::render_pending(conn, &letterhead()).unwrap();
    }
}
