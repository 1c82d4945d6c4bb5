//! The day's factors: sleep, mood and her own tags.

use serde_json::Value;

use mend_core::api;
use mend_core::model::{DayFactors, Tag};

use super::{arg, said, CommandResult, Db};

/// Sets the day's hours of sleep (0–24 in half hours); null clears them.
#[tauri::command(async)]
pub fn set_sleep(db: Db, date: Option<Value>, hours: Option<Value>) -> CommandResult<DayFactors> {
    said(&db, || api::set_sleep(&db, &arg(date), &arg(hours)))
}

/// Sets the day's mood (0–10); null clears it.
#[tauri::command(async)]
pub fn set_mood(db: Db, date: Option<Value>, mood: Option<Value>) -> CommandResult<DayFactors> {
    said(&db, || api::set_mood(&db, &arg(date), &arg(mood)))
}

#[tauri::command(async)]
pub fn list_tags(db: Db) -> CommandResult<Vec<Tag>> {
    said(&db, || db.list_tags())
}

#[tauri::command(async)]
pub fn create_tag(db: Db, name: Option<Value>) -> CommandResult<Tag> {
    said(&db, || api::create_tag(&db, &arg(name)))
}

#[tauri::command(async)]
pub fn rename_tag(db: Db, id: Option<Value>, name: Option<Value>) -> CommandResult<Tag> {
    said(&db, || api::rename_tag(&db, &arg(id), &arg(name)))
}

/// Retires a tag (`retired` true) or brings it back (false).
#[tauri::command(async)]
pub fn retire_tag(db: Db, id: Option<Value>, retired: Option<Value>) -> CommandResult<Tag> {
    said(&db, || api::retire_tag(&db, &arg(id), &arg(retired)))
}

/// Marks a tag true on a day (`on`) or not.
#[tauri::command(async)]
pub fn set_day_tag(db: Db, date: Option<Value>, tag_id: Option<Value>, on: Option<Value>) -> CommandResult<DayFactors> {
    said(&db, || api::set_day_tag(&db, &arg(date), &arg(tag_id), &arg(on)))
}
