//! Backups: a daily online copy of the database (SQLite's backup API, safe while Mend is
//! writing), keeping the last 7 daily and 4 weekly copies; listing them newest first by when
//! they were taken; and restoring one. A file is restored only after it passed every check in
//! `integrity`, was copied and migrated in a private temporary file and checked again there;
//! the live database is then replaced in one SQLite transaction, after a copy of it is kept.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::cipher::{convert, Key};
use crate::error::{Error, Result};
use crate::files::{private_file, sync, temp_file, DB_FILE};
use crate::integrity::verify;
use crate::repo::{meta, settings};

/// The folder under the data folder that holds backups.
pub const DIR: &str = "backups";
/// Daily copies kept.
pub const KEEP_DAILY: usize = 7;
/// Weekly copies kept beyond those.
pub const KEEP_WEEKLY: usize = 4;
/// The `setting` key inside a backup that records when it was taken (RFC 3339, UTC).
pub use crate::repo::settings::BACKUP_TAKEN_AT as TAKEN_AT;

/// One backup file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub file: String,
    pub path: PathBuf,
    /// The day it was taken, for daily backups.
    pub date: Option<NaiveDate>,
    /// When it was taken: recorded inside it, or the file's modification time.
    pub taken_at: DateTime<Utc>,
    pub bytes: u64,
    /// Entries of all kinds in it; null if it cannot be read.
    pub entries: Option<i64>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_path_buf(), source }
}

/// The backups folder of `data_dir`, created private. A link there is refused: backups are
/// never written into, or read from, another place.
pub fn folder(data_dir: &Path) -> Result<PathBuf> {
    let dir = data_dir.join(DIR);
    if std::fs::symlink_metadata(&dir).is_ok_and(|m| !m.is_dir()) {
        return Err(Error::Io {
            path: dir,
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "the backups folder is a link or a file, and Mend does not follow it elsewhere",
            ),
        });
    }
    crate::files::ensure_dir(&dir)?;
    Ok(dir)
}

/// Copies the open database to `dest` (private from the first byte), consistently, while it
/// stays in use, recording `taken_at` inside the copy. The copy is under `key`, the key the
/// open database is under (None for a plain diary).
pub fn copy_to(conn: &Connection, dest: &Path, taken_at: &str, key: Option<&Key>) -> Result<()> {
    let dir = match dest.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => parent.to_path_buf(),
        None => PathBuf::from("."),
    };
    crate::files::create_dir(&dir)?;
    let partial = temp_file(&dir, "mend-backup", ".partial")?;
    let written = (|| {
        let mut copy = convert::open_keyed(&partial, key)?;
        convert::pages(conn, &mut copy)?;
        if meta::version(&copy)? >= 2 {
            settings::set(&copy, TAKEN_AT, taken_at)?;
        }
        meta::set_wal(&copy, false)?;
        drop(copy);
        private_file(&partial)?;
        sync(&partial)?;
        crate::platform::rename(&partial, dest).map_err(io(dest))?;
        sync(dest)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written
}

/// The daily backup file name for `date`.
pub fn daily_name(date: NaiveDate) -> String {
    format!("mend-{date}.sqlite3")
}

fn date_of(file: &str) -> Option<NaiveDate> {
    file.strip_prefix("mend-")?.strip_suffix(".sqlite3")?.parse().ok()
}

/// Takes today's backup if there is none yet, then prunes old ones. Returns the new file, if any.
pub fn daily(
    conn: &Connection,
    data_dir: &Path,
    today: NaiveDate,
    taken_at: &str,
    key: Option<&Key>,
) -> Result<Option<PathBuf>> {
    let dir = folder(data_dir)?;
    let dest = dir.join(daily_name(today));
    if std::fs::symlink_metadata(&dest).is_ok() {
        return Ok(None);
    }
    copy_to(conn, &dest, taken_at, key)?;
    prune(&dir)?;
    Ok(Some(dest))
}

/// Keeps the newest 7 daily backups and the newest backup of each of the 4 ISO weeks before
/// those; deletes other daily backups. Other files (pre-restore copies) are left alone.
pub fn prune(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut dated: Vec<(NaiveDate, PathBuf)> =
        files_in(dir).into_iter().filter_map(|p| date_of(&name(&p)).map(|d| (d, p))).collect();
    dated.sort_by_key(|d| std::cmp::Reverse(d.0));
    let mut weeks_kept: Vec<(i32, u32)> = Vec::new();
    let mut removed = Vec::new();
    for (i, (date, path)) in dated.iter().enumerate() {
        if i < KEEP_DAILY {
            continue;
        }
        let week = (date.iso_week().year(), date.iso_week().week());
        let newest_of_its_week = !weeks_kept.contains(&week);
        if newest_of_its_week && weeks_kept.len() < KEEP_WEEKLY {
            weeks_kept.push(week);
            continue;
        }
        // A backup another program has open (Windows refuses to delete it) waits for the next prune.
        if std::fs::remove_file(path).is_ok() {
            removed.push(path.clone());
        }
    }
    Ok(removed)
}

fn name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The backup files in `dir`: regular files named `*.sqlite3`, links and temporary files skipped.
fn files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.path())
        .filter(|p| {
            let n = name(p);
            n.ends_with(".sqlite3") && !n.starts_with('.')
        })
        .collect()
}

/// The backup files of `data_dir` (none if its backups folder is a link).
pub fn files(data_dir: &Path) -> Vec<PathBuf> {
    let dir = data_dir.join(DIR);
    if std::fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
        files_in(&dir)
    } else {
        Vec::new()
    }
}

/// Every backup, newest first by when it was taken, with its entry count (read under `key`,
/// the diary's, when encrypted).
pub fn list(data_dir: &Path, key: Option<&Key>) -> Result<Vec<Backup>> {
    let mut out: Vec<Backup> = files(data_dir)
        .into_iter()
        .map(|path| {
            let file = name(&path);
            let meta = std::fs::metadata(&path).ok();
            let modified = meta.as_ref().and_then(|m| m.modified().ok()).map(DateTime::<Utc>::from);
            let inside = read_quickly(&path, key);
            let recorded =
                inside.as_ref().and_then(|(_, t)| t.as_deref()).and_then(|t| t.parse::<DateTime<Utc>>().ok());
            Backup {
                date: date_of(&file),
                taken_at: recorded.or(modified).unwrap_or_default(),
                bytes: meta.map_or(0, |m| m.len()),
                entries: inside.map(|(n, _)| n),
                path,
                file,
            }
        })
        .collect();
    out.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then_with(|| b.file.cmp(&a.file)));
    Ok(out)
}

/// Entries and the recorded time of a backup, read without checking it in full.
fn read_quickly(path: &Path, key: Option<&Key>) -> Option<(i64, Option<String>)> {
    let conn = crate::integrity::open_frozen(path, key).ok()?;
    let entries = crate::repo::entries::count_all(&conn).ok()?;
    let taken = settings::get(&conn, TAKEN_AT).ok().flatten();
    Some((entries, taken))
}

/// Makes a private, fully migrated and checked copy of the verified file `source` in
/// `data_dir`, ready to replace the live database. The caller removes it when done. The copy
/// is under `key`, the diary's (plain for a plain diary); the source may be plain or under
/// the same key.
pub fn prepare(data_dir: &Path, source: &Path, key: Option<&Key>) -> Result<PathBuf> {
    verify(source, key)?;
    let source_key = crate::integrity::key_for(source, key)?;
    let temp = temp_file(data_dir, "mend-incoming", ".sqlite3")?;
    let made = (|| {
        let mut conn = convert::open_keyed(&temp, key)?;
        convert::import(&conn, source, source_key)?;
        meta::set_wal(&conn, false)?;
        crate::schema::migrate(&mut conn)?;
        settings::remove(&conn, TAKEN_AT)?;
        // A fresh, compact file in Mend's page size: nothing left in free pages.
        // An encrypted file keeps SQLCipher's page size (see `repo::sqlcipher::SETTINGS`).
        meta::compact(&conn, key.is_none().then_some(4096))?;
        drop(conn);
        private_file(&temp)?;
        let checked = verify(&temp, key)?;
        if checked.version != crate::schema::latest_version() as i64 {
            return Err(Error::invalid("path", crate::i18n::Msg::new("err-not-brought-up-to-date")));
        }
        sync(&temp)
    })();
    match made {
        Ok(()) => Ok(temp),
        Err(e) => {
            let _ = std::fs::remove_file(&temp);
            Err(e)
        }
    }
}

/// Restores `source` into the open database: checks it in full, prepares a migrated copy,
/// saves the current data as `backups/mend-before-restore-<stamp>.sqlite3`, then replaces the
/// live data from the copy in one SQLite transaction, so a crash at any moment leaves either
/// the old data or the new. Returns the safety copy's path.
pub fn restore(
    conn: &mut Connection,
    data_dir: &Path,
    source: &Path,
    stamp: &str,
    key: Option<&Key>,
) -> Result<PathBuf> {
    let temp = prepare(data_dir, source, key)?;
    let result = (|| {
        let safety = folder(data_dir)?.join(format!("mend-before-restore-{}.sqlite3", stamp.replace([':', '.'], "-")));
        copy_to(conn, &safety, stamp, key)?;
        convert::pages(&convert::open_keyed(&temp, key)?, conn)?;
        Ok(safety)
    })();
    let _ = std::fs::remove_file(&temp);
    result
}

/// The newest backup by when it was taken that passes every check, for the recovery screen.
pub fn newest_good(data_dir: &Path, key: Option<&Key>) -> Result<Option<Backup>> {
    Ok(list(data_dir, key)?.into_iter().find(|b| verify(&b.path, key).is_ok()))
}

/// Puts `incoming` (a prepared file) in place of the database in `home`, for recovery, when
/// the live file is damaged or missing and no connection has it open. What was there is kept
/// under `kept_name` (and its `-wal`) first, by a hard link where the file system has them and
/// a copy where it has not, so at every moment either the old file or the new one is in place
/// and nothing is lost; the replacement itself is one rename.
pub fn install(home: &Path, incoming: &Path, kept_name: &str) -> Result<Option<PathBuf>> {
    let db = home.join(DB_FILE);
    let keep = |from: &Path, to: &Path| -> Result<()> {
        if std::fs::symlink_metadata(from).is_err() {
            return Ok(());
        }
        if std::fs::hard_link(from, to).is_err() {
            std::fs::copy(from, to).map_err(io(to))?;
            private_file(to)?;
        }
        sync(to)
    };
    let kept = home.join(kept_name);
    let had_db = std::fs::symlink_metadata(&db).is_ok();
    keep(&db, &kept)?;
    for suffix in ["-wal", "-journal"] {
        keep(&home.join(format!("{DB_FILE}{suffix}")), &home.join(format!("{kept_name}{suffix}")))?;
    }
    // The damaged file's journal must not be replayed into the new one; it is kept above.
    for suffix in ["-wal", "-shm", "-journal"] {
        let side = home.join(format!("{DB_FILE}{suffix}"));
        if std::fs::symlink_metadata(&side).is_ok() {
            std::fs::remove_file(&side).map_err(io(&side))?;
        }
    }
    crate::platform::rename(incoming, &db).map_err(io(&db))?;
    sync(&db)?;
    Ok(had_db.then_some(kept))
}

/// A new, empty, migrated database file in `home` (under `key` for an encrypted diary), ready
/// to `install` (starting afresh).
pub fn prepare_empty(home: &Path, key: Option<&Key>) -> Result<PathBuf> {
    let temp = temp_file(home, "mend-incoming", ".sqlite3")?;
    let made = (|| {
        let mut conn = convert::open_keyed(&temp, key)?;
        crate::schema::migrate(&mut conn)?;
        drop(conn);
        sync(&temp)
    })();
    made.map(|()| temp.clone()).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

/// Removes temporary files a killed Mend left in `home` and its backups: those older than an
/// hour, and the others too if `unused()` says no other Mend has the diary open (such a file
/// is being written only while its writer holds the diary open). A killed decryption leaves
/// its plain copy here, so a diary that is encrypted again must not keep it for an hour.
pub fn remove_stale_temporaries(home: &Path, unused: impl FnOnce() -> bool) {
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    let mut young = Vec::new();
    for dir in [home.to_path_buf(), home.join(DIR)] {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.filter_map(|e| e.ok()) {
            let n = e.file_name().to_string_lossy().into_owned();
            let ours = [".mend-incoming-", ".mend-backup-", ".mend-key-"].iter().any(|p| n.starts_with(p));
            if !ours || !e.file_type().is_ok_and(|t| t.is_file()) {
                continue;
            }
            if e.metadata().and_then(|m| m.modified()).is_ok_and(|t| t < hour_ago) {
                let _ = std::fs::remove_file(e.path());
            } else {
                young.push(e.path());
            }
        }
    }
    if !young.is_empty() && unused() {
        for path in young {
            let _ = std::fs::remove_file(path);
        }
    }
}
