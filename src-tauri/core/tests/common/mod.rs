//! Helpers shared by the core's integration tests.
#![allow(dead_code)]

pub mod files;
pub mod keychain;

use mend_core::clock::FixedClock;
use mend_core::Store;

/// "Today" in every core test.
pub const TODAY: &str = "2026-11-24";

/// An in-memory store whose clock is stopped at noon on TODAY.
pub fn store() -> Store {
    Store::open_in_memory().expect("in-memory store").with_clock(FixedClock::noon(2026, 11, 24))
}

/// Asserts `result` is an `invalid_input` error about `field` whose message contains `needle`.
pub fn assert_invalid<T: std::fmt::Debug>(result: mend_core::Result<T>, field: &str, needle: &str) {
    match result {
        Err(e) => {
            assert_eq!(e.code(), "invalid_input", "{e}");
            assert_eq!(e.field(), Some(field), "{e}");
            assert!(e.to_string().contains(needle), "message {:?} should contain {needle:?}", e.to_string());
        }
        Ok(v) => panic!("expected invalid_input on {field}, got {v:?}"),
    }
}
