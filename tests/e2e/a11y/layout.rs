//! Every screen at 200% text, in a 640 px window, and in a 640 px window at 200% text together
//! (WCAG 1.4.10's 320 CSS px case), in English and Chinese, light and dark, with her own diary
//! and with sample data open: nothing sticks out, nothing is cut off, nothing scrolls sideways;
//! and reduced motion turns animation off.

use super::keyboard::press;
use super::{diary, DARK, ZH};
use crate::harness::fantoccini::key::Key;
use crate::harness::{data_dir, slot, App};
use crate::{open, tick};

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
                app.wait_for(
                    |a| async move {
                        !a.script("return document.querySelector('#reader-title').textContent").await.is_empty()
                    },
                    "the article",
                )
                .await;
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
        settled(app).await;
        let found = app.script(OVERFLOW).await;
        if !found.is_empty() {
            problems.push(format!("[{mode}, {screen}]\n{found}"));
        }
        app.screenshot(&format!("a11y-{mode}-{screen}")).await;
        // Further down: the 0–10 scale and the red-flag card on Today, "Your data" in Settings.
        for (on, css, name) in [
            ("today", "#score-options", "scale"),
            ("today", "#notices", "red-flag"),
            ("settings", "#data-card", "data"),
        ] {
            if screen == on {
                app.script(&format!("document.querySelector('{css}').scrollIntoView({{block: 'start'}})")).await;
                app.screenshot(&format!("a11y-{mode}-{name}")).await;
            }
        }
    }
    app.click("#open-profile").await;
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#profile-dialog').open)").await == "true" },
        "the profile dialog",
    )
    .await;
    let found = app.script(OVERFLOW).await;
    if !found.is_empty() {
        problems.push(format!("[{mode}, profile dialog]\n{found}"));
    }
    app.screenshot(&format!("a11y-{mode}-profile")).await;
    press(app, &[Key::Escape]).await;
}

/// Waits until the page has drawn its last change (two animation frames).
async fn settled(app: &App) {
    app.script_async("requestAnimationFrame(() => requestAnimationFrame(arguments[0]))").await;
}

/// Narrows the window to 640 px and waits until the page has followed.
async fn narrow(app: &App) {
    app.client.set_window_size(640, 780).await.expect("window size");
    app.wait_for(
        |a| async move { a.script("return String(window.innerWidth)").await.parse::<u32>().unwrap_or(0) <= 640 },
        "the window to narrow",
    )
    .await;
}

/// Every screen in a 640 px window at 200% text, in one language, theme and data (her own
/// diary, or sample data when `env` sets `MEND_DEMO`), saving screenshots `a11y-{mode}-…`.
async fn every_screen_fits_at_320_css_px(mode: &str, env: &[(&str, &str)], problems: &mut Vec<String>) {
    let dir = data_dir(&format!("a11y-layout-{mode}"));
    let demo = env.contains(&("MEND_DEMO", "1"));
    if !demo {
        diary(&dir);
    }
    let app = App::start(crate::APP, &dir, env).await;
    if demo {
        assert_eq!(app.script("return String(document.querySelector('#demo-banner').hidden)").await, "false");
    } else {
        crate::skip_profile(&app).await;
    }
    narrow(&app).await;
    app.script("document.documentElement.style.fontSize = '187.5%'").await;
    every_screen_fits(&app, mode, problems).await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn every_screen_fits_at_200_percent_text_and_in_a_640_px_window() {
    let _slot = slot();
    let dir = data_dir("a11y-layout");
    diary(&dir);
    let app = App::start(crate::APP, &dir, &[]).await;
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
    narrow(&app).await;
    every_screen_fits(&app, "640", &mut problems).await;

    // Both at once: a 640 px window with text at 200%.
    app.script("document.documentElement.style.fontSize = '187.5%'").await;
    every_screen_fits(&app, "640-200-en-light", &mut problems).await;
    app.script("document.documentElement.style.fontSize = ''").await;

    // The grouped red-flag list, in a 640 px window with text at 200% together (WCAG 1.4.10's
    // 320 CSS px case): none of its headings or signs sticks out or is cut off.
    open(&app, "today").await;
    app.script("document.documentElement.style.fontSize = '187.5%'").await;
    app.script("document.querySelector('#red-flag-form').scrollIntoView({block: 'start'})").await;
    settled(&app).await;
    let in_list = OVERFLOW
        .replace("document.querySelectorAll('body *')", "document.querySelectorAll('#red-flag-form, #red-flag-form *')")
        .replace("if (document.documentElement.scrollWidth > window.innerWidth)", "if (false)");
    assert!(
        in_list.contains("#red-flag-form *") && in_list.contains("if (false)"),
        "the check is narrowed to the list"
    );
    let found = app.script(&in_list).await;
    if !found.is_empty() {
        problems.push(format!("[640 and 200, the red-flag list]\n{found}"));
    }
    app.screenshot("a11y-640-200-red-flag-list").await;
    app.script("document.documentElement.style.fontSize = ''").await;

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

    // The combined case in Chinese, in dark, and with sample data open (its banner on every
    // screen): English light with her diary is above.
    every_screen_fits_at_320_css_px("640-200-zh-light", &ZH, &mut problems).await;
    every_screen_fits_at_320_css_px("640-200-en-dark-sample", &[DARK, ("MEND_DEMO", "1")], &mut problems).await;
    every_screen_fits_at_320_css_px("640-200-zh-dark-sample", &[DARK, ZH[0], ZH[1], ("MEND_DEMO", "1")], &mut problems)
        .await;
    assert!(problems.is_empty(), "layout problems:\n{}", problems.join("\n"));
}
