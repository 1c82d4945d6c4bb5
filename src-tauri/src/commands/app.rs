//! The app's own signals: everything the first screen needs in one call, and "ready".

use serde::Serialize;
use tauri::{AppHandle, Runtime};

use mend_core::reminders::Reminder;
use mend_core::safety::{RedFlag, MENTION, RED_FLAGS};
use mend_core::store::ProfileView;
use mend_core::summary::DaySummary;

use super::data::{recovery, RecoveryStatus};
use super::{CommandResult, Db};

/// The first screen's data, fetched in one round trip at start.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Startup {
    /// Set when the data file could not be opened; nothing else is then filled in.
    pub recovery: Option<RecoveryStatus>,
    pub demo: bool,
    pub profile: Option<ProfileView>,
    pub red_flags: &'static [RedFlag],
    /// Signs to tick that are not red flags but worth raising at the next appointment.
    pub mention_signs: &'static [RedFlag],
    /// Today's summary.
    pub today: Option<DaySummary>,
    /// Reminder banners to show (due notifications are sent too).
    pub banners: Vec<Reminder>,
}

#[tauri::command(async)]
pub fn startup<R: Runtime>(app: AppHandle<R>, db: Db) -> CommandResult<Startup> {
    let recovery = recovery(&db)?;
    if recovery.is_some() {
        return Ok(Startup {
            recovery,
            demo: false,
            profile: None,
            red_flags: RED_FLAGS,
            mention_signs: MENTION,
            today: None,
            banners: Vec::new(),
        });
    }
    let due = db.due_reminders()?;
    crate::notify::send(&app, &due.notify);
    Ok(Startup {
        recovery,
        demo: db.is_demo(),
        profile: Some(db.profile()?),
        red_flags: RED_FLAGS,
        mention_signs: MENTION,
        today: Some(db.day_summary(&serde_json::json!(db.today().to_string()))?),
        banners: due.banners,
    })
}

/// Called by the page once its first screen shows real data, with `at`, the page's own clock
/// (ms since navigation started). Prints "ready <at>" on stdout when `MEND_REPORT_READY` is
/// set, so the start-up benchmark can time it; otherwise does nothing.
#[tauri::command(async)]
pub fn app_ready(at: Option<f64>) {
    if std::env::var_os("MEND_REPORT_READY").is_some() {
        println!("ready {}", at.unwrap_or(f64::NAN));
    }
}
