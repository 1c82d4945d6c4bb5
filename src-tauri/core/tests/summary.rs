//! Day-summary arithmetic and notices.

mod common;
use common::Loose;

use common::store;
use mend_core::model::{Calcium, Exercise, Pain};
use serde_json::json;

fn codes(s: &mend_core::summary::DaySummary) -> Vec<&str> {
    s.notices.iter().map(|n| n.code).collect()
}

#[test]
fn totals_max_and_mean() {
    let s = store();
    for score in [2, 7, 4] {
        s.log_json::<Pain>(&json!({"date": "2026-11-24", "score": score})).unwrap();
    }
    for minutes in [20, 15] {
        s.log_json::<Exercise>(&json!({"date": "2026-11-24", "kind": "walking", "minutes": minutes})).unwrap();
    }
    for mg in [300, 250] {
        s.log_json::<Calcium>(&json!({"date": "2026-11-24", "mg": mg, "source": "food"})).unwrap();
    }
    let d = s.day_summary_json(&json!("2026-11-24")).unwrap();
    assert_eq!(d.pain_max, Some(7));
    assert_eq!(d.pain_mean, Some(4.3));
    assert_eq!(d.exercise_minutes, 35);
    assert_eq!(d.calcium_mg, 550);
    assert_eq!((d.calcium_rda, d.calcium_ul), (1000, 2500));
    assert!(codes(&d).is_empty(), "today is not over, so no below-RDA notice: {:?}", d.notices);
}

#[test]
fn an_empty_day_has_null_pain_not_zero() {
    let s = store();
    let d = s.day_summary_json(&json!("2026-11-24")).unwrap();
    assert_eq!((d.pain_max, d.pain_mean), (None, None));
    let v = serde_json::to_value(&d).unwrap();
    assert!(v["painMax"].is_null() && v["painMean"].is_null());
    for key in
        ["date", "pain", "exercise", "calcium", "exerciseMinutes", "calciumMg", "calciumRda", "calciumUl", "notices"]
    {
        assert!(v.get(key).is_some(), "missing {key}");
    }
}

#[test]
fn targets_follow_the_age_band() {
    let s = store();
    s.save_profile_json(&json!({"ageBand": "14-18"})).unwrap();
    let d = s.day_summary_json(&json!("2026-11-24")).unwrap();
    assert_eq!((d.calcium_rda, d.calcium_ul), (1300, 3000));
    s.save_profile_json(&json!({"ageBand": "51+"})).unwrap();
    let d = s.day_summary_json(&json!("2026-11-24")).unwrap();
    assert_eq!(d.calcium_ul, 2000);
}

#[test]
fn above_the_upper_limit_is_flagged_only_above_it() {
    let s = store();
    for mg in [1000, 1000, 500] {
        s.log_json::<Calcium>(&json!({"date": "2026-11-24", "mg": mg, "source": "food"})).unwrap();
    }
    assert!(
        !codes(&s.day_summary_json(&json!("2026-11-24")).unwrap()).contains(&"calcium_above_ul"),
        "2,500 is at, not above"
    );
    s.log_json::<Calcium>(&json!({"date": "2026-11-24", "mg": 1, "source": "food"})).unwrap();
    let d = s.day_summary_json(&json!("2026-11-24")).unwrap();
    let n = d.notices.iter().find(|n| n.code == "calcium_above_ul").expect("flagged above the UL");
    assert!(n.message.contains("2,501 mg") && n.message.contains("2,500 mg"), "{}", n.message);
    assert!(n.message.contains("clinician"));
}

#[test]
fn a_single_supplement_over_500_mg_gets_a_note_food_does_not() {
    let s = store();
    s.log_json::<Calcium>(&json!({"date": "2026-11-24", "mg": 500, "source": "supplement"})).unwrap();
    s.log_json::<Calcium>(&json!({"date": "2026-11-24", "mg": 800, "source": "food"})).unwrap();
    assert!(!codes(&s.day_summary_json(&json!("2026-11-24")).unwrap()).contains(&"supplement_dose_over_500"));
    s.log_json::<Calcium>(&json!({"date": "2026-11-24", "mg": 501, "source": "supplement"})).unwrap();
    let d = s.day_summary_json(&json!("2026-11-24")).unwrap();
    assert!(codes(&d).contains(&"supplement_dose_over_500"));
}

#[test]
fn below_the_rda_is_noted_only_once_the_day_is_over() {
    let s = store();
    s.log_json::<Calcium>(&json!({"date": "2026-11-23", "mg": 999, "source": "food"})).unwrap();
    let d = s.day_summary_json(&json!("2026-11-23")).unwrap();
    let n = d.notices.iter().find(|n| n.code == "calcium_below_rda").expect("past day below the RDA");
    assert!(n.message.contains("999 mg") && n.message.contains("1,000 mg"), "{}", n.message);
    s.log_json::<Calcium>(&json!({"date": "2026-11-23", "mg": 1, "source": "food"})).unwrap();
    assert!(codes(&s.day_summary_json(&json!("2026-11-23")).unwrap()).is_empty(), "1,000 mg meets the RDA");
    let empty = s.day_summary_json(&json!("2026-11-20")).unwrap();
    assert!(empty.notices[0].message.starts_with("No calcium was logged"));
}
