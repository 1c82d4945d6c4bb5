//! The save path against raw SQLite: logging one pain check-in through Mend's store
//! (validation, insert, the stored entry back) versus a plain rusqlite INSERT of the same row
//! into the same schema, on a file database with the same pragmas (WAL, synchronous=NORMAL).
//! And importing a year of daily entries from another app's export (goal: under 2 s).

use criterion::{criterion_group, criterion_main, Criterion};
use mend_core::Store;
use serde_json::json;

fn save(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("mend-bench-save-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = Store::open(&dir.join("mend")).unwrap();
    let raw = mend_core::db::open_in(&dir.join("raw"), None).unwrap();
    let today = store.today().to_string();
    let entry =
        json!({"date": today, "time": "08:30", "score": 4, "locations": ["lower_back"], "note": "after feeding"});

    let mut group = c.benchmark_group("save");
    group.bench_function("mend log_pain", |b| {
        b.iter(|| {
            // The whole save path a command takes: validate at the boundary, then store.
            let pain =
                <mend_core::model::Pain as mend_core::input::FromInput>::from_input(&entry, store.today()).unwrap();
            store.log(pain).unwrap()
        })
    });
    let mut insert = raw
        .prepare(
            "INSERT INTO pain (date, time, score, locations, note, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )
        .unwrap();
    group.bench_function("raw insert", |b| {
        b.iter(|| {
            insert
                .execute(rusqlite::params![
                    today,
                    "08:30",
                    4,
                    "lower_back",
                    "after feeding",
                    "2026-11-24T08:30:00.000Z",
                    "2026-11-24T08:30:00.000Z"
                ])
                .unwrap()
        })
    });
    group.finish();
    drop(insert);
    drop(raw);
    drop(store);
    let _ = std::fs::remove_dir_all(&dir);
}

/// A year of daily check-ins in Pain Tracker's CSV (two a day, morning and evening, UTC times)
/// and in Flaredown's (a 0–4 back-pain rating, a tag and weather each day).
fn year_files(dir: &std::path::Path) -> Vec<(&'static str, std::path::PathBuf)> {
    use std::fmt::Write;
    let last = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let days: Vec<chrono::NaiveDate> = (0..365).map(|i| last - chrono::Duration::days(i)).collect();
    let mut tracker = String::from(
        "Date,Time,Pain Level,Locations,Symptoms,Limited Activities,Sleep Quality,Mood Impact,Missed Work Days,Notes\n",
    );
    for (i, d) in days.iter().enumerate() {
        for (time, extra) in [("06:30", 1), ("20:45", 0)] {
            let score = (i % 7) as i64 + extra;
            writeln!(tracker, "{d},{time},{score},\"lower back; hips\",\"Aching\",\"\",6,3,,\"day {i}, {time}\"")
                .unwrap();
        }
    }
    let mut flaredown = String::from("Date,Lower back pain,Fatigue,Ibuprofen,Tags,Foods,Weather summary,Weather max temperature,Weather min temperature,Weather pressure,Weather precipitation intensity,Weather humidity\n");
    for (i, d) in days.iter().rev().enumerate() {
        writeln!(
            flaredown,
            "{d}T00:00:00+00:00,{},{},Taken,used the baby carrier,,Clear,9.1,1.0,1020.4,0.0,0.65",
            i % 5,
            i % 3
        )
        .unwrap();
    }
    let (a, b) = (dir.join("pain-tracker-year.csv"), dir.join("flaredown-year.csv"));
    std::fs::write(&a, tracker).unwrap();
    std::fs::write(&b, flaredown).unwrap();
    vec![("pain tracker, 730 check-ins", a), ("flaredown, 365 days", b)]
}

fn import(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("mend-bench-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let files = year_files(&dir);
    let options = mend_core::transfer::apps::Options::default();
    let mut group = c.benchmark_group("import a year");
    let mut n = 0;
    for (name, file) in &files {
        // Into an empty diary (every entry inserted), the store opened outside the timing.
        group.bench_function(format!("{name}, into an empty diary"), |b| {
            b.iter_batched(
                || {
                    n += 1;
                    Store::open(&dir.join(format!("db-{n}"))).unwrap()
                },
                |store| {
                    let report = store.import_file_with(file, false, &options).unwrap();
                    assert!(report.added.pain >= 365 && report.duplicates == 0);
                    store
                },
                criterion::BatchSize::PerIteration,
            )
        });
        // Again into the diary that already holds it: every entry recognised, nothing added.
        let store = Store::open(&dir.join(format!("again-{name}"))).unwrap();
        store.import_file_with(file, false, &options).unwrap();
        group.bench_function(format!("{name}, again (nothing added)"), |b| {
            b.iter(|| {
                let report = store.import_file_with(file, false, &options).unwrap();
                assert_eq!(report.added.pain, 0);
            })
        });
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&dir);
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_millis(500));
    targets = save, import
}
criterion_main!(benches);
