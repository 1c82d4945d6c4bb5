//! Mend in her language: a Chinese system gets Chinese at first start, the guidance and its
//! search in Chinese; English from Settings at once, without a restart; her choice kept over
//! the system's. Screenshots in Chinese, light and dark.

use crate::harness::{data_dir, serial, App};
use crate::open;

/// Chooses `lang` in Settings, as the select's change would.
async fn choose_language(app: &App, lang: &str) {
    open(app, "settings").await;
    app.script(&format!(
        "const s = document.querySelector('#language-select'); s.value = '{lang}';
         s.dispatchEvent(new Event('change', {{bubbles: true}}))"
    ))
    .await;
    app.wait_for(
        move |a| async move { a.script("return document.documentElement.lang").await == lang },
        "the page to switch language",
    )
    .await;
}

#[tokio::test]
async fn a_chinese_system_gets_chinese_and_she_can_switch_to_english() {
    let _one = serial();
    let dir = data_dir("language");
    let zh = [("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8")];
    let app = App::launch(crate::APP, &dir, &zh).await;
    assert_eq!(app.script("return document.documentElement.lang").await, "zh-CN");
    app.wait_text("#profile-title", "关于你").await;
    assert!(app.text("#profile-form").await.contains("宝宝的出生日期"));
    app.screenshot("zh-profile").await;
    crate::skip_profile(&app).await;
    assert_eq!(app.text(".nav-link[data-screen='today']").await, "今天");
    assert_eq!(app.text(".nav-link[data-screen='guidance']").await, "健康指南");
    assert_eq!(app.text("#pain-title").await, "腰背痛记录");
    let day = app.text("#day-long").await;
    assert!(day.contains('年') && day.contains("星期"), "the date in Chinese: {day}");
    app.screenshot("zh-today").await;
    // The core's words too: the labels of its vocabularies, the signs to tick, and what it
    // says when an input is refused.
    assert!(app.text("#location-options").await.contains("下背部"));
    assert!(app.text("#red-flag-form").await.contains("胸痛"));
    app.type_into("#sleep-hours", "6.25").await;
    app.click("#sleep-form button[type='submit']").await;
    let error = app.wait_text("#sleep-form [data-error-for='hours']", "睡眠以半小时为单位计算").await;
    assert!(!error.contains("Sleep"), "{error}");
    app.script("document.querySelector('#sleep-form').scrollIntoView({block: 'center'})").await;
    app.screenshot("zh-refused").await;

    // The guidance, its search and an article, in Chinese.
    open(&app, "guidance").await;
    app.wait_text("#guidance-title", "健康指南").await;
    app.wait_text("#guidance-list", "为什么产后常见腰背痛").await;
    app.type_into("#guidance-query", "钙质").await;
    app.wait_text("#guidance-hits", "每天补足钙").await;
    let first = app.script("return document.querySelector('#guidance-hits li').dataset.article").await;
    assert_eq!(first, "calcium", "the calcium article first");
    app.click("#guidance-hits a[href='#guidance/calcium']").await;
    app.wait_text("#reader-title", "每天补足钙，但别过量").await;
    assert!(app.text("#reader-body").await.contains("2,500 mg"));
    assert!(
        app.text("#reader-reviewed").await.starts_with("最近审阅于 2026年"),
        "{}",
        app.text("#reader-reviewed").await
    );
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("zh-guidance").await;

    // English from Settings, at once: the page, the screen shown and what it loads.
    choose_language(&app, "en").await;
    app.wait_text(".nav-link[data-screen='today']", "Today").await;
    app.wait_text("#settings-title", "Settings").await;
    app.wait_text("#reminder-list", "Calcium with breakfast").await;
    app.wait_text("#status", "Mend now speaks English").await;
    // The core's labels and signs follow at once, without a restart.
    let shown = |css: &str| format!("return document.querySelector('{css}').textContent");
    assert!(app.script(&shown("#location-options")).await.contains("Lower back"));
    assert!(app.script(&shown("#red-flag-form")).await.contains("Chest pain"));
    assert!(app.script(&shown("#mood-anchors")).await.contains("10 · Very good"));
    assert!(app.script(&shown("#exercise-kind")).await.contains("Pelvic floor exercises"));
    open(&app, "guidance").await;
    app.wait_text("#reader-title", "Why back pain is common after birth").await;
    app.quit().await;

    // Her choice is kept over the system's.
    let app = App::launch(crate::APP, &dir, &zh).await;
    assert_eq!(app.script("return document.documentElement.lang").await, "en");
    assert_eq!(app.text(".nav-link[data-screen='today']").await, "Today");
    // And back to Chinese, at once.
    choose_language(&app, "zh-CN").await;
    app.wait_text("#settings-title", "设置").await;
    app.wait_text("#reminder-list", "早餐补点钙").await;
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("zh-settings").await;
    app.quit().await;

    // Dark, for the screenshots.
    let app = App::launch(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
    assert_eq!(app.script("return document.documentElement.lang").await, "zh-CN");
    app.screenshot("zh-today-dark").await;
    open(&app, "guidance").await;
    app.click("#guidance-list a[data-article='calcium']").await;
    app.wait_text("#reader-title", "每天补足钙").await;
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("zh-guidance-dark").await;
    open(&app, "trends").await;
    app.wait_text("#trends-title", "趋势").await;
    app.screenshot("zh-trends-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
