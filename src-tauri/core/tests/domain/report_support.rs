//! What the report tests share: a known dataset as a report input (in either language), and
//! poppler to read the PDF back and render its pages into `artifacts/`.
#![allow(dead_code)] // each test file uses some of these

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{Days, NaiveDate};
use mend_core::chart::{self, ChartKind, ThemeName};
use mend_core::i18n::{t, Lang};
use mend_core::model::{AgeBand, DeliveryType, Profile};
use mend_core::report::{Paper, ReportInput};
use mend_core::trends::{compute, Daily, PainDay, Range};

pub fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// One day's totals: pain (max, sum, count), exercise minutes, calcium mg.
#[derive(Clone, Copy, Default)]
pub struct Day {
    pub pain: Option<(u8, u32, u32)>,
    pub exercise: u64,
    pub calcium: u64,
}

/// A report input over `days`, which start at `from`; charts drawn as the app draws them.
pub fn input(from: NaiveDate, days: &[Day], profile: Profile) -> ReportInput {
    input_in(from, days, profile, Lang::En)
}

/// [`input`] in `lang`: chart titles and charts in that language.
pub fn input_in(from: NaiveDate, days: &[Day], profile: Profile, lang: Lang) -> ReportInput {
    let to = from + Days::new(days.len() as u64 - 1);
    let range = Range { from, to, baseline_start: None };
    let mut daily = Daily::new(from - Days::new(6), days.len() + 6);
    for (i, day) in days.iter().enumerate() {
        daily.pain[i + 6] = day.pain.map(|(max, sum, count)| PainDay { max, sum, count });
        daily.exercise[i + 6] = day.exercise;
        daily.calcium[i + 6] = day.calcium;
    }
    let trends = compute(range, &profile, &daily);
    let charts = [
        (ChartKind::Pain, t(lang, "pdf-chart-pain", &[])),
        (ChartKind::Exercise, t(lang, "pdf-chart-exercise", &[])),
        (ChartKind::Calcium, t(lang, "pdf-chart-calcium", &[])),
    ]
    .into_iter()
    .map(|(kind, title)| {
        let request = chart::Request { chart: kind, theme: ThemeName::Light, range };
        (title, chart::draw(&request, &trends, &profile, lang).unwrap().svg)
    })
    .collect();
    ReportInput {
        made_on: d("2026-11-27"),
        from,
        to,
        profile,
        trends,
        supplement_doses_over_limit: 0,
        charts,
        red_flags: Vec::new(),
        notices: Vec::new(),
        insights: Vec::new(),
        insights_note: None,
        questions: String::new(),
        notes: None,
        paper: Paper::A4,
        lang,
    }
}

pub fn profile() -> Profile {
    Profile {
        birth_date: Some(d("2026-09-10")),
        delivery_type: Some(DeliveryType::Caesarean),
        epidural: true,
        breastfeeding: true,
        age_band: AgeBand::Adult,
    }
}

pub fn pain(score: u8) -> Option<(u8, u32, u32)> {
    Some((score, score.into(), 1))
}

/// 28 days, Thursday 29 October to Wednesday 25 November 2026: a part-week (4 days), three full
/// weeks, a part-week (3 days).
///
/// Pain on 21 days: the first 7 logged (days 0–2 and 4–7, 29 Oct – 5 Nov) average 6.0 (day 1 is
/// two check-ins, 4 and 8), the last 7 (days 21–27, 19–25 Nov) 3.0: −3.0 points, −50%, clearly better.
/// Exercise 759 minutes on 8 days: 100 | 150 (exactly the target) | 149 | 300 | 60, so 759 / 28 × 7
/// ≈ 190 a week and 2 of 3 full weeks at the target.
/// Calcium on 20 days: 1,000 (exactly the RDA), 999, 2,500 (exactly the UL), 2,501, then 1,200 and
/// 800 in turn: 11 days at or above the RDA, 1 above the UL.
pub fn known() -> ReportInput {
    known_in(Lang::En)
}

/// [`known`] in `lang`; the warning signs, notice and questions stay as given (the caller's words).
pub fn known_in(lang: Lang) -> ReportInput {
    let mut days = vec![Day::default(); 28];
    for i in [0, 2, 4, 5, 6, 7] {
        days[i].pain = pain(6);
    }
    days[1].pain = Some((8, 12, 2));
    for i in [8, 9, 11, 13, 15, 17, 19] {
        days[i].pain = pain(5);
    }
    for day in &mut days[21..] {
        day.pain = pain(3);
    }
    for (i, minutes) in [(1, 100), (4, 50), (6, 100), (11, 149), (18, 100), (20, 100), (22, 100), (26, 60)] {
        days[i].exercise = minutes;
    }
    for (i, mg) in [(0, 1_000), (1, 999), (2, 2_500), (3, 2_501)] {
        days[i].calcium = mg;
    }
    for (i, day) in days.iter_mut().enumerate().take(20).skip(4) {
        day.calcium = if i % 2 == 0 { 1_200 } else { 800 };
    }
    let mut input = input_in(d("2026-10-29"), &days, profile(), lang);
    input.supplement_doses_over_limit = 2;
    input.red_flags = vec![mend_core::report::FlagDay {
        date: d("2026-11-12"),
        level: mend_core::notice::Level::Emergency,
        signs: vec!["Fever of 38 °C or higher".into(), "Pain near the epidural site".into()],
    }];
    input.notices = vec!["Pain of 7 or more on 3 days in a row: talk to your clinician.".into()];
    input.questions = "Is it safe to start running again?\nShould I see a pelvic health physiotherapist?".into();
    input
}

/// Runs a poppler tool; a missing tool fails the test with what to install, it never skips.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("`{tool}` could not be run ({e}): install poppler-utils (apt-get install -y poppler-utils); the report tests read the PDF with it")
    });
    assert!(out.status.success(), "{tool} {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Writes `pdf` to a temporary file and returns its text as `pdftotext -layout` reads it.
pub fn text_of(pdf: &[u8], dir: &Path, name: &str) -> String {
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, pdf).unwrap();
    poppler("pdftotext", &["-layout", path.to_str().unwrap(), "-"])
}

pub fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../artifacts");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Renders every page at 60 dpi to `artifacts/report-{name}-N.png`, for a person to look at,
/// beside the PDF itself.
pub fn pictures(pdf_path: &Path, name: &str) {
    pictures_at(pdf_path, name, 60)
}

/// [`pictures`] at `dpi`.
pub fn pictures_at(pdf_path: &Path, name: &str, dpi: u32) {
    let dir = artifacts();
    // Pages of an earlier, longer run would otherwise linger beside this run's.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        if file.starts_with(&format!("report-{name}-")) && file.ends_with(".png") {
            std::fs::remove_file(dir.join(file)).unwrap();
        }
    }
    std::fs::copy(pdf_path, dir.join(format!("report-{name}.pdf"))).unwrap();
    let prefix = dir.join(format!("report-{name}"));
    poppler("pdftoppm", &["-png", "-r", &dpi.to_string(), pdf_path.to_str().unwrap(), prefix.to_str().unwrap()]);
}

pub fn assert_shows(text: &str, wanted: &[&str]) {
    // pdftotext -layout pads columns with spaces; compare with runs of spaces made one.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for w in wanted {
        assert!(flat.contains(w), "the report should show {w:?}; it reads:\n{text}");
    }
}
