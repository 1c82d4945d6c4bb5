//! End-to-end tests of Mend in the real WebKitGTK webview (tauri-driver + WebKitWebDriver
//! under Xvfb). Each test gets a fresh `MEND_DATA_DIR`.
//! Tests run two at a time, each holding a slot (`harness::slot`) with its own display and
//! shared window.

/// The app under test, built by cargo for this test target.
pub const APP: &str = env!("CARGO_BIN_EXE_mend");

/// The shared WebDriver harness, under the name these tests use.
mod harness {
    pub use mend_driver::*;
}

/// Opens a screen from the navigation bar, as a person would, and waits until it shows.
pub async fn open(app: &harness::App, screen: &str) {
    app.click(&format!(".nav-link[data-screen='{screen}']")).await;
    app.wait_for(
        move |a| async move { a.script("return document.body.dataset.screen").await == screen },
        "the screen to open",
    )
    .await;
}

/// Ticks or unticks a sign, as a person would, and waits until it is saved and shown (the
/// cards above the list change size, so the next click waits for the page to settle).
pub async fn tick(app: &harness::App, css: &str) {
    app.click(css).await;
    app.wait_for(
        |a| async move {
            a.script("return String(document.querySelector('#red-flag-form').getAttribute('aria-busy'))").await
                != "true"
        },
        "the signs to be saved",
    )
    .await;
}

/// Writes `doc` (a Mend JSON export) into `dir` and imports it through the command line, as
/// she would bring in a diary before opening the window.
pub fn import_diary(dir: &std::path::Path, doc: &serde_json::Value) {
    let file = dir.join("diary.json");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(&file, doc.to_string()).unwrap();
    let out = std::process::Command::new(APP)
        .args(["import", file.to_str().unwrap()])
        .env("MEND_DATA_DIR", dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Skips the first-run profile question and waits until the dialog has closed.
pub async fn skip_profile(app: &harness::App) {
    app.click("#profile-skip").await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#profile-dialog').open)").await == "false" },
        "the profile dialog to close",
    )
    .await;
}

/// Fills in the first-run profile through its controls: the baby born on 2026-10-01, then a
/// click on each control in `clicks` (CSS inside the profile form), then Save.
pub async fn fill_profile(app: &harness::App, clicks: &[&str]) {
    app.wait_text("#profile-title", "About you").await;
    // A date input's picker is not typed into the same way in every webview; set its value
    // as a person choosing a date would end up with.
    app.script("document.querySelector('#profile-form [name=birthDate]').value = '2026-10-01'").await;
    for css in clicks {
        app.click(&format!("#profile-form {css}")).await;
    }
    app.click("#profile-form button[type='submit']").await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#profile-dialog').open)").await == "false" },
        "the profile dialog to close",
    )
    .await;
}

mod a11y;
mod appointment;
mod data;
mod factors;
mod guidance;
mod installed;
mod language;
mod lock;
mod single;
mod sync;
mod today;
#[cfg(target_os = "linux")]
mod tray;
mod trends;
