//! The language she chose in Settings.

use serde_json::Value;
use tauri::{AppHandle, Runtime};

use mend_core::api;
use mend_core::store::LanguageView;

use super::{arg, said, CommandResult, Db};

/// Keeps `lang` ("en", "zh-CN") as her language and returns the window's catalog for it; the
/// tray menu follows at once. An unknown language is refused on field "lang", nothing written.
#[tauri::command(async)]
pub fn set_language<R: Runtime>(app: AppHandle<R>, db: Db, lang: Option<Value>) -> CommandResult<LanguageView> {
    said(&db, || {
        let view = api::set_language(&db, &arg(lang))?;
        crate::tray::relabel(&app);
        Ok(view)
    })
}
