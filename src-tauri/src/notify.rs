//! Desktop notifications: due reminders, and Mend's own few words. The scheduling is in the
//! core and the tick that finds due reminders in `tick`; this only delivers.

use tauri::{AppHandle, Emitter, Runtime};
use tauri_plugin_notification::NotificationExt;

use mend_core::reminders::Reminder;

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
