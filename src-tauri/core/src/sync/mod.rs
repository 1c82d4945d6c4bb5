//! Sync between her computers through a folder a sync service she already uses carries
//! (Syncthing, Nextcloud, Dropbox, iCloud Drive, OneDrive). Mend never syncs its database
//! file: each computer writes its own changes, encrypted, into files of its own in the folder
//! (`folder`), and reads the others' (`exchange`); `status` is what she is shown of it.
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
mod exchange;
pub mod folder;
pub mod hlc;
mod status;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

use crate::cipher::Kdf;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::repo::sync as repo;
pub use hlc::Hlc;
pub use status::{status, Device, ProblemView, Status};

/// The shortest sync phrase accepted.
pub const MIN_PHRASE: usize = 8;

/// One change as a file carries it: the key, the clock reading, the value (`Null`: gone).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Change {
    pub k: String,
    pub h: String,
    pub v: serde_json::Value,
}

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
    match exchange::send(conn, &cfg, &root, wall_millis, name) {
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
        exchange::receive(conn, &cfg, &root, &device, &dir, today, stamp, &mut report)?;
    }
    save_problems(conn, &cfg, stamp, &report, true)?;
    Ok(report)
}

fn system_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn save_problems(conn: &Connection, cfg: &repo::Config, stamp: &str, report: &Report, synced: bool) -> Result<()> {
    let problems = serde_json::to_string(&report.problems).expect("problems serialize");
    let at = if synced { Some(stamp) } else { cfg.last_sync.as_deref() };
    repo::finished(conn, at.unwrap_or(""), &problems)
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
        exchange::write_batch(&tx, &cfg, Path::new(&cfg.folder), &crate::platform::computer_name(), changes)?;
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
