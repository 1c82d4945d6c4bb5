//! Her tags (`tag`) and the days each was true on (`day_tag`). Names are compared in their
//! folded form (`TagName::folded`), kept in its own unique column.

use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::error::Result;
use crate::model::{DayTag, Tag};

const SELECT: &str = "SELECT id, name, retired, created_at, updated_at FROM tag";

/// A new tag's uid (for sync, see `sync`), from its folded name `?2`: the name itself, so a tag
/// made with the same name on two computers is one tag; random bits after it when a tag since
/// renamed already has that uid.
const NEW_UID: &str =
    "CASE WHEN EXISTS (SELECT 1 FROM tag WHERE uid = ?2) THEN ?2 || '~' || lower(hex(randomblob(8))) ELSE ?2 END";

fn tag(r: &Row) -> rusqlite::Result<Tag> {
    Ok(Tag { id: r.get(0)?, name: r.get(1)?, retired: r.get(2)?, created_at: r.get(3)?, updated_at: r.get(4)? })
}

/// Every tag: those in use first, then the retired, each by name.
pub fn all(conn: &Connection) -> Result<Vec<Tag>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY retired, folded, id"))?;
    let rows = stmt.query_map([], tag)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every tag by id (the export).
pub fn all_by_id(conn: &Connection) -> Result<Vec<Tag>> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = stmt.query_map([], tag)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The tags not retired, by name: (id, name), for insights.
pub fn active_tags(conn: &Connection) -> rusqlite::Result<Vec<(i64, String)>> {
    let mut stmt = conn.prepare_cached("SELECT id, name FROM tag WHERE retired = 0 ORDER BY folded, id")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// One tag by id.
pub fn get(conn: &Connection, id: i64) -> Result<Option<Tag>> {
    Ok(conn.prepare_cached(&format!("{SELECT} WHERE id = ?1"))?.query_row([id], tag).optional()?)
}

/// The tag whose folded name is `folded`.
pub fn by_folded(conn: &Connection, folded: &str) -> Result<Option<Tag>> {
    Ok(conn.prepare_cached(&format!("{SELECT} WHERE folded = ?1"))?.query_row([folded], tag).optional()?)
}

/// Adds a tag; the caller has checked the name is free.
pub fn insert(conn: &Connection, name: &str, folded: &str, retired: bool, now: &str) -> Result<Tag> {
    let id = conn
        .prepare_cached(&format!(
            "INSERT INTO tag (name, folded, uid, retired, created_at, updated_at)
             VALUES (?1, ?2, {NEW_UID}, ?3, ?4, ?4) RETURNING id"
        ))?
        .query_row(params![name, folded, retired, now], |r| r.get(0))?;
    Ok(Tag { id, name: name.to_owned(), retired, created_at: now.to_owned(), updated_at: now.to_owned() })
}

/// Renames tag `id`; false if there is no such tag.
pub fn rename(conn: &Connection, id: i64, name: &str, folded: &str, now: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("UPDATE tag SET name = ?2, folded = ?3, updated_at = ?4 WHERE id = ?1")?
        .execute(params![id, name, folded, now])?
        > 0)
}

/// Retires tag `id` (or brings it back); false if there is no such tag.
pub fn set_retired(conn: &Connection, id: i64, retired: bool, now: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("UPDATE tag SET retired = ?2, updated_at = ?3 WHERE id = ?1")?
        .execute(params![id, retired, now])?
        > 0)
}

/// Marks tag `id` true on `date` (or not); the number of rows changed (0 when already so).
pub fn switch(conn: &Connection, date: NaiveDate, id: i64, on: bool, now: &str) -> Result<usize> {
    Ok(if on {
        conn.prepare_cached("INSERT OR IGNORE INTO day_tag (date, tag_id, created_at) VALUES (?1, ?2, ?3)")?
            .execute(params![date, id, now])?
    } else {
        conn.prepare_cached("DELETE FROM day_tag WHERE date = ?1 AND tag_id = ?2")?.execute(params![date, id])?
    })
}

/// The tags true on `date`, by name.
pub fn on_day(conn: &Connection, date: NaiveDate) -> Result<Vec<DayTag>> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.id, t.name, t.retired FROM day_tag d JOIN tag t ON t.id = d.tag_id
         WHERE d.date = ?1 ORDER BY t.folded, t.id",
    )?;
    let rows = stmt.query_map([date], |r| Ok(DayTag { id: r.get(0)?, name: r.get(1)?, retired: r.get(2)? }))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The tags true on days `from..=to`, newest day first, by name within a day.
pub fn between(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, DayTag)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.date, t.id, t.name, t.retired FROM day_tag d JOIN tag t ON t.id = d.tag_id
         WHERE d.date BETWEEN ?1 AND ?2 ORDER BY d.date DESC, t.folded, t.id",
    )?;
    let rows =
        stmt.query_map([from, to], |r| Ok((r.get(0)?, DayTag { id: r.get(1)?, name: r.get(2)?, retired: r.get(3)? })))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every (date, tag name) pair, oldest day first (the export).
pub fn all_days(conn: &Connection) -> Result<Vec<(NaiveDate, String)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.date, t.name FROM day_tag d JOIN tag t ON t.id = d.tag_id ORDER BY d.date, t.folded, t.id",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The (date, tag id) pairs of days `from..=to`, oldest first, for insights.
pub fn tag_days(conn: &Connection, from: NaiveDate, to: NaiveDate) -> rusqlite::Result<Vec<(NaiveDate, i64)>> {
    let mut stmt =
        conn.prepare_cached("SELECT date, tag_id FROM day_tag WHERE date BETWEEN ?1 AND ?2 ORDER BY date, tag_id")?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect()
}

/// Adds an imported tag keeping its id (when given and free) and timestamps.
pub fn insert_as(
    conn: &Connection,
    id: Option<i64>,
    name: &str,
    folded: &str,
    retired: bool,
    created: &str,
    updated: &str,
) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO tag (id, name, folded, uid, retired, created_at, updated_at)
         VALUES (?6, ?1, ?2, {NEW_UID}, ?3, ?4, ?5)"
    ))?
    .execute(params![name, folded, retired, created, updated, id])?;
    Ok(())
}

/// A tag by its uid (sync's id for it): (id, name, retired).
pub fn by_uid(conn: &Connection, uid: &str) -> Result<Option<(i64, String, bool)>> {
    Ok(conn
        .prepare_cached("SELECT id, name, retired FROM tag WHERE uid = ?1")?
        .query_row([uid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

/// The uid of the tag whose folded name is `folded`, if any.
pub fn uid_of_folded(conn: &Connection, folded: &str) -> Result<Option<String>> {
    Ok(conn.prepare_cached("SELECT uid FROM tag WHERE folded = ?1")?.query_row([folded], |r| r.get(0)).optional()?)
}

/// Writes the tag with `uid` as another computer has it: added, or renamed and (un)retired.
pub fn put_by_uid(conn: &Connection, uid: &str, name: &str, folded: &str, retired: bool, now: &str) -> Result<i64> {
    Ok(conn
        .prepare_cached(
            "INSERT INTO tag (uid, name, folded, retired, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)
             ON CONFLICT (uid) DO UPDATE SET name = ?2, folded = ?3, retired = ?4, updated_at = ?5
             RETURNING id",
        )?
        .query_row(params![uid, name, folded, retired, now], |r| r.get(0))?)
}
