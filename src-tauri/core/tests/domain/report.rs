//! The appointment report, read back the way a person would: the PDF goes through poppler's
//! `pdftotext`, `pdfinfo` and `pdfimages`, and the figures she must see are looked for in the
//! text. Pages are also rendered to `artifacts/report-*.png` for a person to look at. The
//! numbers are checked at their boundaries through `report::summary`, without a PDF.

use crate::report_support::*;
use chrono::{Days, NaiveDate};
use mend_core::i18n::Lang;
use mend_core::model::{AgeBand, Profile};
use mend_core::report::{self, Paper, ReportInput, Verdict};

#[test]
fn report_shows_the_figures_she_needs_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = known();
    input.notes = Some(vec![(d("2026-11-03"), "Walked to the park with the pram; my back ached after.".into())]);
    let pdf = report::render(&input).unwrap();
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let text = text_of(&pdf, dir.path(), "known");
    assert_shows(
        &text,
        &[
            "Back pain, exercise and calcium: a summary for my appointment",
            "Made by Mend on 27 November 2026 from entries I logged. Not a medical record.",
            "29 October 2026 to 25 November 2026 (28 days)",
            "10 September 2026, caesarean, with an epidural",
            "Since birth 10 weeks at the end of the range (25 November 2026)",
            "Breastfeeding",
            // Pain: days logged, the two means, the change in points and per cent, the verdict and its rule.
            "21 of 28 days",
            "Baseline: 7 days logged after birth, 29 Oct – 5 Nov 6.0",
            "last 7 logged days, 19–25 Nov 3.0",
            "−3.0 points (−50%)",
            "Clearly better¹",
            "a change of 30% or more from the baseline and at least 1 point",
            // Exercise: days, the weekly mean against the target, full weeks at the target.
            "8 of 28 days",
            "190 minutes",
            "Target: 150 minutes a week",
            "2 of 3 weeks",
            "2 part-weeks",
            // Calcium: days logged, at or above the RDA, above the UL, supplement doses.
            "20 of 28 days",
            "11 of 20 days",
            "RDA: 1,000 mg a day",
            "1 of 20 days",
            "Upper limit: 2,500 mg a day",
            "Supplement doses over 500 mg 2",
            // Warning signs with their date, Mend's notice, her questions, her notes.
            "12 Nov 2026 Emergency: Fever of 38 °C or higher; Pain near the epidural site",
            "Pain of 7 or more on 3 days in a row",
            "not a diagnosis",
            "Is it safe to start running again?",
            "Should I see a pelvic health physiotherapist?",
            "My notes",
            "3 Nov 2026 Walked to the park with the pram; my back ached after.",
        ],
    );
    // Text from inside the chart SVGs (a legend, an axis title) is text in the PDF: the charts
    // are vectors, not pictures, and there is no raster image at all.
    assert_shows(&text, &["Highest of the day", "7-day average", "Pain (0–10)"]);
    let path = dir.path().join("known.pdf");
    let images = poppler("pdfimages", &["-list", path.to_str().unwrap()]);
    assert_eq!(images.lines().count(), 2, "no images, only the header of the list:\n{images}");
    let fonts = poppler("pdffonts", &[path.to_str().unwrap()]);
    // Two fonts, both embedded: the charts' "sans-serif" is the report's own Open Sans.
    let names: Vec<&str> = fonts.lines().skip(2).filter_map(|l| l.split_whitespace().next()).collect();
    assert_eq!(names.len(), 2, "{fonts}");
    assert!(
        names.iter().any(|n| n.ends_with("+OpenSans")) && names.iter().any(|n| n.ends_with("+OpenSans-Bold")),
        "{fonts}"
    );
    assert!(
        fonts.lines().skip(2).all(|l| l.contains(" yes yes yes ")),
        "embedded, subset, with Unicode maps:\n{fonts}"
    );
    pictures(&path, "a4");
}

#[test]
fn notes_appear_only_when_she_chose_them() {
    let dir = tempfile::tempdir().unwrap();
    let note = "Slept badly, back stiff in the morning.";
    let mut input = known();
    input.notes = Some(vec![(d("2026-11-20"), note.into())]);
    let with = text_of(&report::render(&input).unwrap(), dir.path(), "with");
    assert_shows(&with, &["My notes", note]);
    input.notes = None;
    let without = text_of(&report::render(&input).unwrap(), dir.path(), "without");
    assert!(!without.contains("My notes") && !without.contains("Slept badly"), "{without}");
    input.notes = Some(Vec::new());
    let none = text_of(&report::render(&input).unwrap(), dir.path(), "none");
    assert_shows(&none, &["My notes", "No notes in this range."]);
}

#[test]
fn typical_ranges_fit_on_two_pages_in_a4_and_letter() {
    let dir = tempfile::tempdir().unwrap();
    for (paper, size) in [(Paper::A4, "595.276 x 841.89 pts (A4)"), (Paper::Letter, "612 x 792 pts (letter)")] {
        let mut input = known();
        input.paper = paper;
        let path = dir.path().join(format!("{paper:?}.pdf"));
        std::fs::write(&path, report::render(&input).unwrap()).unwrap();
        let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
        assert!(info.contains(&format!("Page size:       {size}")), "{info}");
        assert!(info.contains("Pages:           2"), "{info}");
        assert!(info.contains("Tagged:          yes"), "a tagged PDF:\n{info}");
        if paper == Paper::Letter {
            pictures(&path, "letter");
        }
    }
    // Three months, the other typical range, with no questions: lines to write on instead.
    let days: Vec<Day> = (0..91)
        .map(|i| Day {
            pain: pain(7 - (i / 15) as u8),
            exercise: [0, 30, 0, 45, 20, 0, 60][i % 7],
            calcium: 900 + 40 * (i as u64 % 9),
        })
        .collect();
    let input = input(d("2026-08-27"), &days, Profile { birth_date: Some(d("2026-08-20")), ..profile() });
    let path = dir.path().join("three-months.pdf");
    std::fs::write(&path, report::render(&input).unwrap()).unwrap();
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    assert!(info.contains("Pages:           2"), "{info}");
    pictures(&path, "three-months");
}

#[test]
fn long_notes_flow_onto_more_pages_without_losing_a_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut input = known();
    input.paper = Paper::Letter;
    input.notes = Some(
        (0..60)
            .map(|i| {
                let text = format!(
                    "Note number {i}: {}",
                    "a long day, feeding at night and carrying the car seat. ".repeat(1 + i % 4)
                );
                (d("2026-10-29") + Days::new(i as u64 % 28), text)
            })
            .collect(),
    );
    let pdf = report::render(&input).unwrap();
    let path = dir.path().join("long.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let info = poppler("pdfinfo", &[path.to_str().unwrap()]);
    let pages: usize = info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap();
    assert!(pages >= 4, "60 notes need more pages: {pages}");
    let text = text_of(&pdf, dir.path(), "long");
    for i in 0..60 {
        assert!(text.contains(&format!("Note number {i}:")), "note {i} is on a page");
    }
    assert_shows(&text, &[&format!("Page {pages} of {pages}")]);
    pictures(&path, "long-notes");
}

#[test]
fn an_empty_range_is_refused_with_a_sentence_not_an_empty_pdf() {
    let english = "There are no entries between 1 November 2026 and 14 November 2026 to put in a report. Choose a range with entries.";
    for (lang, said) in [
        (Lang::En, english),
        (Lang::ZhCn, "2026年11月1日 到 2026年11月14日 之间没有任何记录，无法生成报告。请选择有记录的时间段。"),
    ] {
        let input = input_in(d("2026-11-01"), &[Day::default(); 14], profile(), lang);
        let err = report::render(&input).unwrap_err();
        assert_eq!(err.code(), "invalid_input");
        assert_eq!(err.field(), Some("from"));
        assert_eq!(err.message_in(lang), said);
        // Logs say it in English.
        assert_eq!(err.to_string(), english);
    }
    // One entry of any kind is enough.
    let mut days = [Day::default(); 14];
    days[9].calcium = 300;
    assert!(report::render(&input_with(d("2026-11-01"), &days)).is_ok());
}

fn input_with(from: NaiveDate, days: &[Day]) -> ReportInput {
    input(from, days, profile())
}

#[test]
fn too_few_pain_days_to_compare_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    // 13 logged days: the first 7 and the last 7 would share a day.
    let days: Vec<Day> = (0..14).map(|i| Day { pain: if i == 5 { None } else { pain(4) }, ..Day::default() }).collect();
    let input = input_with(d("2026-11-02"), &days);
    assert_eq!(report::summary(&input).pain.comparison, None);
    let text = text_of(&report::render(&input).unwrap(), dir.path(), "few");
    assert_shows(&text, &["Too few days to compare (13 logged; 14 are needed)", "13 of 14 days"]);
}

#[test]
fn summary_counts_at_the_boundaries() {
    let s = report::summary(&known());
    assert_eq!(s.days_in_range, 28);

    let p = &s.pain;
    assert_eq!(p.days_logged, 21);
    let c = p.comparison.as_ref().expect("21 logged days compare");
    assert_eq!((c.first.from, c.first.to, c.first.days), (d("2026-10-29"), d("2026-11-05"), 7));
    assert_eq!((c.last.from, c.last.to), (d("2026-11-19"), d("2026-11-25")));
    assert!((c.first.mean - 6.0).abs() < 1e-9, "two check-ins of 4 and 8 count as one day of 6");
    assert!((c.last.mean - 3.0).abs() < 1e-9);
    assert!((c.change_points + 3.0).abs() < 1e-9);
    assert!((c.change_percent.unwrap() + 50.0).abs() < 1e-9);
    assert_eq!(c.verdict, Verdict::ClearlyBetter);

    let e = &s.exercise;
    assert_eq!(e.target_minutes, 150);
    assert_eq!(e.total_minutes, 759);
    assert_eq!(e.days_logged, 8);
    assert!((e.weekly_mean - 759.0 / 4.0).abs() < 1e-9, "minutes per 7 days over all 28: {}", e.weekly_mean);
    assert_eq!((e.full_weeks, e.part_weeks), (3, 2));
    assert_eq!(e.weeks_at_target, 2, "150 exactly counts, 149 does not, 300 does");

    let ca = &s.calcium;
    assert_eq!((ca.rda_mg, ca.ul_mg), (1_000, 2_500));
    assert_eq!(ca.days_logged, 20);
    assert_eq!(ca.days_at_or_above_rda, 11, "1,000 exactly counts, 999 does not");
    assert_eq!(ca.days_above_ul, 1, "2,500 exactly is not above the UL, 2,501 is");
    assert_eq!(ca.supplement_doses_over_limit, 2);
}

#[test]
fn summary_verdict_follows_the_clear_change_rule_both_ways() {
    // 14 logged days: 7 at `first`, 7 at `last`.
    let verdict = |first: u8, last: u8| {
        let days: Vec<Day> =
            (0..14).map(|i| Day { pain: pain(if i < 7 { first } else { last }), ..Day::default() }).collect();
        report::summary(&input_with(d("2026-11-02"), &days)).pain.comparison.expect("14 logged days").verdict
    };
    assert_eq!(verdict(6, 4), Verdict::ClearlyBetter, "−2 points, −33%");
    assert_eq!(verdict(5, 4), Verdict::NoClearChange, "−1 point but only −20%");
    assert_eq!(verdict(3, 2), Verdict::ClearlyBetter, "−1 point and −33%: both at least the rule");
    assert_eq!(verdict(3, 4), Verdict::ClearlyWorse, "+1 point, +33%");
    assert_eq!(verdict(4, 4), Verdict::NoClearChange);
    // The same weekly boundaries in a range made of full weeks only, and in an older age band.
    let days: Vec<Day> =
        (0..14).map(|i| Day { exercise: if i == 0 { 150 } else { 0 }, calcium: 1_200, ..Day::default() }).collect();
    let mut input = input_with(d("2026-11-02"), &days);
    input.profile.age_band = AgeBand::Older;
    let s = report::summary(&input);
    assert_eq!((s.exercise.full_weeks, s.exercise.part_weeks, s.exercise.weeks_at_target), (2, 0, 1));
    assert!((s.exercise.weekly_mean - 75.0).abs() < 1e-9);
    assert_eq!((s.calcium.rda_mg, s.calcium.ul_mg), (1_200, 2_000));
    assert_eq!(s.calcium.days_at_or_above_rda, 14, "1,200 is exactly the RDA at 51 and older");
}

#[test]
fn a_year_of_daily_data_makes_a_pdf_under_two_megabytes_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let days: Vec<Day> = (0..365)
        .map(|i| Day {
            pain: Some((((i * 7) % 9 + 1) as u8, ((i * 5) % 8 + 2) as u32 * 2, 2)),
            exercise: (i as u64 * 37) % 70,
            calcium: 600 + (i as u64 * 113) % 1_900,
        })
        .collect();
    let from = d("2025-11-27");
    for lang in [Lang::En, Lang::ZhCn] {
        let mut input = input_in(from, &days, Profile { birth_date: Some(d("2025-11-01")), ..profile() }, lang);
        let note =
            |i: u64| if lang == Lang::En { format!("Day {i}: tired.") } else { format!("第 {i} 天：很累。") };
        input.notes = Some((0..365).step_by(3).map(|i| (from + Days::new(i), note(i))).collect());
        let started = std::time::Instant::now();
        let pdf = report::render(&input).unwrap();
        eprintln!("a year in {}: {} KiB in {:?}", lang.tag(), pdf.len() / 1024, started.elapsed());
        assert!(pdf.len() < 2 * 1024 * 1024, "a year in {} is {} bytes", lang.tag(), pdf.len());
        let name = if lang == Lang::En { "year" } else { "year-zh" };
        let text = text_of(&pdf, dir.path(), name);
        if lang == Lang::En {
            // The stretches of a range across New Year name their years.
            assert_shows(&text, &["365 of 365 days", "27 Nov – 3 Dec 2025", "20–26 Nov 2026", "Day 363: tired."]);
            pictures(&dir.path().join("year.pdf"), "year");
        } else {
            crate::report_zh::assert_shows_zh(&text, &["第 363 天：很累。", "365 天中有 365 天"]);
        }
    }
}

/// The report over her last 2 weeks compares them with her own baseline, the first 7 logged
/// days after the birth, even though they lie before the range; the report names those days.
#[test]
fn the_report_compares_the_range_with_her_baseline_and_names_its_days() {
    use mend_core::i18n::Lang;
    use mend_core::model::Pain;
    use mend_core::requests::ReportRequest;
    use mend_core::trends::Range;
    let s = mend_core::Store::open_in_memory().unwrap().with_clock(mend_core::clock::FixedClock::noon(2026, 11, 24));
    s.save_profile(&Profile { birth_date: Some(d("2026-10-01")), ..Profile::default() }).unwrap();
    let mut day = d("2026-10-01");
    while day <= d("2026-11-24") {
        let score = if day < d("2026-10-15") { 8 } else { 3 };
        s.log(Pain { date: day, time: None, score, locations: Vec::new(), note: String::new() }).unwrap();
        day = day + Days::new(1);
    }
    let request = ReportRequest {
        range: Range { from: d("2026-11-11"), to: d("2026-11-24"), baseline_start: None },
        notes: false,
        questions: String::new(),
        paper: Paper::A4,
    };
    let dir = tempfile::tempdir().unwrap();
    let wanted = [
        (
            Lang::En,
            vec![
                "Baseline: 7 days logged after birth, 1–7 Oct 8.0",
                "−5.0 points",
                "Clearly better¹",
                "Your baseline is the same whatever range the report covers: 8.0, the average of your first 7 logged days after the birth (1–7 Oct).",
            ],
        ),
        (Lang::ZhCn, vec!["基线：产后最早 7 个记录日，10月1–7日 8.0", "明显好转¹", "你产后最早 7 个记录日的平均值（10月1–7日）"]),
    ];
    for (lang, words) in wanted {
        s.set_language(lang).unwrap();
        let input = s.report_input(&request).unwrap();
        let c = report::summary(&input).pain.comparison.expect("14 logged days after her baseline");
        assert_eq!((c.first.from, c.first.to, c.first.days), (d("2026-10-01"), d("2026-10-07"), 7));
        assert!((c.first.mean - 8.0).abs() < 1e-9 && (c.last.mean - 3.0).abs() < 1e-9);
        assert_eq!(c.verdict, Verdict::ClearlyBetter);
        let text = text_of(&report::render(&input).unwrap(), dir.path(), lang.tag());
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(if lang == Lang::En { " " } else { "" });
        for w in words {
            let w: String = if lang == Lang::En { w.to_owned() } else { w.split_whitespace().collect() };
            assert!(flat.contains(&w), "{lang:?}: {w:?} not in\n{text}");
        }
    }
}

/// The report says what went with better or worse days over its range, how days are compared
/// (with the days around them, so a recovery is not a factor), and the "mostly following your
/// recovery" line when it applies; in both languages.
#[test]
fn the_report_says_what_went_with_better_days_and_how_days_are_compared() {
    use mend_core::factors::TagName;
    use mend_core::i18n::Lang;
    use mend_core::model::Pain;
    use mend_core::requests::ReportRequest;
    use mend_core::trends::Range;
    let s = mend_core::Store::open_in_memory().unwrap().with_clock(mend_core::clock::FixedClock::noon(2026, 11, 24));
    let walk = s.create_tag(&TagName::from_input(&serde_json::json!("walk")).unwrap()).unwrap();
    let first = d("2026-09-26");
    for i in 0..60u64 {
        let day = first + Days::new(i);
        let walked = i % 3 == 0;
        let score = (7.0 - 5.0 * i as f64 / 59.0 - if walked { 2.0 } else { 0.0 }).round() as u8;
        s.log(Pain { date: day, time: None, score, locations: Vec::new(), note: String::new() }).unwrap();
        if walked {
            s.set_day_tag(day, walk.id, true).unwrap();
        }
    }
    let request = ReportRequest {
        range: Range { from: first, to: d("2026-11-24"), baseline_start: None },
        notes: false,
        questions: String::new(),
        paper: Paper::A4,
    };
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [
        (
            Lang::En,
            vec![
                "What went with better or worse days",
                "Each day is compared with the days around it, so that the recovery over the weeks is not mistaken for a factor.",
                "On days tagged “walk”",
                "compared with the days around them",
            ],
        ),
        (Lang::ZhCn, vec!["哪些因素与较好或较差的日子同时出现", "每一天都和它前后几天相比", "在标记了“walk”的日子", "与前后几天相比"]),
    ] {
        s.set_language(lang).unwrap();
        let input = s.report_input(&request).unwrap();
        assert!(!input.insights.is_empty(), "{lang:?}");
        assert!(input.insights_note.is_some(), "{lang:?}: a steady recovery with walks: {:?}", input.insights);
        let text = text_of(&report::render(&input).unwrap(), dir.path(), lang.tag());
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(if lang == Lang::En { " " } else { "" });
        for w in words.iter().chain([&input.insights_note.as_deref().unwrap()]) {
            let w: String = if lang == Lang::En { w.to_string() } else { w.split_whitespace().collect() };
            assert!(flat.contains(&w), "{lang:?}: {w:?} not in\n{text}");
        }
    }
}

#[test]
fn the_recovery_sheet_shows_the_code_and_what_it_is_for_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let code = "ABCD-EF23-GH45-JK67-MN89-PQRS";
    let store = mend_core::Store::open_in_memory().unwrap();
    for (lang, wanted) in [
        (mend_core::i18n::Lang::En, ["recovery code for my diary", "if I forget my passphrase", "Mend included"]),
        (mend_core::i18n::Lang::ZhCn, ["恢复码", "密码短语", "连 Mend 也不行"]),
    ] {
        store.set_language(lang).unwrap();
        let path = dir.path().join(format!("sheet-{}.pdf", lang.tag()));
        store.recovery_sheet_to(&code.to_lowercase(), &path).unwrap();
        let text = poppler("pdftotext", &["-layout", path.to_str().unwrap(), "-"]);
        let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(code), "the code as Mend writes it: {text}");
        for w in wanted {
            assert!(flat.replace(' ', "").contains(&w.replace(' ', "")), "{w:?} in {text}");
        }
        pictures_at(&path, &format!("recovery-sheet-{}", lang.tag()), 50);
    }
    let e = store.recovery_sheet_to("not a code", &dir.path().join("x.pdf")).unwrap_err();
    assert_eq!(e.field(), Some("recoveryCode"), "{e}");
    assert!(!dir.path().join("x.pdf").exists());
}
