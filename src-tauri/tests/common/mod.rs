//! What the shell's integration tests share: a real command invoked through Tauri's IPC, as
//! the page would, with real argument deserialization and permission checks.
#![allow(dead_code)]

use serde_json::Value;
use tauri::test::{get_ipc_response, MockRuntime, INVOKE_KEY};
use tauri::WebviewWindow;

/// Invokes `cmd` with `body` as if from a page at `origin`; the command's JSON result, or its error.
pub fn invoke_from(w: &WebviewWindow<MockRuntime>, origin: &str, cmd: &str, body: Value) -> Result<Value, Value> {
    get_ipc_response(
        w,
        tauri::webview::InvokeRequest {
            cmd: cmd.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: origin.parse().unwrap(),
            body: tauri::ipc::InvokeBody::Json(body),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|b| b.deserialize::<Value>().unwrap())
}

/// Invokes `cmd` from Mend's own page.
pub fn invoke(w: &WebviewWindow<MockRuntime>, cmd: &str, body: Value) -> Result<Value, Value> {
    invoke_from(w, "tauri://localhost", cmd, body)
}

/// Every file under `dir` (folders walked), with its bytes, sorted by path: what tests grep for
/// her words in clear, and compare to show nothing changed.
pub fn files_under(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(|e| e.ok()) {
            if e.path().is_dir() {
                stack.push(e.path());
            } else if let Ok(bytes) = std::fs::read(e.path()) {
                out.push((e.path(), bytes));
            }
        }
    }
    out.sort();
    out
}

/// Runs the `mend` command line on the data folder `data` with no terminal, in English, with
/// none of the secrets' variables but those in `env`.
pub fn mend(data: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_mend"));
    c.args(args)
        .env("MEND_DATA_DIR", data)
        .env_remove("DISPLAY")
        .env_remove("LANGUAGE")
        .env_remove("MEND_PASSPHRASE")
        .env_remove("MEND_NEW_PASSPHRASE")
        .env_remove("MEND_SYNC_PASSPHRASE")
        .env_remove("MEND_TEST_SMALLEST_KDF")
        .env("LC_ALL", "C.UTF-8")
        .stdin(std::process::Stdio::null());
    c.envs(env.iter().copied());
    c.output().expect("mend runs")
}
