//! The sync folder on disk. Each computer writes only under `<folder>/<device id>/`:
//!
//! - `key.json`: the folder key (256 random bits, made by the first computer) sealed by the
//!   sync phrase: Argon2id (the diary key file's parameters, `cipher::Kdf::DEFAULT`) over the
//!   phrase and a random 16-byte salt, then XChaCha20-Poly1305 with a random 24-byte nonce and
//!   `mend-sync-key/1/<folder id>/<device id>` as associated data. Any computer's key file
//!   opens the folder key for a computer that joins later.
//! - `00000001.mendsync`, `00000002.mendsync`, …: that computer's changes, one file a sync,
//!   never rewritten: `MENDSYN1`, a random 24-byte nonce, then the JSON sealed by the folder key
//!   with XChaCha20-Poly1305 and `mend-sync/1/<folder id>/<device id>/<number>` as associated
//!   data, so a file renamed, moved to another computer's folder or another sync folder fails.
//!
//! Files are written under a temporary name beginning with a dot, synced, then renamed. Names
//! that are not these (a sync service's partial files and conflict copies) are not read.

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};

use crate::cipher::{hex, random_fill, unhex, Kdf};
use crate::error::{Error, Result};
use crate::i18n::Msg;

/// A computer's key file in its folder.
pub const KEY_FILE: &str = "key.json";
const MAGIC: &[u8; 8] = b"MENDSYN1";
/// The largest change file read (10 years of daily logging is about 4 MB).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
const MAX_KEY_FILE_BYTES: u64 = 64 * 1024;

/// Whether `name` is a device id: 32 lower-case hex digits.
pub fn is_device_id(name: &str) -> bool {
    name.len() == 32 && name.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A computer's key file: the folder key sealed by the sync phrase.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyFile {
    format: String,
    version: u32,
    pub folder: String,
    pub device: String,
    kdf: Kdf,
    salt: String,
    nonce: String,
    sealed: String,
}

fn key_aad(folder: &str, device: &str) -> Vec<u8> {
    format!("mend-sync-key/1/{folder}/{device}").into_bytes()
}

impl KeyFile {
    /// Seals `key` for `device` in the folder `folder` by `phrase`.
    pub fn seal(folder: &str, device: &str, key: &[u8; 32], phrase: &str, kdf: Kdf) -> Result<KeyFile> {
        let (mut salt, mut nonce) = ([0u8; 16], [0u8; 24]);
        random_fill(&mut salt)?;
        random_fill(&mut nonce)?;
        let wrapping = kdf.derive(phrase.as_bytes(), &salt)?;
        let sealed = XChaCha20Poly1305::new(wrapping.as_slice().into())
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: key, aad: &key_aad(folder, device) })
            .map_err(|_| Error::Report("sealing the sync key".into()))?;
        Ok(KeyFile {
            format: "mend-sync-key".into(),
            version: 1,
            folder: folder.to_owned(),
            device: device.to_owned(),
            kdf,
            salt: hex(&salt),
            nonce: hex(&nonce),
            sealed: hex(&sealed),
        })
    }

    /// The folder key, if `phrase` is the one it was sealed by.
    pub fn open(&self, phrase: &str) -> Result<[u8; 32]> {
        let damaged = || Error::invalid("phrase", Msg::new("err-sync-key-file").arg("device", self.device.clone()));
        let salt = unhex(&self.salt).ok_or_else(damaged)?;
        let nonce = unhex(&self.nonce).filter(|n| n.len() == 24).ok_or_else(damaged)?;
        let sealed = unhex(&self.sealed).ok_or_else(damaged)?;
        let wrapping = self.kdf.derive(phrase.as_bytes(), &salt)?;
        let key = XChaCha20Poly1305::new(wrapping.as_slice().into())
            .decrypt(XNonce::from_slice(&nonce), Payload { msg: &sealed, aad: &key_aad(&self.folder, &self.device) })
            .map_err(|_| Error::invalid("phrase", Msg::new("err-sync-wrong-phrase")))?;
        key.try_into().map_err(|_| damaged())
    }

    /// Reads `dir/key.json`; None if it is missing, not a small regular file, or not Mend's.
    pub fn read(dir: &Path) -> Option<KeyFile> {
        let bytes = read_regular(&dir.join(KEY_FILE), MAX_KEY_FILE_BYTES).ok()?;
        let file: KeyFile = serde_json::from_slice(&bytes).ok()?;
        let ours = file.format == "mend-sync-key" && file.version == 1 && file.kdf.plausible();
        (ours && is_device_id(&file.device) && dir.file_name().is_some_and(|n| *n == *file.device)).then_some(file)
    }

    /// Writes this key file into `dir` (made if needed), atomically.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let bytes = serde_json::to_vec_pretty(self).expect("a key file serializes");
        write_atomically(dir, KEY_FILE, &bytes, true)
    }
}

/// Reads a regular file of at most `max` bytes, not through a symbolic link.
pub fn read_regular(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    let meta = std::fs::symlink_metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a regular file"));
    }
    if meta.len() > max {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "too large"));
    }
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?.take(max + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Writes `name` in `dir` through a private temporary file, synced, then renamed; with
/// `replace` false an existing file is never replaced.
pub fn write_atomically(dir: &Path, name: &str, bytes: &[u8], replace: bool) -> Result<()> {
    crate::files::create_dir(dir)?;
    let path = dir.join(name);
    if !replace && std::fs::symlink_metadata(&path).is_ok() {
        return Err(Error::Io { path, source: std::io::ErrorKind::AlreadyExists.into() });
    }
    let temp = crate::files::temp_file(dir, "mend-sync", ".tmp")?;
    let written = (|| {
        std::fs::write(&temp, bytes).map_err(|source| Error::Io { path: temp.clone(), source })?;
        crate::files::sync(&temp)?;
        crate::platform::rename(&temp, &path).map_err(|source| Error::Io { path: path.clone(), source })?;
        // The folder's entry, not the file: a sync service or a virus scanner may hold the
        // new file open already (on Windows, opening it again to flush would fail).
        crate::files::sync_dir(dir)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    written
}

/// Removes what a writer killed half-way left in this computer's own folder: temporary files
/// older than a minute (a sync writes its file within the transaction that sends it, so no
/// other Mend on this computer is writing one now; the minute spares a key file being written).
pub fn remove_stale_temporaries(own: &Path) {
    let stale = |e: &std::fs::DirEntry| {
        let name = e.file_name().to_string_lossy().into_owned();
        let old = e.metadata().and_then(|m| m.modified()).is_ok_and(|t| t.elapsed().unwrap_or_default().as_secs() > 60);
        name.starts_with(".mend-sync-") && name.ends_with(".tmp") && old
    };
    for e in std::fs::read_dir(own).into_iter().flatten().flatten().filter(stale) {
        let _ = std::fs::remove_file(e.path());
    }
}

/// The name of change file `seq`.
pub fn file_name(seq: i64) -> String {
    format!("{seq:08}.mendsync")
}

/// The number in a change file's name (8 digits or more, as `file_name` writes it); None for
/// any other name.
pub fn seq_of(name: &str) -> Option<i64> {
    let digits = name.strip_suffix(".mendsync")?;
    let plain = (8..=18).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    plain.then(|| digits.parse().ok()).flatten()
}

/// What file managers and systems leave in any folder (Finder, Explorer), passed over silently.
pub fn is_clutter(name: &str) -> bool {
    matches!(name, ".ds_store" | "desktop.ini" | "thumbs.db" | ".directory") || name.starts_with("._")
}

/// What a name in a computer's folder that is not Mend's is, for the status: a sync service's
/// conflict copy, a file still arriving, or a stray. `name` is in lower case, as for
/// `is_clutter` (the services differ in case: "Conflicted Copy", "conflicted copy").
pub fn kind_of_other(name: &str) -> &'static str {
    if name.contains(".sync-conflict-")
        || name.contains("conflicted copy")
        || name.contains("(conflict")
        || name.contains("case conflict")
        // "00000001-LAPTOP.mendsync" (OneDrive), "00000001 2.mendsync" (iCloud Drive).
        || (name.ends_with(".mendsync")
            && seq_of(name).is_none()
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
    }
}

fn file_aad(folder: &str, device: &str, seq: i64) -> Vec<u8> {
    format!("mend-sync/1/{folder}/{device}/{seq}").into_bytes()
}

/// Seals a change file's JSON.
pub fn seal(key: &[u8; 32], folder: &str, device: &str, seq: i64, json: &[u8]) -> Result<Vec<u8>> {
    let mut nonce = [0u8; 24];
    random_fill(&mut nonce)?;
    let sealed = XChaCha20Poly1305::new(key.into())
        .encrypt(XNonce::from_slice(&nonce), Payload { msg: json, aad: &file_aad(folder, device, seq) })
        .map_err(|_| Error::Report("sealing a sync file".into()))?;
    Ok([MAGIC.as_slice(), &nonce, &sealed].concat())
}

/// A change file's JSON; None if it is not one sealed by `key` under this name.
pub fn open(key: &[u8; 32], folder: &str, device: &str, seq: i64, bytes: &[u8]) -> Option<Vec<u8>> {
    let rest = bytes.strip_prefix(MAGIC.as_slice())?;
    if rest.len() < 24 {
        return None;
    }
    let (nonce, sealed) = rest.split_at(24);
    XChaCha20Poly1305::new(key.into())
        .decrypt(XNonce::from_slice(nonce), Payload { msg: sealed, aad: &file_aad(folder, device, seq) })
        .ok()
}

/// What one computer's folder holds.
#[derive(Debug, Default)]
pub struct Listing {
    /// Change files by number.
    pub files: Vec<(i64, PathBuf)>,
    /// Anything else there that is not Mend's: partial files, conflict copies, strays.
    pub others: Vec<PathBuf>,
}

/// Lists a computer's folder: its change files in order, and the names that are not Mend's
/// (its key file and Mend's own temporary files are neither).
pub fn list(dir: &Path) -> Listing {
    let mut listing = Listing::default();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let regular = entry.file_type().is_ok_and(|t| t.is_file());
        match seq_of(&name) {
            Some(seq) if regular => listing.files.push((seq, entry.path())),
            _ if name == KEY_FILE || (name.starts_with(".mend-sync-") && name.ends_with(".tmp")) => {}
            _ => listing.others.push(entry.path()),
        }
    }
    listing.files.sort();
    listing.others.sort();
    listing
}

/// The computers' folders in `folder`: (device id, path), real folders only, by id. Anything
/// else there is left alone (the folder may be one she uses for other things too).
pub fn devices(folder: &Path) -> Vec<(String, PathBuf)> {
    let mut devices: Vec<_> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| Some((e.file_name().to_str().filter(|n| is_device_id(n))?.to_owned(), e.path())))
        .collect();
    devices.sort();
    devices
}

#[cfg(test)]
mod tests {
    use super::{file_name, is_clutter, kind_of_other, seq_of};

    #[test]
    fn change_file_names_read_back_past_eight_digits_and_others_do_not() {
        for seq in [1, 99_999_999, 100_000_000] {
            assert_eq!(seq_of(&file_name(seq)), Some(seq));
        }
        for other in ["1.mendsync", "0000001.mendsync", "00000001-LAPTOP.mendsync", "00000001.mendsync.tmp", "key.json"]
        {
            assert_eq!(seq_of(other), None, "{other}");
        }
        assert!(is_clutter(".ds_store") && is_clutter("._00000001.mendsync") && !is_clutter("notes.txt"));
    }

    #[test]
    fn names_that_are_not_mends_are_told_apart_for_the_status() {
        for copy in [
            "00000003.sync-conflict-20261201-101010-abcdefg.mendsync",
            "00000003 (conflicted copy 2026-12-01).mendsync",
            "00000003 (conflict 1).mendsync",
            "00000003 (case conflict).mendsync",
            "00000001-laptop.mendsync",
            "00000001 2.mendsync",
        ] {
            assert_eq!(kind_of_other(copy), "conflict-copy", "{copy}");
        }
        for arriving in [
            ".syncthing.00000004.mendsync.tmp",
            "~syncthing~00000004.mendsync.tmp",
            "00000004.mendsync.part",
            ".00000004.mendsync.icloud",
        ] {
            assert_eq!(kind_of_other(arriving), "partial", "{arriving}");
        }
        assert_eq!(kind_of_other("notes.txt"), "stray");
    }
}
