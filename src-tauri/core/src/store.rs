//! The store: one SQLite connection behind a lock, and every read and write Mend makes.
//! Input is validated (in `input`) before any SQL runs; writes that touch more than one
//! statement run in a transaction.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
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
use crate::reminders::{self, QuietHours, Reminder};
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

/// The first and last days with any entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataSpan {
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// Mend's data, behind one lock.
pub struct Store {
    conn: Mutex<Connection>,
    clock: Box<dyn Clock>,
    /// The data folder; None for an in-memory store.
    home: Option<PathBuf>,
    /// Whether the sample-data database is the one open.
    demo: AtomicBool,
    /// When this store was opened: interval reminders count from here.
    started: chrono::NaiveDateTime,
}

impl Store {
    /// Opens the database in `dir`, creating folder and file as needed.
    pub fn open(dir: &Path) -> Result<Self> {
        let mut store = Self::from_connection(crate::db::open_in(dir)?);
        store.home = Some(dir.to_path_buf());
        Ok(store)
    }

    /// An empty in-memory store.
    pub fn open_in_memory() -> Result<Self> {
        Ok(Self::from_connection(crate::db::open_in_memory()?))
    }

    fn from_connection(conn: Connection) -> Self {
        let clock = Box::new(SystemClock);
        let started = clock.now().naive_local();
        Store { conn: Mutex::new(conn), clock, home: None, demo: AtomicBool::new(false), started }
    }

    /// Replaces the clock (tests).
    pub fn with_clock(mut self, clock: impl Clock + 'static) -> Self {
        self.started = clock.now().naive_local();
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
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` on the connection (benchmarks and tools that fill or inspect the database).
    pub fn with_connection<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        f(&mut self.conn())
    }

    /// Whether the sample data, not the user's own, is open.
    pub fn is_demo(&self) -> bool {
        self.demo.load(Ordering::SeqCst)
    }

    /// Switches between the user's own database and freshly made sample data in a separate
    /// database (`demo/` in the data folder, or in memory for an in-memory store).
    pub fn set_demo(&self, on: bool) -> Result<bool> {
        if on == self.is_demo() {
            return Ok(on);
        }
        let fresh = if on {
            let mut conn = match &self.home {
                Some(home) => {
                    let dir = home.join("demo");
                    for suffix in ["", "-wal", "-shm"] {
                        let _ = std::fs::remove_file(dir.join(format!("{}{suffix}", crate::db::DB_FILE)));
                    }
                    crate::db::open_in(&dir)?
                }
                None => crate::db::open_in_memory()?,
            };
            crate::demo::fill(&mut conn, self.today(), &self.clock.timestamp())?;
            conn
        } else {
            match &self.home {
                Some(home) => crate::db::open_in(home)?,
                None => crate::db::open_in_memory()?,
            }
        };
        *self.conn() = fresh;
        self.demo.store(on, Ordering::SeqCst);
        Ok(on)
    }

    /// The first and last days with any entry (for the "all" range).
    pub fn data_span(&self) -> Result<DataSpan> {
        let sql = "SELECT min(d), max(d) FROM (SELECT min(date) AS d FROM pain UNION ALL SELECT max(date) FROM pain
                   UNION ALL SELECT min(date) FROM exercise UNION ALL SELECT max(date) FROM exercise
                   UNION ALL SELECT min(date) FROM calcium UNION ALL SELECT max(date) FROM calcium)";
        Ok(self.conn().query_row(sql, [], |r| Ok(DataSpan { first: r.get(0)?, last: r.get(1)? }))?)
    }

    /// One page of history: `{ before?, days?, kind? }`.
    pub fn history(&self, input: &Value) -> Result<crate::history::HistoryPage> {
        let query = crate::history::Query::from_input(input, self.today())?;
        crate::history::page(&self.conn(), query)
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

    /// Everything logged on `date` (YYYY-MM-DD), with totals, targets and notices.
    pub fn day_summary(&self, date: &Value) -> Result<DaySummary> {
        let today = self.today();
        let date = date
            .as_str()
            .ok_or_else(|| Error::invalid("date", "Date must be written YYYY-MM-DD."))
            .and_then(|d| parse_date(d).map_err(|m| Error::invalid("date", m)))?;
        if date > today {
            return Err(Error::invalid("date", format!("Date cannot be after today ({today}).")));
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

/// What `due_reminders` returns: reminders to notify now (each once per slot) and every
/// banner that should show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Due {
    pub notify: Vec<Reminder>,
    pub banners: Vec<Reminder>,
}

impl Store {
    /// Every reminder declared in the guidance, with its settings.
    pub fn list_reminders(&self) -> Result<Vec<Reminder>> {
        reminders::list(&self.conn())
    }

    /// Turns a reminder on or off or retimes it.
    pub fn update_reminder(&self, id: &Value, settings: &Value) -> Result<Reminder> {
        reminders::update(&self.conn(), id, settings, &self.clock.timestamp())
    }

    /// Advances reminders to now: what to notify, and which banners show.
    pub fn due_reminders(&self) -> Result<Due> {
        let now = self.clock.now().naive_local();
        let mut conn = self.conn();
        let notify = reminders::tick(&mut conn, now, self.started, &self.clock.timestamp())?;
        let banners = reminders::banners(&conn, now, self.started)?;
        Ok(Due { notify, banners })
    }

    /// Snoozes a reminder for `minutes`.
    pub fn snooze_reminder(&self, id: &Value, minutes: &Value) -> Result<()> {
        reminders::snooze(&self.conn(), id, minutes, self.clock.now().naive_local(), &self.clock.timestamp())
    }

    /// Dismisses a reminder's banner until its next slot.
    pub fn dismiss_reminder(&self, id: &Value) -> Result<()> {
        reminders::dismiss(&self.conn(), id, &self.clock.timestamp())
    }

    /// The quiet hours.
    pub fn quiet_hours(&self) -> Result<QuietHours> {
        reminders::quiet_hours(&self.conn())
    }

    /// Saves the quiet hours.
    pub fn save_quiet_hours(&self, input: &Value) -> Result<QuietHours> {
        reminders::save_quiet_hours(&mut self.conn(), input)
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

    /// One chart as SVG with its summary and table: `{ chart, from, to, theme }`.
    pub fn chart(&self, input: &Value) -> Result<crate::chart::Chart> {
        let request = crate::chart::Request::from_input(input, self.today())?;
        let conn = self.conn();
        let profile = read_profile(&conn)?.profile;
        let trends = crate::trends::trends(&conn, request.range, &profile)?;
        crate::chart::draw(&request, &trends, &profile)
    }
}

/// A `date` argument: a real day, not after today.
fn parse_day(date: &Value, today: NaiveDate) -> Result<NaiveDate> {
    let date = date
        .as_str()
        .ok_or_else(|| Error::invalid("date", "Date must be written YYYY-MM-DD."))
        .and_then(|d| parse_date(d).map_err(|m| Error::invalid("date", m)))?;
    if date > today {
        return Err(Error::invalid("date", format!("Date cannot be after today ({today}).")));
    }
    Ok(date)
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

fn select<T: Record>() -> String {
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

/// The profile row, or defaults if none has been saved.
pub fn read_profile(conn: &Connection) -> Result<ProfileView> {
    let row = conn
        .prepare_cached(
            "SELECT birth_date, delivery_type, epidural, breastfeeding, age_band FROM profile WHERE id = 1",
        )?
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
        Some(profile) => ProfileView { configured: true, profile },
        None => ProfileView { configured: false, profile: Profile::default() },
    })
}
