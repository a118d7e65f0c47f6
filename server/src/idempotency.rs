//! Idempotency-Key handling (IETF draft `httpapi-idempotency-key-header`): a submission carries a
//! key; the backend stores the answer per key, so a repeat replays it, a repeat while the first
//! is still being processed gets 409, and the same key with another body gets 422. Records live
//! in SQLite and survive restarts.

use axum::http::HeaderMap;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use sportello_contract::{Problem, ProblemType};

use crate::ApiProblem;

/// How long a "still processing" record blocks repeats before it counts as abandoned (a crash
/// between start and finish must not block the key forever).
const PENDING_TIMEOUT_SECONDS: i64 = 60;
/// How long answers are kept for replay.
pub const KEEP_SECONDS: i64 = 7 * 24 * 3600;

/// A stored record: fingerprint, state, status, body, created at.
type Stored = (String, String, Option<u16>, Option<String>, i64);

/// What to do with a request that carries a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Start {
    /// First time: process it, then [`finish`].
    Fresh,
    /// Already answered: send this again.
    Replay { status: u16, body: String },
    /// The first request with this key is still being processed.
    InProgress,
    /// The key was used with another body.
    Mismatch,
}

/// The key of the request, required for the submissions that take one.
pub fn key(headers: &HeaderMap) -> Result<String, ApiProblem> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .map(|v| {
            let v = v.trim();
            // A structured-field string (`"…"`) carries the key between its quotes.
            v.strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .filter(|inner| !inner.is_empty())
                .unwrap_or(v)
        })
        .unwrap_or("");
    if key.is_empty() || key.len() > 255 || !key.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Problem::new(ProblemType::MalformedRequest)
            .with_detail(
                "This request needs an Idempotency-Key header (a UUID v4, the same on every retry).",
            )
            .into());
    }
    Ok(key.to_owned())
}

/// A fingerprint of the request: the scope (which resource) and the body as parsed JSON, so that
/// whitespace does not matter but any change of content does.
pub fn fingerprint(body: &serde_json::Value, who: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(who.as_bytes());
    hash.update([0]);
    hash.update(body.to_string().as_bytes());
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Registers the request, or says what to do instead.
pub fn start(
    conn: &mut Connection,
    scope: &str,
    key: &str,
    fingerprint: &str,
    now: i64,
) -> rusqlite::Result<Start> {
    let tx = conn.transaction()?;
    tx.execute(
        "DELETE FROM idempotency WHERE created_at < ?1",
        params![now - KEEP_SECONDS],
    )?;
    let existing: Option<Stored> = tx
        .query_row(
            "SELECT fingerprint, state, status, body, created_at FROM idempotency
             WHERE scope = ?1 AND key = ?2",
            params![scope, key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let outcome = match existing {
        Some((stored, _, _, _, _)) if stored != fingerprint => Start::Mismatch,
        Some((_, state, Some(status), Some(body), _)) if state == "done" => {
            Start::Replay { status, body }
        }
        Some((_, _, _, _, created)) if now - created < PENDING_TIMEOUT_SECONDS => Start::InProgress,
        Some(_) => {
            tx.execute(
                "UPDATE idempotency SET created_at = ?3 WHERE scope = ?1 AND key = ?2",
                params![scope, key, now],
            )?;
            Start::Fresh
        }
        None => {
            tx.execute(
                "INSERT INTO idempotency (scope, key, fingerprint, state, created_at)
                 VALUES (?1, ?2, ?3, 'pending', ?4)",
                params![scope, key, fingerprint, now],
            )?;
            Start::Fresh
        }
    };
    tx.commit()?;
    Ok(outcome)
}

/// Stores the answer; call inside the transaction that made the change, so that the change and
/// its record commit together.
pub fn finish(
    conn: &Connection,
    scope: &str,
    key: &str,
    status: u16,
    body: &str,
) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE idempotency SET state = 'done', status = ?3, body = ?4
         WHERE scope = ?1 AND key = ?2",
        params![scope, key, status, body],
    )?;
    Ok(())
}

/// Forgets a request that was refused before it changed anything (invalid fields), so that the
/// customer can correct it and send it again with the same key.
pub fn abandon(conn: &Connection, scope: &str, key: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM idempotency WHERE scope = ?1 AND key = ?2 AND state = 'pending'",
        params![scope, key],
    )?;
    Ok(())
}

/// The problem answers of [`Start::InProgress`] and [`Start::Mismatch`].
pub fn refusal(start: &Start) -> Option<ApiProblem> {
    match start {
        Start::InProgress => Some(
            Problem::new(ProblemType::RequestInProgress)
                .with_detail(
                    "The first request with this key is still being processed; retry in a moment.",
                )
                .into(),
        ),
        Start::Mismatch => Some(
            Problem::new(ProblemType::IdempotencyKeyReused)
                .with_detail("This Idempotency-Key was already used for a different request.")
                .into(),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap();
        let conn = crate::db::open(&dir.path().join("t.db"), true).unwrap();
        (dir, conn)
    }

    #[test]
    fn first_fresh_then_in_progress_then_replay() {
        let (_dir, mut conn) = db();
        assert_eq!(start(&mut conn, "c", "k", "f", 1000).unwrap(), Start::Fresh);
        assert_eq!(
            start(&mut conn, "c", "k", "f", 1001).unwrap(),
            Start::InProgress
        );
        finish(&conn, "c", "k", 201, "{\"ok\":1}").unwrap();
        assert_eq!(
            start(&mut conn, "c", "k", "f", 1002).unwrap(),
            Start::Replay {
                status: 201,
                body: "{\"ok\":1}".into()
            }
        );
        assert_eq!(
            start(&mut conn, "c", "k", "other", 1003).unwrap(),
            Start::Mismatch
        );
        // Keys are per scope.
        assert_eq!(start(&mut conn, "d", "k", "g", 1004).unwrap(), Start::Fresh);
    }

    #[test]
    fn abandoned_requests_free_the_key() {
        let (_dir, mut conn) = db();
        assert_eq!(start(&mut conn, "c", "k", "f", 1000).unwrap(), Start::Fresh);
        abandon(&conn, "c", "k").unwrap();
        assert_eq!(start(&mut conn, "c", "k", "g", 1001).unwrap(), Start::Fresh);
        // A pending record older than the timeout counts as a crash: the key is taken over.
        assert_eq!(
            start(&mut conn, "c", "k", "g", 1001 + PENDING_TIMEOUT_SECONDS).unwrap(),
            Start::Fresh
        );
    }

    #[test]
    fn fingerprints_ignore_whitespace_but_not_content() {
        let a: serde_json::Value = serde_json::from_str(r#"{"a": 1, "b": "x"}"#).unwrap();
        let b: serde_json::Value = serde_json::from_str(r#"{"a":1,"b":"x"}"#).unwrap();
        let c: serde_json::Value = serde_json::from_str(r#"{"a":2,"b":"x"}"#).unwrap();
        assert_eq!(fingerprint(&a, "s"), fingerprint(&b, "s"));
        assert_ne!(fingerprint(&a, "s"), fingerprint(&c, "s"));
        assert_ne!(fingerprint(&a, "s"), fingerprint(&a, "t"));
    }
}
