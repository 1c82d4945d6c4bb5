//! Sync: the first sync of 10 years of daily logging onto a new computer (Argon2id to open the
//! folder with her phrase, then every change applied), and a day's changes going from one
//! computer to another (written, sealed, read, applied). `cargo bench -p mend-core --bench sync`.

use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use mend_core::cipher::Kdf;
use mend_core::clock::FixedClock;
use mend_core::model::{Calcium, Exercise, Pain};
use mend_core::{api, Store};
use serde_json::json;

const TODAY: &str = "2026-11-24";
const PHRASE: &str = "a bench sync phrase";

mod common;

fn store() -> Store {
    Store::open_in_memory().unwrap().with_clock(FixedClock::noon(2026, 11, 24))
}

/// Copies the sync folder `from` to `to` (what a sync service would have carried).
fn carry(from: &Path, to: &Path) {
    for dir in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(dir.file_name());
        std::fs::create_dir_all(&target).unwrap();
        for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
            std::fs::copy(f.path(), target.join(f.file_name())).unwrap();
        }
    }
}

fn sync(c: &mut Criterion) {
    let root = tempfile::tempdir().unwrap();
    let folder = root.path().join("Sync");
    std::fs::create_dir(&folder).unwrap();
    let first = store();
    first
        .with_connection(|conn| {
            mend_core::demo::synthetic(conn, TODAY.parse().unwrap(), common::days(3650), "2026-11-24T12:00:00.000Z")
        })
        .unwrap();
    let sent = first.sync_start(&folder, PHRASE).unwrap().sent;
    eprintln!("{} days of daily logging: {sent} changes in the first computer's first file", common::days(3650));

    let mut group = c.benchmark_group("sync");
    group.sample_size(10).measurement_time(Duration::from_secs(30));
    // A new computer joins: the phrase opens the folder (Argon2id, Mend's cost), then it applies
    // every change. Each round on a fresh copy of the folder.
    let round = std::sync::atomic::AtomicUsize::new(0);
    group.bench_function("first sync of 10 years onto a new computer", |b| {
        b.iter_batched(
            || {
                let n = round.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let copy = root.path().join(format!("copy-{n}"));
                carry(&folder, &copy);
                (store(), copy)
            },
            |(new, copy)| {
                let report = new.sync_start_with(&copy, PHRASE, Kdf::DEFAULT).unwrap();
                assert_eq!(report.received, sent);
                new
            },
            BatchSize::PerIteration,
        )
    });
    // A day's changes: two pain check-ins, calcium twice, a walk, sleep and mood, then the
    // first computer syncs and the second (already joined) syncs them in.
    let second = store();
    second.sync_start(&folder, PHRASE).unwrap();
    let mut day = 0u64;
    group.sample_size(30);
    group.bench_function("a day's changes from one computer to another", |b| {
        b.iter_batched(
            || {
                day = day % 3000 + 1;
                let date = (chrono::NaiveDate::from_ymd_opt(2016, 1, 1).unwrap() + chrono::Days::new(day)).to_string();
                for score in [3, 5] {
                    api::log::<Pain>(&first, &json!({"date": date, "score": score, "note": "after the school run"}))
                        .unwrap();
                }
                for mg in [300, 500] {
                    api::log::<Calcium>(&first, &json!({"date": date, "mg": mg, "source": "food"})).unwrap();
                }
                api::log::<Exercise>(&first, &json!({"date": date, "kind": "walking", "minutes": 25})).unwrap();
                api::set_sleep(&first, &json!(date), &json!(6.5)).unwrap();
                api::set_mood(&first, &json!(date), &json!(6)).unwrap();
            },
            |()| {
                // Sleep or mood the same as the sample day had is no change.
                let sent = first.sync_now().unwrap().sent;
                assert!(sent >= 5);
                assert_eq!(second.sync_now().unwrap().received, sent);
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, sync);
criterion_main!(benches);
