//! The guidance articles, in her language.

use serde_json::Value;

use mend_core::api;
use mend_core::guidance::{self, Hit, Page, Summary};

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
    said(&db, || api::get_guidance(&db, &arg(id)))
}

#[tauri::command(async)]
pub fn search_guidance(db: Db, query: Option<String>) -> CommandResult<Vec<Hit>> {
    said(&db, || Ok(guidance::search_in(db.language(), query.as_deref().unwrap_or_default())))
}
