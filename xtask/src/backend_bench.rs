//! `cargo xtask bench --backend [--baseline BINARY]`: the reference server under growth and
//! under concurrency, written to `bench/backend.md` and `bench/backend.json`.
//!
//! - Growth: a found lookup and a complaint filing, one after another, on a database holding 0,
//!   100,000 and 1,000,000 rows in each of the tables that grow with use (order tokens,
//!   complaint tokens, Idempotency-Key records, complaint updates; a tenth as many complaints).
//! - Concurrency: found lookups per second and their p50/p99 with 1, 8 and 64 clients.
//!
//! With `--baseline` another build of `sportello-server` (an older commit's, say) is measured in
//! the same run, and every figure gets its ratio to it: times depend on the machine, ratios much
//! less.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use crate::{cargo, root, run, step};

const ROWS: [u64; 3] = [0, 100_000, 1_000_000];
const CLIENTS: [usize; 3] = [1, 8, 64];
const LOOKUPS: usize = 300;
const FILINGS: usize = 100;
const LOAD_SPAN: Duration = Duration::from_secs(5);

/// A `sportello-server` binary on a database of its own; killed when dropped.
struct Running {
    child: Child,
    url: String,
}

impl Running {
    fn start(binary: &Path, db: &Path) -> Result<Running> {
        use std::io::{BufRead, BufReader};
        let mut child = Command::new(binary)
            .arg("--db")
            .arg(db)
            .args([
                "--addr",
                "127.0.0.1:0",
                "--demo",
                "--detector-interval",
                "0",
            ])
            .arg("--widget-dir")
            .arg(db.parent().unwrap_or(db))
            // Limits out of the way; as environment variables, which an older build without
            // some of them ignores.
            .env("SPORTELLO_LOOKUPS_PER_MINUTE", "1000000000")
            .env("SPORTELLO_WRITES_PER_MINUTE", "1000000000")
            .env("SPORTELLO_PHOTO_MB_PER_HOUR", "1000000")
            .env("SPORTELLO_MAX_CONNECTIONS", "1024")
            .env("RUST_LOG", "error")
            .stdout(Stdio::piped())
            .spawn()
            .with_context(|| format!("starting {}", binary.display()))?;
        let stdout = child.stdout.take().context("stdout")?;
        let mut lines = BufReader::new(stdout).lines();
        let url = loop {
            match lines.next() {
                Some(Ok(line)) => {
                    if let Some(url) = line.split("listening on ").nth(1) {
                        break url.trim().to_owned();
                    }
                }
                _ => bail!("{} stopped before listening", binary.display()),
            }
        };
        std::thread::spawn(move || lines.for_each(drop));
        Ok(Running { child, url })
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Puts `rows` rows in each growing table, as a busy shop's database holds them: live tokens,
/// recent Idempotency-Key records, complaints with their updates.
fn fill(db: &Path, rows: u64) -> Result<()> {
    if rows == 0 {
        return Ok(());
    }
    let mut conn = rusqlite::Connection::open(db)?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_secs() as i64;
    let complaints = rows / 10;
    let tx = conn.transaction()?;
    tx.execute_batch(&format!(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {complaints})
         INSERT INTO complaints (id, reference, topic, items, description, resolution, email,
             contact, status, created_at)
         SELECT 10000000 + i, printf('RC-FILL-%08d', i), 'damaged_item', '[]',
             'A cup arrived with a broken handle.', 'replacement', 'fill@example.com',
             '{{\"channel\":\"email\",\"address\":\"fill@example.com\"}}', 'received',
             '2026-11-01T10:00:00Z'
         FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
         INSERT INTO complaint_updates (complaint_id, at, channel, author, text)
         SELECT 10000000 + 1 + (i % {complaints}), '2026-11-01T10:00:00Z', 'widget',
             'customer', 'More details.'
         FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
         INSERT INTO complaint_tokens (token, complaint_id, expires_at)
         SELECT printf('fill%060d', i), 10000000 + 1 + (i % {complaints}), {now} + 86400 FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
         INSERT INTO order_tokens (token, order_id, expires_at)
         SELECT printf('fill%060d', i), (SELECT MIN(id) FROM orders), {now} + 86400 FROM n;
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {rows})
         INSERT INTO idempotency (scope, key, fingerprint, state, status, body, created_at)
         SELECT 'complaints', printf('fill-%d', i), 'f', 'done', 201, '{{}}', {now} - 3600 FROM n;"
    ))?;
    tx.commit()?;
    Ok(())
}

/// Quantiles and rate of a set of latencies.
fn figures(mut latencies: Vec<Duration>, elapsed: Duration, failures: usize) -> Value {
    latencies.sort();
    let pick = |q: f64| {
        latencies
            .get(((latencies.len() as f64 * q) as usize).min(latencies.len().saturating_sub(1)))
            .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
    };
    json!({
        "seconds": elapsed.as_secs_f64(),
        "requests": latencies.len(),
        "failures": failures,
        "per_second": latencies.len() as f64 / elapsed.as_secs_f64(),
        "p50_ms": pick(0.50),
        "p99_ms": pick(0.99),
    })
}

fn lookup_body() -> String {
    json!({"order_number": "SP-1002", "email": "marco.bianchi@example.com"}).to_string()
}

/// `count` found lookups one after another (also the warm-up before a load).
pub(crate) fn lookups(url: &str, count: usize) -> Result<Value> {
    let agent = ureq::AgentBuilder::new().build();
    let url = format!("{url}v1/orders/lookup");
    let body = lookup_body();
    let mut latencies = Vec::with_capacity(count);
    let started = Instant::now();
    for _ in 0..count {
        let t = Instant::now();
        agent
            .post(&url)
            .set("content-type", "application/json")
            .send_string(&body)?
            .into_string()?;
        latencies.push(t.elapsed());
    }
    Ok(figures(latencies, started.elapsed(), 0))
}

/// `count` complaints filed one after another, each with its own key.
fn filings(url: &str, count: usize) -> Result<Value> {
    let agent = ureq::AgentBuilder::new().build();
    let url = format!("{url}v1/complaints");
    let body = json!({
        "topic": "damaged_item",
        "description": "One of the two cups arrived with a broken handle.",
        "resolution": "replacement",
        "email": "giulia.rossi@example.com",
        "contact": {"channel": "email", "address": "giulia.rossi@example.com"},
        "consent": true
    })
    .to_string();
    let run = std::process::id();
    let mut latencies = Vec::with_capacity(count);
    let started = Instant::now();
    for i in 0..count {
        let t = Instant::now();
        let key = format!("bench-{run}-{i}-{}", started.elapsed().as_nanos());
        agent
            .post(&url)
            .set("content-type", "application/json")
            .set("idempotency-key", &key)
            .send_string(&body)?
            .into_string()?;
        latencies.push(t.elapsed());
    }
    Ok(figures(latencies, started.elapsed(), 0))
}

/// Found lookups from `clients` keep-alive threads for `span`, as fast as answers come (also
/// the load figure of `cargo xtask bench`).
pub(crate) fn load(url: &str, clients: usize, span: Duration) -> Result<Value> {
    let url = format!("{url}v1/orders/lookup");
    let body = lookup_body();
    let latencies = Arc::new(Mutex::new(Vec::new()));
    let failures = Arc::new(Mutex::new(0usize));
    let started = Instant::now();
    let workers: Vec<_> = (0..clients)
        .map(|_| {
            let (url, body) = (url.clone(), body.clone());
            let (latencies, failures) = (latencies.clone(), failures.clone());
            std::thread::spawn(move || {
                let agent = ureq::AgentBuilder::new().build();
                let mut mine = Vec::new();
                while started.elapsed() < span {
                    let t = Instant::now();
                    match agent
                        .post(&url)
                        .set("content-type", "application/json")
                        .send_string(&body)
                    {
                        Ok(answer) if answer.status() == 200 => {
                            let _ = answer.into_string();
                            mine.push(t.elapsed());
                        }
                        _ => *failures.lock().unwrap_or_else(|p| p.into_inner()) += 1,
                    }
                }
                latencies
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .extend(mine);
            })
        })
        .collect();
    for worker in workers {
        worker
            .join()
            .map_err(|_| anyhow::anyhow!("a load worker panicked"))?;
    }
    let elapsed = started.elapsed();
    let latencies = std::mem::take(&mut *latencies.lock().unwrap_or_else(|p| p.into_inner()));
    let failures = *failures.lock().unwrap_or_else(|p| p.into_inner());
    Ok(figures(latencies, elapsed, failures))
}

/// Every figure of one binary.
fn measure(binary: &Path, scratch: &Path) -> Result<Value> {
    let mut growth = Vec::new();
    for rows in ROWS {
        let dir = scratch.join(format!("rows-{rows}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let db = dir.join("sportello.db");
        // First start: the schema and the demo orders; then the rows, with the server stopped.
        drop(Running::start(binary, &db)?);
        let filled = Instant::now();
        fill(&db, rows)?;
        eprintln!(
            "  {rows} rows in each growing table ({:.1?})",
            filled.elapsed()
        );
        let server = Running::start(binary, &db)?;
        lookups(&server.url, 20)?;
        let lookup = lookups(&server.url, LOOKUPS)?;
        let filing = filings(&server.url, FILINGS)?;
        eprintln!(
            "  {rows} rows: found lookup p50 {:.2} ms, filing p50 {:.2} ms",
            lookup["p50_ms"].as_f64().unwrap_or_default(),
            filing["p50_ms"].as_f64().unwrap_or_default()
        );
        growth.push(json!({"rows": rows, "lookup": lookup, "filing": filing}));
    }
    let dir = scratch.join("load");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir)?;
    let server = Running::start(binary, &dir.join("sportello.db"))?;
    lookups(&server.url, 50)?;
    let mut concurrency = Vec::new();
    for clients in CLIENTS {
        let figures = load(&server.url, clients, LOAD_SPAN)?;
        eprintln!(
            "  {clients} clients: {:.0} found lookups/s, p50 {:.2} ms, p99 {:.2} ms",
            figures["per_second"].as_f64().unwrap_or_default(),
            figures["p50_ms"].as_f64().unwrap_or_default(),
            figures["p99_ms"].as_f64().unwrap_or_default()
        );
        concurrency.push(json!({"clients": clients, "lookups": figures}));
    }
    Ok(
        json!({"binary": binary.display().to_string(), "growth": growth, "concurrency": concurrency}),
    )
}

pub fn main(baseline: Option<PathBuf>) -> Result<()> {
    step("Building the reference backend (release)");
    run(cargo().args(["build", "--quiet", "--release", "-p", "sportello-server"]))?;
    let current = root().join("target/release/sportello-server");
    let scratch = root().join("target/xtask-tmp/backend-bench");
    step("Backend bench: this build");
    let this = measure(&current, &scratch.join("this"))?;
    let base = match &baseline {
        Some(binary) => {
            step(&format!("Backend bench: the baseline {}", binary.display()));
            Some(measure(binary, &scratch.join("baseline"))?)
        }
        None => None,
    };
    let results = json!({
        "date": crate::cmd_output("date", &["-u", "+%Y-%m-%dT%H:%MZ"]).unwrap_or_default().trim(),
        "commit": crate::cmd_output("git", &["rev-parse", "--short", "HEAD"]).unwrap_or_default().trim(),
        "this": this,
        "baseline": base,
    });
    std::fs::write(
        root().join("bench/backend.json"),
        serde_json::to_string_pretty(&results)? + "\n",
    )?;
    std::fs::write(root().join("bench/backend.md"), report(&results))?;
    eprintln!("\n{}", report(&results));
    Ok(())
}

fn report(results: &Value) -> String {
    let base = &results["baseline"];
    let ms = |v: &Value| format!("{:.2}", v.as_f64().unwrap_or_default());
    let ratio = |now: &Value, then: &Value| match (now.as_f64(), then.as_f64()) {
        (Some(now), Some(then)) if then > 0.0 => format!(" ({:.2}×)", now / then),
        _ => String::new(),
    };
    let mut md = format!(
        "# Reference backend bench\n\nWritten by `cargo xtask bench --backend` on {} at commit \
         `{}`. Times in ms on loopback; in brackets the ratio to the baseline build measured in \
         the same run{}.\n\n## Growth: one request at a time, {LOOKUPS} found lookups and \
         {FILINGS} filings\n\n| rows per table | lookup p50 | lookup p99 | filing p50 | filing \
         p99 |\n|---:|---:|---:|---:|---:|\n",
        results["date"].as_str().unwrap_or(""),
        results["commit"].as_str().unwrap_or(""),
        base["binary"]
            .as_str()
            .map(|b| format!(" (`{b}`)"))
            .unwrap_or_else(|| ", when one is given".to_owned()),
    );
    for (i, row) in results["this"]["growth"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let then = &base["growth"][i];
        md.push_str(&format!(
            "| {} | {}{} | {}{} | {}{} | {}{} |\n",
            row["rows"],
            ms(&row["lookup"]["p50_ms"]),
            ratio(&row["lookup"]["p50_ms"], &then["lookup"]["p50_ms"]),
            ms(&row["lookup"]["p99_ms"]),
            ratio(&row["lookup"]["p99_ms"], &then["lookup"]["p99_ms"]),
            ms(&row["filing"]["p50_ms"]),
            ratio(&row["filing"]["p50_ms"], &then["filing"]["p50_ms"]),
            ms(&row["filing"]["p99_ms"]),
            ratio(&row["filing"]["p99_ms"], &then["filing"]["p99_ms"]),
        ));
    }
    md.push_str(&format!(
        "\n## Concurrency: found lookups for {} s\n\n| clients | lookups/s | p50 | p99 | failures \
         |\n|---:|---:|---:|---:|---:|\n",
        LOAD_SPAN.as_secs()
    ));
    for (i, row) in results["this"]["concurrency"]
        .as_array()
        .into_iter()
        .flatten()
        .enumerate()
    {
        let then = &base["concurrency"][i]["lookups"];
        let now = &row["lookups"];
        md.push_str(&format!(
            "| {} | {:.0}{} | {}{} | {}{} | {} |\n",
            row["clients"],
            now["per_second"].as_f64().unwrap_or_default(),
            ratio(&now["per_second"], &then["per_second"]),
            ms(&now["p50_ms"]),
            ratio(&now["p50_ms"], &then["p50_ms"]),
            ms(&now["p99_ms"]),
            ratio(&now["p99_ms"], &then["p99_ms"]),
            now["failures"],
        ));
    }
    md
}
