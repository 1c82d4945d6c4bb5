//! Red flags and Mend's rules on the log, each at its boundary.

mod common;
use common::Loose;

use common::{assert_invalid, store};
use mend_core::model::{Exercise, Pain};
use mend_core::Store;
use serde_json::json;

fn codes(s: &Store, date: &str) -> Vec<&'static str> {
    s.day_summary_json(&json!(date)).unwrap().notices.iter().map(|n| n.code).collect()
}

fn pain(s: &Store, date: &str, score: u8) {
    s.log_json::<Pain>(&json!({"date": date, "score": score})).unwrap();
}

const EMERGENCY: &str = "Call your local emergency number or go to the emergency department now.";
const URGENT: &str = "Contact your midwife, doctor or maternity unit now. If you cannot reach them, go to the \
                      emergency department or call your local emergency number.";

/// Every sign alone, at its level (FACTS.md, "Red flags: what to do, and how fast").
const EVERY_SIGN: &[(&str, &str)] = &[
    ("chest_pain", "emergency"),
    ("breathing", "emergency"),
    ("seizure", "emergency"),
    ("harm_thoughts", "emergency"),
    ("saddle_numbness", "emergency"),
    ("urine_retention", "emergency"),
    ("incontinence", "emergency"),
    ("leg_weakness", "emergency"),
    ("bleeding_faint", "emergency"),
    ("psychosis", "emergency"),
    ("fever", "urgent"),
    ("sepsis", "urgent"),
    ("discharge", "urgent"),
    ("bleeding", "urgent"),
    ("wound", "urgent"),
    ("leg", "urgent"),
    ("headache", "urgent"),
    ("rib_pain", "urgent"),
    ("swelling", "urgent"),
    ("epidural_site", "urgent"),
    ("spinal_headache", "urgent"),
    ("night_pain", "urgent"),
    ("fall", "urgent"),
    // Retired signs that old records may hold keep their most serious meaning.
    ("numbness", "emergency"),
    ("bladder_bowel", "emergency"),
];

/// The day's one red-flag card after ticking `flags`.
fn card(s: &Store, flags: &[&str]) -> mend_core::summary::Notice {
    s.save_red_flags_json(&json!("2026-11-24"), &json!(flags)).unwrap();
    let day = s.day_summary_json(&json!("2026-11-24")).unwrap();
    let cards: Vec<_> = day.notices.into_iter().filter(|n| n.code == "red_flag").collect();
    assert_eq!(cards.len(), 1, "one card for {flags:?}");
    cards.into_iter().next().unwrap()
}

fn level(n: &mend_core::summary::Notice) -> String {
    serde_json::to_value(n.level).unwrap().as_str().unwrap().to_owned()
}

#[test]
fn every_sign_alone_shows_its_level_and_says_now() {
    let s = store();
    for &(id, want) in EVERY_SIGN {
        let n = card(&s, &[id]);
        assert_eq!(level(&n), want, "{id}");
        let action = if want == "emergency" { EMERGENCY } else { URGENT };
        assert!(n.message.starts_with(action), "{id}: {}", n.message);
        assert!(!n.message.to_lowercase().contains("today"), "{id} must not say today: {}", n.message);
        let c = n.card.as_ref().unwrap();
        assert_eq!(c.action, action);
        assert_eq!(c.instinct, "Trust your instincts: if something feels seriously wrong, get help.");
        assert!(
            c.script.starts_with("I gave birth on ______ and I am having "),
            "{id}: no birth date yet: {}",
            c.script
        );
        assert_eq!(n.article_id, Some("when-to-see-a-clinician"));
        assert_eq!(c.crisis_lines.is_empty(), id != "harm_thoughts", "{id}: crisis lines only for thoughts of harm");
    }
    // Every offered sign is in the table, and the list offers only the two levels.
    for f in mend_core::safety::RED_FLAGS {
        assert!(EVERY_SIGN.iter().any(|(id, _)| *id == f.id), "{} is not tested", f.id);
        assert!(matches!(level_of_flag(f).as_str(), "emergency" | "urgent"), "{}", f.id);
    }
}

fn level_of_flag(f: &mend_core::safety::RedFlag) -> String {
    serde_json::to_value(f.level).unwrap().as_str().unwrap().to_owned()
}

#[test]
fn combinations_take_the_highest_level_and_epidural_pain_with_fever_or_nerve_signs_is_an_emergency() {
    let s = store();
    for (flags, want, raised) in [
        (&["fever", "breathing"][..], "emergency", false),
        (&["wound", "leg", "headache"][..], "urgent", false),
        (&["epidural_site", "fever"][..], "emergency", true),
        (&["epidural_site", "saddle_numbness"][..], "emergency", true),
        (&["epidural_site", "urine_retention"][..], "emergency", true),
        (&["epidural_site", "incontinence"][..], "emergency", true),
        (&["epidural_site", "leg_weakness"][..], "emergency", true),
        (&["epidural_site", "spinal_headache"][..], "urgent", false),
        (&["spinal_headache", "fever"][..], "urgent", false),
        (&["epidural_site", "leaking"][..], "urgent", false),
    ] {
        let n = card(&s, flags);
        assert_eq!(level(&n), want, "{flags:?}");
        assert_eq!(n.card.as_ref().unwrap().raised.is_some(), raised, "{flags:?}");
        assert_eq!(n.card.as_ref().unwrap().signs.len(), flags.iter().filter(|f| **f != "leaking").count());
    }
}

#[test]
fn the_card_gives_the_words_to_use_with_her_birth_date() {
    let s = store();
    s.save_profile_json(&json!({"birthDate": "2026-10-14"})).unwrap();
    let n = card(&s, &["saddle_numbness", "fever"]);
    assert_eq!(
        n.card.as_ref().unwrap().script,
        "I gave birth on 14 October 2026 and I am having numbness between my legs and a fever."
    );
    let n = card(&s, &["harm_thoughts"]);
    let lines = &n.card.as_ref().unwrap().crisis_lines;
    assert!(lines.iter().any(|l| l.contains("988")) && lines.iter().any(|l| l.contains("116 123")), "{lines:?}");
    assert!(lines.iter().any(|l| l.contains("local emergency number")), "never the only option: {lines:?}");
    // The alert bar gets the same level and wording.
    let alerts = s.alerts().unwrap();
    assert_eq!((alerts[0].code, level(&alerts[0])), ("red_flag", "emergency".to_owned()));
    assert!(alerts[0].message.starts_with(EMERGENCY));
}

#[test]
fn a_little_leaking_is_a_calm_note_for_the_next_appointment() {
    let s = store();
    s.save_red_flags_json(&json!("2026-11-24"), &json!(["leaking"])).unwrap();
    let day = s.day_summary_json(&json!("2026-11-24")).unwrap();
    assert_eq!(day.red_flags, ["leaking"]);
    assert!(day.notices.iter().all(|n| n.code != "red_flag"), "not a red flag");
    let n = day.notices.iter().find(|n| n.code == "mention_at_appointment").unwrap();
    assert_eq!(level(n), "info");
    assert!(n.message.contains("next appointment"), "{}", n.message);
    assert_eq!(n.article_id, Some("pelvic-floor"));
    assert!(s.alerts().unwrap().is_empty(), "nothing in the alert bar");
    assert!(mend_core::safety::RED_FLAGS.iter().all(|f| f.id != "leaking"), "not on the red-flag list");
}

#[test]
fn ticking_and_unticking_red_flags() {
    let s = store();
    s.save_red_flags_json(&json!("2026-11-24"), &json!(["fever", "breathing"])).unwrap();
    assert_eq!(s.alerts().unwrap().len(), 1, "one card for everything ticked");
    // Unticking clears; another day is unaffected.
    s.save_red_flags_json(&json!("2026-11-24"), &json!([])).unwrap();
    assert!(s.alerts().unwrap().is_empty());
    assert_invalid(s.save_red_flags_json(&json!("2026-11-24"), &json!(["tired"])), "flags", "Unknown red flag");
    assert_invalid(s.save_red_flags_json(&json!("2026-11-24"), &json!("fever")), "flags", "must be a list");
    assert_invalid(s.save_red_flags_json(&json!("2026-11-25"), &json!([])), "date", "after today");
}

#[test]
fn ticked_signs_show_in_history() {
    let s = store();
    s.save_red_flags_json(&json!("2026-11-20"), &json!(["fall", "leaking"])).unwrap();
    let page = s.history_json(&json!({})).unwrap();
    let day = page.days.iter().find(|d| d.date.to_string() == "2026-11-20").expect("a day with only signs is listed");
    let ids: Vec<&str> = day.red_flags.iter().map(|f| f.id).collect();
    assert_eq!(ids, ["fall", "leaking"]);
}

#[test]
fn a_failed_red_flag_save_leaves_the_day_as_it_was() {
    let s = store();
    s.save_red_flags_json(&json!("2026-11-24"), &json!(["wound"])).unwrap();
    assert!(s.save_red_flags_json(&json!("2026-11-24"), &json!(["fever", 7])).is_err());
    assert_eq!(s.day_summary_json(&json!("2026-11-24")).unwrap().red_flags, ["wound"]);
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
    s.save_profile_json(&json!({"birthDate": "2026-10-14", "deliveryType": "caesarean"})).unwrap();
    s.log_json::<Exercise>(&json!({"date": "2026-11-24", "kind": "strength", "minutes": 20, "intensity": "vigorous"}))
        .unwrap();
    // 2026-11-24 is 41 days after 2026-10-14: inside the 6 weeks.
    assert!(codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"));
    s.save_profile_json(&json!({"birthDate": "2026-10-13", "deliveryType": "caesarean"})).unwrap();
    assert!(!codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"), "42 days: 6 weeks have passed");
    s.save_profile_json(&json!({"birthDate": "2026-10-14", "deliveryType": "vaginal"})).unwrap();
    assert!(!codes(&s, "2026-11-24").contains(&"vigorous_after_caesarean"));
}

#[test]
fn no_improvement_twelve_weeks_after_birth_is_a_gentle_note() {
    let s = store();
    s.save_profile_json(&json!({"birthDate": "2026-08-31"})).unwrap();
    for d in 1..=7 {
        pain(&s, &format!("2026-09-{d:02}"), 6);
    }
    for d in 18..=24 {
        pain(&s, &format!("2026-11-{d:02}"), 5);
    }
    // 2026-11-23 is day 84 after the birth.
    let notes = s.day_summary_json(&json!("2026-11-24")).unwrap().notices;
    let n = notes.iter().find(|n| n.code == "no_improvement_12_weeks").expect("6 → 5 is not a clear improvement");
    assert_eq!(serde_json::to_value(n.level).unwrap(), json!("info"));
    assert!(n.message.contains("Mend's own rule"));
    // A clear improvement (6 → 0: 6 points, 100%) does not fire.
    for d in 18..=24 {
        s.log_json::<Pain>(&json!({"date": format!("2026-11-{d:02}"), "score": 0})).unwrap();
    }
    assert!(!codes(&s, "2026-11-24").contains(&"no_improvement_12_weeks"));
}
