//! Keeping her data safe through the store: export, import, backups, restore, health checks
//! and recovery from a damaged database file.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;

use super::Store;
use crate::backup::{self, Backup};
use crate::db::{Damage, DB_FILE};
use crate::error::{Error, Result};
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
    fn home(&self) -> Result<&Path> {
        self.home
            .as_deref()
            .ok_or_else(|| Error::invalid("path", "This store has no data folder (it lives in memory)."))
    }

    /// The whole database as a JSON document or long-format CSV.
    pub fn export(&self, format: Format) -> Result<Vec<u8>> {
        let conn = self.conn();
        match format {
            Format::Json => {
                let doc = transfer::export_json(&conn, &self.clock.timestamp())?;
                Ok(serde_json::to_vec_pretty(&doc).expect("documents serialize"))
            }
            Format::Csv => transfer::export_csv(&conn),
        }
    }

    /// Exports to `path` (created readable by the user only).
    pub fn export_to(&self, format: Format, path: &Path) -> Result<()> {
        transfer::write_private(path, &self.export(format)?)
    }

    /// Imports a JSON or CSV file, all or nothing; a dry run reports without changing anything.
    pub fn import_file(&self, path: &Path, dry_run: bool) -> Result<Report> {
        let (_, incoming) = transfer::read_file(path, self.today())?;
        transfer::apply(&mut self.conn(), &incoming, dry_run, &self.clock.timestamp())
    }

    /// Takes today's backup if there is none yet (once a day, at start).
    pub fn daily_backup(&self) -> Result<Option<PathBuf>> {
        let home = self.home()?.to_path_buf();
        backup::daily(&self.conn(), &home, self.today())
    }

    /// Backs up now, to `dest` or to `backups/mend-<timestamp>.sqlite3`.
    pub fn backup_to(&self, dest: Option<&Path>) -> Result<PathBuf> {
        let path = match dest {
            Some(p) => p.to_path_buf(),
            None => {
                let stamp = self.clock.now().format("%Y-%m-%dT%H-%M-%S");
                self.home()?.join(backup::DIR).join(format!("mend-manual-{stamp}.sqlite3"))
            }
        };
        backup::copy_to(&self.conn(), &path)?;
        Ok(path)
    }

    /// Every backup, newest first.
    pub fn backups(&self) -> Result<Vec<Backup>> {
        backup::list(self.home()?)
    }

    /// The newest backup that passes the health check, for the recovery screen.
    pub fn newest_good_backup(&self) -> Result<Option<Backup>> {
        backup::newest_good(self.home()?)
    }

    /// Restores a backup file (after backing up the current data). Returns the safety copy.
    pub fn restore(&self, source: &Path) -> Result<PathBuf> {
        let home = self.home()?.to_path_buf();
        let stamp = self.clock.timestamp();
        backup::restore(&mut self.conn(), &home, source, &stamp)
    }

    /// Integrity, schema version and size.
    pub fn check(&self) -> Result<Health> {
        let conn = self.conn();
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        let schema_version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let entries = conn.query_row(
            "SELECT (SELECT count(*) FROM pain) + (SELECT count(*) FROM exercise) + (SELECT count(*) FROM calcium)",
            [],
            |r| r.get(0),
        )?;
        Ok(Health { integrity, schema_version, supported_version: crate::db::latest_version(), entries })
    }

    /// What is wrong with the data file, when Mend opened in recovery mode.
    pub fn damage(&self) -> Option<Damage> {
        self.damage.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Leaves recovery mode: `"restore_backup"` puts the newest good backup in place,
    /// `"start_new"` starts an empty database. Either way the damaged file is kept beside it
    /// as `mend-damaged-<stamp>.sqlite3`. Returns that file's path.
    pub fn recover(&self, action: &Value) -> Result<PathBuf> {
        let home = self.home()?.to_path_buf();
        if self.damage().is_none() {
            return Err(Error::invalid("action", "The data file is healthy; there is nothing to recover."));
        }
        let restore = match action.as_str() {
            Some("restore_backup") => Some(
                self.newest_good_backup()?
                    .ok_or_else(|| Error::NotFound("There is no readable backup to restore.".into()))?,
            ),
            Some("start_new") => None,
            _ => return Err(Error::invalid("action", "Choose \"restore_backup\" or \"start_new\".")),
        };
        let stamp = self.clock.now().format("%Y-%m-%dT%H-%M-%S").to_string();
        let kept = home.join(format!("mend-damaged-{stamp}.sqlite3"));
        let db = home.join(DB_FILE);
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io { path, source }
        };
        std::fs::rename(&db, &kept).map_err(io(&db))?;
        for suffix in ["-wal", "-shm"] {
            let side = home.join(format!("{DB_FILE}{suffix}"));
            if side.exists() {
                std::fs::rename(&side, home.join(format!("mend-damaged-{stamp}.sqlite3{suffix}")))
                    .map_err(io(&side))?;
            }
        }
        if let Some(b) = restore {
            std::fs::copy(&b.path, &db).map_err(io(&db))?;
        }
        *self.conn() = crate::db::open_in(&home)?;
        *self.damage.lock().unwrap_or_else(|p| p.into_inner()) = None;
        Ok(kept)
    }
}
