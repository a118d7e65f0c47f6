//! Staff accounts and their sessions, and all their SQL.
//!
//! A password is stored only as its Argon2id hash (PHC string). A session is a random token in
//! a cookie; the database keeps its SHA-256, so a copy of the database opens no desk. Each
//! session has its own CSRF token for the desk's forms, an idle limit and an absolute one.

use argon2::{
    password_hash::{phc::PasswordHash, PasswordHasher, PasswordVerifier},
    Argon2,
};
use rusqlite::{params, Connection, OptionalExtension};
use sha2::Digest;

/// A session ends after this long without a request…
pub const IDLE_SECONDS: i64 = 2 * 3600;
/// …and after this long in any case.
pub const ABSOLUTE_SECONDS: i64 = 12 * 3600;
/// The shortest password `staff add` takes.
pub const MIN_PASSWORD_CHARS: usize = 12;

/// Someone signed in to the desk.
#[derive(Debug, Clone)]
pub struct Agent {
    pub id: i64,
    pub email: String,
    /// The name customers read under an answer.
    pub name: String,
    /// The token the session's forms carry.
    pub csrf: String,
}

fn digest(token: &str) -> String {
    sha2::Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Adds (or gives a new password and name to) the staff member with `email`, whose answers
/// customers read as from `name`; whether they are new.
pub fn add(conn: &Connection, email: &str, name: &str, password: &str) -> anyhow::Result<bool> {
    let email = email.trim().to_lowercase();
    anyhow::ensure!(
        email.contains('@') && email.len() <= 254,
        "{email:?} is not an e-mail address"
    );
    anyhow::ensure!(
        password.chars().count() >= MIN_PASSWORD_CHARS,
        "the password needs at least {MIN_PASSWORD_CHARS} characters"
    );
    let hash = Argon2::default()
        .hash_password(password.as_bytes())
        .map_err(|e| anyhow::anyhow!("hashing the password: {e}"))?
        .to_string();
    let existed = conn
        .query_row(
            "SELECT 1 FROM staff WHERE email = ?1",
            params![email],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    conn.execute(
        "INSERT INTO staff (email, name, password_hash, created_at)
         VALUES (?1, ?2, ?3, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
         ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash,
             name = excluded.name",
        params![email, name.trim(), hash],
    )?;
    if existed {
        // A new password ends the sessions opened with the old one.
        conn.execute(
            "DELETE FROM staff_sessions WHERE staff_id = (SELECT id FROM staff WHERE email = ?1)",
            params![email],
        )?;
    }
    Ok(!existed)
}

/// Removes the staff member with `email` and ends their sessions; whether there was one.
pub fn remove(conn: &Connection, email: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute(
        "DELETE FROM staff WHERE email = ?1",
        params![email.trim().to_lowercase()],
    )? > 0)
}

/// The staff member whose password this is. The hash is checked even for an unknown address
/// (against a fixed one), so the time taken tells nothing about which addresses exist.
pub fn verify(conn: &Connection, email: &str, password: &str) -> rusqlite::Result<Option<i64>> {
    /// The hash of a password nobody has, for unknown addresses.
    const DECOY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Yc2Mx1ZsXtY+0m7y0OHhyqfuDBrqk1C9Z8WcR8PRoO8";
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT id, password_hash FROM staff WHERE email = ?1",
            params![email.trim().to_lowercase()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let (id, hash) = row.map_or((None, DECOY.to_owned()), |(id, h)| (Some(id), h));
    let good = PasswordHash::new(&hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false);
    Ok(id.filter(|_| good))
}

/// Opens a session for staff member `id` at `now` (Unix seconds): the cookie's token.
pub fn open_session(conn: &Connection, id: i64, now: i64) -> rusqlite::Result<String> {
    let token = crate::db::random_hex(32);
    conn.execute(
        "INSERT INTO staff_sessions (token_hash, staff_id, csrf, created_at, last_seen)
         VALUES (?1, ?2, ?3, ?4, ?4)",
        params![digest(&token), id, crate::db::random_hex(16), now],
    )?;
    Ok(token)
}

/// The agent of a session still open at `now`; its idle clock starts again.
pub fn session(conn: &Connection, token: &str, now: i64) -> rusqlite::Result<Option<Agent>> {
    let hash = digest(token);
    let found: Option<Agent> = conn
        .query_row(
            "SELECT s.staff_id, st.email, COALESCE(st.name, ''), s.csrf FROM staff_sessions s
             JOIN staff st ON st.id = s.staff_id
             WHERE s.token_hash = ?1 AND s.last_seen > ?2 AND s.created_at > ?3",
            params![hash, now - IDLE_SECONDS, now - ABSOLUTE_SECONDS],
            |r| {
                Ok(Agent {
                    id: r.get(0)?,
                    email: r.get(1)?,
                    name: r.get(2)?,
                    csrf: r.get(3)?,
                })
            },
        )
        .optional()?;
    if found.is_some() {
        conn.execute(
            "UPDATE staff_sessions SET last_seen = ?1 WHERE token_hash = ?2",
            params![now, hash],
        )?;
    }
    Ok(found)
}

/// Ends the session (signing out).
pub fn close_session(conn: &Connection, token: &str) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM staff_sessions WHERE token_hash = ?1",
        params![digest(token)],
    )?;
    Ok(())
}

/// Forgets sessions that ended (`housekeeping.rs`).
pub fn expire_sessions(conn: &Connection, now: i64) -> rusqlite::Result<usize> {
    conn.execute(
        "DELETE FROM staff_sessions WHERE last_seen <= ?1 OR created_at <= ?2",
        params![now - IDLE_SECONDS, now - ABSOLUTE_SECONDS],
    )
}
