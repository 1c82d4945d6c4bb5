//! Logging, correcting, deleting and copying entries, and the SQL each kind shares.

use chrono::NaiveDate;
use rusqlite::{params_from_iter, Connection, OptionalExtension};
use serde_json::Value;

use super::{parse_day, Store};
use crate::error::{Error, Result};
use crate::model::{Calcium, EntryKind, Exercise, Stored, Vocabulary};
use crate::record::Record;

impl Store {
    /// Validates and stores a new entry.
    pub fn log<T: Record>(&self, input: &Value) -> Result<Stored<T>> {
        let entry = T::from_input(input, self.today())?;
        insert(&self.conn(), entry, &self.clock.timestamp())
    }

    /// Copies the `kind` entries of the day before `date` to `date`, in one transaction;
    /// `not_found` when that day has none.
    pub fn copy_previous_day(&self, kind: &Value, date: &Value) -> Result<usize> {
        let date = parse_day(date, self.today())?;
        let mut conn = self.conn();
        let now = self.clock.timestamp();
        let tx = conn.transaction()?;
        let copied = match kind.as_str().and_then(EntryKind::parse) {
            Some(EntryKind::Exercise) => copy_day::<Exercise>(&tx, date, &now)?,
            Some(EntryKind::Calcium) => copy_day::<Calcium>(&tx, date, &now)?,
            _ => return Err(Error::invalid("kind", "Only exercise and calcium can be copied from the day before.")),
        };
        if copied == 0 {
            return Err(Error::NotFound(
                "Nothing of that kind was logged the day before, so there is nothing to copy.".into(),
            ));
        }
        tx.commit()?;
        Ok(copied)
    }

    /// Validates and replaces entry `id`; `not_found` if it does not exist.
    pub fn update<T: Record>(&self, id: &Value, input: &Value) -> Result<Stored<T>> {
        let id = parse_id(id)?;
        let entry = T::from_input(input, self.today())?;
        let conn = self.conn();
        let sets = T::COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 1)).collect::<Vec<_>>();
        let n = T::COLUMNS.len();
        let sql = format!("UPDATE {} SET {}, updated_at = ?{} WHERE id = ?{}", T::TABLE, sets.join(", "), n + 1, n + 2);
        let mut values = entry.values();
        values.extend([self.clock.timestamp().into(), id.into()]);
        if conn.prepare_cached(&sql)?.execute(params_from_iter(values))? == 0 {
            return Err(missing(T::KIND, id));
        }
        get::<T>(&conn, id)?.ok_or_else(|| missing(T::KIND, id))
    }

    /// Deletes one entry of `kind`; `not_found` if it does not exist.
    pub fn delete(&self, kind: &Value, id: &Value) -> Result<()> {
        let kind = kind
            .as_str()
            .and_then(EntryKind::parse)
            .ok_or_else(|| Error::invalid("kind", format!("Entry kind must be one of: {}.", EntryKind::names())))?;
        let id = parse_id(id)?;
        let deleted = self.conn().execute(&format!("DELETE FROM {} WHERE id = ?1", kind.as_str()), [id])?;
        if deleted == 0 {
            return Err(missing(kind, id));
        }
        Ok(())
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

/// Copies the entries of the day before `date` onto `date`.
fn copy_day<T: Record>(conn: &Connection, date: NaiveDate, now: &str) -> Result<usize> {
    let before = on_day::<T>(conn, date - chrono::Days::new(1))?;
    for stored in &before {
        let mut entry = stored.entry.clone();
        entry.set_date(date);
        insert(conn, entry, now)?;
    }
    Ok(before.len())
}

fn missing(kind: EntryKind, id: i64) -> Error {
    Error::NotFound(format!("There is no {} entry with id {id}; it may have been deleted already.", kind.as_str()))
}

/// An entry id: a positive whole number.
fn parse_id(value: &Value) -> Result<i64> {
    value.as_i64().filter(|id| *id > 0).ok_or_else(|| Error::invalid("id", "Entry id must be a positive whole number."))
}

fn placeholders(n: usize) -> String {
    (1..=n).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ")
}

/// The SELECT that `stored` reads: id, the data columns, then the timestamps.
pub(crate) fn select<T: Record>() -> String {
    format!("SELECT id, {}, created_at, updated_at FROM {}", T::COLUMNS.join(", "), T::TABLE)
}

pub(crate) fn stored<T: Record>(row: &rusqlite::Row) -> rusqlite::Result<Stored<T>> {
    let n = T::COLUMNS.len();
    Ok(Stored { id: row.get(0)?, entry: T::from_row(row)?, created_at: row.get(n + 1)?, updated_at: row.get(n + 2)? })
}

/// One entry by id.
pub fn get<T: Record>(conn: &Connection, id: i64) -> Result<Option<Stored<T>>> {
    let sql = format!("{} WHERE id = ?1", select::<T>());
    Ok(conn.prepare_cached(&sql)?.query_row([id], stored::<T>).optional()?)
}

/// The entries of one day, in time order (untimed ones last, in the order they were logged).
pub fn on_day<T: Record>(conn: &Connection, date: NaiveDate) -> Result<Vec<Stored<T>>> {
    let order = if T::COLUMNS.contains(&"time") { "time IS NULL, time, id" } else { "id" };
    let sql = format!("{} WHERE date = ?1 ORDER BY {order}", select::<T>());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([date], stored::<T>)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}
