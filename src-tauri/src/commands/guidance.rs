//! Guidance, reminders and safety commands.

use serde_json::Value;
use tauri::{AppHandle, Runtime};

use mend_core::guidance::{self, Hit, Page, Summary};
use mend_core::notice::Notice;
use mend_core::reminders::{QuietHours, Reminder};
use mend_core::requests::{self, QuietHoursChange, ReminderChange};
use mend_core::safety::{signs_in, Sign, RED_FLAGS};

use super::{arg, said, CommandResult, Db};

/// The articles, those her profile makes hers first.
#[tauri::command(async)]
pub fn list_guidance(db: Db) -> CommandResult<Vec<Summary>> {
    said(&db, || {
        let profile = db.profile()?;
        Ok(guidance::list_in(db.language(), profile.configured.then_some(&profile.profile)))
    })
}

#[tauri::command(async)]
pub fn get_guidance(db: Db, id: Option<Value>) -> CommandResult<Page> {
    said(&db, || guidance::get_in(db.language(), &requests::name(&arg(id), "id", "field-article")?))
}

#[tauri::command(async)]
pub fn search_guidance(db: Db, query: Option<String>) -> CommandResult<Vec<Hit>> {
    said(&db, || Ok(guidance::search_in(db.language(), query.as_deref().unwrap_or_default())))
}

#[tauri::command(async)]
pub fn list_reminders(db: Db) -> CommandResult<Vec<Reminder>> {
    said(&db, || db.list_reminders())
}

#[tauri::command(async)]
pub fn update_reminder(db: Db, id: Option<Value>, settings: Option<Value>) -> CommandResult<Reminder> {
    said(&db, || {
        let id = requests::name(&arg(id), "id", "field-reminder")?;
        db.update_reminder(&id, &ReminderChange::from_input(&arg(settings))?)
    })
}

#[tauri::command(async)]
pub fn snooze_reminder(db: Db, id: Option<Value>, minutes: Option<Value>) -> CommandResult<()> {
    said(&db, || {
        let id = requests::name(&arg(id), "id", "field-reminder")?;
        db.snooze_reminder(&id, requests::snooze_minutes(&arg(minutes))?)
    })
}

#[tauri::command(async)]
pub fn dismiss_reminder(db: Db, id: Option<Value>) -> CommandResult<()> {
    said(&db, || db.dismiss_reminder(&requests::name(&arg(id), "id", "field-reminder")?))
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
    said(&db, || db.save_quiet_hours(&QuietHoursChange::from_input(&arg(quiet))?))
}

/// The red flags to tick, in her language.
#[tauri::command(async)]
pub fn red_flag_list(db: Db) -> Vec<Sign> {
    signs_in(RED_FLAGS, db.language())
}

#[tauri::command(async)]
pub fn save_red_flags(db: Db, date: Option<Value>, flags: Option<Value>) -> CommandResult<Vec<String>> {
    said(&db, || {
        let date = requests::day(&arg(date), db.today())?;
        db.save_red_flags(date, &requests::sign_ids(&arg(flags))?)
    })
}

#[tauri::command(async)]
pub fn alerts(db: Db) -> CommandResult<Vec<Notice>> {
    said(&db, || db.alerts())
}
