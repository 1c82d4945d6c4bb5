//! Warning signs: the list to tick, the day's ticks, and today's alerts.

use serde_json::Value;

use mend_core::api;
use mend_core::notice::Notice;
use mend_core::safety::{signs_in, Sign, RED_FLAGS};

use super::{arg, said, CommandResult, Db};

/// The red flags to tick, in her language.
#[tauri::command(async)]
pub fn red_flag_list(db: Db) -> Vec<Sign> {
    signs_in(RED_FLAGS, db.language())
}

#[tauri::command(async)]
pub fn save_red_flags(db: Db, date: Option<Value>, flags: Option<Value>) -> CommandResult<Vec<String>> {
    said(&db, || api::save_red_flags(&db, &arg(date), &arg(flags)))
}

#[tauri::command(async)]
pub fn alerts(db: Db) -> CommandResult<Vec<Notice>> {
    said(&db, || db.alerts())
}
