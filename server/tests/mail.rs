//! E-mail delivery against a real SMTP server process on loopback (aiosmtpd, from PyPI, started
//! here: `smtp_sink.py`), asserting on what it received: the message and its headers, no
//! duplicate across a restart or while another worker holds a message, a retry after a
//! temporary refusal, a permanent refusal parked and shown.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Child, Command, Stdio},
};

mod common;

use axum::http::StatusCode;
use rusqlite::Connection;
use sportello_contract::NotifyChannel;
use sportello_server::{db, mail};

/// The Python with aiosmtpd: `SPORTELLO_SMTP_PYTHON` (set by `cargo xtask test`), or the
/// system's when it has aiosmtpd.
fn python() -> PathBuf {
    let python = std::env::var_os("SPORTELLO_SMTP_PYTHON")
        .map_or_else(|| PathBuf::from("python3"), PathBuf::from);
    let has = Command::new(&python)
        .args(["-c", "import aiosmtpd"])
        .status()
        .is_ok_and(|s| s.success());
    assert!(
        has,
        "{}: no aiosmtpd; `cargo xtask test` installs it (or set SPORTELLO_SMTP_PYTHON)",
        python.display()
    );
    python
}

struct Sink {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
}

impl Sink {
    fn start(options: &[&str]) -> Sink {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(python())
            .arg(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/smtp_sink.py"))
            .arg(dir.path())
            .args(options)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let port = line.trim().rsplit(' ').next().unwrap().parse().unwrap();
        Sink { child, port, dir }
    }

    fn mailer(&self) -> mail::Mailer {
        mail::Mailer::new(
            &format!("smtp://127.0.0.1:{}", self.port),
            "Bottega Aurora <assistenza@bottega.example>",
            Some("risposte@bottega.example"),
        )
        .unwrap()
    }

    /// The messages received, in order, as raw text.
    fn received(&self) -> Vec<String> {
        self.files("eml")
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect()
    }

    /// The messages received, in order, decoded: `to`, `subject`, `headers` (lower-case names),
    /// `text`, `html`.
    fn decoded(&self) -> Vec<serde_json::Value> {
        self.files("json")
            .iter()
            .map(|f| serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap())
            .collect()
    }

    fn files(&self, extension: &str) -> Vec<PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == extension))
            .collect();
        files.sort();
        files
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A database with the demo orders and `count` e-mails queued for SP-1001's subscriber: as
/// many delays, each new, written as messages the way the server does.
fn queued(dir: &std::path::Path, count: usize) -> Connection {
    let mut conn = db::open(&dir.join("mail.db"), true).unwrap();
    common::queue_delays(
        &mut conn,
        "SP-1001",
        NotifyChannel::Email,
        None,
        "it",
        count,
    );
    conn
}

fn states(conn: &Connection) -> Vec<(String, i64, Option<String>)> {
    db::outbox(conn)
        .unwrap()
        .into_iter()
        .map(|e| (e.state, e.attempts, e.error))
        .collect()
}

#[test]
fn queued_e_mails_arrive_once_with_their_headers() {
    let sink = Sink::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let mut conn = queued(dir.path(), 3);
    let sent = mail::run_once(&mut conn, &sink.mailer(), "w1", || 1_000).unwrap();
    assert_eq!(sent, 3);
    let received = sink.received();
    assert_eq!(received.len(), 3);
    let first = &received[0];
    assert!(
        first.contains("X-Envelope-To: giulia.rossi@example.com"),
        "{first}"
    );
    let decoded = sink.decoded();
    assert_eq!(
        decoded[0]["subject"],
        "Il tuo ordine SP-1001 è in ritardo: ci dispiace"
    );
    assert!(decoded[0]["text"].as_str().unwrap().contains("(1)"));
    assert!(
        first.contains("From: \"Bottega Aurora\" <assistenza@bottega.example>")
            || first.contains("From: Bottega Aurora <assistenza@bottega.example>"),
        "{first}"
    );
    assert!(
        first.contains("Reply-To: risposte@bottega.example"),
        "{first}"
    );
    assert!(first.contains("Message-ID: <outbox-1."), "{first}");
    assert!(first.contains("@bottega.example>"), "{first}");
    // The server restarts: nothing is sent twice.
    drop(conn);
    let mut conn = Connection::open(dir.path().join("mail.db")).unwrap();
    assert_eq!(
        mail::run_once(&mut conn, &sink.mailer(), "w2", || 2_000).unwrap(),
        0
    );
    assert_eq!(sink.received().len(), 3);
    assert!(states(&conn)
        .iter()
        .all(|(state, attempts, _)| state == "sent" && *attempts == 1));
}

#[test]
fn a_message_another_worker_holds_waits_for_its_claim_to_lapse() {
    let sink = Sink::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let mut conn = queued(dir.path(), 2);
    // A worker claimed the first message and died before settling it.
    conn.execute(
        "UPDATE outbox SET claimed_by = 'dead', claimed_until = 1100, message_id = '<outbox-1.x@bottega.example>' WHERE id = 1",
        [],
    )
    .unwrap();
    assert_eq!(
        mail::run_once(&mut conn, &sink.mailer(), "w1", || 1_000).unwrap(),
        1
    );
    assert_eq!(sink.received().len(), 1);
    assert!(sink.decoded()[0]["text"]
        .as_str()
        .unwrap()
        .contains("Secondo giorno di sciopero (2)."));
    // Once its claim lapses, it goes, once, with the Message-ID it was given.
    assert_eq!(
        mail::run_once(&mut conn, &sink.mailer(), "w1", || 1_200).unwrap(),
        1
    );
    let received = sink.received();
    assert_eq!(received.len(), 2);
    assert!(received[1].contains("Message-ID: <outbox-1.x@bottega.example>"));
}

#[test]
fn a_temporary_refusal_is_retried_later_and_a_permanent_one_parked() {
    let sink = Sink::start(&["--refuse-first", "1"]);
    let dir = tempfile::tempdir().unwrap();
    let mut conn = queued(dir.path(), 1);
    assert_eq!(
        mail::run_once(&mut conn, &sink.mailer(), "w1", || 1_000).unwrap(),
        0
    );
    let (state, attempts, error) = states(&conn).remove(0);
    assert_eq!((state.as_str(), attempts), ("queued", 1));
    assert!(error.unwrap().contains("451"));
    // Not before its wait is over; then it goes.
    assert_eq!(
        mail::run_once(&mut conn, &sink.mailer(), "w1", || 1_010).unwrap(),
        0
    );
    assert_eq!(
        mail::run_once(&mut conn, &sink.mailer(), "w1", || 1_031).unwrap(),
        1
    );
    assert_eq!(sink.received().len(), 1);

    let rejecting = Sink::start(&["--reject"]);
    let dir = tempfile::tempdir().unwrap();
    let mut conn = queued(dir.path(), 1);
    assert_eq!(
        mail::run_once(&mut conn, &rejecting.mailer(), "w1", || 1_000).unwrap(),
        0
    );
    let (state, _, error) = states(&conn).remove(0);
    assert_eq!(state, "parked");
    assert!(error.unwrap().contains("550"), "the reason is shown");
    // Parked stays parked.
    assert_eq!(
        mail::run_once(&mut conn, &rejecting.mailer(), "w1", || 99_000).unwrap(),
        0
    );
}

#[tokio::test]
async fn a_filed_complaint_is_confirmed_by_e_mail_in_the_customers_language() {
    let sink = Sink::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("shop.db");
    let app = common::test_app_with(|settings| {
        settings.db = db_path.clone();
        settings.public_url = Some("https://assistenza.bottega.example/".to_owned());
    });
    let mut body = common::complaint_body();
    body["locale"] = serde_json::json!("it");
    let filed = common::post_json(&app, "/v1/complaints", Some("key-1"), None, body.clone()).await;
    assert_eq!(filed.status, StatusCode::CREATED);
    let reference = filed.json()["reference"].as_str().unwrap().to_owned();
    // A retry of the same filing queues nothing more.
    common::post_json(&app, "/v1/complaints", Some("key-1"), None, body).await;

    let mailer = sink.mailer();
    let sent = tokio::task::spawn_blocking(move || {
        let mut conn = Connection::open(&db_path).unwrap();
        mail::run_once(&mut conn, &mailer, "w1", || i64::MAX / 2).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(sent, 1);
    let received = sink.received();
    let mail = &received[0];
    assert!(
        mail.contains("X-Envelope-To: giulia.rossi@example.com"),
        "{mail}"
    );
    assert!(mail.contains(&reference), "{mail}");
    assert!(mail.contains("multipart/alternative"), "{mail}");
    assert!(mail.contains("Content-Type: text/html"), "{mail}");
    // The Italian words, and the full page without the e-mail or a token in its address.
    assert!(mail.contains("Ti rispondiamo entro"), "{mail}");
    assert!(
        mail.contains("https://assistenza.bottega.example/widget/"),
        "{mail}"
    );
}

/// Sends what is due through the sink, off the async threads; the count sent.
async fn deliver(db_path: &std::path::Path, sink: &Sink) -> usize {
    let (mailer, path) = (sink.mailer(), db_path.to_owned());
    tokio::task::spawn_blocking(move || {
        let mut conn = Connection::open(&path).unwrap();
        mail::run_once(&mut conn, &mailer, "w1", || i64::MAX / 2).unwrap()
    })
    .await
    .unwrap()
}

fn text_of(mail: &serde_json::Value) -> &str {
    mail["text"].as_str().unwrap()
}

fn html_of(mail: &serde_json::Value) -> &str {
    mail["html"].as_str().unwrap()
}

async fn subscribe_by_email(app: &common::TestApp, number: &str, email: &str, locale: &str) {
    let order = common::looked_up(app, number, email).await;
    let access = order.access.unwrap();
    let answer = common::send(
        app,
        common::with_token(
            axum::http::Request::post(format!("/v1/orders/{}/subscriptions", access.order_id)),
            &access.token,
        )
        .header("content-type", "application/json")
        .body(axum::body::Body::from(
            serde_json::json!({"channel": "email", "consent": true, "locale": locale}).to_string(),
        ))
        .unwrap(),
    )
    .await;
    assert_eq!(answer.status, StatusCode::CREATED);
}

#[tokio::test]
async fn a_delay_reaches_the_subscriber_in_their_language_and_one_click_stops_them() {
    let sink = Sink::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("shop.db");
    let app = common::test_app_with(|settings| {
        settings.db = db_path.clone();
        settings.public_url = Some("https://assistenza.bottega.example/".to_owned());
    });
    subscribe_by_email(&app, "SP-1001", "giulia.rossi@example.com", "de-AT").await;
    let delay = |message: &str| {
        serde_json::json!({"shipment_id": "P1", "delay": {
            "reason": "weather", "side": "carrier",
            "message": message,
            "action": "Wir haben den Kurier gebeten, Ihr Paket zuerst zuzustellen.",
            "new_estimate": {"from": "2030-01-03T08:00:00Z", "to": "2030-01-04T18:00:00Z"},
            "goodwill": {"code": "NEVE5", "percent": 5}
        }})
    };
    let posted = common::admin(
        &app,
        axum::http::Method::PUT,
        "/admin/orders/SP-1001/delay",
        delay("Schnee auf der A1 <script>alert(1)</script>"),
    )
    .await;
    assert_eq!(posted.status, StatusCode::NO_CONTENT);
    assert_eq!(deliver(&db_path, &sink).await, 1);
    let mail = &sink.decoded()[0];
    assert_eq!(mail["to"][0], "giulia.rossi@example.com");
    assert_eq!(
        mail["subject"],
        "Ihre Bestellung SP-1001 verspätet sich: Das tut uns leid"
    );
    let text = text_of(mail);
    // The widget's own words for the reason, the side, the new date and the voucher.
    assert!(
        text.contains("Schlechtes Wetter hat die Fahrzeuge des Versanddienstleisters"),
        "{text}"
    );
    assert!(
        text.contains("Donnerstag, 3. Januar – Freitag, 4. Januar"),
        "{text}"
    );
    assert!(
        text.contains("5 % Rabatt auf Ihre nächste Bestellung"),
        "{text}"
    );
    assert!(text.contains("NEVE5"), "{text}");
    // The shop's words as written in the text part, inert in the HTML part.
    assert!(
        text.contains("Schnee auf der A1 <script>alert(1)</script>"),
        "{text}"
    );
    let html = html_of(mail);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;"), "{html}");
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("<html lang=\"de\">"), "{html}");
    // The full page with the order number in the fragment, never the e-mail or a token.
    assert!(
        text.contains("https://assistenza.bottega.example/widget/#sportello-order=SP-1001"),
        "{text}"
    );
    assert!(
        !text.contains("giulia.rossi%40") && !text.contains("token"),
        "{text}"
    );
    // RFC 8058: the mail client's own one-click unsubscribe.
    let headers = &mail["headers"];
    assert!(headers["message-id"]
        .as_str()
        .unwrap()
        .starts_with("<outbox-"));
    assert_eq!(
        headers["list-unsubscribe-post"],
        "List-Unsubscribe=One-Click"
    );
    let list = headers["list-unsubscribe"].as_str().unwrap();
    let url = list
        .strip_prefix("<https://assistenza.bottega.example")
        .and_then(|u| u.strip_suffix('>'))
        .unwrap_or_else(|| panic!("{list}"));
    assert!(url.starts_with("/notifications/unsubscribe/"), "{url}");
    assert!(
        text.contains(list.trim_matches(['<', '>'])),
        "the link in the footer too"
    );

    // The link opens a page asking to confirm; fetching it unsubscribes no one.
    let page = common::send(
        &app,
        axum::http::Request::get(url)
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(page.status, StatusCode::OK);
    let body = String::from_utf8(page.body.clone()).unwrap();
    assert!(
        body.contains("Keine Nachrichten mehr zu dieser Bestellung erhalten?"),
        "{body}"
    );
    // A plain form that posts back to the same address (minijinja writes `/` as `&#x2f;`).
    let action = url.replace('/', "&#x2f;");
    assert!(
        body.contains(&format!("<form method=\"post\" action=\"{action}\">")),
        "{body}"
    );
    assert!(!body.contains("<script"), "no JavaScript");
    assert_eq!(page.header("referrer-policy"), Some("no-referrer"));
    // The one click: a POST with the body RFC 8058 names.
    let clicked = common::send(
        &app,
        axum::http::Request::post(url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(axum::body::Body::from("List-Unsubscribe=One-Click"))
            .unwrap(),
    )
    .await;
    assert_eq!(clicked.status, StatusCode::OK);
    let body = String::from_utf8(clicked.body).unwrap();
    assert!(
        body.contains("Erledigt: Wir schreiben Ihnen nicht mehr"),
        "{body}"
    );
    // A new delay is told to no one now; the old link says it no longer works.
    common::admin(
        &app,
        axum::http::Method::PUT,
        "/admin/orders/SP-1001/delay",
        delay("Noch mehr Schnee."),
    )
    .await;
    assert_eq!(deliver(&db_path, &sink).await, 0);
    let again = common::send(
        &app,
        axum::http::Request::get(url)
            .header("accept-language", "fr-FR,fr;q=0.9")
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert!(String::from_utf8(again.body)
        .unwrap()
        .contains("Ce lien ne fonctionne plus"));
}

#[tokio::test]
async fn with_notify_all_delays_a_customer_who_did_not_ask_hears_of_a_delay_in_their_language() {
    let sink = Sink::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("shop.db");
    let app = common::test_app_with(|settings| {
        settings.db = db_path.clone();
        settings.public_url = Some("https://assistenza.bottega.example".to_owned());
        settings.ingest_keys = vec!["ingest-key".to_owned()];
        settings.notify_all_delays = true;
    });
    let mut order = serde_json::json!({
        "email": "camille.martin@example.com", "postcode": "75011",
        "placed_at": "2029-12-28T10:00:00Z", "status": "in_transit", "currency": "EUR",
        "items": [{"name": "Théière", "quantity": 1, "unit_price": 3900}],
        "shipments": [{"id": "P1", "carrier": "Colissimo", "status": "in_transit"}],
        "locale": "fr-FR"
    });
    let put = |body: serde_json::Value| {
        axum::http::Request::put("/ingest/v1/orders/SP-9001")
            .header("authorization", "Bearer ingest-key")
            .header("content-type", "application/json")
            .body(axum::body::Body::from(body.to_string()))
            .unwrap()
    };
    assert_eq!(
        common::send(&app, put(order.clone())).await.status,
        StatusCode::CREATED
    );
    order["shipments"][0]["delay"] = serde_json::json!({"reason": "customs", "side": "customs"});
    assert_eq!(
        common::send(&app, put(order.clone())).await.status,
        StatusCode::OK
    );
    // The same document again tells nobody twice.
    common::send(&app, put(order)).await;
    assert_eq!(deliver(&db_path, &sink).await, 1);
    let mail = &sink.decoded()[0];
    assert_eq!(mail["to"][0], "camille.martin@example.com");
    assert_eq!(
        mail["subject"],
        "Votre commande SP-9001 a du retard : nous en sommes désolés"
    );
    let text = text_of(mail);
    assert!(
        text.contains("Nous vous écrivons parce que cela concerne votre commande SP-9001."),
        "{text}"
    );
    assert!(
        text.contains("Il n’y a pas encore de nouvelle date"),
        "{text}"
    );
    // A service message about their order: nothing to unsubscribe from.
    assert!(mail["headers"].get("list-unsubscribe").is_none());
}

#[tokio::test]
async fn staff_answers_by_e_mail_and_the_resolution_reach_the_customer() {
    let sink = Sink::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("shop.db");
    let app = common::test_app_with(|settings| {
        settings.db = db_path.clone();
        settings.public_url = Some("https://assistenza.bottega.example".to_owned());
    });
    let mut body = common::complaint_body();
    body["locale"] = serde_json::json!("es");
    let filed = common::post_json(&app, "/v1/complaints", Some("key-es"), None, body).await;
    let reference = filed.json()["reference"].as_str().unwrap().to_owned();
    let update = |text: &str, channel: &str| serde_json::json!({"text": text, "channel": channel, "author_name": "Marta"});
    let path = format!("/admin/complaints/{reference}/updates");
    let answered = common::admin(
        &app,
        axum::http::Method::POST,
        &path,
        update("Te enviamos otra taza <hoy>.", "email"),
    )
    .await;
    assert_eq!(answered.status, StatusCode::OK);
    // What was said on the phone is recorded, not e-mailed.
    common::admin(
        &app,
        axum::http::Method::POST,
        &path,
        update("Llamada: confirmado.", "phone"),
    )
    .await;
    common::admin(
        &app,
        axum::http::Method::POST,
        &format!("/admin/complaints/{reference}/resolve"),
        serde_json::json!({"text": "La taza nueva llegó.", "channel": "phone"}),
    )
    .await;
    assert_eq!(
        deliver(&db_path, &sink).await,
        3,
        "confirmation, answer, resolution"
    );
    let mails = sink.decoded();
    assert_eq!(
        mails[0]["subject"],
        format!("Hemos recibido tu reclamación {reference}")
    );
    assert_eq!(
        mails[1]["subject"],
        format!("Una respuesta a tu reclamación {reference}")
    );
    let answer = text_of(&mails[1]);
    assert!(answer.contains("Marta te ha escrito:"), "{answer}");
    assert!(answer.contains("Te enviamos otra taza <hoy>."), "{answer}");
    assert!(html_of(&mails[1]).contains("Te enviamos otra taza &lt;hoy&gt;."));
    assert_eq!(
        mails[2]["subject"],
        format!("Tu reclamación {reference} está resuelta")
    );
    let resolved = text_of(&mails[2]);
    assert!(resolved.contains("La taza nueva llegó."), "{resolved}");
    assert!(resolved.contains("danos una nota del 1 al 5"), "{resolved}");
    assert!(
        resolved.contains("https://assistenza.bottega.example/widget/"),
        "{resolved}"
    );
}

#[test]
fn every_event_is_told_in_each_of_the_five_languages() {
    use sportello_contract::{
        DateWindow, Delay, DelayReason, DelaySide, Refund, RefundMethod, RefundStatus,
        ShipmentStatus,
    };
    use sportello_server::notices;
    let dir = tempfile::tempdir().unwrap();
    let mut conn = db::open(&dir.path().join("shop.db"), true).unwrap();
    let id: i64 = conn
        .query_row("SELECT id FROM orders WHERE number = 'SP-1001'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let letterhead = common::letterhead();
    let day = |d: &str| DateWindow {
        from: format!("{d}T12:00:00Z"),
        to: format!("{d}T12:00:00Z"),
    };
    let change = |conn: &mut Connection, f: &dyn Fn(&mut db::Tracking)| {
        db::update_tracking(conn, "SP-1001", |_, tracking, _| {
            f(tracking);
            Ok(())
        })
        .unwrap();
        notices::render_pending(conn, &letterhead).unwrap();
    };
    let mut subjects = std::collections::BTreeSet::new();
    for lang in ["it", "en", "de", "fr", "es"] {
        // A parcel in transit, no refund, nobody told yet.
        change(&mut conn, &|t| {
            t.shipments[0].status = ShipmentStatus::InTransit;
            t.shipments[0].delay = None;
            t.shipments[0].estimated_delivery = Some(day("2030-01-02"));
            t.refunds.clear();
        });
        conn.execute_batch("DELETE FROM outbox; DELETE FROM subscriptions")
            .unwrap();
        db::subscribe(
            &conn,
            id,
            NotifyChannel::Email,
            None,
            Some(lang),
            "2030-01-01T08:00:00Z",
        )
        .unwrap();
        change(&mut conn, &|t| {
            t.shipments[0].estimated_delivery = Some(day("2030-01-05"));
        });
        change(&mut conn, &|t| {
            t.shipments[0].status = ShipmentStatus::Delivered;
            t.shipments[0].delivered_at = Some("2030-01-05T10:00:00Z".into());
        });
        change(&mut conn, &|t| {
            t.refunds.push(Refund {
                id: "R1".into(),
                amount: 1990,
                method: RefundMethod::Card,
                status: RefundStatus::Issued,
                issued_at: Some("2030-01-06T09:00:00Z".into()),
                expected_by: Some("2030-01-10T12:00:00Z".into()),
                completed_at: None,
                delay: None,
            })
        });
        change(&mut conn, &|t| {
            t.refunds[0].delay = Some(Delay {
                reason: DelayReason::BankProcessing,
                side: DelaySide::Bank,
                message: None,
                action: None,
                reported_at: None,
                new_estimate: None,
                goodwill: None,
            })
        });
        let entries = db::outbox(&conn).unwrap();
        let kinds: Vec<_> = entries.iter().map(|e| e.kind.clone().unwrap()).collect();
        assert_eq!(
            kinds,
            ["estimate", "delivered", "refund_issued", "refund_late"],
            "{lang}"
        );
        for entry in &entries {
            assert_eq!(entry.language.as_deref(), Some(lang));
            assert!(
                !entry.subject.contains("mail-") && !entry.body.contains("tracking-"),
                "a key instead of words: {entry:?}"
            );
            assert!(
                entry
                    .body
                    .contains("https://assistenza.bottega.example/widget/#sportello-order=SP-1001"),
                "{}",
                entry.body
            );
            assert!(entry.body.contains("/notifications/unsubscribe/"));
            subjects.insert(entry.subject.clone());
        }
        let body = |kind: &str| {
            entries
                .iter()
                .find(|e| e.kind.as_deref() == Some(kind))
                .unwrap()
                .body
                .clone()
        };
        match lang {
            "en" => {
                assert!(body("estimate")
                    .contains("now expects to deliver your parcel on Saturday 5 January."));
                assert!(body("refund_late").contains("Your refund is taking longer than it should"));
            }
            "it" => {
                assert!(body("refund_issued").contains(
                    "Abbiamo inviato il tuo rimborso di 19,90 € (riaccredito sulla carta)."
                ));
                assert!(
                    body("refund_issued").contains("Dovrebbe arrivarti entro giovedì 10 gennaio.")
                );
            }
            "de" => {
                assert!(
                    body("delivered").contains("hat Ihr Paket am Samstag, 5. Januar zugestellt.")
                );
            }
            _ => {}
        }
    }
    assert_eq!(
        subjects.len(),
        20,
        "each event in each language has its own subject"
    );
}
