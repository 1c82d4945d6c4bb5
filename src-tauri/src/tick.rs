//! The background tick: every 30 s it looks for due reminders, delivers them (`notify`) and
//! keeps the tray's "Next reminder" line current (`tray`). It runs while the window is hidden
//! in the tray too.

use std::time::Duration;

use tauri::{AppHandle, Manager, Runtime};

use mend_core::Store;

/// How often the background tick looks for due reminders.
const TICK: Duration = Duration::from_secs(30);

/// Starts the background tick, every 30 s. The first comes after the page's own check at
/// start (which shows reminders missed while Mend was closed), so start-up is not slowed.
/// It runs while the window is hidden in the tray too, and keeps the tray's "Next reminder"
/// line current.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    std::thread::Builder::new()
        .name("mend-reminders".into())
        .spawn(move || loop {
            std::thread::sleep(TICK);
            match app.state::<Store>().due_reminders() {
                Ok(due) => crate::notify::send(&app, &due.notify),
                Err(e) => eprintln!("mend: reminders: {e}"),
            }
            crate::tray::refresh_next(&app);
        })
        .expect("start the reminder thread");
}
