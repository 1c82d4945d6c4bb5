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
    /// Her diary is encrypted and waits for its passphrase; nothing else is then filled in.
    pub locked: bool,
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
    /// How long each part took, in ms, in order (the start-up benchmark prints them; not sent).
    #[serde(skip)]
    pub timings: Vec<(&'static str, f64)>,
}

/// Runs `part`, adding how long it took to `timings` under `name`.
fn timed<T>(timings: &mut Vec<(&'static str, f64)>, name: &'static str, part: impl FnOnce() -> T) -> T {
    let started = std::time::Instant::now();
    let out = part();
    timings.push((name, started.elapsed().as_secs_f64() * 1000.0));
    out
}

impl Store {
    /// The first screen's data; in recovery mode, only the recovery status; locked, only the
    /// language (the lock screen's words).
    pub fn startup(&self) -> Result<Startup> {
        let mut timings = Vec::new();
        let lang = timed(&mut timings, "language", || self.language());
        let language = timed(&mut timings, "catalog", || super::LanguageView::of(lang));
        let recovery = timed(&mut timings, "recovery", || self.recovery_status())?;
        let mut out = Startup {
            language,
            recovery,
            locked: self.mode() == super::Mode::Locked,
            demo: false,
            profile: None,
            today: None,
            banners: Vec::new(),
            notify: Vec::new(),
            timings: Vec::new(),
        };
        if out.locked {
            // Reminders missed while Mend was closed still come, in Mend's own words.
            out.notify = timed(&mut timings, "reminders", || self.due_reminders())?.notify;
        }
        if out.recovery.is_none() && !out.locked {
            let Due { notify, banners } = timed(&mut timings, "reminders", || self.due_reminders())?;
            out.demo = self.is_demo();
            out.profile = Some(timed(&mut timings, "profile", || self.profile())?);
            out.today = Some(timed(&mut timings, "summary", || self.day_summary(self.today()))?);
            out.banners = banners;
            out.notify = notify;
        }
        out.timings = timings;
        Ok(out)
    }
}
