//! HTTP tests of complaints in the reference backend: help and deflection, submission with an
//! Idempotency-Key (replay, conflict, mismatch), reply-by from office hours (also after hours),
//! follow-up by reference + e-mail and by order token, messages, shop updates, rating.

mod common;

use axum::{
    body::Body,
    http::{header, Method, Request, StatusCode},
};
use base64::Engine;
use common::*;
use serde_json::{json, Value};
use sportello_contract::{Complaint, ComplaintStatus, ProblemType, ShopConfig, UpdateChannel};

/// A complaint without an order, to be called back by phone in the morning.
fn complaint_body() -> Value {
    let mut body = common::complaint_body();
    body["contact"] =
        json!({"channel": "phone", "address": "+39 333 123 4567", "window": "morning"});
    body
}

fn jpeg() -> String {
    base64::engine::general_purpose::STANDARD
        .encode([0xFF, 0xD8, 0xFF, 0xE0, 0, 16, b'J', b'F', b'I', b'F'])
}

async fn complaint_count(app: &TestApp) -> usize {
    admin(app, Method::GET, "/admin/complaints", Value::Null)
        .await
        .json()
        .as_array()
        .unwrap()
        .len()
}

#[tokio::test]
async fn config_offers_complaints_with_office_hours() {
    let app = test_app();
    let answer = send(
        &app,
        Request::get("/v1/config").body(Body::empty()).unwrap(),
    )
    .await;
    let config: ShopConfig = serde_json::from_slice(&answer.body).unwrap();
    assert!(config.capabilities.complaints && config.capabilities.help);
    assert!(config.capabilities.complaint_photos && config.capabilities.complaint_follow_up);
    let support = config.support.unwrap();
    assert_eq!(support.time_zone, "Europe/Rome");
    assert!(support.response_minutes_median <= support.response_minutes_p90);
}

#[tokio::test]
async fn help_answers_per_topic_and_deflections_are_counted() {
    let app = test_app();
    let answer = send(
        &app,
        Request::get("/v1/help?topic=damaged_item&locale=en")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK);
    let help = answer.json();
    assert_eq!(help["topic"], "damaged_item");
    let first = &help["answers"][0];
    assert_eq!(first["title"], "An item arrived damaged");
    let italian = send(
        &app,
        Request::get("/v1/help?topic=damaged_item&locale=it")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(
        italian.json()["answers"][0]["title"],
        "Un articolo è arrivato danneggiato"
    );
    let unknown = send(
        &app,
        Request::get("/v1/help?topic=aliens")
            .body(Body::empty())
            .unwrap(),
    )
    .await;
    assert_problem(&unknown, ProblemType::InvalidRequest);

    for solved in [true, true, false] {
        let answer = post_json(
            &app,
            "/v1/help/feedback",
            None,
            None,
            json!({"topic": "damaged_item", "answer_id": first["id"], "solved": solved}),
        )
        .await;
        assert_eq!(answer.status, StatusCode::NO_CONTENT);
    }
    // An answer the shop has since removed still counts for its topic.
    let removed = post_json(
        &app,
        "/v1/help/feedback",
        None,
        None,
        json!({"topic": "damaged_item", "answer_id": "removed-answer", "solved": true}),
    )
    .await;
    assert_eq!(removed.status, StatusCode::NO_CONTENT);
    let stats = admin(&app, Method::GET, "/admin/help/stats", Value::Null)
        .await
        .json();
    assert_eq!(
        stats,
        json!([{"topic": "damaged_item", "solved": 3, "not_solved": 1}])
    );
}

#[tokio::test]
async fn a_complaint_gets_a_reference_and_an_honest_reply_by() {
    let app = test_app();
    // Tuesday 24 November 2026, 10:00 in Rome.
    admin(
        &app,
        Method::PUT,
        "/admin/clock",
        json!({"now": "2026-11-24T09:00:00Z"}),
    )
    .await;
    let mut body = complaint_body();
    body["photos"] = json!([{"name": "cup.jpg", "content_type": "image/jpeg", "data": jpeg()}]);
    let answer = post_json(
        &app,
        "/v1/complaints",
        Some("3f1c2d4e-0000-4000-8000-000000000001"),
        None,
        body,
    )
    .await;
    assert_eq!(
        answer.status,
        StatusCode::CREATED,
        "{}",
        String::from_utf8_lossy(&answer.body)
    );
    assert_eq!(answer.header("cache-control"), Some("no-store"));
    let complaint: Complaint = serde_json::from_slice(&answer.body).unwrap();
    assert!(complaint.reference.starts_with("RC-"));
    assert_eq!(complaint.status, ComplaintStatus::Received);
    assert_eq!(complaint.photos, 1);
    assert_eq!(complaint.contact.unwrap().address, "+••• ••• •567");
    let reply_by = complaint.reply_by.unwrap();
    assert!(reply_by.office_open);
    assert_eq!(reply_by.usually_within_minutes, 180);
    // 10 office hours from Tuesday 10:00 = Wednesday 11:00 in Rome.
    assert_eq!(reply_by.latest_at, "2026-11-25T10:00:00Z");
    assert!(complaint.access.is_some());
    assert_eq!(complaint.updates.len(), 1);
    assert_eq!(complaint.updates[0].channel, UpdateChannel::Web);
}

#[tokio::test]
async fn after_hours_the_acknowledgement_says_when_the_office_opens() {
    let app = test_app();
    // Saturday 28 November 2026, 20:00 in Rome: closed until Monday 09:00.
    admin(
        &app,
        Method::PUT,
        "/admin/clock",
        json!({"now": "2026-11-28T19:00:00Z"}),
    )
    .await;
    let answer = post_json(
        &app,
        "/v1/complaints",
        Some("k-after-hours"),
        None,
        complaint_body(),
    )
    .await;
    let complaint: Complaint = serde_json::from_slice(&answer.body).unwrap();
    let reply_by = complaint.reply_by.unwrap();
    assert!(!reply_by.office_open);
    assert_eq!(reply_by.opens_at.as_deref(), Some("2026-11-30T08:00:00Z"));
    // 9 office hours on Monday, the tenth on Tuesday morning: 10:00 in Rome.
    assert_eq!(reply_by.latest_at, "2026-12-01T09:00:00Z");
}

#[tokio::test]
async fn retries_replay_and_never_create_twice() {
    let app = test_app();
    let key = "6d0f7a39-1b2c-4d5e-8f90-123456789abc";
    let first = post_json(&app, "/v1/complaints", Some(key), None, complaint_body()).await;
    assert_eq!(first.status, StatusCode::CREATED);
    let again = post_json(&app, "/v1/complaints", Some(key), None, complaint_body()).await;
    assert_eq!(again.status, StatusCode::CREATED);
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    assert_eq!(again.body, first.body);
    assert_eq!(complaint_count(&app).await, 1);

    let mut other = complaint_body();
    other["description"] = json!("Something else entirely happened to the parcel.");
    let reused = post_json(&app, "/v1/complaints", Some(key), None, other).await;
    assert_problem(&reused, ProblemType::IdempotencyKeyReused);

    let missing = post_json(&app, "/v1/complaints", None, None, complaint_body()).await;
    assert_problem(&missing, ProblemType::MalformedRequest);
    assert_eq!(complaint_count(&app).await, 1);
}

#[tokio::test]
async fn concurrent_repeats_create_exactly_one() {
    let app = test_app();
    let key = "concurrent-key";
    let answers = futures_join(&app, key).await;
    let created = answers
        .iter()
        .filter(|a| a.status == StatusCode::CREATED)
        .count();
    assert!(created >= 1);
    for answer in &answers {
        assert!(
            answer.status == StatusCode::CREATED || answer.status == StatusCode::CONFLICT,
            "{}",
            answer.status
        );
    }
    assert_eq!(complaint_count(&app).await, 1);
}

async fn futures_join(app: &TestApp, key: &str) -> Vec<Answer> {
    let tasks: Vec<_> = (0..6)
        .map(|_| {
            let router = app.router.clone();
            let key = key.to_owned();
            tokio::spawn(async move {
                let request = Request::post("/v1/complaints")
                    .header(header::CONTENT_TYPE, "application/json")
                    .header("idempotency-key", key)
                    .body(Body::from(complaint_body().to_string()))
                    .unwrap();
                send_to(router, request).await
            })
        })
        .collect();
    let mut answers = Vec::new();
    for task in tasks {
        answers.push(task.await.unwrap());
    }
    answers
}

#[tokio::test]
async fn invalid_complaints_name_every_field_and_free_the_key() {
    let app = test_app();
    let body = json!({
        "topic": "aliens", "description": "too short", "resolution": "refund",
        "email": "not-an-email", "consent": false,
        "contact": {"channel": "sms", "address": "333", "window": "morning"},
        "photos": [{"name": "x.gif", "content_type": "image/gif", "data": ""}]
    });
    let answer = post_json(&app, "/v1/complaints", Some("k1"), None, body).await;
    let problem = assert_problem(&answer, ProblemType::InvalidRequest);
    let mut names: Vec<_> = problem
        .invalid_params
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "consent",
            "contact.address",
            "description",
            "email",
            "photos[0]",
            "topic"
        ]
    );
    // Corrected, the same key goes through.
    let fixed = post_json(&app, "/v1/complaints", Some("k1"), None, complaint_body()).await;
    assert_eq!(fixed.status, StatusCode::CREATED);

    let missing = post_json(
        &app,
        "/v1/complaints",
        Some("k2"),
        None,
        json!({"topic": "other"}),
    )
    .await;
    let problem = assert_problem(&missing, ProblemType::InvalidRequest);
    assert!(problem
        .invalid_params
        .iter()
        .any(|p| p.name == "description"));
}

#[tokio::test]
async fn a_complaint_about_an_order_needs_its_token_and_its_items() {
    let app = test_app();
    let order = looked_up(&app, "SP-1001", "giulia.rossi@example.com").await;
    let access = order.access.unwrap();
    let mut body = complaint_body();
    body["order_id"] = json!(access.order_id);
    body["items"] = json!([order.items[0].name]);
    let no_token = post_json(&app, "/v1/complaints", Some("o1"), None, body.clone()).await;
    assert_problem(&no_token, ProblemType::Unauthorized);
    let answer = post_json(
        &app,
        "/v1/complaints",
        Some("o1"),
        Some(&access.token),
        body.clone(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let complaint: Complaint = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(complaint.order_number.as_deref(), Some("SP-1001"));

    body["items"] = json!(["A lamp we never sold"]);
    let wrong = post_json(
        &app,
        "/v1/complaints",
        Some("o2"),
        Some(&access.token),
        body,
    )
    .await;
    assert_problem(&wrong, ProblemType::InvalidRequest);

    // The order token lists the order's complaints and opens them.
    let list = send(
        &app,
        with_token(
            Request::get(format!("/v1/orders/{}/complaints", access.order_id)),
            &access.token,
        )
        .body(Body::empty())
        .unwrap(),
    )
    .await;
    assert_eq!(list.json()[0]["reference"], json!(complaint.reference));
    let view = send(
        &app,
        with_token(
            Request::get(format!("/v1/complaints/{}", complaint.reference)),
            &access.token,
        )
        .body(Body::empty())
        .unwrap(),
    )
    .await;
    assert_eq!(view.status, StatusCode::OK);
}

#[tokio::test]
async fn an_order_number_without_a_token_is_kept_unverified() {
    let app = test_app();
    let mut body = complaint_body();
    body["order_number"] = json!("  SP-1002 ");
    let answer = post_json(&app, "/v1/complaints", Some("n1"), None, body.clone()).await;
    assert_eq!(answer.status, StatusCode::CREATED);
    let complaint: Complaint = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(complaint.order_number.as_deref(), Some("SP-1002"));

    // A token-proven order wins over whatever number came with it.
    let order = looked_up(&app, "SP-1001", "giulia.rossi@example.com").await;
    let access = order.access.unwrap();
    body["order_id"] = json!(access.order_id);
    let answer = post_json(
        &app,
        "/v1/complaints",
        Some("n2"),
        Some(&access.token),
        body.clone(),
    )
    .await;
    let complaint: Complaint = serde_json::from_slice(&answer.body).unwrap();
    assert_eq!(complaint.order_number.as_deref(), Some("SP-1001"));

    body["order_number"] = json!("x".repeat(41));
    body.as_object_mut().unwrap().remove("order_id");
    let long = post_json(&app, "/v1/complaints", Some("n3"), None, body).await;
    assert_problem(&long, ProblemType::InvalidRequest);
}

#[tokio::test]
async fn follow_up_lookup_is_enumeration_safe_and_shows_shop_updates() {
    let app = test_app();
    let created: Complaint = serde_json::from_slice(
        &post_json(&app, "/v1/complaints", Some("f1"), None, complaint_body())
            .await
            .body,
    )
    .unwrap();
    let reference = created.reference.clone();
    let wrong_email = post_json(
        &app,
        "/v1/complaints/lookup",
        None,
        None,
        json!({"reference": reference, "email": "someone@example.com"}),
    )
    .await;
    let no_such = post_json(
        &app,
        "/v1/complaints/lookup",
        None,
        None,
        json!({"reference": "RC-0000-0000", "email": "giulia.rossi@example.com"}),
    )
    .await;
    assert_problem(&wrong_email, ProblemType::ComplaintNotFound);
    assert_eq!(wrong_email.body, no_such.body);

    // The shop calls the customer and notes it, moving the reply-by time with a reason.
    let update = admin(&app, Method::POST, &format!("/admin/complaints/{reference}/updates"), json!({
        "channel": "phone", "author_name": "Sara", "text": "Called: a new cup leaves tomorrow.",
        "reply_by": {"latest_at": "2026-12-02T17:00:00Z", "reason": "Waiting for the courier to collect the broken cup."}
    })).await;
    assert_eq!(
        update.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&update.body)
    );

    let found = post_json(
        &app,
        "/v1/complaints/lookup",
        None,
        None,
        json!({"reference": reference.to_lowercase(), "email": " Giulia.Rossi@example.com "}),
    )
    .await;
    assert_eq!(found.status, StatusCode::OK);
    let complaint: Complaint = serde_json::from_slice(&found.body).unwrap();
    assert_eq!(complaint.status, ComplaintStatus::InProgress);
    let last = complaint.updates.last().unwrap();
    assert_eq!(last.channel, UpdateChannel::Phone);
    assert_eq!(last.author_name.as_deref(), Some("Sara"));
    let reply_by = complaint.reply_by.unwrap();
    assert_eq!(reply_by.latest_at, "2026-12-02T17:00:00Z");
    assert!(reply_by.moved_reason.unwrap().contains("courier"));
    let token = complaint.access.unwrap().token;

    // The customer adds information, with a photo; the retry of it is replayed.
    let message = json!({"text": "The box was also crushed.", "photos": [{"name": "box.jpg", "content_type": "image/jpeg", "data": jpeg()}]});
    let path = format!("/v1/complaints/{reference}/messages");
    let added = post_json(&app, &path, Some("m1"), Some(&token), message.clone()).await;
    assert_eq!(added.status, StatusCode::CREATED);
    let again = post_json(&app, &path, Some("m1"), Some(&token), message).await;
    assert_eq!(again.header("idempotent-replayed"), Some("true"));
    let complaint: Complaint = serde_json::from_slice(&again.body).unwrap();
    assert_eq!(complaint.updates.len(), 3);
    assert_eq!(complaint.updates[2].photos, 1);
    let stranger = post_json(&app, &path, Some("m2"), Some("nope"), json!({"text": "hi"})).await;
    assert_problem(&stranger, ProblemType::Unauthorized);
}

#[tokio::test]
async fn rating_once_at_resolution() {
    let app = test_app();
    let created: Complaint = serde_json::from_slice(
        &post_json(&app, "/v1/complaints", Some("r1"), None, complaint_body())
            .await
            .body,
    )
    .unwrap();
    let reference = created.reference;
    let token = created.access.unwrap().token;
    let path = format!("/v1/complaints/{reference}/rating");
    let early = post_json(&app, &path, None, Some(&token), json!({"score": 5})).await;
    assert_problem(&early, ProblemType::Conflict);

    let resolved = admin(
        &app,
        Method::POST,
        &format!("/admin/complaints/{reference}/resolve"),
        json!({"text": "A new cup was delivered today.", "channel": "store"}),
    )
    .await;
    let complaint: Complaint = serde_json::from_slice(&resolved.body).unwrap();
    assert_eq!(complaint.status, ComplaintStatus::Resolved);
    assert!(complaint.can_rate);
    assert!(complaint.reply_by.is_none());

    let out_of_range = post_json(&app, &path, None, Some(&token), json!({"score": 9})).await;
    assert_problem(&out_of_range, ProblemType::InvalidRequest);
    let rated = post_json(
        &app,
        &path,
        None,
        Some(&token),
        json!({"score": 4, "comment": "Quick, thanks."}),
    )
    .await;
    assert_eq!(rated.status, StatusCode::CREATED);
    let complaint: Complaint = serde_json::from_slice(&rated.body).unwrap();
    assert_eq!(complaint.rating.unwrap().score, 4);
    assert!(!complaint.can_rate);
    let twice = post_json(&app, &path, None, Some(&token), json!({"score": 1})).await;
    assert_problem(&twice, ProblemType::Conflict);
    // A closed complaint takes no more messages.
    let late = post_json(
        &app,
        &format!("/v1/complaints/{reference}/messages"),
        Some("late"),
        Some(&token),
        json!({"text": "hello"}),
    )
    .await;
    assert_problem(&late, ProblemType::Conflict);
}

#[tokio::test]
async fn oversized_photos_get_a_413_problem() {
    let app = test_app();
    let mut body = complaint_body();
    let huge = "A".repeat(sportello_server::MAX_COMPLAINT_BODY_BYTES + 1);
    body["photos"] = json!([{"name": "big.jpg", "content_type": "image/jpeg", "data": huge}]);
    let answer = post_json(&app, "/v1/complaints", Some("big"), None, body).await;
    assert_problem(&answer, ProblemType::PayloadTooLarge);
}

async fn complaint_found(app: &TestApp, reference: &str) -> Complaint {
    let found = post_json(
        app,
        "/v1/complaints/lookup",
        None,
        None,
        json!({"reference": reference, "email": "giulia.rossi@example.com"}),
    )
    .await;
    assert_eq!(found.status, StatusCode::OK);
    serde_json::from_slice(&found.body).unwrap()
}

/// `reply_by` follows what the shop owes (contract README, "reply_by through a complaint's
/// life"): a customer's message to a received complaint keeps the promise; a question from the
/// shop (waiting for the customer) owes nothing, so `null`; the customer's answer makes it
/// `in_progress` again, with a fresh promise.
#[tokio::test]
async fn reply_by_is_owed_until_the_shop_asks_and_again_once_the_customer_answers() {
    let app = test_app();
    let created: Complaint = serde_json::from_slice(
        &post_json(
            &app,
            "/v1/complaints",
            Some("life-1"),
            None,
            complaint_body(),
        )
        .await
        .body,
    )
    .unwrap();
    let (reference, token) = (created.reference.clone(), created.access.unwrap().token);
    let promised = created.reply_by.expect("owed from the start").latest_at;
    let path = format!("/v1/complaints/{reference}/messages");

    let more = post_json(
        &app,
        &path,
        Some("life-m1"),
        Some(&token),
        json!({"text": "Also the saucer."}),
    )
    .await;
    let complaint: Complaint = serde_json::from_slice(&more.body).unwrap();
    assert_eq!(complaint.status, ComplaintStatus::Received);
    assert_eq!(
        complaint.reply_by.unwrap().latest_at,
        promised,
        "the promise stands"
    );

    let asked = admin(
        &app,
        Method::POST,
        &format!("/admin/complaints/{reference}/updates"),
        json!({"channel": "email", "text": "Could you send a photo of the label?", "status": "waiting_for_customer"}),
    )
    .await;
    assert_eq!(
        asked.status,
        StatusCode::OK,
        "{}",
        String::from_utf8_lossy(&asked.body)
    );
    let waiting = complaint_found(&app, &reference).await;
    assert_eq!(waiting.status, ComplaintStatus::WaitingForCustomer);
    assert!(waiting.reply_by.is_none(), "nothing owed while waiting");

    let answered = post_json(
        &app,
        &path,
        Some("life-m2"),
        Some(&token),
        json!({"text": "Here is the label: 4471."}),
    )
    .await;
    let complaint: Complaint = serde_json::from_slice(&answered.body).unwrap();
    assert_eq!(complaint.status, ComplaintStatus::InProgress);
    assert!(complaint.reply_by.is_some(), "owed again");
}

/// Refusals leave the Idempotency-Key unused (401, 413, as 422 above), and a key counts per
/// endpoint and complaint: the same key on two complaints' messages is two messages.
#[tokio::test]
async fn refused_requests_leave_the_key_and_keys_count_per_complaint() {
    let app = test_app();
    let mut oversized = complaint_body();
    let huge = "A".repeat(sportello_server::MAX_COMPLAINT_BODY_BYTES + 1);
    oversized["photos"] = json!([{"name": "big.jpg", "content_type": "image/jpeg", "data": huge}]);
    let refused = post_json(&app, "/v1/complaints", Some("scope-1"), None, oversized).await;
    assert_problem(&refused, ProblemType::PayloadTooLarge);
    let first = post_json(
        &app,
        "/v1/complaints",
        Some("scope-1"),
        None,
        complaint_body(),
    )
    .await;
    assert_eq!(
        first.status,
        StatusCode::CREATED,
        "a 413 left the key unused"
    );
    let first: Complaint = serde_json::from_slice(&first.body).unwrap();
    let second: Complaint = serde_json::from_slice(
        &post_json(
            &app,
            "/v1/complaints",
            Some("scope-2"),
            None,
            complaint_body(),
        )
        .await
        .body,
    )
    .unwrap();

    let message = json!({"text": "Any news?"});
    let to_first = format!("/v1/complaints/{}/messages", first.reference);
    let stranger = post_json(
        &app,
        &to_first,
        Some("same-key"),
        Some("wrong"),
        message.clone(),
    )
    .await;
    assert_problem(&stranger, ProblemType::Unauthorized);
    let token = first.access.unwrap().token;
    let sent = post_json(
        &app,
        &to_first,
        Some("same-key"),
        Some(&token),
        message.clone(),
    )
    .await;
    assert_eq!(
        sent.status,
        StatusCode::CREATED,
        "a 401 left the key unused"
    );
    assert_eq!(sent.header("idempotent-replayed"), None);

    let to_second = format!("/v1/complaints/{}/messages", second.reference);
    let other = post_json(
        &app,
        &to_second,
        Some("same-key"),
        Some(&second.access.unwrap().token),
        message,
    )
    .await;
    assert_eq!(other.status, StatusCode::CREATED);
    assert_eq!(
        other.header("idempotent-replayed"),
        None,
        "another complaint, another request"
    );
    let complaint: Complaint = serde_json::from_slice(&other.body).unwrap();
    assert_eq!(complaint.reference, second.reference);
    assert_eq!(complaint.updates.last().unwrap().text, "Any news?");
}
