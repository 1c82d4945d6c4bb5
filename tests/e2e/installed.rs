//! The installed package, as a user meets it: `make package-test` installs the .deb and runs
//! this against /usr/bin/mend. Ignored in `make test`, which has no package installed.

use crate::harness::{data_dir, slot, App};

#[tokio::test]
#[ignore = "run by `make package-test` once the .deb is installed"]
async fn the_installed_app_opens_on_the_today_screen() {
    let _slot = slot();
    let app_path = std::env::var("MEND_INSTALLED_APP").unwrap_or_else(|_| "/usr/bin/mend".into());
    assert!(std::path::Path::new(&app_path).exists(), "{app_path} is not installed");
    let dir = data_dir("installed");
    let app = App::launch(&app_path, &dir, &[]).await;
    crate::skip_profile(&app).await;
    app.wait_text("#today-title", "Today").await;
    app.click("#score-options label[data-score='3']").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#total-pain", "Highest 3").await;
    app.screenshot("installed-today").await;
    app.quit().await;
    assert!(dir.join("mend.sqlite3").exists(), "the installed app keeps her data in MEND_DATA_DIR");
    std::fs::remove_dir_all(&dir).unwrap();
}
