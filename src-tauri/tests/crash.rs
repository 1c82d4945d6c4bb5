//! Crash safety: `mend log` writers killed with SIGKILL at random moments, 200 times. After
//! every kill the database passes `PRAGMA integrity_check`, and every entry whose write was
//! acknowledged (its id printed) is present.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::Duration;

const MEND: &str = env!("CARGO_BIN_EXE_mend");
const KILLS: usize = 200;

/// A small deterministic generator, so a failing run can be repeated.
struct Rng(u64);
impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }
}

#[test]
fn killed_writers_never_damage_the_database_or_lose_an_acknowledged_entry() {
    let dir = std::env::temp_dir().join(format!("mend-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Calibrate: how long one write takes here, so kills land before, during and after it.
    let started = std::time::Instant::now();
    let calibration =
        Command::new(MEND).args(["log", "pain", "--score", "1"]).env("MEND_DATA_DIR", &dir).output().unwrap();
    assert!(calibration.status.success());
    let window_us = (started.elapsed().as_micros() as u64 * 3 / 2).max(1_000);
    let first: i64 =
        String::from_utf8_lossy(&calibration.stdout)["{\"id\":".len()..].split(',').next().unwrap().parse().unwrap();
    let mut acknowledged: Vec<i64> = vec![first];
    let (mut killed_before_ack, mut finished) = (0, 0);
    for i in 0..KILLS {
        let note = format!("crash test {i} {}", "x".repeat(rng.below(3000) as usize));
        let mut child = Command::new(MEND)
            .args(["log", "pain", "--score", &(i % 11).to_string(), "--note", &note])
            .env("MEND_DATA_DIR", &dir)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.below(window_us)));
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        let mut out = String::new();
        child.stdout.take().unwrap().read_to_string(&mut out).unwrap();
        // An id printed in full is an acknowledged write.
        let id =
            out.strip_prefix("{\"id\":").and_then(|rest| rest.split(',').next()).and_then(|n| n.parse::<i64>().ok());
        match id {
            Some(id) if out.ends_with('\n') => acknowledged.push(id),
            _ => killed_before_ack += 1,
        }
        if status.success() {
            finished += 1;
        }

        let db = dir.join("mend.sqlite3");
        if !db.exists() {
            continue;
        }
        let conn = rusqlite::Connection::open(&db).unwrap();
        let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
        assert_eq!(integrity, "ok", "after kill {i}");
        let mut stmt = conn.prepare("SELECT id FROM pain").unwrap();
        let present: std::collections::HashSet<i64> =
            stmt.query_map([], |r| r.get(0)).unwrap().map(Result::unwrap).collect();
        if let Some(lost) = acknowledged.iter().find(|id| !present.contains(id)) {
            panic!("after kill {i}: acknowledged entry {lost} is missing");
        }
    }
    eprintln!(
        "{KILLS} writers killed within {window_us} µs of starting: {} acknowledged before the kill, \
         {killed_before_ack} killed before acknowledging, {finished} had already exited",
        acknowledged.len() - 1
    );
    assert_eq!(acknowledged.len() - 1 + killed_before_ack, KILLS);
    std::fs::remove_dir_all(&dir).unwrap();
}
