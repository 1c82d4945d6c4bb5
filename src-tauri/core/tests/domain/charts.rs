//! Charts, checked by parsing the SVG: what is drawn matches the data, in both themes.

use crate::common::{assert_invalid, store};
use mend_core::api;
use mend_core::model::{Calcium, Exercise, Pain};
use serde_json::json;

/// Elements named `tag` whose attribute `attr` is `value` (colours are upper-case hex in plotters' SVG).
fn count(svg: &str, tag: &str, attr: &str, value: &str) -> usize {
    let doc = roxmltree::Document::parse(svg).expect("the chart is well-formed XML");
    doc.descendants().filter(|n| n.has_tag_name(tag) && n.attribute(attr) == Some(value)).count()
}

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_owned())).collect()
}

fn sane(svg: &str) {
    assert!(!svg.contains("NaN") && !svg.contains("inf"), "no NaN or infinity");
    assert!(!svg.contains("points=\"\"") && !svg.contains(" d=\"\""), "no empty paths");
    let doc = roxmltree::Document::parse(svg).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), "svg");
}

const LIGHT_PRIMARY: &str = "#2F7D6D";
const LIGHT_SECONDARY: &str = "#D9735F";
const DARK_PRIMARY: &str = "#6CC3AE";

#[test]
fn pain_chart_draws_one_point_per_day_with_data_and_a_gapped_average() {
    let s = store();
    // 10 days in a 14-day range have check-ins; two of them twice.
    let days = ["11-11", "11-12", "11-13", "11-14", "11-15", "11-18", "11-19", "11-20", "11-23", "11-24"];
    for (i, d) in days.iter().enumerate() {
        api::log::<Pain>(&s, &json!({"date": format!("2026-{d}"), "score": 3 + i % 4})).unwrap();
    }
    api::log::<Pain>(&s, &json!({"date": "2026-11-12", "score": 9})).unwrap();
    for theme in ["light", "dark"] {
        let c = api::chart(&s, &json!({"chart": "pain", "from": "2026-11-11", "to": "2026-11-24", "theme": theme}))
            .unwrap();
        sane(&c.svg);
        let primary = if theme == "light" { LIGHT_PRIMARY } else { DARK_PRIMARY };
        // One filled mean point per day with data, plus one in the legend.
        assert_eq!(count(&c.svg, "circle", "fill", primary), days.len() + 1, "{theme}");
        assert!(c.summary.contains("Logged on 10 of 14 days"), "{}", c.summary);
        assert_eq!(c.table.rows.len(), 10);
        assert_eq!(c.table.columns, vec!["Date", "Highest", "Mean", "7-day average"]);
    }
    let light =
        api::chart(&s, &json!({"chart": "pain", "from": "2026-11-11", "to": "2026-11-24", "theme": "light"})).unwrap();
    assert_eq!(count(&light.svg, "circle", "stroke", LIGHT_SECONDARY), days.len() + 1, "highest-of-day rings");
    // Every 7-day window from 11-13 on holds at least 3 days with data: one unbroken run (plus the legend key).
    let avg_lines = count(&light.svg, "polyline", "stroke", "#1D4F6F");
    assert_eq!(avg_lines, 1 + 1, "one unbroken run of the 7-day average");
    let labels = texts(&light.svg);
    assert!(labels.iter().any(|t| t == "10"), "y axis reaches 10: {labels:?}");
    assert!(labels.iter().any(|t| t.contains("Nov")), "dates on the x axis: {labels:?}");
}

#[test]
fn a_long_gap_breaks_the_average_line() {
    let s = store();
    for d in ["09-01", "09-02", "09-03", "09-04", "10-01", "10-02", "10-03", "10-04"] {
        api::log::<Pain>(&s, &json!({"date": format!("2026-{d}"), "score": 5})).unwrap();
    }
    let c =
        api::chart(&s, &json!({"chart": "pain", "from": "2026-09-01", "to": "2026-10-10", "theme": "light"})).unwrap();
    sane(&c.svg);
    assert_eq!(
        count(&c.svg, "polyline", "stroke", "#1D4F6F"),
        2 + 1,
        "two runs (and the legend key), no line across the gap"
    );
}

#[test]
fn exercise_chart_draws_a_bar_per_week_with_exercise_and_the_goal_line() {
    let s = store();
    // Three ISO weeks with exercise, one without.
    for (d, m) in [("2026-10-26", 30), ("2026-10-28", 40), ("2026-11-02", 150), ("2026-11-16", 20)] {
        api::log::<Exercise>(&s, &json!({"date": d, "kind": "walking", "minutes": m})).unwrap();
    }
    let c = api::chart(&s, &json!({"chart": "exercise", "from": "2026-10-26", "to": "2026-11-22", "theme": "light"}))
        .unwrap();
    sane(&c.svg);
    assert_eq!(count(&c.svg, "rect", "fill", LIGHT_PRIMARY), 3 + 1, "three weekly bars and the legend key");
    assert!(texts(&c.svg).iter().any(|t| t.contains("150 minutes a week")));
    assert!(count(&c.svg, "polyline", "stroke", LIGHT_SECONDARY) > 0, "the goal line is drawn");
    assert_eq!(
        c.table.rows,
        vec![
            vec!["2026-10-26".to_owned(), "70".to_owned()],
            vec!["2026-11-02".to_owned(), "150".to_owned()],
            vec!["2026-11-09".to_owned(), "0".to_owned()],
            vec!["2026-11-16".to_owned(), "20".to_owned()],
        ]
    );
    assert!(c.summary.contains("1 of them reached the 150-minute goal"), "{}", c.summary);
}

#[test]
fn calcium_chart_has_rda_and_ul_lines_and_marks_days_over_the_limit() {
    let s = store();
    for (d, mg) in [("2026-11-20", 800), ("2026-11-21", 1200), ("2026-11-22", 2600), ("2026-11-23", 3000)] {
        api::log::<Calcium>(&s, &json!({"date": d, "mg": mg, "source": "food"})).unwrap();
    }
    for theme in ["light", "dark"] {
        let c = api::chart(&s, &json!({"chart": "calcium", "from": "2026-11-11", "to": "2026-11-24", "theme": theme}))
            .unwrap();
        sane(&c.svg);
        let labels = texts(&c.svg);
        assert!(labels.iter().any(|t| t == "Recommended 1,000 mg"), "{labels:?}");
        assert!(labels.iter().any(|t| t == "Upper limit 2,500 mg"), "{labels:?}");
        let bad = if theme == "light" { "#C0392B" } else { "#FF7B6E" };
        assert_eq!(count(&c.svg, "rect", "fill", bad), 2, "{theme}: two bars over the UL");
        assert!(count(&c.svg, "polyline", "stroke", bad) > 0, "{theme}: the UL line");
        assert!(c.summary.contains("2 days went above the 2,500 mg upper limit"), "{}", c.summary);
    }
    let c = api::chart(&s, &json!({"chart": "calcium", "from": "2026-11-11", "to": "2026-11-24", "theme": "dark"}))
        .unwrap();
    assert_eq!(count(&c.svg, "rect", "fill", "#1B2322"), 1, "dark background");
}

#[test]
fn charts_over_ten_years_of_data_stay_well_formed_with_readable_labels() {
    let s = store();
    s.set_demo(true).unwrap();
    for (from, days) in [("2016-11-25", 3652), ("2025-11-24", 366), ("2026-11-10", 14)] {
        for chart in ["pain", "exercise", "calcium"] {
            let c =
                api::chart(&s, &json!({"chart": chart, "from": from, "to": "2026-11-24", "theme": "light"})).unwrap();
            sane(&c.svg);
            // Labels along the x axis must not collide: at most 9, each short.
            let doc = roxmltree::Document::parse(&c.svg).unwrap();
            let x_labels: Vec<_> = doc
                .descendants()
                .filter(|n| n.has_tag_name("text"))
                .filter(|n| {
                    n.attribute("y").and_then(|y| y.parse::<f64>().ok()).is_some_and(|y| y > 255.0 && y < 275.0)
                })
                .collect();
            assert!(x_labels.len() <= 9, "{chart} over {days} days: {} x labels", x_labels.len());
            assert!(x_labels.iter().all(|n| n.text().unwrap_or("").chars().count() <= 9), "{chart} over {days} days");
        }
    }
}

#[test]
fn bad_chart_arguments_are_refused() {
    let s = store();
    let ok = json!({"chart": "pain", "from": "2026-11-01", "to": "2026-11-24", "theme": "light"});
    assert!(api::chart(&s, &ok).is_ok());
    let with = |key: &str, value: serde_json::Value| {
        let mut v = ok.clone();
        v[key] = value;
        v
    };
    assert_invalid(api::chart(&s, &with("chart", json!("mood"))), "chart", "not one of");
    assert_invalid(api::chart(&s, &with("theme", json!("sepia"))), "theme", "not one of");
    assert_invalid(api::chart(&s, &with("from", json!("2026-12-01"))), "from", "cannot be after");
    assert_invalid(api::chart(&s, &with("to", json!("2026-10-01"))), "to", "before start date");
    assert_invalid(api::chart(&s, &with("from", json!("2006-01-01"))), "from", "20 years");
    assert_invalid(api::chart(&s, &with("from", json!("2026-11-31"))), "from", "not a real calendar date");
    assert_invalid(api::chart(&s, &with("to", json!(5))), "to", "YYYY-MM-DD");
}

/// The 2-week view of a recovery: pain 8 on the 14 days from the birth (1 October), then 3 up
/// to TODAY. Against the view's own first week nothing changed; against hers, it is clearly better.
#[test]
fn the_two_week_view_says_clearly_better_against_her_baseline_and_names_its_days() {
    use mend_core::i18n::Lang;
    let s = store();
    api::save_profile(&s, &json!({"birthDate": "2026-10-01"})).unwrap();
    let mut day: chrono::NaiveDate = "2026-10-01".parse().unwrap();
    while day <= s.today() {
        let score = if day < "2026-10-15".parse().unwrap() { 8 } else { 3 };
        api::log::<Pain>(&s, &json!({"date": day.to_string(), "score": score})).unwrap();
        day = day + chrono::Days::new(1);
    }
    let request = json!({"chart": "pain", "from": "2026-11-11", "to": "2026-11-24"});
    let wanted = [
        (
            Lang::En,
            "Your baseline: 8.0, the average of your first 7 logged days after the birth (1–7 Oct).",
            "Clearly better than your baseline from 11 Nov 2026, by Mend's rule: a change of 30% or more",
            "Baseline 8.0 (1–7 Oct)",
        ),
        (
            Lang::ZhCn,
            "你的基线：8.0，即你产后最早 7 个记录日的平均值（10月1–7日）。",
            "从 2026年11月11日 起比基线明显好转。按 Mend 的规则：与基线相比变化达到 30% 或以上",
            "基线 8.0（10月1–7日）",
        ),
    ];
    for (lang, baseline, better, legend) in wanted {
        s.set_language(lang).unwrap();
        let c = api::chart(&s, &request).unwrap();
        assert!(c.summary.contains(baseline), "{lang:?}: {}", c.summary);
        assert!(c.summary.contains(better), "{lang:?}: {}", c.summary);
        assert!(texts(&c.svg).iter().any(|t| t == legend), "{lang:?}: {:?}", texts(&c.svg));
    }
}
