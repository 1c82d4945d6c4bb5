//! Insights in Chinese: the same numbers and verdicts as in English, every sentence in Chinese
//! with the English figures, the "what went together, not what caused it" caveat on every one
//! with numbers, and the count alone while a group has under seven days.

use chrono::{Days, NaiveDate};
use mend_core::i18n::Lang;
use mend_core::insights::{insights_in, Day, Tag};

fn days(seed: u64, effect: f64) -> Vec<Day> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..80)
        .map(|i| {
            let on = rng.f64() < 0.4;
            Day {
                date: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap() + Days::new(i),
                pain: Some(4.0 + rng.f64() * 2.0 - 1.0 + if on { effect } else { 0.0 }),
                exercise_day_before: rng.u64(0..60),
                calcium_mg: rng.u64(0..1_500),
                sleep_hours: (i > 60).then(|| f64::from(rng.u8(8..18)) / 2.0),
                mood: Some(rng.u8(0..=10)),
                tags: if on { vec![1] } else { vec![] },
            }
        })
        .collect()
}

/// Numbers with a decimal point or more than one digit, in order of appearance.
fn figures(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .map(|w| w.trim_matches('.').to_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

#[test]
fn chinese_insights_say_the_same_as_english_ones_in_chinese() {
    let tags = [Tag { id: 1, name: "背婴儿背带".into() }];
    for (seed, effect) in [(3, 2.0), (4, 0.0), (5, -1.5)] {
        let days = days(seed, effect);
        let en = insights_in(&days, &tags, Lang::En);
        let zh = insights_in(&days, &tags, Lang::ZhCn);
        assert_eq!(en.len(), zh.len());
        for (e, z) in en.iter().zip(&zh) {
            assert_eq!(
                (&e.factor, e.clear, e.difference, e.low, e.high),
                (&z.factor, z.clear, z.difference, z.low, z.high)
            );
            assert!(!z.text.chars().any(|c| c.is_ascii_alphabetic()), "no English in {:?}", z.text);
            let mut ef = figures(&e.text);
            let mut zf = figures(&z.text);
            ef.sort();
            zf.sort();
            assert_eq!(ef, zf, "the same figures:\n{}\n{}", e.text, z.text);
            if z.difference.is_some() {
                assert!(z.text.ends_with("这只说明哪些情况同时出现，不能说明是什么造成的。"), "{}", z.text);
                let unclear = z.text.contains("暂时看不出明显差别");
                assert_eq!(unclear, !z.clear, "{}", z.text);
            } else {
                assert!(z.text.contains("数据还不够"), "{}", z.text);
            }
        }
        if effect != 0.0 {
            let tag = zh.iter().find(|i| i.factor == "tag:1").unwrap();
            assert!(tag.clear && tag.text.starts_with("在标记了“背婴儿背带”的日子"), "{}", tag.text);
            assert!(tag.text.contains(if effect > 0.0 { "高 " } else { "低 " }), "{}", tag.text);
        }
    }
    let few = insights_in(&days(6, 0.0)[..10], &tags, Lang::ZhCn);
    let sleep = few.iter().find(|i| i.factor == "sleep").unwrap();
    assert_eq!(sleep.text, "睡眠：数据还不够（0 / 7 天）。");
}
