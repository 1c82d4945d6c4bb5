//! The command line on a locked diary: `mend encrypt`, `mend decrypt`, `mend passphrase`, and
//! unlocking before any other command. A passphrase comes from the keychain (when she chose
//! it), from `MEND_PASSPHRASE`, or from a prompt at a terminal that does not echo it; with
//! none of them the command stops with "this diary is locked", and never starts an empty
//! diary in its place.

use std::io::IsTerminal;

use clap::Args;
use zeroize::Zeroizing;

use mend_core::i18n::{Lang, Msg};
use mend_core::store::{Mode, Secret};
use mend_core::Store;

/// The passphrase of an encrypted diary, for any command.
pub const PASSPHRASE_ENV: &str = "MEND_PASSPHRASE";
/// The new passphrase, for `mend passphrase`.
pub const NEW_PASSPHRASE_ENV: &str = "MEND_NEW_PASSPHRASE";

/// `mend encrypt`.
#[derive(Args)]
pub struct Encrypt {
    /// Also keep the key in this computer's keychain, so Mend opens without asking here.
    #[arg(long)]
    pub keychain: bool,
}

/// `mend passphrase`.
#[derive(Args)]
pub struct Passphrase {
    /// Set a new passphrase with the recovery code instead of the current passphrase.
    #[arg(long, value_name = "CODE")]
    pub recovery_code: Option<String>,
}

fn env(name: &str) -> Option<Zeroizing<String>> {
    std::env::var(name).ok().filter(|p| !p.is_empty()).map(Zeroizing::new)
}

fn prompt(text: &str) -> mend_core::Result<Zeroizing<String>> {
    rpassword::prompt_password(text)
        .map(Zeroizing::new)
        .map_err(|source| mend_core::Error::Io { path: std::path::PathBuf::from("(terminal)"), source })
}

/// A new passphrase: from `var`, else asked twice at a terminal; without either, an error
/// naming `var`.
fn new_passphrase(var: &str, lang: Lang) -> mend_core::Result<Zeroizing<String>> {
    if let Some(p) = env(var) {
        return Ok(p);
    }
    if !std::io::stdin().is_terminal() {
        return Err(mend_core::Error::invalid("newPassphrase", Msg::new("cli-no-new-passphrase").arg("var", var)));
    }
    let first = prompt(&Msg::new("cli-new-passphrase").render(lang))?;
    let again = prompt(&Msg::new("cli-new-passphrase-again").render(lang))?;
    if *first != *again {
        return Err(mend_core::Error::invalid("newPassphrase", Msg::new("cli-passphrases-differ")));
    }
    Ok(first)
}

/// Unlocks `store` if it is locked: the keychain, then `MEND_PASSPHRASE`, then a prompt. A
/// wrong passphrase at the prompt may be typed again, up to three times.
pub fn unlock(store: &Store, lang: Lang) -> mend_core::Result<()> {
    if store.mode() != Mode::Locked || store.unlock_from_keychain().unwrap_or(false) {
        return Ok(());
    }
    if let Some(p) = env(PASSPHRASE_ENV) {
        return store.unlock(Secret::Passphrase(&p));
    }
    if !std::io::stdin().is_terminal() {
        return Err(mend_core::Error::invalid("passphrase", Msg::new("cli-locked")));
    }
    let mut tries = 0;
    loop {
        let p = prompt(&Msg::new("cli-passphrase").render(lang))?;
        match store.unlock(Secret::Passphrase(&p)) {
            Err(e) if e.field() == Some("passphrase") && tries < 2 => {
                eprintln!("mend: {}", e.message_in(lang));
                tries += 1;
            }
            other => return other,
        }
    }
}

/// `mend encrypt`: says what is at stake, takes the new passphrase, and prints the recovery code.
pub fn encrypt(store: &Store, args: Encrypt, lang: Lang) -> mend_core::Result<String> {
    eprintln!("{}", Msg::new("cli-encrypt-warning").render(lang));
    let passphrase = new_passphrase(PASSPHRASE_ENV, lang)?;
    let locked = store.encrypt(&passphrase, args.keychain)?;
    let mut out = Msg::new("cli-encrypted").arg("code", locked.recovery_code.as_str()).render(lang);
    for file in locked.left_plain {
        out.push('\n');
        out.push_str(&Msg::new("cli-left-plain").arg("file", file).render(lang));
    }
    Ok(out)
}

/// `mend passphrase`: a new passphrase, given the current one (the usual way) or the code.
pub fn passphrase(store: &Store, args: Passphrase, lang: Lang) -> mend_core::Result<String> {
    match args.recovery_code {
        Some(code) => {
            let new = new_passphrase(PASSPHRASE_ENV, lang)?;
            store.change_passphrase(Secret::RecoveryCode(&code), &new)?;
        }
        None => {
            unlock(store, lang)?;
            let new = new_passphrase(NEW_PASSPHRASE_ENV, lang)?;
            store.rewrap(&new)?;
        }
    }
    Ok(Msg::new("cli-passphrase-changed").render(lang))
}
