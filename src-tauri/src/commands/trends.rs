//! Trends over a range: the figures, the charts, the span of her data and the insights.

use serde_json::Value;

use mend_core::api;
use mend_core::chart::Chart;
use mend_core::insights::Overview;
use mend_core::store::DataSpan;
use mend_core::trends::Trends;

use super::{arg, said, CommandResult, Db};

#[tauri::command(async)]
pub fn trends(db: Db, range: Option<Value>) -> CommandResult<Trends> {
    said(&db, || api::trends(&db, &arg(range)))
}

#[tauri::command(async)]
pub fn chart_svg(db: Db, request: Option<Value>) -> CommandResult<Chart> {
    said(&db, || api::chart(&db, &arg(request)))
}

#[tauri::command(async)]
pub fn data_span(db: Db) -> CommandResult<DataSpan> {
    said(&db, || db.data_span())
}

/// Which factors went with better or worse days over `range`.
#[tauri::command(async)]
pub fn insights(db: Db, range: Option<Value>) -> CommandResult<Overview> {
    said(&db, || api::insights(&db, &arg(range)))
}
