//! Backups: a daily online copy of the database (SQLite's backup API, safe while Mend is
//! writing), keeping the last 7 daily and 4 weekly copies; listing them with their entry
//! counts; and restoring one, after first backing up what is there now.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OpenFlags, MAIN_DB};
use serde::Serialize;

use crate::db::{inspect, private_file};
use crate::error::{Error, Result};

/// The folder under the data folder that holds backups.
pub const DIR: &str = "backups";
/// Daily copies kept.
pub const KEEP_DAILY: usize = 7;
/// Weekly copies kept beyond those.
pub const KEEP_WEEKLY: usize = 4;

/// One backup file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Backup {
    pub file: String,
    pub path: PathBuf,
    /// The day it was taken, for daily backups.
    pub date: Option<NaiveDate>,
    pub bytes: u64,
    /// Entries of all kinds in it; null if it cannot be read.
    pub entries: Option<i64>,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |source| Error::Io { path: path.to_path_buf(), source }
}

/// Copies the open database to `dest` (created 0600), consistently, while it stays in use.
pub fn copy_to(conn: &Connection, dest: &Path) -> Result<()> {
    if let Some(parent) = dest.parent() {
        crate::db::ensure_dir(parent)?;
    }
    let partial = dest.with_extension("partial");
    conn.backup(MAIN_DB, &partial, None)?;
    private_file(&partial)?;
    std::fs::rename(&partial, dest).map_err(io(dest))?;
    Ok(())
}

/// The daily backup file name for `date`.
pub fn daily_name(date: NaiveDate) -> String {
    format!("mend-{date}.sqlite3")
}

fn date_of(file: &str) -> Option<NaiveDate> {
    file.strip_prefix("mend-")?.strip_suffix(".sqlite3")?.parse().ok()
}

/// Takes today's backup if there is none yet, then prunes old ones. Returns the new file, if any.
pub fn daily(conn: &Connection, data_dir: &Path, today: NaiveDate) -> Result<Option<PathBuf>> {
    let dir = data_dir.join(DIR);
    let dest = dir.join(daily_name(today));
    if dest.exists() {
        return Ok(None);
    }
    copy_to(conn, &dest)?;
    prune(&dir)?;
    Ok(Some(dest))
}

/// Keeps the newest 7 daily backups and the newest backup of each of the 4 ISO weeks before
/// those; deletes other daily backups. Other files (pre-restore copies) are left alone.
pub fn prune(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut dated: Vec<(NaiveDate, PathBuf)> = match std::fs::read_dir(dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .filter_map(|e| date_of(&e.file_name().to_string_lossy()).map(|d| (d, e.path())))
            .collect(),
        Err(_) => return Ok(Vec::new()),
    };
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
        std::fs::remove_file(path).map_err(io(path))?;
        removed.push(path.clone());
    }
    Ok(removed)
}

/// Every backup, newest first, with its entry count.
pub fn list(data_dir: &Path) -> Result<Vec<Backup>> {
    let dir = data_dir.join(DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(Vec::new()) };
    let mut out: Vec<Backup> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".sqlite3"))
        .map(|e| {
            let file = e.file_name().to_string_lossy().into_owned();
            Backup {
                date: date_of(&file),
                bytes: e.metadata().map(|m| m.len()).unwrap_or(0),
                entries: count_entries(&e.path()).ok(),
                path: e.path(),
                file,
            }
        })
        .collect();
    out.sort_by(|a, b| b.file.cmp(&a.file));
    Ok(out)
}

/// Entries of all kinds in the database at `path`, read-only.
pub fn count_entries(path: &Path) -> Result<i64> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    Ok(conn.query_row(
        "SELECT (SELECT count(*) FROM pain) + (SELECT count(*) FROM exercise) + (SELECT count(*) FROM calcium)",
        [],
        |r| r.get(0),
    )?)
}

/// Restores `source` into the open database: checks it first, saves the current data as
/// `backups/mend-before-restore-<stamp>.sqlite3`, copies the backup in, and upgrades its
/// schema if it came from an older Mend. Returns the safety copy's path.
pub fn restore(conn: &mut Connection, data_dir: &Path, source: &Path, stamp: &str) -> Result<PathBuf> {
    if !source.is_file() {
        return Err(Error::invalid("path", format!("There is no backup file at {}.", source.display())));
    }
    if let Some(damage) = inspect(source)? {
        return Err(Error::invalid("path", format!("That backup cannot be restored: {}", damage.explain())));
    }
    let safety = data_dir.join(DIR).join(format!("mend-before-restore-{}.sqlite3", stamp.replace([':', '.'], "-")));
    copy_to(conn, &safety)?;
    conn.restore(MAIN_DB, source, None::<fn(rusqlite::backup::Progress)>)?;
    crate::db::migrate(conn)?;
    Ok(safety)
}

/// The newest backup that passes the health check, for the recovery screen.
pub fn newest_good(data_dir: &Path) -> Result<Option<Backup>> {
    Ok(list(data_dir)?.into_iter().find(|b| matches!(inspect(&b.path), Ok(None)) && b.entries.is_some()))
}
