//! SQLCipher's statements: keying a connection, and copying a database between files under a
//! key or none (`sqlcipher_export`). Keys arrive as SQLCipher's raw-key literal (`x'…'`), or
//! "" for a plain file; `cipher` makes them.

use rusqlite::Connection;
use zeroize::Zeroizing;

/// SQLCipher's settings for every file Mend encrypts, set before any key is given (also to
/// files attached under a key): SQLCipher 4's defaults (AES-256-CBC with a random IV per page,
/// 4096-byte pages, each page authenticated by an HMAC) but HMAC-SHA256 instead of
/// HMAC-SHA512, which processors with SHA extensions compute several times faster: a save
/// rewrites a few pages, each encrypted and authenticated whole (`benches/locked.rs`; the
/// README's "Her diary locked" says why the page size stays 4096). Reads are served from the
/// page cache, where pages are kept decrypted. SQLCipher's own log (it writes a wrong key's
/// errors to stderr) is silenced: Mend says them in her words.
pub const SETTINGS: &str = "PRAGMA cipher_log_level = NONE; PRAGMA cipher_default_hmac_algorithm = HMAC_SHA256; \
                            PRAGMA cipher_default_page_size = 4096;";

/// Keys a connection just opened (nothing read yet) with a raw-key literal.
pub fn key(conn: &Connection, literal: &str) -> rusqlite::Result<()> {
    conn.execute_batch(SETTINGS)?;
    let sql = Zeroizing::new(format!("PRAGMA key = \"{literal}\";"));
    conn.execute_batch(&sql)
}

/// SQLCipher's own check of an encrypted file: every page's HMAC, read from the file, and a
/// last page cut short. The problems found, none when the file is whole.
pub fn cipher_check(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    conn.prepare("PRAGMA cipher_integrity_check")?.query_map([], |r| r.get(0))?.collect()
}

/// Whether the connection's key (or its absence) opens the file: the schema can be read.
pub fn opens(conn: &Connection) -> bool {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).is_ok()
}

/// Copies database `from` into database `to` of the same connection (one of them attached as
/// `attached`, from `uri` under `literal`), with the version and Mend's mark.
fn export_between(
    conn: &Connection,
    uri: &str,
    literal: &str,
    attached: &str,
    from: &str,
    to: &str,
) -> rusqlite::Result<()> {
    conn.execute_batch(SETTINGS)?;
    conn.execute(&format!("ATTACH DATABASE ?1 AS {attached} KEY ?2"), (uri, literal))?;
    let copied = (|| {
        conn.query_row("SELECT sqlcipher_export(?1, ?2)", (to, from), |_| Ok(()))?;
        let version: i64 = conn.pragma_query_value(Some(from), "user_version", |r| r.get(0))?;
        let mark: i64 = conn.pragma_query_value(Some(from), "application_id", |r| r.get(0))?;
        conn.pragma_update(Some(to), "user_version", version)?;
        conn.pragma_update(Some(to), "application_id", mark)
    })();
    let detached = conn.execute(&format!("DETACH DATABASE {attached}"), []);
    copied?;
    detached.map(|_| ())
}

/// Copies the database open on `conn` into the empty file at `uri`, under `literal`.
pub fn export_to(conn: &Connection, uri: &str, literal: &str) -> rusqlite::Result<()> {
    export_between(conn, uri, literal, "mend_target", "main", "mend_target")
}

/// Copies the database file at `uri` (under `literal`) into the empty database open on `conn`.
pub fn import_from(conn: &Connection, uri: &str, literal: &str) -> rusqlite::Result<()> {
    export_between(conn, uri, literal, "mend_source", "mend_source", "main")
}

/// Takes the database's exclusive lock and lets it go again: fails (busy) while any other
/// connection has it open.
pub fn exclusively(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;")
}

/// Rows per table: what a copy must hold too.
pub fn census(conn: &Connection) -> rusqlite::Result<Vec<(String, i64)>> {
    let mut names =
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")?;
    let names: Vec<String> = names.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    names
        .into_iter()
        .map(|n| {
            let count =
                conn.query_row(&format!("SELECT count(*) FROM \"{}\"", n.replace('"', "\"\"")), [], |r| r.get(0))?;
            Ok((n, count))
        })
        .collect()
}
