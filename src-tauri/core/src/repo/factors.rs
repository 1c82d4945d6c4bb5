//! The `day_factor` table: one row per day with sleep (in half hours) or mood logged. A row
//! whose values are both cleared is removed, so "nothing logged" has one form.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// A day's stored values: (sleep in half hours, mood).
pub type Values = (Option<u8>, Option<u8>);

/// Sleep (half hours) and mood of `date`; both None when nothing is logged.
pub fn on(conn: &Connection, date: NaiveDate) -> Result<Values> {
    Ok(conn
        .prepare_cached("SELECT sleep_half_hours, mood FROM day_factor WHERE date = ?1")?
        .query_row([date], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?
        .unwrap_or_default())
}

/// Sets (or clears, with None) the sleep of `date`.
pub fn set_sleep(conn: &Connection, date: NaiveDate, half_hours: Option<u8>, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO day_factor (date, sleep_half_hours, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (date) DO UPDATE SET sleep_half_hours = ?2, updated_at = ?3",
    )?
    .execute(params![date, half_hours, now])?;
    drop_empty(conn, date)
}

/// Sets (or clears, with None) the mood of `date`.
pub fn set_mood(conn: &Connection, date: NaiveDate, mood: Option<u8>, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO day_factor (date, mood, updated_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (date) DO UPDATE SET mood = ?2, updated_at = ?3",
    )?
    .execute(params![date, mood, now])?;
    drop_empty(conn, date)
}

fn drop_empty(conn: &Connection, date: NaiveDate) -> Result<()> {
    conn.prepare_cached("DELETE FROM day_factor WHERE date = ?1 AND sleep_half_hours IS NULL AND mood IS NULL")?
        .execute([date])?;
    Ok(())
}

/// Days of `from..=to` with sleep or mood, newest first: (date, sleep in half hours, mood).
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, Values)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, sleep_half_hours, mood FROM day_factor WHERE date BETWEEN ?1 AND ?2 ORDER BY date DESC",
    )?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every day with sleep or mood, oldest first (the export).
pub fn all(conn: &Connection) -> Result<Vec<(NaiveDate, Values)>> {
    let mut stmt = conn.prepare_cached("SELECT date, sleep_half_hours, mood FROM day_factor ORDER BY date")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A day as insights read it: (date, sleep in hours, mood).
pub type FactorDay = (NaiveDate, Option<f64>, Option<u8>);

/// Days of `from..=to` with sleep or mood, oldest first, for insights.
pub fn factor_days(conn: &Connection, from: NaiveDate, to: NaiveDate) -> rusqlite::Result<Vec<FactorDay>> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, sleep_half_hours, mood FROM day_factor WHERE date BETWEEN ?1 AND ?2 ORDER BY date",
    )?;
    let rows = stmt.query_map([from, to], |r| {
        Ok((r.get(0)?, r.get::<_, Option<u8>>(1)?.map(|h| f64::from(h) / 2.0), r.get(2)?))
    })?;
    rows.collect()
}
