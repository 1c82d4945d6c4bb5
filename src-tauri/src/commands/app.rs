//! The app's own signals: everything the first screen needs in one call, and "ready".

use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_autostart::ManagerExt;

use mend_core::api;
use mend_core::store::Startup;

use super::{arg, said, CommandResult, Db};
use crate::error::CommandError;
use mend_core::i18n::Msg;

/// The first screen's data (from the core), sending the notifications of reminders due now.
#[tauri::command(async)]
pub fn startup<R: Runtime>(app: AppHandle<R>, db: Db) -> CommandResult<Startup> {
    crate::report_at("startup-called");
    said(&db, || {
        let started = std::time::Instant::now();
        let boot = db.startup()?;
        crate::report_timing("core", started.elapsed().as_secs_f64() * 1000.0);
        for (part, ms) in &boot.timings {
            crate::report_timing(&format!("core.{part}"), *ms);
        }
        crate::notify::send(&app, &boot.notify);
        crate::report_at("startup-answered");
        Ok(boot)
    })
}

/// Called by the page once its first screen shows real data, with `at`, the page's own clock
/// (ms since navigation started), and `marks`, where its start-up went (ms from navigation
/// start, by name). Starts the housekeeping that waited for the first screen (the day's
/// backup). Prints "ready <at> <marks as JSON>" on stdout when `MEND_REPORT_READY` is set, so
/// the start-up benchmark can time it.
#[tauri::command(async)]
pub fn app_ready<R: Runtime>(app: AppHandle<R>, at: Option<f64>, marks: Option<Value>) {
    crate::report_at("ready");
    if crate::reporting() {
        println!("ready {} {}", at.unwrap_or(f64::NAN), marks.unwrap_or(Value::Null));
    }
    app.state::<crate::AfterFirstScreen>().start();
}

/// How Mend lives on the desktop, as Settings shows it.
#[derive(Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Desktop {
    /// The desktop has a tray (notification area) Mend can stay in.
    pub tray_available: bool,
    /// Closing the window keeps Mend in the tray.
    pub close_to_tray: bool,
    /// Mend starts, in the tray, when she logs in.
    pub start_at_login: bool,
    /// The tray is the menu bar (macOS), and Settings says so.
    pub menu_bar: bool,
}

fn desktop<R: Runtime>(app: &AppHandle<R>, db: &Db) -> mend_core::Result<Desktop> {
    Ok(Desktop {
        tray_available: app.state::<crate::tray::Tray<R>>().available(),
        close_to_tray: db.desktop_settings()?.close_to_tray,
        start_at_login: app.autolaunch().is_enabled().unwrap_or(false),
        menu_bar: mend_core::platform::menu_bar(mend_core::platform::Os::current()),
    })
}

/// The desktop settings: tray, close behaviour, start at login.
#[tauri::command(async)]
pub fn desktop_settings<R: Runtime>(app: AppHandle<R>, db: Db) -> CommandResult<Desktop> {
    said(&db, || desktop(&app, &db))
}

/// Saves `{ closeToTray?, startAtLogin? }`; start at login writes or removes the system's
/// login entry (on Linux a desktop file in ~/.config/autostart).
#[tauri::command(async)]
pub fn save_desktop_settings<R: Runtime>(app: AppHandle<R>, db: Db, settings: Option<Value>) -> CommandResult<Desktop> {
    let change = said(&db, || api::save_desktop_settings(&db, &arg(settings)))?;
    if let Some(on) = change.start_at_login {
        let launcher = app.autolaunch();
        let done = if on { launcher.enable() } else { launcher.disable() };
        done.map_err(|e| {
            let message = Msg::new("err-autostart").arg("detail", e.to_string());
            CommandError::own("system", &message, Some("startAtLogin"), db.language())
        })?;
    }
    said(&db, || desktop(&app, &db))
}
