//! Accessibility, measured in the real webview: axe-core on every screen in light and dark, in
//! English and Chinese, with her diary and with sample data open (`axe`), Mend used with the
//! keyboard alone (`keyboard`), and every screen at 200% text, in a 640 px window, and in both
//! at once (`layout`).

mod axe;
mod keyboard;
mod layout;

use std::process::Command;

use chrono::{Days, Local};

/// The dark theme, as GTK gives it to the webview.
pub(crate) const DARK: (&str, &str) = ("GTK_THEME", "Adwaita:dark");

/// A Chinese system.
pub(crate) const ZH: [(&str, &str); 2] = [("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8")];

/// Two weeks of her diary, imported through the CLI, so Trends and History have content.
pub(crate) fn diary(dir: &std::path::Path) {
    let today = Local::now().date_naive();
    let (mut pain, mut exercise, mut calcium) = (Vec::new(), Vec::new(), Vec::new());
    for back in 1..15u64 {
        let date = (today - Days::new(back)).to_string();
        pain.push(serde_json::json!({"date": date, "score": 3 + back % 5, "locations": ["lower_back"], "note": format!("day {back}")}));
        if back % 2 == 0 {
            exercise
                .push(serde_json::json!({"date": date, "kind": "walking", "minutes": 20 + back, "intensity": "light"}));
        }
        calcium.push(serde_json::json!({"date": date, "mg": 300 + 50 * (back % 4), "source": "food"}));
    }
    let doc =
        serde_json::json!({"format": "mend", "version": 1, "pain": pain, "exercise": exercise, "calcium": calcium});
    crate::import_diary(dir, &doc);
}

/// A data folder whose database has been overwritten, with a backup beside it: Mend opens
/// its recovery screen.
pub(crate) fn damaged(dir: &std::path::Path) {
    diary(dir);
    let backup = dir.join("backups").join("mend-2026-01-01.sqlite3");
    let out = Command::new(crate::APP)
        .args(["backup", "--out", backup.to_str().unwrap()])
        .env("MEND_DATA_DIR", dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for side in ["mend.sqlite3-wal", "mend.sqlite3-shm"] {
        let _ = std::fs::remove_file(dir.join(side));
    }
    std::fs::write(dir.join("mend.sqlite3"), b"overwritten by accident").unwrap();
}
