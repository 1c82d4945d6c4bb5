//! Encryption at rest. Her diary (the database, its WAL and every backup in the data folder)
//! is an SQLCipher 4 file (AES-256 in CBC mode per page, HMAC-SHA256 per page) under a random
//! 256-bit key given to SQLCipher raw, so SQLCipher's own PBKDF2 is not used. The key never
//! touches the disk in clear: `keyfile` keeps it wrapped by her passphrase and by her recovery
//! code (Argon2id, then XChaCha20-Poly1305), and `keychain` optionally keeps it in the
//! system's keychain. A plain diary and an encrypted one differ only in the files' headers,
//! and which one a file is, is read from its first 16 bytes.

pub mod convert;
pub mod keychain;
pub mod keyfile;
pub mod recovery;

use std::path::Path;

use rusqlite::Connection;
use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};
use crate::i18n::Msg;

pub use keyfile::{Kdf, KeyFile, KEY_FILE};

/// The diary's database key: 32 random bytes, wiped from memory when dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct Key([u8; 32]);

impl Key {
    /// A new key from the system's random source.
    pub fn random() -> Result<Key> {
        let mut bytes = [0u8; 32];
        random_fill(&mut bytes)?;
        Ok(Key(bytes))
    }

    pub(crate) fn from_bytes(bytes: [u8; 32]) -> Key {
        Key(bytes)
    }

    pub(crate) fn bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The key as 64 hex digits (the keychain keeps it so).
    pub fn to_hex(&self) -> Zeroizing<String> {
        Zeroizing::new(hex(&self.0))
    }

    /// The key from 64 hex digits.
    pub fn from_hex(text: &str) -> Option<Key> {
        let bytes = Zeroizing::new(unhex(text.trim())?);
        let array: [u8; 32] = bytes.as_slice().try_into().ok()?;
        Some(Key(array))
    }

    /// SQLCipher's raw-key literal, `x'…'`: the key used as it is, with no key derivation.
    fn literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex(&self.0)))
    }
}

impl Drop for Key {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(…)")
    }
}

/// Makes sure SQLite (and SQLCipher with it) is fully initialised before any connection is
/// opened. SQLite marks itself initialised before it runs SQLCipher's start-up (which adds
/// `sqlcipher_export` to every connection), so a connection opened by a second thread in that
/// moment would lack it; one thread initialises here while the others wait. Every opener of a
/// connection calls this first.
pub fn ready() {
    static INIT: std::sync::Once = std::sync::Once::new();
    INIT.call_once(|| {
        drop(Connection::open_in_memory());
    });
}

/// Fills `out` from the system's random source.
pub(crate) fn random_fill(out: &mut [u8]) -> Result<()> {
    getrandom::fill(out).map_err(|e| Error::Io {
        path: std::path::PathBuf::from("(random)"),
        source: std::io::Error::other(format!("the system gave no random numbers: {e}")),
    })
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

pub(crate) fn unhex(text: &str) -> Option<Vec<u8>> {
    hex::decode(text).ok()
}

/// Gives `conn` (just opened, nothing read yet) the key of an encrypted file; nothing for a
/// plain one. A wrong key shows when the schema is read (`opens`).
pub fn apply(conn: &Connection, key: Option<&Key>) -> Result<()> {
    if let Some(key) = key {
        crate::repo::sqlcipher::key(conn, &key.literal())?;
    }
    Ok(())
}

/// Whether a connection's key (or its absence) opens the file: reads the schema.
pub fn opens(conn: &Connection) -> bool {
    crate::repo::sqlcipher::opens(conn)
}

/// What a file's first bytes say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Absent or empty.
    Nothing,
    /// A plain SQLite file.
    Plain,
    /// Anything else: an SQLCipher file looks like random bytes from the first one.
    Sealed,
}

/// Reads the first 16 bytes of `path` (not following a link).
pub fn kind(path: &Path) -> Kind {
    use std::io::Read;
    let Ok(meta) = std::fs::symlink_metadata(path) else { return Kind::Nothing };
    if !meta.is_file() {
        return Kind::Sealed;
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| f.read(&mut header)).unwrap_or(0);
    match read {
        0 => Kind::Nothing,
        16 if &header == b"SQLite format 3\0" => Kind::Plain,
        _ => Kind::Sealed,
    }
}

/// Whether a file that is not plain SQLite has the shape of an encrypted one: whole pages of
/// SQLCipher's default 4096 bytes. (Text or a truncated file has not.)
pub fn looks_encrypted(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() >= 4096 && m.len().is_multiple_of(4096))
}

/// The error for a key that does not open a file.
pub(crate) fn wrong_key(path: &Path) -> Error {
    Error::invalid("path", Msg::new("err-other-key").arg("path", path.display().to_string()))
}
