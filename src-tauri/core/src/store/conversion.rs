//! Converting her diary's files between plain and encrypted (see `lock`): the live database,
//! in place under the store's lock, and the copies beside it (backups, what recovery kept),
//! each atomically; and reading from the files alone whether the diary is encrypted.

use std::path::Path;

use super::{Mode, Session, Store};
use crate::backup;
use crate::cipher::{convert, Key, KeyFile, Kind};
use crate::error::{Error, Result};
use crate::files::{sync, temp_file, DB_FILE};
use crate::i18n::Msg;

/// The backup files of `home` and the copies recovery kept beside the database.
fn old_copies(home: &Path) -> Vec<std::path::PathBuf> {
    let mut files = backup::files(home);
    if let Ok(entries) = std::fs::read_dir(home) {
        files.extend(entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            name.starts_with("mend-damaged-") && name.ends_with(".sqlite3") && p.is_file()
        }));
    }
    files
}

/// Converts every old copy in `home` that is not yet `to` (a key, or plain), each atomically.
/// Returns the names of those that could not be (a damaged copy cannot be read to convert).
pub(super) fn convert_copies(home: &Path, from: Option<&Key>, to: Option<&Key>) -> Vec<String> {
    let want = if to.is_some() { Kind::Sealed } else { Kind::Plain };
    old_copies(home)
        .into_iter()
        .filter(|p| crate::cipher::kind(p) != want && crate::cipher::kind(p) != Kind::Nothing)
        .filter(|p| convert::in_place(p, from, to).is_err())
        .map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default())
        .collect()
}

/// Whether the diary in `home` is encrypted: its key file is there, and its database is not
/// a plain SQLite file (a missing one is restored from encrypted backups, under the key) or
/// encrypted copies sit beside a plain one (a plain file put in the encrypted one's place: it
/// must not be opened, and her new entries written in clear, without a word).
pub(super) fn encrypted(home: &Path) -> bool {
    home.join(crate::cipher::KEY_FILE).exists()
        && (crate::cipher::kind(&home.join(DB_FILE)) != Kind::Plain
            || old_copies(home).iter().any(|p| crate::cipher::kind(p) == Kind::Sealed))
}

/// Whether no other Mend has the diary in `home` open (under `key`): what a temporary file
/// beside it needs to be written. False if there is no diary to ask.
pub(super) fn unused(home: &Path, key: Option<&Key>) -> bool {
    let db = home.join(DB_FILE);
    db.is_file() && convert::alone(&db, key)
}

/// Removes the key file of a plain diary whose every copy is plain too: what a kill leaves
/// after turning encryption off (the key file goes last) or before turning it on took effect
/// (it goes first). Anything encrypted left in the folder keeps it.
pub(super) fn remove_stale_key_file(home: &Path) {
    let db = home.join(DB_FILE);
    if !home.join(crate::cipher::KEY_FILE).exists() || crate::cipher::kind(&db) != Kind::Plain {
        return;
    }
    if old_copies(home).iter().all(|p| crate::cipher::kind(p) != Kind::Sealed) {
        let _ = KeyFile::remove(home);
    }
}

impl Store {
    /// Converts the live database from `from` to `to` (a key, or plain): a checked copy in a
    /// private temporary file, then the live file closed and the copy renamed over it, then
    /// opened again. If another Mend has the file open (its WAL outlives this connection), the
    /// copy is dropped and nothing changes.
    pub(super) fn convert_live(
        &self,
        session: &mut Session,
        home: &Path,
        from: Option<&Key>,
        to: Option<&Key>,
    ) -> Result<()> {
        let db = home.join(DB_FILE);
        let expected = convert::rows(session)?;
        let temp = temp_file(home, "mend-incoming", ".sqlite3")?;
        // The copy is put in WAL mode before it takes the live file's place, so opening it
        // there writes nothing: a switch made after the rename would go through a rollback
        // journal, and a kill in it would leave a hot journal beside the new file.
        let copied = convert::export(session, &temp, to)
            .and_then(|()| convert::verify_copy(&temp, to, &expected))
            .and_then(|()| convert::wal(&temp, to))
            .and_then(|()| sync(&temp));
        if let Err(e) = copied {
            let _ = std::fs::remove_file(&temp);
            return Err(e);
        }
        // Closing the last connection checkpoints the WAL into the file and removes it. Another
        // Mend with the file open keeps its WAL there (even empty) and a shared lock on it.
        let mode = self.mode();
        session.replace(crate::db::open_in_memory()?, mode.clone());
        let wal = home.join(format!("{DB_FILE}-wal"));
        if wal.exists() || !convert::alone(&db, from) {
            let _ = std::fs::remove_file(&temp);
            session.replace(crate::db::open_file(&db, from)?, mode);
            return Err(Error::invalid("encryption", Msg::new("err-diary-in-use")));
        }
        let _ = std::fs::remove_file(home.join(format!("{DB_FILE}-shm")));
        let _ = std::fs::remove_file(&wal);
        if let Err(source) = crate::platform::rename(&temp, &db) {
            let _ = std::fs::remove_file(&temp);
            session.replace(crate::db::open_file(&db, from)?, mode);
            return Err(Error::Io { path: db, source });
        }
        sync(&db)?;
        self.state.write().unwrap_or_else(|p| p.into_inner()).key = to.cloned();
        session.replace(crate::db::open_file(&db, to)?, Mode::Own);
        Ok(())
    }
}
