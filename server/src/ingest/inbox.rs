//! Store first, work after. A platform's verified webhook delivery is written to the
//! `webhook_inbox` table as received before anything is made of it, and the platform gets its
//! 200 within a second whatever happens next: Shopify deletes a subscription whose deliveries
//! keep failing, so a signed delivery is never refused for what is inside it.
//!
//! The delivery is then worked on, in the request for up to [`ANSWER_WITHIN`] (so that the
//! answer usually says what it did) and otherwise by the background worker ([`spawn`]):
//! - applied: the row goes;
//! - about an order that has not come in yet (Shopify may send a fulfillment first): it waits,
//!   is tried again as soon as an order comes in from that platform and otherwise with a growing
//!   pause, and is set aside after [`WAIT_FOR_ORDER`] (Shopify's own retry window);
//! - refused (not a shape Sportello can read): set aside at once with the reason, logged.
//!
//! What waits or was set aside is listed for the shop (`GET /admin/webhooks`, with the reason);
//! a set-aside delivery's body stays a week (it holds a customer's details), for the operator.
//! A delivery id (`X-Shopify-Webhook-Id`, `X-WC-Webhook-Delivery-ID`; the body's digest when
//! absent) is taken once, however often the platform retries it.

use std::time::Duration;

use axum::{
    body::Bytes,
    response::{IntoResponse, Response},
    Json,
};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;

use crate::{db::Stored, ApiProblem, AppState};

/// How long a delivery may be worked on before the platform is answered anyway.
pub const ANSWER_WITHIN: Duration = Duration::from_millis(800);
/// How long a delivery waits for its order before it is set aside (seconds).
pub const WAIT_FOR_ORDER: i64 = 4 * 3600;
/// How many times a delivery that fails (not one that waits) is tried before it is set aside.
pub const MAX_FAILURES: i64 = 5;
/// How often the worker looks for deliveries to try again.
pub const PERIOD: Duration = Duration::from_secs(30);

/// What working on one delivery did.
#[derive(Debug)]
pub(crate) enum Handled {
    Stored(Stored),
    /// A topic Sportello does not use.
    Ignored,
    /// About an order that has not come in yet.
    UnknownOrder,
    /// Not something Sportello can read, and why.
    Refused(String),
}

/// Why a body could not be read, without its values (serde's own message may quote one: a
/// customer's e-mail, an address), for the log and the set-aside row.
pub(crate) fn unreadable(what: &str, error: &serde_json::Error) -> String {
    let kind = match error.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => "not JSON",
        _ => "a field missing or of another type",
    };
    format!(
        "not a {what}: {kind} (line {}, column {})",
        error.line(),
        error.column()
    )
}

/// Whether a delivery was new.
enum Taken {
    New(i64),
    Duplicate,
}

/// Writes the delivery to the inbox, once per delivery id.
fn take(
    conn: &mut Connection,
    source: &str,
    id: &str,
    topic: &str,
    body: &[u8],
    now: i64,
) -> anyhow::Result<Taken> {
    use sha2::Digest;
    let digest = crate::db::hex(&sha2::Sha256::digest(body));
    let id = if id.trim().is_empty() {
        format!("{topic}:sha256:{digest}")
    } else if source == "woocommerce" {
        // WooCommerce's delivery id changes once a second (a hash of the webhook and the time):
        // two deliveries of one second share it, so the body tells them apart.
        format!("{id}:{}", &digest[..16])
    } else {
        id.to_owned()
    };
    let tx = conn.transaction()?;
    let new = tx.execute(
        "INSERT OR IGNORE INTO webhook_deliveries (source, id, topic, received_at)
         VALUES (?1, ?2, ?3, ?4)",
        params![source, id, topic, now],
    )?;
    if new == 0 {
        return Ok(Taken::Duplicate);
    }
    tx.execute(
        "INSERT INTO webhook_inbox (source, id, topic, body, received_at, next_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
        params![source, id, topic, body, now],
    )?;
    let seq = tx.last_insert_rowid();
    tx.commit()?;
    Ok(Taken::New(seq))
}

fn apply(conn: &mut Connection, source: &str, topic: &str, body: &[u8]) -> anyhow::Result<Handled> {
    match source {
        "shopify" => super::shopify::apply(conn, topic, body),
        "woocommerce" => super::woocommerce::apply(conn, topic, body),
        other => Ok(Handled::Refused(format!("unknown source {other}"))),
    }
}

/// Works on one delivery of the inbox; `None` when it is no longer waiting (done meanwhile).
fn work(conn: &mut Connection, seq: i64, now: i64) -> anyhow::Result<Option<Handled>> {
    let row: Option<(String, String, Vec<u8>, i64, i64)> = conn
        .query_row(
            "SELECT source, topic, body, received_at, attempts FROM webhook_inbox
             WHERE seq = ?1 AND parked = 0",
            params![seq],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let Some((source, topic, body, received_at, attempts)) = row else {
        return Ok(None);
    };
    let handled = match apply(conn, &source, &topic, &body) {
        Ok(handled) => handled,
        Err(error) => {
            // Tried again later, and set aside after a few failures: one delivery that fails
            // never holds up those behind it.
            tracing::error!(source, topic, %error, "webhook delivery failed");
            if attempts + 1 >= MAX_FAILURES {
                set_aside(conn, seq, "failed repeatedly (see the server's log)")?;
            } else {
                conn.execute(
                    "UPDATE webhook_inbox SET attempts = attempts + 1, next_at = ?2,
                     error = 'failed, to be tried again' WHERE seq = ?1",
                    params![seq, now + (60_i64 << attempts.min(5))],
                )?;
            }
            return Err(error);
        }
    };
    match &handled {
        Handled::Stored(_) | Handled::Ignored => {
            conn.execute("DELETE FROM webhook_inbox WHERE seq = ?1", params![seq])?;
        }
        Handled::UnknownOrder if now - received_at >= WAIT_FOR_ORDER => {
            tracing::warn!(source, topic, "webhook set aside: its order never came in");
            set_aside(conn, seq, "its order never came in")?;
        }
        Handled::UnknownOrder => {
            // 1, 2, 4 … minutes, at most 30, unless an order comes in first.
            let pause = (60_i64 << attempts.min(5)).min(1800);
            conn.execute(
                "UPDATE webhook_inbox SET attempts = attempts + 1, next_at = ?2,
                 error = 'waiting for its order' WHERE seq = ?1",
                params![seq, now + pause],
            )?;
        }
        Handled::Refused(why) => {
            tracing::warn!(source, topic, why, "webhook set aside");
            set_aside(conn, seq, why)?;
        }
    }
    // An order came in: the deliveries waiting for one are tried now.
    if matches!(handled, Handled::Stored(_)) {
        conn.execute(
            "UPDATE webhook_inbox SET next_at = ?2 WHERE source = ?1 AND parked = 0",
            params![source, now],
        )?;
    }
    Ok(Some(handled))
}

fn set_aside(conn: &Connection, seq: i64, why: &str) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE webhook_inbox SET parked = 1, attempts = attempts + 1, error = ?2 WHERE seq = ?1",
        params![seq, why],
    )
}

/// Works on every delivery due at `now`, oldest first, until none is; how many were applied.
pub fn drain(conn: &mut Connection, now: i64) -> anyhow::Result<usize> {
    let mut applied = 0;
    // Each pass may make others due (an order came in); a delivery is tried at most once a pass,
    // and a pass that applies nothing ends the loop.
    for _ in 0..10 {
        let due: Vec<i64> = conn
            .prepare(
                "SELECT seq FROM webhook_inbox WHERE parked = 0 AND next_at <= ?1
                 ORDER BY seq LIMIT 500",
            )?
            .query_map(params![now], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        let mut progress = 0;
        for seq in due {
            // A failure is recorded on its row (and logged); the others go on.
            if let Ok(Some(Handled::Stored(_))) = work(conn, seq, now) {
                progress += 1;
            }
        }
        applied += progress;
        if progress == 0 {
            break;
        }
    }
    Ok(applied)
}

#[derive(Serialize)]
struct Answer {
    outcome: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
}

fn answer(outcome: &'static str, detail: Option<String>) -> Response {
    Json(Answer { outcome, detail }).into_response()
}

/// Stores a verified delivery, works on it for up to [`ANSWER_WITHIN`], and answers 200 with
/// what happened: `created`/`updated`/`unchanged`, `duplicate`, `ignored`, `waiting` (for its
/// order), `refused` (set aside, with the reason) or `accepted` (stored, worked on after).
pub(crate) async fn receive(
    state: &AppState,
    source: &'static str,
    topic: String,
    id: String,
    body: Bytes,
) -> Result<Response, ApiProblem> {
    let now = state.now().unix_timestamp();
    let taken = state
        .with_db(move |conn| take(conn, source, &id, &topic, &body, now))
        .await?;
    let Taken::New(seq) = taken else {
        return Ok(answer("duplicate", None));
    };
    let worked = tokio::time::timeout(
        ANSWER_WITHIN,
        state.with_db(move |conn| {
            let handled = work(conn, seq, now)?;
            if matches!(handled, Some(Handled::Stored(_))) {
                drain(conn, now)?;
            }
            Ok(handled)
        }),
    )
    .await;
    Ok(match worked {
        Ok(Ok(Some(Handled::Stored(stored)))) => answer(stored.as_str(), None),
        Ok(Ok(Some(Handled::Ignored))) => answer("ignored", None),
        Ok(Ok(Some(Handled::UnknownOrder))) => answer(
            "waiting",
            Some("Kept: it is applied as soon as its order comes in.".to_owned()),
        ),
        Ok(Ok(Some(Handled::Refused(why)))) => answer("refused", Some(why)),
        // Stored, and worked on after the answer (by the worker, which retries a failure).
        _ => answer("accepted", None),
    })
}

/// A delivery waiting or set aside, for `GET /admin/webhooks`.
#[derive(Debug, Serialize)]
pub struct Waiting {
    pub source: String,
    pub id: String,
    pub topic: String,
    pub received_at: i64,
    pub attempts: i64,
    pub set_aside: bool,
    pub error: Option<String>,
}

/// The deliveries not applied (yet), oldest first.
pub fn waiting(conn: &Connection) -> rusqlite::Result<Vec<Waiting>> {
    conn.prepare(
        "SELECT source, id, topic, received_at, attempts, parked, error FROM webhook_inbox
         ORDER BY seq",
    )?
    .query_map([], |r| {
        Ok(Waiting {
            source: r.get(0)?,
            id: r.get(1)?,
            topic: r.get(2)?,
            received_at: r.get(3)?,
            attempts: r.get(4)?,
            set_aside: r.get(5)?,
            error: r.get(6)?,
        })
    })?
    .collect()
}

/// How long a set-aside delivery (its body holds the customer's details) and the memory of a
/// delivery id are kept (seconds): a week, far past the platforms' retries.
pub const KEEP: i64 = 7 * 24 * 3600;

/// Forgets set-aside deliveries and delivery ids older than [`KEEP`] (or `--retention-days`,
/// if shorter) at `now`; how many rows.
pub fn forget(conn: &Connection, now: i64, retention_days: Option<u32>) -> rusqlite::Result<usize> {
    let keep = retention_days.map_or(KEEP, |days| KEEP.min(i64::from(days) * 24 * 3600));
    Ok(conn.execute(
        "DELETE FROM webhook_inbox WHERE parked = 1 AND received_at < ?1",
        params![now - keep],
    )? + conn.execute(
        "DELETE FROM webhook_deliveries WHERE received_at < ?1",
        params![now - keep],
    )?)
}

/// Tries the due deliveries every [`PERIOD`] for as long as the server runs.
pub(crate) fn spawn(state: AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(PERIOD);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            interval.tick().await;
            let now = state.now().unix_timestamp();
            if let Ok(applied @ 1..) = state.with_db(move |conn| drain(conn, now)).await {
                tracing::info!(applied, "waiting webhook deliveries applied");
                state.announce().await;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_aside_delivery_is_forgotten_after_a_week_and_a_waiting_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = crate::db::open(&dir.path().join("t.db"), false).unwrap();
        let day = 24 * 3600;
        for (id, at) in [("old", 0), ("new", 6 * day)] {
            let Taken::New(seq) =
                take(&mut conn, "shopify", id, "orders/create", b"{}", at).unwrap()
            else {
                panic!("taken once");
            };
            // `{}` is no Shopify order: set aside.
            assert!(matches!(
                work(&mut conn, seq, at).unwrap(),
                Some(Handled::Refused(_))
            ));
        }
        let body = br#"{"id": 1, "order_id": 42, "created_at": "2026-11-24T09:12:46Z"}"#;
        let Taken::New(waiting) =
            take(&mut conn, "shopify", "early", "refunds/create", body, 0).unwrap()
        else {
            panic!("taken");
        };
        assert!(matches!(
            work(&mut conn, waiting, 0).unwrap(),
            Some(Handled::UnknownOrder)
        ));
        // A week and a day after the first: the old set-aside delivery and its id go.
        assert_eq!(forget(&conn, 8 * day, None).unwrap(), 3);
        let left: Vec<String> = waiting_list(&conn);
        assert_eq!(left, ["new", "early"]);
        // Its id is forgotten too: the same delivery again would be taken anew.
        assert!(matches!(
            take(&mut conn, "shopify", "old", "orders/create", b"{}", 8 * day).unwrap(),
            Taken::New(_)
        ));
    }

    /// The worker's pass: a delivery waiting for its order is tried again after its pause (1,
    /// then 2 minutes), not before, and goes in once its order has.
    #[test]
    fn the_worker_tries_a_waiting_delivery_after_its_pause_and_applies_it_with_its_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = crate::db::open(&dir.path().join("t.db"), false).unwrap();
        let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/shopify/");
        let fulfillment = std::fs::read(format!("{fixtures}fulfillments_create.json")).unwrap();
        let order = std::fs::read(format!("{fixtures}orders_create.json")).unwrap();
        let Taken::New(seq) = take(
            &mut conn,
            "shopify",
            "f-1",
            "fulfillments/create",
            &fulfillment,
            0,
        )
        .unwrap() else {
            panic!("taken");
        };
        assert!(matches!(
            work(&mut conn, seq, 0).unwrap(),
            Some(Handled::UnknownOrder)
        ));
        let attempts = |conn: &Connection| -> i64 {
            conn.query_row("SELECT attempts FROM webhook_inbox", [], |r| r.get(0))
                .unwrap()
        };
        assert_eq!(drain(&mut conn, 30).unwrap(), 0);
        assert_eq!(attempts(&conn), 1, "not tried again before its minute");
        assert_eq!(drain(&mut conn, 61).unwrap(), 0);
        assert_eq!(attempts(&conn), 2, "tried after it, still waiting");
        // Its order comes in (stored directly, as another delivery would): the next pass
        // applies the parcel.
        let Taken::New(order_seq) =
            take(&mut conn, "shopify", "o-1", "orders/create", &order, 100).unwrap()
        else {
            panic!("taken");
        };
        assert!(matches!(
            work(&mut conn, order_seq, 100).unwrap(),
            Some(Handled::Stored(_))
        ));
        assert_eq!(drain(&mut conn, 100).unwrap(), 1);
        assert!(waiting(&conn).unwrap().is_empty());
    }

    fn waiting_list(conn: &Connection) -> Vec<String> {
        waiting(conn).unwrap().into_iter().map(|w| w.id).collect()
    }
}
