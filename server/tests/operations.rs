//! The binary as an operator runs it: JSON log lines for a collector, a back-up taken while the
//! server runs and restored into a new server, and a complaint's retry after a crash between
//! claiming its Idempotency-Key and committing (the restarted server takes the key over at once,
//! instead of answering 409 for a minute).

mod common;

use std::path::{Path, PathBuf};

use common::{
    binary::{post, Binary, BIN},
    complaint_body as complaint,
};
use serde_json::{json, Value};

/// A found lookup of the demo order SP-1002: status and body.
async fn lookup(addr: std::net::SocketAddr) -> (u16, Value) {
    let body = json!({"order_number": "SP-1002", "email": "marco.bianchi@example.com"});
    post(addr, "/v1/orders/lookup", &body, "").await
}

/// The binary on `db` with the demo shop and `extra` flags; stderr kept in `log` when given.
async fn start(db: &Path, extra: &[&str], log: Option<&Path>) -> Binary {
    let mut args = vec!["--demo", "--detector-interval", "0"];
    args.extend_from_slice(extra);
    Binary::start(db, &args, log).await
}

fn backup(db: &Path, to: &Path) -> std::process::Output {
    std::process::Command::new(BIN)
        .arg("backup")
        .arg(to)
        .arg("--db")
        .arg(db)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_lines_are_json_objects_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("server.log");
    let server = start(
        &dir.path().join("shop.db"),
        &["--log-format", "json"],
        Some(&log),
    )
    .await;
    let (status, _) = lookup(server.addr).await;
    assert_eq!(status, 200);
    server.stop().await;
    let text = std::fs::read_to_string(&log).unwrap();
    let lines: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|_| panic!("not JSON: {line}")))
        .collect();
    let served = lines
        .iter()
        .find(|line| line["message"] == "served")
        .unwrap_or_else(|| panic!("no line for the request in {text}"));
    assert_eq!(served["status"], 200);
    assert_eq!(served["span"]["path"], "/v1/orders/lookup");
    assert!(served["timestamp"].is_string() && served["level"] == "INFO");
    // No personal data: the e-mail address is nowhere in the log.
    assert!(!text.contains("marco.bianchi"));
    // No colour codes either.
    assert!(!text.contains('\u{1b}'));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_serving_restores_into_a_working_server() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let server = start(&db, &[], None).await;
    let (status, filed) = post(
        server.addr,
        "/v1/complaints",
        &complaint(),
        "Idempotency-Key: 6d0f7a39-1b2c-4d5e-8f90-123456789abc\r\n",
    )
    .await;
    assert_eq!(status, 201, "{filed}");
    let reference = filed["reference"].as_str().unwrap().to_owned();

    // Backed up while the server runs.
    let copy = dir.path().join("backups/shop-copy.db");
    std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
    let output = backup(&db, &copy);
    assert!(output.status.success(), "{output:?}");
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("1 complaints"), "{said}");
    // A second back-up never overwrites the first.
    let again = backup(&db, &copy);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    server.stop().await;

    // Restored: a new server on the copy finds the complaint and the orders.
    let restored_dir = tempfile::tempdir().unwrap();
    let restored: PathBuf = restored_dir.path().join("shop.db");
    std::fs::copy(&copy, &restored).unwrap();
    let server = start(&restored, &[], None).await;
    let (status, found) = post(
        server.addr,
        "/v1/complaints/lookup",
        &json!({"reference": reference, "email": "giulia.rossi@example.com"}),
        "",
    )
    .await;
    assert_eq!(status, 200, "{found}");
    assert_eq!(found["description"], complaint()["description"]);
    let (status, _) = lookup(server.addr).await;
    assert_eq!(status, 200);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_a_crash_is_filed_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shop.db");
    let key = "Idempotency-Key: 0b5c2a1e-3f4d-4e6a-9b7c-8d9e0f1a2b3c\r\n";
    // A first server files a complaint, so that the same body's fingerprint is known...
    let server = start(&db, &[], None).await;
    let (status, first) = post(server.addr, "/v1/complaints", &complaint(), key).await;
    assert_eq!(status, 201, "{first}");
    let mut server = server;
    server.child.kill().await.unwrap(); // SIGKILL
                                        // ...then the database is put back to the state a crash between claim and commit leaves:
                                        // the key pending, its complaint never written.
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch(
        "DELETE FROM complaints;
         UPDATE idempotency SET state = 'pending', status = NULL, body = NULL;",
    )
    .unwrap();
    drop(conn);
    // The restarted server takes the retry over at once.
    let server = start(&db, &[], None).await;
    let (status, retried) = post(server.addr, "/v1/complaints", &complaint(), key).await;
    assert_eq!(status, 201, "{retried}");
    assert_ne!(retried["reference"], first["reference"]);
    // And a further copy is the stored answer, not a second complaint.
    let (status, replayed) = post(server.addr, "/v1/complaints", &complaint(), key).await;
    assert_eq!(status, 201);
    assert_eq!(replayed["reference"], retried["reference"]);
    server.stop().await;
}

/// The peak resident memory of a process, in MB (Linux).
fn peak_mb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024)
}

/// 24 customers send a complaint with five 1.9 MB photos each at the same moment: all are
/// filed, a lookup is answered meanwhile, and the server's memory stays bounded, because at most
/// `--concurrent-uploads` bodies are read at once (without that bound 60 uploads took 1.5 GB).
#[cfg(target_os = "linux")]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_burst_of_photo_uploads_keeps_memory_bounded() {
    use base64::Engine;

    let dir = tempfile::tempdir().unwrap();
    let server = start(
        &dir.path().join("shop.db"),
        &[
            "--writes-per-minute",
            "1000",
            "--photo-mb-per-hour",
            "100000",
            "--concurrent-uploads",
            "4",
        ],
        None,
    )
    .await;
    let mut data = vec![0u8; 1_900_000];
    data[..4].copy_from_slice(&[0xFF, 0xD8, 0xFF, 0xE0]);
    let photo = json!({
        "name": "cup.jpg",
        "content_type": "image/jpeg",
        "data": base64::engine::general_purpose::STANDARD.encode(&data),
    });
    let mut body = complaint();
    body["photos"] = json!([photo, photo, photo, photo, photo]);
    let body = std::sync::Arc::new(body);
    let addr = server.addr;
    let uploads: Vec<_> = (0..24)
        .map(|i| {
            let body = body.clone();
            tokio::spawn(async move {
                post(
                    addr,
                    "/v1/complaints",
                    &body,
                    &format!("Idempotency-Key: 9e1d2c3b-4a5f-4e6d-8c7b-{i:012}\r\n"),
                )
                .await
                .0
            })
        })
        .collect();
    // A customer looking an order up meanwhile is answered.
    let (status, _) = lookup(server.addr).await;
    assert_eq!(status, 200);
    for upload in uploads {
        assert_eq!(upload.await.unwrap(), 201);
    }
    let peak = peak_mb(server.child.id().unwrap()).unwrap();
    eprintln!("peak resident memory after 24 uploads of 5 x 1.9 MB: {peak} MB");
    assert!(peak < 400, "{peak} MB");
    server.stop().await;
}
