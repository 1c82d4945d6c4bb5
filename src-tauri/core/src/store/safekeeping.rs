//! Keeping her data safe through the store: export, import, backups, restore, health checks
//! and recovery from a damaged database file.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Mode, Store};
use crate::backup::{self, Backup};
use crate::damage::Damage;
use crate::error::{Error, Result};
use crate::files::DB_FILE;
use crate::i18n::Msg;
use crate::requests::RecoverAction;
use crate::transfer::{self, Format, Report};

/// What `mend check` reports.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Health {
    pub integrity: String,
    pub schema_version: i64,
    pub supported_version: usize,
    pub entries: i64,
}

impl Store {
    pub(super) fn home(&self) -> Result<PathBuf> {
        self.read_state(|s| s.home.clone()).ok_or_else(|| Error::invalid("path", Msg::new("err-no-data-folder")))
    }

    /// The whole database as a JSON document or long-format CSV.
    pub fn export(&self, format: Format) -> Result<Vec<u8>> {
        let conn = self.session()?;
        match format {
            Format::Json => {
                let doc = transfer::export_json(&conn, &conn.stamp)?;
                Ok(serde_json::to_vec_pretty(&doc).expect("documents serialize"))
            }
            Format::Csv => transfer::export_csv(&conn),
        }
    }

    /// Exports to `path` (created readable by the user only). A CSV file starts with a UTF-8
    /// byte order mark, without which Excel on Windows reads it in the system's code page and
    /// garbles Chinese notes; the importer skips it.
    pub fn export_to(&self, format: Format, path: &Path) -> Result<()> {
        let mut bytes = self.export(format)?;
        if format == Format::Csv {
            bytes.splice(0..0, transfer::UTF8_BOM.iter().copied());
        }
        transfer::write_private(path, &bytes)
    }

    /// Imports a JSON or CSV file, all or nothing; a dry run reports without changing anything.
    pub fn import_file(&self, path: &Path, dry_run: bool) -> Result<Report> {
        self.import_file_with(path, dry_run, &transfer::apps::Options::default())
    }

    /// Imports any file Mend reads (its own, or another app's recognised by its content) with
    /// the choices she made in the preview. A CSV that is no app's is imported only through her
    /// column mapping: without one, a dry run says which columns it has, and an import refuses.
    pub fn import_file_with(&self, path: &Path, dry_run: bool, options: &transfer::apps::Options) -> Result<Report> {
        let lang = self.language();
        let incoming = transfer::read_any(path, self.today(), options, lang, transfer::apps::system_local)?;
        if let (Some(columns), false) = (&incoming.extras.needs_map, dry_run) {
            return Err(transfer::apps::needs_map(columns));
        }
        let mut session = self.session()?;
        let (stamp, lang) = (session.stamp.clone(), session.lang);
        transfer::apply(&mut session, &incoming, dry_run, &stamp, lang)
    }

    /// Her own data folder, for backups and restore; refused in sample-data mode so that the
    /// made-up data never lands in (or replaces) her backups.
    pub(super) fn own_home(&self) -> Result<PathBuf> {
        if self.is_demo() {
            return Err(Error::invalid("demo", Msg::new("err-sample-data-backups")));
        }
        self.home()
    }

    /// Takes today's backup if there is none yet (once a day, at start).
    pub fn daily_backup(&self) -> Result<Option<PathBuf>> {
        let home = self.own_home()?;
        let session = self.session()?;
        backup::daily(&session, &home, session.today, &session.stamp, session.key().as_ref())
    }

    /// Backs up now, to `dest` or to `backups/mend-manual-<timestamp>.sqlite3`.
    pub fn backup_to(&self, dest: Option<&Path>) -> Result<PathBuf> {
        let path = match dest {
            Some(p) => p.to_path_buf(),
            None => {
                let stamp = self.clock.now().format("%Y-%m-%dT%H-%M-%S");
                backup::folder(&self.own_home()?)?.join(format!("mend-manual-{stamp}.sqlite3"))
            }
        };
        if self.is_demo() {
            self.own_home()?;
        }
        let session = self.session()?;
        backup::copy_to(&session, &path, &session.stamp, session.key().as_ref())?;
        Ok(path)
    }

    /// Every backup, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        backup::list(&self.home()?, self.key().as_ref())
    }

    /// The newest backup that passes every check, for the recovery screen.
    pub fn newest_good_backup(&self) -> Result<Option<Backup>> {
        backup::newest_good(&self.home()?, self.key().as_ref())
    }

    /// Restores a backup file after checking it in full (the current data is backed up first).
    /// In recovery mode (the live file damaged or missing) it takes the damaged file's place
    /// instead. Returns the copy of what it replaced.
    pub fn restore(&self, source: &Path) -> Result<PathBuf> {
        let home = self.own_home()?;
        if self.damage().is_some() {
            return self.recover_with(Some(source)).map(|kept| kept.unwrap_or_else(|| home.join(DB_FILE)));
        }
        let mut session = self.session()?;
        let stamp = session.stamp.clone();
        let key = session.key();
        let kept = backup::restore(&mut session, &home, source, &stamp, key.as_ref())?;
        self.reread_language(&session)?;
        Ok(kept)
    }

    /// Integrity (SQLite's full check), Mend's own checks, schema version and size.
    pub fn check(&self) -> Result<Health> {
        let conn = self.session()?;
        let integrity = crate::repo::meta::check(&conn, true)?.join("; ");
        if integrity != "ok" {
            return Err(Error::Damaged(Damage::Corrupt { detail: integrity }));
        }
        let schema_version = crate::repo::meta::version(&conn)?;
        let entries = crate::repo::entries::count_all(&conn)?;
        Ok(Health { integrity, schema_version, supported_version: crate::schema::latest_version(), entries })
    }

    /// What is wrong with the data file, when Mend opened in recovery mode.
    pub fn damage(&self) -> Option<Damage> {
        match self.mode() {
            Mode::Recovery(damage) => Some(damage),
            Mode::Own | Mode::Sample | Mode::Locked => None,
        }
    }

    /// Leaves recovery mode: `"restore_backup"` puts the newest good backup in place,
    /// `"start_new"` starts an empty database. Either way the damaged file (if any) is kept
    /// beside it as `mend-damaged-<stamp>.sqlite3`, whose path is returned.
    pub fn recover(&self, action: RecoverAction) -> Result<Option<PathBuf>> {
        if self.damage().is_none() {
            return Err(Error::invalid("action", Msg::new("err-nothing-to-recover")));
        }
        match action {
            RecoverAction::RestoreBackup => {
                let newest =
                    self.newest_good_backup()?.ok_or_else(|| Error::NotFound(Msg::new("err-no-backup-to-restore")))?;
                self.recover_with(Some(&newest.path))
            }
            RecoverAction::StartNew => self.recover_with(None),
        }
    }

    /// Puts a checked, migrated copy of `source` (or an empty database) in place of the damaged
    /// or missing file, keeping what was there; crash-safe at every step (see `backup::install`).
    fn recover_with(&self, source: Option<&Path>) -> Result<Option<PathBuf>> {
        let home = self.home()?;
        let key = self.key();
        let incoming = match source {
            Some(path) => backup::prepare(&home, path, key.as_ref())?,
            None => backup::prepare_empty(&home, key.as_ref())?,
        };
        let stamp = self.clock.now().format("%Y-%m-%dT%H-%M-%S").to_string();
        let kept = backup::install(&home, &incoming, &format!("mend-damaged-{stamp}.sqlite3"));
        if kept.is_err() {
            let _ = std::fs::remove_file(&incoming);
        }
        let kept = kept?;
        let mut session = self.session()?;
        session.replace(crate::db::open_file(&home.join(DB_FILE), key.as_ref())?, Mode::Own);
        self.reread_language(&session)?;
        Ok(kept)
    }
}

/// What the recovery screen shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryStatus {
    pub kind: Damage,
    /// What is wrong, in her language.
    pub message: String,
    pub newest_backup: Option<Backup>,
}

impl Store {
    /// What went wrong with the data file, if Mend opened in recovery mode.
    pub fn recovery_status(&self) -> Result<Option<RecoveryStatus>> {
        let Some(kind) = self.damage() else { return Ok(None) };
        let newest_backup = self.newest_good_backup()?;
        Ok(Some(RecoveryStatus { message: kind.msg().render(self.language()), kind, newest_backup }))
    }

    /// Restores one of the listed backups by its file name (the current data is backed up first).
    pub fn restore_named(&self, file: &str) -> Result<PathBuf> {
        let backup = self
            .backups()?
            .into_iter()
            .find(|b| b.file == file)
            .ok_or_else(|| Error::NotFound(Msg::new("err-backup-gone")))?;
        self.restore(&backup.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_file_starts_with_a_bom_for_excel_and_imports_back_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let source = Store::open_in_memory().unwrap();
        let diary = dir.path().join("diary.csv");
        std::fs::write(
            &diary,
            "kind,id,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\n\
             pain,,2026-11-20,08:00,4,lower_back,,,,,,抱孩子后腰疼\n",
        )
        .unwrap();
        source.import_file(&diary, false).unwrap();
        let file = dir.path().join("mend-export.csv");
        source.export_to(Format::Csv, &file).unwrap();
        let bytes = std::fs::read(&file).unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBFkind,"), "{:?}", &bytes[..8]);
        assert_eq!(bytes[3..], source.export(Format::Csv).unwrap()[..], "the BOM, then the same CSV");
        let target = Store::open_in_memory().unwrap();
        let report = target.import_file(&file, false).unwrap();
        assert_eq!(report.added.pain, 1);
        assert_eq!(target.export(Format::Csv).unwrap(), source.export(Format::Csv).unwrap());
        assert!(String::from_utf8(target.export(Format::Csv).unwrap()).unwrap().contains("抱孩子后腰疼"));
        // JSON has no BOM: it is not for spreadsheets, and JSON forbids one.
        source.export_to(Format::Json, &dir.path().join("m.json")).unwrap();
        assert_eq!(std::fs::read(dir.path().join("m.json")).unwrap()[0], b'{');
    }
}
