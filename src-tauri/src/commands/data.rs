//! Her data in and out: export and import with the native file dialogs, backups and restore,
//! and recovery when the data file was found damaged.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Mutex;

use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use mend_core::backup::Backup;
use mend_core::i18n::Msg;
use mend_core::store::RecoveryStatus;
use mend_core::transfer::Report;
use mend_core::{api, Error, Store};

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn recovery_status(db: Db) -> CommandResult<Option<RecoveryStatus>> {
    said(&db, || db.recovery_status())
}

#[tauri::command(async)]
pub fn recover(db: Db, action: Option<Value>) -> CommandResult<Option<PathBuf>> {
    said(&db, || api::recover(&db, &arg(action)))
}

/// Switches the sample data on or off (a separate database; hers is untouched).
#[tauri::command(async)]
pub fn set_demo_mode(db: Db, on: Option<Value>) -> CommandResult<bool> {
    said(&db, || api::set_demo_mode(&db, &arg(on)))
}

#[tauri::command(async)]
pub fn list_backups(db: Db) -> CommandResult<Vec<Backup>> {
    said(&db, || db.backups())
}

#[tauri::command(async)]
pub fn backup_now(db: Db) -> CommandResult<PathBuf> {
    said(&db, || db.backup_to(None))
}

/// Restores one of the listed backups, by file name (the current data is backed up first).
#[tauri::command(async)]
pub fn restore_backup(db: Db, file: Option<Value>) -> CommandResult<PathBuf> {
    said(&db, || api::restore_backup(&db, &arg(file)))
}

/// Asks where to save (native dialog), then exports there. Null when the dialog is cancelled.
#[tauri::command(async)]
pub async fn export_data<R: Runtime>(app: AppHandle<R>, format: Option<Value>) -> CommandResult<Option<PathBuf>> {
    let store = app.state::<Store>();
    said(&store, || {
        let format = api::export_format(&arg(format))?;
        let ext = format.extension();
        let picked = file_dialog(&app)
            .set_file_name(format!("mend-export.{ext}"))
            .add_filter(ext.to_uppercase(), &[ext])
            .blocking_save_file();
        let Some(path) = picked.and_then(|p| p.into_path().ok()) else { return Ok(None) };
        store.export_to(format, &path)?;
        Ok(Some(path))
    })
}

/// Files the person chose in the native open dialog, each under a token. The page only ever
/// names a token, never a path, so a compromised page cannot make Mend read a file she did
/// not pick.
#[derive(Default)]
pub struct Picked(Mutex<HashMap<String, PathBuf>>);

impl Picked {
    /// Remembers `path` (chosen in a native dialog) and returns its token.
    pub fn register(&self, path: PathBuf) -> String {
        // An unguessable token: 128 bits from the operating system's generator.
        let mut bytes = [0u8; 16];
        getrandom::fill(&mut bytes).expect("the system's random generator");
        let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        self.0.lock().unwrap_or_else(|p| p.into_inner()).insert(token.clone(), path);
        token
    }

    fn path(&self, token: &Value) -> Result<PathBuf, Error> {
        self.find(token).ok_or_else(|| Error::invalid("file", Msg::new("err-choose-import-file")))
    }

    /// The folder picked for sync under `token`.
    pub fn folder(&self, token: &Value) -> Result<PathBuf, Error> {
        self.find(token).ok_or_else(|| Error::invalid("folder", Msg::new("err-choose-sync-folder")))
    }

    fn find(&self, token: &Value) -> Option<PathBuf> {
        let map = self.0.lock().unwrap_or_else(|p| p.into_inner());
        token.as_str().and_then(|t| map.get(t)).cloned()
    }
}

/// A file chosen for import: its token for `preview_import` and `import_data`, and its name to show.
#[derive(Serialize)]
pub struct PickedFile {
    pub token: String,
    pub name: String,
}

/// Asks which file to import (native dialog). Null when the dialog is cancelled.
#[tauri::command(async)]
pub async fn pick_import_file<R: Runtime>(app: AppHandle<R>) -> Option<PickedFile> {
    let path = match test_answer("MEND_E2E_PICK") {
        Some(path) => path,
        None => {
            let lang = app.state::<Store>().language();
            let filter = mend_core::i18n::t(lang, "dialog-import-file", &[]);
            file_dialog(&app).add_filter(filter, &["json", "csv", "zip"]).blocking_pick_file()?.into_path().ok()?
        }
    };
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    Some(PickedFile { token: app.state::<Picked>().register(path), name })
}

/// Where to save a file named `name` of `kind` (a PDF, say): the native save dialog's answer
/// (None if cancelled), or the end-to-end tests' (`MEND_E2E_SAVE`, debug builds).
pub(super) fn save_path<R: Runtime>(app: &AppHandle<R>, name: String, kind: &str, ext: &str) -> Option<PathBuf> {
    if let Some(path) = test_answer("MEND_E2E_SAVE") {
        return Some(path);
    }
    file_dialog(app).set_file_name(name).add_filter(kind, &[ext]).blocking_save_file()?.into_path().ok()
}

/// A native file dialog that belongs to Mend's window: in front of it on Windows, a sheet on
/// macOS, modal over it on Linux.
pub(super) fn file_dialog<R: Runtime>(app: &AppHandle<R>) -> tauri_plugin_dialog::FileDialogBuilder<R> {
    let dialog = app.dialog().file();
    match app.get_webview_window("main") {
        Some(window) => dialog.set_parent(&window),
        None => dialog,
    }
}

/// The end-to-end tests cannot click in a native dialog: debug builds take the answer from
/// `MEND_E2E_PICK` (open) or `MEND_E2E_SAVE` (save) instead, or in the tests' shared window
/// from its last reset (`e2e.rs`). Release builds always ask.
pub(super) fn test_answer(variable: &str) -> Option<PathBuf> {
    #[cfg(all(feature = "e2e", debug_assertions, unix))]
    if let Some(answer) = crate::e2e::answer(variable) {
        return answer;
    }
    if cfg!(debug_assertions) {
        std::env::var_os(variable).map(PathBuf::from)
    } else {
        None
    }
}

/// What importing the picked file would change, changing nothing.
#[tauri::command(async)]
pub fn preview_import(
    db: Db,
    picked: State<'_, Picked>,
    file: Option<Value>,
    options: Option<Value>,
) -> CommandResult<Report> {
    said(&db, || api::import_file(&db, &picked.path(&arg(file))?, true, &arg(options)))
}

/// Imports the picked file, all or nothing.
#[tauri::command(async)]
pub fn import_data(
    db: Db,
    picked: State<'_, Picked>,
    file: Option<Value>,
    options: Option<Value>,
) -> CommandResult<Report> {
    said(&db, || api::import_file(&db, &picked.path(&arg(file))?, false, &arg(options)))
}
