//! The signs ticked on each day's red-flag check-in.

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::error::Result;

/// The signs ticked on `date`.
pub fn on(conn: &Connection, date: NaiveDate) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT flag FROM red_flag WHERE date = ?1 ORDER BY flag")?;
    let rows = stmt.query_map([date], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Replaces the signs of `date` with `ids` (inside the caller's transaction).
pub fn replace(conn: &Connection, date: NaiveDate, ids: &[String], now: &str) -> Result<()> {
    conn.execute("DELETE FROM red_flag WHERE date = ?1", [date])?;
    for id in ids {
        add(conn, date, id, now)?;
    }
    Ok(())
}

/// Ticks one sign on `date`; 0 if it was already ticked, else 1.
pub fn add(conn: &Connection, date: NaiveDate, id: &str, now: &str) -> Result<usize> {
    Ok(conn
        .prepare_cached("INSERT OR IGNORE INTO red_flag (date, flag, created_at) VALUES (?1, ?2, ?3)")?
        .execute(rusqlite::params![date, id, now])?)
}

/// Signs ticked on days `from..=to`, newest day first.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, String)>> {
    let mut stmt =
        conn.prepare_cached("SELECT date, flag FROM red_flag WHERE date BETWEEN ?1 AND ?2 ORDER BY date DESC, flag")?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every sign ever ticked, oldest day first (the export).
pub fn all(conn: &Connection) -> Result<Vec<(NaiveDate, String)>> {
    let mut stmt = conn.prepare_cached("SELECT date, flag FROM red_flag ORDER BY date, flag")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
