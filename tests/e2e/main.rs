//! End-to-end tests of Mend in the real WebKitGTK webview (tauri-driver + WebKitWebDriver
//! under Xvfb). Each test gets a fresh `MEND_DATA_DIR`.

/// The app under test, built by cargo for this test target.
pub const APP: &str = env!("CARGO_BIN_EXE_mend");

/// The shared WebDriver harness, under the name these tests use.
mod harness {
    pub use mend_driver::*;
}

mod data;
mod guidance;
mod single;
mod today;
mod trends;
