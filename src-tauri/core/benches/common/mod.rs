//! What the benchmarks share.

/// Days of daily logging a benchmark runs on: `full` under `cargo bench`, at most a year under
/// `cargo test --benches` (`make check`), where each benchmark runs once, unoptimised, to show
/// that it still works; its figures come from `cargo bench`.
pub fn days(full: u64) -> u64 {
    if std::env::args().any(|a| a == "--bench") {
        full
    } else {
        full.min(365)
    }
}
