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

/// The language and the mode have their own lock: reading them while a session holds the
/// connection (as a command's error is said, or the tray asks whether sample data is open,
/// while another command runs) answers at once instead of waiting.
#[test]
fn the_language_and_the_mode_are_read_while_a_session_holds_the_connection() {
    use mend_core::i18n::Lang;
    use mend_core::store::Mode;
    let s = std::sync::Arc::new(store());
    s.set_language(Lang::ZhCn).unwrap();
    let session = s.session().unwrap();
    assert_eq!(session.lang, Lang::ZhCn);
    let other = std::sync::Arc::clone(&s);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || tx.send((other.language(), other.mode(), other.is_demo())).unwrap());
    let read = rx.recv_timeout(std::time::Duration::from_secs(5));
    assert_eq!(read, Ok((Lang::ZhCn, Mode::Own, false)), "read while the connection was held");
    // On the same thread too: no call order can deadlock.
    assert_eq!((s.language(), s.mode()), (Lang::ZhCn, Mode::Own));
    drop(session);
}

/// One mode: her own diary, then the sample data (her chosen language goes with her), then
/// hers again with her entries as they were.
#[test]
fn the_store_is_in_one_mode_at_a_time() {
    use mend_core::i18n::Lang;
    use mend_core::store::Mode;
    let dir = tempfile::tempdir().unwrap();
    let s = mend_core::Store::open(dir.path()).unwrap();
    api::log::<Pain>(&s, &json!({"date": s.today().to_string(), "score": 4})).unwrap();
    s.set_language(Lang::ZhCn).unwrap();
    assert_eq!((s.mode(), s.is_demo(), s.damage()), (Mode::Own, false, None));
    s.set_demo(true).unwrap();
    assert_eq!((s.mode(), s.is_demo(), s.language()), (Mode::Sample, true, Lang::ZhCn));
    assert!(s.data_span().unwrap().first.unwrap() < s.today(), "weeks of sample data, not her one day");
    s.set_demo(false).unwrap();
    assert_eq!((s.mode(), s.language()), (Mode::Own, Lang::ZhCn));
    assert_eq!(s.data_span().unwrap().first, Some(s.today()), "her own diary is back");
    assert_eq!(s.day_summary(s.today()).unwrap().pain.len(), 1, "with her entry");
    // Her file damaged while the sample data is open: leaving it opens recovery, not an empty diary.
    s.set_demo(true).unwrap();
    std::fs::write(dir.path().join("mend.sqlite3"), b"not a database at all, not even close....").unwrap();
    s.set_demo(false).unwrap();
    assert!(matches!(s.mode(), Mode::Recovery(_)), "{:?}", s.mode());
    assert_eq!(s.damage().map(|_| ()), Some(()));
}
