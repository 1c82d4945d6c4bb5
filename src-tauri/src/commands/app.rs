//! The app's own signals: everything the first screen needs in one call, and "ready".

use tauri::{AppHandle, Runtime};

use mend_core::store::Startup;

use super::{CommandResult, Db};

/// The first screen's data (from the core), sending the notifications of reminders due now.
#[tauri::command(async)]
pub fn startup<R: Runtime>(app: AppHandle<R>, db: Db) -> CommandResult<Startup> {
    let boot = db.startup()?;
    crate::notify::send(&app, &boot.notify);
    Ok(boot)
}

/// Called by the page once its first screen shows real data, with `at`, the page's own clock
/// (ms since navigation started). Prints "ready <at>" on stdout when `MEND_REPORT_READY` is
/// set, so the start-up benchmark can time it; otherwise does nothing.
#[tauri::command(async)]
pub fn app_ready(at: Option<f64>) {
    if std::env::var_os("MEND_REPORT_READY").is_some() {
        println!("ready {}", at.unwrap_or(f64::NAN));
    }
}
