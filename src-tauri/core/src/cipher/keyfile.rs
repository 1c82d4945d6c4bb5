//! The key file, `mend-key.json` beside the database: the diary's key wrapped twice, once by
//! her passphrase and once by her recovery code. Each wrap derives a 256-bit key from the
//! secret with Argon2id (version 0x13; parameters below, kept in the file) and a random 16-byte
//! salt, then seals the diary key with XChaCha20-Poly1305 under a random 24-byte nonce, the
//! file's id and the slot's name as associated data. A wrong secret fails the AEAD's tag and
//! is refused; nothing in the file opens the diary without one of the two secrets. Changing the
//! passphrase rewrites this file only; the database is not re-encrypted.

use std::path::{Path, PathBuf};

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::{hex, random_fill, unhex, Key};
use crate::error::{Error, Result};
use crate::i18n::Msg;

/// The key file's name in the data folder.
pub const KEY_FILE: &str = "mend-key.json";
/// The most a key file may hold; a larger one is not Mend's.
const MAX_BYTES: u64 = 64 * 1024;

/// Argon2id's cost, as kept in the key file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Kdf {
    /// Memory in KiB.
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl Kdf {
    /// Mend's parameters: 128 MiB, 4 passes, 1 lane: about 0.4 s on the 2-core machine Mend
    /// is measured on (OWASP's minimum for Argon2id is 19 MiB and 2 passes).
    pub const DEFAULT: Kdf = Kdf { memory_kib: 128 * 1024, iterations: 4, parallelism: 1 };

    /// The smallest cost a key file may ask for (`plausible`): for tests that are not about
    /// the cost.
    pub const SMALLEST: Kdf = Kdf { memory_kib: 8 * 1024, iterations: 1, parallelism: 1 };

    /// The cost a new key file gets: `DEFAULT`. In debug builds only, `MEND_TEST_SMALLEST_KDF=1`
    /// gives `SMALLEST` instead, for tests that run whole commands many times and are not about
    /// the cost (the crash tests kill dozens of encryptions and syncs); a release build never
    /// reads the variable.
    pub fn for_new_keys() -> Kdf {
        if cfg!(debug_assertions) && std::env::var_os("MEND_TEST_SMALLEST_KDF").is_some_and(|v| v == "1") {
            return Kdf::SMALLEST;
        }
        Kdf::DEFAULT
    }

    /// Parameters a key file may ask for: enough to be safe, not so much that a planted file
    /// makes Mend take gigabytes or minutes.
    pub(crate) fn plausible(&self) -> bool {
        (8 * 1024..=1024 * 1024).contains(&self.memory_kib)
            && (1..=32).contains(&self.iterations)
            && (1..=8).contains(&self.parallelism)
    }

    pub(crate) fn derive(&self, secret: &[u8], salt: &[u8]) -> Result<Zeroizing<[u8; 32]>> {
        let params = Params::new(self.memory_kib, self.iterations, self.parallelism, Some(32))
            .map_err(|_| damaged_key_file("argon2 parameters"))?;
        let mut out = Zeroizing::new([0u8; 32]);
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(secret, salt, out.as_mut())
            .map_err(|_| damaged_key_file("argon2 input"))?;
        Ok(out)
    }
}

/// The diary key sealed by one secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    salt: String,
    nonce: String,
    sealed: String,
}

/// Which secret a slot is sealed by (also the slot's associated data).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secret<'a> {
    Passphrase(&'a str),
    RecoveryCode(&'a str),
}

/// The key file's contents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct KeyFile {
    /// Always "mend-key".
    format: String,
    version: u32,
    /// A random id for this diary's key: names it in the keychain and in the associated data.
    pub id: String,
    kdf: Kdf,
    passphrase: Slot,
    recovery_code: Slot,
    /// Whether this computer's keychain also holds the key.
    #[serde(default)]
    pub keychain: bool,
    /// Lock the window after this many minutes without use (none when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_lock_minutes: Option<u32>,
    /// What reminders need while the diary is locked (the store's `reminders::Plan`): settings
    /// and the last slot sent, none of her words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reminders: Option<serde_json::Value>,
    /// Her language, so the lock screen speaks it before the diary (which holds her choice) opens.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

fn damaged_key_file(detail: &str) -> Error {
    Error::invalid("keyFile", Msg::new("err-key-file-damaged").arg("detail", detail))
}

impl KeyFile {
    /// A new key file for `key`, sealed by `passphrase` and `recovery_code`.
    pub fn new(key: &Key, passphrase: &str, recovery_code: &str, kdf: Kdf) -> Result<KeyFile> {
        let mut id = [0u8; 16];
        random_fill(&mut id)?;
        let mut file = KeyFile {
            format: "mend-key".into(),
            version: 1,
            id: hex(&id),
            kdf,
            passphrase: Slot { salt: String::new(), nonce: String::new(), sealed: String::new() },
            recovery_code: Slot { salt: String::new(), nonce: String::new(), sealed: String::new() },
            keychain: false,
            idle_lock_minutes: None,
            reminders: None,
            language: None,
        };
        file.passphrase = file.seal(key, Secret::Passphrase(passphrase))?;
        file.recovery_code = file.seal(key, Secret::RecoveryCode(recovery_code))?;
        Ok(file)
    }

    fn aad(&self, secret: Secret) -> Vec<u8> {
        let slot = match secret {
            Secret::Passphrase(_) => "passphrase",
            Secret::RecoveryCode(_) => "recovery-code",
        };
        format!("mend-key/1/{}/{slot}", self.id).into_bytes()
    }

    fn secret_bytes(secret: Secret) -> Zeroizing<Vec<u8>> {
        Zeroizing::new(match secret {
            Secret::Passphrase(p) => p.as_bytes().to_vec(),
            Secret::RecoveryCode(c) => super::recovery::normalise(c).unwrap_or_default().into_bytes(),
        })
    }

    fn seal(&self, key: &Key, secret: Secret) -> Result<Slot> {
        let (mut salt, mut nonce) = ([0u8; 16], [0u8; 24]);
        random_fill(&mut salt)?;
        random_fill(&mut nonce)?;
        let wrapping = self.kdf.derive(&Self::secret_bytes(secret), &salt)?;
        let aad = self.aad(secret);
        let sealed = XChaCha20Poly1305::new(wrapping.as_slice().into())
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: key.bytes(), aad: &aad })
            .map_err(|_| damaged_key_file("seal"))?;
        Ok(Slot { salt: hex(&salt), nonce: hex(&nonce), sealed: hex(&sealed) })
    }

    /// The diary key, if `secret` is right. A wrong one is an `invalid_input` on the field
    /// she typed it in.
    pub fn open(&self, secret: Secret) -> Result<Key> {
        let (slot, wrong) = match secret {
            Secret::Passphrase(_) => (&self.passphrase, Error::invalid("passphrase", Msg::new("err-wrong-passphrase"))),
            Secret::RecoveryCode(code) => {
                if super::recovery::normalise(code).is_none() {
                    return Err(Error::invalid("recoveryCode", Msg::new("err-not-a-recovery-code")));
                }
                (&self.recovery_code, Error::invalid("recoveryCode", Msg::new("err-wrong-recovery-code")))
            }
        };
        let salt = unhex(&slot.salt).ok_or_else(|| damaged_key_file("salt"))?;
        let nonce = unhex(&slot.nonce).filter(|n| n.len() == 24).ok_or_else(|| damaged_key_file("nonce"))?;
        let sealed = unhex(&slot.sealed).ok_or_else(|| damaged_key_file("sealed key"))?;
        let wrapping = self.kdf.derive(&Self::secret_bytes(secret), &salt)?;
        let aad = self.aad(secret);
        let opened = Zeroizing::new(
            XChaCha20Poly1305::new(wrapping.as_slice().into())
                .decrypt(XNonce::from_slice(&nonce), Payload { msg: &sealed, aad: &aad })
                .map_err(|_| wrong)?,
        );
        let bytes: [u8; 32] = opened.as_slice().try_into().map_err(|_| damaged_key_file("key length"))?;
        Ok(Key::from_bytes(bytes))
    }

    /// Seals `key` by a new passphrase, keeping the recovery code's slot.
    pub fn with_passphrase(&self, key: &Key, passphrase: &str) -> Result<KeyFile> {
        let mut file = self.clone();
        file.passphrase = file.seal(key, Secret::Passphrase(passphrase))?;
        Ok(file)
    }

    /// The Argon2id parameters in force.
    pub fn kdf(&self) -> Kdf {
        self.kdf
    }

    /// The key file of the diary in `home`, if there is one. A file that is not a key file
    /// Mend wrote is refused with a sentence.
    pub fn read(home: &Path) -> Result<Option<KeyFile>> {
        let path = home.join(KEY_FILE);
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(meta) => meta,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => return Err(Error::Io { path, source }),
        };
        if !meta.is_file() || meta.len() > MAX_BYTES {
            return Err(damaged_key_file("not a small regular file"));
        }
        let bytes = std::fs::read(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
        let file: KeyFile = serde_json::from_slice(&bytes).map_err(|e| damaged_key_file(&e.to_string()))?;
        if file.format != "mend-key" || file.version != 1 {
            return Err(damaged_key_file("format"));
        }
        if !file.kdf.plausible() {
            return Err(damaged_key_file("argon2 parameters out of range"));
        }
        Ok(Some(file))
    }

    /// Writes the key file into `home` atomically (a private temporary file, synced, renamed).
    pub fn write(&self, home: &Path) -> Result<PathBuf> {
        let path = home.join(KEY_FILE);
        let temp = crate::files::temp_file(home, "mend-key", ".json")?;
        let written = (|| {
            std::fs::write(&temp, serde_json::to_vec_pretty(self).expect("a key file serializes"))
                .map_err(|source| Error::Io { path: temp.clone(), source })?;
            crate::files::sync(&temp)?;
            crate::platform::rename(&temp, &path).map_err(|source| Error::Io { path: path.clone(), source })?;
            crate::files::sync(&path)
        })();
        if written.is_err() {
            let _ = std::fs::remove_file(&temp);
        }
        written.map(|()| path)
    }

    /// Removes the key file from `home` (after the diary was decrypted).
    pub fn remove(home: &Path) -> Result<()> {
        let path = home.join(KEY_FILE);
        match std::fs::remove_file(&path) {
            Ok(()) => crate::files::sync_dir(home),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(source) => Err(Error::Io { path, source }),
        }
    }
}
