//! The commands the UI calls, filed by what they serve. Each one delegates to the core's request
//! layer (`mend_core::api`) and says its error in her language; inputs arrive as loose JSON so
//! that a wrongly typed value becomes a field-level `invalid_input` error from the core instead
//! of Tauri's bare deserialization string.

mod app;
mod data;

pub use data::Picked;
mod entries;
mod factors;
mod guidance;
mod history;
mod language;
mod lock;
mod profile;
mod reminders;
mod report;
mod safety;
mod sync;
mod trends;

pub use sync::announce as announce_sync;

use tauri::{Runtime, State};

use mend_core::Store;

pub use crate::error::said;
use crate::error::CommandError;

/// What every command returns.
pub type CommandResult<T> = Result<T, CommandError>;

/// The managed store.
pub type Db<'a> = State<'a, Store>;

/// A command argument as loose JSON: a missing one reads as null, so the core can say which
/// field is missing instead of Tauri rejecting with a bare string.
pub fn arg(value: Option<serde_json::Value>) -> serde_json::Value {
    value.unwrap_or_default()
}

/// The handler with every Mend command; the list matches `commands.list` (a test checks it).
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_ready,
        app::startup,
        app::desktop_settings,
        app::save_desktop_settings,
        language::set_language,
        profile::get_profile,
        profile::save_profile,
        entries::log_pain,
        entries::log_exercise,
        entries::log_calcium,
        entries::update_pain,
        entries::update_exercise,
        entries::update_calcium,
        entries::delete_entry,
        entries::day_summary,
        entries::copy_previous_day,
        factors::set_sleep,
        factors::set_mood,
        factors::list_tags,
        factors::create_tag,
        factors::rename_tag,
        factors::retire_tag,
        factors::set_day_tag,
        trends::trends,
        trends::chart_svg,
        trends::data_span,
        trends::insights,
        history::history,
        data::set_demo_mode,
        report::save_report,
        guidance::list_guidance,
        guidance::get_guidance,
        guidance::search_guidance,
        reminders::list_reminders,
        reminders::update_reminder,
        reminders::snooze_reminder,
        reminders::dismiss_reminder,
        reminders::due_reminders,
        reminders::quiet_hours,
        reminders::save_quiet_hours,
        safety::red_flag_list,
        safety::save_red_flags,
        safety::alerts,
        data::recovery_status,
        data::recover,
        data::list_backups,
        data::backup_now,
        data::restore_backup,
        data::export_data,
        data::pick_import_file,
        data::preview_import,
        data::import_data,
        lock::lock_status,
        lock::unlock,
        lock::lock_now,
        lock::encrypt_diary,
        lock::decrypt_diary,
        lock::change_passphrase,
        lock::set_keychain,
        lock::set_idle_lock,
        lock::save_recovery_code,
        sync::sync_status,
        sync::pick_sync_folder,
        sync::sync_start,
        sync::sync_now,
        sync::sync_remove_device,
        sync::sync_stop,
    ]
}
