//! What makes a database file one Mend can trust: SQLite's own checks, Mend's mark in the file
//! header (`application_id`), a schema version this build knows, and a schema exactly equal to
//! what Mend's migrations make for that version (tables, columns, indexes, triggers, views).
//! The live file is inspected cheaply at every start; a file offered for restore is checked in
//! full, read-only and without its side files, before anything is replaced.

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::{Connection, OpenFlags};

use crate::cipher::Key;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::repo::meta;
use crate::text::clip;

/// Mend's mark in the SQLite header: "MEND" in ASCII (set by migration 3).
pub const APPLICATION_ID: i32 = 0x4D45_4E44;
/// Schema versions written before the mark existed; their files carry 0 in its place.
const UNMARKED_UP_TO: i64 = 2;

pub use crate::damage::Damage;

pub use crate::repo::meta::{schema, SchemaItem};

/// The schema Mend's migrations make for each version, index = version (0 is empty).
fn expected() -> &'static [Vec<SchemaItem>] {
    static EXPECTED: LazyLock<Vec<Vec<SchemaItem>>> = LazyLock::new(|| {
        (0..=crate::schema::latest_version())
            .map(|v| {
                crate::cipher::ready();
                let mut conn = Connection::open_in_memory().expect("in-memory database");
                crate::schema::migrate_to(&mut conn, v).expect("migrations apply");
                schema(&conn).expect("schema reads")
            })
            .collect()
    });
    &EXPECTED
}

/// How `found` differs from what Mend makes for `version`, in words; None when equal.
fn schema_difference(found: &[SchemaItem], version: usize) -> Option<String> {
    let want = &expected()[version];
    if found == want.as_slice() {
        return None;
    }
    if let Some(extra) = found.iter().find(|f| !want.iter().any(|w| w.0 == f.0 && w.1 == f.1)) {
        return Some(format!("it has a {} \"{}\" that Mend did not create", extra.0, clip(&extra.1)));
    }
    if let Some(gone) = want.iter().find(|w| !found.iter().any(|f| f.0 == w.0 && f.1 == w.1)) {
        return Some(format!("the {} \"{}\" is missing", gone.0, gone.1));
    }
    let changed = found.iter().find(|f| !want.contains(f)).map_or("?", |f| f.1.as_str());
    Some(format!("the definition of \"{}\" was changed", clip(changed)))
}

/// Whether `path` is itself a regular file (a symlink is not followed).
fn regular_file(path: &Path) -> Result<bool> {
    match std::fs::symlink_metadata(path) {
        Ok(meta) => Ok(meta.file_type().is_file()),
        Err(source) => Err(Error::Io { path: path.to_path_buf(), source }),
    }
}

/// The SQLite header check: empty, not SQLite, or fine. An encrypted file (`sealed`) has no
/// readable header; only its emptiness is checked, and its key says the rest.
fn header(path: &Path, sealed: bool) -> Result<Option<Damage>> {
    use std::io::Read;
    let mut header = [0u8; 16];
    let mut file = std::fs::File::open(path).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    let read = file.read(&mut header).map_err(|source| Error::Io { path: path.to_path_buf(), source })?;
    if read == 0 {
        // Mend writes its schema the moment it creates the file, so an empty file is a
        // truncated one: never start afresh over it without asking.
        return Ok(Some(Damage::Empty));
    }
    if !sealed && (read < 16 || &header != b"SQLite format 3\0") {
        return Ok(Some(Damage::NotSqlite));
    }
    Ok(None)
}

/// Runs an integrity pragma; damage says so in its result or its error code, anything else (a
/// read-only folder, a full disk) is the environment and is reported as such.
fn run_check(conn: &Connection, full: bool) -> Result<Option<Damage>> {
    match meta::check(conn, full) {
        Ok(lines) if lines == ["ok"] => Ok(None),
        Ok(lines) => Ok(Some(Damage::Corrupt { detail: lines.join("; ") })),
        Err(rusqlite::Error::SqliteFailure(f, detail))
            if matches!(f.code, rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) =>
        {
            Ok(Some(Damage::Corrupt { detail: detail.unwrap_or_else(|| f.to_string()) }))
        }
        Err(e) => Err(e.into()),
    }
}

/// SQLCipher's page check of an encrypted file (see `repo::sqlcipher::cipher_check`), which
/// SQLite's own check cannot make: a page whose authentication fails, or a file cut short.
fn cipher_check(conn: &Connection, key: Option<&Key>) -> Result<Option<Damage>> {
    if key.is_none() {
        return Ok(None);
    }
    let problems = crate::repo::sqlcipher::cipher_check(conn)?;
    Ok((!problems.is_empty()).then(|| Damage::Corrupt { detail: problems.join("; ") }))
}

/// Mend's own checks on an open database: version, mark, schema.
fn mend_checks(conn: &Connection) -> Result<Option<Damage>> {
    let version = meta::version(conn)?;
    let app_id = meta::application_id(conn)?;
    let found = schema(conn)?;
    if version > crate::schema::latest_version() as i64 {
        return Ok(Some(Damage::TooNew { found: version, supported: crate::schema::latest_version() }));
    }
    if version < 0 || (version == 0 && !found.is_empty()) {
        return Ok(Some(Damage::Foreign));
    }
    if app_id != APPLICATION_ID && !(app_id == 0 && version <= UNMARKED_UP_TO) {
        return Ok(Some(Damage::Foreign));
    }
    if let Some(detail) = schema_difference(&found, version as usize) {
        // Without Mend's tables it is somebody else's database, not an altered Mend one.
        let ours = ["profile", "pain", "exercise", "calcium"].iter().all(|t| found.iter().any(|f| f.1 == *t));
        return Ok(Some(if ours { Damage::Altered { detail } } else { Damage::Foreign }));
    }
    Ok(None)
}

/// Checks the live database file at start without changing it: a quick SQLite check and
/// Mend's own checks, under the diary's key when it is encrypted. A fresh file (version 0,
/// empty) passes.
pub fn inspect(path: &Path, key: Option<&Key>) -> Result<Option<Damage>> {
    if !regular_file(path)? {
        return Ok(Some(Damage::NotAFile));
    }
    if let Some(damage) = header(path, key.is_some())? {
        return Ok(Some(damage));
    }
    crate::cipher::ready();
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    crate::cipher::apply(&conn, key)?;
    if key.is_some() && !crate::cipher::opens(&conn) {
        return Ok(Some(Damage::OtherKey));
    }
    if let Some(damage) = cipher_check(&conn, key)? {
        return Ok(Some(damage));
    }
    if let Some(damage) = run_check(&conn, false)? {
        return Ok(Some(damage));
    }
    mend_checks(&conn)
}

/// A database file that passed every check, ready to be copied in.
#[derive(Debug, Clone, PartialEq)]
pub struct Verified {
    pub version: i64,
    pub entries: i64,
    /// When the backup was taken, as recorded inside it (RFC 3339), if it was.
    pub taken_at: Option<String>,
}

/// Opens `path` read-only and immutable: no locks, no journal or WAL side files read or made,
/// so a stray `-wal` beside a candidate cannot change what is checked. `key` is the diary's,
/// used when the file is encrypted (see `key_for`).
pub fn open_frozen(path: &Path, key: Option<&Key>) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    crate::cipher::ready();
    let conn = Connection::open_with_flags(format!("{}?immutable=1", crate::platform::file_uri(path)), flags)?;
    crate::cipher::apply(&conn, key_for(path, key)?)?;
    Ok(conn)
}

/// The key a file needs: none for a plain file, the diary's for an encrypted one. An encrypted
/// file offered to a plain diary is refused: it can only be another diary's.
pub fn key_for<'k>(path: &Path, key: Option<&'k Key>) -> Result<Option<&'k Key>> {
    match crate::cipher::kind(path) {
        // Not SQLite: an encrypted file (whole pages) is another diary's; anything else is
        // reported by the header check for what it is.
        crate::cipher::Kind::Sealed if key.is_none() && crate::cipher::looks_encrypted(path) => {
            Err(crate::cipher::wrong_key(path))
        }
        crate::cipher::Kind::Sealed if key.is_none() => Ok(None),
        crate::cipher::Kind::Sealed => Ok(key),
        _ => Ok(None),
    }
}

/// Checks a file offered for restore, in full: a regular file (not a link), SQLite's header
/// and `integrity_check`, Mend's mark, a known version and exactly Mend's schema for it. The
/// file is only read. An encrypted file is read under `key`, the diary's; one that does not
/// open with it was locked by another diary and is refused. The error says what is wrong in
/// words she can act on.
pub fn verify(path: &Path, key: Option<&Key>) -> Result<Verified> {
    let refuse = |damage: Damage| Error::invalid("path", Msg::new("err-cannot-restore").arg("reason", damage.msg()));
    if std::fs::symlink_metadata(path).is_err() {
        return Err(Error::invalid("path", Msg::new("err-no-backup-file").arg("path", path.display().to_string())));
    }
    if !regular_file(path)? {
        return Err(refuse(Damage::NotAFile));
    }
    let key = key_for(path, key)?;
    if let Some(damage) = header(path, key.is_some())? {
        return Err(refuse(damage));
    }
    let conn = open_frozen(path, key)?;
    if key.is_some() && !crate::cipher::opens(&conn) {
        return Err(crate::cipher::wrong_key(path));
    }
    if let Some(damage) = cipher_check(&conn, key)? {
        return Err(refuse(damage));
    }
    if let Some(damage) = run_check(&conn, true)? {
        return Err(refuse(damage));
    }
    if let Some(damage) = mend_checks(&conn)? {
        return Err(refuse(damage));
    }
    let version = meta::version(&conn)?;
    if version == 0 {
        return Err(refuse(Damage::Foreign));
    }
    let entries = crate::repo::entries::count_all(&conn)?;
    let taken_at =
        if version >= 2 { crate::repo::settings::get(&conn, crate::repo::settings::BACKUP_TAKEN_AT)? } else { None };
    Ok(Verified { version, entries, taken_at })
}
