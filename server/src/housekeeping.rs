//! The periodic clean-up: order and complaint tokens past their expiry, Idempotency-Key
//! answers past their replay time, and webhook deliveries set aside a week ago. Once a minute in the background (started by `serve`), so that
//! no lookup or filing pays for it; each delete walks an index of its expiry column.

use std::time::Duration;

use rusqlite::Connection;

use crate::{complaints::store, db, idempotency, AppState};

/// How often the clean-up runs.
pub const PERIOD: Duration = Duration::from_secs(60);

/// Deletes everything expired at `now` (seconds), in one short transaction, and with
/// `retention_days` the orders and complaints unchanged for longer; the count of rows.
pub fn run_once(
    conn: &mut Connection,
    now: i64,
    retention_days: Option<u32>,
) -> anyhow::Result<usize> {
    let tx = conn.transaction()?;
    let mut removed = db::expire_tokens(&tx, now)?
        + store::expire_tokens(&tx, now)?
        + idempotency::expire(&tx, now)?
        + crate::desk::staff::expire_sessions(&tx, now)?
        + crate::ingest::inbox::forget(&tx, now, retention_days)?;
    if let Some(days) = retention_days {
        removed += db::purge(&tx, now - i64::from(days) * 24 * 3600)?;
    }
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
            let retention = state.retention_days;
            let (office, at) = (state.office.clone(), state.now());
            // The window of the reply times slides with the days.
            let _ = state
                .read(move |conn| crate::complaints::refresh_figures(conn, &office, at))
                .await;
            match state
                .with_db(move |conn| run_once(conn, now, retention))
                .await
            {
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
        assert_eq!(run_once(&mut conn, 200, None).unwrap(), 2);
        let left: Vec<String> = conn
            .prepare("SELECT token FROM order_tokens UNION ALL SELECT key FROM idempotency")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(left, ["live", "live"]);
        assert_eq!(run_once(&mut conn, 200, None).unwrap(), 0);
    }

    #[test]
    fn retention_removes_what_has_not_changed_for_that_long_with_its_photos() {
        let dir = tempfile::tempdir().unwrap();
        let mut conn = db::open(&dir.path().join("t.db"), true).unwrap();
        let now = time::OffsetDateTime::now_utc().unix_timestamp();
        let day = 24 * 3600;
        // SP-1001 last changed 40 days ago; its complaint's last update was 35 days ago.
        conn.execute(
            "UPDATE orders SET changed_at = ?1 WHERE number IN ('SP-1001', 'SP-1002')",
            params![now - 40 * day],
        )
        .unwrap();
        let old = |days: i64| {
            time::OffsetDateTime::from_unix_timestamp(now - days * day)
                .unwrap()
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap()
        };
        for (reference, number, updated) in [("RC-OLD", "SP-1001", 35), ("RC-NEW", "SP-1002", 2)] {
            conn.execute(
                "INSERT INTO complaints (reference, order_id, topic, items, description, resolution,
                 email, contact, status, created_at)
                 SELECT ?1, id, 'other', '[]', 'x', 'other', 'a@b.it', '{}', 'received', ?3
                 FROM orders WHERE number = ?2",
                params![reference, number, old(50)],
            )
            .unwrap();
            let id = conn.last_insert_rowid();
            conn.execute(
                "INSERT INTO complaint_updates (complaint_id, at, channel, author, text)
                 VALUES (?1, ?2, 'web', 'customer', 'still broken')",
                params![id, old(updated)],
            )
            .unwrap();
            conn.execute(
                "INSERT INTO complaint_photos (complaint_id, name, content_type, data)
                 VALUES (?1, 'p.jpg', 'image/jpeg', x'FFD8FF')",
                params![id],
            )
            .unwrap();
        }
        // Kept without a retention; with 30 days, the old complaint and its order go, and
        // SP-1002 stays while its complaint is recent.
        run_once(&mut conn, now, None).unwrap();
        assert_eq!(run_once(&mut conn, now, Some(30)).unwrap(), 2);
        let left = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        assert_eq!(
            left("SELECT COUNT(*) FROM orders WHERE number = 'SP-1001'"),
            0
        );
        assert_eq!(
            left("SELECT COUNT(*) FROM orders WHERE number = 'SP-1002'"),
            1
        );
        assert_eq!(left("SELECT COUNT(*) FROM orders"), 14);
        assert_eq!(left("SELECT COUNT(*) FROM complaints"), 1);
        assert_eq!(left("SELECT COUNT(*) FROM complaint_photos"), 1);
        assert_eq!(
            left("SELECT COUNT(*) FROM order_items WHERE order_id NOT IN (SELECT id FROM orders)"),
            0
        );
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
