//! Her diary locked against her diary plain, in the same run, on files in the same folder:
//! saving a pain check-in, the trends of 10 years of daily logging, and opening (a plain
//! file; unlocking with the passphrase, Argon2id included; unlocking with the key from the
//! keychain). `cargo bench -p mend-core --bench locked`.
//!
//! The keychain here is an in-process store given to the `keyring` crate, so the figure is
//! Mend's own cost of opening with a kept key; a system keychain adds its round trip (a D-Bus
//! call to the Secret Service, a few milliseconds).

use criterion::{criterion_group, criterion_main, Criterion};
use mend_core::clock::FixedClock;
use mend_core::store::Secret;
use mend_core::trends::Range;
use mend_core::Store;
use serde_json::json;

const TODAY: &str = "2026-11-24";
const PASS: &str = "a bench passphrase";

mod common;
#[path = "../tests/common/keychain.rs"]
mod keychain;

fn open(dir: &std::path::Path) -> Store {
    Store::open(dir).unwrap().with_clock(FixedClock::noon(2026, 11, 24))
}

fn filled(dir: &std::path::Path, days: u64) -> Store {
    let store = open(dir);
    store
        .with_connection(|conn| {
            mend_core::demo::synthetic(conn, TODAY.parse().unwrap(), days, "2026-11-24T12:00:00.000Z")
        })
        .unwrap();
    store
}

fn locked(c: &mut Criterion) {
    keychain::Memory::install();
    let root = tempfile::tempdir().unwrap();
    let (plain_dir, sealed_dir) = (root.path().join("plain"), root.path().join("sealed"));
    let plain = filled(&plain_dir, common::days(3650));
    let sealed = filled(&sealed_dir, common::days(3650));
    sealed.encrypt(PASS, true).unwrap();
    let today: chrono::NaiveDate = TODAY.parse().unwrap();
    let entry =
        json!({"date": TODAY, "time": "08:30", "score": 4, "locations": ["lower_back"], "note": "after feeding"});

    let from = (today - chrono::Days::new(3649)).to_string();
    let range = Range::from_input(&json!({"from": from, "to": TODAY}), today, &[]).unwrap();
    let mut group = c.benchmark_group("trends 10 years");
    for (name, store) in [("plain", &plain), ("encrypted", &sealed)] {
        group.bench_function(name, |b| b.iter(|| store.trends(range).unwrap()));
    }
    group.finish();
    // Saves after the trends: each saved entry adds to the diary the trends would read.
    let mut group = c.benchmark_group("save");
    for (name, store) in [("plain", &plain), ("encrypted", &sealed)] {
        group
            .bench_function(name, |b| b.iter(|| mend_core::api::log::<mend_core::model::Pain>(store, &entry).unwrap()));
    }
    group.finish();

    drop((plain, sealed));

    let mut group = c.benchmark_group("open");
    group.sample_size(10);
    group.bench_function("plain", |b| b.iter(|| open(&plain_dir).profile().unwrap()));
    group.bench_function("encrypted, key from the keychain", |b| {
        b.iter(|| {
            let s = open(&sealed_dir);
            assert!(s.unlock_from_keychain().unwrap());
            s.profile().unwrap()
        })
    });
    group.bench_function("encrypted, passphrase (Argon2id)", |b| {
        b.iter(|| {
            let s = open(&sealed_dir);
            s.unlock(Secret::Passphrase(PASS)).unwrap();
            s.profile().unwrap()
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3)).warm_up_time(std::time::Duration::from_millis(500));
    targets = locked
}
criterion_main!(benches);
