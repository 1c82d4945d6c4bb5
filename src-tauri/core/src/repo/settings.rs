//! Small key–value settings (quiet hours; inside a backup, when it was taken).

use rusqlite::{Connection, OptionalExtension};

use crate::error::Result;

/// The key inside a backup that records when it was taken (RFC 3339, UTC): written by
/// `backup`, read by `integrity` when it describes a file.
pub const BACKUP_TAKEN_AT: &str = "backup.taken_at";

/// The value of `key`, if set.
pub fn get(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT value FROM setting WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()
}

/// Sets `key` to `value`.
pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = ?2",
        [key, value],
    )?;
    Ok(())
}

/// Removes `key`.
pub fn remove(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM setting WHERE key = ?1", [key])?;
    Ok(())
}
