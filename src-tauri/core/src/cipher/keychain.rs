//! The system's keychain, through the `keyring` crate: the Secret Service on Linux (GNOME
//! Keyring, KWallet), the Keychain on macOS, the Credential Manager on Windows. It keeps the
//! diary's key (hex) under the service "org.mend.Mend" and the key file's id, so this
//! computer opens her diary without asking. Mend asks the keychain only when the key file says
//! she chose it, so a system without one is never probed.

use keyring::Entry;

use super::Key;
use crate::error::{Error, Result};
use crate::i18n::Msg;

const SERVICE: &str = "org.mend.Mend";

fn entry(id: &str) -> Result<Entry> {
    Entry::new(SERVICE, &format!("diary-key-{id}")).map_err(unavailable)
}

fn unavailable(e: keyring::Error) -> Error {
    Error::invalid("keychain", Msg::new("err-keychain").arg("detail", e.to_string()))
}

/// Keeps `key` in the keychain under `id`.
pub fn save(id: &str, key: &Key) -> Result<()> {
    entry(id)?.set_password(&key.to_hex()).map_err(unavailable)
}

/// The key kept under `id`, if the keychain has one that is a key.
pub fn load(id: &str) -> Result<Option<Key>> {
    match entry(id)?.get_password() {
        Ok(hex) => Ok(Key::from_hex(&zeroize::Zeroizing::new(hex))),
        Err(keyring::Error::NoEntry) => Ok(None),
        Err(e) => Err(unavailable(e)),
    }
}

/// Removes the key kept under `id` (none there is fine).
pub fn forget(id: &str) -> Result<()> {
    match entry(id)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(unavailable(e)),
    }
}
