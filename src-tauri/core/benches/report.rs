//! The appointment report at its largest usual size: a year of daily logging (365 days, two
//! pain check-ins, exercise and calcium every day), its three charts embedded as vectors.
//! `cargo bench -p mend-core --bench report`; under `cargo test --benches` each runs once.

use chrono::{Days, NaiveDate};
use criterion::{criterion_group, criterion_main, Criterion};
use mend_core::chart::{self, ChartKind, ThemeName};
use mend_core::i18n::Lang;
use mend_core::model::{AgeBand, DeliveryType, Profile};
use mend_core::report::{self, Paper, ReportInput};
use mend_core::trends::{compute, Daily, PainDay, Range, Trends};

const TO: &str = "2026-11-24";

fn year() -> (Range, Profile, Trends) {
    let to: NaiveDate = TO.parse().unwrap();
    let from = to - Days::new(364);
    let profile = Profile {
        birth_date: Some(from - Days::new(20)),
        delivery_type: Some(DeliveryType::Vaginal),
        epidural: true,
        breastfeeding: true,
        age_band: AgeBand::Adult,
    };
    let range = Range { from, to, baseline_start: None };
    let mut daily = Daily::new(from - Days::new(6), 365 + 6);
    for i in 6..365 + 6 {
        let score = (i * 7 % 9 + 1) as u8;
        daily.pain[i] = Some(PainDay { max: score + 1, sum: u32::from(score) * 2 + 1, count: 2 });
        daily.exercise[i] = (i as u64 * 37) % 70;
        daily.calcium[i] = 600 + (i as u64 * 113) % 1_900;
    }
    let trends = compute(range, &profile, &daily);
    (range, profile, trends)
}

fn charts(range: Range, profile: &Profile, trends: &Trends, lang: Lang) -> Vec<(String, String)> {
    [ChartKind::Pain, ChartKind::Exercise, ChartKind::Calcium]
        .into_iter()
        .map(|kind| {
            let request = chart::Request { chart: kind, theme: ThemeName::Light, range };
            (format!("{kind:?}"), chart::draw(&request, trends, profile, lang).unwrap().svg)
        })
        .collect()
}

fn report(c: &mut Criterion) {
    let (range, profile, trends) = year();
    let input = ReportInput {
        made_on: TO.parse().unwrap(),
        from: range.from,
        to: range.to,
        charts: charts(range, &profile, &trends, Lang::En),
        profile: profile.clone(),
        trends: trends.clone(),
        supplement_doses_over_limit: 3,
        red_flags: vec![mend_core::report::FlagDay {
            date: range.from + Days::new(40),
            level: mend_core::notice::Level::Urgent,
            signs: vec!["A temperature of 38 °C (100.4 °F) or higher, or chills".into()],
        }],
        notices: vec!["Pain of 7 or more on 3 days in a row.".into()],
        insights: Vec::new(),
        insights_note: None,
        questions: "Is it safe to start running again?".into(),
        notes: Some(
            (0..365).step_by(7).map(|i| (range.from + Days::new(i), format!("Week {}: tired.", i / 7))).collect(),
        ),
        paper: Paper::A4,
        lang: Lang::En,
    };
    c.bench_function("report 1 year", |b| b.iter(|| report::render(&input).unwrap()));
    c.bench_function("report 1 year, charts drawn too", |b| {
        b.iter(|| {
            let input = ReportInput { charts: charts(range, &profile, &trends, Lang::En), ..input.clone() };
            report::render(&input).unwrap()
        })
    });
    c.bench_function("report summary 1 year", |b| b.iter(|| report::summary(&input)));
    // In Chinese, with a system CJK font (fonts-noto-cjk) found once and subset into the PDF.
    let zh = ReportInput { charts: charts(range, &profile, &trends, Lang::ZhCn), lang: Lang::ZhCn, ..input.clone() };
    let first = std::time::Instant::now();
    let size = report::render(&zh).unwrap().len();
    assert!(size < 2 * 1024 * 1024, "a year in Chinese makes {size} bytes");
    // The first one also finds and reads the system's CJK font.
    eprintln!("report 1 year in Chinese: {} KiB; the first took {:?}", size / 1024, first.elapsed());
    c.bench_function("report 1 year in Chinese", |b| b.iter(|| report::render(&zh).unwrap()));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(4)).warm_up_time(std::time::Duration::from_millis(500));
    targets = report
}
criterion_main!(benches);
