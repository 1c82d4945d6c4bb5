//! Trends, charts, history and sample-data mode.

use serde_json::Value;

use mend_core::chart::{Chart, Request};
use mend_core::history::{HistoryPage, Query};
use mend_core::trends::{Range, Trends};

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn trends(db: Db, range: Option<Value>) -> CommandResult<Trends> {
    said(&db, || db.trends(Range::from_input(&arg(range), db.today(), &[])?))
}

#[tauri::command(async)]
pub fn chart_svg(db: Db, request: Option<Value>) -> CommandResult<Chart> {
    said(&db, || db.chart(&Request::from_input(&arg(request), db.today())?))
}

#[tauri::command(async)]
pub fn history(db: Db, query: Option<Value>) -> CommandResult<HistoryPage> {
    said(&db, || db.history(Query::from_input(&arg(query), db.today())?))
}

#[tauri::command(async)]
pub fn data_span(db: Db) -> CommandResult<mend_core::store::DataSpan> {
    said(&db, || db.data_span())
}

#[tauri::command(async)]
pub fn set_demo_mode(db: Db, on: Option<Value>) -> CommandResult<bool> {
    said(&db, || db.set_demo(mend_core::input::flag(&arg(on), "on", "field-sample-data")?))
}
