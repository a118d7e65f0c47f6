//! HTTP tests of the reference backend: the real router on a real SQLite file.

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
    Router,
};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use sportello_contract::{OrderStatus, OrderSummary, Problem, ProblemType, ShopConfig};
use sportello_server::{app, Settings};
use tower::ServiceExt;

struct TestApp {
    _dir: tempfile::TempDir,
    router: Router,
}

fn test_app() -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("index.html"),
        "<!doctype html><title>widget</title>",
    )
    .unwrap();
    let mut settings = Settings::new(dir.path().join("data/test.db"), dir.path().to_path_buf());
    settings.cors_origins = vec!["https://shop.example".to_owned()];
    let router = app(&settings).unwrap();
    TestApp { _dir: dir, router }
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

async fn send(app: &TestApp, request: Request<Body>) -> Answer {
    let response = app.router.clone().oneshot(request).await.unwrap();
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

async fn lookup(app: &TestApp, body: impl Into<Body>) -> Answer {
    send(
        app,
        Request::post("/v1/orders/lookup")
            .header(header::CONTENT_TYPE, "application/json")
            .body(body.into())
            .unwrap(),
    )
    .await
}

fn assert_problem(answer: &Answer, kind: ProblemType) -> Problem {
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

    let answer = lookup(
        &app,
        json!({"order_number": "SP-1003", "postcode": "80121"}).to_string(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.json()["status"], "delivered");
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
    assert_eq!(missing.headers, wrong.headers);
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
    let refused = send(&app, preflight("https://evil.example")).await;
    assert!(refused.header("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn demo_page_embeds_the_widget_and_lists_demo_orders() {
    let app = test_app();
    let answer = send(&app, Request::get("/").body(Body::empty()).unwrap()).await;
    assert_eq!(answer.status, StatusCode::OK);
    let html = String::from_utf8(answer.body).unwrap();
    assert!(html.contains("data-sportello"));
    assert!(html.contains("/widget/embed.js"));
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
