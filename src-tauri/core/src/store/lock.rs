//! Locking her diary: turning encryption on and off, unlocking, locking again, and changing
//! the passphrase (see `cipher` for the scheme). Every conversion writes a checked copy and
//! renames it over the original, in an order that a kill at any step leaves her diary whole:
//! turning on, the key file first, then the database, then each backup; turning off, each
//! backup, then the database, then the key file. Whatever a kill leaves half done is finished
//! the next time the diary opens (`open_under`, and `conversion::remove_stale_key_file`).

use std::path::Path;

use serde::Serialize;

use super::conversion::convert_copies;
use super::{Mode, Session, Store};
use crate::cipher::{convert, keychain, recovery, Kdf, Key, KeyFile};
use crate::error::{Error, Result};
use crate::files::DB_FILE;
use crate::i18n::{Lang, Msg};

pub use crate::cipher::keyfile::Secret;

/// The shortest passphrase Mend accepts, in characters.
pub const MIN_PASSPHRASE: usize = 8;
/// The longest, in bytes.
const MAX_PASSPHRASE: usize = 1024;

/// What turning encryption on gives her: the recovery code, shown once, and any old file in
/// the data folder that could not be encrypted (a damaged copy kept by a recovery).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Locked {
    pub recovery_code: String,
    pub left_plain: Vec<String>,
}

/// Whether her diary is encrypted and locked, for Settings, the lock screen and the tray.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockStatus {
    pub encrypted: bool,
    pub locked: bool,
    /// This computer's keychain also holds the key.
    pub keychain: bool,
    pub idle_lock_minutes: Option<u32>,
    /// The Argon2id cost in force (Settings states it).
    pub kdf: Option<Kdf>,
}

/// A new passphrase as she typed it, judged: long enough, not absurdly long.
fn new_passphrase(passphrase: &str) -> Result<&str> {
    if passphrase.trim().chars().count() < MIN_PASSPHRASE {
        return Err(Error::invalid("newPassphrase", Msg::new("err-passphrase-short").arg("min", MIN_PASSPHRASE)));
    }
    if passphrase.len() > MAX_PASSPHRASE {
        return Err(Error::invalid("newPassphrase", Msg::new("err-passphrase-long")));
    }
    Ok(passphrase)
}

fn not_encrypted() -> Error {
    Error::invalid("encryption", Msg::new("err-not-encrypted"))
}

impl Store {
    /// A store for the encrypted diary in `dir`, locked: nothing is read until `unlock`. The
    /// lock screen speaks her language, kept in the key file for it.
    pub(super) fn locked(dir: &Path) -> Result<Store> {
        let mut store = Self::from_connection(crate::db::open_in_memory()?, Mode::Locked)?;
        store.state.get_mut().unwrap_or_else(|p| p.into_inner()).home = Some(dir.to_path_buf());
        let file = KeyFile::read(dir).ok().flatten();
        let chosen = file.as_ref().and_then(|f| f.language.as_deref()).and_then(Lang::parse_tag);
        let plan = file.and_then(|f| f.reminders).and_then(|v| serde_json::from_value(v).ok());
        let mut state = store.state.write().unwrap_or_else(|p| p.into_inner());
        state.chosen = chosen;
        state.plan = plan;
        drop(state);
        Ok(store)
    }

    /// The key her open diary is under.
    pub(super) fn key(&self) -> Option<Key> {
        self.read_state(|s| s.key.clone())
    }

    fn key_file(&self) -> Result<KeyFile> {
        KeyFile::read(&self.home()?)?.ok_or_else(not_encrypted)
    }

    /// Whether her diary is encrypted, locked, and remembered by this computer's keychain.
    pub fn lock_status(&self) -> Result<LockStatus> {
        let locked = self.mode() == Mode::Locked;
        let file = match self.read_state(|s| s.home.clone()) {
            Some(home) if locked || self.key().is_some() => KeyFile::read(&home)?,
            _ => None,
        };
        Ok(LockStatus {
            encrypted: file.is_some(),
            locked,
            keychain: file.as_ref().is_some_and(|f| f.keychain),
            idle_lock_minutes: file.as_ref().and_then(|f| f.idle_lock_minutes),
            kdf: file.as_ref().map(KeyFile::kdf),
        })
    }

    /// Unlocks her diary with her passphrase or her recovery code. A wrong one changes nothing.
    /// Unlocked already, it does nothing.
    pub fn unlock(&self, secret: Secret) -> Result<()> {
        if self.mode() != Mode::Locked {
            return Ok(());
        }
        let key = self.key_file()?.open(secret)?;
        self.open_under(key)
    }

    /// Unlocks her diary with the key this computer's keychain keeps, if she chose that and the
    /// keychain has a key that opens it. False: ask her for the passphrase.
    pub fn unlock_from_keychain(&self) -> Result<bool> {
        if self.mode() != Mode::Locked {
            return Ok(true);
        }
        let file = self.key_file()?;
        if !file.keychain {
            return Ok(false);
        }
        let Some(key) = keychain::load(&file.id)? else { return Ok(false) };
        let db = self.home()?.join(DB_FILE);
        let opens = convert::open_keyed(&db, Some(&key)).is_ok_and(|c| crate::cipher::opens(&c));
        if !opens {
            return Ok(false);
        }
        self.open_under(key).map(|()| true)
    }

    /// Opens her encrypted diary under `key` (in recovery mode if the file is damaged), then
    /// finishes any conversion a kill interrupted.
    fn open_under(&self, key: Key) -> Result<()> {
        let home = self.home()?;
        let mut session = self.any_session();
        if self.mode() != Mode::Locked {
            return Ok(());
        }
        // A killed decryption's plain copy goes before the diary is open.
        crate::backup::remove_stale_temporaries(&home, || super::conversion::unused(&home, Some(&key)));
        let (conn, mode) = match crate::db::open_in(&home, Some(&key)) {
            Ok(conn) => (conn, Mode::Own),
            Err(Error::Damaged(damage)) => (crate::db::open_in_memory()?, Mode::Recovery(damage)),
            Err(e) => return Err(e),
        };
        self.state.write().unwrap_or_else(|p| p.into_inner()).key = Some(key.clone());
        session.replace(conn, mode.clone());
        if mode == Mode::Own {
            self.reread_language(&session)?;
        }
        drop(session);
        convert_copies(&home, None, Some(&key));
        Ok(())
    }

    /// Locks her diary now (idle, or asked): closes it and forgets the key.
    pub fn lock(&self) -> Result<LockStatus> {
        let mut session = self.any_session();
        if self.mode() != Mode::Locked {
            if self.key().is_none() {
                return Err(not_encrypted());
            }
            let plan = crate::reminders::plan(&session).ok();
            if plan.is_some() {
                self.keep_plan(&session)?;
            }
            session.replace(crate::db::open_in_memory()?, Mode::Locked);
            let mut state = self.state.write().unwrap_or_else(|p| p.into_inner());
            state.key = None;
            state.plan = plan;
        }
        drop(session);
        self.lock_status()
    }

    /// Turns encryption on: a new random key, sealed by `passphrase` and a new recovery code
    /// (returned, to show her once), kept in this computer's keychain too if `keychain`; then
    /// her database and every backup are encrypted in place.
    pub fn encrypt(&self, passphrase: &str, keychain: bool) -> Result<Locked> {
        self.encrypt_with(passphrase, keychain, Kdf::for_new_keys())
    }

    /// `encrypt` with Argon2id's cost `kdf` (kept in the key file): tests that are not about
    /// the cost use a small one.
    pub fn encrypt_with(&self, passphrase: &str, keychain: bool, kdf: Kdf) -> Result<Locked> {
        let home = self.own_home()?;
        let passphrase = new_passphrase(passphrase)?;
        let mut session = self.session()?;
        if self.damage().is_some() {
            return Err(Error::invalid("encryption", Msg::new("err-recover-first")));
        }
        if session.key().is_some() {
            return Err(Error::invalid("encryption", Msg::new("err-already-encrypted")));
        }
        let key = Key::random()?;
        let code = recovery::generate()?;
        let mut file = KeyFile::new(&key, passphrase, &code, kdf)?;
        file.language = self.read_state(|s| s.chosen).map(|l| l.tag().to_owned());
        if keychain {
            keychain::save(&file.id, &key)?;
            file.keychain = true;
        }
        // The key file first: an encrypted database never exists without it.
        file.write(&home)?;
        if let Err(e) = self.convert_live(&mut session, &home, None, Some(&key)) {
            let _ = KeyFile::remove(&home);
            if keychain {
                let _ = keychain::forget(&file.id);
            }
            return Err(e);
        }
        self.keep_plan(&session)?;
        drop(session);
        let left_plain = convert_copies(&home, None, Some(&key));
        Ok(Locked { recovery_code: code.to_string(), left_plain })
    }

    /// Turns encryption off: every backup, then her database, are written plain again, and the
    /// key is removed from the key file and the keychain. Her diary must be unlocked.
    pub fn decrypt(&self) -> Result<()> {
        let home = self.own_home()?;
        let mut session = self.session()?;
        let key = session.key().ok_or_else(not_encrypted)?;
        if self.damage().is_some() {
            return Err(Error::invalid("encryption", Msg::new("err-recover-first")));
        }
        let file = self.key_file()?;
        let left = convert_copies(&home, Some(&key), None);
        if let Some(name) = left.first() {
            return Err(Error::invalid("encryption", Msg::new("err-copy-not-converted").arg("file", name.as_str())));
        }
        self.convert_live(&mut session, &home, Some(&key), None)?;
        if file.keychain {
            let _ = keychain::forget(&file.id);
        }
        KeyFile::remove(&home)
    }

    /// Seals the key by a new passphrase, given the current one or the recovery code; the
    /// database is not touched. Works on a locked diary too (a forgotten passphrase).
    pub fn change_passphrase(&self, current: Secret, new: &str) -> Result<()> {
        let home = self.home()?;
        let new = new_passphrase(new)?;
        let file = self.key_file()?;
        let key = file.open(current)?;
        file.with_passphrase(&key, new)?.write(&home)?;
        Ok(())
    }

    /// Checks that `secret` is hers (before turning encryption off from an open window).
    pub fn confirm(&self, secret: Secret) -> Result<()> {
        self.key_file()?.open(secret).map(drop)
    }

    /// Seals the key of her unlocked diary by a new passphrase (she unlocked it already: with
    /// the keychain, the old passphrase, or the code).
    pub fn rewrap(&self, new: &str) -> Result<()> {
        let home = self.home()?;
        let new = new_passphrase(new)?;
        let key =
            self.key().ok_or_else(|| if self.mode() == Mode::Locked { Error::Locked } else { not_encrypted() })?;
        self.key_file()?.with_passphrase(&key, new)?.write(&home)?;
        Ok(())
    }

    /// Keeps the key in this computer's keychain, or removes it from there.
    pub fn set_keychain(&self, on: bool) -> Result<LockStatus> {
        let home = self.home()?;
        let key =
            self.key().ok_or_else(|| if self.mode() == Mode::Locked { Error::Locked } else { not_encrypted() })?;
        let mut file = self.key_file()?;
        if on {
            keychain::save(&file.id, &key)?;
        } else {
            keychain::forget(&file.id)?;
        }
        file.keychain = on;
        file.write(&home)?;
        self.lock_status()
    }

    /// Locks the window after `minutes` without use (None: never; judged at the boundary by
    /// `requests::idle_minutes`).
    pub fn set_idle_lock(&self, minutes: Option<u32>) -> Result<LockStatus> {
        self.session()?;
        let mut file = self.key_file()?;
        file.idle_lock_minutes = minutes;
        file.write(&self.home()?)?;
        self.lock_status()
    }

    /// Keeps what the reminders need while locked beside the key file (an encrypted diary only).
    pub(super) fn keep_plan(&self, session: &Session) -> Result<()> {
        if session.key().is_none() || self.mode() != Mode::Own {
            return Ok(());
        }
        let mut file = self.key_file()?;
        let plan = serde_json::to_value(crate::reminders::plan(session)?).expect("a plan serializes");
        if file.reminders.as_ref() != Some(&plan) {
            file.reminders = Some(plan);
            file.write(&self.home()?)?;
        }
        Ok(())
    }

    /// Keeps her language in the key file too, so the lock screen speaks it.
    pub(super) fn remember_language(&self, lang: Lang) -> Result<()> {
        if self.key().is_none() {
            return Ok(());
        }
        let mut file = self.key_file()?;
        file.language = Some(lang.tag().to_owned());
        file.write(&self.home()?)?;
        Ok(())
    }
}
