//! End-to-end tests of Mend in the real WebKitGTK webview (tauri-driver + WebKitWebDriver
//! under Xvfb). Each test gets a fresh `MEND_DATA_DIR`.
// Each #[tokio::test] runs on its own runtime, so tests are kept one at a time with a plain
// std Mutex held for the whole test, across awaits, on purpose.
#![allow(clippy::await_holding_lock)]

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
mod single;
mod today;
#[cfg(target_os = "linux")]
mod tray;
mod trends;
