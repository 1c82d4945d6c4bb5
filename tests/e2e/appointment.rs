//! Ready for the appointment, as she would use it on Trends: what went with better or worse
//! days, and the report saved through the save dialog (answered by `MEND_E2E_SAVE` in debug
//! builds, as the import test answers the open dialog), then read back as text.

use std::process::Command;

use chrono::{Days, Local};

use crate::harness::{artifacts, data_dir, slot, App};

/// Thirty days of her diary: exercise every other day, and less pain on the days after it.
fn diary(dir: &std::path::Path) {
    let today = Local::now().date_naive();
    let (mut pain, mut exercise) = (Vec::new(), Vec::new());
    for back in 0..30u64 {
        let date = today - Days::new(back);
        let exercised_before = (back + 1) % 2 == 0;
        let score = if exercised_before { 3 + back % 2 } else { 6 + back % 2 };
        pain.push(serde_json::json!({"date": date.to_string(), "score": score, "note": format!("day {back}")}));
        if back % 2 == 0 {
            exercise.push(serde_json::json!({"date": date.to_string(), "kind": "walking", "minutes": 30}));
        }
    }
    let doc = serde_json::json!({"format": "mend", "version": 1, "pain": pain, "exercise": exercise});
    crate::import_diary(dir, &doc);
}

#[tokio::test]
async fn insights_and_the_report_for_the_appointment() {
    let _slot = slot();
    let dir = data_dir("appointment");
    diary(&dir);
    let pdf = dir.join("my report.pdf");
    let app = App::start(crate::APP, &dir, &[("MEND_E2E_SAVE", pdf.to_str().unwrap())]).await;
    crate::fill_profile(&app, &[]).await;
    crate::open(&app, "trends").await;

    // Insights: exercise the day before went with less pain, worded as what went together.
    let exercise = "#insight-list .insight[data-factor='exercise']";
    app.wait_for(
        move |a| async move {
            a.script(&format!("return String(!!document.querySelector(\"{exercise}\"))")).await == "true"
        },
        "the exercise insight",
    )
    .await;
    assert_eq!(app.script(&format!("return document.querySelector(\"{exercise}\").dataset.clear")).await, "true");
    let text = app.text(exercise).await;
    assert!(text.contains("lower") && text.contains("not what caused it"), "{text}");
    let waiting = app.script("return document.querySelector('#insight-waiting-list').textContent").await;
    assert!(waiting.contains("not enough data yet (0 of 7 days)"), "sleep and mood wait for data: {waiting}");
    app.script("document.querySelector('#insights').scrollIntoView()").await;
    app.screenshot("trends-insights").await;

    // A range without entries says so in the form, and saves nothing.
    app.click("#report-span label:has(input[value='custom'])").await;
    app.script("const f = document.querySelector('#report-form'); f.elements.from.value = '2025-01-01'; f.elements.to.value = '2025-01-31';").await;
    app.click("#report-form button[type='submit']").await;
    let error = app.wait_text("#report-form [data-error-for='from']", "no entries").await;
    assert!(error.contains("Choose a range with entries"), "{error}");
    assert!(!pdf.exists(), "no empty report");

    // Since the birth, with a question and her notes.
    app.click("#report-span label:has(input[value='birth'])").await;
    app.type_into("#report-form [name='questions']", "Is it safe to start running again?").await;
    app.click("#report-form [name='notes']").await;
    app.script("document.querySelector('#report-form').scrollIntoView()").await;
    app.click("#report-form button[type='submit']").await;
    app.wait_text("#report-saved", "Report saved to").await;
    app.screenshot("trends-report-saved").await;
    app.quit().await;

    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777, 0o600, "hers alone");
    }
    let out = Command::new("pdftotext")
        .args(["-layout", pdf.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext is needed: run `make deps` (apt-get install poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    for wanted in ["Is it safe to start running again?", "Not a medical record", "1 October 2026", "day 3"] {
        assert!(text.contains(wanted), "{wanted:?} in the report:\n{text}");
    }
    let png = artifacts().join("report-from-window");
    let rendered =
        Command::new("pdftoppm").args(["-png", "-r", "70", pdf.to_str().unwrap(), png.to_str().unwrap()]).status();
    assert!(rendered.unwrap().success());
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Twelve weeks of a recovery: pain falling from 7 to 2, walks (a tag) and exercise both more
/// likely as the weeks pass; a walk goes with 2 points less pain that day, exercise with none.
fn recovery(dir: &std::path::Path) {
    let today = Local::now().date_naive();
    let mut seed: u64 = 7;
    let mut next = move || {
        // A fixed linear congruential sequence in [0, 1): the same diary every run.
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let (mut pain, mut exercise, mut walks) = (Vec::new(), Vec::new(), Vec::new());
    for back in (0..84u64).rev() {
        let date = (today - Days::new(back)).to_string();
        let progress = (83 - back) as f64 / 83.0;
        let likely = 0.2 + 0.6 * progress;
        let walk = next() < likely;
        let noise = next() * 2.0 - 1.0;
        let score = (7.0 - 5.0 * progress + noise - if walk { 2.0 } else { 0.0 }).round().clamp(0.0, 10.0);
        pain.push(serde_json::json!({"date": date, "score": score as u8}));
        if walk {
            walks.push(serde_json::json!({"date": date, "tag": "walk"}));
        }
        if next() < likely {
            let minutes = 10 + (next() * 30.0) as u32;
            exercise.push(serde_json::json!({"date": date, "kind": "strength", "minutes": minutes}));
        }
    }
    let doc = serde_json::json!({"format": "mend", "version": 2, "pain": pain, "exercise": exercise,
        "tags": [{"name": "walk"}], "dayTags": walks});
    crate::import_diary(dir, &doc);
}

/// A recovery is not mistaken for a factor: over 3 months the walk tag is clear, exercise (which
/// only rose with the weeks) is not, and a line says her pain mostly follows her recovery; the
/// same in Chinese. Screenshots of the card in both languages.
#[tokio::test]
async fn insights_compare_days_with_the_days_around_them() {
    let _slot = slot();
    let dir = data_dir("insights-recovery");
    recovery(&dir);
    for (lang, env) in [("en", vec![]), ("zh", vec![("LC_ALL", "zh_CN.UTF-8"), ("LANG", "zh_CN.UTF-8")])] {
        let app = App::start(crate::APP, &dir, &env).await;
        if lang == "en" {
            // The first start asks about her; skipping it is remembered.
            crate::skip_profile(&app).await;
        }
        crate::open(&app, "trends").await;
        let walk = "#insight-list .insight[data-factor='tag:1']";
        app.wait_for(
            move |a| async move {
                a.script(&format!("return String(!!document.querySelector(\"{walk}\"))")).await == "true"
            },
            "the walk insight",
        )
        .await;
        assert_eq!(app.script(&format!("return document.querySelector(\"{walk}\").dataset.clear")).await, "true");
        let exercise = app
            .script("return document.querySelector(\"#insight-list .insight[data-factor='exercise']\").dataset.clear")
            .await;
        assert_eq!(exercise, "false", "exercise only rose with the weeks");
        let note = app.text("#insight-trend-note").await;
        let (mostly, around) = if lang == "en" {
            ("Your pain is mostly following your recovery", "compared with the days around them")
        } else {
            ("你的疼痛主要是在跟着恢复的进程变化", "与前后几天相比")
        };
        assert!(note.starts_with(mostly), "{note}");
        assert!(app.text(walk).await.contains(around));
        assert!(app.text("#insights").await.contains(if lang == "en" {
            "Each day is compared with the days around it"
        } else {
            "每一天都和它前后几天相比"
        }));
        app.script("document.querySelector('#insights').scrollIntoView()").await;
        app.screenshot(&format!("insights-recovery-{lang}")).await;
        app.quit().await;
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
