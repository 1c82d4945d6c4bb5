//! Copying a database between a plain and an encrypted file, or between two files under the
//! same key, with SQLCipher's `sqlcipher_export` (a logical copy: schema, rows, version and
//! Mend's mark) or SQLite's backup API (a page copy under one key). Every copy lands in a
//! private temporary file first and is checked before anything is renamed over.

use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};

use super::{apply, Key};
use crate::error::{Error, Result};
use crate::files::{private_file, sync, temp_file};
use crate::repo::sqlcipher;

fn literal(key: Option<&Key>) -> zeroize::Zeroizing<String> {
    key.map_or_else(|| zeroize::Zeroizing::new(String::new()), |k| k.literal())
}

/// Copies the database open on `conn` into `dest` (new or empty), encrypted with `to`, or plain
/// when `to` is None: SQLCipher's export, then the version and the mark.
pub fn export(conn: &Connection, dest: &Path, to: Option<&Key>) -> Result<()> {
    Ok(sqlcipher::export_to(conn, &crate::platform::file_uri(dest), &literal(to))?)
}

/// Copies the database file `source` (read-only and immutable, under `key`, or plain) into
/// the database open on `dest`, which is empty: SQLCipher's export, then the version and mark.
pub fn import(dest: &Connection, source: &Path, key: Option<&Key>) -> Result<()> {
    let uri = format!("{}?mode=ro&immutable=1", crate::platform::file_uri(source));
    Ok(sqlcipher::import_from(dest, &uri, &literal(key))?)
}

/// Opens `path` for writing (not creating it, not following a link) with `key`.
pub fn open_keyed(path: &Path, key: Option<&Key>) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NOFOLLOW | OpenFlags::SQLITE_OPEN_URI;
    super::ready();
    let conn = Connection::open_with_flags(path, flags)?;
    apply(&conn, key)?;
    Ok(conn)
}

/// Puts the database file at `path` (under `key`) in WAL mode, the live database's, and
/// closes it again: the WAL is checkpointed into the file and removed.
pub fn wal(path: &Path, key: Option<&Key>) -> Result<()> {
    let conn = open_keyed(path, key)?;
    crate::repo::meta::set_wal(&conn, true)?;
    drop(conn);
    Ok(())
}

/// Whether no other connection has the database at `path` open: an exclusive lock can be
/// taken at once (any other connection, reading or writing, holds a shared one).
pub fn alone(path: &Path, key: Option<&Key>) -> bool {
    let Ok(probe) = open_keyed(path, key) else { return false };
    let _ = probe.busy_timeout(Duration::ZERO);
    sqlcipher::exclusively(&probe).is_ok()
}

/// Copies every page of `source` into `dest`, both open under the same key (or both plain).
pub fn pages(source: &Connection, dest: &mut Connection) -> Result<()> {
    rusqlite::backup::Backup::new(source, dest)?.run_to_completion(256, Duration::from_millis(50), None)?;
    Ok(())
}

/// Converts the file at `path` from `from` to `to` (a key, or plain) in place, atomically: the
/// copy is made in a private temporary file beside it, checked (it opens under `to`, SQLite's
/// check passes, every table holds as many rows), synced, and renamed over the original. A
/// kill at any moment leaves the original or the converted file, never neither. The file must
/// not be open elsewhere (a backup, not the live database).
pub fn in_place(path: &Path, from: Option<&Key>, to: Option<&Key>) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let source = open_keyed(path, from)?;
    if !super::opens(&source) {
        return Err(super::wrong_key(path));
    }
    // A backup is written without a journal; one left beside it by a kill is replayed here.
    let expected = rows(&source)?;
    let temp = temp_file(dir, "mend-incoming", ".sqlite3")?;
    let done = (|| -> Result<()> {
        export(&source, &temp, to)?;
        drop(source);
        verify_copy(&temp, to, &expected)?;
        private_file(&temp)?;
        sync(&temp)?;
        crate::platform::rename(&temp, path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
        sync(path)
    })();
    if done.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    done
}

/// Checks that `copy` opens under `key`, passes SQLite's quick check, and holds `expected`.
pub fn verify_copy(copy: &Path, key: Option<&Key>, expected: &[(String, i64)]) -> Result<()> {
    let conn = open_keyed(copy, key)?;
    let check = crate::repo::meta::check(&conn, false)?;
    let found = rows(&conn)?;
    if check != ["ok"] || found != expected {
        return Err(Error::Damaged(crate::damage::Damage::Corrupt {
            detail: format!("the converted copy does not match ({})", check.join("; ")),
        }));
    }
    Ok(())
}

/// The rows per table of the database open on `conn`: what a copy must hold too (`verify_copy`).
pub fn rows(conn: &Connection) -> Result<Vec<(String, i64)>> {
    Ok(sqlcipher::census(conn)?)
}
