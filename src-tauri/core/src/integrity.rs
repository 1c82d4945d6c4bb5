//! What makes a database file one Mend can trust: SQLite's own checks, Mend's mark in the file
//! header (`application_id`), a schema version this build knows, and a schema exactly equal to
//! what Mend's migrations make for that version (tables, columns, indexes, triggers, views).
//! The live file is inspected cheaply at every start; a file offered for restore is checked in
//! full, read-only and without its side files, before anything is replaced.

use std::path::Path;
use std::sync::LazyLock;

use rusqlite::{Connection, OpenFlags};

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

/// The SQLite header check: empty, not SQLite, or fine.
fn header(path: &Path) -> Result<Option<Damage>> {
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
/// Mend's own checks. A fresh file (version 0, empty) passes.
pub fn inspect(path: &Path) -> Result<Option<Damage>> {
    if !regular_file(path)? {
        return Ok(Some(Damage::NotAFile));
    }
    if let Some(damage) = header(path)? {
        return Ok(Some(damage));
    }
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
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
/// so a stray `-wal` beside a candidate cannot change what is checked.
pub fn open_frozen(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    Ok(Connection::open_with_flags(format!("{}?immutable=1", file_uri(path)), flags)?)
}

/// A `file:` URI for `path`, with the characters URIs reserve escaped. The path is made
/// absolute first (a relative one would be read from the root of the drive on Windows).
fn file_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    uri_for(&absolute.to_string_lossy(), crate::platform::Os::current())
}

/// The `file:` URI for an absolute path as `os` writes it. On Windows the `\\?\` prefix is
/// dropped (`\\?\UNC\srv\share` is the UNC path `\\srv\share`), backslashes become slashes,
/// and a UNC path keeps its two leading slashes.
fn uri_for(text: &str, os: crate::platform::Os) -> String {
    let windows = os == crate::platform::Os::Windows;
    let text = match (windows, text.strip_prefix(r"\\?\UNC\"), text.strip_prefix(r"\\?\")) {
        (true, Some(unc), _) => format!(r"\\{unc}"),
        (true, None, Some(local)) => local.to_owned(),
        _ => text.to_owned(),
    };
    let mut escaped = String::new();
    for c in text.chars() {
        match c {
            '%' => escaped.push_str("%25"),
            '?' => escaped.push_str("%3F"),
            '#' => escaped.push_str("%23"),
            '\\' if windows => escaped.push('/'),
            c => escaped.push(c),
        }
    }
    // "/home/x" → "file:///home/x"; "//server/share" → "file:////server/share"; "C:/x" → "file:///C:/x".
    if escaped.starts_with('/') {
        format!("file://{escaped}")
    } else {
        format!("file:///{escaped}")
    }
}

/// Checks a file offered for restore, in full: a regular file (not a link), SQLite's header
/// and `integrity_check`, Mend's mark, a known version and exactly Mend's schema for it. The
/// file is only read. The error says what is wrong in words she can act on.
pub fn verify(path: &Path) -> Result<Verified> {
    let refuse = |damage: Damage| Error::invalid("path", Msg::new("err-cannot-restore").arg("reason", damage.msg()));
    if std::fs::symlink_metadata(path).is_err() {
        return Err(Error::invalid("path", Msg::new("err-no-backup-file").arg("path", path.display().to_string())));
    }
    if !regular_file(path)? {
        return Err(refuse(Damage::NotAFile));
    }
    if let Some(damage) = header(path)? {
        return Err(refuse(damage));
    }
    let conn = open_frozen(path)?;
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

#[cfg(test)]
mod tests {
    use super::{file_uri, uri_for};
    use crate::platform::Os;
    use std::path::Path;

    #[test]
    fn windows_paths_become_uris_sqlite_opens() {
        let cases = [
            (
                r"C:\Users\Zoë\AppData\Roaming\mend\Mend\data\mend.sqlite3",
                "file:///C:/Users/Zoë/AppData/Roaming/mend/Mend/data/mend.sqlite3",
            ),
            (r"\\?\C:\Users\me\backups\mend-2026-11-20.sqlite3", "file:///C:/Users/me/backups/mend-2026-11-20.sqlite3"),
            (r"\\srv\share\mend\mend.sqlite3", "file:////srv/share/mend/mend.sqlite3"),
            (r"\\?\UNC\srv\share\mend.sqlite3", "file:////srv/share/mend.sqlite3"),
            (r"D:\a?b#c%d.sqlite3", "file:///D:/a%3Fb%23c%25d.sqlite3"),
        ];
        for (path, uri) in cases {
            assert_eq!(uri_for(path, Os::Windows), uri, "{path}");
        }
        // Elsewhere a backslash and "\\?\" are ordinary characters of a file name.
        assert_eq!(uri_for(r"/tmp/a\b", Os::Linux), r"file:///tmp/a\b");
        assert_eq!(uri_for(r"/tmp/\\?\x", Os::MacOs), r"file:///tmp/\\?\x".replace('?', "%3F"));
    }

    #[cfg(unix)]
    #[test]
    fn file_uris_are_absolute_and_escape_what_uris_reserve() {
        assert_eq!(file_uri(Path::new("/home/me/mend.sqlite3")), "file:///home/me/mend.sqlite3");
        assert_eq!(file_uri(Path::new("/tmp/a?b#c%d.sqlite3")), "file:///tmp/a%3Fb%23c%25d.sqlite3");
        assert_eq!(file_uri(Path::new("/tmp/Zoë's backups/x y.sqlite3")), "file:///tmp/Zoë's backups/x y.sqlite3");
        // A relative path is made absolute, so SQLite does not read it from the root.
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(file_uri(Path::new("x.sqlite3")), format!("file://{}/x.sqlite3", cwd.display()));
        // A path starting with two slashes keeps them after the (empty) authority.
        assert_eq!(file_uri(Path::new("//srv/share/x.sqlite3")), "file:////srv/share/x.sqlite3");
    }
}
