//! Charts in Chinese: with the language set to 简体中文, every title, axis, legend, marker,
//! summary and table column comes from the Chinese catalog, dates read the Chinese way, the
//! figures are the English ones, and no English word of the chart catalog is left.

use crate::common::store;

use mend_core::api;
use mend_core::i18n::Lang;
use mend_core::model::{Calcium, Exercise, Pain, Profile};
use mend_core::Store;
use serde_json::json;

fn texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the chart is well-formed XML");
    doc.descendants().filter(|n| n.has_tag_name("text")).filter_map(|n| n.text().map(|t| t.trim().to_owned())).collect()
}

/// Every English word (three letters or more) of the English chart catalog's messages.
fn english_words() -> Vec<String> {
    let (_, source) = Lang::En.core_catalogs().iter().find(|(name, _)| *name == "charts.ftl").unwrap();
    let mut words: Vec<String> = source
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once(" = ").map(|(_, v)| v.to_owned()).or_else(|| Some(l.to_owned())))
        .flat_map(|v| {
            // Placeholders and variant keys are not words she reads.
            let v = v.replace(['{', '}', '[', ']'], " ");
            v.split(|c: char| !c.is_ascii_alphabetic()).map(str::to_owned).collect::<Vec<_>>()
        })
        .filter(|w| w.len() >= 3 && !w.starts_with("chart") && !w.starts_with("insights") && !w.starts_with("clear"))
        // The app's name and a cited author's read the same in every language.
        .filter(|w| !["Mend", "Farrar"].contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// A store in Chinese with six weeks of pain, exercise and calcium around the 6-week mark.
fn chinese_store() -> Store {
    let s = store();
    s.set_language(Lang::ZhCn).unwrap();
    s.save_profile(&Profile { birth_date: Some("2026-09-20".parse().unwrap()), ..Profile::default() }).unwrap();
    for day in 0..50u64 {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 10, 5).unwrap() + chrono::Days::new(day);
        let score = if day < 20 { 7 } else { 3 };
        api::log::<Pain>(&s, &json!({"date": date.to_string(), "score": score})).unwrap();
        if day % 3 == 0 {
            api::log::<Exercise>(
                &s,
                &json!({"date": date.to_string(), "kind": "walking", "minutes": 40, "intensity": "moderate"}),
            )
            .unwrap();
        }
        let mg = if day == 10 { 2_600 } else { 900 + day * 10 };
        api::log::<Calcium>(&s, &json!({"date": date.to_string(), "mg": mg, "source": "food"})).unwrap();
    }
    s
}

#[test]
fn chinese_charts_have_chinese_words_and_no_english_ones() {
    let s = chinese_store();
    let english = english_words();
    assert!(english.iter().any(|w| w == "Weeks") && english.iter().any(|w| w == "average"), "{english:?}");
    for (chart, wanted) in [
        ("pain", vec!["产后周数", "疼痛（0–10）", "当天最高", "7 天平均", "产后 6 周", "明显好转"]),
        ("exercise", vec!["产后周数", "每周分钟数", "当周分钟数", "目标：每周 150 分钟"]),
        ("calcium", vec!["产后周数", "每天毫克数", "推荐量 1,000 毫克", "上限 2,500 毫克", "超过上限"]),
    ] {
        let c = api::chart(&s, &json!({"chart": chart, "from": "2026-10-05", "to": "2026-11-23"})).unwrap();
        let labels = texts(&c.svg);
        for w in &wanted {
            assert!(labels.iter().any(|l| l.contains(w)), "{chart}: {w:?} not in {labels:?}");
        }
        assert!(labels.iter().any(|l| l.starts_with('第') && l.ends_with('周')), "week labels: {labels:?}");
        let all = format!("{} {} {:?} {:?}", labels.join(" "), c.summary, c.table.columns, c.table.rows);
        for word in &english {
            let found = all.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w == word);
            assert!(!found, "{chart}: English {word:?} in {all}");
        }
        assert!(c.summary.chars().any(|ch| ('\u{4e00}'..='\u{9fff}').contains(&ch)), "{}", c.summary);
    }
}

/// The numbers in `text` that are not part of a date, in order.
fn figures(text: &str) -> Vec<String> {
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len()
            && (chars[i].is_ascii_digit()
                || ((chars[i] == '.' || chars[i] == ',') && chars.get(i + 1).is_some_and(char::is_ascii_digit)))
        {
            i += 1;
        }
        let number: String = chars[start..i].iter().collect();
        let rest: String = chars[i..].iter().take(5).collect();
        let chinese_date = matches!(chars.get(i), Some('年' | '月' | '日'));
        let english_date = MONTHS.iter().any(|m| rest.starts_with(&format!(" {m}")))
            || (number.len() == 4
                && chars[..start]
                    .iter()
                    .rev()
                    .take(5)
                    .collect::<String>()
                    .chars()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_lowercase()));
        if !chinese_date && !english_date {
            out.push(number);
        }
    }
    out.sort();
    out
}

#[test]
fn chinese_summaries_have_the_english_figures() {
    let s = chinese_store();
    for chart in ["pain", "exercise", "calcium"] {
        let request = json!({"chart": chart, "from": "2026-10-05", "to": "2026-11-23"});
        let zh = api::chart(&s, &request).unwrap();
        s.set_language(Lang::En).unwrap();
        let en = api::chart(&s, &request).unwrap();
        s.set_language(Lang::ZhCn).unwrap();
        // The same figures, whatever the words around them (dates aside: 2026年11月9日 against 9 Nov 2026).
        assert_eq!(figures(&zh.summary), figures(&en.summary), "{chart}:\n{}\n{}", zh.summary, en.summary);
        assert_eq!(zh.table.rows.len(), en.table.rows.len());
        assert_eq!(
            zh.table.rows.iter().map(|r| &r[1..]).collect::<Vec<_>>(),
            en.table.rows.iter().map(|r| &r[1..]).collect::<Vec<_>>()
        );
    }
    let pain = api::chart(&s, &json!({"chart": "pain", "from": "2026-10-05", "to": "2026-11-23"})).unwrap();
    assert!(pain.summary.contains("2026年"), "a Chinese date: {}", pain.summary);
    assert_eq!(pain.table.columns, vec!["日期", "最高", "平均", "7 天平均"]);
    assert!(pain.table.rows[0][0].ends_with("日"), "{:?}", pain.table.rows[0]);
}

#[test]
fn a_short_range_is_labelled_with_chinese_dates() {
    let s = chinese_store();
    let c = api::chart(&s, &json!({"chart": "pain", "from": "2026-11-10", "to": "2026-11-23"})).unwrap();
    let labels = texts(&c.svg);
    assert!(labels.iter().any(|l| l == "11月10日"), "{labels:?}");
    assert!(labels.iter().any(|l| l.starts_with("日期（产后第")), "{labels:?}");
}

/// The report's words from the diary itself, not from a hand-made input: the signs she ticked
/// and Mend's notices that fired come out in the language in force.
#[test]
fn a_chinese_report_names_her_signs_and_mends_notices_in_chinese() {
    let s = chinese_store();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 10, 12).unwrap();
    s.save_red_flags(date, &["fever".to_owned()]).unwrap();
    let range = mend_core::trends::Range {
        from: chrono::NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(),
        to: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        baseline_start: None,
    };
    let request = mend_core::requests::ReportRequest {
        range,
        notes: false,
        questions: String::new(),
        paper: mend_core::report::Paper::A4,
    };
    let input = s.report_input(&request).unwrap();
    assert_eq!(
        input.red_flags,
        vec![mend_core::report::FlagDay {
            date,
            level: mend_core::notice::Level::Urgent,
            signs: vec!["体温达到 38 °C（100.4 °F）或更高，或者发冷、寒战".to_owned()]
        }]
    );
    // Twenty days of pain 7: the three-days-in-a-row rule fired, said in Chinese.
    assert!(input.notices.iter().any(|n| n.contains("你的疼痛评分已经连续 3 天在 7 分或以上")), "{:?}", input.notices);
    for notice in &input.notices {
        assert!(!notice.replace("Mend", "").chars().any(|c| c.is_ascii_alphabetic()), "English in {notice:?}");
    }
}
