//! Reminder settings and delivery, through the store's clock and lock.

use serde::Serialize;

use super::Store;
use crate::error::Result;
use crate::reminders::{self, QuietHours, Reminder};
use crate::requests::{QuietHoursChange, ReminderChange};

/// What `due_reminders` returns: reminders to notify now (each once per slot) and every
/// banner that should show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Due {
    pub notify: Vec<Reminder>,
    pub banners: Vec<Reminder>,
}

impl Store {
    /// Every reminder declared in the guidance, with its settings.
    pub fn list_reminders(&self) -> Result<Vec<Reminder>> {
        let lang = self.language()?;
        reminders::list_in(&self.conn(), lang)
    }

    /// Turns a reminder on or off or retimes it.
    pub fn update_reminder(&self, id: &str, change: &ReminderChange) -> Result<Reminder> {
        let lang = self.language()?;
        reminders::update_in(&self.conn(), lang, id, change, &self.clock.timestamp())
    }

    /// Advances reminders to now: what to notify, and which banners show.
    pub fn due_reminders(&self) -> Result<Due> {
        let now = self.clock.now().naive_local();
        let lang = self.language()?;
        let mut conn = self.conn();
        let notify = reminders::tick(&mut conn, lang, now, self.started, &self.clock.timestamp())?;
        let banners = reminders::banners(&conn, lang, now, self.started)?;
        Ok(Due { notify, banners })
    }

    /// Snoozes a reminder for `minutes`.
    pub fn snooze_reminder(&self, id: &str, minutes: u32) -> Result<()> {
        reminders::snooze(&self.conn(), id, minutes, self.clock.now().naive_local(), &self.clock.timestamp())
    }

    /// Dismisses a reminder's banner until its next slot.
    pub fn dismiss_reminder(&self, id: &str) -> Result<()> {
        reminders::dismiss(&self.conn(), id, &self.clock.timestamp())
    }

    /// The quiet hours.
    pub fn quiet_hours(&self) -> Result<QuietHours> {
        reminders::quiet_hours(&self.conn())
    }

    /// Saves the quiet hours.
    pub fn save_quiet_hours(&self, change: &QuietHoursChange) -> Result<QuietHours> {
        reminders::save_quiet_hours(&mut self.conn(), change)
    }
}
