//! The day's factors on Today: sleep, mood and a tag of her own, found again after a restart
//! and in History, in light and dark.

use crate::harness::{data_dir, slot, App};
use crate::open;

/// Whether the control matched by `css` is checked.
async fn checked(app: &App, css: &str) -> String {
    app.script(&format!("return String(document.querySelector(\"{css}\").checked)")).await
}

#[tokio::test]
async fn log_sleep_mood_and_a_new_tag_and_find_them_after_a_restart_and_in_history() {
    let _slot = slot();
    let dir = data_dir("factors");
    let app = App::start(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    app.wait_text("#mood-anchors", "Very good").await;

    // Sleep: a quarter hour is refused beside the field; half hours are saved.
    app.type_into("#sleep-hours", "6.25").await;
    app.click("#sleep-form button[type='submit']").await;
    app.wait_text("#sleep-form [data-error-for='hours']", "in half hours").await;
    assert_eq!(app.script("return document.activeElement.id").await, "sleep-hours", "focus moves to the field");
    app.type_into("#sleep-hours", "6.5").await;
    app.click("#sleep-form button[type='submit']").await;
    app.announced("Sleep saved").await;
    assert_eq!(app.text("#sleep-form [data-error-for='hours']").await, "");

    // Mood: the 0–10 scale, saved as soon as it is chosen.
    app.click("#mood-options label[data-mood='4']").await;
    app.announced("Mood saved").await;

    // A tag of her own: added under "Manage tags", then switched on for the day.
    app.click("#manage-tags summary").await;
    app.type_into("#tag-new-name", "Used the baby carrier").await;
    app.click("#tag-add-form button[type='submit']").await;
    app.wait_text("#tag-options", "Used the baby carrier").await;
    app.type_into("#tag-new-name", "used the BABY carrier").await;
    app.click("#tag-add-form button[type='submit']").await;
    app.wait_text("#tag-add-form [data-error-for='name']", "already have a tag").await;
    app.type_into("#tag-new-name", "Long car ride").await;
    app.click("#tag-add-form button[type='submit']").await;
    app.wait_text("#tag-options", "Long car ride").await;
    app.click("#tag-options label[data-tag='Used the baby carrier'] span").await;
    app.announced("Used the baby carrier: on").await;
    // "Long car ride" is retired: it keeps no day and is no longer offered.
    app.click("#tag-list li[data-tag='Long car ride'] button[data-retire='true']").await;
    app.wait_for(
        |a| async move { !a.text("#tag-options").await.contains("Long car ride") },
        "the retired tag to leave the chips",
    )
    .await;
    app.wait_text("#tag-list li[data-tag='Long car ride']", "Bring back").await;
    app.script("document.querySelector('#day-factors').scrollIntoView()").await;
    app.screenshot("factors-today").await;
    app.quit().await;

    // Relaunch on the same data: everything is still there.
    let app = App::launch(crate::APP, &dir, &[]).await;
    app.wait_text("#tag-options", "Used the baby carrier").await;
    app.wait_for(
        |a| async move { a.script("return document.querySelector('#sleep-hours').value").await == "6.5" },
        "the sleep to show",
    )
    .await;
    assert_eq!(checked(&app, "#mood-options input[value='4']").await, "true");
    assert_eq!(checked(&app, "#tag-options input[type='checkbox']").await, "true");
    open(&app, "history").await;
    let day = app.wait_text("#history-days", "Sleep 6.5 h").await;
    assert!(day.contains("Mood 4/10") && day.contains("Tags: Used the baby carrier"), "{day}");
    app.screenshot("factors-history").await;
    app.quit().await;

    // Dark.
    let app = App::start(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
    app.wait_text("#tag-options", "Used the baby carrier").await;
    app.click("#manage-tags summary").await;
    app.script("document.querySelector('#day-factors').scrollIntoView()").await;
    app.screenshot("factors-today-dark").await;
    open(&app, "history").await;
    app.wait_text("#history-days", "Sleep 6.5 h").await;
    app.screenshot("factors-history-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
