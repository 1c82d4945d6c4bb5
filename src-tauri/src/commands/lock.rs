//! Her diary locked: the lock screen's unlock, locking now (idle, or asked), and Settings'
//! "Lock my diary": turning encryption on (the recovery code shown once, and saved as a PDF
//! where she chooses) and off, the passphrase, the keychain and the idle time.

use std::path::PathBuf;

use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime};

use mend_core::store::{LockStatus, Locked};
use mend_core::{api, Store};

use super::{arg, said, CommandResult, Db};

/// Her lock settings, and how long the window waits without use before it locks, in ms.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockView {
    #[serde(flatten)]
    status: LockStatus,
    idle_lock_ms: Option<u64>,
}

/// A minute, in ms; the end-to-end tests shorten it in debug builds (`MEND_E2E_MINUTE_MS`)
/// so that "lock after 1 minute" can be watched happen.
fn minute_ms() -> u64 {
    let shortened = cfg!(debug_assertions).then(|| std::env::var("MEND_E2E_MINUTE_MS").ok()?.parse().ok()).flatten();
    shortened.unwrap_or(60_000)
}

#[tauri::command(async)]
pub fn lock_status(db: Db) -> CommandResult<LockView> {
    let status = said(&db, || db.lock_status())?;
    let idle_lock_ms = status.idle_lock_minutes.map(|m| u64::from(m) * minute_ms());
    Ok(LockView { status, idle_lock_ms })
}

/// Unlocks with `passphrase`, or `recoveryCode`; then takes the day's backup if none is yet.
#[tauri::command(async)]
pub fn unlock<R: Runtime>(
    app: AppHandle<R>,
    passphrase: Option<Value>,
    recovery_code: Option<Value>,
) -> CommandResult<()> {
    let db = app.state::<Store>();
    said(&db, || api::unlock(&db, &arg(passphrase), &arg(recovery_code)))?;
    crate::tray::refresh_next(&app);
    let later = app.clone();
    std::thread::spawn(move || crate::daily_backup(&later.state::<Store>()));
    Ok(())
}

/// Locks now: the diary closes and its key is forgotten until she unlocks again.
#[tauri::command(async)]
pub fn lock_now<R: Runtime>(app: AppHandle<R>) -> CommandResult<LockStatus> {
    let db = app.state::<Store>();
    let status = said(&db, || db.lock())?;
    crate::tray::refresh_next(&app);
    Ok(status)
}

#[tauri::command(async)]
pub fn encrypt_diary(db: Db, passphrase: Option<Value>, keychain: Option<Value>) -> CommandResult<Locked> {
    said(&db, || api::encrypt(&db, &arg(passphrase), &arg(keychain)))
}

#[tauri::command(async)]
pub fn decrypt_diary(db: Db, passphrase: Option<Value>, recovery_code: Option<Value>) -> CommandResult<()> {
    said(&db, || api::decrypt(&db, &arg(passphrase), &arg(recovery_code)))
}

#[tauri::command(async)]
pub fn change_passphrase(
    db: Db,
    current: Option<Value>,
    recovery_code: Option<Value>,
    new_passphrase: Option<Value>,
) -> CommandResult<()> {
    said(&db, || api::change_passphrase(&db, &arg(current), &arg(recovery_code), &arg(new_passphrase)))
}

#[tauri::command(async)]
pub fn set_keychain(db: Db, on: Option<Value>) -> CommandResult<LockStatus> {
    said(&db, || api::set_keychain(&db, &arg(on)))
}

#[tauri::command(async)]
pub fn set_idle_lock(db: Db, minutes: Option<Value>) -> CommandResult<LockStatus> {
    said(&db, || api::set_idle_lock(&db, &arg(minutes)))
}

/// Asks where to save (native dialog), then writes the recovery code there as a one-page PDF
/// to print or keep. Null when the dialog is cancelled.
#[tauri::command(async)]
pub async fn save_recovery_code<R: Runtime>(app: AppHandle<R>, code: Option<Value>) -> CommandResult<Option<PathBuf>> {
    let store = app.state::<Store>();
    said(&store, || {
        let code = api::recovery_code(&arg(code))?;
        let lang = store.language();
        let name = mend_core::i18n::t(lang, "lock-code-file-name", &[]);
        let Some(path) = super::data::save_path(&app, name, "PDF", "pdf") else { return Ok(None) };
        store.recovery_sheet_to(&code, &path)?;
        Ok(Some(path))
    })
}
