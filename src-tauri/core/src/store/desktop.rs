//! Desktop settings and the next reminder, through the store's clock and lock.

use chrono::NaiveDateTime;

use super::Store;
use crate::desktop::{self, CloseAction, DesktopSettings};
use crate::error::Result;
use crate::reminders::{self, Reminder};

impl Store {
    /// The stored desktop settings.
    pub fn desktop_settings(&self) -> Result<DesktopSettings> {
        desktop::read(&*self.session()?)
    }

    /// Saves whether closing the window keeps Mend in the tray.
    pub fn set_close_to_tray(&self, on: bool) -> Result<DesktopSettings> {
        let conn = self.session()?;
        desktop::set_close_to_tray(&conn, on)?;
        desktop::read(&conn)
    }

    /// What closing the window does now; a first hide to the tray is remembered, so she is
    /// told about it once.
    pub fn close_requested(&self, tray_available: bool) -> Result<CloseAction> {
        let conn = self.session()?;
        let action = desktop::on_close(tray_available, desktop::read(&conn)?);
        if let CloseAction::HideToTray { first_time: true } = action {
            desktop::mark_tray_hint_shown(&conn)?;
        }
        Ok(action)
    }

    /// The reminder that will next ask for attention, and when (local time).
    pub fn next_reminder(&self) -> Result<Option<(NaiveDateTime, Reminder)>> {
        if self.mode() == super::Mode::Locked {
            return Ok(None);
        }
        let session = self.session()?;
        reminders::next(&session, session.lang, session.now, self.started)
    }
}
