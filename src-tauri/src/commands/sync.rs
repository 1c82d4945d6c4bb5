//! Settings' "Sync with my other computers": the folder chosen in the native dialog, the sync
//! phrase, the status line, syncing now, removing a computer, turning it off. Sync also runs by
//! itself (`crate::sync_in_background`).

use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use mend_core::sync::{Report, Status};
use mend_core::{api, Store};

use super::data::{file_dialog, test_answer, Picked};
use super::{arg, said, CommandResult, Db};

/// The event the window hears when changes from another computer were applied.
pub const SYNCED_EVENT: &str = "mend://synced";

#[tauri::command(async)]
pub fn sync_status(db: Db) -> CommandResult<Status> {
    said(&db, || db.sync_status())
}

/// A folder she chose for sync: its token for `sync_start`, where it is, and whether other
/// computers already sync through it (then she types their phrase once, else a new one twice).
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PickedFolder {
    pub token: String,
    pub path: String,
    pub in_use: bool,
}

/// Asks which folder to sync through (native dialog). Null when the dialog is cancelled.
#[tauri::command(async)]
pub async fn pick_sync_folder<R: Runtime>(app: AppHandle<R>) -> Option<PickedFolder> {
    let path = match test_answer("MEND_E2E_PICK_FOLDER") {
        Some(path) => path,
        None => file_dialog(&app).blocking_pick_folder()?.into_path().ok()?,
    };
    let in_use = mend_core::sync::folder_in_use(&path);
    Some(PickedFolder { path: path.display().to_string(), in_use, token: app.state::<Picked>().register(path) })
}

/// Turns sync on with the picked folder and her sync phrase, and syncs once.
#[tauri::command(async)]
pub fn sync_start<R: Runtime>(
    app: AppHandle<R>,
    folder: Option<Value>,
    phrase: Option<Value>,
) -> CommandResult<Report> {
    let db = app.state::<Store>();
    let report = said(&db, || api::sync_start(&db, &app.state::<Picked>().folder(&arg(folder))?, &arg(phrase)))?;
    announce(&app, &report);
    Ok(report)
}

/// Syncs now.
#[tauri::command(async)]
pub fn sync_now<R: Runtime>(app: AppHandle<R>) -> CommandResult<Report> {
    let db = app.state::<Store>();
    let report = said(&db, || db.sync_now())?;
    announce(&app, &report);
    Ok(report)
}

/// Tells the window when another computer's changes arrived, so the screen shows them.
pub fn announce<R: Runtime>(app: &AppHandle<R>, report: &Report) {
    if report.received > 0 {
        let _ = app.emit(SYNCED_EVENT, report.received);
    }
}

#[tauri::command(async)]
pub fn sync_remove_device(db: Db, device: Option<Value>) -> CommandResult<Status> {
    said(&db, || api::sync_remove_device(&db, &arg(device)))
}

#[tauri::command(async)]
pub fn sync_stop(db: Db) -> CommandResult<Status> {
    said(&db, || db.sync_stop())
}
