//! Logging, correcting and deleting entries, and the day summary.

use serde_json::Value;

use mend_core::api;
use mend_core::model::{Calcium, Exercise, Pain, Stored};
use mend_core::summary::DaySummary;

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn log_pain(db: Db, entry: Option<Value>) -> CommandResult<Stored<Pain>> {
    said(&db, || api::log(&db, &arg(entry)))
}

#[tauri::command(async)]
pub fn log_exercise(db: Db, entry: Option<Value>) -> CommandResult<Stored<Exercise>> {
    said(&db, || api::log(&db, &arg(entry)))
}

#[tauri::command(async)]
pub fn log_calcium(db: Db, entry: Option<Value>) -> CommandResult<Stored<Calcium>> {
    said(&db, || api::log(&db, &arg(entry)))
}

#[tauri::command(async)]
pub fn update_pain(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Pain>> {
    said(&db, || api::update(&db, &arg(id), &arg(entry)))
}

#[tauri::command(async)]
pub fn update_exercise(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Exercise>> {
    said(&db, || api::update(&db, &arg(id), &arg(entry)))
}

#[tauri::command(async)]
pub fn update_calcium(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Calcium>> {
    said(&db, || api::update(&db, &arg(id), &arg(entry)))
}

#[tauri::command(async)]
pub fn delete_entry(db: Db, kind: Option<Value>, id: Option<Value>) -> CommandResult<()> {
    said(&db, || api::delete_entry(&db, &arg(kind), &arg(id)))
}

#[tauri::command(async)]
pub fn day_summary(db: Db, date: Option<Value>) -> CommandResult<DaySummary> {
    said(&db, || api::day_summary(&db, &arg(date)))
}

#[tauri::command(async)]
pub fn copy_previous_day(db: Db, kind: Option<Value>, date: Option<Value>) -> CommandResult<usize> {
    said(&db, || api::copy_previous_day(&db, &arg(kind), &arg(date)))
}
