//! Logging, correcting and deleting entries, and the day summary.

use serde_json::Value;

use mend_core::input::FromInput;
use mend_core::model::{Calcium, Exercise, Pain, Stored};
use mend_core::requests;
use mend_core::summary::DaySummary;

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn log_pain(db: Db, entry: Option<Value>) -> CommandResult<Stored<Pain>> {
    said(&db, || db.log(Pain::from_input(&arg(entry), db.today())?))
}

#[tauri::command(async)]
pub fn log_exercise(db: Db, entry: Option<Value>) -> CommandResult<Stored<Exercise>> {
    said(&db, || db.log(Exercise::from_input(&arg(entry), db.today())?))
}

#[tauri::command(async)]
pub fn log_calcium(db: Db, entry: Option<Value>) -> CommandResult<Stored<Calcium>> {
    said(&db, || db.log(Calcium::from_input(&arg(entry), db.today())?))
}

#[tauri::command(async)]
pub fn update_pain(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Pain>> {
    said(&db, || {
        let id = requests::entry_id(&arg(id))?;
        db.update(id, Pain::from_input(&arg(entry), db.today())?)
    })
}

#[tauri::command(async)]
pub fn update_exercise(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Exercise>> {
    said(&db, || {
        let id = requests::entry_id(&arg(id))?;
        db.update(id, Exercise::from_input(&arg(entry), db.today())?)
    })
}

#[tauri::command(async)]
pub fn update_calcium(db: Db, id: Option<Value>, entry: Option<Value>) -> CommandResult<Stored<Calcium>> {
    said(&db, || {
        let id = requests::entry_id(&arg(id))?;
        db.update(id, Calcium::from_input(&arg(entry), db.today())?)
    })
}

#[tauri::command(async)]
pub fn delete_entry(db: Db, kind: Option<Value>, id: Option<Value>) -> CommandResult<()> {
    said(&db, || db.delete(requests::entry_kind(&arg(kind))?, requests::entry_id(&arg(id))?))
}

#[tauri::command(async)]
pub fn day_summary(db: Db, date: Option<Value>) -> CommandResult<DaySummary> {
    said(&db, || db.day_summary(requests::day(&arg(date), db.today())?))
}

#[tauri::command(async)]
pub fn copy_previous_day(db: Db, kind: Option<Value>, date: Option<Value>) -> CommandResult<usize> {
    said(&db, || {
        let kind = requests::entry_kind(&arg(kind))?;
        db.copy_previous_day(kind, requests::day(&arg(date), db.today())?)
    })
}
