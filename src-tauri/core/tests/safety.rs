//! Red flags and Mend's rules on the log, each at its boundary.

mod common;

use common::{assert_invalid, store};
use mend_core::model::{Exercise, Pain};
use mend_core::Store;
use serde_json::json;

fn codes(s: &Store, date: &str) -> Vec<&'static str> {
    s.day_summary(&json!(date)).unwrap().notices.iter().map(|n| n.code).collect()
}

fn pain(s: &Store, date: &str, score: u8) {
    s.log::<Pain>(&json!({"date": date, "score": score})).unwrap();
}

#[test]
fn a_ticked_red_flag_shows_a_card_at_once_whatever_the_pain() {
    let s = store();
    s.save_red_flags(&json!("2026-11-24"), &json!(["fever"])).unwrap();
    let day = s.day_summary(&json!("2026-11-24")).unwrap();
    assert_eq!(day.red_flags, ["fever"]);
    let n = &day.notices[0];
    assert_eq!((n.code, serde_json::to_value(n.level).unwrap()), ("red_flag", json!("urgent")));
    assert!(n.message.starts_with("Contact your clinician today.") && n.message.contains("38 °C"), "{}", n.message);
    assert_eq!(n.article_id, Some("when-to-see-a-clinician"));

    // An emergency sign comes first, with the emergency wording.
    s.save_red_flags(&json!("2026-11-24"), &json!(["fever", "breathing"])).unwrap();
    let alerts = s.alerts().unwrap();
    assert_eq!(alerts.len(), 2);
    assert!(alerts[0].message.starts_with("Call your local emergency number now."), "{}", alerts[0].message);

    // Unticking clears; another day is unaffected.
    s.save_red_flags(&json!("2026-11-24"), &json!([])).unwrap();
    assert!(s.alerts().unwrap().is_empty());
    assert_invalid(s.save_red_flags(&json!("2026-11-24"), &json!(["tired"])), "flags", "Unknown red flag");
    assert_invalid(s.save_red_flags(&json!("2026-11-24"), &json!("fever")), "flags", "must be a list");
    assert_invalid(s.save_red_flags(&json!("2026-11-25"), &json!([])), "date", "after today");
}

#[test]
fn a_failed_red_flag_save_leaves_the_day_as_it_was() {
    let s = store();
    s.save_red_flags(&json!("2026-11-24"), &json!(["wound"])).unwrap();
    assert!(s.save_red_flags(&json!("2026-11-24"), &json!(["fever", 7])).is_err());
    assert_eq!(s.day_summary(&json!("2026-11-24")).unwrap().red_flags, ["wound"]);
}

#[test]
fn pain_of_seven_on_three_days_in_a_row() {
    let s = store();
    for (d, score) in [("2026-11-22", 7), ("2026-11-23", 7), ("2026-11-24", 7)] {
        pain(&s, d, score);
    }
    assert!(codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "7, 7, 7 fires");
    assert!(!codes(&s, "2026-11-23").contains(&"pain_high_3_days"), "only two days up to the 23rd");

    let s = store();
    for (d, score) in [("2026-11-22", 7), ("2026-11-23", 7), ("2026-11-24", 6)] {
        pain(&s, d, score);
    }
    assert!(!codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "7, 7, 6 does not");

    let s = store();
    for (d, score) in [("2026-11-21", 8), ("2026-11-22", 8), ("2026-11-24", 8)] {
        pain(&s, d, score);
    }
    assert!(!codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "a gap day breaks the run");

    let s = store();
    for (d, score) in [("2026-11-22", 7), ("2026-11-23", 2), ("2026-11-23", 9), ("2026-11-24", 7)] {
        pain(&s, d, score);
    }
    assert!(codes(&s, "2026-11-24").contains(&"pain_high_3_days"), "the day's highest counts");
}

#[test]
fn a_rising_seven_day_average_over_two_weeks() {
    let s = store();
    // Weeks ending 11-10, 11-17, 11-24 at 3, 4, 5: +1 a week, twice.
    for (start, score) in [(4, 3), (11, 4), (18, 5)] {
        for d in start..start + 7 {
            pain(&s, &format!("2026-11-{d:02}"), score);
        }
    }
    assert!(codes(&s, "2026-11-24").contains(&"pain_rising"));
    let s = store();
    for (start, score) in [(4, 3), (11, 4), (18, 4)] {
        for d in start..start + 7 {
            pain(&s, &format!("2026-11-{d:02}"), score);
        }
    }
    assert!(!codes(&s, "2026-11-24").contains(&"pain_rising"), "flat in the second week");
}

#[test]
fn vigorous_exercise_in_the_first_six_weeks_after_a_caesarean() {
    let s = store();
    s.save_profile(&json!({"birthDate": "2026-10-14", "deliveryType": "caesarean"})).unwrap();
    s.log::<Exercise>(&json!({"date": "2026-11-24", "kind": "strength", "minutes": 20, "intensity": "vigorous"}))
        .unwrap();
    // 2026-11-24 is 41 days after 2026-10-14: inside the 6 weeks.
    assert!(codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"));
    s.save_profile(&json!({"birthDate": "2026-10-13", "deliveryType": "caesarean"})).unwrap();
    assert!(!codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"), "42 days: 6 weeks have passed");
    s.save_profile(&json!({"birthDate": "2026-10-14", "deliveryType": "vaginal"})).unwrap();
    assert!(!codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"));
}

#[test]
fn no_improvement_twelve_weeks_after_birth_is_a_gentle_note() {
    let s = store();
    s.save_profile(&json!({"birthDate": "2026-08-31"})).unwrap();
    for d in 1..=7 {
        pain(&s, &format!("2026-09-{d:02}"), 6);
    }
    for d in 18..=24 {
        pain(&s, &format!("2026-11-{d:02}"), 5);
    }
    // 2026-11-23 is day 84 after the birth.
    let notes = s.day_summary(&json!("2026-11-24")).unwrap().notices;
    let n = notes.iter().find(|n| n.code == "no_improvement_12_weeks").expect("6 → 5 is not a clear improvement");
    assert_eq!(serde_json::to_value(n.level).unwrap(), json!("info"));
    assert!(n.message.contains("Mend's own rule"));
    // A clear improvement (6 → 3: 3 points, 50%) does not fire.
    for d in 18..=24 {
        s.log::<Pain>(&json!({"date": format!("2026-11-{d:02}"), "score": 0})).unwrap();
    }
    assert!(!codes(&s, "2026-11-24").contains(&"no_improvement_12_weeks"));
}
