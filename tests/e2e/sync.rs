//! Sync in the real window: her other computer (the command line, on its own data folder)
//! already syncs through a folder; in Settings she chooses that folder (the native dialog's
//! answer comes from `MEND_E2E_PICK_FOLDER`), a wrong sync phrase is said next to the box, the
//! right one brings the other computer's entries onto her day, "Sync now" brings a later one,
//! a computer is removed, sync is stopped. Screenshots light, dark and in Chinese.

use std::path::Path;
use std::process::Command;

use crate::harness::{data_dir, slot, App};
use crate::open;

const PHRASE: &str = "blue teapot on the sill";

/// Runs mend on the other computer's data folder.
fn other(dir: &Path, args: &[&str]) {
    let out = Command::new(crate::APP)
        .args(args)
        .env("MEND_DATA_DIR", dir)
        .env("MEND_SYNC_PASSPHRASE", PHRASE)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Waits until the sync card shows `needle`, the card scrolled into view.
async fn card(app: &App, needle: &str) {
    app.wait_text("#sync-card", needle).await;
    app.script("document.querySelector('#sync-card').scrollIntoView({block: 'center'})").await;
}

#[tokio::test]
async fn she_joins_her_other_computer_through_a_folder_and_its_entries_show() {
    let _slot = slot();
    let root = data_dir("sync");
    let (laptop, folder) = (root.join("laptop"), root.join("Sync"));
    std::fs::create_dir_all(&folder).unwrap();
    other(&laptop, &["log", "pain", "--score", "6"]);
    other(&laptop, &["sync", "--folder", folder.to_str().unwrap()]);

    let dir = root.join("desktop");
    let pick = [("MEND_E2E_PICK_FOLDER", folder.to_str().unwrap())];
    // A window of its own, launched now: the sync Mend runs every 3 minutes would not wait
    // for "Sync now" in a window that has been up that long.
    let app = App::launch(crate::APP, &dir, &pick).await;
    crate::skip_profile(&app).await;
    open(&app, "settings").await;
    card(&app, "Keep your diary the same on your other computers").await;
    app.click("#sync-start").await;
    app.wait_text("#sync-dialog-intro", "already sync through this folder").await;
    assert_eq!(app.script("return String(document.querySelector('#sync-again').hidden)").await, "true");
    assert!(app.text("#sync-dialog").await.contains("nobody can read the files in this folder"), "the stakes first");
    app.type_into("#sync-form [name=phrase]", "green teapot on the sill").await;
    app.click("#sync-form button[type=submit]").await;
    app.wait_text("#sync-form [data-error-for=phrase]", "does not open the files").await;
    app.screenshot("sync-dialog-wrong").await;
    app.script("document.querySelector('#sync-form [name=phrase]').value = ''").await;
    app.type_into("#sync-form [name=phrase]", PHRASE).await;
    app.click("#sync-form button[type=submit]").await;
    app.announced("1 received").await;
    card(&app, "last change").await;
    assert!(app.text("#sync-state").await.contains(folder.file_name().unwrap().to_str().unwrap()));
    app.screenshot("sync-settings").await;

    // A later entry on the laptop arrives with "Sync now", and her day shows it.
    other(&laptop, &["log", "pain", "--score", "9"]);
    other(&laptop, &["sync"]);
    app.click("#sync-now").await;
    app.announced("1 received").await;
    open(&app, "today").await;
    app.wait_text("#total-pain", "Highest 9").await;
    app.quit().await;

    // Dark: the card as it is, then the laptop removed and sync stopped.
    let app = App::start(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
    open(&app, "settings").await;
    card(&app, "last change").await;
    app.screenshot("sync-settings-dark").await;
    app.click("#sync-devices button").await;
    app.wait_text("#sync-remove-title", "Remove").await;
    app.click("#sync-remove-form button[type=submit]").await;
    app.announced("was removed from sync").await;
    card(&app, "None yet").await;
    app.click("#sync-stop").await;
    card(&app, "Choose a folder").await;
    app.quit().await;
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 1, "only this computer's folder is left");

    // In Chinese: the card and the dialog to join again.
    let zh = [("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8"), pick[0]];
    let app = App::start(crate::APP, &dir, &zh).await;
    open(&app, "settings").await;
    card(&app, "与我的其他电脑同步").await;
    app.click("#sync-start").await;
    app.wait_text("#sync-dialog-intro", "已经在通过这个文件夹同步").await;
    app.screenshot("zh-sync-dialog").await;
    app.quit().await;
    std::fs::remove_dir_all(&root).unwrap();
}
