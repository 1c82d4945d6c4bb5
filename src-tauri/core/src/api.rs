//! The request layer: every request that carries loose input, parsed at the boundary and
//! answered by the store. The window's commands, the command line and the tests all call these
//! functions, so one value is judged one way wherever it comes from, with the same
//! `{code, message, field}` error. Each argument is what the window sends: JSON, where a missing
//! argument reads as null (the core then names the field that is missing).
//!
//! Requests without input (`list_tags`, `quiet_hours`, …) are the store's methods themselves.

use std::path::PathBuf;

use serde_json::Value;

use crate::chart::{self, Chart};
use crate::error::Result;
use crate::factors::{self, Mood, Sleep, TagName};
use crate::guidance::{self, Page};
use crate::history::{HistoryPage, Query};
use crate::input::{flag, FromInput};
use crate::insights::Overview;
use crate::model::{DayFactors, Profile, Stored, Tag};
use crate::record::Record;
use crate::reminders::{QuietHours, Reminder};
use crate::report::ReportRequest;
use crate::requests::{self, DesktopChange, QuietHoursChange, RecoverAction, ReminderChange};
use crate::store::{LanguageView, LockStatus, Locked, ProfileView, Secret, Store};
use crate::summary::DaySummary;
use crate::transfer::apps::Options;
use crate::transfer::{Format, Report};
use crate::trends::{Range, Trends};

// Entries: pain, exercise and calcium.

/// Logs an entry of kind `T` (`Pain`, `Exercise`, `Calcium`).
pub fn log<T: Record>(store: &Store, entry: &Value) -> Result<Stored<T>> {
    store.log(T::from_input(entry, store.today())?)
}

/// Corrects entry `id` of kind `T`.
pub fn update<T: Record>(store: &Store, id: &Value, entry: &Value) -> Result<Stored<T>> {
    let id = requests::entry_id(id)?;
    store.update(id, T::from_input(entry, store.today())?)
}

pub fn delete_entry(store: &Store, kind: &Value, id: &Value) -> Result<()> {
    store.delete(requests::entry_kind(kind)?, requests::entry_id(id)?)
}

pub fn copy_previous_day(store: &Store, kind: &Value, date: &Value) -> Result<usize> {
    let kind = requests::entry_kind(kind)?;
    store.copy_previous_day(kind, requests::day(date, store.today())?)
}

pub fn day_summary(store: &Store, date: &Value) -> Result<DaySummary> {
    store.day_summary(requests::day(date, store.today())?)
}

// The day's factors: sleep, mood and her tags.

/// The day's hours of sleep (0–24 in half hours); null clears them.
pub fn set_sleep(store: &Store, date: &Value, hours: &Value) -> Result<DayFactors> {
    let date = requests::day(date, store.today())?;
    store.set_sleep(date, Sleep::from_input(hours)?)
}

/// The day's mood (0–10); null clears it.
pub fn set_mood(store: &Store, date: &Value, mood: &Value) -> Result<DayFactors> {
    let date = requests::day(date, store.today())?;
    store.set_mood(date, Mood::from_input(mood)?)
}

pub fn create_tag(store: &Store, name: &Value) -> Result<Tag> {
    store.create_tag(&TagName::from_input(name)?)
}

pub fn rename_tag(store: &Store, id: &Value, name: &Value) -> Result<Tag> {
    let id = factors::tag_id(id)?;
    store.rename_tag(id, &TagName::from_input(name)?)
}

/// Retires a tag (`retired` true) or brings it back (false).
pub fn retire_tag(store: &Store, id: &Value, retired: &Value) -> Result<Tag> {
    let id = factors::tag_id(id)?;
    store.retire_tag(id, flag(retired, "retired", "field-retired")?)
}

/// Marks a tag true on a day (`on`) or not.
pub fn set_day_tag(store: &Store, date: &Value, tag_id: &Value, on: &Value) -> Result<DayFactors> {
    let date = requests::day(date, store.today())?;
    let id = factors::tag_id(tag_id)?;
    store.set_day_tag(date, id, flag(on, "on", "field-on")?)
}

// Trends, history, insights and the report.

pub fn trends(store: &Store, range: &Value) -> Result<Trends> {
    store.trends(Range::from_input(range, store.today(), &[])?)
}

pub fn chart(store: &Store, request: &Value) -> Result<Chart> {
    store.chart(&chart::Request::from_input(request, store.today())?)
}

pub fn history(store: &Store, query: &Value) -> Result<HistoryPage> {
    store.history(Query::from_input(query, store.today())?)
}

pub fn insights(store: &Store, range: &Value) -> Result<Overview> {
    store.insights(Range::from_input(range, store.today(), &[])?)
}

/// Switches the sample data on or off.
pub fn set_demo_mode(store: &Store, on: &Value) -> Result<bool> {
    store.set_demo(flag(on, "on", "field-sample-data")?)
}

/// What the report is asked for (the window then asks where to save it).
pub fn report_request(store: &Store, request: &Value) -> Result<ReportRequest> {
    ReportRequest::from_input(request, store.today())
}

// Guidance, reminders and red flags.

pub fn get_guidance(store: &Store, id: &Value) -> Result<Page> {
    guidance::get_in(store.language(), &requests::name(id, "id", "field-article")?)
}

pub fn update_reminder(store: &Store, id: &Value, settings: &Value) -> Result<Reminder> {
    let id = requests::name(id, "id", "field-reminder")?;
    store.update_reminder(&id, &ReminderChange::from_input(settings)?)
}

pub fn snooze_reminder(store: &Store, id: &Value, minutes: &Value) -> Result<()> {
    let id = requests::name(id, "id", "field-reminder")?;
    store.snooze_reminder(&id, requests::snooze_minutes(minutes)?)
}

pub fn dismiss_reminder(store: &Store, id: &Value) -> Result<()> {
    store.dismiss_reminder(&requests::name(id, "id", "field-reminder")?)
}

pub fn save_quiet_hours(store: &Store, quiet: &Value) -> Result<QuietHours> {
    store.save_quiet_hours(&QuietHoursChange::from_input(quiet)?)
}

/// Ticks `flags` for `date`, replacing that day's set.
pub fn save_red_flags(store: &Store, date: &Value, flags: &Value) -> Result<Vec<String>> {
    let date = requests::day(date, store.today())?;
    store.save_red_flags(date, &requests::sign_ids(flags)?)
}

// Her profile, language and settings.

pub fn save_profile(store: &Store, profile: &Value) -> Result<ProfileView> {
    store.save_profile(&Profile::from_input(profile, store.today())?)
}

pub fn set_language(store: &Store, lang: &Value) -> Result<LanguageView> {
    store.set_language(requests::language(lang)?)
}

/// Sets closing to the tray, if asked; returns the whole change for the shell, which owns the
/// login entry.
pub fn save_desktop_settings(store: &Store, settings: &Value) -> Result<DesktopChange> {
    let change = DesktopChange::from_input(settings)?;
    if let Some(on) = change.close_to_tray {
        store.set_close_to_tray(on)?;
    }
    Ok(change)
}

// Her data: recovery, backups, export.

pub fn recover(store: &Store, action: &Value) -> Result<Option<PathBuf>> {
    store.recover(RecoverAction::from_input(action)?)
}

/// Restores one of the listed backups, by file name (the current data is backed up first).
pub fn restore_backup(store: &Store, file: &Value) -> Result<PathBuf> {
    store.restore_named(&requests::name(file, "file", "field-backup")?)
}

/// Imports (or, as a dry run, previews) a file with the choices she made in the preview
/// (`{ leaveOut?, map? }`, see `transfer::apps::Options`).
pub fn import_file(store: &Store, path: &std::path::Path, dry_run: bool, options: &Value) -> Result<Report> {
    store.import_file_with(path, dry_run, &Options::from_input(options)?)
}

/// An export format by name ("json", "csv").
pub fn export_format(format: &Value) -> Result<Format> {
    format.as_str().unwrap_or_default().parse()
}

// Her diary locked.

/// The passphrase, or else the recovery code, she typed.
fn secret<'a>(passphrase: &'a Value, recovery_code: &'a Value) -> Result<Secret<'a>> {
    if passphrase.is_null() && !recovery_code.is_null() {
        return Ok(Secret::RecoveryCode(requests::secret(recovery_code, "recoveryCode")?));
    }
    Ok(Secret::Passphrase(requests::secret(passphrase, "passphrase")?))
}

/// Unlocks her diary with the passphrase or the recovery code.
pub fn unlock(store: &Store, passphrase: &Value, recovery_code: &Value) -> Result<()> {
    store.unlock(secret(passphrase, recovery_code)?)
}

/// Turns encryption on; the answer holds the recovery code, to show once.
pub fn encrypt(store: &Store, passphrase: &Value, keychain: &Value) -> Result<Locked> {
    let keychain = if keychain.is_null() { false } else { flag(keychain, "keychain", "field-keychain")? };
    store.encrypt(requests::secret(passphrase, "newPassphrase")?, keychain)
}

/// Turns encryption off, once her passphrase (or code) confirms it is her asking.
pub fn decrypt(store: &Store, passphrase: &Value, recovery_code: &Value) -> Result<()> {
    store.confirm(secret(passphrase, recovery_code)?)?;
    store.decrypt()
}

/// A new passphrase, given the current one or the recovery code.
pub fn change_passphrase(store: &Store, current: &Value, recovery_code: &Value, new: &Value) -> Result<()> {
    store.change_passphrase(secret(current, recovery_code)?, requests::secret(new, "newPassphrase")?)
}

/// Keeps the key in this computer's keychain, or not.
pub fn set_keychain(store: &Store, on: &Value) -> Result<LockStatus> {
    store.set_keychain(flag(on, "keychain", "field-keychain")?)
}

/// Locks the window after so many minutes without use, or never (null).
pub fn set_idle_lock(store: &Store, minutes: &Value) -> Result<LockStatus> {
    store.set_idle_lock(requests::idle_minutes(minutes)?)
}

/// A recovery code as shown to her (for the recovery sheet).
pub fn recovery_code(code: &Value) -> Result<String> {
    let typed = requests::secret(code, "recoveryCode")?;
    crate::cipher::recovery::normalise(typed)
        .ok_or_else(|| crate::error::Error::invalid("recoveryCode", crate::i18n::Msg::new("err-not-a-recovery-code")))
}

/// Turns sync on with the folder she chose (in a native dialog) and the sync phrase she typed,
/// then syncs once.
pub fn sync_start(store: &Store, folder: &std::path::Path, phrase: &Value) -> Result<crate::sync::Report> {
    store.sync_start(folder, requests::secret(phrase, "phrase")?)
}

/// Removes another computer from sync, by its id.
pub fn sync_remove_device(store: &Store, device: &Value) -> Result<crate::sync::Status> {
    let id = device
        .as_str()
        .ok_or_else(|| crate::error::Error::invalid("device", crate::i18n::Msg::new("err-sync-device")))?;
    store.sync_remove_device(id)
}
