//! History pages, copying the day before, and sample data kept apart from the user's own.

use crate::common::{assert_invalid, store};
use mend_core::api;
use mend_core::model::{Calcium, Exercise, Pain};
use serde_json::json;

#[test]
fn history_pages_newest_first_with_a_cursor() {
    let s = store();
    for day in 1..=5 {
        let date = format!("2026-11-{:02}", day * 2);
        api::log::<Pain>(&s, &json!({"date": date, "score": day})).unwrap();
        api::log::<Calcium>(&s, &json!({"date": date, "mg": 100 * day, "source": "food"})).unwrap();
    }
    api::log::<Exercise>(&s, &json!({"date": "2026-11-05", "kind": "yoga", "minutes": 15})).unwrap();

    let first = api::history(&s, &json!({"days": 3})).unwrap();
    let dates: Vec<String> = first.days.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(dates, ["2026-11-10", "2026-11-08", "2026-11-06"]);
    assert_eq!(first.days[0].pain[0].entry.score, 5);
    assert_eq!(first.days[0].calcium[0].entry.mg, 500);
    let before = first.next_before.unwrap();
    let second = api::history(&s, &json!({"days": 3, "before": before.to_string()})).unwrap();
    let dates: Vec<String> = second.days.iter().map(|d| d.date.to_string()).collect();
    assert_eq!(dates, ["2026-11-05", "2026-11-04", "2026-11-02"]);
    assert_eq!(second.days[0].exercise.len(), 1);
    assert!(second.days[0].pain.is_empty());
    let third = api::history(&s, &json!({"days": 3, "before": second.next_before.unwrap().to_string()})).unwrap();
    assert!(third.days.is_empty() && third.next_before.is_none());
}

#[test]
fn history_filters_by_kind_and_jumps_to_a_date() {
    let s = store();
    api::log::<Pain>(&s, &json!({"date": "2026-11-01", "score": 2})).unwrap();
    api::log::<Exercise>(&s, &json!({"date": "2026-11-02", "kind": "walking", "minutes": 20})).unwrap();
    api::log::<Pain>(&s, &json!({"date": "2026-11-03", "score": 4})).unwrap();
    let only = api::history(&s, &json!({"kind": "exercise"})).unwrap();
    assert_eq!(only.days.len(), 1);
    assert_eq!(only.days[0].date.to_string(), "2026-11-02");
    assert!(only.days[0].pain.is_empty());
    // Jump: everything on or before 2026-11-02.
    let jump = api::history(&s, &json!({"before": "2026-11-03"})).unwrap();
    assert_eq!(jump.days.iter().map(|d| d.date.to_string()).collect::<Vec<_>>(), ["2026-11-02", "2026-11-01"]);
    assert!(api::history(&s, &serde_json::Value::Null).unwrap().days.len() == 3, "no arguments: everything");
    assert_invalid(api::history(&s, &json!({"kind": "mood"})), "kind", "not one of");
    assert_invalid(api::history(&s, &json!({"days": 0})), "days", "1 to 366");
    assert_invalid(api::history(&s, &json!({"before": "2026-02-30"})), "before", "not a real calendar date");
}

#[test]
fn same_as_yesterday_copies_exercise_or_calcium_in_one_go() {
    let s = store();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-23", "mg": 300, "source": "food", "time": "08:00"})).unwrap();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-23", "mg": 500, "source": "supplement"})).unwrap();
    assert_eq!(api::copy_previous_day(&s, &json!("calcium"), &json!("2026-11-24")).unwrap(), 2);
    let today = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert_eq!(today.calcium_mg, 800);
    assert_eq!(today.calcium[0].entry.time.as_deref(), Some("08:00"));
    let err = api::copy_previous_day(&s, &json!("exercise"), &json!("2026-11-24")).unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert_invalid(
        api::copy_previous_day(&s, &json!("pain"), &json!("2026-11-24")),
        "kind",
        "Only exercise and calcium",
    );
    assert_invalid(api::copy_previous_day(&s, &json!("calcium"), &json!("2026-11-25")), "date", "after today");
}

#[test]
fn sample_data_lives_in_its_own_database_and_leaves_the_users_untouched() {
    let dir = std::env::temp_dir().join(format!("mend-demo-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let s = mend_core::Store::open(&dir).unwrap();
    api::log::<Pain>(&s, &json!({"date": s.today().to_string(), "score": 7, "note": "mine"})).unwrap();
    assert!(!s.is_demo());
    s.set_demo(true).unwrap();
    assert!(s.is_demo());
    assert!(dir.join("demo").join("mend.sqlite3").exists());
    let t = api::trends(
        &s,
        &json!({"from": (s.today() - chrono::Days::new(111)).to_string(), "to": s.today().to_string()}),
    )
    .unwrap();
    let logged = t.days.iter().filter(|d| d.pain_mean.is_some()).count();
    assert!(logged > 80, "sixteen weeks of check-ins, with a few missed: {logged}");
    let first = t.days.iter().find_map(|d| d.pain_avg7).unwrap();
    let last = t.days.iter().rev().find_map(|d| d.pain_avg7).unwrap();
    assert!(first - last > 2.0, "pain drifts down: {first} → {last}");
    assert!(t.days.iter().any(|d| d.calcium_mg > 2500), "some high calcium days");
    assert!(t.days.iter().any(|d| d.calcium_mg == 0), "some missed calcium days");
    assert!(s.profile().unwrap().profile.birth_date.is_some());
    // Logging in sample mode does not touch the user's data.
    api::log::<Pain>(&s, &json!({"date": s.today().to_string(), "score": 1, "note": "sample"})).unwrap();
    s.set_demo(false).unwrap();
    let mine = api::day_summary(&s, &json!(s.today().to_string())).unwrap();
    assert_eq!(mine.pain.len(), 1);
    assert_eq!(mine.pain[0].entry.note, "mine");
    drop(s);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn data_span_covers_every_kind() {
    let s = store();
    assert_eq!(s.data_span().unwrap(), mend_core::store::DataSpan { first: None, last: None });
    api::log::<Exercise>(&s, &json!({"date": "2024-02-03", "kind": "walking", "minutes": 20})).unwrap();
    api::log::<Pain>(&s, &json!({"date": "2025-01-01", "score": 3})).unwrap();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-20", "mg": 300, "source": "food"})).unwrap();
    let span = s.data_span().unwrap();
    assert_eq!(
        (span.first.unwrap().to_string(), span.last.unwrap().to_string()),
        ("2024-02-03".into(), "2026-11-20".into())
    );
}
