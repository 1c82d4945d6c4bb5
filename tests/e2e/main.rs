//! End-to-end tests of Mend in the real WebKitGTK webview (tauri-driver + WebKitWebDriver
//! under Xvfb). Each test gets a fresh `MEND_DATA_DIR`.

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

mod data;
mod guidance;
mod single;
mod today;
mod trends;
