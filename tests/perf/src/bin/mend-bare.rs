//! A bare Tauri 2 app: one window with one static page, built from the same tauri version as
//! Mend. It reports readiness the way Mend does, so their start-up can be compared.

mod ready {
    /// Prints "ready <at>" when `MEND_REPORT_READY` is set (the benchmark harness reads it).
    #[tauri::command]
    pub fn app_ready(at: Option<f64>) {
        if std::env::var_os("MEND_REPORT_READY").is_some() {
            println!("ready {}", at.unwrap_or(f64::NAN));
        }
    }
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready::app_ready])
        .run(tauri::generate_context!("bare/tauri.conf.json"))
        .expect("error while running the bare app");
}
