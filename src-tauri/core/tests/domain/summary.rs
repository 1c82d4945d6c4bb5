//! Day-summary arithmetic and notices.

use crate::common::store;
use mend_core::api;
use mend_core::model::{Calcium, Exercise, Pain};
use serde_json::json;

fn codes(s: &mend_core::summary::DaySummary) -> Vec<&str> {
    s.notices.iter().map(|n| n.code).collect()
}

#[test]
fn totals_max_and_mean() {
    let s = store();
    for score in [2, 7, 4] {
        api::log::<Pain>(&s, &json!({"date": "2026-11-24", "score": score})).unwrap();
    }
    for minutes in [20, 15] {
        api::log::<Exercise>(&s, &json!({"date": "2026-11-24", "kind": "walking", "minutes": minutes})).unwrap();
    }
    for mg in [300, 250] {
        api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": mg, "source": "food"})).unwrap();
    }
    let d = api::day_summary(&s, &json!("2026-11-24")).unwrap();
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
    let d = api::day_summary(&s, &json!("2026-11-24")).unwrap();
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
    api::save_profile(&s, &json!({"ageBand": "14-18"})).unwrap();
    let d = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert_eq!((d.calcium_rda, d.calcium_ul), (1300, 3000));
    api::save_profile(&s, &json!({"ageBand": "51+"})).unwrap();
    let d = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert_eq!(d.calcium_ul, 2000);
}

#[test]
fn above_the_upper_limit_is_flagged_only_above_it() {
    let s = store();
    for mg in [1000, 1000, 500] {
        api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": mg, "source": "food"})).unwrap();
    }
    assert!(
        !codes(&api::day_summary(&s, &json!("2026-11-24")).unwrap()).contains(&"calcium_above_ul"),
        "2,500 is at, not above"
    );
    api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": 1, "source": "food"})).unwrap();
    let d = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    let n = d.notices.iter().find(|n| n.code == "calcium_above_ul").expect("flagged above the UL");
    assert!(n.message.contains("2,501 mg") && n.message.contains("2,500 mg"), "{}", n.message);
    assert!(n.message.contains("clinician"));
}

#[test]
fn a_single_supplement_over_500_mg_gets_a_note_food_does_not() {
    let s = store();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": 500, "source": "supplement"})).unwrap();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": 800, "source": "food"})).unwrap();
    assert!(!codes(&api::day_summary(&s, &json!("2026-11-24")).unwrap()).contains(&"supplement_dose_over_500"));
    api::log::<Calcium>(&s, &json!({"date": "2026-11-24", "mg": 501, "source": "supplement"})).unwrap();
    let d = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert!(codes(&d).contains(&"supplement_dose_over_500"));
}

#[test]
fn below_the_rda_is_judged_on_the_7_day_average_not_one_day() {
    use mend_core::i18n::Lang;
    // TODAY is 24 November (the store's fixed clock): its 7 days run 17–23 November, as the
    // day is not over; a past day's 7 days end on that day.
    let s = store();
    let log = |date: &str, mg: u32| {
        api::log::<Calcium>(&s, &json!({"date": date, "mg": mg, "source": "food"})).unwrap();
    };
    // One low day is not "below": two days logged are too few for an average.
    log("2026-11-22", 400);
    log("2026-11-23", 500);
    let d = api::day_summary(&s, &json!("2026-11-23")).unwrap();
    assert_eq!(d.calcium_average, None);
    assert!(!codes(&d).contains(&"calcium_below_rda"), "{:?}", d.notices);
    // A third day makes an average: (1,800 + 400 + 500) / 3 = 900 mg, below 1,000.
    log("2026-11-17", 1_800);
    let d = api::day_summary(&s, &json!("2026-11-23")).unwrap();
    let avg = d.calcium_average.expect("three days logged");
    assert_eq!((avg.mg, avg.days), (900, 3));
    assert_eq!((avg.from.to_string(), avg.to.to_string()), ("2026-11-17".into(), "2026-11-23".into()));
    for lang in [Lang::En, Lang::ZhCn] {
        s.set_language(lang).unwrap();
        let d = api::day_summary(&s, &json!("2026-11-23")).unwrap();
        let n = d.notices.iter().find(|n| n.code == "calcium_below_rda").expect("a 7-day average below the RDA");
        let wanted: &[&str] = match lang {
            Lang::En => &["Your 7-day average is below the recommended amount", "900 mg", "3 days", "1,000 mg"],
            _ => &["最近 7 天的平均钙摄入低于推荐摄入量", "900 mg", "3 天", "1,000 mg", "美国和加拿大的参考值"],
        };
        for w in wanted {
            assert!(n.message.contains(w), "{lang:?}: {w:?} in {}", n.message);
        }
    }
    s.set_language(Lang::En).unwrap();
    // A day below the RDA with a 7-day average at it is not "below": 1,800 + 400 + 500 + 1,300 = 4,000 over 4 days.
    log("2026-11-20", 1_300);
    let d = api::day_summary(&s, &json!("2026-11-23")).unwrap();
    assert_eq!(d.calcium_average.map(|a| a.mg), Some(1_000));
    assert!(d.calcium_mg < 1_000 && !codes(&d).contains(&"calcium_below_rda"), "{:?}", d.notices);
    // Today's own total, still under way, is left out of today's average.
    log("2026-11-24", 50);
    let today = api::day_summary(&s, &json!("2026-11-24")).unwrap();
    assert_eq!(today.calcium_mg, 50);
    assert_eq!(today.calcium_average.map(|a| (a.mg, a.days)), Some((1_000, 4)), "today's 50 mg is not counted");
    // A past day looks at its own 7 days: 13–19 November hold only the 17th, too few.
    assert_eq!(api::day_summary(&s, &json!("2026-11-19")).unwrap().calcium_average, None);
    let v = serde_json::to_value(&today).unwrap();
    assert_eq!(v["calciumAverage"], json!({"mg": 1000, "days": 4, "from": "2026-11-17", "to": "2026-11-23"}));
}
