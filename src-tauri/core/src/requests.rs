//! Typed requests, and the boundary parsers that make them from loose input. The window's
//! commands and the command line turn what they receive into these values (or the core's
//! `{code, message, field}` errors); `Store` and everything under it take only typed values.

use chrono::NaiveDate;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::input::{flag, parse_date, Fields};
use crate::model::{EntryKind, Vocabulary};

/// An entry's id.
pub type EntryId = i64;

/// A `date` argument: a real day, not after `today`.
pub fn day(value: &Value, today: NaiveDate) -> Result<NaiveDate> {
    let date = value
        .as_str()
        .ok_or_else(|| Error::invalid("date", Msg::new("err-date-written")))
        .and_then(|d| parse_date(d).map_err(|m| Error::invalid("date", m)))?;
    not_after(date, today)
}

/// The core's own rule on any date it is given: not after today.
pub fn not_after(date: NaiveDate, today: NaiveDate) -> Result<NaiveDate> {
    if date > today {
        return Err(Error::invalid("date", Msg::new("err-date-after-today").arg("today", today.to_string())));
    }
    Ok(date)
}

/// An entry id: a positive whole number.
pub fn entry_id(value: &Value) -> Result<EntryId> {
    value.as_i64().filter(|id| *id > 0).ok_or_else(|| Error::invalid("id", Msg::new("err-entry-id")))
}

/// An entry kind by name.
pub fn entry_kind(value: &Value) -> Result<EntryKind> {
    value
        .as_str()
        .and_then(EntryKind::parse)
        .ok_or_else(|| Error::invalid("kind", Msg::new("err-entry-kind").arg("names", EntryKind::names())))
}

/// A language Mend speaks, by its tag ("en", "zh-CN").
pub fn language(value: &Value) -> Result<crate::i18n::Lang> {
    value
        .as_str()
        .and_then(crate::i18n::Lang::parse_tag)
        .ok_or_else(|| Error::invalid("lang", Msg::new("err-language").arg("names", crate::i18n::Lang::names())))
}

/// A name (a reminder's or an article's id) as text; `what` is the label of what it names
/// (a `field-…` id).
pub fn name(value: &Value, field: &str, what: &'static str) -> Result<String> {
    value
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| Error::invalid(field, Msg::new("err-id-text").arg("label", Msg::new(what))))
}

/// The ids of ticked signs: a list of names (which names exist is the core's to judge).
pub fn sign_ids(value: &Value) -> Result<Vec<String>> {
    let list = value.as_array().ok_or_else(|| Error::invalid("flags", Msg::new("err-flags-list")))?;
    list.iter()
        .map(|item| {
            item.as_str().map(str::to_owned).ok_or_else(|| {
                Error::invalid("flags", Msg::new("err-unknown-flag").arg("flag", crate::text::clip(&item.to_string())))
            })
        })
        .collect()
}

/// A passphrase or a recovery code as she typed it: text, not empty (`field` names the box).
pub fn secret<'a>(value: &'a Value, field: &str) -> Result<&'a str> {
    value.as_str().filter(|s| !s.is_empty()).ok_or_else(|| Error::invalid(field, Msg::new("err-secret-empty")))
}

/// The longest idle time before the window locks, in minutes.
pub const MAX_IDLE_MINUTES: u32 = 24 * 60;

/// Minutes without use before the window locks: 1 to `MAX_IDLE_MINUTES`, or null for never.
pub fn idle_minutes(value: &Value) -> Result<Option<u32>> {
    if value.is_null() {
        return Ok(None);
    }
    let rule = Msg::new("err-idle-minutes").arg("max", MAX_IDLE_MINUTES);
    let minutes = value.as_u64().and_then(|m| u32::try_from(m).ok()).filter(|m| (1..=MAX_IDLE_MINUTES).contains(m));
    minutes.map(Some).ok_or_else(|| {
        Error::invalid(
            "idleLockMinutes",
            Msg::new("err-got").arg("rule", rule).arg("value", crate::text::clip(&value.to_string())),
        )
    })
}

/// Snooze length: 1 to 1,440 minutes.
pub fn snooze_minutes(value: &Value) -> Result<u32> {
    value
        .as_i64()
        .filter(|m| (1..=1440).contains(m))
        .map(|m| m as u32)
        .ok_or_else(|| Error::invalid("minutes", Msg::new("err-snooze")))
}

/// A change to one reminder; what is left out stays as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReminderChange {
    pub enabled: Option<bool>,
    /// HH:MM, for daily and conditional reminders.
    pub time: Option<String>,
    /// 5–240, for interval reminders.
    pub minutes: Option<u32>,
}

impl ReminderChange {
    /// Reads `{ enabled?, time? (HH:MM), minutes? (5–240) }`.
    pub fn from_input(input: &Value) -> Result<Self> {
        let f = Fields::new(input, "what-reminder-settings", &["enabled", "time", "minutes"])?;
        let present = |k: &str| input.get(k).is_some_and(|v| !v.is_null());
        Ok(ReminderChange {
            enabled: present("enabled").then(|| f.flag("enabled", "field-enabled", false)).transpose()?,
            time: f.opt_time("time")?,
            minutes: present("minutes")
                .then(|| f.whole("minutes", 5, 240, Msg::new("err-interval")))
                .transpose()?
                .map(|m| m as u32),
        })
    }
}

/// A change to the quiet hours; what is left out stays as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QuietHoursChange {
    pub enabled: Option<bool>,
    pub start: Option<String>,
    pub end: Option<String>,
}

impl QuietHoursChange {
    /// Reads `{ enabled?, start? (HH:MM), end? (HH:MM) }`.
    pub fn from_input(input: &Value) -> Result<Self> {
        let f = Fields::new(input, "what-quiet-hours", &["enabled", "start", "end"])?;
        let enabled = input.get("enabled").filter(|v| !v.is_null());
        Ok(QuietHoursChange {
            enabled: enabled.map(|v| flag(v, "enabled", "field-quiet-hours")).transpose()?,
            start: f.opt_time("start")?,
            end: f.opt_time("end")?,
        })
    }
}

/// How to leave recovery mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecoverAction {
    /// Put the newest good backup in place.
    RestoreBackup,
    /// Start an empty diary.
    StartNew,
}

impl RecoverAction {
    /// `"restore_backup"` or `"start_new"`.
    pub fn from_input(value: &Value) -> Result<Self> {
        match value.as_str() {
            Some("restore_backup") => Ok(RecoverAction::RestoreBackup),
            Some("start_new") => Ok(RecoverAction::StartNew),
            _ => Err(Error::invalid("action", Msg::new("err-recover-action"))),
        }
    }
}

/// A change to how Mend lives on the desktop; what is left out stays as it is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DesktopChange {
    /// Closing the window keeps Mend in the tray (true) or quits (false).
    pub close_to_tray: Option<bool>,
    /// Start Mend, in the tray, when she logs in.
    pub start_at_login: Option<bool>,
}

impl DesktopChange {
    /// Reads `{ closeToTray?, startAtLogin? }`, each true or false.
    pub fn from_input(input: &Value) -> Result<Self> {
        Fields::new(input, "what-desktop-settings", &["closeToTray", "startAtLogin"])?;
        let one = |key: &str, label: &'static str| {
            input.get(key).filter(|v| !v.is_null()).map(|v| flag(v, key, label)).transpose()
        };
        Ok(DesktopChange {
            close_to_tray: one("closeToTray", "field-close-to-tray")?,
            start_at_login: one("startAtLogin", "field-start-at-login")?,
        })
    }
}

/// The longest "Questions I want to ask" text the report takes.
pub const MAX_QUESTIONS_CHARS: usize = 2_000;

pub use crate::report::ReportRequest;

impl ReportRequest {
    /// Reads `{ from, to, notes?, questions?, paper? ("a4" | "letter", default A4) }`.
    pub fn from_input(input: &Value, today: NaiveDate) -> Result<Self> {
        let range = crate::trends::Range::from_input(input, today, &["notes", "questions", "paper"])?;
        let f =
            Fields::new(input, "what-report-request", &["from", "to", "baselineStart", "notes", "questions", "paper"])?;
        let questions = match input.get("questions").filter(|v| !v.is_null()) {
            None => String::new(),
            Some(v) => {
                let text = v.as_str().ok_or_else(|| Error::invalid("questions", Msg::new("err-questions-text")))?;
                let chars = text.chars().count();
                if chars > MAX_QUESTIONS_CHARS {
                    return Err(Error::invalid(
                        "questions",
                        Msg::new("err-questions-too-long")
                            .arg("count", crate::text::thousands(chars as i64))
                            .arg("max", crate::text::thousands(MAX_QUESTIONS_CHARS as i64)),
                    ));
                }
                text.trim().to_owned()
            }
        };
        Ok(ReportRequest {
            range,
            notes: f.flag("notes", "field-include-notes", false)?,
            questions,
            paper: f.one_of("paper", "field-paper", Some(crate::report::Paper::A4))?,
        })
    }
}
