//! SMS and WhatsApp through the shop's relay: the outbox's messages POSTed to a receiver on
//! loopback that checks the signature as a shop's relay would, retried after a 503, parked
//! after a 400, never sent twice.

use std::sync::{Arc, Mutex};

use axum::{body::Bytes, extract::State, http::HeaderMap, http::StatusCode, routing::post, Router};
use hmac::{Hmac, KeyInit, Mac};
use serde_json::Value;
use sportello_contract::NotifyChannel;
use sportello_server::{db, messages};

mod common;

const SECRET: &str = "relay-secret-42";

#[derive(Clone, Default)]
struct Relay {
    /// The bodies received with a valid signature.
    received: Arc<Mutex<Vec<Value>>>,
    /// Answers to give first, in order, then 200.
    script: Arc<Mutex<Vec<StatusCode>>>,
    forged: Arc<Mutex<usize>>,
}

/// What a shop's relay does: checks the signature over the raw body, in constant time.
async fn receive(State(relay): State<Relay>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers
        .get("x-sportello-signature")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("sha256="))
        .and_then(|hex| {
            (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
                .collect::<Option<Vec<u8>>>()
        })
        .unwrap_or_default();
    let mut mac = Hmac::<sha2::Sha256>::new_from_slice(SECRET.as_bytes()).unwrap();
    mac.update(&body);
    if mac.verify_slice(&given).is_err() {
        *relay.forged.lock().unwrap() += 1;
        return StatusCode::UNAUTHORIZED;
    }
    let scripted = {
        let mut script = relay.script.lock().unwrap();
        (!script.is_empty()).then(|| script.remove(0))
    };
    if let Some(status) = scripted {
        return status;
    }
    relay
        .received
        .lock()
        .unwrap()
        .push(serde_json::from_slice(&body).unwrap());
    StatusCode::OK
}

async fn start(relay: Relay) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/relay", listener.local_addr().unwrap());
    let app = Router::new()
        .route("/relay", post(receive))
        .with_state(relay);
    tokio::spawn(async move { axum::serve(listener, app).await });
    url
}

fn queued(dir: &std::path::Path) -> rusqlite::Connection {
    let mut conn = db::open(&dir.join("m.db"), true).unwrap();
    common::queue_delays(
        &mut conn,
        "SP-1010",
        NotifyChannel::Whatsapp,
        Some("+39 333 765 4321"),
        "it",
        1,
    );
    conn
}

async fn run(
    conn: rusqlite::Connection,
    relay: messages::Relay,
    now: i64,
) -> (rusqlite::Connection, usize) {
    tokio::task::spawn_blocking(move || {
        let mut conn = conn;
        let sent = messages::run_once(&mut conn, &relay, "w1", || now).unwrap();
        (conn, sent)
    })
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whatsapp_message_reaches_the_relay_signed_once_after_a_503() {
    let relay = Relay::default();
    relay
        .script
        .lock()
        .unwrap()
        .push(StatusCode::SERVICE_UNAVAILABLE);
    let url = start(relay.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let conn = queued(dir.path());
    let client = messages::Relay::new(&url, SECRET, "it", Some("IT"));

    let (conn, sent) = run(conn, client.clone(), 1_000).await;
    assert_eq!(sent, 0, "the 503 is retried later");
    let (conn, sent) = run(conn, client.clone(), 1_031).await;
    assert_eq!(sent, 1);
    let (_, again) = run(conn, client, 5_000).await;
    assert_eq!(again, 0, "never twice");

    let received = relay.received.lock().unwrap().clone();
    assert_eq!(received.len(), 1);
    let message = &received[0];
    assert_eq!(message["channel"], "whatsapp");
    assert_eq!(message["to"], "+393337654321");
    assert_eq!(message["language"], "it");
    assert!(message["text"]
        .as_str()
        .unwrap()
        .contains("Secondo giorno di sciopero (1)."));
    assert!(message["id"].as_str().unwrap().starts_with("<outbox-"));
    assert_eq!(*relay.forged.lock().unwrap(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_wrong_secret_is_refused_by_the_relay_and_the_message_parked() {
    let relay = Relay::default();
    let url = start(relay.clone()).await;
    let dir = tempfile::tempdir().unwrap();
    let conn = queued(dir.path());
    // Signed with another secret: the relay refuses it (401), a permanent refusal.
    let client = messages::Relay::new(&url, "not-the-secret", "it", Some("IT"));
    let (conn, sent) = run(conn, client, 1_000).await;
    assert_eq!(sent, 0);
    assert_eq!(*relay.forged.lock().unwrap(), 1);
    let entry = db::outbox(&conn).unwrap().remove(0);
    assert_eq!(entry.state, "parked");
    assert!(entry.error.unwrap().contains("401"));
}
