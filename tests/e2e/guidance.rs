//! Guidance, reminders and red flags as a person meets them.

use crate::harness::{data_dir, serial, App};
use crate::open;

#[tokio::test]
async fn read_an_article_and_search_the_guidance() {
    let _one = serial();
    let dir = data_dir("guidance");
    let app = App::launch(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    open(&app, "guidance").await;
    app.click("#guidance-list a[data-article='calcium']").await;
    app.wait_text("#reader-title", "Calcium every day, but not too much").await;
    let body = app.text("#reader-body").await;
    assert!(body.contains("2,500 mg") && body.contains("500 mg or less"), "{body}");
    assert!(app.text("#reader-sources").await.contains("Institute of Medicine"));
    assert!(app.text("#reader-reviewed").await.starts_with("Last reviewed 20"));
    assert!(app.text("#reader .disclaimer").await.contains("does not replace a clinician"));
    // An internal link opens another article.
    app.click("#reader-body a[href='#guidance/why-back-pain']").await;
    app.wait_text("#reader-title", "Why back pain is common after birth").await;

    app.type_into("#guidance-query", "calcium").await;
    app.wait_text("#guidance-hits", "Calcium every day").await;
    let first = app.script("return document.querySelector('#guidance-hits li').dataset.article").await;
    assert_eq!(first, "calcium", "the title match ranks first");
    app.type_into("#guidance-query", "zebra").await;
    app.wait_text("#guidance-hits", "Nothing matches").await;
    app.type_into("#guidance-query", "calcium").await;
    app.wait_text("#guidance-hits", "Calcium every day").await;
    app.click("#guidance-list a[data-article='when-to-see-a-clinician']").await;
    app.wait_text("#reader-title", "When to see a clinician").await;
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("guidance").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn a_ticked_red_flag_shows_the_urgent_card_at_once() {
    let _one = serial();
    let dir = data_dir("redflag");
    let app = App::launch(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    app.click("#red-flag-options input[value='fever']").await;
    let card = app.wait_text("#notices .notice.urgent", "Contact your clinician today").await;
    assert!(card.contains("38 °C"), "{card}");
    app.wait_text("#alert-bar", "Get help today").await;
    // The card links to the article.
    app.click("#notices .notice.urgent a").await;
    app.wait_text("#reader-title", "When to see a clinician").await;
    open(&app, "today").await;
    app.click("#red-flag-options input[value='breathing']").await;
    app.wait_text("#notices .notice.emergency", "Call your local emergency number now").await;
    let first = app.script("return document.querySelector('#notices .notice').className").await;
    assert!(first.contains("emergency"), "the emergency comes first: {first}");
    app.screenshot("red-flag").await;
    // Relaunch: still ticked, still shown.
    app.quit().await;
    let app = App::launch(crate::APP, &dir, &[]).await;
    app.wait_text("#alert-bar", "Emergency").await;
    assert_eq!(
        app.script("return String(document.querySelector(\"#red-flag-options input[value='fever']\").checked)").await,
        "true"
    );
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn enabling_a_reminder_whose_time_just_passed_shows_its_banner() {
    let _one = serial();
    let dir = data_dir("reminder");
    let app = App::launch(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    open(&app, "settings").await;
    app.wait_text("#reminder-list", "Calcium with breakfast").await;
    assert!(
        app.text("#reminder-list [data-reminder='calcium-breakfast']").await.contains("Calcium every day"),
        "it names its article"
    );
    // Quiet hours off, so the test does not depend on the time of day it runs.
    app.click("#quiet-form input[name='enabled']").await;
    app.wait_text("#status", "Quiet hours saved").await;
    // A minute ago, in the app's local time.
    app.script(
        "const d = new Date(Date.now() - 60000); const p = (n) => String(n).padStart(2, '0');
         const t = document.querySelector(\"[data-reminder='calcium-breakfast'] input[name='time']\");
         t.value = p(d.getHours()) + ':' + p(d.getMinutes()); t.dispatchEvent(new Event('change', {bubbles: true}))",
    )
    .await;
    app.click("[data-reminder='calcium-breakfast'] input[name='enabled']").await;
    app.wait_text("#reminder-banners", "Calcium with breakfast").await;
    app.screenshot("reminder-banner").await;
    // Snooze hides it.
    app.click("#reminder-banners [data-reminder='calcium-breakfast'] [data-act='snooze'][data-minutes='10']").await;
    let gone = "return String(!document.querySelector(\"#reminder-banners [data-reminder='calcium-breakfast']\"))";
    app.wait_for(|a| async move { a.script(gone).await == "true" }, "the banner to go").await;
    // Not shown again after a restart: it was delivered, then snoozed.
    app.quit().await;
    let app = App::launch(crate::APP, &dir, &[]).await;
    assert_eq!(app.script(gone).await, "true");
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
