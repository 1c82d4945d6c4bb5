//! Trend arithmetic: rolling averages with gaps, ISO weeks across year ends and DST changes,
//! weeks after birth, baseline and change markers at their boundaries.

use crate::common::{assert_invalid, store};
use chrono::NaiveDate;
use mend_core::api;
use mend_core::model::{Pain, Profile};
use mend_core::trends::{compute, is_clear_change, Daily, Direction, PainDay, Range};
use serde_json::json;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Daily totals from `from - 6` with one pain score (or none) per day of `scores`, which start at `from - 6`.
fn daily(from: &str, scores: &[Option<u8>]) -> Daily {
    let start = d(from) - chrono::Days::new(6);
    let mut daily = Daily::new(start, scores.len());
    for (i, s) in scores.iter().enumerate() {
        daily.pain[i] = s.map(|s| PainDay { max: s, sum: s.into(), count: 1 });
    }
    daily
}

fn range(from: &str, to: &str) -> Range {
    Range { from: d(from), to: d(to), baseline_start: None }
}

#[test]
fn rolling_average_uses_only_days_with_data_and_needs_three() {
    // Six lead days (all empty), then the range.
    let mut scores = vec![None; 6];
    scores.extend([Some(6), None, Some(4), Some(8), None, None, None, None, Some(2)]);
    let t = compute(range("2026-03-01", "2026-03-09"), &Profile::default(), &daily("2026-03-01", &scores));
    let avg: Vec<Option<f64>> = t.days.iter().map(|d| d.pain_avg7).collect();
    assert_eq!(avg[0], None, "one day of data");
    assert_eq!(avg[2], None, "two days of data");
    assert_eq!(avg[3], Some(6.0), "6, 4, 8 over three days with data");
    assert_eq!(avg[6], Some(6.0), "gap days do not count as zero");
    assert_eq!(avg[7], None, "3-01 has left the window: two days of data remain");
    assert_eq!(avg[8], Some(4.67), "3-03 .. 3-09: 4, 8, 2");
    assert_eq!(t.days[1].pain_mean, None, "a day without a check-in is a gap, not a zero");
    assert_eq!(t.days[1].pain_max, None);
}

#[test]
fn lead_days_before_the_range_feed_the_first_average() {
    let scores = vec![Some(5), Some(5), Some(5), None, None, None, None];
    let t = compute(range("2026-03-07", "2026-03-07"), &Profile::default(), &daily("2026-03-07", &scores));
    assert_eq!(t.days.len(), 1);
    assert_eq!(t.days[0].pain_avg7, Some(5.0));
}

#[test]
fn weeks_are_iso_weeks_across_a_year_end_and_a_dst_change() {
    let s = store();
    // 2025-12-29 is a Monday; ISO week 1 of 2026 spans 2025-12-29 .. 2026-01-04.
    for (date, minutes) in [("2025-12-28", 10), ("2025-12-29", 20), ("2026-01-04", 30), ("2026-01-05", 40)] {
        api::log::<mend_core::model::Exercise>(&s, &json!({"date": date, "kind": "walking", "minutes": minutes}))
            .unwrap();
    }
    let t = api::trends(&s, &json!({"from": "2025-12-27", "to": "2026-01-05"})).unwrap();
    let weeks: Vec<(String, u64)> = t.weeks.iter().map(|w| (w.week_start.to_string(), w.exercise_minutes)).collect();
    assert_eq!(weeks, vec![("2025-12-22".into(), 10), ("2025-12-29".into(), 50), ("2026-01-05".into(), 40)]);

    // Europe and North America change clocks in late March / early November: dates, not instants, so no
    // day is lost or doubled.
    for date in ["2026-03-28", "2026-03-29", "2026-03-30"] {
        api::log::<mend_core::model::Exercise>(&s, &json!({"date": date, "kind": "yoga", "minutes": 10})).unwrap();
    }
    let t = api::trends(&s, &json!({"from": "2026-03-23", "to": "2026-04-05"})).unwrap();
    assert_eq!(t.days.len(), 14);
    let weeks: Vec<(String, u64)> = t.weeks.iter().map(|w| (w.week_start.to_string(), w.exercise_minutes)).collect();
    assert_eq!(weeks, vec![("2026-03-23".into(), 20), ("2026-03-30".into(), 10)]);
}

#[test]
fn weeks_postpartum_count_whole_weeks_and_go_negative_before_birth() {
    let profile = Profile { birth_date: Some(d("2026-03-10")), ..Profile::default() };
    let t = compute(range("2026-03-02", "2026-03-24"), &profile, &daily("2026-03-02", &[None; 29]));
    let week = |date: &str| t.days.iter().find(|p| p.date == d(date)).unwrap().week_postpartum;
    assert_eq!(week("2026-03-02"), Some(-2), "8 days before");
    assert_eq!(week("2026-03-03"), Some(-1), "7 days before");
    assert_eq!(week("2026-03-09"), Some(-1), "the day before");
    assert_eq!(week("2026-03-10"), Some(0), "the birth day");
    assert_eq!(week("2026-03-16"), Some(0));
    assert_eq!(week("2026-03-17"), Some(1));
    assert_eq!(week("2026-03-24"), Some(2));
    let none = compute(range("2026-03-02", "2026-03-02"), &Profile::default(), &daily("2026-03-02", &[None; 7]));
    assert_eq!(none.days[0].week_postpartum, None);
}

#[test]
fn clearly_better_or_worse_needs_thirty_percent_and_one_point() {
    assert!(is_clear_change(6.0, 4.2), "exactly 30% (1.8 points)");
    assert!(!is_clear_change(6.0, 4.21), "just under 30%");
    assert!(is_clear_change(3.0, 2.0), "1 point and 33%");
    assert!(!is_clear_change(3.0, 2.01), "33% but just under 1 point");
    assert!(!is_clear_change(1.0, 0.7), "30% but only 0.3 points: 1 → 0.7 is not counted");
    assert!(!is_clear_change(8.0, 6.0), "2 points but 25%");
    assert!(is_clear_change(10.0 / 3.0, 10.0 / 3.0 - 1.0), "exactly 30% and exactly 1 point");
    assert!(is_clear_change(3.0, 5.0), "worse by 2 points, 67%");
    assert!(is_clear_change(0.0, 1.0), "from no pain at all");
    assert!(!is_clear_change(0.0, 0.99));
}

#[test]
fn change_markers_mark_the_first_day_of_each_run() {
    // Baseline: first 7 logged days at 6. Then the pain falls to 3 and comes back up.
    let mut scores = vec![None; 6];
    scores.extend([6, 6, 6, 6, 6, 6, 6, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 6, 6, 6, 6, 9, 9, 9, 9, 9, 9, 9].map(Some));
    let len = scores.len() - 6;
    let to = d("2026-05-01") + chrono::Days::new(len as u64 - 1);
    let t = compute(
        Range { from: d("2026-05-01"), to, baseline_start: None },
        &Profile::default(),
        &daily("2026-05-01", &scores),
    );
    assert_eq!(t.baseline.map(|b| b.value), Some(6.0));
    let marks: Vec<(String, Direction)> = t.changes.iter().map(|c| (c.date.to_string(), c.direction)).collect();
    // After k days of 3s the 7-day average is (6(7-k) + 3k)/7, which is <= 4.2 (30%, 1.8 points)
    // once k >= 4.2: on the 5th day of 3s, 2026-05-12.
    assert_eq!(marks[0], ("2026-05-12".into(), Direction::Better));
    // Then it rises back above 4.2 (no longer a change), and later to >= 7.8 (30% worse).
    assert_eq!(marks.len(), 2, "{marks:?}");
    assert_eq!(marks[1].1, Direction::Worse);
    let worse = t.days.iter().find(|p| p.date.to_string() == marks[1].0).unwrap();
    assert!(worse.pain_avg7.unwrap() >= 7.8 - 1e-9);
    let before = t.days.iter().find(|p| p.date == d(&marks[1].0) - chrono::Days::new(1)).unwrap();
    assert!(before.pain_avg7.unwrap() < 7.8 - 1e-9);
}

#[test]
fn a_chosen_baseline_week_replaces_the_first_logged_days() {
    let mut scores = vec![None; 6];
    scores.extend([2, 2, 2, 2, 2, 2, 2, 8, 8, 8, 8, 8, 8, 8].map(Some));
    let mut r = range("2026-06-01", "2026-06-14");
    let value = |r: Range| compute(r, &Profile::default(), &daily("2026-06-01", &scores)).baseline.map(|b| b.value);
    assert_eq!(value(r), Some(2.0));
    r.baseline_start = Some(d("2026-06-08"));
    assert_eq!(value(r), Some(8.0));
}

#[test]
fn trends_read_the_database_and_validate_their_range() {
    let s = store();
    for (date, score) in [("2026-11-20", 4), ("2026-11-20", 8), ("2026-11-22", 5)] {
        api::log::<Pain>(&s, &json!({"date": date, "score": score})).unwrap();
    }
    let t = api::trends(&s, &json!({"from": "2026-11-18", "to": "2026-11-24"})).unwrap();
    assert_eq!(t.days.len(), 7);
    let day = &t.days[2];
    assert_eq!((day.pain_max, day.pain_mean), (Some(8), Some(6.0)));
    assert_eq!(t.days[4].pain_mean, Some(5.0));
    assert_eq!(t.days[3].pain_mean, None);

    assert_invalid(api::trends(&s, &json!({"from": "2026-11-24", "to": "2026-11-01"})), "to", "before start date");
    assert_invalid(api::trends(&s, &json!({"from": "2000-01-01", "to": "2026-11-24"})), "from", "20 years");
    assert_invalid(
        api::trends(&s, &json!({"from": "2026-02-30", "to": "2026-11-24"})),
        "from",
        "not a real calendar date",
    );
    assert_invalid(api::trends(&s, &json!({"from": "2026-11-01", "to": "2026-11-25"})), "to", "cannot be after");
    assert_invalid(api::trends(&s, &json!({"from": "2026-11-01"})), "to", "required");
}

/// A diary with a birth on 1 October 2026: pain 2 on the 10 days before it, 8 on the 14 days
/// from the birth, then 3 every day up to TODAY (24 November).
fn her_recovery() -> mend_core::Store {
    let s = store();
    api::save_profile(&s, &json!({"birthDate": "2026-10-01"})).unwrap();
    let mut day = d("2026-09-21");
    while day <= d("2026-11-24") {
        let score = if day < d("2026-10-01") {
            2
        } else if day < d("2026-10-15") {
            8
        } else {
            3
        };
        api::log::<Pain>(&s, &json!({"date": day.to_string(), "score": score})).unwrap();
        day = day + chrono::Days::new(1);
    }
    s
}

#[test]
fn the_baseline_is_hers_whatever_the_range() {
    let s = her_recovery();
    // The 2-week view holds only days of 3: against its own first week it would show no change.
    let t = api::trends(&s, &json!({"from": "2026-11-11", "to": "2026-11-24"})).unwrap();
    let b = t.baseline.expect("a baseline");
    assert_eq!((b.value, b.from, b.to, b.days), (8.0, d("2026-10-01"), d("2026-10-07"), 7));
    assert_eq!(b.kind, mend_core::trends::BaselineKind::AfterBirth);
    let first = t.changes.first().expect("a change against her baseline");
    assert_eq!((first.date, first.direction), (d("2026-11-11"), Direction::Better));
    // The same baseline over any other range, and on the wire with its days.
    for (from, to) in [("2026-10-20", "2026-11-24"), ("2026-09-21", "2026-11-24"), ("2026-11-24", "2026-11-24")] {
        let other = api::trends(&s, &json!({"from": from, "to": to})).unwrap();
        assert_eq!(other.baseline, Some(b), "{from} to {to}");
    }
    let wire = serde_json::to_value(&t).unwrap();
    assert_eq!(
        wire["baseline"],
        json!({"value": 8.0, "from": "2026-10-01", "to": "2026-10-07", "days": 7, "kind": "after_birth"})
    );
    // Without a birth date, her first 7 logged days overall; a chosen week still overrides both.
    api::save_profile(&s, &json!({})).unwrap();
    let t = api::trends(&s, &json!({"from": "2026-11-11", "to": "2026-11-24"})).unwrap();
    let b = t.baseline.unwrap();
    assert_eq!((b.value, b.from, b.to), (2.0, d("2026-09-21"), d("2026-09-27")));
    let t = api::trends(&s, &json!({"from": "2026-11-11", "to": "2026-11-24", "baselineStart": "2026-10-12"})).unwrap();
    let b = t.baseline.unwrap();
    assert_eq!(
        (b.from, b.to, b.days, b.kind),
        (d("2026-10-12"), d("2026-10-18"), 7, mend_core::trends::BaselineKind::Chosen)
    );
    assert!((b.value - (3.0 * 8.0 + 4.0 * 3.0) / 7.0).abs() < 1e-9, "{}", b.value);
}

#[test]
fn a_range_before_her_baseline_days_has_no_change_markers_before_them() {
    let s = her_recovery();
    // The days of 2 before the birth would be "clearly better" than 8, but they come before
    // her baseline's days: no marker there. After them, the fall to 3 is marked.
    let t = api::trends(&s, &json!({"from": "2026-09-21", "to": "2026-11-24"})).unwrap();
    assert!(t.days.iter().any(|p| p.date < d("2026-10-01") && p.pain_avg7 == Some(2.0)));
    let marks: Vec<_> = t.changes.iter().map(|c| (c.date, c.direction)).collect();
    assert!(marks.iter().all(|(date, _)| *date > d("2026-10-07")), "{marks:?}");
    assert_eq!(marks.first().map(|m| m.1), Some(Direction::Better), "{marks:?}");
    let before = api::trends(&s, &json!({"from": "2026-09-21", "to": "2026-10-07"})).unwrap();
    assert!(before.changes.is_empty(), "{:?}", before.changes);
    assert!(before.baseline.is_some(), "the baseline line is still drawn");
}

#[test]
fn the_rule_in_words_is_the_catalogs() {
    assert_eq!(
        mend_core::i18n::t(mend_core::i18n::Lang::En, "clear-change-rule", &[]),
        mend_core::facts::CLEAR_CHANGE_RULE
    );
}
