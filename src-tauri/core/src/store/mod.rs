//! The store: one SQLite connection behind a lock, and every read and write Mend makes.
//! Input is validated (in `input`) before any SQL runs; writes that touch more than one
//! statement run in a transaction.

mod desktop;
mod entries;
mod factors;
mod insights;
mod language;
mod reminders;
mod report;
mod safekeeping;
mod startup;
mod views;

pub use crate::repo::profile::{read_view as read_profile, ProfileView};
pub use language::{LanguageView, LANGUAGE_KEY};
pub use reminders::Due;
pub use safekeeping::{Health, RecoveryStatus};
pub use startup::Startup;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use crate::clock::{Clock, SystemClock};
use crate::error::{Error, Result};
use crate::model::Profile;

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
    /// Set when the data file was damaged at open; the store then runs on an empty in-memory
    /// database until the user recovers.
    damage: Mutex<Option<crate::damage::Damage>>,
    /// The system's language, in force until she chooses one (see `language`).
    system_language: Mutex<crate::i18n::Lang>,
}

impl Store {
    /// Opens the database in `dir`, creating folder and file as needed.
    pub fn open(dir: &Path) -> Result<Self> {
        crate::backup::remove_stale_temporaries(dir);
        let mut store = Self::from_connection(crate::db::open_in(dir)?);
        store.home = Some(dir.to_path_buf());
        Ok(store)
    }

    /// Opens the database in `dir`; if the file is damaged (or newer, or not Mend's), leaves it
    /// untouched and returns a store in recovery mode instead (see `damage` and `recover`).
    pub fn open_or_recover(dir: &Path) -> Result<Self> {
        match Self::open(dir) {
            Err(Error::Damaged(damage)) => {
                let mut store = Self::from_connection(crate::db::open_in_memory()?);
                store.home = Some(dir.to_path_buf());
                store.damage = Mutex::new(Some(damage));
                Ok(store)
            }
            other => other,
        }
    }

    /// An empty in-memory store.
    pub fn open_in_memory() -> Result<Self> {
        Ok(Self::from_connection(crate::db::open_in_memory()?))
    }

    fn from_connection(conn: Connection) -> Self {
        let clock = Box::new(SystemClock);
        let started = clock.now().naive_local();
        Store {
            conn: Mutex::new(conn),
            clock,
            home: None,
            demo: AtomicBool::new(false),
            started,
            damage: Mutex::new(None),
            system_language: Mutex::new(crate::i18n::Lang::En),
        }
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
        // Read before the connection is locked below: reading it locks it too.
        let lang = self.language()?;
        let fresh = if on {
            let mut conn = match &self.home {
                Some(home) => {
                    let dir = home.join("demo");
                    for suffix in ["", "-wal", "-shm"] {
                        let _ = std::fs::remove_file(dir.join(format!("{}{suffix}", crate::files::DB_FILE)));
                    }
                    crate::db::open_in(&dir)?
                }
                None => crate::db::open_in_memory()?,
            };
            crate::demo::fill(&mut conn, self.today(), &self.clock.timestamp(), lang)?;
            conn
        } else {
            match &self.home {
                Some(home) => crate::db::open_in(home)?,
                None => crate::db::open_in_memory()?,
            }
        };
        // Her chosen language goes with her into the sample data and back.
        let chosen = crate::repo::settings::get(&self.conn(), LANGUAGE_KEY)?;
        if let Some(tag) = chosen {
            crate::repo::settings::set(&fresh, LANGUAGE_KEY, &tag)?;
        }
        *self.conn() = fresh;
        self.demo.store(on, Ordering::SeqCst);
        Ok(on)
    }

    /// The profile, with defaults before the first save.
    pub fn profile(&self) -> Result<ProfileView> {
        read_profile(&self.conn())
    }

    /// Saves the profile (validated by `Profile::from_input` at the boundary).
    pub fn save_profile(&self, p: &Profile) -> Result<ProfileView> {
        let conn = self.conn();
        crate::repo::profile::write(&conn, p, &self.clock.timestamp())?;
        read_profile(&conn)
    }
}
