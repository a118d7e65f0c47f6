//! The periodic clean-up: order and complaint tokens past their expiry, and Idempotency-Key
//! answers past their replay time. Once a minute in the background (started by `serve`), so that
//! no lookup or filing pays for it; each delete walks an index of its expiry column.

use std::time::Duration;

use rusqlite::Connection;

use crate::{complaints::store, db, idempotency, AppState};

/// How often the clean-up runs.
pub const PERIOD: Duration = Duration::from_secs(60);

/// Deletes everything expired at `now` (seconds), in one short transaction; the count of rows.
pub fn run_once(conn: &mut Connection, now: i64) -> anyhow::Result<usize> {
    let tx = conn.transaction()?;
    let removed = db::expire_tokens(&tx, now)?
        + store::expire_tokens(&tx, now)?
        + idempotency::expire(&tx, now)?;
    tx.commit()?;
    Ok(removed)
}

/// Runs [`run_once`] every [`PERIOD`] for as long as the server runs.
pub(crate) fn spawn(state: AppState) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(PERIOD);
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            interval.tick().await;
            let now = state.now().unix_timestamp();
            match state.with_db(move |conn| run_once(conn, now)).await {
                Ok(0) | Err(_) => {}
                Ok(removed) => tracing::debug!(removed, "expired tokens and answers removed"),
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use rusqlite::params;

    use super::*;

    #[test]
    fn removes_what_expired_and_keeps_what_lives() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = db::open(&dir.path().join("t.db"), true).unwrap();
        let order: i64 = conn
            .query_row("SELECT id FROM orders LIMIT 1", [], |r| r.get(0))
            .unwrap();
        for (token, expires) in [("old", 100), ("live", 300)] {
            conn.execute(
                "INSERT INTO order_tokens (token, order_id, expires_at) VALUES (?1, ?2, ?3)",
                params![token, order, expires],
            )
            .unwrap();
        }
        for (key, created) in [("old", 100 - idempotency::KEEP_SECONDS), ("live", 150)] {
            conn.execute(
                "INSERT INTO idempotency (scope, key, fingerprint, state, created_at)
                 VALUES ('s', ?1, 'f', 'done', ?2)",
                params![key, created],
            )
            .unwrap();
        }
        assert_eq!(run_once(&mut conn, 200).unwrap(), 2);
        let left: Vec<String> = conn
            .prepare("SELECT token FROM order_tokens UNION ALL SELECT key FROM idempotency")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(left, ["live", "live"]);
        assert_eq!(run_once(&mut conn, 200).unwrap(), 0);
    }

    #[test]
    fn every_clean_up_walks_an_index() {
        let dir = tempfile::tempdir().unwrap();
        let conn = db::open(&dir.path().join("t.db"), false).unwrap();
        for sql in [
            "DELETE FROM order_tokens WHERE expires_at < 1",
            "DELETE FROM complaint_tokens WHERE expires_at < 1",
            "DELETE FROM idempotency WHERE created_at < 1",
            "SELECT * FROM complaint_updates WHERE complaint_id = 1",
            "SELECT COUNT(*) FROM complaint_photos WHERE update_id = 1",
            "SELECT COUNT(*) FROM complaint_photos WHERE complaint_id = 1",
        ] {
            let plan: Vec<String> = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap()
                .query_map([], |r| r.get(3))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap();
            assert!(
                plan.iter().all(|step| !step.starts_with("SCAN")),
                "{sql}: {plan:?}"
            );
        }
    }
}
