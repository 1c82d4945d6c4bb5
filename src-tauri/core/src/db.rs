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

/// Opens (creating if needed) the database file in `dir` and brings its schema up to date.
pub fn open_in(dir: &Path) -> Result<Connection> {
    ensure_dir(dir)?;
    let mut conn = Connection::open(dir.join(DB_FILE))?;
    configure(&conn)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    MIGRATIONS.to_latest(&mut conn)?;
    Ok(conn)
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
