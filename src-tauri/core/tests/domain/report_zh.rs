//! The appointment report in Chinese, read back with poppler: the Chinese headings and the same
//! figures as the English report of the same data, real text in a system CJK font (subset and
//! embedded), Chinese text inside the charts, pages rendered to `artifacts/report-zh-*.png` (a
//! year in both languages is in `report.rs`).

use crate::report_support::*;
use mend_core::i18n::Lang;
use mend_core::report;

/// Chinese lines break between any two characters, and `pdftotext` puts a space or a line
/// break there: compare with all white space taken out.
pub(crate) fn assert_shows_zh(text: &str, wanted: &[&str]) {
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let flat = bare(text);
    for w in wanted {
        assert!(flat.contains(&bare(w)), "the report should show {w:?}; it reads:\n{text}");
    }
}

#[test]
fn a_chinese_report_has_chinese_headings_and_the_english_figures() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = known_in(Lang::ZhCn);
    input.red_flags = vec![mend_core::report::FlagDay {
        date: d("2026-11-12"),
        level: mend_core::notice::Level::Emergency,
        signs: vec!["发烧 38 °C 或更高".into(), "硬膜外穿刺处疼痛".into()],
    }];
    input.questions = "现在可以重新开始跑步吗？\n我需要看盆底康复师吗？".into();
    // As `Store::report_input` says it in Chinese (tests/charts_zh.rs builds one from a diary).
    input.notices = vec!["从 2026年11月3日 起（共 3 天）：你的疼痛评分已经连续 3 天在 7 分或以上。请尽快和你的医生谈谈。（这是 Mend 自己的规则，不是诊断。）".into()];
    input.notes = Some(vec![(d("2026-11-03"), "推着婴儿车走到公园，之后腰有点酸。".into())]);
    let pdf = report::render(&input).unwrap();
    let text = text_of(&pdf, dir.path(), "zh");
    assert_shows_zh(
        &text,
        &[
            "腰背痛、运动和钙：就诊摘要",
            "你的疼痛评分已经连续 3 天在 7 分或以上",
            "由 Mend 根据我自己的记录于 2026年11月27日 生成。这不是病历。",
            "2026年10月29日 至 2026年11月25日（共 28 天）",
            "2026年9月10日，剖宫产，用了硬膜外麻醉",
            "产后 10 周",
            "母乳喂养",
            "摘要",
            "28 天中有 21 天",
            "10月29日 – 11月5日 6.0",
            "11月19–25日 3.0",
            "−3.0 分（−50%）",
            "明显好转¹",
            "与基线相比变化达到 30% 或以上，且至少 1 分",
            "28 天中有 8 天",
            "190 分钟",
            "目标：每周 150 分钟",
            "3 周中有 2 周",
            "2 个不满一周的部分",
            "20 天中有 11 天",
            "推荐量：每天 1,000 毫克",
            "20 天中有 1 天",
            "上限：每天 2,500 毫克",
            "超过 500 毫克的补充剂单次剂量 2",
            "勾选过的警示症状",
            "2026年11月12日 【危急】发烧 38 °C 或更高；硬膜外穿刺处疼痛",
            "Mend 的提示",
            "我想问的问题",
            "现在可以重新开始跑步吗？",
            "图表",
            "我的备注",
            "第 1 页，共",
        ],
    );
    // Text inside the charts is Chinese text too.
    assert_shows_zh(&text, &["当天最高", "7 天平均", "疼痛（0–10）", "日期（产后第 7 至 10 周）"]);
    // No English heading or label is left.
    for english in ["Summary", "Charts", "Warning signs", "Questions I want", "Page 1", "Highest of the day"] {
        assert!(!text.contains(english), "{english:?} in the Chinese report:\n{text}");
    }

    // The fonts: a CJK font from the system, embedded and subset; no Open Sans.
    let path = dir.path().join("zh.pdf");
    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    assert!(fonts.contains("CJK") || fonts.contains("Han") || fonts.contains("YaHei"), "{fonts}");
    assert!(!fonts.contains("OpenSans"), "{fonts}");
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes yes yes ")),
        "embedded, subset, with Unicode maps:\n{fonts}"
    );
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("腰背痛、运动和钙"), "the PDF's title: {info}");
    pictures_at(&path, "zh", 80);
}

#[test]
fn the_english_report_keeps_its_figures_beside_the_chinese_one() {
    // The same data in both languages: every figure of the summary table matches.
    let en = report::summary(&known());
    let zh = report::summary(&known_in(Lang::ZhCn));
    assert_eq!(serde_json::to_value(en).unwrap(), serde_json::to_value(zh).unwrap());
}
