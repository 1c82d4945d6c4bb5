//! Store round trips on an in-memory database: log, read back, update, delete, profile.

use crate::common::{assert_invalid, store};
use mend_core::api;
use mend_core::model::{AgeBand, Calcium, Exercise, Intensity, Pain};
use serde_json::json;

#[test]
fn logged_entries_come_back_in_the_day_summary() {
    let s = store();
    let p = api::log::<Pain>(
        &s,
        &json!({"date": "2026-11-24", "time": "08:30", "score": 6, "locations": ["lower_back"], "note": " stiff "}),
    )
    .unwrap();
    assert!(p.id > 0);
    assert_eq!(p.entry.note, "stiff");
    assert!(p.created_at.ends_with('Z') && p.created_at == p.updated_at);
    api::log::<Exercise>(&s, &json!({"date": "2026-11-24", "kind": "walking", "minutes": 25})).unwrap();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": 300, "source": "food"})).unwrap();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-23", "mg": 300, "source": "food"})).unwrap();

    let day = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert_eq!(day.pain, vec![p]);
    assert_eq!(day.exercise.len(), 1);
    assert_eq!(day.exercise[0].entry.intensity, Intensity::Moderate, "the default intensity");
    assert_eq!(day.calcium.len(), 1, "only the day's own entries");
}

#[test]
fn entries_are_ordered_by_time_with_untimed_last() {
    let s = store();
    for (time, score) in [(None, 1), (Some("21:00"), 2), (Some("07:15"), 3)] {
        api::log::<Pain>(&s, &json!({"date": "2026-11-24", "time": time, "score": score})).unwrap();
    }
    let scores: Vec<u8> =
        api::day_summary(&s, &json!("2026-11-24")).unwrap().pain.iter().map(|p| p.entry.score).collect();
    assert_eq!(scores, vec![3, 2, 1]);
}

#[test]
fn update_replaces_an_entry_and_keeps_its_id() {
    let s = store();
    let c = api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": 300, "source": "food"})).unwrap();
    let u = api::update::<Calcium>(&s, &json!(c.id), &json!({"date": "2026-11-22", "mg": 450, "source": "supplement"}))
        .unwrap();
    assert_eq!(u.id, c.id);
    assert_eq!(u.entry.mg, 450);
    assert_eq!(u.created_at, c.created_at);
    assert!(api::day_summary(&s, &json!("2026-11-24")).unwrap().calcium.is_empty());
    assert_eq!(api::day_summary(&s, &json!("2026-11-22")).unwrap().calcium, vec![u.clone()]);

    // An invalid update changes nothing.
    assert_invalid(
        api::update::<Calcium>(&s, &json!(c.id), &json!({"date": "2026-11-22", "mg": 0, "source": "food"})),
        "mg",
        "1 to 5,000",
    );
    assert_eq!(api::day_summary(&s, &json!("2026-11-22")).unwrap().calcium, vec![u]);

    let err = api::update::<Calcium>(&s, &json!(4242), &json!({"date": "2026-11-22", "mg": 5, "source": "food"}))
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert_invalid(api::update::<Calcium>(&s, &json!("1"), &json!({})), "id", "positive whole number");
}

#[test]
fn delete_removes_exactly_one_entry() {
    let s = store();
    let a = api::log::<Exercise>(&s, &json!({"date": "2026-11-24", "kind": "yoga", "minutes": 10})).unwrap();
    let b = api::log::<Exercise>(&s, &json!({"date": "2026-11-24", "kind": "swimming", "minutes": 30})).unwrap();
    api::delete_entry(&s, &json!("exercise"), &json!(a.id)).unwrap();
    assert_eq!(api::day_summary(&s, &json!("2026-11-24")).unwrap().exercise, vec![b]);
    assert_eq!(api::delete_entry(&s, &json!("exercise"), &json!(a.id)).unwrap_err().code(), "not_found");
    assert_invalid(api::delete_entry(&s, &json!("mood"), &json!(1)), "kind", "one of: pain, exercise, calcium");
}

#[test]
fn profile_defaults_until_saved_then_round_trips() {
    let s = store();
    let before = s.profile().unwrap();
    assert!(!before.configured);
    assert_eq!(before.profile.age_band, AgeBand::Adult);
    let saved = api::save_profile(&s, &json!({"birthDate": "", "breastfeeding": true})).unwrap();
    assert!(saved.configured);
    assert_eq!(saved.profile.birth_date, None);
    assert!(saved.profile.breastfeeding);
    assert_eq!(s.profile().unwrap(), saved);
    let again = api::save_profile(&s, &json!({"ageBand": "51+", "deliveryType": "vaginal"})).unwrap();
    assert_eq!(again.profile.age_band, AgeBand::Older);
    assert!(!again.profile.breastfeeding, "a save replaces the whole profile");
}

#[test]
fn day_summary_rejects_bad_dates() {
    let s = store();
    assert_invalid(api::day_summary(&s, &json!("2026-11-25")), "date", "after today");
    assert_invalid(api::day_summary(&s, &json!("2026-13-01")), "date", "not a real calendar date");
    assert_invalid(api::day_summary(&s, &json!(5)), "date", "YYYY-MM-DD");
}

#[test]
fn data_survives_reopening_the_file() {
    let dir = std::env::temp_dir().join(format!("mend-store-reopen-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let id = {
        let s = mend_core::Store::open(&dir).unwrap();
        api::log::<Pain>(&s, &json!({"date": "2026-01-02", "score": 5})).unwrap().id
    };
    let s = mend_core::Store::open(&dir).unwrap();
    let day = api::day_summary(&s, &json!("2026-01-02")).unwrap();
    assert_eq!(day.pain.iter().map(|p| p.id).collect::<Vec<_>>(), vec![id]);
    drop(s);
    std::fs::remove_dir_all(&dir).unwrap();
}
