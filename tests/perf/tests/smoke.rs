//! A quick run of the start-up measurement on the bare app, so the benchmark code cannot rot
//! between `make bench` runs. Checks only that it measures, not how fast anything is.

use std::path::Path;
use std::time::Duration;

#[test]
fn the_start_up_measurement_times_a_real_window_and_its_memory() {
    let display = mend_driver::display();
    let bare = Path::new(env!("CARGO_BIN_EXE_mend-bare"));
    let run = mend_perf::launch(bare, &[], &display, Duration::from_secs(60), Duration::from_millis(200))
        .expect("the bare app reports ready");
    assert!(run.ready > Duration::ZERO && run.ready < Duration::from_secs(60));
    assert!(run.peak_rss_kib > 10_000, "the app and its WebKit processes use real memory: {} KiB", run.peak_rss_kib);
}
