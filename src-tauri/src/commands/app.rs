//! The app's own signals.

/// Called by the page once its first screen shows real data, with `at`, the page's own clock
/// (ms since navigation started). Prints "ready <at>" on stdout when `MEND_REPORT_READY` is
/// set, so the start-up benchmark can time it; otherwise does nothing.
#[tauri::command(async)]
pub fn app_ready(at: Option<f64>) {
    if std::env::var_os("MEND_REPORT_READY").is_some() {
        println!("ready {}", at.unwrap_or(f64::NAN));
    }
}
