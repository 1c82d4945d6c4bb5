//! The store: one SQLite connection behind a lock, reached only through a `Session` that
//! carries the language, today and now with it; and every read and write Mend makes.
//! Input is validated (in `input`) before any SQL runs; writes that touch more than one
//! statement run in a transaction.

mod conversion;
mod desktop;
mod entries;
mod factors;
mod insights;
mod language;
mod lock;
mod reminders;
mod report;
mod safekeeping;
mod startup;
mod sync;
mod views;

pub use crate::repo::profile::{read_view as read_profile, ProfileView};
pub use language::{LanguageView, LANGUAGE_KEY};
pub use lock::{LockStatus, Locked, Secret, MIN_PASSPHRASE};
pub use reminders::Due;
pub use safekeeping::{Health, RecoveryStatus};
pub use startup::Startup;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, RwLock};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::Serialize;

use crate::clock::{Clock, SystemClock};
use crate::damage::Damage;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::model::Profile;

/// The first and last days with any entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DataSpan {
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

/// Which diary is open: hers, the sample data (a separate database), none while her file is
/// damaged and waits for her to recover it, or none while her encrypted diary waits for its
/// passphrase (in the last two the store runs on an empty in-memory database). One value, so
/// they cannot disagree. It changes only together with the connection (`Session::replace`).
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Own,
    Sample,
    Recovery(Damage),
    Locked,
}

/// What the store knows beside the connection, kept apart from the connection's lock so it is
/// read without waiting: which diary is open, and the language (hers once she has chosen one,
/// mirrored from the settings table whenever the diary changes; else the system's).
#[derive(Debug)]
struct State {
    mode: Mode,
    chosen: Option<Lang>,
    system: Lang,
    /// The diary's key while her encrypted diary is open (None for a plain one, or locked).
    key: Option<crate::cipher::Key>,
    /// While locked: what the reminders need (kept beside the key file).
    plan: Option<crate::reminders::Plan>,
    /// The data folder; None for an in-memory store.
    home: Option<PathBuf>,
}

/// Mend's data. The connection is behind one lock, taken only through `session`; the mode
/// and the language are behind another, only ever held to copy or set a value, never while
/// waiting for anything, so no order of calls can deadlock.
pub struct Store {
    conn: Mutex<Connection>,
    state: RwLock<State>,
    clock: Box<dyn Clock>,
    /// When this store was opened: interval reminders count from here.
    started: chrono::NaiveDateTime,
}

/// What every read and write works with, taken together: the connection (the store's lock
/// is held while this lives), the language in force, today and now by the store's clock.
pub struct Session<'a> {
    conn: MutexGuard<'a, Connection>,
    state: &'a RwLock<State>,
    pub lang: Lang,
    pub today: NaiveDate,
    /// Local time now.
    pub now: chrono::NaiveDateTime,
    /// Now as stored on rows (RFC 3339).
    pub stamp: String,
}

impl Session<'_> {
    /// Puts another database in place (sample data, a recovered file) with its mode, while
    /// the connection's lock is held.
    fn replace(&mut self, conn: Connection, mode: Mode) {
        *self.conn = conn;
        self.state.write().unwrap_or_else(|p| p.into_inner()).mode = mode;
    }

    /// The key the open diary is under (None for a plain one).
    pub(crate) fn key(&self) -> Option<crate::cipher::Key> {
        self.state.read().unwrap_or_else(|p| p.into_inner()).key.clone()
    }
}

impl std::ops::Deref for Session<'_> {
    type Target = Connection;
    fn deref(&self) -> &Connection {
        &self.conn
    }
}

impl std::ops::DerefMut for Session<'_> {
    fn deref_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }
}

impl Store {
    /// Opens the database in `dir`, creating folder and file as needed.
    /// An encrypted diary opens locked (see `unlock`).
    pub fn open(dir: &Path) -> Result<Self> {
        if conversion::encrypted(dir) {
            // The rest once it is unlocked (`open_under`): whether it is in use takes its key.
            crate::backup::remove_stale_temporaries(dir, || false);
            return Self::locked(dir);
        }
        crate::backup::remove_stale_temporaries(dir, || conversion::unused(dir, None));
        conversion::remove_stale_key_file(dir);
        let mut store = Self::from_connection(crate::db::open_in(dir, None)?, Mode::Own)?;
        store.state.get_mut().unwrap_or_else(|p| p.into_inner()).home = Some(dir.to_path_buf());
        Ok(store)
    }

    /// Opens the database in `dir`; if the file is damaged (or newer, or not Mend's), leaves it
    /// untouched and returns a store in recovery mode instead (see `Mode` and `recover`).
    pub fn open_or_recover(dir: &Path) -> Result<Self> {
        match Self::open(dir) {
            Err(Error::Damaged(damage)) => {
                let mut store = Self::from_connection(crate::db::open_in_memory()?, Mode::Recovery(damage))?;
                store.state.get_mut().unwrap_or_else(|p| p.into_inner()).home = Some(dir.to_path_buf());
                Ok(store)
            }
            other => other,
        }
    }

    /// An empty in-memory store.
    pub fn open_in_memory() -> Result<Self> {
        Self::from_connection(crate::db::open_in_memory()?, Mode::Own)
    }

    fn from_connection(conn: Connection, mode: Mode) -> Result<Self> {
        let clock = Box::new(SystemClock);
        let started = clock.now().naive_local();
        let chosen = language::chosen(&conn)?;
        Ok(Store {
            conn: Mutex::new(conn),
            state: RwLock::new(State { mode, chosen, system: Lang::En, key: None, plan: None, home: None }),
            clock,
            started,
        })
    }

    /// Closes the diary open now and opens the data folder `dir` as at start
    /// (`open_or_recover`): her own diary, recovery or locked, with that folder's language.
    /// The system language stays. The end-to-end tests' shared window gives each test its own
    /// folder so (Mend's `e2e.rs`); the connection's lock is held throughout.
    pub fn reopen(&self, dir: &Path) -> Result<()> {
        let mut session = self.any_session();
        session.replace(crate::db::open_in_memory()?, Mode::Own);
        let fresh = Self::open_or_recover(dir)?;
        let system = self.system_language();
        *session.conn = fresh.conn.into_inner().unwrap_or_else(|p| p.into_inner());
        *self.state.write().unwrap_or_else(|p| p.into_inner()) =
            State { system, ..fresh.state.into_inner().unwrap_or_else(|p| p.into_inner()) };
        Ok(())
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

    /// The connection with the language, today and now (one reading of the clock): the one
    /// way in to the data, refused while her diary is locked. A panic while the lock was held
    /// cannot leave SQLite half-written (transactions roll back), so a poisoned lock is safe
    /// to reuse.
    pub fn session(&self) -> Result<Session<'_>> {
        let session = self.any_session();
        // The mode changes only with the connection, under its lock, so it cannot change now.
        if self.mode() == Mode::Locked {
            return Err(Error::Locked);
        }
        Ok(session)
    }

    /// The connection whatever the mode: for the store's own switches between diaries.
    fn any_session(&self) -> Session<'_> {
        let conn = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let now = self.clock.now();
        Session {
            conn,
            state: &self.state,
            lang: self.language(),
            today: now.date_naive(),
            now: now.naive_local(),
            stamp: now.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        }
    }

    /// Reads what the store knows beside the connection (see `State`).
    fn read_state<T>(&self, read: impl FnOnce(&State) -> T) -> T {
        read(&self.state.read().unwrap_or_else(|p| p.into_inner()))
    }

    /// Runs `f` on the connection (benchmarks and tools that fill or inspect the database).
    pub fn with_connection<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        f(&mut *self.session()?)
    }

    /// Which diary is open. Never waits for the connection.
    pub fn mode(&self) -> Mode {
        self.read_state(|s| s.mode.clone())
    }

    /// Whether the sample data, not the user's own, is open.
    pub fn is_demo(&self) -> bool {
        self.mode() == Mode::Sample
    }

    /// Switches between the user's own database and freshly made sample data in a separate
    /// database (`demo/` in the data folder, or in memory for an in-memory store). Her chosen
    /// language goes with her into the sample data and back. Leaving the sample data finds her
    /// file as it is: damaged, it opens in recovery mode.
    pub fn set_demo(&self, on: bool) -> Result<bool> {
        let mut session = self.session()?;
        if on == (self.mode() == Mode::Sample) {
            return Ok(on);
        }
        let (fresh, mode) = if on {
            let mut conn = match self.read_state(|s| s.home.clone()) {
                Some(home) => {
                    let dir = home.join("demo");
                    for suffix in ["", "-wal", "-shm"] {
                        let _ = std::fs::remove_file(dir.join(format!("{}{suffix}", crate::files::DB_FILE)));
                    }
                    crate::db::open_in(&dir, None)?
                }
                None => crate::db::open_in_memory()?,
            };
            crate::demo::fill(&mut conn, session.today, &session.stamp, session.lang)?;
            (conn, Mode::Sample)
        } else {
            match self.read_state(|s| s.home.clone()) {
                Some(home) => match crate::db::open_in(&home, session.key().as_ref()) {
                    Ok(conn) => (conn, Mode::Own),
                    Err(Error::Damaged(damage)) => (crate::db::open_in_memory()?, Mode::Recovery(damage)),
                    Err(e) => return Err(e),
                },
                None => (crate::db::open_in_memory()?, Mode::Own),
            }
        };
        if let Some(lang) = self.read_state(|s| s.chosen) {
            crate::repo::settings::set(&fresh, LANGUAGE_KEY, lang.tag())?;
        }
        session.replace(fresh, mode);
        Ok(on)
    }

    /// The profile, with defaults before the first save.
    pub fn profile(&self) -> Result<ProfileView> {
        read_profile(&*self.session()?)
    }

    /// Saves the profile (validated by `Profile::from_input` at the boundary).
    pub fn save_profile(&self, p: &Profile) -> Result<ProfileView> {
        let session = self.session()?;
        crate::repo::profile::write(&session, p, &session.stamp)?;
        read_profile(&session)
    }
}
