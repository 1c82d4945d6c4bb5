//! Helpers shared by the core's integration tests.
#![allow(dead_code)]

pub mod files;

use mend_core::clock::FixedClock;
use mend_core::Store;

/// "Today" in every core test.
pub const TODAY: &str = "2026-11-24";

/// An in-memory store whose clock is stopped at noon on TODAY.
pub fn store() -> Store {
    Store::open_in_memory().expect("in-memory store").with_clock(FixedClock::noon(2026, 11, 24))
}

/// Asserts `result` is an `invalid_input` error about `field` whose message contains `needle`.
pub fn assert_invalid<T: std::fmt::Debug>(result: mend_core::Result<T>, field: &str, needle: &str) {
    match result {
        Err(e) => {
            assert_eq!(e.code(), "invalid_input", "{e}");
            assert_eq!(e.field(), Some(field), "{e}");
            assert!(e.to_string().contains(needle), "message {:?} should contain {needle:?}", e.to_string());
        }
        Ok(v) => panic!("expected invalid_input on {field}, got {v:?}"),
    }
}

/// The store as the window's commands use it: loose JSON in, parsed at the boundary with the
/// core's own validators (`input`, `requests`), then the typed API. The existing tests keep
/// their inputs and assertions through it.
pub trait Loose {
    fn log_json<T: mend_core::record::Record>(&self, v: &Value) -> Result<mend_core::model::Stored<T>>;
    fn update_json<T: mend_core::record::Record>(&self, id: &Value, v: &Value) -> Result<mend_core::model::Stored<T>>;
    fn delete_json(&self, kind: &Value, id: &Value) -> Result<()>;
    fn copy_previous_day_json(&self, kind: &Value, date: &Value) -> Result<usize>;
    fn day_summary_json(&self, date: &Value) -> Result<mend_core::summary::DaySummary>;
    fn save_red_flags_json(&self, date: &Value, flags: &Value) -> Result<Vec<String>>;
    fn save_profile_json(&self, v: &Value) -> Result<mend_core::store::ProfileView>;
    fn trends_json(&self, v: &Value) -> Result<mend_core::trends::Trends>;
    fn chart_json(&self, v: &Value) -> Result<mend_core::chart::Chart>;
    fn history_json(&self, v: &Value) -> Result<mend_core::history::HistoryPage>;
    fn update_reminder_json(&self, id: &Value, v: &Value) -> Result<mend_core::reminders::Reminder>;
    fn snooze_reminder_json(&self, id: &Value, minutes: &Value) -> Result<()>;
    fn dismiss_reminder_json(&self, id: &Value) -> Result<()>;
    fn save_quiet_hours_json(&self, v: &Value) -> Result<mend_core::reminders::QuietHours>;
    fn recover_json(&self, action: &Value) -> Result<Option<std::path::PathBuf>>;
}

use mend_core::input::FromInput;
use mend_core::requests;
use mend_core::Result;
use serde_json::Value;

impl Loose for Store {
    fn log_json<T: mend_core::record::Record>(&self, v: &Value) -> Result<mend_core::model::Stored<T>> {
        self.log(T::from_input(v, self.today())?)
    }
    fn update_json<T: mend_core::record::Record>(&self, id: &Value, v: &Value) -> Result<mend_core::model::Stored<T>> {
        let id = requests::entry_id(id)?;
        self.update(id, T::from_input(v, self.today())?)
    }
    fn delete_json(&self, kind: &Value, id: &Value) -> Result<()> {
        self.delete(requests::entry_kind(kind)?, requests::entry_id(id)?)
    }
    fn copy_previous_day_json(&self, kind: &Value, date: &Value) -> Result<usize> {
        let kind = requests::entry_kind(kind)?;
        self.copy_previous_day(kind, requests::day(date, self.today())?)
    }
    fn day_summary_json(&self, date: &Value) -> Result<mend_core::summary::DaySummary> {
        self.day_summary(requests::day(date, self.today())?)
    }
    fn save_red_flags_json(&self, date: &Value, flags: &Value) -> Result<Vec<String>> {
        let date = requests::day(date, self.today())?;
        self.save_red_flags(date, &requests::sign_ids(flags)?)
    }
    fn save_profile_json(&self, v: &Value) -> Result<mend_core::store::ProfileView> {
        self.save_profile(&mend_core::model::Profile::from_input(v, self.today())?)
    }
    fn trends_json(&self, v: &Value) -> Result<mend_core::trends::Trends> {
        self.trends(mend_core::trends::Range::from_input(v, self.today(), &[])?)
    }
    fn chart_json(&self, v: &Value) -> Result<mend_core::chart::Chart> {
        self.chart(&mend_core::chart::Request::from_input(v, self.today())?)
    }
    fn history_json(&self, v: &Value) -> Result<mend_core::history::HistoryPage> {
        self.history(mend_core::history::Query::from_input(v, self.today())?)
    }
    fn update_reminder_json(&self, id: &Value, v: &Value) -> Result<mend_core::reminders::Reminder> {
        let id = requests::name(id, "id", "Reminder")?;
        self.update_reminder(&id, &requests::ReminderChange::from_input(v)?)
    }
    fn snooze_reminder_json(&self, id: &Value, minutes: &Value) -> Result<()> {
        let id = requests::name(id, "id", "Reminder")?;
        self.snooze_reminder(&id, requests::snooze_minutes(minutes)?)
    }
    fn dismiss_reminder_json(&self, id: &Value) -> Result<()> {
        self.dismiss_reminder(&requests::name(id, "id", "Reminder")?)
    }
    fn save_quiet_hours_json(&self, v: &Value) -> Result<mend_core::reminders::QuietHours> {
        self.save_quiet_hours(&requests::QuietHoursChange::from_input(v)?)
    }
    fn recover_json(&self, action: &Value) -> Result<Option<std::path::PathBuf>> {
        self.recover(requests::RecoverAction::from_input(action)?)
    }
}
