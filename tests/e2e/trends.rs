//! Trends and History as a person uses them: sample data, range buttons, charts with
//! summaries and tables, editing an entry from History and seeing the chart change, undo.

use crate::harness::{data_dir, slot, App};
use crate::open;

/// Waits until the charts are drawn for a range other than `previous`, and returns the new one.
async fn charts_ready(app: &App, previous: &str) -> String {
    let previous = previous.to_owned();
    app.wait_for(
        |a| {
            let previous = previous.clone();
            async move {
                let state = a.script("return document.querySelector('#charts').dataset.state + '|' + (document.querySelector('#charts').dataset.range || '')").await;
                state.starts_with("ready|") && !state.ends_with(&format!("|{previous}"))
            }
        },
        "the charts to be drawn",
    )
    .await;
    app.script("return document.querySelector('#charts').dataset.range").await
}

#[tokio::test]
async fn trends_show_three_charts_with_summaries_for_every_range() {
    let _slot = slot();
    let dir = data_dir("trends");
    let app = App::start(crate::APP, &dir, &[("MEND_DEMO", "1")]).await;
    assert_eq!(app.script("return document.body.dataset.demo").await, "true");
    assert!(app.text("#demo-banner").await.contains("Sample data"));
    open(&app, "trends").await;
    let mut range = charts_ready(&app, "").await;
    for (button, days) in [("14", 14), ("365", 365), ("all", 0), ("91", 91)] {
        app.click(&format!("#range-buttons [data-range='{button}']")).await;
        range = charts_ready(&app, &range).await;
        let images = app
            .script("return [...document.querySelectorAll('#charts img.chart')].filter(i => i.src.startsWith('data:image/svg+xml') && i.naturalWidth > 0).length")
            .await;
        assert_eq!(images, "3", "three rendered charts for {button}");
        for chart in ["pain", "exercise", "calcium"] {
            let summary = app.text(&format!("[data-chart='{chart}'] .chart-summary")).await;
            assert!(summary.len() > 20, "{chart} {button}: {summary}");
            let alt = app.script(&format!("return document.querySelector(\"[data-chart='{chart}'] img\").alt")).await;
            assert_eq!(alt, summary, "the summary is the image's text alternative");
        }
        if days == 91 {
            let pain = app.text("[data-chart='pain'] .chart-summary").await;
            assert!(pain.contains("Pain average fell"), "sample data shows recovery: {pain}");
        }
    }
    // Show as table.
    app.click("[data-chart='calcium'] details summary").await;
    let rows = app.script("return String(document.querySelectorAll(\"[data-chart='calcium'] tbody tr\").length)").await;
    assert!(rows.parse::<usize>().unwrap() > 60, "a row per day with calcium: {rows}");
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("trends-light").await;
    app.quit().await;

    // Dark: the charts are drawn in the dark theme.
    let app = App::start(crate::APP, &dir, &[("MEND_DEMO", "1"), ("GTK_THEME", "Adwaita:dark")]).await;
    open(&app, "trends").await;
    charts_ready(&app, "").await;
    let dark = app.script("return decodeURIComponent(document.querySelector('[data-chart=pain] img').src)").await;
    assert!(dark.contains("#1B2322"), "dark chart background");
    app.screenshot("trends-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn editing_in_history_changes_the_chart_and_a_delete_can_be_undone() {
    let _slot = slot();
    let dir = data_dir("history");
    let app = App::start(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    // Three days of check-ins, logged through the Today screen.
    for (back, score) in [(2, "4"), (1, "5"), (0, "6")] {
        app.click("#day-today").await;
        for _ in 0..back {
            app.click("#day-prev").await;
        }
        app.click(&format!("#score-options label[data-score='{score}']")).await;
        app.click("#pain-form button[type='submit']").await;
        app.wait_text("#total-pain", &format!("Highest {score}")).await;
    }
    open(&app, "trends").await;
    app.click("#range-buttons [data-range='14']").await;
    charts_ready(&app, "").await;
    let table = app.script("return document.querySelector(\"[data-chart='pain'] tbody\").textContent").await;
    assert!(table.contains('4') && !table.contains('9'), "{table}");

    // History: edit the oldest check-in (4 → 9) on the Today screen it opens.
    open(&app, "history").await;
    app.wait_text("#history-days", "4/10").await;
    let days = app.script("return String(document.querySelectorAll('#history-days > li').length)").await;
    assert_eq!(days, "3");
    app.click("#history-days > li:last-child button[data-action='edit']").await;
    app.wait_for(
        |a| async move { a.script("return document.querySelector('#pain-form').dataset.editing").await == "true" },
        "edit mode",
    )
    .await;
    assert_eq!(app.script("return document.body.dataset.screen").await, "today");
    app.click("#score-options label[data-score='9']").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#total-pain", "Highest 9").await;

    open(&app, "trends").await;
    app.wait_for(
        |a| async move {
            a.script("return document.querySelector(\"[data-chart='pain'] tbody\").textContent").await.contains('9')
        },
        "the chart table to show the corrected score",
    )
    .await;

    // Delete the newest in History, then undo.
    open(&app, "history").await;
    app.wait_text("#history-days", "6/10").await;
    app.click("#history-days > li:first-child button[data-action='delete']").await;
    app.wait_for(
        |a| async move {
            a.script("return String(document.querySelectorAll('#history-days > li').length)")
                .await
                == "2"
        },
        "the day to go",
    )
    .await;
    app.click("#undo-delete").await;
    app.wait_text("#history-days", "6/10").await;
    assert_eq!(app.script("return String(document.querySelectorAll('#history-days > li').length)").await, "3");

    // Filter and jump.
    app.script(
        "const s = document.querySelector('#history-kind'); s.value = 'exercise'; s.dispatchEvent(new Event('change'))",
    )
    .await;
    app.wait_text("#history-empty", "Nothing logged").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
