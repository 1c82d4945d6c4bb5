//! Guidance, reminders and safety commands.

use serde_json::Value;
use tauri::{AppHandle, Runtime};

use mend_core::guidance::{self, Hit, Page, Summary};
use mend_core::reminders::{QuietHours, Reminder};
use mend_core::requests::{self, QuietHoursChange, ReminderChange};
use mend_core::safety::{RedFlag, RED_FLAGS};
use mend_core::summary::Notice;

use super::{arg, CommandResult, Db};

/// The articles, those her profile makes hers first.
#[tauri::command(async)]
pub fn list_guidance(db: Db) -> CommandResult<Vec<Summary>> {
    let profile = db.profile()?;
    Ok(guidance::list_in(db.language()?, profile.configured.then_some(&profile.profile)))
}

#[tauri::command(async)]
pub fn get_guidance(db: Db, id: Option<Value>) -> CommandResult<Page> {
    Ok(guidance::get_in(db.language()?, &requests::name(&arg(id), "id", "Article")?)?)
}

#[tauri::command(async)]
pub fn search_guidance(db: Db, query: Option<String>) -> CommandResult<Vec<Hit>> {
    Ok(guidance::search_in(db.language()?, query.as_deref().unwrap_or_default()))
}

#[tauri::command(async)]
pub fn list_reminders(db: Db) -> CommandResult<Vec<Reminder>> {
    Ok(db.list_reminders()?)
}

#[tauri::command(async)]
pub fn update_reminder(db: Db, id: Option<Value>, settings: Option<Value>) -> CommandResult<Reminder> {
    let id = requests::name(&arg(id), "id", "Reminder")?;
    Ok(db.update_reminder(&id, &ReminderChange::from_input(&arg(settings))?)?)
}

#[tauri::command(async)]
pub fn snooze_reminder(db: Db, id: Option<Value>, minutes: Option<Value>) -> CommandResult<()> {
    let id = requests::name(&arg(id), "id", "Reminder")?;
    Ok(db.snooze_reminder(&id, requests::snooze_minutes(&arg(minutes))?)?)
}

#[tauri::command(async)]
pub fn dismiss_reminder(db: Db, id: Option<Value>) -> CommandResult<()> {
    Ok(db.dismiss_reminder(&requests::name(&arg(id), "id", "Reminder")?)?)
}

/// Sends desktop notifications for newly due reminders and returns the banners to show.
#[tauri::command(async)]
pub fn due_reminders<R: Runtime>(app: AppHandle<R>, db: Db) -> CommandResult<Vec<Reminder>> {
    let due = db.due_reminders()?;
    crate::notify::send(&app, &due.notify);
    Ok(due.banners)
}

#[tauri::command(async)]
pub fn quiet_hours(db: Db) -> CommandResult<QuietHours> {
    Ok(db.quiet_hours()?)
}

#[tauri::command(async)]
pub fn save_quiet_hours(db: Db, quiet: Option<Value>) -> CommandResult<QuietHours> {
    Ok(db.save_quiet_hours(&QuietHoursChange::from_input(&arg(quiet))?)?)
}

#[tauri::command(async)]
pub fn red_flag_list() -> &'static [RedFlag] {
    RED_FLAGS
}

#[tauri::command(async)]
pub fn save_red_flags(db: Db, date: Option<Value>, flags: Option<Value>) -> CommandResult<Vec<String>> {
    let date = requests::day(&arg(date), db.today())?;
    Ok(db.save_red_flags(date, &requests::sign_ids(&arg(flags))?)?)
}

#[tauri::command(async)]
pub fn alerts(db: Db) -> CommandResult<Vec<Notice>> {
    Ok(db.alerts()?)
}
