//! Opening Mend's database: the live file in the data folder (inspected first, never replaced
//! when damaged or missing with backups about), or an in-memory one, set up and migrated.

use std::path::Path;

use rusqlite::Connection;

use crate::cipher::Key;
use crate::error::{Error, Result};
use crate::files::{create_private, ensure_dir, private_file, DB_FILE};

pub use crate::integrity::{inspect, Damage};

/// Opens (creating if needed) the database file in `dir` and brings its schema up to date.
/// A damaged, foreign or newer file is left exactly as it is and reported as `Error::Damaged`;
/// so is a missing one that backups (or its journal) show existed, rather than starting an
/// empty diary whose daily backups would push the good ones out.
/// An encrypted diary is opened under `key`.
pub fn open_in(dir: &Path, key: Option<&Key>) -> Result<Connection> {
    ensure_dir(dir)?;
    let path = dir.join(DB_FILE);
    if std::fs::symlink_metadata(&path).is_ok() {
        finish_interrupted(&path, key);
        if let Some(damage) = inspect(&path, key)? {
            return Err(Error::Damaged(damage));
        }
    } else if let Some(damage) = missing(dir) {
        return Err(Error::Damaged(damage));
    }
    open_file(&path, key)
}

/// Lets SQLite roll back a transaction a kill interrupted (a hot rollback journal beside the
/// file, which the read-only inspection cannot replay), as any connection that may write does
/// when it first reads. Anything wrong is left for the inspection to find and report.
fn finish_interrupted(path: &Path, key: Option<&Key>) {
    let journal = path.with_file_name(format!("{DB_FILE}-journal"));
    if std::fs::metadata(&journal).is_ok_and(|m| m.len() > 0) {
        if let Ok(conn) = crate::cipher::convert::open_keyed(path, key) {
            crate::cipher::opens(&conn);
        }
    }
}

/// Why a missing database file must not be replaced by an empty one, if it must not.
fn missing(dir: &Path) -> Option<Damage> {
    let journal = ["-wal", "-journal"].iter().any(|s| dir.join(format!("{DB_FILE}{s}")).exists())
        || dir.join(crate::cipher::KEY_FILE).exists();
    let backups = crate::backup::files(dir).len();
    (journal || backups > 0).then_some(Damage::Missing { backups, journal })
}

/// Opens (creating) the database at `path` with Mend's settings and schema, under `key` when
/// the diary is encrypted.
pub fn open_file(path: &Path, key: Option<&Key>) -> Result<Connection> {
    // Created private from the first byte, not made private after; a link is not followed.
    match create_private(path) {
        Ok(_) => {}
        Err(Error::Io { source, .. }) if source.kind() == std::io::ErrorKind::AlreadyExists => {}
        Err(e) => return Err(e),
    }
    let flags = rusqlite::OpenFlags::default() | rusqlite::OpenFlags::SQLITE_OPEN_NOFOLLOW;
    crate::cipher::ready();
    let mut conn = Connection::open_with_flags(path, flags)?;
    crate::cipher::apply(&conn, key)?;
    private_file(path)?;
    crate::repo::meta::configure(&mut conn)?;
    crate::repo::meta::set_wal(&conn, true)?;
    crate::schema::migrate(&mut conn)?;
    Ok(conn)
}

/// A fresh in-memory database with the full schema: the one constructor every unit test uses.
pub fn open_in_memory() -> Result<Connection> {
    crate::cipher::ready();
    let mut conn = Connection::open_in_memory()?;
    crate::repo::meta::configure(&mut conn)?;
    crate::schema::migrate(&mut conn)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_database_uses_wal_and_has_the_schema() {
        let dir = std::env::temp_dir().join(format!("mend-db-test-{}", std::process::id()));
        let conn = open_in(&dir.join("nested"), None).expect("opens");
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
