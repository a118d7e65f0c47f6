//! What customers write is bounded: every text field has a maximum length (named in the 422),
//! every write counts against its client's budget (one busy client gets 429, the others go on),
//! a complaint takes a bounded number of messages an hour, and photo bytes have an hourly budget
//! per client.

mod common;

use std::net::SocketAddr;

use axum::{extract::ConnectInfo, http::StatusCode};
use base64::Engine;
use common::*;
use serde_json::{json, Value};
use sportello_contract::{Problem, ProblemType};

const A: &str = "203.0.113.5:40000";
const B: &str = "198.51.100.7:40000";

async fn post_from(
    app: &TestApp,
    client: &str,
    path: &str,
    token: Option<&str>,
    body: &Value,
) -> Answer {
    let mut request = json_post(path, Some(&uuid_like()), token, body);
    let peer: SocketAddr = client.parse().unwrap();
    request.extensions_mut().insert(ConnectInfo(peer));
    send(app, request).await
}

fn uuid_like() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    format!(
        "6d0f7a39-1b2c-4d5e-8f90-{:012x}",
        NEXT.fetch_add(1, Ordering::Relaxed)
    )
}

/// A JPEG of `bytes` bytes (its signature, then zeros), base64.
fn photo(bytes: usize) -> Value {
    let mut data = vec![0u8; bytes];
    data[..4].copy_from_slice(&[0xFF, 0xD8, 0xFF, 0xE0]);
    json!({
        "name": "cup.jpg",
        "content_type": "image/jpeg",
        "data": base64::engine::general_purpose::STANDARD.encode(data),
    })
}

fn named(answer: &Answer) -> Vec<(String, String)> {
    let problem: Problem = serde_json::from_slice(&answer.body).unwrap();
    problem
        .invalid_params
        .into_iter()
        .map(|p| (p.name, p.reason))
        .collect()
}

fn with(mut body: Value, field: &str, value: Value) -> Value {
    let mut target = &mut body;
    let mut parts = field.split('.').peekable();
    while let Some(part) = parts.next() {
        if parts.peek().is_none() {
            target[part] = value;
            break;
        }
        target = &mut target[part];
    }
    body
}

#[tokio::test]
async fn every_text_field_is_bounded_and_named_when_too_long() {
    let app = test_app();
    // A 12,000,000-character e-mail address was once accepted.
    let huge = format!("{}@example.com", "g".repeat(12_000_000));
    let answer = post_from(
        &app,
        A,
        "/v1/complaints",
        None,
        &with(complaint_body(), "email", json!(huge)),
    )
    .await;
    assert_problem(&answer, ProblemType::InvalidRequest);
    assert_eq!(
        named(&answer),
        [(
            "email".to_owned(),
            "must be at most 254 characters".to_owned()
        )]
    );
    for (field, value, name) in [
        ("contact.address", json!("a".repeat(300)), "contact.address"),
        ("locale", json!("x".repeat(36)), "locale"),
        ("description", json!("d".repeat(5001)), "description"),
        ("items", json!(vec!["Tazza"; 51]), "items"),
        (
            "photos",
            json!([{"name": "n".repeat(201), "content_type": "image/jpeg", "data": ""}]),
            "photos[0].name",
        ),
    ] {
        let answer = post_from(
            &app,
            B,
            "/v1/complaints",
            None,
            &with(complaint_body(), field, value),
        )
        .await;
        assert_problem(&answer, ProblemType::InvalidRequest);
        let names: Vec<String> = named(&answer).into_iter().map(|(n, _)| n).collect();
        assert_eq!(names, [name], "{field}");
    }
    // The follow-up lookup, the help feedback and a subscription are bounded the same way.
    let answer = post_from(
        &app,
        B,
        "/v1/complaints/lookup",
        None,
        &json!({"reference": "RC-4Q7K-2M9P", "email": format!("{}@example.com", "g".repeat(300))}),
    )
    .await;
    assert_eq!(named(&answer)[0].0, "email");
    let answer = post_from(
        &app,
        B,
        "/v1/help/feedback",
        None,
        &json!({"topic": "damaged_item", "answer_id": "x".repeat(65), "solved": true}),
    )
    .await;
    assert_eq!(named(&answer)[0].0, "answer_id");
    let order = looked_up(&app, "SP-1002", "marco.bianchi@example.com").await;
    let access = order.access.unwrap();
    let answer = post_from(
        &app,
        B,
        &format!("/v1/orders/{}/subscriptions", access.order_id),
        Some(&access.token),
        &json!({"channel": "sms", "address": format!("+39 {}", " ".repeat(300)), "consent": true}),
    )
    .await;
    assert_eq!(
        named(&answer),
        [(
            "address".to_owned(),
            "must be at most 254 characters".to_owned()
        )]
    );
}

#[tokio::test]
async fn one_busy_client_is_held_back_and_the_others_go_on() {
    let app = test_app_with(|s| s.writes_per_minute = 3);
    for _ in 0..3 {
        let answer = post_from(&app, A, "/v1/complaints", None, &complaint_body()).await;
        assert_eq!(answer.status, StatusCode::CREATED);
    }
    let answer = post_from(&app, A, "/v1/complaints", None, &complaint_body()).await;
    assert_problem(&answer, ProblemType::RateLimited);
    let wait: u64 = answer.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    // Every kind of write counts: help feedback from the same client waits too.
    let answer = post_from(
        &app,
        A,
        "/v1/help/feedback",
        None,
        &json!({"topic": "damaged_item", "solved": true}),
    )
    .await;
    assert_problem(&answer, ProblemType::RateLimited);
    // Another customer files at once.
    let answer = post_from(&app, B, "/v1/complaints", None, &complaint_body()).await;
    assert_eq!(answer.status, StatusCode::CREATED);
}

#[tokio::test]
async fn photo_bytes_have_an_hourly_budget_per_client() {
    let app = test_app_with(|s| s.photo_mb_per_hour = 3);
    let with_photo = with(complaint_body(), "photos", json!([photo(1_900_000)]));
    let answer = post_from(&app, A, "/v1/complaints", None, &with_photo).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    // A second 1.9 MB photo would pass 3 MB this hour.
    let answer = post_from(&app, A, "/v1/complaints", None, &with_photo).await;
    let problem = assert_problem(&answer, ProblemType::RateLimited);
    assert!(problem.detail.unwrap().contains("photos"));
    assert!(answer.header("retry-after").is_some());
    // Without photos the same client is still heard; another client sends photos.
    let answer = post_from(&app, A, "/v1/complaints", None, &complaint_body()).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let answer = post_from(&app, B, "/v1/complaints", None, &with_photo).await;
    assert_eq!(answer.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_complaint_takes_a_bounded_number_of_messages_an_hour() {
    let app = test_app_with(|s| s.messages_per_complaint_per_hour = 2);
    let filed = post_from(&app, A, "/v1/complaints", None, &complaint_body()).await;
    let filed = filed.json();
    let (reference, token) = (
        filed["reference"].as_str().unwrap().to_owned(),
        filed["access"]["token"].as_str().unwrap().to_owned(),
    );
    let path = format!("/v1/complaints/{reference}/messages");
    let message = json!({"text": "The other cup is chipped too."});
    for client in [A, B] {
        let answer = post_from(&app, client, &path, Some(&token), &message).await;
        assert_eq!(answer.status, StatusCode::CREATED);
    }
    // From any client: the complaint itself has had enough for this hour.
    let answer = post_from(&app, B, &path, Some(&token), &message).await;
    let problem = assert_problem(&answer, ProblemType::RateLimited);
    assert!(problem.detail.unwrap().contains("this complaint"));
}
