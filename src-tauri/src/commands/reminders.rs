//! Reminders: their settings, snoozing and dismissing, those due now, and quiet hours.

use serde_json::Value;
use tauri::{AppHandle, Runtime};

use mend_core::api;
use mend_core::reminders::{QuietHours, Reminder};

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn list_reminders(db: Db) -> CommandResult<Vec<Reminder>> {
    said(&db, || db.list_reminders())
}

#[tauri::command(async)]
pub fn update_reminder(db: Db, id: Option<Value>, settings: Option<Value>) -> CommandResult<Reminder> {
    said(&db, || api::update_reminder(&db, &arg(id), &arg(settings)))
}

#[tauri::command(async)]
pub fn snooze_reminder(db: Db, id: Option<Value>, minutes: Option<Value>) -> CommandResult<()> {
    said(&db, || api::snooze_reminder(&db, &arg(id), &arg(minutes)))
}

#[tauri::command(async)]
pub fn dismiss_reminder(db: Db, id: Option<Value>) -> CommandResult<()> {
    said(&db, || api::dismiss_reminder(&db, &arg(id)))
}

/// Sends desktop notifications for newly due reminders and returns the banners to show.
#[tauri::command(async)]
pub fn due_reminders<R: Runtime>(app: AppHandle<R>, db: Db) -> CommandResult<Vec<Reminder>> {
    said(&db, || {
        let due = db.due_reminders()?;
        crate::notify::send(&app, &due.notify);
        Ok(due.banners)
    })
}

#[tauri::command(async)]
pub fn quiet_hours(db: Db) -> CommandResult<QuietHours> {
    said(&db, || db.quiet_hours())
}

#[tauri::command(async)]
pub fn save_quiet_hours(db: Db, quiet: Option<Value>) -> CommandResult<QuietHours> {
    said(&db, || api::save_quiet_hours(&db, &arg(quiet)))
}
