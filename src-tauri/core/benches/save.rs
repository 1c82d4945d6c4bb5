//! The save path against raw SQLite: logging one pain check-in through Mend's store
//! (validation, insert, the stored entry back) versus a plain rusqlite INSERT of the same row
//! into the same schema, on a file database with the same pragmas (WAL, synchronous=NORMAL).

use criterion::{criterion_group, criterion_main, Criterion};
use mend_core::Store;
use serde_json::json;

fn save(c: &mut Criterion) {
    let dir = std::env::temp_dir().join(format!("mend-bench-save-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = Store::open(&dir.join("mend")).unwrap();
    let raw = mend_core::db::open_in(&dir.join("raw")).unwrap();
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_millis(500));
    targets = save
}
criterion_main!(benches);
