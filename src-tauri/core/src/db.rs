//! Where the database lives, how a connection is set up, and the schema migrations.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::error::{Error, Result};

/// Environment variable that moves Mend's data folder (tests, portable use).
pub const DATA_DIR_ENV: &str = "MEND_DATA_DIR";
/// The database file's name inside the data folder.
pub const DB_FILE: &str = "mend.sqlite3";

/// Every schema version, oldest first. SQL lives in files so it reads as data.
const MIGRATION_STEPS: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_init.sql")),
    M::up(include_str!("../migrations/0002_reminders_safety.sql")),
];
const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_STEPS);

/// The data folder: `$MEND_DATA_DIR` when set and not empty, else the OS data directory
/// (`~/.local/share/mend` on Linux, `~/Library/Application Support/org.mend.Mend` on macOS,
/// `%APPDATA%\mend\Mend\data` on Windows).
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "mend", "Mend").map(|dirs| dirs.data_dir().to_path_buf()).ok_or_else(|| {
        Error::Io {
            path: PathBuf::from("~"),
            source: std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("no home directory was found; set {DATA_DIR_ENV} to choose a folder"),
            ),
        }
    })
}

/// Creates the data folder (private to the user on Unix) if it is missing.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })
}

/// The schema version this build writes.
pub fn latest_version() -> usize {
    MIGRATION_STEPS.len()
}

/// What is wrong with a database file, if anything. A damaged file is never touched.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Damage {
    /// The file is empty: it may have been truncated.
    Empty,
    /// The file is not an SQLite database at all.
    NotSqlite,
    /// SQLite's quick check found damage.
    Corrupt { detail: String },
    /// Written by a newer Mend, with a schema this build does not know.
    TooNew { found: i64, supported: usize },
    /// An SQLite database, but not Mend's.
    Foreign,
}

impl Damage {
    /// A sentence for the recovery screen and the CLI.
    pub fn explain(&self) -> String {
        match self {
            Damage::Empty => "The data file is empty (0 bytes): it may have been truncated or overwritten.".into(),
            Damage::NotSqlite => "The data file is not a database Mend can read: it may have been overwritten or damaged.".into(),
            Damage::Corrupt { detail } => format!("The data file is damaged (SQLite reports: {detail})."),
            Damage::TooNew { found, supported } => format!(
                "This data was written by a newer version of Mend (data version {found}; this Mend knows up to {supported}). \
                 Update Mend to open it; nothing has been changed."
            ),
            Damage::Foreign => "The data file is a database from another program, not Mend's.".into(),
        }
    }
}

/// Checks an existing database file without changing it.
pub fn inspect(path: &Path) -> Result<Option<Damage>> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let read = file.read(&mut header).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    if read == 0 {
        // Mend writes its schema the moment it creates the file, so an empty file is a
        // truncated one: never start afresh over it without asking.
        return Ok(Some(Damage::Empty));
    }
    if read < 16 || &header != b"SQLite format 3\0" {
        return Ok(Some(Damage::NotSqlite));
    }
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let check: std::result::Result<String, _> = conn.query_row("PRAGMA quick_check", [], |r| r.get(0));
    match check {
        Ok(ok) if ok == "ok" => {}
        Ok(detail) => return Ok(Some(Damage::Corrupt { detail })),
        // Damage says so in its code; anything else (a read-only folder, a full disk) is the
        // environment, reported as such, and the file is not called damaged.
        Err(rusqlite::Error::SqliteFailure(f, detail))
            if matches!(f.code, rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) =>
        {
            return Ok(Some(Damage::Corrupt { detail: detail.unwrap_or_else(|| f.to_string()) }))
        }
        Err(e) => return Err(e.into()),
    }
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version > latest_version() as i64 {
        return Ok(Some(Damage::TooNew { found: version, supported: latest_version() }));
    }
    let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))?;
    let ours: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('profile', 'pain', 'exercise', 'calcium')",
        [],
        |r| r.get(0),
    )?;
    if (version == 0 && tables > 0) || (version > 0 && ours < 4) {
        return Ok(Some(Damage::Foreign));
    }
    Ok(None)
}

/// Opens (creating if needed) the database file in `dir` and brings its schema up to date.
/// A damaged, foreign or newer file is left exactly as it is and reported as `Error::Damaged`.
pub fn open_in(dir: &Path) -> Result<Connection> {
    ensure_dir(dir)?;
    let path = dir.join(DB_FILE);
    if path.exists() {
        if let Some(damage) = inspect(&path)? {
            return Err(Error::Damaged(damage));
        }
    }
    let mut conn = Connection::open(&path)?;
    private_file(&path)?;
    configure(&conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    MIGRATIONS.to_latest(&mut conn)?;
    Ok(conn)
}

/// Makes a file readable and writable by its owner only (Unix).
pub fn private_file(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Brings an open connection's schema up to date (after a restore from an older backup).
pub fn migrate(conn: &mut Connection) -> Result<()> {
    MIGRATIONS.to_latest(conn)?;
    Ok(())
}

/// A fresh in-memory database with the full schema: the one constructor every unit test uses.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    configure(&conn)?;
    MIGRATIONS.to_latest(&mut conn)?;
    Ok(conn)
}

/// The pragmas every connection gets.
fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_validate() {
        MIGRATIONS.validate().expect("migrations are valid");
    }

    #[test]
    fn file_database_uses_wal_and_has_the_schema() {
        let dir = std::env::temp_dir().join(format!("mend-db-test-{}", std::process::id()));
        let conn = open_in(&dir.join("nested")).expect("opens");
        let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
        assert_eq!(mode, "wal");
        let sync: i64 = conn.pragma_query_value(None, "synchronous", |r| r.get(0)).unwrap();
        assert_eq!(sync, 1, "NORMAL");
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('profile','pain','exercise','calcium')", [], |r| r.get(0))
            .unwrap();
        assert_eq!(tables, 4);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.join("nested")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700);
        }
        drop(conn);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
