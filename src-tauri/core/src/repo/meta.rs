//! The database file itself: connection settings, journal mode, schema version and mark,
//! the schema as written, SQLite's own checks, and compaction.

use rusqlite::Connection;

use crate::error::Result;

/// The settings every connection gets. Transactions begin IMMEDIATE: a writer takes the write
/// lock at BEGIN, so one that would otherwise upgrade from reading mid-way (and fail at once
/// with "database is locked" while another process writes) waits on the busy timeout instead.
pub fn configure(conn: &mut Connection) -> Result<()> {
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 16 MiB of pages kept in memory (about 10 years of daily logging): a page read once is
    // not read (and, in an encrypted diary, decrypted) again for the next screen.
    conn.pragma_update(None, "cache_size", -16384)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    Ok(())
}

/// Write-ahead logging (the live database) or a plain rollback journal (a single-file copy).
pub fn set_wal(conn: &Connection, wal: bool) -> Result<()> {
    conn.pragma_update(None, "journal_mode", if wal { "WAL" } else { "DELETE" })?;
    Ok(())
}

/// Rewrites the file compactly in `page_size` pages, nothing left in free pages.
pub fn compact(conn: &Connection, page_size: Option<u32>) -> Result<()> {
    if let Some(size) = page_size {
        conn.pragma_update(None, "page_size", size)?;
    }
    conn.execute_batch("VACUUM")?;
    Ok(())
}

/// The schema version (`user_version`).
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// The mark in the header (`application_id`).
pub fn application_id(conn: &Connection) -> rusqlite::Result<i32> {
    conn.pragma_query_value(None, "application_id", |r| r.get(0))
}

/// One row of `sqlite_master`: type, name, table, and its SQL with whitespace collapsed.
pub type SchemaItem = (String, String, String, String);

/// The schema as written in the file, in a stable order, SQLite's own objects left out.
pub fn schema(conn: &Connection) -> rusqlite::Result<Vec<SchemaItem>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master
         WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| {
        let sql: String = r.get(3)?;
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, sql.split_whitespace().collect::<Vec<_>>().join(" ")))
    })?;
    rows.collect()
}

/// SQLite's check of the whole file (`full`) or its quick version: "ok", or what is wrong.
pub fn check(conn: &Connection, full: bool) -> rusqlite::Result<Vec<String>> {
    let pragma = if full { "PRAGMA integrity_check" } else { "PRAGMA quick_check" };
    conn.prepare(pragma)?.query_map([], |r| r.get(0))?.collect()
}
