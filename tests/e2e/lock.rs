//! Her diary locked, in the real window: "Lock my diary" in Settings (the stakes said before
//! she confirms, the recovery code shown once and saved as a PDF), "Lock now", the lock screen
//! (a wrong passphrase said next to the box, the right one opens her day), the recovery code
//! setting a new passphrase, and the lock screen in Chinese. Screenshots light and dark.

use std::process::Command;

use crate::harness::{data_dir, slot, App};
use crate::open;

const NOTE: &str = "back-sore-after-lifting-car-seat";

/// Waits for the lock screen (after a reload or at start).
async fn lock_screen(app: &App) {
    app.wait_for(
        |a| async move {
            a.script("return document.body.dataset.ready || ''").await == "true"
                && a.script("return document.body.dataset.locked || ''").await == "true"
        },
        "the lock screen",
    )
    .await;
}

/// Submits the unlock form and waits for her day to show.
async fn unlocked(app: &App) {
    app.click("#unlock-submit").await;
    app.wait_for(
        |a| async move {
            a.script("return document.body.dataset.ready || ''").await == "true"
                && a.script("return document.body.dataset.locked || ''").await.is_empty()
        },
        "her diary to open",
    )
    .await;
    app.wait_text("#total-pain", "Highest 7").await;
}

/// Whether any file under `dir` holds `needle`.
fn anywhere(dir: &std::path::Path, needle: &str) -> bool {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().filter_map(|e| e.ok()) {
            if e.path().is_dir() {
                stack.push(e.path());
            } else if std::fs::read(e.path()).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes())) {
                return true;
            }
        }
    }
    false
}

#[tokio::test]
async fn she_locks_her_diary_in_settings_and_the_lock_screen_opens_it_again() {
    let _slot = slot();
    let dir = data_dir("lock");
    let out = Command::new(crate::APP)
        .args(["log", "pain", "--score", "7", "--note", NOTE])
        .env("MEND_DATA_DIR", &dir)
        .output()
        .unwrap();
    assert!(out.status.success());
    let sheet = dir.join("recovery code.pdf");
    let app = App::start(crate::APP, &dir, &[("MEND_E2E_SAVE", sheet.to_str().unwrap())]).await;
    crate::skip_profile(&app).await;
    open(&app, "settings").await;
    app.wait_text("#lock-card", "Encrypt your diary").await;
    app.click("#lock-start").await;
    // The stakes are said before she confirms.
    assert!(app.text("#lock-warning").await.contains("nobody can open your diary, Mend included"));
    app.type_into("#lock-form [name=newPassphrase]", "lavender kettle morning").await;
    app.type_into("#lock-form [name=again]", "lavender kettle mornings").await;
    app.click("#lock-form button[type=submit]").await;
    app.wait_text("#lock-form [data-error-for=again]", "The two passphrases differ").await;
    app.script("document.querySelector('#lock-form [name=again]').value = ''").await;
    app.type_into("#lock-form [name=again]", "lavender kettle morning").await;
    app.click("#lock-form button[type=submit]").await;
    app.wait_text("#lock-form [data-error-for=understood]", "Tick the box").await;
    app.screenshot("lock-dialog").await;
    app.click("#lock-form [name=understood]").await;
    app.click("#lock-form button[type=submit]").await;
    let code = app.wait_text("#lock-code", "-").await;
    assert_eq!(code.len(), 29, "six groups of four: {code}");
    assert!(code.split('-').all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())));
    app.screenshot("lock-code").await;
    app.click("#lock-code-save").await;
    app.announced("Recovery code saved").await;
    let text = Command::new("pdftotext").args([sheet.to_str().unwrap(), "-"]).output().unwrap();
    assert!(String::from_utf8_lossy(&text.stdout).contains(&code), "the PDF holds the code");
    assert_eq!(app.script("return String(document.querySelector('#lock-code-done').disabled)").await, "true");
    app.click("#lock-code-kept").await;
    app.click("#lock-code-done").await;
    app.wait_text("#lock-state", "encrypted").await;
    // The data card says an export is a plain file.
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#data-export-plain').hidden)").await == "false" },
        "the note that exports are plain files",
    )
    .await;
    assert_eq!(app.script("return document.querySelector('#lock-code').textContent").await, "", "shown once");
    assert!(!anywhere(&dir, NOTE), "nothing she wrote is readable in the data folder");
    app.script("document.querySelector('#lock-card').scrollIntoView({block: 'center'})").await;
    app.screenshot("lock-settings").await;

    // Lock now: the lock screen, only it. A wrong passphrase is said; the right one opens.
    app.click("#lock-now").await;
    lock_screen(&app).await;
    assert_eq!(app.script("return getComputedStyle(document.querySelector('.app-header nav')).display").await, "none");
    app.screenshot("lock-screen").await;
    app.type_into("#unlock-form [name=passphrase]", "lavender kettle evening").await;
    app.click("#unlock-submit").await;
    app.wait_text("#unlock-form [data-error-for=passphrase]", "does not unlock this diary").await;
    app.screenshot("lock-screen-wrong").await;
    app.script("document.querySelector('#unlock-form [name=passphrase]').value = ''").await;
    app.type_into("#unlock-form [name=passphrase]", "lavender kettle morning").await;
    unlocked(&app).await;
    app.quit().await;

    // Lock after 5 minutes without use (a minute is 0.4 s in this test): she leaves it, it locks.
    let app = App::start(crate::APP, &dir, &[("MEND_E2E_MINUTE_MS", "400")]).await;
    lock_screen(&app).await;
    app.type_into("#unlock-form [name=passphrase]", "lavender kettle morning").await;
    unlocked(&app).await;
    open(&app, "settings").await;
    app.wait_text("#lock-state", "encrypted").await;
    app.script(
        "const s = document.querySelector('#lock-idle'); s.value = '5'; s.dispatchEvent(new Event('change', {bubbles: true}))",
    )
    .await;
    app.announced("Saved").await;
    // Five "minutes" of 0.4 s: 2 s without a key press, click or scroll.
    lock_screen(&app).await;
    app.quit().await;

    // At the next start, dark: locked. She has forgotten it; the recovery code sets another.
    let app = App::start(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
    lock_screen(&app).await;
    app.screenshot("lock-screen-dark").await;
    app.click("#unlock-switch").await;
    app.type_into("#unlock-form [name=recoveryCode]", &code.to_lowercase().replace('-', " ")).await;
    app.type_into("#unlock-form [name=newPassphrase]", "a brand new passphrase").await;
    app.type_into("#unlock-form [name=again]", "a brand new passphrase").await;
    app.screenshot("lock-screen-code-dark").await;
    unlocked(&app).await;
    app.quit().await;
    let out = Command::new(crate::APP)
        .args(["check"])
        .env("MEND_DATA_DIR", &dir)
        .env("MEND_PASSPHRASE", "a brand new passphrase")
        .output()
        .unwrap();
    assert!(out.status.success(), "the new passphrase opens it: {}", String::from_utf8_lossy(&out.stderr));

    // In Chinese (the system's language), light and dark.
    for (theme, name) in [("Adwaita", "zh-lock-screen"), ("Adwaita:dark", "zh-lock-screen-dark")] {
        let zh = [("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8"), ("GTK_THEME", theme)];
        let app = App::start(crate::APP, &dir, &zh).await;
        lock_screen(&app).await;
        assert_eq!(app.text("#unlock-title").await, "你的日记已上锁");
        app.type_into("#unlock-form [name=passphrase]", "wrong one").await;
        app.click("#unlock-submit").await;
        app.wait_text("#unlock-form [data-error-for=passphrase]", "无法解锁").await;
        app.screenshot(name).await;
        // Unlocked, Settings' card in Chinese.
        app.script("document.querySelector('#unlock-form [name=passphrase]').value = ''").await;
        app.type_into("#unlock-form [name=passphrase]", "a brand new passphrase").await;
        app.click("#unlock-submit").await;
        app.wait_for(
            |a| async move { a.script("return document.body.dataset.locked || ''").await.is_empty() },
            "her diary to open",
        )
        .await;
        open(&app, "settings").await;
        app.wait_text("#lock-state", "已加密").await;
        app.script("document.querySelector('#lock-card').scrollIntoView({block: 'center'})").await;
        app.screenshot(&format!("{name}-settings")).await;
        app.quit().await;
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
