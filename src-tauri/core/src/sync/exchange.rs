//! One sync's files: what changed here goes out as this computer's next file (`send`), and
//! the other computers' files not applied yet come in, each in one transaction (`receive`).

use std::path::Path;

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use super::{changes, folder, repo, system_millis, Change, Hlc, Problem, Report};
use crate::error::{Error, Result};

/// A change file's contents, before sealing.
#[derive(Debug, Serialize, Deserialize)]
struct Batch {
    format: String,
    version: u32,
    device: String,
    /// The computer's name, for the other computers' status lines.
    name: String,
    seq: i64,
    changes: Vec<Change>,
}

const BATCH_FORMAT: &str = "mend-sync";
const BATCH_VERSION: u32 = 1;

/// Writes the changes logged here into this computer's next file; the log is cleared only
/// once the file is on disk, so a kill before that sends them next time (a kill after it
/// sends them twice, which changes nothing).
pub(super) fn send(
    conn: &mut Connection,
    cfg: &repo::Config,
    root: &Path,
    wall_millis: u64,
    name: &str,
) -> Result<usize> {
    let tx = conn.transaction()?;
    let dirty = repo::dirty(&tx)?;
    if dirty.is_empty() {
        return Ok(0);
    }
    // Each change is stamped with when it was made (the system clock, in the log) as this
    // computer's clock tells time: the same but in tests, which set a computer's clock apart.
    let offset = wall_millis as i64 - system_millis();
    let mut hlc = Hlc::parse(&cfg.hlc);
    let mut changes = Vec::with_capacity(dirty.len());
    for (k, at) in dirty {
        let stamp = Hlc::tick(hlc.as_ref(), (at + offset).max(0) as u64, &cfg.device);
        let (v, h) = (changes::read(&tx, &k)?, stamp.to_string());
        repo::set_clock(&tx, &k, &h)?;
        repo::clear_dirty(&tx, &k)?;
        changes.push(Change { k, h, v });
        hlc = Some(stamp);
    }
    repo::set_hlc(&tx, &hlc.expect("one change at least").to_string())?;
    let sent = write_batch(&tx, cfg, root, name, changes)?;
    tx.commit()?;
    Ok(sent)
}

/// Writes `changes` as this computer's next file, inside the caller's transaction (which
/// notes the file's number, and commits only once the file is on disk).
pub(super) fn write_batch(
    tx: &Connection,
    cfg: &repo::Config,
    root: &Path,
    name: &str,
    changes: Vec<Change>,
) -> Result<usize> {
    let own = root.join(&cfg.device);
    folder::remove_stale_temporaries(&own);
    let next = repo::config(tx)?.map_or(cfg.next_seq, |c| c.next_seq);
    let seq = folder::list(&own).files.last().map_or(1, |(n, _)| n + 1).max(next);
    let batch = Batch {
        format: BATCH_FORMAT.into(),
        version: BATCH_VERSION,
        device: cfg.device.clone(),
        name: name.to_owned(),
        seq,
        changes,
    };
    let json = serde_json::to_vec(&batch).expect("a batch serializes");
    let sealed = folder::seal(&cfg.key, &cfg.folder_id, &cfg.device, seq, &json)?;
    folder::write_atomically(&own, &folder::file_name(seq), &sealed, false)?;
    repo::set_next_seq(tx, seq + 1)?;
    repo::mark_applied(tx, &applied_as(cfg, &cfg.device), seq)?;
    Ok(batch.changes.len())
}

/// Files applied are recorded by folder and computer, so a computer set up again in another
/// folder (its numbers starting again) is read there from its first file.
fn applied_as(cfg: &repo::Config, device: &str) -> String {
    format!("{}/{device}", cfg.folder_id)
}

/// Applies `device`'s files not applied yet, each in one transaction; what cannot be read is
/// reported and left for the next sync (a partial file may be whole by then).
#[allow(clippy::too_many_arguments)]
pub(super) fn receive(
    conn: &mut Connection,
    cfg: &repo::Config,
    root: &Path,
    device: &str,
    dir: &Path,
    today: NaiveDate,
    stamp: &str,
    report: &mut Report,
) -> Result<()> {
    if repo::peers(conn)?.iter().any(|p| p.device == device && p.removed) {
        return Ok(());
    }
    if let Some(kf) = folder::KeyFile::read(dir) {
        if kf.folder != cfg.folder_id {
            report.problems.push(Problem::new("another-key", root, dir, ""));
            return Ok(());
        }
    }
    let listing = folder::list(dir);
    for other in &listing.others {
        let name = other.file_name().unwrap_or_default().to_string_lossy().to_lowercase();
        if !folder::is_clutter(&name) {
            report.problems.push(Problem::new(folder::kind_of_other(&name), root, other, ""));
        }
    }
    let applied = repo::applied(conn, &applied_as(cfg, device))?;
    for (seq, path) in listing.files.iter().filter(|(seq, _)| !applied.contains(seq)) {
        let batch = match read_batch(cfg, device, *seq, path) {
            Ok(batch) => batch,
            Err((code, detail)) => {
                report.problems.push(Problem::new(code, root, path, detail));
                continue;
            }
        };
        let (received, refused) = apply_batch(conn, cfg, device, *seq, &batch, today, stamp)?;
        report.received += received;
        if refused > 0 {
            report.problems.push(Problem::new("changes", root, path, refused.to_string()));
        }
    }
    Ok(())
}

fn read_batch(cfg: &repo::Config, device: &str, seq: i64, path: &Path) -> Result<Batch, (&'static str, String)> {
    let bytes = folder::read_regular(path, folder::MAX_FILE_BYTES).map_err(|e| ("unreadable", e.to_string()))?;
    let json = folder::open(&cfg.key, &cfg.folder_id, device, seq, &bytes)
        .ok_or(("unreadable", "not sealed by this folder's key".to_owned()))?;
    let batch: serde_json::Value = serde_json::from_slice(&json).map_err(|e| ("unreadable", e.to_string()))?;
    if batch["format"] != BATCH_FORMAT || batch["version"].as_u64().is_none_or(|v| v > BATCH_VERSION.into()) {
        return Err(("newer", batch["version"].to_string()));
    }
    let batch: Batch = serde_json::from_value(batch).map_err(|e| ("unreadable", e.to_string()))?;
    if batch.device != device || batch.seq != seq {
        return Err(("unreadable", "names another file".into()));
    }
    Ok(batch)
}

/// Applies one file's changes: each that is newer than what is here is written (a change that
/// does not pass the checks is counted and skipped). Returns (applied, refused).
#[allow(clippy::too_many_arguments)]
fn apply_batch(
    conn: &mut Connection,
    cfg: &repo::Config,
    device: &str,
    seq: i64,
    batch: &Batch,
    today: NaiveDate,
    stamp: &str,
) -> Result<(usize, usize)> {
    let mut tx = conn.transaction()?;
    repo::set_applying(&tx, true)?;
    let (mut applied, mut refused) = (0, 0);
    let mut latest = repo::config(&tx)?.map(|c| c.hlc).unwrap_or_default();
    let mut newest_here = String::new();
    for change in &batch.changes {
        if Hlc::parse(&change.h).is_none() {
            refused += 1;
            continue;
        }
        newest_here = newest_here.max(change.h.clone());
        if repo::clock(&tx, &change.k)?.is_some_and(|here| here >= change.h) {
            continue;
        }
        let point = tx.savepoint()?;
        match changes::apply(&point, &change.k, &change.v, today, stamp) {
            Ok(()) => point.commit()?,
            Err(Error::Storage(e)) if !is_constraint(&e) => return Err(Error::Storage(e)),
            // Dropped, the savepoint rolls back what the change wrote.
            Err(_) => {
                refused += 1;
                continue;
            }
        }
        repo::set_clock(&tx, &change.k, &change.h)?;
        repo::clear_dirty(&tx, &change.k)?;
        applied += 1;
    }
    if newest_here > latest {
        latest = newest_here.clone();
        repo::set_hlc(&tx, &latest)?;
    }
    if device != cfg.device {
        repo::saw(&tx, device, &batch.name, &newest_here)?;
    }
    repo::mark_applied(&tx, &applied_as(cfg, device), seq)?;
    repo::set_applying(&tx, false)?;
    tx.commit()?;
    Ok((applied, refused))
}

/// A change another computer's checks let through but this database refuses (a newer Mend's
/// value, say) is the change's fault; any other storage failure stops the sync.
fn is_constraint(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation)
}
