//! End-to-end tests of Mend in the real WebKitGTK webview (tauri-driver + WebKitWebDriver
//! under Xvfb). Each test gets a fresh `MEND_DATA_DIR`.

mod data;
mod guidance;
mod harness;
mod single;
mod today;
mod trends;
