//! Mend in her language: a Chinese system gets Chinese at first start, the guidance and its
//! search in Chinese; English from Settings at once, without a restart; her choice kept over
//! the system's. What the window writes itself (totals, announcements, entry rows, History,
//! Trends, the report and the data card) follows too. Screenshots in Chinese, light and dark.

use crate::harness::{data_dir, slot, App};
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
    let _slot = slot();
    let dir = data_dir("language");
    let zh = [("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8")];
    let app = App::start(crate::APP, &dir, &zh).await;
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
    app.announced("Mend now speaks English").await;
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
    let app = App::start(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
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

    // Sample data on a Chinese system: the charts, their summaries and the insights in Chinese.
    let app = App::start(crate::APP, &dir, &[("MEND_DEMO", "1"), zh[0], zh[1]]).await;
    open(&app, "trends").await;
    app.wait_for(
        |a| async move { a.script("return document.querySelector('#charts').dataset.state").await == "ready" },
        "the charts to be drawn",
    )
    .await;
    let summary = app.text("[data-chart='pain'] .chart-summary").await;
    assert!(summary.contains("疼痛平均值") && !summary.contains("Pain"), "{summary}");
    let svg = app.script("return decodeURIComponent(document.querySelector('[data-chart=pain] img').src)").await;
    assert!(svg.contains("产后周数") && !svg.contains("Weeks after birth"), "the chart's own words in Chinese");
    app.screenshot("zh-trends-sample").await;
    app.wait_text("#insights", "这只说明哪些情况同时出现").await;
    app.script("document.querySelector('#insights').scrollIntoView()").await;
    app.screenshot("zh-insights-sample").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The aria-label of the first element matching `css`.
async fn aria_label(app: &App, css: &str) -> String {
    app.script(&format!("return document.querySelector(\"{css}\").getAttribute('aria-label')")).await
}

/// Waits until the Trends charts are drawn.
async fn charts_drawn(app: &App) {
    app.wait_for(
        |a| async move { a.script("return document.querySelector('#charts').dataset.state").await == "ready" },
        "the charts",
    )
    .await;
}

#[tokio::test]
async fn what_the_window_writes_itself_is_in_her_language_and_follows_a_switch() {
    let _slot = slot();
    let dir = data_dir("language-built");
    std::fs::create_dir_all(&dir).unwrap();
    let pdf = dir.join("report.pdf");
    let old = dir.join("old-diary.json");
    std::fs::write(
        &old,
        r#"{"format": "mend", "version": 1,
            "pain": [{"date": "2026-11-20", "score": 5}, {"date": "2026-11-21", "score": 4}],
            "redFlags": [{"date": "2026-11-20", "flag": "leaking"}]}"#,
    )
    .unwrap();
    let env = [
        ("LC_ALL", "zh_CN.UTF-8"),
        ("LANG", "zh_CN.UTF-8"),
        ("MEND_E2E_SAVE", pdf.to_str().unwrap()),
        ("MEND_E2E_PICK", old.to_str().unwrap()),
    ];
    let app = App::start(crate::APP, &dir, &env).await;
    assert_eq!(app.script("return document.documentElement.className").await, "", "shown once localised");
    crate::skip_profile(&app).await;

    // Today: a pain check-in, an exercise and a calcium entry; totals, announcements and rows.
    app.click("#score-options label[data-score='6']").await;
    app.click("#location-options input[value='lower_back'] + span").await;
    app.click("#pain-form button[type='submit']").await;
    app.announced("腰背痛记录已保存。").await;
    let pain = app.wait_text("#total-pain", "最高 6").await;
    assert!(pain.contains("平均 6（共 1 次记录）"), "{pain}");
    app.type_into("#exercise-form [name='minutes']", "25").await;
    app.click("#exercise-form button[type='submit']").await;
    app.announced("运动已保存。").await;
    app.wait_text("#total-exercise", "25 分钟").await;
    app.click("#calcium-form [data-quick-mg='300']").await;
    app.announced("钙摄入已保存。").await;
    app.wait_text("#total-calcium", "300 mg").await;
    let totals = app.text("#totals").await;
    for words in [
        "每周至少做 150 分钟",
        "（推荐量 1,000 mg）",
        "推荐量是一段时间内的每日平均值",
        "每天上限 2,500 mg",
        "美国和加拿大的参考值",
    ] {
        assert!(totals.contains(words), "{words:?} in {totals}");
    }
    assert_eq!(aria_label(&app, "#calcium-meter").await, "今天的钙摄入");
    let entries = app.text("#entries").await;
    assert!(entries.contains("25 分钟") && entries.contains("编辑") && entries.contains("删除"), "{entries}");
    let edit = aria_label(&app, "#entries li.entry[data-kind='pain'] button[data-action='edit']").await;
    assert!(edit.starts_with("编辑腰背痛记录：6/10"), "{edit}");
    // A check made before saving, and delete with undo.
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#pain-form [data-error-for='score']", "请选择一个疼痛评分").await;
    app.click("#entries li.entry[data-kind='calcium'] button[data-action='delete']").await;
    app.announced("钙摄入记录已删除。").await;
    app.wait_text("#undo-delete", "撤销").await;
    app.click("#undo-delete").await;
    app.announced("钙摄入记录已恢复。").await;
    app.wait_text("#total-calcium", "300 mg").await;
    app.type_into("#sleep-hours", "6.5").await;
    app.click("#sleep-form button[type='submit']").await;
    app.announced("睡眠已保存。").await;
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("zh-today-logged").await;

    // Trends: what waits for more days, and the report saved.
    open(&app, "trends").await;
    charts_drawn(&app).await;
    app.wait_text("#insight-list", "天数还不够，暂时无法比较。").await;
    app.click("#report-form button[type='submit']").await;
    app.wait_text("#report-saved", "报告已保存到").await;
    app.announced("报告已保存。").await;
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("zh-trends-logged").await;

    // Your data: a backup, an import previewed and applied, and previewed again.
    open(&app, "settings").await;
    app.click("#backup-now").await;
    app.announced("已备份").await;
    app.wait_text("#backup-list", "条记录").await;
    app.click("#import-pick").await;
    let preview = app.wait_text("#import-summary", "将添加 2 条腰背痛记录、0 次运动和 0 条钙摄入记录").await;
    assert!(preview.contains("将添加 1 次警示信号记录。"), "{preview}");
    app.click("#import-apply").await;
    app.announced("已导入 2 条记录").await;
    app.click("#import-pick").await;
    app.wait_text("#import-summary", "（另有 2 条已存在）").await;
    app.script("document.querySelector('#data-card').scrollIntoView()").await;
    app.screenshot("zh-data").await;

    // History: the day's factors, the sign noted, entries with their buttons.
    open(&app, "history").await;
    let days = app.wait_text("#history-days", "睡眠 6.5 小时").await;
    assert!(days.contains("下次就诊时要提的：") && days.contains("25 分钟") && days.contains("编辑"), "{days}");
    let edit = aria_label(&app, "#history-days button[data-action='edit'][data-kind='pain']").await;
    assert!(edit.starts_with("编辑") && edit.contains('年') && edit.contains("的腰背痛记录：6/10"), "{edit}");
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("zh-history").await;

    // English at once: the preview still showing, then every screen, without a restart.
    choose_language(&app, "en").await;
    app.wait_text(
        "#import-summary",
        "Would add 0 pain check-ins, 0 exercise sessions and 0 calcium entries (2 already here).",
    )
    .await;
    app.wait_text("#backup-list", "entries").await;
    open(&app, "today").await;
    app.wait_text("#total-pain", "Highest 6 · average 6 (1 check-in)").await;
    app.wait_text("#total-exercise", "25 min").await;
    // One day of calcium: "below the recommended amount" waits for a 7-day average.
    app.wait_text("#calcium-status", "The recommended amount is an average over days").await;
    assert!(app.text("#entries").await.contains("Edit"));
    let edit = aria_label(&app, "#entries li.entry[data-kind='pain'] button[data-action='edit']").await;
    assert!(edit.starts_with("Edit pain check-in: 6/10"), "{edit}");
    let day = app.text("#day-long").await;
    assert!(!day.contains('年'), "the date in English: {day}");
    open(&app, "history").await;
    let days = app.wait_text("#history-days", "Sleep 6.5 h").await;
    assert!(days.contains("Noted for your next appointment: ") && days.contains("25 min"), "{days}");
    open(&app, "trends").await;
    charts_drawn(&app).await;
    app.wait_text("#report-saved", "Report saved to").await;
    app.wait_text("#insight-list", "Not enough days yet to compare.").await;

    // Back to Chinese, kept for the dark screenshots.
    choose_language(&app, "zh-CN").await;
    app.quit().await;
    let app = App::start(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
    app.wait_text("#total-pain", "最高 6").await;
    app.screenshot("zh-today-logged-dark").await;
    open(&app, "history").await;
    app.wait_text("#history-days", "睡眠 6.5 小时").await;
    app.screenshot("zh-history-dark").await;
    open(&app, "trends").await;
    charts_drawn(&app).await;
    app.screenshot("zh-trends-logged-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
