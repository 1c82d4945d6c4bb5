//! Mend's Tauri shell: opens the store, registers the commands, runs the window.
//! The app is built over a generic runtime so tests drive the real commands through
//! `tauri::test::mock_builder()`.

mod commands;
mod error;
mod notify;

use tauri::{Builder, Runtime};

use mend_core::Store;

pub use error::CommandError;

/// Registers Mend's state and commands on `builder`.
pub fn app<R: Runtime>(builder: Builder<R>, store: Store) -> Builder<R> {
    builder.plugin(tauri_plugin_notification::init()).manage(store).invoke_handler(commands::handler()).setup(|app| {
        notify::start(app.handle().clone());
        Ok(())
    })
}

/// Mend's Tauri context (config, embedded UI, capabilities), for any runtime.
pub fn context<R: Runtime>() -> tauri::Context<R> {
    tauri::generate_context!("../tauri.conf.json")
}

/// Opens the store in the data folder and runs the window until it is closed.
pub fn run() {
    let demo = std::env::var("MEND_DEMO").is_ok_and(|v| v == "1");
    let opened = mend_core::db::data_dir().and_then(|dir| Store::open(&dir)).and_then(|store| {
        // MEND_DEMO=1 starts in sample-data mode (screenshots, trying Mend out).
        store.set_demo(demo)?;
        Ok(store)
    });
    let store = match opened {
        Ok(store) => store,
        Err(e) => {
            eprintln!("mend: {e}");
            std::process::exit(2);
        }
    };
    app(Builder::default(), store).run(context()).expect("error while running Mend");
}
