//! Accessibility, measured in the real webview: axe-core on every screen in light and dark,
//! Mend used with the keyboard alone, and every screen at 200% text and in a 640 px window.
//!
//! axe-core is vendored as `vendor/axe.min.js` (axe-core 4.14.1 from the npm registry, `npm
//! pack axe-core@4`; MPL-2.0, see `vendor/axe-LICENSE.txt`). It is sent through WebDriver's
//! execute script, which WebKit runs outside the page's Content Security Policy; the page's
//! own policy stays in force, which `axe_finds_no_violations_on_any_screen` checks too.

use std::process::Command;
use std::time::Duration;

use chrono::{Days, Local};
use serde_json::Value;

use crate::harness::fantoccini::actions::{InputSource, KeyAction, KeyActions};
use crate::harness::fantoccini::key::Key;
use crate::harness::{data_dir, serial, App};
use crate::{open, tick};

/// axe-core 4.14.1, minified, as published on npm.
const AXE: &str = include_str!("vendor/axe.min.js");

const DARK: (&str, &str) = ("GTK_THEME", "Adwaita:dark");

/// Two weeks of her diary, imported through the CLI, so Trends and History have content.
fn diary(dir: &std::path::Path) {
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
fn damaged(dir: &std::path::Path) {
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

/// Runs axe-core on the whole page as it is now and adds one line per failing element to
/// `found`, naming the screen, the rule, its impact and the element.
async fn audit(app: &App, screen: &str, found: &mut Vec<String>) {
    // Let the last change be painted (and any transition end) before colours are measured.
    tokio::time::sleep(Duration::from_millis(300)).await;
    if app.script("return typeof window.axe").await != "object" {
        app.script(AXE).await;
        assert_eq!(app.script("return typeof window.axe").await, "object", "axe-core loads through WebDriver");
    }
    // The sticky header would cover whatever axe scrolls to, leaving its colours unmeasured;
    // it stays in the page, in the flow, while axe runs.
    app.script("document.querySelector('.app-header').style.position = 'static'").await;
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
    app.script("document.querySelector('.app-header').style.position = ''").await;
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

/// Every screen of Mend with a diary in it, audited in one theme.
async fn audit_every_screen(theme: &str, env: &[(&str, &str)], found: &mut Vec<String>) {
    let dir = data_dir(&format!("a11y-axe-{theme}"));
    diary(&dir);
    let app = App::launch(crate::APP, &dir, env).await;
    assert_eq!(app.script("return String(document.querySelector('#profile-dialog').open)").await, "true");
    audit(&app, &format!("profile dialog, {theme}"), found).await;
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
    app.wait_text("#total-pain", "Highest 4").await;
    app.script("document.querySelector('#manage-tags').open = true").await;
    audit(&app, &format!("Today, {theme}"), found).await;

    tick(&app, "#red-flag-options input[value='saddle_numbness']").await;
    tick(&app, "#mention-options input[value='leaking']").await;
    app.wait_text("#notices .notice.emergency", "Call your local emergency number").await;
    app.wait_text("#alert-bar .alert.emergency", "Emergency").await;
    audit(&app, &format!("red-flag card, {theme}"), found).await;

    open(&app, "trends").await;
    app.wait_for(
        |a| async move { !a.script("return document.querySelector('.chart-summary').textContent").await.is_empty() },
        "the charts",
    )
    .await;
    app.script("document.querySelector('.chart-table').open = true").await;
    audit(&app, &format!("Trends, {theme}"), found).await;

    open(&app, "history").await;
    app.wait_text("#history-days", "Leaking").await;
    audit(&app, &format!("History, {theme}"), found).await;

    open(&app, "guidance").await;
    app.click("#guidance-list a[data-article='calcium']").await;
    app.wait_text("#reader-title", "Calcium every day").await;
    audit(&app, &format!("Guidance article, {theme}"), found).await;
    app.type_into("#guidance-query", "calcium").await;
    app.wait_text("#guidance-hits", "Calcium every day").await;
    audit(&app, &format!("Guidance search, {theme}"), found).await;

    open(&app, "settings").await;
    app.wait_for(
                    |a| async move { a.script("return String(document.querySelectorAll('#reminder-list li').length)").await != "0" },
                    "the reminders",
                )
                .await;
    audit(&app, &format!("Settings, {theme}"), found).await;

    app.click("#open-profile").await;
    app.wait_text("#profile-title", "About you").await;
    audit(&app, &format!("profile dialog from the header, {theme}"), found).await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();

    let dir = data_dir(&format!("a11y-axe-recovery-{theme}"));
    damaged(&dir);
    let app = App::launch(crate::APP, &dir, env).await;
    assert_eq!(app.script("return document.body.dataset.recovery || ''").await, "true");
    audit(&app, &format!("recovery, {theme}"), found).await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn axe_finds_no_violations_on_any_screen() {
    let _one = serial();
    let mut found = Vec::new();
    audit_every_screen("light", &[], &mut found).await;
    audit_every_screen("dark", &[DARK], &mut found).await;
    assert!(found.is_empty(), "{} accessibility violations:\n{}", found.len(), found.join("\n"));
}

/// Presses each key in turn (down, then up), as a keyboard would send them.
async fn press(app: &App, keys: &[Key]) {
    let mut actions = KeyActions::new("keyboard".into());
    for key in keys {
        let value = char::from(*key);
        actions = actions.then(KeyAction::Down { value }).then(KeyAction::Up { value });
    }
    app.client.perform_actions(actions).await.expect("key actions");
}

/// Shift+Tab.
async fn shift_tab(app: &App) {
    let (shift, tab) = (char::from(Key::Shift), char::from(Key::Tab));
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: shift })
        .then(KeyAction::Down { value: tab })
        .then(KeyAction::Up { value: tab })
        .then(KeyAction::Up { value: shift });
    app.client.perform_actions(actions).await.expect("key actions");
}

/// Types `text` key by key into whatever has focus.
async fn type_keys(app: &App, text: &str) {
    let mut actions = KeyActions::new("keyboard".into());
    for value in text.chars() {
        actions = actions.then(KeyAction::Down { value }).then(KeyAction::Up { value });
    }
    app.client.perform_actions(actions).await.expect("key actions");
}

/// Checks where focus is after a key press: on an element that shows it (its own outline, or
/// the outline of the label a hidden radio or checkbox is drawn as), not covered by anything
/// (such as the sticky header), and inside the dialog when one is open. Returns what is focused.
async fn focus_is_visible(app: &App, step: &str) -> String {
    // Scrolling to the focused element may take a frame or two in WebKitGTK.
    app.script_async("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))").await;
    let verdict = app
        .script(
            "const a = document.activeElement;
             if (!a || a === document.body) return 'nothing is focused';
             const dialog = document.querySelector('dialog[open]');
             if (dialog && !dialog.contains(a)) return 'focus is behind the open dialog';
             const name = a.id ? '#' + a.id : a.tagName.toLowerCase() + (a.name ? '[name=' + a.name + ']' : '')
               + (a.value && a.type !== 'text' && a.tagName !== 'TEXTAREA' ? '[value=' + a.value + ']' : '')
               + (a.textContent.trim() ? ' \"' + a.textContent.trim().slice(0, 30) + '\"' : '');
             if (a.id === 'main') return 'ok ' + name;
             // A radio or checkbox drawn by its label shows focus on the label or the span after it.
             let shown = a;
             if (getComputedStyle(a).opacity === '0') {
               const next = a.nextElementSibling;
               shown = next && getComputedStyle(next).outlineStyle !== 'none' ? next : a.closest('label');
             }
             const r = shown.getBoundingClientRect();
             if (r.width < 1 || r.height < 1) return 'focused element has no size: ' + name;
             const cs = getComputedStyle(shown);
             if (cs.visibility !== 'visible') return 'focused element is invisible: ' + name;
             if (cs.outlineStyle === 'none' || parseFloat(cs.outlineWidth) < 2) return 'no focus outline on ' + name;
             const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
             const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 10), 0), innerHeight - 1);
             if (r.bottom < 0 || r.top > innerHeight) return 'focused element is off screen: ' + name;
             const hit = document.elementFromPoint(x, y);
             const label = a.closest('label');
             if (!hit || !(shown.contains(hit) || hit.contains(shown) || a.contains(hit) || (label && label.contains(hit))))
               return 'focused element is covered by ' + (hit ? hit.outerHTML.slice(0, 80) : 'nothing') + ': ' + name;
             return 'ok ' + name;",
        )
        .await;
    assert!(verdict.starts_with("ok"), "after {step}: {verdict}");
    verdict
}

/// Presses Tab (or Shift+Tab when `back`) until `css` has focus, checking focus after every
/// press; fails after 80 presses.
async fn tab_to(app: &App, css: &str, back: bool) {
    let check = format!("return String(document.activeElement.matches({:?}))", css);
    for _ in 0..80 {
        if app.script(&check).await == "true" {
            return;
        }
        if back {
            shift_tab(app).await;
        } else {
            press(app, &[Key::Tab]).await;
        }
        focus_is_visible(app, &format!("tabbing to {css}")).await;
    }
    panic!("80 presses of {} did not reach {css}", if back { "Shift+Tab" } else { "Tab" });
}

#[tokio::test]
async fn mend_works_with_the_keyboard_alone() {
    let _one = serial();
    let dir = data_dir("a11y-keyboard");
    let app = App::launch(crate::APP, &dir, &[]).await;

    // The first-run question: focus starts inside it, and "Skip for now" is reached with Tab.
    app.wait_text("#profile-title", "About you").await;
    tab_to(&app, "#profile-skip", false).await;
    press(&app, &[Key::Enter]).await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#profile-dialog').open)").await == "false" },
        "the profile dialog to close",
    )
    .await;
    focus_is_visible(&app, "skipping the profile").await;

    // A pain check-in: 6 on the scale with the arrow keys, lower back, and a note.
    tab_to(&app, "#score-options input", false).await;
    press(&app, &[Key::Space]).await;
    press(&app, &[Key::Right, Key::Right, Key::Right, Key::Right, Key::Right, Key::Right]).await;
    focus_is_visible(&app, "choosing a score").await;
    assert_eq!(app.script("return document.querySelector('#score-options input:checked').value").await, "6");
    tab_to(&app, "#location-options input[value='lower_back']", false).await;
    press(&app, &[Key::Space]).await;
    tab_to(&app, "#pain-form [name='note']", false).await;
    type_keys(&app, "stiff after feeding").await;
    tab_to(&app, "#pain-form button[type='submit']", false).await;
    press(&app, &[Key::Enter]).await;
    app.wait_text("#total-pain", "Highest 6").await;
    focus_is_visible(&app, "saving the check-in").await;
    app.wait_text("#status", "saved").await;

    // Exercise: 25 minutes, saved with Enter in the field.
    tab_to(&app, "#exercise-form [name='minutes']", false).await;
    type_keys(&app, "25").await;
    press(&app, &[Key::Enter]).await;
    app.wait_text("#total-exercise", "25 min").await;
    focus_is_visible(&app, "saving the exercise").await;

    // Calcium: a glass of milk from the quick amounts.
    tab_to(&app, "#calcium-form [data-quick-mg='300']", false).await;
    press(&app, &[Key::Enter]).await;
    app.wait_text("#total-calcium", "300 mg").await;
    focus_is_visible(&app, "adding calcium").await;
    let entries = app.text("#entries").await;
    assert!(entries.contains("6/10 · Lower back · stiff after feeding"), "{entries}");
    assert!(entries.contains("Walking, 25 min") || entries.contains("25 min"), "{entries}");
    assert!(entries.contains("300 mg"), "{entries}");
    assert_eq!(app.script("return String(document.querySelectorAll('#entries li.entry').length)").await, "3");

    // The profile from the header, closed with Escape: focus returns to the button.
    tab_to(&app, "#open-profile", true).await;
    press(&app, &[Key::Enter]).await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#profile-dialog').open)").await == "true" },
        "the profile dialog to open",
    )
    .await;
    focus_is_visible(&app, "opening the profile").await;
    press(&app, &[Key::Tab, Key::Tab]).await;
    focus_is_visible(&app, "tabbing in the profile").await;
    press(&app, &[Key::Escape]).await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#profile-dialog').open)").await == "false" },
        "the profile dialog to close",
    )
    .await;
    assert_eq!(app.script("return document.activeElement.id").await, "open-profile");
    focus_is_visible(&app, "closing the profile with Escape").await;

    // Trends, and the range switched to two weeks.
    tab_to(&app, ".nav-link[data-screen='trends']", true).await;
    press(&app, &[Key::Enter]).await;
    app.wait_for(|a| async move { a.script("return document.body.dataset.screen").await == "trends" }, "Trends").await;
    tab_to(&app, "#range-buttons [data-range='14']", false).await;
    press(&app, &[Key::Enter]).await;
    app.wait_for(
        |a| async move {
            a.script("return document.querySelector('#range-buttons [data-range=\"14\"]').getAttribute('aria-pressed')")
                .await
                == "true"
                && a.script("return document.querySelector('#charts').dataset.state").await == "ready"
        },
        "the two-week range",
    )
    .await;
    focus_is_visible(&app, "switching the range").await;
    let summary = app.text("[data-chart='pain'] .chart-summary").await;
    assert!(!summary.is_empty(), "the pain chart is summarised");

    // An article.
    tab_to(&app, ".nav-link[data-screen='guidance']", true).await;
    press(&app, &[Key::Enter]).await;
    app.wait_for(|a| async move { a.script("return document.body.dataset.screen").await == "guidance" }, "Guidance")
        .await;
    tab_to(&app, "#guidance-list a[data-article='calcium']", false).await;
    press(&app, &[Key::Enter]).await;
    app.wait_text("#reader-title", "Calcium every day").await;
    focus_is_visible(&app, "opening an article").await;

    // A red flag ticked with Space shows the emergency card; Space again clears it.
    tab_to(&app, ".nav-link[data-screen='today']", true).await;
    press(&app, &[Key::Enter]).await;
    app.wait_for(|a| async move { a.script("return document.body.dataset.screen").await == "today" }, "Today").await;
    tab_to(&app, "#red-flag-options input[value='leg_weakness']", false).await;
    press(&app, &[Key::Space]).await;
    app.wait_text("#notices .notice.emergency", "Call your local emergency number").await;
    app.wait_text("#alert-bar", "Emergency").await;
    focus_is_visible(&app, "ticking a red flag").await;
    assert_eq!(app.script("return document.activeElement.value").await, "leg_weakness");
    press(&app, &[Key::Space]).await;
    app.wait_for(
        |a| async move {
            a.script("return String(document.querySelectorAll('#notices .notice.emergency').length)").await == "0"
                && a.text("#alert-bar").await.is_empty()
        },
        "the card to go",
    )
    .await;
    focus_is_visible(&app, "unticking the red flag").await;
    assert_eq!(app.script("return String(document.activeElement.checked)").await, "false");
    app.screenshot("a11y-keyboard").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Elements that stick out of the window or are clipped by their own box, on the screen shown.
const OVERFLOW: &str = "const w = document.documentElement.clientWidth; const out = [];
  if (document.documentElement.scrollWidth > window.innerWidth)
    out.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + window.innerWidth);
  const name = (el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('[hidden], template, dialog:not([open]), .visually-hidden, .skip-link, script')) continue;
    if (el.closest('.table-wrap') && !el.matches('.table-wrap')) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (r.right > w + 1 || r.left < -1) out.push('sticks out (' + Math.round(r.left) + '..' + Math.round(r.right) + ' of ' + w + '): ' + name(el));
    const cs = getComputedStyle(el);
    if (!el.matches('input, select, textarea, img') && ['hidden', 'clip'].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1)
      out.push('cut off: ' + name(el));
  }
  return out.slice(0, 20).join('\\n');";

/// Opens each screen in turn, checks nothing sticks out or is cut off, and saves a screenshot
/// named `a11y-{mode}-{screen}`.
async fn every_screen_fits(app: &App, mode: &str, problems: &mut Vec<String>) {
    for screen in ["today", "trends", "history", "guidance", "settings"] {
        open(app, screen).await;
        match screen {
            "trends" => {
                app.wait_for(
                    |a| async move { a.script("return document.querySelector('#charts').dataset.state").await == "ready" },
                    "the charts",
                )
                .await;
            }
            "guidance" => {
                app.click("#guidance-list a[data-article='calcium']").await;
                app.wait_text("#reader-title", "Calcium every day").await;
            }
            "settings" => {
                app.wait_for(
                    |a| async move {
                        a.script("return String(document.querySelectorAll('#reminder-list li').length)").await != "0"
                    },
                    "the reminders",
                )
                .await;
            }
            _ => {}
        }
        app.script("window.scrollTo(0, 0)").await;
        tokio::time::sleep(Duration::from_millis(200)).await;
        let found = app.script(OVERFLOW).await;
        if !found.is_empty() {
            problems.push(format!("[{mode}, {screen}]\n{found}"));
        }
        app.screenshot(&format!("a11y-{mode}-{screen}")).await;
        if screen == "today" {
            app.script("document.querySelector('#notices').scrollIntoView({block: 'start'})").await;
            app.screenshot(&format!("a11y-{mode}-red-flag")).await;
        }
    }
    app.click("#open-profile").await;
    app.wait_text("#profile-title", "About you").await;
    let found = app.script(OVERFLOW).await;
    if !found.is_empty() {
        problems.push(format!("[{mode}, profile dialog]\n{found}"));
    }
    app.screenshot(&format!("a11y-{mode}-profile")).await;
    press(app, &[Key::Escape]).await;
}

#[tokio::test]
async fn every_screen_fits_at_200_percent_text_and_in_a_640_px_window() {
    let _one = serial();
    let dir = data_dir("a11y-layout");
    diary(&dir);
    let app = App::launch(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;
    tick(&app, "#red-flag-options input[value='saddle_numbness']").await;
    tick(&app, "#mention-options input[value='leaking']").await;
    let mut problems = Vec::new();

    // Text at 200%: the root size doubled, as a reader's text-size setting does (every size
    // in the stylesheet is relative to it).
    let base = app.script("return getComputedStyle(document.documentElement).fontSize").await;
    app.script("document.documentElement.style.fontSize = '187.5%'").await;
    let big = app.script("return getComputedStyle(document.documentElement).fontSize").await;
    assert_eq!((base.as_str(), big.as_str()), ("15px", "30px"), "text at twice its size");
    every_screen_fits(&app, "200", &mut problems).await;
    app.script("document.documentElement.style.fontSize = ''").await;

    // A window 640 px wide.
    app.client.set_window_size(640, 780).await.expect("window size");
    app.wait_for(
        |a| async move { a.script("return String(window.innerWidth)").await.parse::<u32>().unwrap_or(0) <= 640 },
        "the window to narrow",
    )
    .await;
    every_screen_fits(&app, "640", &mut problems).await;
    assert!(problems.is_empty(), "layout problems:\n{}", problems.join("\n"));

    // Reduced motion: WebKitWebDriver cannot emulate the preference, so the stylesheet's rule
    // is checked to be there and to turn transitions and animations off.
    let rule = app
        .script(
            "for (const sheet of document.styleSheets) for (const rule of sheet.cssRules)
               if (rule.media && rule.media.mediaText.includes('prefers-reduced-motion: reduce')) return rule.cssText;
             return ''",
        )
        .await;
    assert!(rule.contains("transition") && rule.contains("animation"), "no reduced-motion rule: {rule:?}");
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
