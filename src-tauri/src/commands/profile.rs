//! Profile commands.

use serde_json::Value;

use mend_core::api;
use mend_core::store::ProfileView;

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn get_profile(db: Db) -> CommandResult<ProfileView> {
    said(&db, || db.profile())
}

#[tauri::command(async)]
pub fn save_profile(db: Db, profile: Option<Value>) -> CommandResult<ProfileView> {
    said(&db, || api::save_profile(&db, &arg(profile)))
}
