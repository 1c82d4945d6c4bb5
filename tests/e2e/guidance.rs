//! Guidance, reminders and red flags as a person meets them.

use crate::harness::{data_dir, slot, App};
use crate::{open, tick};

#[tokio::test]
async fn read_an_article_and_search_the_guidance() {
    let _slot = slot();
    let dir = data_dir("guidance");
    let app = App::start(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    open(&app, "guidance").await;
    app.click("#guidance-list a[data-article='calcium']").await;
    app.wait_text("#reader-title", "Calcium every day, but not too much").await;
    let body = app.text("#reader-body").await;
    assert!(body.contains("2,500 mg") && body.contains("500 mg or less"), "{body}");
    assert!(app.text("#reader-sources").await.contains("Institute of Medicine"));
    let reviewed = app.text("#reader-reviewed").await;
    assert!(reviewed.starts_with("Last reviewed ") && reviewed.contains("2026"), "{reviewed}");
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

/// Fills in the first-run profile: born on 2026-10-01, with an epidural.
async fn profile_with_epidural(app: &App) {
    crate::fill_profile(app, &["input[name='epidural']"]).await;
}

#[tokio::test]
async fn a_cauda_equina_sign_shows_the_emergency_card_with_the_words_to_use() {
    let _slot = slot();
    let dir = data_dir("redflag");
    let app = App::start(crate::APP, &dir, &[]).await;
    profile_with_epidural(&app).await;
    tick(&app, "#red-flag-options input[value='saddle_numbness']").await;
    let card = app
        .wait_text(
            "#notices .notice.emergency",
            "Call your local emergency number or go to the emergency department now",
        )
        .await;
    assert!(card.contains("Trust your instincts: if something feels seriously wrong, get help."), "{card}");
    assert!(card.contains("I gave birth on 1 October 2026 and I am having numbness between my legs."), "{card}");
    app.wait_text("#alert-bar .alert.emergency", "Emergency").await;
    app.screenshot("red-flag-emergency").await;

    // An urgent sign alone says "now", never "today"; with epidural-site pain it becomes an emergency.
    tick(&app, "#red-flag-options input[value='saddle_numbness']").await;
    tick(&app, "#red-flag-options input[value='fever']").await;
    let urgent = app.wait_text("#notices .notice.urgent", "Contact your midwife, doctor or maternity unit now").await;
    assert!(!urgent.to_lowercase().contains("today"), "{urgent}");
    app.script("document.querySelector('#notices').scrollIntoView()").await;
    app.screenshot("red-flag-urgent").await;
    app.script("document.querySelector('#red-flag-form').scrollIntoView()").await;
    app.screenshot("red-flag-list").await;
    tick(&app, "#red-flag-options input[value='epidural_site']").await;
    let raised = app.wait_text("#notices .notice.emergency", "needs emergency care").await;
    assert!(raised.contains("a fever and pain at my epidural site"), "{raised}");
    assert_eq!(app.script("return String(document.querySelectorAll('#notices .notice.card-flag').length)").await, "1");

    // A little leaking is a calm note, not a red flag.
    tick(&app, "#red-flag-options input[value='fever']").await;
    tick(&app, "#red-flag-options input[value='epidural_site']").await;
    tick(&app, "#mention-options input[value='leaking']").await;
    let note = app.wait_text("#notices .notice.info", "next appointment").await;
    assert!(note.contains("not an emergency"), "{note}");
    app.wait_for(|a| async move { a.text("#alert-bar").await.is_empty() }, "the alert bar to clear").await;
    app.click("#notices .notice.info a").await;
    app.wait_text("#reader-title", "Your pelvic floor after birth").await;

    // History keeps the day's signs.
    open(&app, "today").await;
    tick(&app, "#red-flag-options input[value='fall']").await;
    app.wait_text("#notices .notice.urgent", "Back pain after a fall").await;
    open(&app, "history").await;
    let day = app.wait_text("#history-days .history-flags", "Back pain after a fall").await;
    assert!(day.contains("Leaking a little urine"), "{day}");
    app.screenshot("history-signs").await;

    // Relaunch: still ticked, still shown.
    app.quit().await;
    let app = App::launch(crate::APP, &dir, &[]).await;
    app.wait_text("#alert-bar", "Urgent").await;
    assert_eq!(
        app.script("return String(document.querySelector(\"#red-flag-options input[value='fall']\").checked)").await,
        "true"
    );
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// In Chinese: the grouped list, the one-tick epidural sign as 危急 with 120, an urgent sign as
/// 紧急 (never "soon"), and History with the same word. Light and dark, for the screenshots.
#[tokio::test]
async fn in_chinese_the_one_tick_epidural_sign_is_weiji_with_120() {
    let _slot = slot();
    let dir = data_dir("redflag-zh");
    let zh = [("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8")];
    let app = App::start(crate::APP, &dir, &zh).await;
    crate::skip_profile(&app).await;
    // The signs under short headings, each heading a fieldset's legend.
    let legends = app.script("return [...document.querySelectorAll('#red-flag-options fieldset.sign-group > legend')].map(l => l.textContent).join('|')").await;
    assert_eq!(legends, "出血、发烧和感染|头部、胸部和呼吸|腰背和腿|腹部、肿胀和疲惫|心理和情绪");
    app.script("document.querySelector('#red-flag-form').scrollIntoView()").await;
    app.screenshot("zh-red-flag-list").await;

    tick(&app, "#red-flag-options input[value='epidural_fever']").await;
    let card = app.wait_text("#notices .notice.card-flag.emergency", "危急").await;
    assert!(card.contains("请立即拨打当地急救电话（中国大陆为 120）或去急诊。"), "{card}");
    assert!(card.contains("我在______生的孩子，现在有这些情况：硬膜外麻醉穿刺处疼痛并伴有发烧或脖子发硬。"), "{card}");
    app.wait_text("#alert-bar .alert.emergency", "危急").await;
    app.script("document.querySelector('#notices').scrollIntoView()").await;
    app.screenshot("zh-red-flag-emergency").await;

    // Dizziness alone is 紧急: now, with the hospital's 产科 first and 120 as the fallback.
    tick(&app, "#red-flag-options input[value='epidural_fever']").await;
    tick(&app, "#red-flag-options input[value='dizziness']").await;
    let urgent = app.wait_text("#notices .notice.card-flag.urgent", "紧急").await;
    assert!(urgent.contains("请立即联系你分娩医院的产科或你的医生。"), "{urgent}");
    assert!(urgent.contains("中国大陆为 120"), "{urgent}");
    for never in ["尽快", "今天", "危急"] {
        assert!(!urgent.contains(never), "the urgent card says {never}: {urgent}");
    }
    app.script("document.querySelector('#notices').scrollIntoView()").await;
    app.screenshot("zh-red-flag-urgent").await;

    // History names the day's level with the same word.
    tick(&app, "#red-flag-options input[value='epidural_fever']").await;
    open(&app, "history").await;
    let day = app.wait_text("#history-days .history-flags", "【危急】").await;
    assert!(day.contains("头晕，但没有晕倒"), "{day}");
    app.quit().await;

    let app = App::start(crate::APP, &dir, &[zh[0], zh[1], ("GTK_THEME", "Adwaita:dark")]).await;
    app.wait_text("#notices .notice.card-flag.emergency", "危急").await;
    app.script("document.querySelector('#notices').scrollIntoView()").await;
    app.screenshot("zh-red-flag-emergency-dark").await;
    tick(&app, "#red-flag-options input[value='epidural_fever']").await;
    app.wait_text("#notices .notice.card-flag.urgent", "紧急").await;
    app.script("document.querySelector('#notices').scrollIntoView()").await;
    app.screenshot("zh-red-flag-urgent-dark").await;
    app.script("document.querySelector('#red-flag-form').scrollIntoView()").await;
    app.screenshot("zh-red-flag-list-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn guidance_for_you_comes_first_and_a_new_article_reads_through() {
    let _slot = slot();
    let dir = data_dir("foryou");
    let app = App::start(crate::APP, &dir, &[]).await;
    profile_with_epidural(&app).await;
    open(&app, "guidance").await;
    let mine = app.wait_text("#for-you-list", "Epidurals and back pain").await;
    assert!(mine.contains("epidural"), "{mine}");
    let first = app.script("return document.querySelector('#guidance nav a[data-article]').dataset.article").await;
    assert_eq!(first, "epidurals-and-back-pain", "her article comes first");
    app.click("#for-you-list a[data-article='epidurals-and-back-pain']").await;
    app.wait_text("#reader-title", "Epidurals and back pain").await;
    let body = app.text("#reader-body").await;
    assert!(body.contains("emergency"), "{body}");
    assert!(app.text("#reader-sources").await.contains("BMJ"), "the trial is cited");
    assert!(app.text("#reader-reviewed").await.contains("Next review"));
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("guidance-for-you").await;
    app.quit().await;

    // Dark, for the screenshots.
    let app = App::start(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
    open(&app, "guidance").await;
    app.wait_text("#for-you-list", "Epidurals and back pain").await;
    app.screenshot("guidance-for-you-dark").await;
    open(&app, "today").await;
    tick(&app, "#red-flag-options input[value='leg_weakness']").await;
    app.wait_text("#notices .notice.emergency", "I gave birth on 1 October 2026").await;
    app.screenshot("red-flag-emergency-dark").await;
    tick(&app, "#red-flag-options input[value='leg_weakness']").await;
    tick(&app, "#red-flag-options input[value='racing_heart']").await;
    app.wait_text("#notices .notice.urgent", "a racing heartbeat").await;
    app.script("document.querySelector('#notices').scrollIntoView()").await;
    app.screenshot("red-flag-urgent-dark").await;
    app.script("document.querySelector('#red-flag-form').scrollIntoView()").await;
    app.screenshot("red-flag-list-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn enabling_a_reminder_whose_time_just_passed_shows_its_banner() {
    let _slot = slot();
    let dir = data_dir("reminder");
    let app = App::start(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    open(&app, "settings").await;
    app.wait_text("#reminder-list", "Calcium with breakfast").await;
    assert!(
        app.text("#reminder-list [data-reminder='calcium-breakfast']").await.contains("Calcium every day"),
        "it names its article"
    );
    // Quiet hours off, so the test does not depend on the time of day it runs.
    app.click("#quiet-form input[name='enabled']").await;
    app.announced("Quiet hours saved").await;
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
