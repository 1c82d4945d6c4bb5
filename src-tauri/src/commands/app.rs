//! The app's own signals.

/// Called by the page once its first screen shows real data. Prints "ready" on stdout when
/// `MEND_REPORT_READY` is set, so the start-up benchmark can time it; otherwise does nothing.
#[tauri::command]
pub fn app_ready() {
    if std::env::var_os("MEND_REPORT_READY").is_some() {
        println!("ready");
    }
}
