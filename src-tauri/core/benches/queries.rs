//! Queries and charts at scale: 10 years of daily logging (3,650 days, 6 entries a day).
//! `cargo bench -p mend-core --bench queries`; under `cargo test --benches` each runs once.

use criterion::{criterion_group, criterion_main, Criterion};
use mend_core::chart::Request;
use mend_core::clock::FixedClock;
use mend_core::history::Query;
use mend_core::trends::Range;
use mend_core::Store;
use serde_json::json;

const TODAY: &str = "2026-11-24";

mod common;

fn store(days: u64) -> Store {
    let store = Store::open_in_memory().unwrap().with_clock(FixedClock::noon(2026, 11, 24));
    store
        .with_connection(|conn| {
            mend_core::demo::synthetic(conn, TODAY.parse().unwrap(), days, "2026-11-24T12:00:00.000Z")
        })
        .unwrap();
    store
}

fn from(days: u64) -> String {
    (TODAY.parse::<chrono::NaiveDate>().unwrap() - chrono::Days::new(days - 1)).to_string()
}

fn queries(c: &mut Criterion) {
    let s = store(common::days(3650));
    let today: chrono::NaiveDate = TODAY.parse().unwrap();
    c.bench_function("day_summary", |b| b.iter(|| s.day_summary(today).unwrap()));
    for (name, days) in [("1 month", 30), ("1 year", 365), ("10 years", 3650)] {
        let range = Range::from_input(&json!({"from": from(days), "to": TODAY}), today, &[]).unwrap();
        c.bench_function(&format!("trends {name}"), |b| b.iter(|| s.trends(range).unwrap()));
    }
    for chart in ["pain", "exercise", "calcium"] {
        for (name, days) in [("1 month", 30), ("1 year", 365), ("10 years", 3650)] {
            let request = json!({"chart": chart, "from": from(days), "to": TODAY, "theme": "light"});
            let request = Request::from_input(&request, today).unwrap();
            c.bench_function(&format!("chart_svg {chart} {name}"), |b| b.iter(|| s.chart(&request).unwrap()));
        }
    }
    // The appointment: the report of a year, loaded from the database (trends, charts, every
    // day's rule notices, notes) and rendered; and the insights over a year.
    let year = json!({"from": from(365), "to": TODAY, "notes": true, "questions": "Is it safe to run?"});
    let year = mend_core::requests::ReportRequest::from_input(&year, today).unwrap();
    c.bench_function("report 1 year from the database", |b| b.iter(|| s.report(&year).unwrap()));
    let pdf = s.report(&year).unwrap();
    println!("report 1 year from the database: {} KiB", pdf.len() / 1024);
    c.bench_function("insights 1 year", |b| b.iter(|| s.insights(year.range).unwrap()));
    c.bench_function("history page of 30 days", |b| {
        b.iter(|| s.history(Query::from_input(&json!({"days": 30}), today).unwrap()).unwrap())
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(2)).warm_up_time(std::time::Duration::from_millis(500));
    targets = queries
}
criterion_main!(benches);
