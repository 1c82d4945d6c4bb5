//! Desktop notifications for due reminders, and the background tick that finds them while the
//! window is open. The scheduling itself is in the core; this only delivers.

use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use mend_core::reminders::Reminder;
use mend_core::Store;

/// How often the background tick looks for due reminders.
const TICK: Duration = Duration::from_secs(30);
/// The event the UI listens to, to refresh its reminder banners.
pub const REMINDERS_EVENT: &str = "mend://reminders";

/// Shows one desktop notification per reminder. A desktop without a notification service
/// still gets the in-app banner, so a failure here is logged, not raised.
pub fn send<R: Runtime>(app: &AppHandle<R>, due: &[Reminder]) {
    for reminder in due {
        if let Err(e) = app.notification().builder().title(&reminder.title).body(&reminder.text).show() {
            eprintln!("mend: could not show a desktop notification ({e}); the in-app banner still shows");
        }
    }
    if !due.is_empty() {
        let _ = app.emit(REMINDERS_EVENT, ());
    }
}

/// Shows one desktop notification of Mend's own (not a reminder).
pub fn tell<R: Runtime>(app: &AppHandle<R>, title: &str, body: &str) {
    if let Err(e) = app.notification().builder().title(title).body(body).show() {
        eprintln!("mend: could not show a desktop notification ({e}): {title}. {body}");
    }
}

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
                Ok(due) => send(&app, &due.notify),
                Err(e) => eprintln!("mend: reminders: {e}"),
            }
            crate::tray::refresh_next(&app);
        })
        .expect("start the reminder thread");
}
