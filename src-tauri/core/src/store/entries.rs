//! Logging, correcting, deleting and copying entries.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::Store;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::{Calcium, EntryKind, Exercise, Stored, Vocabulary};
use crate::record::Record;
use crate::repo::entries;
use crate::requests::{not_after, EntryId};

impl Store {
    /// Stores a new entry (validated by `T::from_input` at the boundary).
    pub fn log<T: Record>(&self, entry: T) -> Result<Stored<T>> {
        not_after(entry.date(), self.today())?;
        let session = self.session()?;
        entries::insert(&session, entry, &session.stamp)
    }

    /// Copies the `kind` entries of the day before `date` to `date`, in one transaction;
    /// `not_found` when that day has none.
    pub fn copy_previous_day(&self, kind: EntryKind, date: NaiveDate) -> Result<usize> {
        let date = not_after(date, self.today())?;
        let mut conn = self.session()?;
        let now = conn.stamp.clone();
        let tx = conn.transaction()?;
        let copied = match kind {
            EntryKind::Exercise => copy_day::<Exercise>(&tx, date, &now)?,
            EntryKind::Calcium => copy_day::<Calcium>(&tx, date, &now)?,
            EntryKind::Pain => return Err(Error::invalid("kind", Msg::new("err-copy-kind"))),
        };
        if copied == 0 {
            return Err(Error::NotFound(Msg::new("err-nothing-to-copy")));
        }
        tx.commit()?;
        Ok(copied)
    }

    /// Replaces entry `id`; `not_found` if it does not exist.
    pub fn update<T: Record>(&self, id: EntryId, entry: T) -> Result<Stored<T>> {
        not_after(entry.date(), self.today())?;
        let conn = self.session()?;
        if !entries::update(&conn, id, &entry, &conn.stamp)? {
            return Err(missing(T::KIND, id));
        }
        entries::get::<T>(&conn, id)?.ok_or_else(|| missing(T::KIND, id))
    }

    /// Deletes one entry of `kind`; `not_found` if it does not exist.
    pub fn delete(&self, kind: EntryKind, id: EntryId) -> Result<()> {
        if !entries::delete(&*self.session()?, kind, id)? {
            return Err(missing(kind, id));
        }
        Ok(())
    }
}

/// Copies the entries of the day before `date` onto `date`.
fn copy_day<T: Record>(conn: &Connection, date: NaiveDate, now: &str) -> Result<usize> {
    let before = entries::on_day::<T>(conn, date - chrono::Days::new(1))?;
    for stored in &before {
        let mut entry = stored.entry.clone();
        entry.set_date(date);
        entries::insert(conn, entry, now)?;
    }
    Ok(before.len())
}

fn missing(kind: EntryKind, id: i64) -> Error {
    Error::NotFound(Msg::new("err-no-entry").arg("kind", kind.as_str()).arg("id", id.to_string()))
}
