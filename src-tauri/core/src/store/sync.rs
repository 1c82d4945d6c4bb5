//! Sync with her other computers (see `crate::sync`), for her own diary only: never the sample
//! data, never a file waiting for recovery, never while it is locked.

use std::path::Path;

use super::{Mode, Session, Store};
use crate::cipher::Kdf;
use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::sync::{Report, Status};

impl Store {
    /// Her own diary's session, or a sentence saying why sync cannot run now.
    fn own_session(&self) -> Result<Session<'_>> {
        let session = self.session()?;
        match self.mode() {
            Mode::Own => Ok(session),
            _ => Err(Error::invalid("sync", Msg::new("err-sync-not-own"))),
        }
    }

    /// Sync's status, its problems said in her language.
    pub fn sync_status(&self) -> Result<Status> {
        let session = self.session()?;
        crate::sync::status(&session, session.lang)
    }

    /// Turns sync on with `folder` and her sync `phrase`, then syncs once. A folder other
    /// computers already use must open with their phrase; a wrong one changes nothing.
    pub fn sync_start(&self, folder: &Path, phrase: &str) -> Result<Report> {
        self.sync_start_with(folder, phrase, Kdf::for_new_keys())
    }

    /// `sync_start` with another Argon2id cost (tests).
    pub fn sync_start_with(&self, folder: &Path, phrase: &str, kdf: Kdf) -> Result<Report> {
        drop(self.own_session()?);
        // Argon2id takes a while: not while holding the diary.
        let joined = crate::sync::join(folder, phrase)?;
        // Absolute, but not canonicalised: on Windows that gives `\\?\C:\…` paths.
        let folder = std::path::absolute(folder).map_err(|source| Error::Io { path: folder.into(), source })?;
        // The first sync in the same session as the start: between the two, the window's
        // background sync (which sees her diary waiting to be sent) would take what arrives,
        // and she would be told nothing did.
        let mut session = self.own_session()?;
        let (today, stamp, millis) = (session.today, session.stamp.clone(), wall_millis(&session));
        crate::sync::start(&mut session, &folder, &joined, phrase, kdf, millis)?;
        crate::sync::run(&mut session, millis, today, &stamp, &crate::platform::computer_name())
    }

    /// Syncs once with the folder set.
    pub fn sync_now(&self) -> Result<Report> {
        self.sync_now_as(&crate::platform::computer_name())
    }

    /// `sync_now` on the computer called `name` (tests: a diary moved to another computer).
    pub fn sync_now_as(&self, name: &str) -> Result<Report> {
        let mut session = self.own_session()?;
        let (today, stamp, millis) = (session.today, session.stamp.clone(), wall_millis(&session));
        crate::sync::run(&mut session, millis, today, &stamp, name)
    }

    /// Whether sync is on and there is something here not sent yet (the window's debounce).
    pub fn sync_pending(&self) -> bool {
        self.own_session()
            .and_then(|s| Ok(crate::repo::sync::config(&s)?.is_some() && crate::repo::sync::pending(&s)? > 0))
            .unwrap_or(false)
    }

    /// Removes another computer (see `sync::remove_device`).
    pub fn sync_remove_device(&self, device: &str) -> Result<Status> {
        let mut session = self.own_session()?;
        crate::sync::remove_device(&mut session, device)?;
        crate::sync::status(&session, session.lang)
    }

    /// Turns sync off on this computer.
    pub fn sync_stop(&self) -> Result<Status> {
        let session = self.own_session()?;
        crate::sync::stop(&session)?;
        crate::sync::status(&session, session.lang)
    }
}

/// The store's clock now, in ms since 1970 (UTC).
fn wall_millis(session: &Session) -> u64 {
    chrono::DateTime::parse_from_rfc3339(&session.stamp).map_or(0, |t| t.timestamp_millis().max(0) as u64)
}
