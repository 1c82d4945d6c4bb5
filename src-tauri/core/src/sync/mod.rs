//! Sync between her computers through a folder a sync service she already uses carries
//! (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive). Mend never syncs its database
//! file: each computer writes its own changes, encrypted, into files of its own in the folder
//! (`folder`), and reads the others'.
//!
//! Changes are caught by triggers into a log of changed keys (`sync_dirty`, migration 0005)
//! rather than SQLite's session extension: a changeset says "row 7 of pain changed" between
//! two fixed states, while Mend's rules need a clock per key that outlives a delete (so an
//! older edit arriving later cannot bring an entry back), profile and day fields merged one by
//! one, and tags matched by name; the log names the key and its value is read when it is sent.
//!
//! The rules, per key (`changes`): the change with the later hybrid-logical-clock reading
//! (`hlc`) wins; a delete is a change like any other (a tombstone: its reading stays); a tag
//! made with the same name on two computers is one tag; profile fields, and a day's sleep and
//! mood, each stand alone; a day's red-flag ticks are one set. Settings of one computer
//! (window, tray, start at login, reminders, quiet hours, language) are not synced.

pub mod changes;
pub mod folder;
pub mod hlc;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::cipher::Kdf;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::repo::sync as repo;
pub use hlc::Hlc;

/// The shortest sync phrase accepted.
pub const MIN_PHRASE: usize = 8;

/// One change as a file carries it: the key, the clock reading, the value (`Null`: gone).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Change {
    pub k: String,
    pub h: String,
    pub v: serde_json::Value,
}

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

/// Something in the folder that was skipped, said in the status.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    /// `unreachable`, `unwritable`, `partial`, `conflict-copy`, `stray`, `unreadable`, `newer`,
    /// `changes`, `another-key`.
    pub code: String,
    /// The file or folder, relative to the sync folder.
    pub file: String,
    /// How many changes (for `changes`), or a technical detail.
    pub detail: String,
}

impl Problem {
    fn new(code: &str, folder: &Path, path: &Path, detail: impl Into<String>) -> Problem {
        let file = path.strip_prefix(folder).unwrap_or(path).to_string_lossy().replace('\\', "/");
        Problem { code: code.into(), file, detail: detail.into() }
    }

    /// The problem in words.
    pub fn message(&self) -> Msg {
        let id = match self.code.as_str() {
            "unreachable" => "sync-problem-unreachable",
            "partial" => "sync-problem-partial",
            "conflict-copy" => "sync-problem-conflict-copy",
            "unreadable" => "sync-problem-unreadable",
            "newer" => "sync-problem-newer",
            "changes" => "sync-problem-changes",
            "another-key" => "sync-problem-another-key",
            "unwritable" => "sync-problem-unwritable",
            _ => "sync-problem-stray",
        };
        Msg::new(id).arg("file", self.file.clone()).arg("detail", self.detail.clone())
    }
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Changes written for the other computers.
    pub sent: usize,
    /// Changes from other computers that were newer and were applied.
    pub received: usize,
    pub problems: Vec<Problem>,
}

/// The folder key and its id, opened with her phrase, and whether this computer is the first.
pub struct Joined {
    pub folder_id: String,
    pub key: [u8; 32],
    pub first: bool,
}

/// Opens the sync folder `folder` with `phrase` (slow: Argon2id; call it without holding the
/// store). An empty folder gets a new folder key; one that other computers use must open with
/// the phrase they were set up with.
pub fn join(folder: &Path, phrase: &str) -> Result<Joined> {
    if phrase.chars().count() < MIN_PHRASE {
        return Err(Error::invalid("phrase", Msg::new("err-sync-phrase-short").arg("min", MIN_PHRASE)));
    }
    if !std::fs::metadata(folder).is_ok_and(|m| m.is_dir()) {
        return Err(Error::invalid("folder", Msg::new("err-sync-folder").arg("path", folder.display().to_string())));
    }
    let files: Vec<_> =
        folder::devices(folder).into_iter().filter_map(|(_, dir)| folder::KeyFile::read(&dir)).collect();
    let Some(first) = files.first() else {
        let (mut id, mut key) = ([0u8; 16], [0u8; 32]);
        crate::cipher::random_fill(&mut id)?;
        crate::cipher::random_fill(&mut key)?;
        return Ok(Joined { folder_id: crate::cipher::hex(&id), key, first: true });
    };
    Ok(Joined { key: first.open(phrase)?, folder_id: first.folder.clone(), first: false })
}

/// Whether other computers already sync through `folder` (one has left its key file there).
pub fn folder_in_use(folder: &Path) -> bool {
    folder::devices(folder).iter().any(|(_, dir)| folder::KeyFile::read(dir).is_some())
}

/// A new device id: 128 random bits.
pub fn new_device_id() -> Result<String> {
    let mut id = [0u8; 16];
    crate::cipher::random_fill(&mut id)?;
    Ok(crate::cipher::hex(&id))
}

/// Turns sync on for this diary with the folder `joined` opened: writes this computer's key
/// file into the folder (sealed by `phrase`, Argon2id at `kdf`), then the settings, and marks
/// her whole diary to be sent. Keeps the device id if this computer had one.
/// `wall_millis` is this computer's clock now (UTC ms).
pub fn start(
    conn: &mut Connection,
    folder: &Path,
    joined: &Joined,
    phrase: &str,
    kdf: Kdf,
    wall_millis: u64,
) -> Result<()> {
    let device = match repo::config(conn)? {
        Some(c) => c.device,
        None => crate::repo::settings::get(conn, DEVICE_KEY)?.map_or_else(new_device_id, Ok)?,
    };
    let Some(path) = folder.to_str() else {
        return Err(Error::invalid("folder", Msg::new("err-sync-folder").arg("path", folder.display().to_string())));
    };
    folder::KeyFile::seal(&joined.folder_id, &device, &joined.key, phrase, kdf)?.write(&folder.join(&device))?;
    let tx = conn.transaction()?;
    crate::repo::settings::set(&tx, DEVICE_KEY, &device)?;
    repo::start(
        &tx,
        &repo::Config {
            folder: path.to_owned(),
            folder_id: joined.folder_id.clone(),
            device,
            key: joined.key,
            next_seq: 1,
            hlc: String::new(),
            last_sync: None,
            problems: "[]".into(),
        },
        wall_millis as i64 - system_millis(),
    )?;
    tx.commit()?;
    Ok(())
}

/// Where this computer's device id is kept, so turning sync off and on keeps it.
const DEVICE_KEY: &str = "sync.device";
/// The name of the computer that id belongs to.
const COMPUTER_KEY: &str = "sync.computer";

/// A diary copied onto another computer (her data folder moved whole, or a backup restored
/// there) brings this computer's id with it; were both to go on syncing under one id, each
/// would write files of the same names and never read the other's. So a diary that finds
/// itself on a computer of another name takes a new id (its files so far stay, read by the
/// others as those of a computer that has gone quiet).
fn own_id(conn: &Connection, cfg: repo::Config, name: &str) -> Result<repo::Config> {
    match crate::repo::settings::get(conn, COMPUTER_KEY)? {
        Some(known) if known == name => Ok(cfg),
        None => {
            crate::repo::settings::set(conn, COMPUTER_KEY, name)?;
            Ok(cfg)
        }
        Some(_) => {
            let device = new_device_id()?;
            crate::repo::settings::set(conn, DEVICE_KEY, &device)?;
            crate::repo::settings::set(conn, COMPUTER_KEY, name)?;
            repo::set_device(conn, &device)?;
            Ok(repo::Config { device, next_seq: 1, ..cfg })
        }
    }
}

/// Syncs once: sends what changed here since the last sync as a new file, then applies every
/// other computer's files not applied yet. `wall_millis` is the wall clock (UTC ms), `stamp`
/// now as rows store it, `name` this computer's name for the others.
pub fn run(conn: &mut Connection, wall_millis: u64, today: NaiveDate, stamp: &str, name: &str) -> Result<Report> {
    let cfg = repo::config(conn)?.ok_or_else(|| Error::NotFound(Msg::new("err-sync-off")))?;
    let cfg = own_id(conn, cfg, name)?;
    let root = PathBuf::from(&cfg.folder);
    let mut report = Report::default();
    if !std::fs::metadata(&root).is_ok_and(|m| m.is_dir()) {
        report.problems.push(Problem::new("unreachable", &root, &root, ""));
        save_problems(conn, &cfg, stamp, &report, false)?;
        return Ok(report);
    }
    match send(conn, &cfg, &root, wall_millis, name) {
        Ok(sent) => report.sent = sent,
        // Her changes wait in the log; the others' are not applied before hers are out, so
        // that the later change still wins.
        Err(Error::Io { path, source }) => {
            report.problems.push(Problem::new("unwritable", &root, &path, source.to_string()));
            save_problems(conn, &cfg, stamp, &report, false)?;
            return Ok(report);
        }
        Err(e) => return Err(e),
    }
    let cfg = repo::config(conn)?.expect("sync is on");
    // This computer's own files too: each is marked applied as it is written, so only those a
    // restored backup does not know are read, and what she logged here after the backup was
    // taken comes back. (What the backup had not sent yet goes out stamped with when it was
    // made, so it cannot undo a later change made elsewhere.)
    for (device, dir) in folder::devices(&root) {
        receive(conn, &cfg, &root, &device, &dir, today, stamp, &mut report)?;
    }
    save_problems(conn, &cfg, stamp, &report, true)?;
    Ok(report)
}

/// A change another computer's checks let through but this database refuses (a newer Mend's
/// value, say) is the change's fault; any other storage failure stops the sync.
fn is_constraint(e: &rusqlite::Error) -> bool {
    matches!(e, rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::ConstraintViolation)
}

fn system_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn save_problems(conn: &Connection, cfg: &repo::Config, stamp: &str, report: &Report, synced: bool) -> Result<()> {
    let problems = serde_json::to_string(&report.problems).expect("problems serialize");
    let at = if synced { Some(stamp) } else { cfg.last_sync.as_deref() };
    repo::finished(conn, at.unwrap_or(""), &problems)
}

/// Writes the changes logged here into this computer's next file; the log is cleared only
/// once the file is on disk, so a kill before that sends them next time (a kill after it
/// sends them twice, which changes nothing).
fn send(conn: &mut Connection, cfg: &repo::Config, root: &Path, wall_millis: u64, name: &str) -> Result<usize> {
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
fn write_batch(tx: &Connection, cfg: &repo::Config, root: &Path, name: &str, changes: Vec<Change>) -> Result<usize> {
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
fn receive(
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
        if folder::is_clutter(&name) {
            continue;
        }
        let code = if name.contains(".sync-conflict-")
            || name.contains("conflicted copy")
            || name.contains("(conflict")
            || name.contains("case conflict")
            // "00000001-LAPTOP.mendsync" (OneDrive), "00000001 2.mendsync" (iCloud Drive).
            || (name.ends_with(".mendsync")
                && folder::seq_of(&name).is_none()
                && name.len() > 8
                && name.as_bytes()[..8].iter().all(u8::is_ascii_digit))
        {
            "conflict-copy"
        } else if name.starts_with(".syncthing.")
            || name.starts_with("~syncthing~")
            || name.ends_with(".tmp")
            || name.ends_with(".part")
            // iCloud Drive's stand-in for a file not downloaded yet.
            || name.ends_with(".icloud")
        {
            "partial"
        } else {
            "stray"
        };
        report.problems.push(Problem::new(code, root, other, ""));
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

/// Another computer as the status shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub id: String,
    pub name: String,
    /// When its latest change here was made (RFC 3339, UTC), by its clock.
    pub last_change: Option<String>,
}

/// A problem as the status shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProblemView {
    pub code: String,
    pub file: String,
    pub message: String,
}

/// Sync as the window and `mend sync --status` show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub on: bool,
    pub folder: Option<String>,
    /// This computer's id.
    pub device: Option<String>,
    /// When the last sync finished (RFC 3339, UTC).
    pub last_sync: Option<String>,
    /// Changes made here not sent yet.
    pub pending: usize,
    /// The other computers seen, by name.
    pub devices: Vec<Device>,
    /// What the last sync skipped.
    pub problems: Vec<ProblemView>,
}

/// Sync's status, its problems said in `lang`.
pub fn status(conn: &Connection, lang: crate::i18n::Lang) -> Result<Status> {
    let Some(cfg) = repo::config(conn)? else {
        return Ok(Status {
            on: false,
            folder: None,
            device: None,
            last_sync: None,
            pending: 0,
            devices: Vec::new(),
            problems: Vec::new(),
        });
    };
    let when = |hlc: &str| {
        let h = Hlc::parse(hlc)?;
        chrono::DateTime::from_timestamp_millis(h.millis as i64)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    };
    let mut devices: Vec<Device> = repo::peers(conn)?
        .into_iter()
        .filter(|p| !p.removed)
        .map(|p| Device { last_change: p.last_change.as_deref().and_then(when), id: p.device, name: p.name })
        .collect();
    devices.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let problems: Vec<Problem> = serde_json::from_str(&cfg.problems).unwrap_or_default();
    Ok(Status {
        on: true,
        folder: Some(cfg.folder),
        device: Some(cfg.device),
        last_sync: cfg.last_sync.filter(|s| !s.is_empty()),
        pending: repo::pending(conn)?,
        devices,
        problems: problems
            .into_iter()
            .map(|p| ProblemView { message: p.message().render(lang), code: p.code, file: p.file })
            .collect(),
    })
}

/// Removes another computer she no longer uses: its files are not read here any more and its
/// folder is deleted from the sync folder. What it had changed is not lost: those entries go
/// out again from this computer, so a computer that joins later still gets them.
pub fn remove_device(conn: &mut Connection, device: &str) -> Result<()> {
    let cfg = repo::config(conn)?.ok_or_else(|| Error::NotFound(Msg::new("err-sync-off")))?;
    if !folder::is_device_id(device) || device == cfg.device {
        return Err(Error::invalid("device", Msg::new("err-sync-device")));
    }
    // What it changed goes out again from here, with the clock of its own change: so a computer
    // that joins later still gets it, and it cannot undo a newer change made elsewhere.
    let tx = conn.transaction()?;
    repo::remove_peer(&tx, device)?;
    let mut changes = Vec::new();
    for k in repo::keys_from(&tx, device)? {
        let h = repo::clock(&tx, &k)?.unwrap_or_default();
        changes.push(Change { v: changes::read(&tx, &k)?, k, h });
    }
    if !changes.is_empty() {
        write_batch(&tx, &cfg, Path::new(&cfg.folder), &crate::platform::computer_name(), changes)?;
    }
    tx.commit()?;
    let dir = Path::new(&cfg.folder).join(device);
    match std::fs::remove_dir_all(&dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Error::Io { path: dir, source: e }),
        _ => Ok(()),
    }
}

/// Turns sync off on this computer. Her diary stays as it is; this computer's files stay in
/// the folder for the others.
pub fn stop(conn: &Connection) -> Result<()> {
    repo::stop(conn)
}
