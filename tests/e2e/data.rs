//! Her data in the real window: recovery from a damaged file, the CLI writing while the window
//! is open, backups listed in Settings, and no network access from the page.

use std::process::Command;

use crate::harness::{data_dir, slot, App};

const MEND: &str = env!("CARGO_BIN_EXE_mend");

fn cli(dir: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(MEND).args(args).env("MEND_DATA_DIR", dir).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Restores the newest backup from the recovery screen and waits for Mend to reopen on it.
async fn restore_newest_backup(app: &App) {
    app.click("#recover-backup").await;
    app.wait_for(
        |a| async move {
            a.script("return document.body.dataset.ready || ''").await == "true"
                && a.script("return document.body.dataset.recovery || ''").await.is_empty()
        },
        "Mend to reopen",
    )
    .await;
}

#[tokio::test]
async fn a_damaged_data_file_opens_the_recovery_screen_and_restores_the_newest_backup() {
    let _slot = slot();
    let dir = data_dir("recovery");
    cli(&dir, &["log", "pain", "--score", "6"]);
    cli(&dir, &["log", "calcium", "--mg", "300", "--source", "food"]);
    let backup = dir.join("backups").join("mend-2026-01-01.sqlite3");
    cli(&dir, &["backup", "--out", backup.to_str().unwrap()]);
    for side in ["mend.sqlite3-wal", "mend.sqlite3-shm"] {
        let _ = std::fs::remove_file(dir.join(side));
    }
    std::fs::write(dir.join("mend.sqlite3"), b"overwritten by accident").unwrap();

    let app = App::start(crate::APP, &dir, &[]).await;
    assert_eq!(app.script("return document.body.dataset.recovery || ''").await, "true");
    let message = app.text("#recovery-message").await;
    assert!(message.contains("not a database Mend can read"), "{message}");
    assert!(app.text("#recover-backup").await.contains("2 entries"));
    assert_eq!(app.script("return getComputedStyle(document.querySelector('.app-header nav')).display").await, "none");
    assert_eq!(app.script("return getComputedStyle(document.querySelector('#toggle-demo')).display").await, "none");
    app.screenshot("recovery").await;
    restore_newest_backup(&app).await;
    app.wait_text("#total-pain", "Highest 6").await;
    app.wait_text("#total-calcium", "300 mg").await;
    let kept: Vec<String> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert!(kept.iter().any(|f| f.starts_with("mend-damaged-")), "the damaged file is kept: {kept:?}");
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_missing_data_file_with_backups_opens_recovery_instead_of_an_empty_diary() {
    let _slot = slot();
    let dir = data_dir("missing");
    cli(&dir, &["log", "pain", "--score", "5"]);
    let backup = dir.join("backups").join("mend-2026-01-01.sqlite3");
    cli(&dir, &["backup", "--out", backup.to_str().unwrap()]);
    for f in ["mend.sqlite3", "mend.sqlite3-wal", "mend.sqlite3-shm"] {
        let _ = std::fs::remove_file(dir.join(f));
    }
    let app = App::start(crate::APP, &dir, &[]).await;
    assert_eq!(app.script("return document.body.dataset.recovery || ''").await, "true");
    let message = app.text("#recovery-message").await;
    assert!(message.contains("is missing, but a backup of it is there"), "{message}");
    assert!(!dir.join("mend.sqlite3").exists(), "no empty diary was started");
    app.screenshot("recovery-missing").await;
    restore_newest_backup(&app).await;
    app.wait_text("#total-pain", "Highest 5").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn entries_logged_from_the_command_line_appear_in_the_open_window() {
    let _slot = slot();
    let dir = data_dir("cli-live");
    let app = App::start(crate::APP, &dir, &[]).await;
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
async fn the_page_cannot_reach_the_network_because_the_csp_blocks_it() {
    let _slot = slot();
    let dir = data_dir("offline");
    let app = App::start(crate::APP, &dir, &[]).await;
    // Offline, a fetch fails whatever the policy; only a securitypolicyviolation event proves
    // that Mend's own CSP stopped the request before it left the page. Addresses on this
    // machine are used, so nothing would leave it even if the policy were missing.
    let result = app
        .script_async(
            "const done = arguments[0]; const seen = [];
             document.addEventListener('securitypolicyviolation', (e) => seen.push(e.effectiveDirective + ' ' + e.blockedURI));
             const img = new Promise((r) => { const i = new Image(); i.onload = () => r('loaded'); i.onerror = () => r('error');
                                               i.src = 'http://127.0.0.1:9/pixel.png'; });
             const f = fetch('http://127.0.0.1:9/track').then(() => 'reached', (e) => 'failed');
             Promise.all([f, img]).then((r) => setTimeout(() => done({ results: r, violations: seen }), 200));",
        )
        .await;
    let violations: Vec<String> =
        result["violations"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect();
    assert!(violations.iter().any(|v| v.starts_with("connect-src http://127.0.0.1:9")), "{result}");
    assert!(violations.iter().any(|v| v.starts_with("img-src http://127.0.0.1:9")), "{result}");
    assert_eq!(result["results"], serde_json::json!(["failed", "error"]), "{result}");
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn an_import_is_previewed_with_every_setting_it_changes_then_applied() {
    let _slot = slot();
    let dir = data_dir("import");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("from-my-old-laptop.json");
    std::fs::write(
        &file,
        r#"{"format": "mend", "version": 1,
            "pain": [{"date": "2026-11-20", "score": 5, "locations": ["pelvis"], "note": "=1+1"}],
            "reminders": [{"id": "calcium-breakfast", "enabled": true, "time": "07:45"}],
            "quietHours": {"enabled": true, "start": "23:00", "end": "06:30"},
            "redFlags": [{"date": "2026-11-20", "flag": "leaking"}]}"#,
    )
    .unwrap();
    let app = App::start(crate::APP, &dir, &[("MEND_E2E_PICK", file.to_str().unwrap())]).await;
    crate::skip_profile(&app).await;
    app.click(".nav-link[data-screen='settings']").await;
    app.click("#import-pick").await;
    let summary = app.wait_text("#import-summary", "Would add 1 pain check-in,").await;
    assert!(summary.contains("from-my-old-laptop.json"), "{summary}");
    assert!(summary.contains("Would change a reminder: Calcium with breakfast: on at 07:45."), "{summary}");
    assert!(summary.contains("Would set quiet hours to 23:00–06:30."), "{summary}");
    assert!(summary.contains("Would add 1 red-flag check-in."), "{summary}");
    app.screenshot("import-preview").await;
    app.click("#import-apply").await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#import-preview').hidden)").await == "true" },
        "the preview to close",
    )
    .await;
    let check = cli(&dir, &["check"]);
    assert!(check.contains(", 1 entries,"), "{check}");
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Copies an import fixture (written from the app's own export code) into `dir`.
fn import_fixture(dir: &std::path::Path, name: &str) -> std::path::PathBuf {
    let from = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("core/tests/fixtures/import").join(name);
    let to = dir.join(name);
    std::fs::create_dir_all(dir).unwrap();
    std::fs::copy(from, &to).unwrap();
    to
}

/// Opens Settings (past the profile dialog on a first start), picks the file and waits for its
/// preview to say `needle`.
async fn preview(app: &App, first_start: bool, needle: &str) -> String {
    if first_start {
        crate::skip_profile(app).await;
    }
    app.click(".nav-link[data-screen='settings']").await;
    app.click("#import-pick").await;
    let summary = app.wait_text("#import-summary", needle).await;
    app.script("document.querySelector('#import-preview').scrollIntoView({block: 'center'})").await;
    summary
}

#[tokio::test]
async fn a_flaredown_file_is_previewed_with_its_rating_mapping_which_she_can_leave_out() {
    let _slot = slot();
    let dir = data_dir("import-flaredown");
    let file = import_fixture(&dir, "flaredown.csv");
    let pick = [("MEND_E2E_PICK", file.to_str().unwrap())];
    let app = App::start(crate::APP, &dir, &pick).await;
    let summary = preview(&app, true, "Read as a Flaredown export.").await;
    assert!(
        summary.contains("Import Flaredown's 0–4 rating “Lower back pain” → 0–10: ×2.5, rounded (3 values;"),
        "{summary}"
    );
    assert!(summary.contains("Would add 3 pain check-ins"), "{summary}");
    assert!(summary.contains("Not imported, as Mend does not keep them: Postpartum recovery (3), Fatigue (2), Ibuprofen (3), foods (3), weather (3)."), "{summary}");
    app.screenshot("import-flaredown").await;
    // Leaving the column out, then taking it back.
    app.click("input[data-scale='Lower back pain']").await;
    let summary = app.wait_text("#import-summary", "Would add 0 pain check-ins").await;
    assert!(summary.contains("Lower back pain (3)"), "{summary}");
    app.click("input[data-scale='Lower back pain']").await;
    app.wait_text("#import-summary", "Would add 3 pain check-ins").await;
    app.click("#import-apply").await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#import-preview').hidden)").await == "true" },
        "the preview to close",
    )
    .await;
    assert!(cli(&dir, &["check"]).contains(", 3 entries,"));
    app.quit().await;

    let app = App::start(crate::APP, &dir, &[pick[0], ("GTK_THEME", "Adwaita:dark")]).await;
    let summary = preview(&app, false, "Read as a Flaredown export.").await;
    assert!(summary.contains("Would add 0 pain check-ins"), "imported once: {summary}");
    app.screenshot("import-flaredown-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();

    let dir = data_dir("import-flaredown-zh");
    let file = import_fixture(&dir, "flaredown.csv");
    let zh = [("MEND_E2E_PICK", file.to_str().unwrap()), ("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8")];
    let app = App::start(crate::APP, &dir, &zh).await;
    let summary = preview(&app, true, "按 Flaredown 导出的文件读取。").await;
    assert!(summary.contains("导入 Flaredown 的 0–4 分评分“Lower back pain”→ 0–10：×2.5"), "{summary}");
    assert!(summary.contains("食物（3）、天气（3）"), "{summary}");
    app.screenshot("import-flaredown-zh").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_csv_of_her_own_is_mapped_column_by_column_in_the_preview() {
    let _slot = slot();
    let dir = data_dir("import-generic");
    let file = import_fixture(&dir, "generic.csv");
    let app = App::start(crate::APP, &dir, &[("MEND_E2E_PICK", file.to_str().unwrap())]).await;
    preview(&app, true, "This CSV is not from an app Mend knows.").await;
    assert_eq!(app.script("return String(document.querySelector('#import-apply').hidden)").await, "true");
    app.screenshot("import-map").await;
    app.script(
        "const f = document.querySelector('form.import-map');
         const set = (name, value) => { f.elements[name].value = value; };
         set('date', 'Day'); set('dateFormat', 'DD/MM/YYYY'); set('pain', 'Back pain'); set('note', 'Notes');
         set('sleep', 'Sleep');
         f.querySelector('input[name=tags][value=Physio]').checked = true;
         f.requestSubmit();",
    )
    .await;
    let summary = app.wait_text("#import-summary", "Read with your column mapping.").await;
    assert!(!summary.contains("null"), "nothing but the name above the preview: {summary}");
    assert!(summary.contains("Would add 3 pain check-ins"), "{summary}");
    assert!(summary.contains("Would create the tags “Physio”"), "{summary}");
    app.screenshot("import-map-preview").await;
    app.click("#import-apply").await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#import-preview').hidden)").await == "true" },
        "the preview to close",
    )
    .await;
    assert!(cli(&dir, &["check"]).contains(", 3 entries,"));
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
