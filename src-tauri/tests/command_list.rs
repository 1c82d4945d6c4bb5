//! One list of commands: `commands.list` is the source; the permissions build.rs makes, the
//! grants in capabilities/main.json, the handler in src/commands/mod.rs and the calls in
//! ui/api.js must name exactly the same commands. Each listed command is reachable from the
//! window through the real IPC (registered and granted), and nothing else of Tauri's is.

use std::collections::BTreeSet;
use std::path::Path;

use mend_core::clock::FixedClock;
use mend_core::Store;
use serde_json::{json, Value};
use tauri::test::mock_builder;

mod common;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn listed() -> BTreeSet<String> {
    read("commands.list")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// The words `open`..`close` wrap in `text`, e.g. every `call('…'` in api.js.
fn between(text: &str, open: &str, close: char) -> BTreeSet<String> {
    text.split(open).skip(1).filter_map(|rest| rest.split(close).next()).map(str::to_owned).collect()
}

#[test]
fn every_list_of_commands_matches_commands_list() {
    let list = listed();
    assert!(list.contains("log_pain") && list.contains("startup"));

    let caps: Value = serde_json::from_str(&read("capabilities/main.json")).unwrap();
    let granted: BTreeSet<String> = caps["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str()?.strip_prefix("allow-").map(|n| n.replace('-', "_")))
        .collect();
    assert_eq!(granted, list, "capabilities/main.json grants a different set (a command never granted?)");

    let handler = read("src/commands/mod.rs");
    let block = handler.split("generate_handler![").nth(1).unwrap().split(']').next().unwrap();
    let registered: BTreeSet<String> = block
        .split(',')
        .filter_map(|item| item.trim().rsplit("::").next().map(str::to_owned))
        .filter(|n| !n.is_empty())
        .collect();
    assert_eq!(registered, list, "commands::handler() registers a different set");

    let api = read("../ui/api.js");
    let mut called = between(&api, "call('", '\'');
    // `log_${kind}` and `update_${kind}`: one command per kind of entry.
    for template in between(&api, "call(`", '`') {
        use mend_core::model::{EntryKind, Vocabulary};
        called.extend(EntryKind::all().into_iter().map(|k| template.replace("${kind}", k.as_str())));
    }
    assert_eq!(called, list, "ui/api.js calls a different set");
}

#[test]
fn every_listed_command_is_reachable_and_tauris_own_commands_are_not() {
    // `pick_import_file` and `pick_sync_folder` would open a dialog: debug builds answer them
    // from these variables.
    std::env::set_var("MEND_E2E_PICK", "/nonexistent/for-the-test.json");
    std::env::set_var("MEND_E2E_PICK_FOLDER", "/nonexistent/for-the-test");
    let store = Store::open_in_memory().unwrap().with_clock(FixedClock::noon(2026, 11, 24));
    let app = mend_lib::app(mock_builder(), store).build(mend_lib::context()).unwrap();
    let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let invoke = |cmd: &str| common::invoke(&w, cmd, json!({}));
    for cmd in listed() {
        // Called with no arguments, a command may refuse the input, but it must exist and be allowed.
        if let Err(e) = invoke(&cmd) {
            let text = e.to_string();
            assert!(!text.contains("not allowed") && !text.contains("not found"), "{cmd}: {text}");
        }
    }
    for cmd in [
        "plugin:window|close",
        "plugin:menu|new",
        "plugin:tray|new",
        "plugin:path|resolve_directory",
        "plugin:app|version",
        "plugin:webview|print",
        "demo_mode",
    ] {
        let e = invoke(cmd).expect_err(cmd).to_string();
        assert!(e.contains("not allowed") || e.contains("not found"), "{cmd} must be refused: {e}");
    }
    let listen = invoke("plugin:event|listen").map_err(|e| e.to_string());
    assert!(!listen.as_ref().is_err_and(|e| e.contains("not allowed")), "the page may listen to events: {listen:?}");
}

/// The UI has no copy of the core's vocabularies: it receives them at start. A label of more
/// than one word (the ones a copy would spell out) appears in no file under ui/.
#[test]
fn vocabulary_labels_live_in_the_core_not_in_the_ui() {
    let catalog = serde_json::to_value(mend_core::catalog::catalog()).unwrap();
    let labels: Vec<String> = catalog["vocabulary"]
        .as_object()
        .unwrap()
        .values()
        .flat_map(|terms| terms.as_array().unwrap().iter().map(|t| t["label"].as_str().unwrap().to_owned()))
        .filter(|l| l.contains(' ') || l.chars().any(|c| c.is_ascii_digit()))
        .collect();
    assert!(labels.iter().any(|l| l == "Pelvic floor exercises"), "{labels:?}");
    let ui = Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui");
    let mut files = vec![ui.join("index.html")];
    for dir in ["lib", "views"] {
        files.extend(std::fs::read_dir(ui.join(dir)).unwrap().map(|e| e.unwrap().path()));
    }
    files.push(ui.join("main.js"));
    files.push(ui.join("api.js"));
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for l in &labels {
            assert!(!text.contains(l.as_str()), "{} spells out the core's label {l:?}", file.display());
        }
    }
}
