//! History: her days, newest first, a page at a time.

use serde_json::Value;

use mend_core::api;
use mend_core::history::HistoryPage;

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn history(db: Db, query: Option<Value>) -> CommandResult<HistoryPage> {
    said(&db, || api::history(&db, &arg(query)))
}
