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

    /// The messages received, in order, as text.
    fn received(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(self.dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect()
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A database with the demo orders and `count` e-mails queued for SP-1001's subscriber.
fn queued(dir: &std::path::Path, count: usize) -> Connection {
    let conn = db::open(&dir.join("mail.db"), true).unwrap();
    let id: i64 = conn
        .query_row("SELECT id FROM orders WHERE number = 'SP-1001'", [], |r| {
            r.get(0)
        })
        .unwrap();
    db::subscribe(
        &conn,
        id,
        NotifyChannel::Email,
        None,
        "2026-12-01T08:00:00Z",
    )
    .unwrap();
    for n in 1..=count {
        db::notify_subscribers(
            &conn,
            id,
            &format!("Aggiornamento {n} sul tuo ordine SP-1001"),
            &format!("Il pacco è fermo per neve ({n})."),
            "2026-12-01T08:00:00Z",
        )
        .unwrap();
    }
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
    assert!(
        first.contains("Subject: Aggiornamento 1 sul tuo ordine SP-1001"),
        "{first}"
    );
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
    assert!(sink.received()[0].contains("Aggiornamento 2"));
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
