//! Idempotency-Key handling (IETF draft `httpapi-idempotency-key-header`): a submission carries a
//! key; the backend stores the answer per key, so a repeat replays it, a repeat while the first
//! is still being processed gets 409, and the same key with another body gets 422. Records live
//! in SQLite and survive restarts.
//!
//! A claimed key is "pending" until its answer commits. Whether its request can still be running
//! is known, not guessed: each pending record names the process that claimed it ([`Running`]'s
//! boot id), and that process holds a [`Claim`] for as long as the request can still commit. A
//! pending record of an earlier process (killed in the middle) or of a request that has ended
//! without an answer (its client went away, its transaction failed) is taken over by the retry at
//! once. One server process per database file, as SQLite wants anyway.

use std::{
    collections::HashSet,
    sync::{Arc, Mutex},
};

use axum::http::HeaderMap;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use sportello_contract::{Problem, ProblemType};

use crate::ApiProblem;

/// How long answers are kept for replay.
pub const KEEP_SECONDS: i64 = 7 * 24 * 3600;

/// A stored record: fingerprint, state, status, body, owner.
type Stored = (String, String, Option<u16>, Option<String>, Option<String>);

/// The requests of this process that hold a key: its boot id (written into each pending record)
/// and the keys whose requests can still commit.
#[derive(Debug)]
pub struct Running {
    boot: String,
    keys: Mutex<HashSet<(String, String)>>,
}

impl Running {
    pub fn new() -> Arc<Running> {
        Arc::new(Running {
            boot: crate::db::random_hex(16),
            keys: Mutex::new(HashSet::new()),
        })
    }

    fn keys(&self) -> std::sync::MutexGuard<'_, HashSet<(String, String)>> {
        self.keys
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn holds(&self, scope: &str, key: &str) -> bool {
        self.keys().contains(&(scope.to_owned(), key.to_owned()))
    }

    fn hold(self: &Arc<Self>, scope: &str, key: &str) -> Claim {
        self.keys().insert((scope.to_owned(), key.to_owned()));
        Claim {
            running: self.clone(),
            scope: scope.to_owned(),
            key: key.to_owned(),
        }
    }
}

/// This process's hold on a key: while it lives, a repeat gets 409; drop it only once the answer
/// is committed or the request has given up (move it into the job that commits).
#[derive(Debug)]
pub struct Claim {
    running: Arc<Running>,
    scope: String,
    key: String,
}

impl Drop for Claim {
    fn drop(&mut self) {
        self.running.keys().remove(&(
            std::mem::take(&mut self.scope),
            std::mem::take(&mut self.key),
        ));
    }
}

impl PartialEq for Claim {
    fn eq(&self, other: &Claim) -> bool {
        (&self.scope, &self.key) == (&other.scope, &other.key)
    }
}

impl Eq for Claim {}

/// What to do with a request that carries a key.
#[derive(Debug, PartialEq, Eq)]
pub enum Start {
    /// First time (or taking over from a request that can no longer answer): process it, then
    /// [`finish`], holding the claim until then.
    Fresh(Claim),
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
    // Streamed into the hash: a body with photos is not copied once more.
    struct Hashing<'a>(&'a mut Sha256);
    impl std::io::Write for Hashing<'_> {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.update(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let _ = serde_json::to_writer(Hashing(&mut hash), body);
    hash.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Registers the request, or says what to do instead.
pub fn start(
    conn: &mut Connection,
    running: &Arc<Running>,
    scope: &str,
    key: &str,
    fingerprint: &str,
    now: i64,
) -> rusqlite::Result<Start> {
    let tx = conn.transaction()?;
    let existing: Option<Stored> = tx
        .query_row(
            "SELECT fingerprint, state, status, body, owner FROM idempotency
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
        Some((_, _, _, _, owner))
            if owner.as_deref() == Some(running.boot.as_str()) && running.holds(scope, key) =>
        {
            Start::InProgress
        }
        Some(_) => {
            // Pending, but its request can no longer answer: this retry takes it over.
            tx.execute(
                "UPDATE idempotency SET created_at = ?3, owner = ?4 WHERE scope = ?1 AND key = ?2",
                params![scope, key, now, running.boot],
            )?;
            Start::Fresh(running.hold(scope, key))
        }
        None => {
            tx.execute(
                "INSERT INTO idempotency (scope, key, fingerprint, state, created_at, owner)
                 VALUES (?1, ?2, ?3, 'pending', ?4, ?5)",
                params![scope, key, fingerprint, now, running.boot],
            )?;
            Start::Fresh(running.hold(scope, key))
        }
    };
    tx.commit()?;
    Ok(outcome)
}

/// Forgets answers past their replay time (the periodic clean-up, `housekeeping.rs`).
pub fn expire(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM idempotency WHERE created_at < ?1",
        params![now - KEEP_SECONDS],
    )
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

    fn fresh(start: Start) -> Claim {
        match start {
            Start::Fresh(claim) => claim,
            other => panic!("expected a fresh start, got {other:?}"),
        }
    }

    #[test]
    fn first_fresh_then_in_progress_then_replay() {
        let (_dir, mut conn) = db();
        let running = Running::new();
        let claim = fresh(start(&mut conn, &running, "c", "k", "f", 1000).unwrap());
        assert_eq!(
            start(&mut conn, &running, "c", "k", "f", 1001).unwrap(),
            Start::InProgress
        );
        finish(&conn, "c", "k", 201, "{\"ok\":1}").unwrap();
        drop(claim);
        assert_eq!(
            start(&mut conn, &running, "c", "k", "f", 1002).unwrap(),
            Start::Replay {
                status: 201,
                body: "{\"ok\":1}".into()
            }
        );
        assert_eq!(
            start(&mut conn, &running, "c", "k", "other", 1003).unwrap(),
            Start::Mismatch
        );
        // Keys are per scope.
        fresh(start(&mut conn, &running, "d", "k", "g", 1004).unwrap());
    }

    #[test]
    fn abandoned_requests_free_the_key() {
        let (_dir, mut conn) = db();
        let running = Running::new();
        let claim = fresh(start(&mut conn, &running, "c", "k", "f", 1000).unwrap());
        abandon(&conn, "c", "k").unwrap();
        drop(claim);
        fresh(start(&mut conn, &running, "c", "k", "g", 1001).unwrap());
    }

    #[test]
    fn a_request_that_can_no_longer_answer_is_taken_over_at_once() {
        let (_dir, mut conn) = db();
        // A process claims a key and is killed before its answer commits.
        let killed = Running::new();
        let lost = fresh(start(&mut conn, &killed, "c", "k", "f", 1000).unwrap());
        std::mem::forget(lost);
        // The restarted server takes the retry a second later, not after a timeout.
        let restarted = Running::new();
        let retry = fresh(start(&mut conn, &restarted, "c", "k", "f", 1001).unwrap());
        // While the retry runs, a third copy waits.
        assert_eq!(
            start(&mut conn, &restarted, "c", "k", "f", 1002).unwrap(),
            Start::InProgress
        );
        // The retry itself ends without an answer (its client went away): the next copy goes on.
        drop(retry);
        fresh(start(&mut conn, &restarted, "c", "k", "f", 1003).unwrap());
    }

    #[test]
    fn answers_expire_after_their_replay_time() {
        let (_dir, mut conn) = db();
        let running = Running::new();
        let claim = fresh(start(&mut conn, &running, "c", "k", "f", 1000).unwrap());
        finish(&conn, "c", "k", 201, "{}").unwrap();
        drop(claim);
        assert_eq!(expire(&conn, 1000 + KEEP_SECONDS - 1).unwrap(), 0);
        assert_eq!(expire(&conn, 1001 + KEEP_SECONDS).unwrap(), 1);
        fresh(start(&mut conn, &running, "c", "k", "other", 2000 + KEEP_SECONDS).unwrap());
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
