//! The end-to-end tests' hold on a shared window. Launching Mend under WebDriver takes about
//! a second and a half, so tests that need nothing of a fresh process share one running Mend
//! and, between them, give it a fresh data folder through this control socket instead.
//!
//! Built only into debug builds with the `e2e` feature (which only `make e2e` turns on), and
//! listening only when `MEND_E2E_CONTROL` names a socket path: a Unix socket, so nothing is
//! reachable over a network and the page itself has no way to it (no command, no capability).
//!
//! One request per connection, one JSON line, answered with `ok` or `error: …`:
//! `{"dir": "/tmp/…", "lang": "zh-CN" | null, "demo": false, "dark": false, "answers": {…}}`.
//! The store closes the diary open now and opens the data folder `dir` as at start (her diary,
//! recovery or locked), with `lang` as the system's language and the sample data on when
//! `demo`; `answers` stands for the `MEND_E2E_*` file-dialog variables of a fresh launch;
//! `dark` sets the window's theme as `GTK_THEME=Adwaita:dark` would. The tests then load the
//! page again. With `"park": true` (between tests) the window is hidden instead, so an idle
//! page does not take the CPU from the test that runs next.

#![cfg(unix)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::Mutex;

use serde::Deserialize;
use tauri::{AppHandle, Manager, Runtime};

use mend_core::i18n::Lang;
use mend_core::Store;

/// Where the control socket is to be made (unset: no socket).
const CONTROL_ENV: &str = "MEND_E2E_CONTROL";

/// The file-dialog answers the last reset gave, by the variable they stand for.
static ANSWERS: Mutex<Option<HashMap<String, PathBuf>>> = Mutex::new(None);

/// The answer the last reset gave for `variable` (`MEND_E2E_PICK` …), if this is a shared window.
pub fn answer(variable: &str) -> Option<Option<PathBuf>> {
    let answers = ANSWERS.lock().unwrap_or_else(|p| p.into_inner());
    answers.as_ref().map(|a| a.get(variable).cloned())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Reset {
    dir: PathBuf,
    lang: Option<String>,
    #[serde(default)]
    demo: bool,
    #[serde(default)]
    dark: bool,
    #[serde(default)]
    answers: HashMap<String, PathBuf>,
    /// Between tests: the window is hidden, so its page stops drawing.
    #[serde(default)]
    park: bool,
}

/// Listens on `MEND_E2E_CONTROL`, if set, for the tests' resets.
pub fn listen<R: Runtime>(app: &AppHandle<R>) {
    let Some(path) = std::env::var_os(CONTROL_ENV).map(PathBuf::from) else { return };
    let _ = std::fs::remove_file(&path);
    let listener = UnixListener::bind(&path).unwrap_or_else(|e| panic!("{CONTROL_ENV} {}: {e}", path.display()));
    *ANSWERS.lock().unwrap_or_else(|p| p.into_inner()) = Some(HashMap::new());
    let app = app.clone();
    std::thread::Builder::new()
        .name("mend-e2e-control".into())
        .spawn(move || {
            for stream in listener.incoming().flatten() {
                let answer = match serve(&app, &stream) {
                    Ok(()) => "ok".to_owned(),
                    Err(e) => format!("error: {e}"),
                };
                let _ = writeln!(&stream, "{answer}");
            }
        })
        .expect("start the e2e control thread");
}

fn serve<R: Runtime>(app: &AppHandle<R>, stream: &UnixStream) -> Result<(), String> {
    let mut line = String::new();
    BufReader::new(stream).read_line(&mut line).map_err(|e| e.to_string())?;
    let reset: Reset = serde_json::from_str(&line).map_err(|e| e.to_string())?;
    let store = app.state::<Store>();
    store.reopen(&reset.dir).map_err(|e| e.to_string())?;
    let lang = reset.lang.as_deref().map_or(Some(crate::system_language()), Lang::parse_tag);
    store.set_system_language(lang.ok_or("an unknown language")?);
    if store.mode() == mend_core::store::Mode::Own {
        store.set_demo(reset.demo).map_err(|e| e.to_string())?;
    }
    *ANSWERS.lock().unwrap_or_else(|p| p.into_inner()) = Some(reset.answers);
    let window = app.get_webview_window("main").ok_or("no window")?;
    window
        .set_theme(Some(if reset.dark { tauri::Theme::Dark } else { tauri::Theme::Light }))
        .map_err(|e| e.to_string())?;
    if reset.park {
        return window.hide().map_err(|e| e.to_string());
    }
    // As at start: the day's backup of her diary (a launch takes it after the first screen).
    crate::daily_backup(&store);
    crate::tray::show_window(app);
    Ok(())
}
