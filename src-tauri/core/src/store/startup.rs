//! Everything the first screen needs, in one call: the window asks once at start.

use serde::Serialize;

use super::safekeeping::RecoveryStatus;
use super::{Due, ProfileView, Store};
use crate::error::Result;
use crate::summary::DaySummary;

/// The first screen's data.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// Set when the data file could not be opened; nothing else is then filled in.
    pub recovery: Option<RecoveryStatus>,
    /// The language in force and what the window shows in it: its catalog, the
    /// vocabularies' labels (`catalog`), the signs to tick (`redFlags`, `mentionSigns`).
    #[serde(flatten)]
    pub language: super::LanguageView,
    pub demo: bool,
    pub profile: Option<ProfileView>,
    /// Today's summary.
    pub today: Option<DaySummary>,
    /// Reminder banners to show.
    pub banners: Vec<crate::reminders::Reminder>,
    /// Reminders due now, for the shell to send as notifications (not sent to the page).
    #[serde(skip)]
    pub notify: Vec<crate::reminders::Reminder>,
}

impl Store {
    /// The first screen's data; in recovery mode, only the recovery status.
    pub fn startup(&self) -> Result<Startup> {
        let mut out = Startup {
            language: super::LanguageView::of(self.language()),
            recovery: self.recovery_status()?,
            demo: false,
            profile: None,
            today: None,
            banners: Vec::new(),
            notify: Vec::new(),
        };
        if out.recovery.is_some() {
            return Ok(out);
        }
        let Due { notify, banners } = self.due_reminders()?;
        out.demo = self.is_demo();
        out.profile = Some(self.profile()?);
        out.today = Some(self.day_summary(self.today())?);
        out.banners = banners;
        out.notify = notify;
        Ok(out)
    }
}
