//! Her data in and out: export and import with the native file dialogs, backups and restore,
//! and recovery when the data file was found damaged.

use std::path::PathBuf;

use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use mend_core::backup::Backup;
use mend_core::transfer::{Format, Report};
use mend_core::{Error, Store};

use super::{arg, CommandResult, Db};

/// What the recovery screen shows.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryStatus {
    pub kind: mend_core::db::Damage,
    pub message: String,
    pub newest_backup: Option<Backup>,
}

#[tauri::command(async)]
pub fn recovery_status(db: Db) -> CommandResult<Option<RecoveryStatus>> {
    recovery(&db)
}

/// What went wrong with the data file, if Mend opened in recovery mode.
pub fn recovery(db: &Store) -> CommandResult<Option<RecoveryStatus>> {
    let Some(kind) = db.damage() else { return Ok(None) };
    let newest_backup = db.newest_good_backup()?;
    Ok(Some(RecoveryStatus { message: kind.explain(), kind, newest_backup }))
}

#[tauri::command(async)]
pub fn recover(db: Db, action: Option<Value>) -> CommandResult<PathBuf> {
    Ok(db.recover(&arg(action))?)
}

#[tauri::command(async)]
pub fn list_backups(db: Db) -> CommandResult<Vec<Backup>> {
    Ok(db.backups()?)
}

#[tauri::command(async)]
pub fn backup_now(db: Db) -> CommandResult<PathBuf> {
    Ok(db.backup_to(None)?)
}

/// Restores one of the listed backups, by file name (the current data is backed up first).
#[tauri::command(async)]
pub fn restore_backup(db: Db, file: Option<Value>) -> CommandResult<PathBuf> {
    let file = arg(file);
    let backup = db
        .backups()?
        .into_iter()
        .find(|b| Some(b.file.as_str()) == file.as_str())
        .ok_or_else(|| Error::NotFound("That backup is no longer in the backups folder.".into()))?;
    Ok(db.restore(&backup.path)?)
}

fn format_of(value: &Value) -> Result<Format, Error> {
    match value.as_str() {
        Some("json") => Ok(Format::Json),
        Some("csv") => Ok(Format::Csv),
        _ => Err(Error::invalid("format", "Export format must be \"json\" or \"csv\".")),
    }
}

/// Asks where to save (native dialog), then exports there. Null when the dialog is cancelled.
#[tauri::command(async)]
pub async fn export_data<R: Runtime>(app: AppHandle<R>, format: Option<Value>) -> CommandResult<Option<PathBuf>> {
    let format = format_of(&arg(format))?;
    let (name, ext) = if format == Format::Json { ("mend-export.json", "json") } else { ("mend-export.csv", "csv") };
    let picked = app.dialog().file().set_file_name(name).add_filter(ext.to_uppercase(), &[ext]).blocking_save_file();
    let Some(path) = picked.and_then(|p| p.into_path().ok()) else { return Ok(None) };
    let store = tauri::Manager::state::<Store>(&app);
    store.export_to(format, &path)?;
    Ok(Some(path))
}

/// Asks which file to import (native dialog). Null when the dialog is cancelled.
#[tauri::command(async)]
pub async fn pick_import_file<R: Runtime>(app: AppHandle<R>) -> Option<PathBuf> {
    app.dialog()
        .file()
        .add_filter("Mend export", &["json", "csv"])
        .blocking_pick_file()
        .and_then(|p| p.into_path().ok())
}

/// What importing `path` would add, changing nothing.
#[tauri::command(async)]
pub fn preview_import(db: Db, path: Option<Value>) -> CommandResult<Report> {
    Ok(db.import_file(&path_arg(path)?, true)?)
}

/// Imports `path`, all or nothing.
#[tauri::command(async)]
pub fn import_data(db: Db, path: Option<Value>) -> CommandResult<Report> {
    Ok(db.import_file(&path_arg(path)?, false)?)
}

fn path_arg(path: Option<Value>) -> Result<PathBuf, Error> {
    arg(path).as_str().map(PathBuf::from).ok_or_else(|| Error::invalid("path", "Choose a file to import."))
}
