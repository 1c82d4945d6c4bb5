//! Data folders for the tests that use real files.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use mend_core::clock::FixedClock;
use mend_core::Store;

/// A new, empty folder with an unpredictable name (`tempfile`); each test removes its own.
pub fn dir(name: &str) -> PathBuf {
    tempfile::Builder::new().prefix(&format!("mend-hostile-{name}-")).tempdir().unwrap().keep()
}

/// The store in `d`, its clock stopped at noon on 2026-11-24.
pub fn open(d: &Path) -> Store {
    Store::open(d).unwrap().with_clock(FixedClock::noon(2026, 11, 24))
}

/// Entries of all kinds in the store.
pub fn entries(s: &Store) -> i64 {
    s.check().unwrap().entries
}
