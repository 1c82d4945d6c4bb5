//! Mend used with the keyboard alone: Tab, Shift+Tab, arrows, Space, Enter and Escape, with
//! focus visible after every key and never behind an open dialog.

use crate::harness::fantoccini::actions::{InputSource, KeyAction, KeyActions};
use crate::harness::fantoccini::key::Key;
use crate::harness::{data_dir, slot, App};

/// Presses each key in turn (down, then up), as a keyboard would send them.
pub(super) async fn press(app: &App, keys: &[Key]) {
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

/// The page's verdict on where focus is (see `focus_is_visible`), as a JavaScript function.
const FOCUS_VERDICT: &str = "function focusVerdict() {
     const a = document.activeElement;
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
     return 'ok ' + name;
   }";

/// Checks where focus is after a key press, once the page has drawn it (scrolling to the
/// focused element may take a frame or two in WebKitGTK): on an element that shows it (its own
/// outline, or the outline of the label a hidden radio or checkbox is drawn as), not covered
/// by anything (such as the sticky header), and inside the dialog when one is open. Also
/// answers whether the focused element matches `css` (for `tab_to`, in the same round trip).
async fn focus_check(app: &App, step: &str, css: &str) -> (String, bool) {
    let js = format!(
        "const done = arguments[0]; {FOCUS_VERDICT}
         requestAnimationFrame(() => requestAnimationFrame(() =>
           done([focusVerdict(), Boolean(document.activeElement && document.activeElement.matches({css:?}))])));"
    );
    let answer = app.script_async(&js).await;
    let verdict = answer[0].as_str().unwrap_or_default().to_owned();
    assert!(verdict.starts_with("ok"), "after {step}: {verdict}");
    (verdict, answer[1] == true)
}

/// `focus_check` alone: where focus is after a key press. Returns what is focused.
async fn focus_is_visible(app: &App, step: &str) -> String {
    focus_check(app, step, "*").await.0
}

/// Presses Tab (or Shift+Tab when `back`) until `css` has focus, checking focus after every
/// press; fails after 80 presses.
async fn tab_to(app: &App, css: &str, back: bool) {
    let check = format!("return String(document.activeElement.matches({:?}))", css);
    if app.script(&check).await == "true" {
        return;
    }
    for _ in 0..80 {
        if back {
            shift_tab(app).await;
        } else {
            press(app, &[Key::Tab]).await;
        }
        if focus_check(app, &format!("tabbing to {css}"), css).await.1 {
            return;
        }
    }
    panic!("80 presses of {} did not reach {css}", if back { "Shift+Tab" } else { "Tab" });
}

#[tokio::test]
async fn mend_works_with_the_keyboard_alone() {
    let _slot = slot();
    let dir = data_dir("a11y-keyboard");
    let app = App::start(crate::APP, &dir, &[]).await;

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
    app.announced("saved").await;

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
