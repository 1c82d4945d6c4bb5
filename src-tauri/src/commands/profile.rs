//! Profile commands.

use serde_json::Value;

use mend_core::input::FromInput;
use mend_core::model::Profile;
use mend_core::store::ProfileView;

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn get_profile(db: Db) -> CommandResult<ProfileView> {
    said(&db, || db.profile())
}

#[tauri::command(async)]
pub fn save_profile(db: Db, profile: Option<Value>) -> CommandResult<ProfileView> {
    said(&db, || db.save_profile(&Profile::from_input(&arg(profile), db.today())?))
}
