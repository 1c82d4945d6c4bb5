//! Logging, correcting and deleting entries, and the day summary.

use serde_json::Value;

use mend_core::model::{Calcium, Exercise, Pain, Stored};
use mend_core::summary::DaySummary;

use super::{arg, CommandResult, Db};

#[tauri::command(async)]
pub fn log_pain(db: Db, entry: Option<Value>) -> CommandResult<Stored<Pain>> {
    Ok(db.log(&arg(entry))?)
}

#[tauri::command(async)]
pub fn log_exercise(db: Db, entry: Option<Value>) -> CommandResult<Stored<Exercise>> {
    Ok(db.log(&arg(entry))?)
}

#[tauri::command(async)]
pub fn log_calcium(db: Db, entry: Option<Value>) -> CommandResult<Stored<Calcium>> {
    Ok(db.log(&arg(entry))?)
}

#[tauri::command(async)]
pub fn update_pain(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Pain>> {
    Ok(db.update(&arg(id), &arg(entry))?)
}

#[tauri::command(async)]
pub fn update_exercise(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Exercise>> {
    Ok(db.update(&arg(id), &arg(entry))?)
}

#[tauri::command(async)]
pub fn update_calcium(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Calcium>> {
    Ok(db.update(&arg(id), &arg(entry))?)
}

#[tauri::command(async)]
pub fn delete_entry(db: Db, kind: Option<Value>, id: Option<Value>) -> CommandResult<()> {
    Ok(db.delete(&arg(kind), &arg(id))?)
}

#[tauri::command(async)]
pub fn day_summary(db: Db, date: Option<Value>) -> CommandResult<DaySummary> {
    Ok(db.day_summary(&arg(date))?)
}

#[tauri::command(async)]
pub fn copy_previous_day(db: Db, kind: Option<Value>, date: Option<Value>) -> CommandResult<usize> {
    Ok(db.copy_previous_day(&arg(kind), &arg(date))?)
}
