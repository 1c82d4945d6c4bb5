//! The appointment: the report, a PDF saved where she chooses.

use std::path::PathBuf;

use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime};

use mend_core::{api, Store};

use super::{arg, said, CommandResult};

/// Makes the report first (so a range without entries says so before any dialog), then asks
/// where to save it (native dialog, on the Rust side) and writes it there, readable by her
/// only. Null when the dialog is cancelled.
#[tauri::command(async)]
pub async fn save_report<R: Runtime>(app: AppHandle<R>, request: Option<Value>) -> CommandResult<Option<PathBuf>> {
    let store = app.state::<Store>();
    said(&store, || {
        let request = api::report_request(&store, &arg(request))?;
        let pdf = store.report(&request)?;
        let name = format!("mend-report-{}-to-{}.pdf", request.range.from, request.range.to);
        let Some(path) = super::data::save_path(&app, name, "PDF", "pdf") else { return Ok(None) };
        mend_core::transfer::write_private(&path, &pdf)?;
        Ok(Some(path))
    })
}
