//! Trends, charts, history and sample-data mode.

use serde_json::Value;

use mend_core::chart::Chart;
use mend_core::history::HistoryPage;
use mend_core::trends::Trends;

use super::{arg, CommandResult, Db};

#[tauri::command(async)]
pub fn trends(db: Db, range: Option<Value>) -> CommandResult<Trends> {
    Ok(db.trends(&arg(range))?)
}

#[tauri::command(async)]
pub fn chart_svg(db: Db, request: Option<Value>) -> CommandResult<Chart> {
    Ok(db.chart(&arg(request))?)
}

#[tauri::command(async)]
pub fn history(db: Db, query: Option<Value>) -> CommandResult<HistoryPage> {
    Ok(db.history(&arg(query))?)
}

#[tauri::command(async)]
pub fn data_span(db: Db) -> CommandResult<mend_core::store::DataSpan> {
    Ok(db.data_span()?)
}

#[tauri::command(async)]
pub fn set_demo_mode(db: Db, on: Option<Value>) -> CommandResult<bool> {
    Ok(db.set_demo(mend_core::input::flag(&arg(on), "on", "Sample data mode")?)?)
}
