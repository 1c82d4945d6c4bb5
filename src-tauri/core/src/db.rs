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
    M::up(include_str!("../migrations/0003_application_id.sql")),
    M::up(include_str!("../migrations/0004_day_factors.sql")),
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

/// Creates a folder (0700 on Unix) if it is missing; an existing one is left as it is (a
/// folder she chose for an export or a backup is hers to set).
pub fn create_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).map_err(|source| Error::Io { path: dir.to_path_buf(), source })
}

/// Makes sure one of Mend's own folders (the data folder, its backups) exists and is private:
/// created 0700 if missing; an existing one that others can read is tightened to 0700; one
/// owned by another user is refused, since her diary must not live where someone else
/// controls it. Never used on a folder she picked for an export.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    let io = |source| Error::Io { path: dir.to_path_buf(), source };
    create_dir(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let meta = std::fs::metadata(dir).map_err(io)?;
        // SAFETY: getuid cannot fail and has no preconditions.
        let me = unsafe { libc::getuid() };
        if meta.uid() != me {
            return Err(io(std::io::Error::new(
                std::io::ErrorKind::PermissionDenied,
                "the folder belongs to another user; choose a folder of your own (MEND_DATA_DIR)",
            )));
        }
        let mode = meta.permissions().mode();
        if mode & 0o077 != 0 {
            // Take away what others may do; what she may do (even read-only) stays as it is.
            std::fs::set_permissions(dir, std::fs::Permissions::from_mode(mode & 0o700)).map_err(io)?;
        }
    }
    Ok(())
}

/// Creates `path` new (never reusing what is there), readable and writable by the user only.
pub fn create_private(path: &Path) -> Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

/// A new private file in `dir` with a random name `.{prefix}-<random>{suffix}`.
pub fn temp_file(dir: &Path, prefix: &str, suffix: &str) -> Result<std::path::PathBuf> {
    use std::hash::{BuildHasher, Hasher};
    loop {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos());
        let path = dir.join(format!(".{prefix}-{:016x}{suffix}", h.finish()));
        match create_private(&path) {
            Ok(_) => return Ok(path),
            Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Makes sure what `path` holds is on disk, and (on Unix) that the folder entry naming it is too.
pub fn sync(path: &Path) -> Result<()> {
    let io = |source| Error::Io { path: path.to_path_buf(), source };
    // Windows flushes only through a handle that may write.
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(windows)]
    options.write(true);
    options.open(path).and_then(|f| f.sync_all()).map_err(io)?;
    #[cfg(unix)]
    if let Some(parent) = path.parent() {
        std::fs::File::open(parent).and_then(|f| f.sync_all()).map_err(io)?;
    }
    Ok(())
}

/// The schema version this build writes.
pub fn latest_version() -> usize {
    MIGRATION_STEPS.len()
}

pub use crate::integrity::{inspect, Damage};

/// Opens (creating if needed) the database file in `dir` and brings its schema up to date.
/// A damaged, foreign or newer file is left exactly as it is and reported as `Error::Damaged`;
/// so is a missing one that backups (or its journal) show existed, rather than starting an
/// empty diary whose daily backups would push the good ones out.
pub fn open_in(dir: &Path) -> Result<Connection> {
    ensure_dir(dir)?;
    let path = dir.join(DB_FILE);
    if std::fs::symlink_metadata(&path).is_ok() {
        if let Some(damage) = inspect(&path)? {
            return Err(Error::Damaged(damage));
        }
    } else if let Some(damage) = missing(dir) {
        return Err(Error::Damaged(damage));
    }
    open_file(&path)
}

/// Why a missing database file must not be replaced by an empty one, if it must not.
fn missing(dir: &Path) -> Option<Damage> {
    let journal = ["-wal", "-journal"].iter().any(|s| dir.join(format!("{DB_FILE}{s}")).exists());
    let backups = crate::backup::files(dir).len();
    (journal || backups > 0).then_some(Damage::Missing { backups, journal })
}

/// Opens (creating) the database at `path` with Mend's settings and schema.
pub fn open_file(path: &Path) -> Result<Connection> {
    // Created private from the first byte, not made private after; a link is not followed.
    match create_private(path) {
        Ok(_) => {}
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    let flags = rusqlite::OpenFlags::default() | rusqlite::OpenFlags::SQLITE_OPEN_NOFOLLOW;
    let mut conn = Connection::open_with_flags(path, flags)?;
    private_file(path)?;
    crate::repo::meta::configure(&mut conn)?;
    crate::repo::meta::set_wal(&conn, true)?;
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

/// Brings a connection's schema to `version` exactly (the integrity checks' reference).
pub fn migrate_to(conn: &mut Connection, version: usize) -> Result<()> {
    if version > 0 {
        MIGRATIONS.to_version(conn, version)?;
    }
    Ok(())
}

/// A fresh in-memory database with the full schema: the one constructor every unit test uses.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory()?;
    crate::repo::meta::configure(&mut conn)?;
    MIGRATIONS.to_latest(&mut conn)?;
    Ok(conn)
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
