//! The slots the end-to-end tests run in, two at a time: each slot its own X display (an
//! Xvfb started for the test process) and its own shared window (`shared.rs`).

use std::cell::Cell;
use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::{Condvar, Mutex, OnceLock};
use std::time::{Duration, Instant};

use super::end_with_parent;

/// How many tests run at once: two, each in a slot of its own (its own Xvfb and its own shared
/// window), so that while one test waits on its page the other's runs; more would only queue
/// for the two cores this is measured on.
pub const SLOTS: usize = 2;

/// A test's slot, held for the whole test: at most `SLOTS` tests hold one at a time. The
/// windows, displays and shared windows a test starts while holding it are its slot's own.
pub struct Slot {
    index: usize,
    taken: Instant,
}

static FREE: Mutex<[bool; SLOTS]> = Mutex::new([true; SLOTS]);
static FREED: Condvar = Condvar::new();

thread_local! {
    /// The slot the test on this thread holds (tests run one per thread).
    static HELD: Cell<Option<usize>> = const { Cell::new(None) };
}

/// Waits for a free slot and holds it until the returned guard is dropped. Watched on the
/// display given in `MEND_E2E_DISPLAY`, the tests run one at a time, so each window has the
/// keyboard focus.
pub fn slot() -> Slot {
    let slots = if watched() { 1 } else { SLOTS };
    let mut free = FREE.lock().unwrap_or_else(|p| p.into_inner());
    loop {
        if let Some(index) = free[..slots].iter().position(|f| *f) {
            free[index] = false;
            HELD.with(|h| h.set(Some(index)));
            return Slot { index, taken: Instant::now() };
        }
        free = FREED.wait(free).unwrap_or_else(|p| p.into_inner());
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        record(self.index, self.taken.elapsed());
        HELD.with(|h| h.set(None));
        FREE.lock().unwrap_or_else(|p| p.into_inner())[self.index] = true;
        FREED.notify_one();
    }
}

/// Writes how long the test on this thread held slot `index` to `artifacts/e2e-times.tsv`
/// (seconds, slot, test; one file per run, in the order the tests end): where the suite's time
/// goes, for whoever makes it faster.
fn record(index: usize, held: Duration) {
    static FILE: OnceLock<Option<Mutex<std::fs::File>>> = OnceLock::new();
    let file =
        FILE.get_or_init(|| std::fs::File::create(crate::artifacts().join("e2e-times.tsv")).ok().map(Mutex::new));
    if let Some(file) = file {
        let test = std::thread::current().name().unwrap_or("?").to_owned();
        let mut file = file.lock().unwrap_or_else(|p| p.into_inner());
        let _ = writeln!(file, "{:.1}\t{index}\t{test}", held.as_secs_f64());
    }
}

/// The slot this thread's test holds; 0 outside a test (the benchmarks).
pub(crate) fn held() -> usize {
    HELD.with(|h| h.get()).unwrap_or(0)
}

/// Whether the tests are watched on a display given in `$MEND_E2E_DISPLAY`.
fn watched() -> bool {
    std::env::var_os("MEND_E2E_DISPLAY").is_some_and(|d| !d.is_empty())
}

/// The X display of this test's slot: `$MEND_E2E_DISPLAY` if set (to watch the tests, one at a
/// time), else one Xvfb per slot started for this test process, so windows
/// never pop up on a developer's desktop and the two slots' windows never take each other's
/// keyboard focus.
pub fn display() -> String {
    display_of(held())
}

/// The display of slot `index`. Each Xvfb is started from a thread that lives as long as the
/// process and is told to end with it (`PR_SET_PDEATHSIG`), so it goes away however the tests
/// end: passing, failing or killed.
pub(crate) fn display_of(index: usize) -> String {
    static DISPLAYS: [OnceLock<String>; SLOTS] = [const { OnceLock::new() }; SLOTS];
    DISPLAYS[index]
        .get_or_init(|| {
            if watched() {
                return std::env::var("MEND_E2E_DISPLAY").unwrap_or_default();
            }
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let mut command = Command::new("Xvfb");
                command
                    .args(["-displayfd", "1", "-screen", "0", "1280x860x24", "-nolisten", "tcp"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null());
                end_with_parent(&mut command);
                let mut xvfb = command
                    .spawn()
                    .expect("Xvfb is needed for end-to-end tests: run `make deps` (apt-get install xvfb)");
                let mut out = xvfb.stdout.take().unwrap();
                let mut number = String::new();
                let mut byte = [0u8; 1];
                while std::io::Read::read(&mut out, &mut byte).unwrap_or(0) == 1 && byte[0] != b'\n' {
                    number.push(byte[0] as char);
                }
                let _ = tx.send(number);
                // This thread (the one that forked Xvfb) must outlive the tests: it waits on
                // Xvfb, which runs until the process ends and the kernel signals it.
                let _ = xvfb.wait();
            });
            let number = rx.recv().unwrap_or_default();
            assert!(!number.trim().is_empty(), "Xvfb did not report a display number");
            format!(":{}", number.trim())
        })
        .clone()
}
