//! The store: one SQLite connection behind a lock, and every read and write Mend makes.
//! Input is validated (in `input`) before any SQL runs; writes that touch more than one
//! statement run in a transaction.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use rusqlite::{params, params_from_iter, Connection, OptionalExtension};
use serde::Serialize;
use serde_json::Value;

use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::input::{parse_date, FromInput};
use crate::model::{AgeBand, Calcium, EntryKind, Exercise, Pain, Profile, Stored, Vocabulary};
use crate::record::{vocab, Record};
use crate::summary::{summarize, DaySummary};
use crate::trends::{Range, Trends};

/// The profile as the UI sees it: `configured` is false until it has been saved (or skipped) once.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProfileView {
    pub configured: bool,
    #[serde(flatten)]
    pub profile: Profile,
}

/// Mend's data, behind one lock.
pub struct Store {
    conn: Mutex<Connection>,
    clock: Box<dyn Clock>,
}

impl Store {
    /// Opens the database in `dir`, creating folder and file as needed.
    pub fn open(dir: &Path) -> Result<Self> {
        Ok(Self::from_connection(crate::db::open_in(dir)?))
    }

    /// An empty in-memory store.
    pub fn open_in_memory() -> Result<Self> {
        Ok(Self::from_connection(crate::db::open_in_memory()?))
    }

    fn from_connection(conn: Connection) -> Self {
        Store {
            conn: Mutex::new(conn),
            clock: Box::new(SystemClock),
        }
    }

    /// Replaces the clock (tests).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.clock = Box::new(clock);
        self
    }

    /// Today's local date by this store's clock.
    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    /// The connection. A panic while it was held cannot leave SQLite half-written
    /// (transactions roll back), so a poisoned lock is safe to reuse.
    fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The profile, with defaults before the first save.
    pub fn profile(&self) -> Result<ProfileView> {
        read_profile(&self.conn())
    }

    /// Validates and saves the profile.
    pub fn save_profile(&self, input: &Value) -> Result<ProfileView> {
        let p = Profile::from_input(input, self.today())?;
        let conn = self.conn();
        conn.execute(
            "INSERT INTO profile (id, birth_date, delivery_type, epidural, breastfeeding, age_band, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (id) DO UPDATE SET birth_date = ?1, delivery_type = ?2, epidural = ?3,
                 breastfeeding = ?4, age_band = ?5, updated_at = ?6",
            params![
                p.birth_date,
                p.delivery_type.map(|d| d.as_str()),
                p.epidural,
                p.breastfeeding,
                p.age_band.as_str(),
                self.clock.timestamp()
            ],
        )?;
        read_profile(&conn)
    }

    /// Validates and stores a new entry.
    pub fn log<T: Record>(&self, input: &Value) -> Result<Stored<T>> {
        let entry = T::from_input(input, self.today())?;
        let now = self.clock.timestamp();
        let conn = self.conn();
        let sql = format!(
            "INSERT INTO {} ({}, created_at, updated_at) VALUES ({}) RETURNING id",
            T::TABLE,
            T::COLUMNS.join(", "),
            placeholders(T::COLUMNS.len() + 2)
        );
        let mut values = entry.values();
        values.extend([now.clone().into(), now.clone().into()]);
        let id = conn
            .prepare_cached(&sql)?
            .query_row(params_from_iter(values), |r| r.get(0))?;
        Ok(Stored {
            id,
            entry,
            created_at: now.clone(),
            updated_at: now,
        })
    }

    /// Validates and replaces entry `id`; `not_found` if it does not exist.
    pub fn update<T: Record>(&self, id: &Value, input: &Value) -> Result<Stored<T>> {
        let id = parse_id(id)?;
        let entry = T::from_input(input, self.today())?;
        let conn = self.conn();
        let sets = T::COLUMNS
            .iter()
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect::<Vec<_>>();
        let n = T::COLUMNS.len();
        let sql = format!(
            "UPDATE {} SET {}, updated_at = ?{} WHERE id = ?{}",
            T::TABLE,
            sets.join(", "),
            n + 1,
            n + 2
        );
        let mut values = entry.values();
        values.extend([self.clock.timestamp().into(), id.into()]);
        if conn
            .prepare_cached(&sql)?
            .execute(params_from_iter(values))?
            == 0
        {
            return Err(missing(T::KIND, id));
        }
        get::<T>(&conn, id)?.ok_or_else(|| missing(T::KIND, id))
    }

    /// Deletes one entry of `kind`; `not_found` if it does not exist.
    pub fn delete(&self, kind: &Value, id: &Value) -> Result<()> {
        let kind = kind.as_str().and_then(EntryKind::parse).ok_or_else(|| {
            Error::invalid(
                "kind",
                format!("Entry kind must be one of: {}.", EntryKind::names()),
            )
        })?;
        let id = parse_id(id)?;
        let deleted = self.conn().execute(
            &format!("DELETE FROM {} WHERE id = ?1", kind.as_str()),
            [id],
        )?;
        if deleted == 0 {
            return Err(missing(kind, id));
        }
        Ok(())
    }

    /// Everything logged on `date` (YYYY-MM-DD), with totals, targets and notices.
    pub fn day_summary(&self, date: &Value) -> Result<DaySummary> {
        let today = self.today();
        let date = date
            .as_str()
            .ok_or_else(|| Error::invalid("date", "Date must be written YYYY-MM-DD."))
            .and_then(|d| parse_date(d).map_err(|m| Error::invalid("date", m)))?;
        if date > today {
            return Err(Error::invalid(
                "date",
                format!("Date cannot be after today ({today})."),
            ));
        }
        let conn = self.conn();
        let profile = read_profile(&conn)?.profile;
        Ok(summarize(
            date,
            today,
            &profile,
            on_day::<Pain>(&conn, date)?,
            on_day::<Exercise>(&conn, date)?,
            on_day::<Calcium>(&conn, date)?,
        ))
    }
}

impl Store {
    /// Per-day and per-week trends over `{ from, to, baselineStart? }`.
    pub fn trends(&self, input: &Value) -> Result<Trends> {
        let range = Range::from_input(input, self.today(), &[])?;
        let conn = self.conn();
        let profile = read_profile(&conn)?.profile;
        crate::trends::trends(&conn, range, &profile)
    }
}

fn missing(kind: EntryKind, id: i64) -> Error {
    Error::NotFound(format!(
        "There is no {} entry with id {id}; it may have been deleted already.",
        kind.as_str()
    ))
}

/// An entry id: a positive whole number.
fn parse_id(value: &Value) -> Result<i64> {
    value
        .as_i64()
        .filter(|id| *id > 0)
        .ok_or_else(|| Error::invalid("id", "Entry id must be a positive whole number."))
}

fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn select<T: Record>() -> String {
    format!(
        "SELECT id, {}, created_at, updated_at FROM {}",
        T::COLUMNS.join(", "),
        T::TABLE
    )
}

fn stored<T: Record>(row: &rusqlite::Row) -> rusqlite::Result<Stored<T>> {
    let n = T::COLUMNS.len();
    Ok(Stored {
        id: row.get(0)?,
        entry: T::from_row(row)?,
        created_at: row.get(n + 1)?,
        updated_at: row.get(n + 2)?,
    })
}

/// One entry by id.
pub fn get<T: Record>(conn: &Connection, id: i64) -> Result<Option<Stored<T>>> {
    let sql = format!("{} WHERE id = ?1", select::<T>());
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], stored::<T>)
        .optional()?)
}

/// The entries of one day, in time order (untimed ones last, in the order they were logged).
pub fn on_day<T: Record>(conn: &Connection, date: NaiveDate) -> Result<Vec<Stored<T>>> {
    let order = if T::COLUMNS.contains(&"time") {
        "time IS NULL, time, id"
    } else {
        "id"
    };
    let sql = format!("{} WHERE date = ?1 ORDER BY {order}", select::<T>());
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([date], stored::<T>)?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// The profile row, or defaults if none has been saved.
pub fn read_profile(conn: &Connection) -> Result<ProfileView> {
    let row = conn
        .prepare_cached("SELECT birth_date, delivery_type, epidural, breastfeeding, age_band FROM profile WHERE id = 1")?
        .query_row([], |r| {
            let delivery: Option<String> = r.get(1)?;
            Ok(Profile {
                birth_date: r.get(0)?,
                delivery_type: delivery.as_deref().and_then(Vocabulary::parse),
                epidural: r.get(2)?,
                breastfeeding: r.get(3)?,
                age_band: vocab::<AgeBand>(r, 4)?,
            })
        })
        .optional()?;
    Ok(match row {
        Some(profile) => ProfileView {
            configured: true,
            profile,
        },
        None => ProfileView {
            configured: false,
            profile: Profile::default(),
        },
    })
}
