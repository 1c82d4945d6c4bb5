//! The window on the desktop, on a mock runtime: closing hides it while Mend has a tray and
//! quits without one; "start when I log in" writes and removes the login entry. The real
//! tray, closed and reopened in the real webview, is in tests/e2e/tray.rs. And the packages:
//! the copyright file names every third-party file Mend ships, and the changelog's newest
//! version is the one being built.

use std::sync::{Arc, Mutex};

use serde_json::json;
use tauri::test::{mock_builder, MockRuntime};
use tauri::{Manager, RunEvent, WebviewWindow};

mod common;
use common::invoke;

use mend_core::clock::FixedClock;
use mend_core::Store;
use mend_lib::tray::Tray;

fn app() -> (tauri::App<MockRuntime>, WebviewWindow<MockRuntime>) {
    let store = Store::open_in_memory().unwrap().with_clock(FixedClock::noon(2026, 11, 24));
    let app = mend_lib::app(mock_builder(), store).build(mend_lib::context()).expect("app builds");
    let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().expect("window");
    (app, w)
}

/// Runs the app (whose setup opens the window from tauri.conf.json), closes the window as the
/// desktop would, and reports whether the window was still there one turn of the event loop
/// later, and the events the app saw.
fn close_and_run(tray: bool) -> (bool, Vec<String>) {
    let store = Store::open_in_memory().unwrap().with_clock(FixedClock::noon(2026, 11, 24));
    let app = mend_lib::app(mock_builder(), store).build(mend_lib::context()).expect("app builds");
    let seen = Arc::new(Mutex::new((false, Vec::new())));
    let log = seen.clone();
    app.run_return(move |handle, event| {
        // The shell's own handler, as `mend_lib::run` gives it to the real event loop.
        mend_lib::tray::on_run_event(handle, &event);
        let mut log = log.lock().unwrap();
        match &event {
            RunEvent::Ready => {
                handle.state::<Tray<MockRuntime>>().set_available(tray);
                handle.get_webview_window("main").expect("the window from tauri.conf.json").close().unwrap();
            }
            RunEvent::WindowEvent { event: tauri::WindowEvent::CloseRequested { .. }, .. } => {
                log.1.push("close requested".into())
            }
            RunEvent::ExitRequested { .. } => log.1.push("exit requested".into()),
            RunEvent::MainEventsCleared => {
                // A turn of the loop after the close: is the window still there? Then end
                // the test's app for good.
                if let Some(window) = handle.get_webview_window("main") {
                    log.0 = true;
                    window.destroy().unwrap();
                }
            }
            _ => {}
        }
    });
    let seen = seen.lock().unwrap();
    (seen.0, seen.1.clone())
}

#[test]
fn closing_the_window_hides_it_in_the_tray_and_keeps_mend_running() {
    let (kept, events) = close_and_run(true);
    assert!(kept, "with a tray, the window outlives the close: {events:?}");
    assert_eq!(events.first().map(String::as_str), Some("close requested"));
}

#[test]
fn without_a_tray_closing_the_window_quits() {
    let (kept, events) = close_and_run(false);
    assert!(!kept, "without a tray, the window is gone: {events:?}");
    assert_eq!(events, ["close requested", "exit requested"]);
}

#[test]
fn settings_say_whether_there_is_a_tray_and_save_the_choice() {
    let (app, w) = app();
    let d = invoke(&w, "desktop_settings", json!({})).unwrap();
    assert_eq!(d["trayAvailable"], false, "no tray host on the test machine's bus");
    assert_eq!(d["closeToTray"], true);
    app.state::<Tray<MockRuntime>>().set_available(true);
    let d = invoke(&w, "save_desktop_settings", json!({"settings": {"closeToTray": false}})).unwrap();
    assert_eq!((d["trayAvailable"].clone(), d["closeToTray"].clone()), (json!(true), json!(false)));
    let e = invoke(&w, "save_desktop_settings", json!({"settings": {"closeToTray": "no"}})).unwrap_err();
    assert_eq!((e["code"].as_str(), e["field"].as_str()), (Some("invalid_input"), Some("closeToTray")));
    assert_eq!(
        invoke(&w, "desktop_settings", json!({})).unwrap()["closeToTray"],
        false,
        "the bad input changed nothing"
    );
}

/// Only this test changes HOME (the autostart entry goes to ~/.config/autostart).
#[test]
#[cfg(target_os = "linux")]
fn start_at_login_writes_and_removes_its_desktop_entry_in_her_home_folder() {
    let home = tempfile::tempdir().unwrap();
    std::env::set_var("HOME", home.path());
    let (_app, w) = app();
    let entry = home.path().join(".config/autostart/Mend.desktop");
    assert!(!entry.exists());
    let d = invoke(&w, "save_desktop_settings", json!({"settings": {"startAtLogin": true}})).unwrap();
    assert_eq!(d["startAtLogin"], true);
    let text = std::fs::read_to_string(&entry).expect("the login entry is written");
    let exec = text.lines().find(|l| l.starts_with("Exec=")).expect("an Exec line");
    assert!(exec.ends_with(" --background"), "it starts in the tray, not with a window: {exec}");
    assert!(exec.contains(std::env::current_exe().unwrap().to_str().unwrap()), "{exec}");
    assert_eq!(invoke(&w, "desktop_settings", json!({})).unwrap()["startAtLogin"], true);
    let d = invoke(&w, "save_desktop_settings", json!({"settings": {"startAtLogin": false}})).unwrap();
    assert_eq!(d["startAtLogin"], false);
    assert!(!entry.exists(), "turned off, the entry is gone");
}

// The packages: what a distribution checks that the build alone cannot.

/// The repository's root, where CHANGELOG.md, assets/ and ui/ are.
fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every file under `dir` (relative to the root), as a path relative to the root.
fn files_under(dir: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut folders = vec![root().join(dir)];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display())) {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                found.push(path.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/"));
            }
        }
    }
    found
}

/// A `Files:` pattern of the Debian copyright format: `*` is any run of characters, `/`
/// included, and `?` any one character.
fn matches(pattern: &[u8], path: &[u8]) -> bool {
    match (pattern.split_first(), path.split_first()) {
        (None, _) => path.is_empty(),
        (Some((b'*', rest)), _) => (0..=path.len()).any(|skip| matches(rest, &path[skip..])),
        (Some((p, rest)), Some((c, path))) => (*p == b'?' || p == c) && matches(rest, path),
        (Some(_), None) => false,
    }
}

#[test]
fn the_copyright_file_names_every_font_and_vendored_file_mend_ships() {
    let copyright = std::fs::read_to_string(root().join("assets/linux/copyright")).unwrap();
    // The patterns of each `Files:` paragraph (continued on lines that start with a space).
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    let mut in_files = false;
    for line in copyright.lines() {
        if let Some(patterns) = line.strip_prefix("Files:") {
            paragraphs.push(patterns.split_whitespace().map(String::from).collect());
            in_files = true;
        } else if in_files && line.starts_with(' ') {
            paragraphs.last_mut().unwrap().extend(line.split_whitespace().map(String::from));
        } else {
            in_files = false;
        }
    }
    assert_eq!(paragraphs.first(), Some(&vec!["*".to_owned()]), "the first paragraph is Mend's own, Files: *");
    let files: Vec<String> = ["assets/fonts", "ui/vendor"].iter().flat_map(|d| files_under(d)).collect();
    assert!(files.iter().any(|f| f.ends_with(".ttf")) && files.iter().any(|f| f.ends_with(".js")), "{files:?}");
    // `Files: *` covers Mend's own files; a third party's must be named by a paragraph of its own.
    let unnamed: Vec<&String> = files
        .iter()
        .filter(|f| !paragraphs[1..].iter().flatten().any(|p| matches(p.as_bytes(), f.as_bytes())))
        .collect();
    assert!(unnamed.is_empty(), "assets/linux/copyright has no paragraph for {unnamed:?}");
    for pattern in paragraphs[1..].iter().flatten() {
        let literal = &pattern[..pattern.find(['*', '?']).unwrap_or(pattern.len())];
        let folder = literal.rsplit_once('/').map_or(".", |(folder, _)| folder);
        assert!(
            files_under(folder).iter().any(|f| matches(pattern.as_bytes(), f.as_bytes())),
            "assets/linux/copyright names {pattern}, which matches no file"
        );
    }
}

#[test]
fn the_changelogs_newest_version_is_the_one_being_built() {
    let changelog = std::fs::read_to_string(root().join("CHANGELOG.md")).unwrap();
    let newest = changelog
        .lines()
        .filter_map(|l| l.strip_prefix("## ["))
        .filter_map(|l| l.split_once(']'))
        .find(|(version, _)| *version != "Unreleased")
        .expect("CHANGELOG.md has a released version");
    assert_eq!(newest.0, env!("CARGO_PKG_VERSION"), "CHANGELOG.md's newest version against Cargo.toml's");
    let date = newest.1.strip_prefix(" - ").expect("## [version] - YYYY-MM-DD");
    assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(), "{date}");
    // The packages take their version from tauri.conf.json.
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("tauri.conf.json")).unwrap()).unwrap();
    assert_eq!(config["version"], env!("CARGO_PKG_VERSION"), "tauri.conf.json's version against Cargo.toml's");
}

/// The window's bundle (`ui/app.js`, made by `make bundle`) is made from the modules as they
/// are now: its header names every source and a SHA-256 over each path and its bytes, which
/// is recomputed here. Every module under `ui/` is one of its sources, and the page loads it.
#[test]
fn the_windows_bundle_is_made_from_the_modules_as_they_are() {
    use sha2::{Digest, Sha256};
    let ui = root().join("ui");
    let bundle = std::fs::read_to_string(ui.join("app.js")).unwrap();
    let line = |prefix: &str| {
        bundle
            .lines()
            .take(5)
            .find_map(|l| l.strip_prefix(prefix))
            .unwrap_or_else(|| panic!("ui/app.js has no {prefix:?}"))
    };
    let sources: Vec<&str> = line("// sources: ").split_whitespace().collect();
    assert!(sources.contains(&"main.js") && sources.contains(&"views/today.js"), "{sources:?}");
    let mut hash = Sha256::new();
    for source in &sources {
        hash.update(format!("{source}\0"));
        hash.update(std::fs::read(ui.join(source)).unwrap_or_else(|e| panic!("ui/{source}: {e}")));
        hash.update("\0");
    }
    let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, line("// sha256: "), "ui/app.js is stale: run `make bundle` and commit it");
    let left_out: Vec<String> = files_under("ui")
        .into_iter()
        .filter(|f| f.ends_with(".js") && f != "ui/app.js")
        .filter(|f| !sources.contains(&&f["ui/".len()..]))
        // A file of types only (`export {};`) has no code to bundle.
        .filter(|f| std::fs::read_to_string(root().join(f)).unwrap().trim() != "export {};")
        .collect();
    assert!(left_out.is_empty(), "modules ui/app.js does not hold (run `make bundle`): {left_out:?}");
    let page = std::fs::read_to_string(ui.join("index.html")).unwrap();
    assert!(page.contains(r#"<script type="module" src="app.js"></script>"#), "index.html loads the bundle");
    assert_eq!(page.matches("<script").count(), 1, "index.html loads nothing but the bundle");
}

/// A view owns one screen and imports only `api.js` and `lib/`: what two screens share lives
/// in `lib/`, so no view imports another.
#[test]
fn no_view_imports_another() {
    for view in files_under("ui/views") {
        let text = std::fs::read_to_string(root().join(&view)).unwrap();
        for import in text.lines().filter(|l| l.starts_with("import ") || l.contains("import(")) {
            let imports_a_view = import.contains("'./") || import.contains("\"./") || import.contains("/views/");
            assert!(!imports_a_view, "{view} imports another view: {import}");
        }
    }
}
