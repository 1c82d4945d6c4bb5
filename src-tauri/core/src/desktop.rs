//! How Mend lives on the desktop: whether closing the window hides it in the tray (so
//! reminders keep coming) or quits, and the settings behind that choice. Pure decisions over
//! stored settings; the shell carries them out and owns the tray itself.

use rusqlite::Connection;
use serde::Serialize;

use crate::error::Result;
use crate::repo::settings;

const CLOSE_TO_TRAY: &str = "desktop.close_to_tray";
const TRAY_HINT_SHOWN: &str = "desktop.tray_hint_shown";

/// The stored desktop settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DesktopSettings {
    /// Closing the window keeps Mend running in the tray (the default where there is one).
    pub close_to_tray: bool,
    /// Mend has already told her, once, that closing keeps it in the tray.
    pub tray_hint_shown: bool,
}

/// What closing the window does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseAction {
    /// Hide the window and keep running in the tray; `first_time` says to tell her so, once.
    HideToTray { first_time: bool },
    /// Quit, as a plain window would.
    Quit,
}

/// Decides what closing the window does: hide to the tray only where the desktop has one and
/// she has not chosen to quit on close. Without a tray, closing quits (nothing would be left
/// to bring the window back).
pub fn on_close(tray_available: bool, settings: DesktopSettings) -> CloseAction {
    if tray_available && settings.close_to_tray {
        CloseAction::HideToTray { first_time: !settings.tray_hint_shown }
    } else {
        CloseAction::Quit
    }
}

/// Reads the settings (defaults: keep running in the tray; hint not yet shown).
pub fn read(conn: &Connection) -> Result<DesktopSettings> {
    let on = |key: &str, default: bool| -> Result<bool> { Ok(settings::get(conn, key)?.map_or(default, |v| v == "1")) };
    Ok(DesktopSettings { close_to_tray: on(CLOSE_TO_TRAY, true)?, tray_hint_shown: on(TRAY_HINT_SHOWN, false)? })
}

/// Saves whether closing keeps Mend in the tray.
pub fn set_close_to_tray(conn: &Connection, on: bool) -> Result<()> {
    settings::set(conn, CLOSE_TO_TRAY, if on { "1" } else { "0" })
}

/// Records that the one-time "still running in the tray" message was shown.
pub fn mark_tray_hint_shown(conn: &Connection) -> Result<()> {
    settings::set(conn, TRAY_HINT_SHOWN, "1")
}
