//! Her data in the real window: recovery from a damaged file, the CLI writing while the window
//! is open, backups listed in Settings, and no network access from the page.

use std::process::Command;

use crate::harness::{data_dir, serial, App};

const MEND: &str = env!("CARGO_BIN_EXE_mend");

fn cli(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(MEND).args(args).env("MEND_DATA_DIR", dir).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[tokio::test]
async fn a_damaged_data_file_opens_the_recovery_screen_and_restores_the_newest_backup() {
    let _one = serial();
    let dir = data_dir("recovery");
    cli(&dir, &["log", "pain", "--score", "6"]);
    cli(&dir, &["log", "calcium", "--mg", "300", "--source", "food"]);
    let backup = dir.join("backups").join("mend-2026-01-01.sqlite3");
    cli(&dir, &["backup", "--out", backup.to_str().unwrap()]);
    for side in ["mend.sqlite3-wal", "mend.sqlite3-shm"] {
        let _ = std::fs::remove_file(dir.join(side));
    }
    std::fs::write(dir.join("mend.sqlite3"), b"overwritten by accident").unwrap();

    let app = App::launch(crate::APP, &dir, &[]).await;
    assert_eq!(app.script("return document.body.dataset.recovery || ''").await, "true");
    let message = app.text("#recovery-message").await;
    assert!(message.contains("not a database Mend can read"), "{message}");
    assert!(app.text("#recover-backup").await.contains("2 entries"));
    assert_eq!(app.script("return getComputedStyle(document.querySelector('.app-header nav')).display").await, "none");
    assert_eq!(app.script("return getComputedStyle(document.querySelector('#toggle-demo')).display").await, "none");
    app.screenshot("recovery").await;
    app.click("#recover-backup").await;
    app.wait_for(
        |a| async move {
            a.script("return document.body.dataset.ready || ''").await == "true"
                && a.script("return document.body.dataset.recovery || ''").await.is_empty()
        },
        "Mend to reopen",
    )
    .await;
    app.wait_text("#total-pain", "Highest 6").await;
    app.wait_text("#total-calcium", "300 mg").await;
    let kept: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert!(kept.iter().any(|f| f.starts_with("mend-damaged-")), "the damaged file is kept: {kept:?}");
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn entries_logged_from_the_command_line_appear_in_the_open_window() {
    let _one = serial();
    let dir = data_dir("cli-live");
    let app = App::launch(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    app.click("#score-options label[data-score='3']").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#total-pain", "Highest 3").await;
    // The window is open and holds its connection; the CLI writes anyway (busy timeout, WAL).
    cli(&dir, &["log", "pain", "--score", "8"]);
    // The window regains focus and shows what the CLI wrote.
    app.script("window.dispatchEvent(new Event('focus'))").await;
    app.wait_text("#total-pain", "Highest 8").await;
    assert_eq!(app.script("return String(document.querySelectorAll('#entries li.entry').length)").await, "2");

    // Settings lists the day's automatic backup.
    app.click(".nav-link[data-screen='settings']").await;
    app.wait_text("#backup-list", "entries").await;
    app.wait_text("#backup-list", &chrono::Local::now().date_naive().to_string()).await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn the_page_cannot_reach_the_network() {
    let _one = serial();
    let dir = data_dir("offline");
    let app = App::launch(crate::APP, &dir, &[]).await;
    let result = app
        .script_async(
            "fetch('https://example.com/').then(() => arguments[0]('reached'), (e) => arguments[0]('blocked: ' + e.name))",
        )
        .await;
    assert!(result.as_str().unwrap().starts_with("blocked"), "{result}");
    let image = app
        .script_async(
            "const i = new Image(); i.onload = () => arguments[0]('loaded'); i.onerror = () => arguments[0]('blocked');
             i.src = 'https://example.com/pixel.png';",
        )
        .await;
    assert_eq!(image, "blocked");
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
