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
        let session = self.session()?;
        reminders::list_in(&session, session.lang)
    }

    /// Turns a reminder on or off or retimes it.
    pub fn update_reminder(&self, id: &str, change: &ReminderChange) -> Result<Reminder> {
        let session = self.session()?;
        let updated = reminders::update_in(&session, session.lang, id, change, &session.stamp)?;
        self.keep_plan(&session)?;
        Ok(updated)
    }

    /// Advances reminders to now: what to notify, and which banners show. While her diary is
    /// locked, the plan kept beside the key file says what to notify, and no banner shows.
    pub fn due_reminders(&self) -> Result<Due> {
        if self.mode() == super::Mode::Locked {
            let (lang, now) = (self.language(), self.clock.now().naive_local());
            let mut state = self.state.write().unwrap_or_else(|p| p.into_inner());
            let notify = state.plan.as_mut().map(|p| reminders::tick_locked(p, lang, now, self.started));
            return Ok(Due { notify: notify.unwrap_or_default(), banners: Vec::new() });
        }
        let mut session = self.session()?;
        let (lang, now, stamp) = (session.lang, session.now, session.stamp.clone());
        let notify = reminders::tick(&mut session, lang, now, self.started, &stamp)?;
        let banners = reminders::banners(&session, lang, now, self.started)?;
        if !notify.is_empty() {
            self.keep_plan(&session)?;
        }
        Ok(Due { notify, banners })
    }

    /// Snoozes a reminder for `minutes`.
    pub fn snooze_reminder(&self, id: &str, minutes: u32) -> Result<()> {
        let session = self.session()?;
        reminders::snooze(&session, id, minutes, session.now, &session.stamp)
    }

    /// Dismisses a reminder's banner until its next slot.
    pub fn dismiss_reminder(&self, id: &str) -> Result<()> {
        let session = self.session()?;
        reminders::dismiss(&session, id, &session.stamp)
    }

    /// The quiet hours.
    pub fn quiet_hours(&self) -> Result<QuietHours> {
        reminders::quiet_hours(&*self.session()?)
    }

    /// Saves the quiet hours.
    pub fn save_quiet_hours(&self, change: &QuietHoursChange) -> Result<QuietHours> {
        let mut session = self.session()?;
        let saved = reminders::save_quiet_hours(&mut session, change)?;
        self.keep_plan(&session)?;
        Ok(saved)
    }
}
