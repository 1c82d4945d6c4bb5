//! Sleep, mood and her own tags on a day, and the tags themselves.

use serde_json::Value;

use mend_core::factors::{self, Mood, Sleep, TagName};
use mend_core::input::flag;
use mend_core::model::{DayFactors, Tag};
use mend_core::requests;

use super::{arg, said, CommandResult, Db};

/// Sets the day's hours of sleep (0–24 in half hours); null clears them.
#[tauri::command(async)]
pub fn set_sleep(db: Db, date: Option<Value>, hours: Option<Value>) -> CommandResult<DayFactors> {
    said(&db, || {
        let date = requests::day(&arg(date), db.today())?;
        db.set_sleep(date, Sleep::from_input(&arg(hours))?)
    })
}

/// Sets the day's mood (0–10); null clears it.
#[tauri::command(async)]
pub fn set_mood(db: Db, date: Option<Value>, mood: Option<Value>) -> CommandResult<DayFactors> {
    said(&db, || {
        let date = requests::day(&arg(date), db.today())?;
        db.set_mood(date, Mood::from_input(&arg(mood))?)
    })
}

#[tauri::command(async)]
pub fn list_tags(db: Db) -> CommandResult<Vec<Tag>> {
    said(&db, || db.list_tags())
}

#[tauri::command(async)]
pub fn create_tag(db: Db, name: Option<Value>) -> CommandResult<Tag> {
    said(&db, || db.create_tag(&TagName::from_input(&arg(name))?))
}

#[tauri::command(async)]
pub fn rename_tag(db: Db, id: Option<Value>, name: Option<Value>) -> CommandResult<Tag> {
    said(&db, || {
        let id = factors::tag_id(&arg(id))?;
        db.rename_tag(id, &TagName::from_input(&arg(name))?)
    })
}

/// Retires a tag (`retired` true) or brings it back (false).
#[tauri::command(async)]
pub fn retire_tag(db: Db, id: Option<Value>, retired: Option<Value>) -> CommandResult<Tag> {
    said(&db, || {
        let id = factors::tag_id(&arg(id))?;
        db.retire_tag(id, flag(&arg(retired), "retired", "field-retired")?)
    })
}

/// Marks a tag true on a day (`on`) or not.
#[tauri::command(async)]
pub fn set_day_tag(db: Db, date: Option<Value>, tag_id: Option<Value>, on: Option<Value>) -> CommandResult<DayFactors> {
    said(&db, || {
        let date = requests::day(&arg(date), db.today())?;
        let id = factors::tag_id(&arg(tag_id))?;
        db.set_day_tag(date, id, flag(&arg(on), "on", "field-on")?)
    })
}
