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

// Windows and macOS: what can be checked on Linux.

/// Every `tauri.conf.json` in the workspace (the app's and the bare benchmark window's).
fn tauri_configs() -> Vec<(String, serde_json::Value)> {
    let mut found = Vec::new();
    for dir in [".", "src-tauri", "tests"] {
        for file in if dir == "." { vec!["tauri.conf.json".to_owned()] } else { files_under(dir) } {
            let ignored = file.starts_with("src-tauri/tauri.conf.json") || file.contains("/target/");
            if file.ends_with("tauri.conf.json") && !ignored && root().join(&file).exists() {
                let config = serde_json::from_str(&std::fs::read_to_string(root().join(&file)).unwrap()).unwrap();
                found.push((file, config));
            }
        }
    }
    found
}

#[test]
fn every_tauri_config_lists_an_ico_for_windows_and_an_icns_for_macos() {
    let configs = tauri_configs();
    let names: Vec<&str> = configs.iter().map(|(f, _)| f.as_str()).collect();
    assert!(names.contains(&"tauri.conf.json") && names.contains(&"tests/perf/bare/tauri.conf.json"), "{names:?}");
    for (file, config) in &configs {
        let icons: Vec<&str> = config["bundle"]["icon"]
            .as_array()
            .map(|a| a.iter().filter_map(|i| i.as_str()).collect())
            .unwrap_or_default();
        // tauri-build stops on Windows without an .ico; the macOS bundle needs an .icns.
        for ext in [".ico", ".icns"] {
            let icon = icons.iter().find(|i| i.ends_with(ext)).unwrap_or_else(|| panic!("{file} lists no {ext} icon"));
            let at = root().join(file).parent().unwrap().join(icon);
            let at = if file == "tauri.conf.json" { root().join(icon) } else { at };
            assert!(at.is_file(), "{file}: {icon} is not a file");
        }
    }
}

#[test]
fn the_identifier_is_not_an_app_name_and_macos_and_windows_installers_are_set_up() {
    let config: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join("tauri.conf.json")).unwrap()).unwrap();
    let identifier = config["identifier"].as_str().unwrap();
    // The Tauri CLI warns on macOS about an identifier ending in .app (the bundle's extension).
    assert_eq!(identifier, "org.mend.Mend");
    assert_eq!(mend_lib::context::<MockRuntime>().config().identifier, identifier);
    let bundle = &config["bundle"];
    assert_eq!(bundle["macOS"]["signingIdentity"], "-", "ad-hoc signed, or a downloaded DMG is 'damaged'");
    // showModal() and :has() need Safari 15.4, which macOS 12.3 brings.
    assert_eq!(bundle["macOS"]["minimumSystemVersion"], "12.3");
    assert_eq!(bundle["windows"]["webviewInstallMode"]["type"], "offlineInstaller", "installs without a network");
}

#[test]
fn the_macos_menu_bar_icon_is_a_template_black_on_clear() {
    let icon = tauri::include_image!("../assets/icons/tray-template.png");
    assert_eq!((icon.width(), icon.height()), (44, 44), "22 points at 2x");
    let pixels: Vec<&[u8]> = icon.rgba().chunks(4).collect();
    assert!(pixels.iter().all(|p| p[..3] == [0, 0, 0]), "only black: macOS tints a template by its alpha");
    let opaque = pixels.iter().filter(|p| p[3] == 255).count();
    let clear = pixels.iter().filter(|p| p[3] == 0).count();
    assert!(opaque > 400 && clear > 400, "a shape, not a block: {opaque} opaque, {clear} clear");
}

#[test]
fn settings_call_the_tray_the_menu_bar_only_on_macos() {
    let (_app, w) = app();
    let d = invoke(&w, "desktop_settings", json!({})).unwrap();
    assert_eq!(d["menuBar"], cfg!(target_os = "macos"), "{d}");
}

/// The lines of `text` that compile only for some systems: inside an item or statement under
/// `#[cfg(…)]` naming unix, linux or macos (and not `not(…)`), or in a file under `#![cfg(unix)]`.
fn gated_lines(text: &str) -> Vec<bool> {
    let unix_only = |line: &str| {
        let line = line.trim_start();
        (line.starts_with("#[cfg(") || line.starts_with("#![cfg("))
            && ["unix", "target_os = \"linux\"", "target_os = \"macos\""].iter().any(|s| line.contains(s))
            && !line.contains("not(")
            && !line.contains("any(")
    };
    let whole_file = text.lines().any(|l| l.trim_start().starts_with("#![cfg(") && unix_only(l));
    let mut gated = Vec::new();
    let (mut depth, mut pending, mut until): (i64, bool, Option<i64>) = (0, false, None);
    for line in text.lines() {
        let opens = line.matches('{').count() as i64;
        let closes = line.matches('}').count() as i64;
        let attribute = line.trim_start().starts_with("#[");
        let inside = whole_file || until.is_some() || pending;
        gated.push(inside);
        if unix_only(line) {
            pending = true;
        } else if pending && !attribute && !line.trim().is_empty() && until.is_none() {
            // The gated item or statement: to the end of its block, or this line alone.
            if opens > closes {
                until = Some(depth);
            }
            pending = false;
        }
        depth += opens - closes;
        if until.is_some_and(|d| depth <= d) {
            until = None;
        }
    }
    gated
}

#[test]
fn unix_only_apis_are_used_only_where_they_compile() {
    let unix_only = [
        "std::os::unix",
        "PermissionsExt",
        "MetadataExt",
        "OpenOptionsExt",
        "DirBuilderExt",
        "libc::getuid",
        "libc::prctl",
        "libc::kill",
        "libc::setrlimit",
        "libc::mkfifo",
    ];
    let mut offences = Vec::new();
    let mut scanned = 0;
    for dir in [
        "src-tauri/src",
        "src-tauri/core/src",
        "src-tauri/core/benches",
        "src-tauri/core/tests",
        "src-tauri/tests",
        "tests/driver",
        "tests/perf/src",
        "tests/e2e",
    ] {
        for file in files_under(dir).into_iter().filter(|f| f.ends_with(".rs")) {
            let text = std::fs::read_to_string(root().join(&file)).unwrap();
            scanned += 1;
            for ((n, line), gated) in text.lines().enumerate().zip(gated_lines(&text)) {
                // The code itself: string literals (this test's own list) and comments left out.
                let code: String = line.split('"').step_by(2).collect::<Vec<_>>().join("\"\"");
                let code = code.split("//").next().unwrap_or("");
                if let Some(api) = unix_only.iter().find(|api| code.contains(*api)) {
                    if !gated {
                        offences.push(format!("{file}:{}: {api}", n + 1));
                    }
                }
            }
        }
    }
    assert!(scanned > 50, "{scanned} files");
    assert!(offences.is_empty(), "Unix-only APIs outside #[cfg(unix)] (Windows cannot build these): {offences:#?}");
}

#[test]
fn the_unix_only_scan_sees_gates_and_what_escapes_them() {
    let text = "use std::fs;\n#[cfg(unix)]\nfn a() {\n    std::os::unix::fs::symlink();\n}\nfn b() {\n    #[cfg(unix)]\n    x(PermissionsExt);\n    y(PermissionsExt);\n}\n";
    let gated = gated_lines(text);
    let at =
        |needle: &str, nth: usize| text.lines().enumerate().filter(|(_, l)| l.contains(needle)).nth(nth).unwrap().0;
    assert!(gated[at("symlink", 0)], "inside a gated fn");
    assert!(gated[at("PermissionsExt", 0)], "a gated statement");
    assert!(!gated[at("PermissionsExt", 1)], "the next statement is not");
    assert!(!gated[at("fn b", 0)]);
    assert!(gated_lines("#![cfg(unix)]\nuse libc::getuid;\n")[1], "a Unix-only file");
    assert!(!gated_lines("#[cfg(not(unix))]\nfn c() { PermissionsExt }\n")[1], "not(unix) is the other side");
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
