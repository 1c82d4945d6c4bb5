//! The three entry tables (pain, exercise, calcium), through one generic set of statements:
//! each kind maps onto its table with `Record`.

use chrono::NaiveDate;
use rusqlite::{params_from_iter, Connection, OptionalExtension};

use super::record::Record;
use crate::error::Result;
use crate::model::{EntryKind, Stored, Vocabulary};

/// The SELECT that `stored` reads: id, the data columns, then the timestamps.
fn select<T: Record>() -> String {
    format!("SELECT id, {}, created_at, updated_at FROM {}", T::COLUMNS.join(", "), T::TABLE)
}

fn stored<T: Record>(row: &rusqlite::Row) -> rusqlite::Result<Stored<T>> {
    let n = T::COLUMNS.len();
    Ok(Stored { id: row.get(0)?, entry: T::from_row(row)?, created_at: row.get(n + 1)?, updated_at: row.get(n + 2)? })
}

fn placeholders(n: usize) -> String {
    (1..=n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

fn query<T: Record>(conn: &Connection, tail: &str, params: impl rusqlite::Params) -> Result<Vec<Stored<T>>> {
    let sql = format!("{} {tail}", select::<T>());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params, stored::<T>)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Time order within a day (untimed entries last, in the order they were logged).
fn in_day<T: Record>() -> &'static str {
    if T::COLUMNS.contains(&"time") {
        "time IS NULL, time, id"
    } else {
        "id"
    }
}

/// Inserts a valid entry with both timestamps set to `now`.
pub fn insert<T: Record>(conn: &Connection, entry: T, now: &str) -> Result<Stored<T>> {
    let sql = format!(
        "INSERT INTO {} ({}, created_at, updated_at) VALUES ({}) RETURNING id",
        T::TABLE,
        T::COLUMNS.join(", "),
        placeholders(T::COLUMNS.len() + 2)
    );
    let mut values = entry.values();
    values.extend([now.to_owned().into(), now.to_owned().into()]);
    let id = conn.prepare_cached(&sql)?.query_row(params_from_iter(values), |r| r.get(0))?;
    Ok(Stored { id, entry, created_at: now.to_owned(), updated_at: now.to_owned() })
}

/// Inserts an imported entry keeping its id (when given) and timestamps.
pub fn insert_as<T: Record>(conn: &Connection, id: Option<i64>, entry: &T, created: &str, updated: &str) -> Result<()> {
    let sql = format!(
        "INSERT INTO {} (id, {}, created_at, updated_at) VALUES ({})",
        T::TABLE,
        T::COLUMNS.join(", "),
        placeholders(T::COLUMNS.len() + 3)
    );
    let mut values = vec![id.map_or(rusqlite::types::Value::Null, rusqlite::types::Value::Integer)];
    values.extend(entry.values());
    values.extend([created.to_owned().into(), updated.to_owned().into()]);
    conn.prepare_cached(&sql)?.execute(params_from_iter(values))?;
    Ok(())
}

/// Replaces entry `id`'s data; false if there is no such entry.
pub fn update<T: Record>(conn: &Connection, id: i64, entry: &T, now: &str) -> Result<bool> {
    let sets = T::COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect::<Vec<_>>();
    let n = T::COLUMNS.len();
    let sql = format!("UPDATE {} SET {}, updated_at = ?{} WHERE id = ?{}", T::TABLE, sets.join(", "), n + 1, n + 2);
    let mut values = entry.values();
    values.extend([now.to_owned().into(), id.into()]);
    Ok(conn.prepare_cached(&sql)?.execute(params_from_iter(values))? > 0)
}

/// Deletes one entry of `kind`; false if there is no such entry.
pub fn delete(conn: &Connection, kind: EntryKind, id: i64) -> Result<bool> {
    Ok(conn.execute(&format!("DELETE FROM {} WHERE id = ?1", kind.as_str()), [id])? > 0)
}

/// One entry by id.
pub fn get<T: Record>(conn: &Connection, id: i64) -> Result<Option<Stored<T>>> {
    let sql = format!("{} WHERE id = ?1", select::<T>());
    Ok(conn.prepare_cached(&sql)?.query_row([id], stored::<T>).optional()?)
}

/// The entries of one day, in time order.
pub fn on_day<T: Record>(conn: &Connection, date: NaiveDate) -> Result<Vec<Stored<T>>> {
    query(conn, &format!("WHERE date = ?1 ORDER BY {}", in_day::<T>()), [date])
}

/// Entries dated `from..=to`, newest day first, in time order within a day.
pub fn between<T: Record>(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Stored<T>>> {
    query(conn, &format!("WHERE date BETWEEN ?1 AND ?2 ORDER BY date DESC, {}", in_day::<T>()), [from, to])
}

/// Every entry of a kind, by id (the JSON export).
pub fn all_by_id<T: Record>(conn: &Connection) -> Result<Vec<Stored<T>>> {
    query(conn, "ORDER BY id", [])
}

/// Every entry of a kind, by date then id (the CSV export).
pub fn all_by_date<T: Record>(conn: &Connection) -> Result<Vec<Stored<T>>> {
    query(conn, "ORDER BY date, id", [])
}

/// The newest `limit` days before `before` with an entry of any of `kinds` (or, when
/// `with_day`, a ticked sign, sleep, mood or a tag), newest first.
pub fn days_before(
    conn: &Connection,
    kinds: &[EntryKind],
    with_day: bool,
    before: NaiveDate,
    limit: i64,
) -> Result<Vec<NaiveDate>> {
    let mut selects: Vec<String> =
        kinds.iter().map(|k| format!("SELECT date FROM {} WHERE date < ?1", k.as_str())).collect();
    if with_day {
        for table in ["red_flag", "day_factor", "day_tag"] {
            selects.push(format!("SELECT date FROM {table} WHERE date < ?1"));
        }
    }
    let sql = format!("SELECT date FROM ({}) ORDER BY date DESC LIMIT ?2", selects.join(" UNION "));
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(rusqlite::params![before, limit], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Per day of `from..=to` with check-ins: (date, highest score, sum of scores, check-ins).
pub fn pain_days(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, u8, u32, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, max(score), sum(score), count(*) FROM pain WHERE date BETWEEN ?1 AND ?2 GROUP BY date",
    )?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Per day of `from..=to`: exercise minutes or calcium mg, summed in 64 bits.
pub fn daily_sums(conn: &Connection, kind: EntryKind, from: NaiveDate, to: NaiveDate) -> Result<Vec<(NaiveDate, u64)>> {
    let column = match kind {
        EntryKind::Exercise => "minutes",
        EntryKind::Calcium => "mg",
        EntryKind::Pain => "score",
    };
    let sql = format!("SELECT date, sum({column}) FROM {} WHERE date BETWEEN ?1 AND ?2 GROUP BY date", kind.as_str());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([from, to], |r| Ok((r.get(0)?, r.get::<_, i64>(1)?.max(0) as u64)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The first `days` days with check-ins on or after `from` (or overall), in date order, as
/// `pain_days` gives them: the days of her baseline (`trends::her_baseline`).
pub fn first_pain_days(
    conn: &Connection,
    from: Option<NaiveDate>,
    days: usize,
) -> Result<Vec<(NaiveDate, u8, u32, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT date, max(score), sum(score), count(*) FROM pain WHERE ?1 IS NULL OR date >= ?1
         GROUP BY date ORDER BY date LIMIT ?2",
    )?;
    let rows =
        stmt.query_map(rusqlite::params![from, days as i64], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Whether any entry of `kind` is dated `date`.
pub fn any_on(conn: &Connection, kind: EntryKind, date: NaiveDate) -> Result<bool> {
    let sql = format!("SELECT EXISTS (SELECT 1 FROM {} WHERE date = ?1)", kind.as_str());
    Ok(conn.prepare_cached(&sql)?.query_row([date], |r| r.get(0))?)
}

/// The latest day on or before `date` with an entry of `kind`.
pub fn last_on_or_before(conn: &Connection, kind: EntryKind, date: NaiveDate) -> Result<Option<NaiveDate>> {
    let sql = format!("SELECT max(date) FROM {} WHERE date <= ?1", kind.as_str());
    Ok(conn.prepare_cached(&sql)?.query_row([date], |r| r.get(0))?)
}

/// The first and last days with any entry.
pub fn span(conn: &Connection) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
    let sql = "SELECT min(d), max(d) FROM (SELECT min(date) AS d FROM pain UNION ALL SELECT max(date) FROM pain
               UNION ALL SELECT min(date) FROM exercise UNION ALL SELECT max(date) FROM exercise
               UNION ALL SELECT min(date) FROM calcium UNION ALL SELECT max(date) FROM calcium)";
    Ok(conn.query_row(sql, [], |r| Ok((r.get(0)?, r.get(1)?)))?)
}

/// Entries of all kinds.
pub fn count_all(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row(
        "SELECT (SELECT count(*) FROM pain) + (SELECT count(*) FROM exercise) + (SELECT count(*) FROM calcium)",
        [],
        |r| r.get(0),
    )
}

/// One entry by its uid (sync's id for it, the same on every computer).
pub fn by_uid<T: Record>(conn: &Connection, uid: &str) -> Result<Option<Stored<T>>> {
    let sql = format!("{} WHERE uid = ?1", select::<T>());
    Ok(conn.prepare_cached(&sql)?.query_row([uid], stored::<T>).optional()?)
}

/// Writes the entry with `uid` as another computer has it: added, or its data and timestamps
/// replaced.
pub fn put_by_uid<T: Record>(conn: &Connection, uid: &str, entry: &T, created: &str, updated: &str) -> Result<()> {
    let n = T::COLUMNS.len();
    let sets = T::COLUMNS.iter().map(|c| format!("{c} = excluded.{c}")).collect::<Vec<_>>();
    let sql = format!(
        "INSERT INTO {} (uid, {}, created_at, updated_at) VALUES ({})
         ON CONFLICT (uid) DO UPDATE SET {}, created_at = excluded.created_at, updated_at = excluded.updated_at",
        T::TABLE,
        T::COLUMNS.join(", "),
        placeholders(n + 3),
        sets.join(", ")
    );
    let mut values = vec![rusqlite::types::Value::Text(uid.to_owned())];
    values.extend(entry.values());
    values.extend([created.to_owned().into(), updated.to_owned().into()]);
    conn.prepare_cached(&sql)?.execute(params_from_iter(values))?;
    Ok(())
}

/// Deletes the entry of `kind` with `uid`, if there is one.
pub fn delete_by_uid(conn: &Connection, kind: EntryKind, uid: &str) -> Result<()> {
    conn.prepare_cached(&format!("DELETE FROM {} WHERE uid = ?1", kind.as_str()))?.execute([uid])?;
    Ok(())
}
