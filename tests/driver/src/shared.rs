//! The windows the end-to-end tests share, one per slot (`SLOTS`). A launch under WebDriver
//! takes a second or two, so a test that needs nothing of a fresh process gets its slot's
//! window instead, given a fresh start through its control socket (Mend's `e2e.rs`, built with
//! the `e2e` feature): its store opened again on the test's own data folder as at start, the
//! language, theme, sample data and file-dialog answers the test's environment asks for, and
//! the page loaded again from its first screen.
//!
//! It is launched on first use, from a thread and a runtime that live as long as the test
//! process, in a process group of its own; when the process ends, the group is stopped
//! (`atexit`), and the kernel's parent-death signal stops tauri-driver even if it is killed.

#![cfg(unix)]

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::process::Child;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use fantoccini::Client;
use serde_json::{json, Value};

use super::{App, SLOTS};

/// What a launch's environment asks of the shared window.
pub struct Reset(Value);

impl Reset {
    /// The reset that gives `dir` with `env`, or None when a variable of `env` can only be had
    /// from a launch of its own (a session bus, a shortened minute, another locale…).
    pub fn of(dir: &Path, env: &[(&str, &str)]) -> Option<Reset> {
        let (mut lang, mut dark, mut demo, mut answers) = (None, false, false, serde_json::Map::new());
        for &(name, value) in env {
            match (name, value) {
                ("LC_ALL" | "LANG", "zh_CN.UTF-8") => lang = Some("zh-CN"),
                ("GTK_THEME", "Adwaita:dark") => dark = true,
                ("GTK_THEME", "Adwaita") => dark = false,
                ("MEND_DEMO", "1") => demo = true,
                ("MEND_E2E_PICK" | "MEND_E2E_SAVE" | "MEND_E2E_PICK_FOLDER", path) => {
                    answers.insert(name.into(), path.into());
                }
                _ => return None,
            }
        }
        Some(Reset(json!({ "dir": dir, "lang": lang, "dark": dark, "demo": demo, "answers": answers })))
    }
}

/// A running shared window.
struct Window {
    client: Client,
    driver: Child,
    /// Its folder: the control socket, and the data folder it is parked on between tests.
    root: PathBuf,
    /// Its size at launch, given back at every reset (a test may have narrowed it).
    size: (u32, u32),
}

static WINDOWS: [Mutex<Option<Window>>; SLOTS] = [const { Mutex::new(None) }; SLOTS];

fn window(slot: usize) -> std::sync::MutexGuard<'static, Option<Window>> {
    WINDOWS[slot].lock().unwrap_or_else(|p| p.into_inner())
}

/// The folder of slot `slot`'s shared window in this test process.
fn root(slot: usize) -> PathBuf {
    std::env::temp_dir().join(format!("mend-e2e-shared-{}-{slot}", std::process::id()))
}

/// Slot `slot`'s shared window, given a fresh start as `reset` says and loaded again from its
/// first screen. A window that no longer answers is launched again, once.
pub async fn start(app: &str, slot: usize, reset: Reset) -> App {
    let mut relaunched = false;
    loop {
        let running = window(slot).as_ref().map(|w| (w.client.clone(), w.size));
        let (client, size) = match running {
            Some(running) => running,
            None => launch(app, slot).await,
        };
        match control(slot, &reset.0) {
            Ok(()) => {}
            Err(e) if !relaunched => {
                eprintln!("mend-driver: the shared window did not take its reset ({e}); launching it again");
                end(slot);
                relaunched = true;
                continue;
            }
            Err(e) => panic!("the shared window's reset: {e}"),
        }
        let app = App { client, driver: None, slot };
        let _ = app.client.set_window_size(size.0, size.1).await;
        let mut url = app.client.current_url().await.expect("the page's address");
        url.set_fragment(None);
        app.client.goto(url.as_str()).await.expect("the page loads again");
        app.wait_for(
            |a| async move { a.script("return document.body.dataset.ready || ''").await == "true" },
            "Mend to be ready",
        )
        .await;
        // The theme is the window's own setting here, not GTK_THEME's: the page must see it.
        let dark = reset.0["dark"] == true;
        let seen = app.script("return String(matchMedia('(prefers-color-scheme: dark)').matches)").await;
        assert_eq!(seen, dark.to_string(), "the shared window's page sees the theme it was given");
        app.watch_status().await;
        return app;
    }
}

/// Lets go of the test's data folder: the window is pointed at an empty folder of its own, and
/// hidden until the next test (a shown page idles at a quarter of a core or more here, which
/// the tests that launch their own window would lose).
pub fn park(slot: usize) {
    let request = json!({ "dir": root(slot).join("park"), "park": true });
    if let Err(e) = control(slot, &request) {
        eprintln!("mend-driver: the shared window did not let go of the test's folder: {e}");
    }
}

/// Sends one request to the window's control socket and reads its answer.
fn control(slot: usize, request: &Value) -> Result<(), String> {
    let mut stream = UnixStream::connect(root(slot).join("control")).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(60))).map_err(|e| e.to_string())?;
    writeln!(stream, "{request}").map_err(|e| e.to_string())?;
    let mut answer = String::new();
    BufReader::new(stream).read_line(&mut answer).map_err(|e| e.to_string())?;
    match answer.trim_end() {
        "ok" => Ok(()),
        other => Err(other.to_owned()),
    }
}

/// The runtime the shared window's WebDriver session lives on: one thread for the life of the
/// test process (each test's own runtime ends with the test, and the session with it).
fn runtime() -> &'static tokio::runtime::Handle {
    static HANDLE: OnceLock<tokio::runtime::Handle> = OnceLock::new();
    HANDLE.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("mend-driver-shared".into())
            .spawn(move || {
                let runtime =
                    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a tokio runtime");
                tx.send(runtime.handle().clone()).expect("the handle is taken");
                runtime.block_on(std::future::pending::<()>());
            })
            .expect("start the shared window's thread");
        rx.recv().expect("the shared window's runtime")
    })
}

/// Launches slot `slot`'s shared window on an empty folder, and notes it.
async fn launch(app: &str, slot: usize) -> (Client, (u32, u32)) {
    static ENDS_WITH_THE_TESTS: OnceLock<()> = OnceLock::new();
    ENDS_WITH_THE_TESTS.get_or_init(|| {
        // SAFETY: registers a plain `extern "C" fn` to run at exit; it only signals and waits.
        unsafe { libc::atexit(at_exit) };
    });
    let root = root(slot);
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("park")).expect("the shared window's folder");
    let control = root.join("control").to_string_lossy().into_owned();
    let (app, data) = (app.to_owned(), root.join("park"));
    let started = runtime()
        .spawn(async move {
            let env = [("MEND_E2E_CONTROL", control.as_str())];
            match App::session_in(&app, &data, &env, slot).await {
                Ok(started) => Ok(started),
                // As `App::launch`: a session that fails before Mend starts is tried once more.
                Err(first) => {
                    eprintln!("mend-driver: a new WebDriver session failed ({first}); trying once more");
                    App::session_in(&app, &data, &env, slot).await
                }
            }
        })
        .await
        .expect("the shared window's launch");
    let (client, driver) = started.unwrap_or_else(|e| panic!("WebDriver session with the shared window: {e}"));
    let first = App { client: client.clone(), driver: None, slot };
    first
        .wait_for(
            |a| async move { a.script("return document.body.dataset.ready || ''").await == "true" },
            "the shared window to be ready",
        )
        .await;
    let (w, h) = client.get_window_size().await.expect("the window's size");
    let size = (w as u32, h as u32);
    *window(slot) = Some(Window { client: client.clone(), driver, root, size });
    (client, size)
}

/// Stops slot `slot`'s shared window, if there is one, with all it started (`stop`).
fn end(slot: usize) {
    let Some(mut w) = window(slot).take() else { return };
    super::stop(&mut w.driver);
    let _ = std::fs::remove_dir_all(&w.root);
}

extern "C" fn at_exit() {
    (0..SLOTS).for_each(end);
}
