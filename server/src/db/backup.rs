//! `sportello-server backup FILE`: a consistent copy of the database, taken while it serves.

use std::path::Path;

use anyhow::Context;
use rusqlite::{params, Connection};

/// What a back-up holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Backup {
    pub bytes: u64,
    pub orders: i64,
    pub complaints: i64,
}

/// Writes a consistent copy of the database at `path` to `to` with `VACUUM INTO` (a reader in
/// WAL mode: the running server goes on meanwhile), then opens the copy to check it and count
/// what it holds. Refuses an existing `to`, so that no back-up is overwritten by mistake.
pub fn backup(path: &Path, to: &Path) -> anyhow::Result<Backup> {
    anyhow::ensure!(
        path.exists(),
        "{} does not exist: name the database with --db",
        path.display()
    );
    anyhow::ensure!(
        !to.exists(),
        "{} already exists: name a new file for the back-up",
        to.display()
    );
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| format!("opening {}", path.display()))?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    let target = to
        .to_str()
        .with_context(|| format!("{} is not a UTF-8 path", to.display()))?;
    conn.execute("VACUUM INTO ?1", params![target])
        .with_context(|| format!("writing the back-up to {}", to.display()))?;
    let copy = Connection::open_with_flags(to, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let check: String = copy.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
    anyhow::ensure!(
        check == "ok",
        "the back-up fails its integrity check: {check}"
    );
    Ok(Backup {
        bytes: std::fs::metadata(to)?.len(),
        orders: copy.query_row("SELECT COUNT(*) FROM orders", [], |r| r.get(0))?,
        complaints: copy.query_row("SELECT COUNT(*) FROM complaints", [], |r| r.get(0))?,
    })
}
