//! axe-core on every screen, in light and dark, in English and Chinese, with her diary and with
//! sample data open: zero violations.
//!
//! axe-core is vendored as `../vendor/axe.min.js` (axe-core 4.14.1 from the npm registry, `npm
//! pack axe-core@4`; MPL-2.0, see `vendor/axe-LICENSE.txt`). It is sent through WebDriver's
//! execute script, which WebKit runs outside the page's Content Security Policy; the page's
//! own policy stays in force, which each pass checks too.

use serde_json::Value;

use super::{damaged, diary, DARK, ZH};
use crate::harness::{data_dir, slot, App};
use crate::{open, tick};

/// axe-core 4.14.1, minified, as published on npm.
const AXE: &str = include_str!("../vendor/axe.min.js");

/// Runs axe-core on the whole page as it is now and adds one line per failing element to
/// `found`, naming the screen, the rule, its impact and the element.
async fn audit(app: &App, screen: &str, found: &mut Vec<String>) {
    // Let the last change be painted and every transition end before colours are measured: a
    // toast caught halfway through its fade has the contrast of neither end (a loaded machine
    // once caught "Pain saved." so). Finite animations only, and never more than 3 s; and
    // transitions are turned off below while axe measures, so one that starts meanwhile is
    // at its end at once.
    app.script_async(
        "const done = arguments[0];
         const running = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
         Promise.race([Promise.allSettled(running.map((a) => a.finished)), new Promise((r) => setTimeout(r, 3000))])
           .then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(''))));",
    )
    .await;
    if app.script("return typeof window.axe").await != "object" {
        app.script(AXE).await;
        assert_eq!(app.script("return typeof window.axe").await, "object", "axe-core loads through WebDriver");
    }
    // The sticky header would cover whatever axe scrolls to, leaving its colours unmeasured;
    // it stays in the page, in the flow, while axe runs.
    // Transitions stay off while axe measures, so a toast that starts to fade meanwhile is
    // either shown or gone, never halfway (a stylesheet rule through the CSSOM, which the
    // page's CSP allows; it is removed afterwards).
    app.script(
        "document.querySelector('.app-header').style.position = 'static';
         const sheet = document.styleSheets[0];
         window.__axeRule = sheet.insertRule('* { transition: none !important; animation: none !important; }', sheet.cssRules.length);",
    )
    .await;
    let result = app
        .script_async(
            "const done = arguments[0];
             axe.run(document, { resultTypes: ['violations'] }).then(
               (r) => done(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                 nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, why: n.failureSummary })) }))),
               (e) => done('axe failed: ' + e));",
        )
        .await;
    let name: String =
        screen.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' }).collect();
    app.screenshot(&format!("a11y-axe-{}", name.replace("--", "-"))).await;
    let Value::Array(violations) = result else { panic!("{screen}: {result}") };
    app.script(
        "document.querySelector('.app-header').style.position = '';
         document.styleSheets[0].deleteRule(window.__axeRule);",
    )
    .await;
    for v in violations {
        for n in v["nodes"].as_array().unwrap() {
            found.push(format!(
                "[{screen}] {} ({}): {}\n    target: {}\n    html: {}\n    {}",
                v["id"].as_str().unwrap_or(""),
                v["impact"].as_str().unwrap_or(""),
                v["help"].as_str().unwrap_or(""),
                n["target"].as_str().unwrap_or(""),
                n["html"].as_str().unwrap_or(""),
                n["why"].as_str().unwrap_or("").replace('\n', "\n    "),
            ));
        }
    }
}

/// Waits until `script` (a JavaScript expression) is true; `what` names it in a failure.
async fn until(app: &App, script: &str, what: &str) {
    let script = format!("return String(Boolean({script}))");
    app.wait_for(
        move |a| {
            let s = script.clone();
            async move { a.script(&s).await == "true" }
        },
        what,
    )
    .await;
}

/// Every screen of Mend with a diary in it, audited in one theme and language. The waits look
/// for elements, not words, so they hold in every language.
async fn audit_every_screen(theme: &str, lang: &str, env: &[(&str, &str)], found: &mut Vec<String>) {
    let dir = data_dir(&format!("a11y-axe-{theme}-{lang}"));
    diary(&dir);
    let app = App::start(crate::APP, &dir, env).await;
    assert_eq!(app.script("return document.documentElement.lang").await, lang, "the page's language");
    assert_eq!(app.script("return String(document.querySelector('#profile-dialog').open)").await, "true");
    audit(&app, &format!("profile dialog, {theme}, {lang}"), found).await;
    crate::skip_profile(&app).await;

    // The page's own policy still refuses inline script, whatever WebDriver may run.
    let inline = app
        .script(
            "const s = document.createElement('script'); s.textContent = 'window.__inlineRan = true';
             document.body.append(s); s.remove(); return String(window.__inlineRan === true)",
        )
        .await;
    assert_eq!(inline, "false", "the CSP blocks inline script in the page");

    app.type_into("#pain-form [name='note']", "stiff").await;
    app.click("#score-options label[data-score='4']").await;
    app.click("#pain-form button[type='submit']").await;
    until(&app, "document.querySelector('#total-pain').textContent.includes('4')", "the pain total").await;
    app.script("document.querySelector('#manage-tags').open = true").await;
    audit(&app, &format!("Today, {theme}, {lang}"), found).await;

    tick(&app, "#red-flag-options input[value='saddle_numbness']").await;
    tick(&app, "#mention-options input[value='leaking']").await;
    until(&app, "document.querySelector('#notices .notice.emergency')", "the emergency notice").await;
    until(&app, "document.querySelector('#alert-bar .alert.emergency')", "the emergency bar").await;
    audit(&app, &format!("red-flag card, {theme}, {lang}"), found).await;

    open(&app, "trends").await;
    until(&app, "document.querySelector('.chart-summary').textContent.trim()", "the charts").await;
    app.script("document.querySelector('.chart-table').open = true").await;
    audit(&app, &format!("Trends, {theme}, {lang}"), found).await;

    open(&app, "history").await;
    until(&app, "document.querySelector('#history-days').children.length", "History").await;
    audit(&app, &format!("History, {theme}, {lang}"), found).await;

    open(&app, "guidance").await;
    app.click("#guidance-list a[data-article='calcium']").await;
    until(&app, "document.querySelector('#reader-title').textContent.trim()", "the article").await;
    audit(&app, &format!("Guidance article, {theme}, {lang}"), found).await;
    let query = if lang == "zh-CN" { "钙质" } else { "calcium" };
    app.type_into("#guidance-query", query).await;
    until(&app, "document.querySelector('#guidance-hits [data-article=\"calcium\"]')", "the search hit").await;
    audit(&app, &format!("Guidance search, {theme}, {lang}"), found).await;

    open(&app, "settings").await;
    until(&app, "document.querySelectorAll('#reminder-list li').length", "the reminders").await;
    audit(&app, &format!("Settings, {theme}, {lang}"), found).await;

    app.click("#open-profile").await;
    until(&app, "document.querySelector('#profile-dialog').open", "the profile dialog").await;
    audit(&app, &format!("profile dialog from the header, {theme}, {lang}"), found).await;
    app.script("document.querySelector('#profile-dialog').close()").await;

    // Then, in the same window, as a new user exploring Mend: sample data on every screen.
    audit_sample_data(&app, theme, lang, found).await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();

    let dir = data_dir(&format!("a11y-axe-recovery-{theme}-{lang}"));
    damaged(&dir);
    let app = App::start(crate::APP, &dir, env).await;
    assert_eq!(app.script("return document.body.dataset.recovery || ''").await, "true");
    audit(&app, &format!("recovery, {theme}, {lang}"), found).await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Every screen with sample data open, switched on from the header as a new user exploring
/// Mend does: its banner is on each one.
async fn audit_sample_data(app: &App, theme: &str, lang: &str, found: &mut Vec<String>) {
    app.click("#toggle-demo").await;
    until(app, "!document.querySelector('#demo-banner').hidden", "the sample-data banner").await;
    open(app, "today").await;
    audit(app, &format!("Today with sample data, {theme}, {lang}"), found).await;
    open(app, "trends").await;
    until(app, "document.querySelector('.chart-summary').textContent.trim()", "the charts").await;
    audit(app, &format!("Trends with sample data, {theme}, {lang}"), found).await;
    open(app, "history").await;
    until(app, "document.querySelector('#history-days').children.length", "History").await;
    audit(app, &format!("History with sample data, {theme}, {lang}"), found).await;
    open(app, "guidance").await;
    // The search from her own diary's pass is cleared as she would, so the list shows again.
    app.script(
        "const q = document.querySelector('#guidance-query'); q.value = ''; q.dispatchEvent(new Event('input'))",
    )
    .await;
    app.click("#guidance-list a[data-article='calcium']").await;
    until(app, "document.querySelector('#reader-title').textContent.trim()", "the article").await;
    audit(app, &format!("Guidance with sample data, {theme}, {lang}"), found).await;
    open(app, "settings").await;
    until(app, "document.querySelectorAll('#reminder-list li').length", "the reminders").await;
    audit(app, &format!("Settings with sample data, {theme}, {lang}"), found).await;
}

/// Every screen in one theme and language, with zero violations (one test each, so the four
/// passes share the two slots).
async fn no_violations(theme: &str, lang: &str, env: &[(&str, &str)]) {
    let _slot = slot();
    let mut found = Vec::new();
    audit_every_screen(theme, lang, env, &mut found).await;
    assert!(found.is_empty(), "{} accessibility violations:\n{}", found.len(), found.join("\n"));
}

#[tokio::test]
async fn axe_finds_no_violations_on_any_screen_in_light_english() {
    no_violations("light", "en", &[]).await;
}

#[tokio::test]
async fn axe_finds_no_violations_on_any_screen_in_dark_english() {
    no_violations("dark", "en", &[DARK]).await;
}

#[tokio::test]
async fn axe_finds_no_violations_on_any_screen_in_light_chinese() {
    no_violations("light", "zh-CN", &ZH).await;
}

#[tokio::test]
async fn axe_finds_no_violations_on_any_screen_in_dark_chinese() {
    no_violations("dark", "zh-CN", &[DARK, ZH[0], ZH[1]]).await;
}
