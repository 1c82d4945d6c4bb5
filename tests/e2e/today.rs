//! The Today screen as a person uses it: first-run profile, logging, errors, edit, delete,
//! undo, and finding everything again after a restart.

use crate::harness::{data_dir, slot, App};

/// Fills in the first-run profile: born on 2026-10-01 by caesarean, breastfeeding.
async fn fill_profile(app: &App) {
    crate::fill_profile(app, &["label:has(input[value='caesarean'])", "input[name='breastfeeding']"]).await;
}

/// Number of entries listed for the shown day.
async fn entry_count(app: &App) -> usize {
    app.script("return String(document.querySelectorAll('#entries li.entry').length)").await.parse().unwrap()
}

#[tokio::test]
async fn log_a_day_through_the_ui_and_find_it_after_a_restart() {
    let _slot = slot();
    let dir = data_dir("day");
    let app = App::start(crate::APP, &dir, &[]).await;
    fill_profile(&app).await;

    // A pain check-in: score 6, lower back, with a note.
    app.click("#score-options label[data-score='6']").await;
    app.click("#location-options input[value='lower_back'] + span").await;
    app.type_into("#pain-form [name='note']", "stiff after feeding").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#total-pain", "Highest 6").await;

    // An exercise session.
    app.type_into("#exercise-form [name='minutes']", "25").await;
    app.click("#exercise-form button[type='submit']").await;
    app.wait_text("#total-exercise", "25 min").await;

    // Two calcium entries: a quick glass of milk, and a 500 mg supplement typed in.
    app.click("#calcium-form [data-quick-mg='300']").await;
    app.wait_text("#total-calcium", "300 mg").await;
    app.type_into("#calcium-form [name='mg']", "500").await;
    app.click("#calcium-form label:has(input[value='supplement'])").await;
    app.click("#calcium-form button[type='submit']").await;
    app.wait_text("#total-calcium", "800 mg").await;
    assert_eq!(entry_count(&app).await, 4);
    let entries = app.text("#entries").await;
    assert!(entries.contains("6/10 · Lower back · stiff after feeding"), "{entries}");
    assert!(entries.contains("500 mg · supplement"), "{entries}");

    // An invalid value gets a clear message next to the field, and nothing is saved.
    app.type_into("#exercise-form [name='minutes']", "601").await;
    app.click("#exercise-form button[type='submit']").await;
    let error = app.wait_text("#exercise-form [data-error-for='minutes']", "1 to 600").await;
    assert!(error.contains("whole number"), "{error}");
    assert_eq!(app.script("return document.activeElement.name").await, "minutes", "focus moves to the field");
    assert_eq!(app.text("#total-exercise").await, "25 min");

    // The Rust boundary refuses wrongly typed input from the page with a field-level error.
    let rejected = app
        .script_async(
            "window.__TAURI__.core.invoke('log_pain', { entry: { date: '2026-01-01', score: '7' } })
               .then(() => arguments[0]('accepted'), (e) => arguments[0](e))",
        )
        .await;
    assert_eq!(rejected["code"], "invalid_input", "{rejected}");
    assert_eq!(rejected["field"], "score", "{rejected}");
    assert_eq!(entry_count(&app).await, 4);
    app.screenshot("today").await;
    app.quit().await;

    // Relaunch on the same data: no profile question, everything still there.
    let app = App::launch(crate::APP, &dir, &[]).await;
    assert_eq!(app.script("return String(document.querySelector('#profile-dialog').open)").await, "false");
    app.wait_text("#total-calcium", "800 mg").await;
    assert_eq!(entry_count(&app).await, 4);
    assert_eq!(app.text("#total-exercise").await, "25 min");
    app.wait_text("#total-pain", "Highest 6").await;
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("today-light").await;
    app.click("#open-profile").await;
    // The dialog's module loads on first use; it opens once filled from the store.
    app.wait_for(
        |a| async move { a.script("return String(document.querySelector('#profile-dialog').open)").await == "true" },
        "the profile dialog to open",
    )
    .await;
    assert_eq!(app.script("return document.querySelector('#profile-form [name=birthDate]').value").await, "2026-10-01");
    assert_eq!(
        app.script("return String(document.querySelector('#profile-form input[value=caesarean]').checked)").await,
        "true"
    );
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn edit_delete_and_undo_an_entry() {
    let _slot = slot();
    let dir = data_dir("edit");
    let app = App::start(crate::APP, &dir, &[]).await;
    crate::skip_profile(&app).await;

    app.click("#score-options label[data-score='4']").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#entries", "4/10").await;

    // Edit: the form fills with the entry; change the score and save.
    app.click("#entries button[data-action='edit']").await;
    assert_eq!(app.text("#pain-form button[type='submit']").await, "Save changes");
    assert_eq!(
        app.script("return String(document.querySelector('#score-options input[value=\"4\"]').checked)").await,
        "true"
    );
    app.click("#score-options label[data-score='3']").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#entries", "3/10").await;
    assert_eq!(entry_count(&app).await, 1, "an edit changes the entry, it does not add one");
    assert_eq!(app.text("#pain-form button[type='submit']").await, "Save check-in");

    // Delete, then undo.
    app.click("#entries button[data-action='delete']").await;
    app.wait_text("#entries", "Nothing logged").await;
    app.click("#undo-delete").await;
    app.wait_text("#entries", "3/10").await;
    assert_eq!(entry_count(&app).await, 1);

    // An earlier day: entries go to that day, not today.
    app.click("#day-prev").await;
    app.wait_text("#today-title", "An earlier day").await;
    app.wait_text("#entries", "Nothing logged").await;
    app.click("#calcium-form [data-quick-mg='400']").await;
    app.wait_text("#total-calcium", "400 mg").await;
    // One day under the recommended amount is not "below" it: that waits for a 7-day average.
    app.wait_text("#calcium-status", "once a few days are logged").await;
    app.click("#day-today").await;
    app.wait_text("#today-title", "Today").await;
    app.wait_text("#total-calcium", "0 mg").await;
    // "Same as yesterday" copies that calcium onto today.
    app.click("#calcium-form [data-copy='calcium']").await;
    app.wait_text("#total-calcium", "400 mg").await;
    app.announced("Copied 1 calcium entry").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn dark_mode_follows_the_system_theme() {
    let _slot = slot();
    let dir = data_dir("dark");
    let app = App::launch(crate::APP, &dir, &[("GTK_THEME", "Adwaita:dark")]).await;
    crate::skip_profile(&app).await;
    assert_eq!(app.script("return String(matchMedia('(prefers-color-scheme: dark)').matches)").await, "true");
    let background = app.script("return getComputedStyle(document.body).backgroundColor").await;
    assert_eq!(background, "rgb(19, 25, 24)", "the dark palette is in use");
    app.click("#score-options label[data-score='5']").await;
    app.click("#pain-form button[type='submit']").await;
    app.wait_text("#total-pain", "Highest 5").await;
    app.script("window.scrollTo(0, 0)").await;
    app.screenshot("today-dark").await;
    app.quit().await;
    std::fs::remove_dir_all(&dir).unwrap();
}
