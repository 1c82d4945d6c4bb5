//! Crash safety: `mend log` writers killed with SIGKILL at random moments, 200 times; then
//! `mend import`, `mend restore` and `mend recover` killed the same way. After every kill the
//! database passes `PRAGMA integrity_check` and holds either the old state or the new one,
//! never a mixture, and nothing acknowledged or kept aside is lost.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

mod common;

const MEND: &str = env!("CARGO_BIN_EXE_mend");
const KILLS: usize = 200;

/// A seeded generator (`fastrand`), so a failing run can be repeated.
struct Rng(fastrand::Rng);
impl Rng {
    fn new(seed: u64) -> Self {
        Rng(fastrand::Rng::with_seed(seed))
    }
    fn below(&mut self, n: u64) -> u64 {
        self.0.u64(..n)
    }
}

#[test]
fn killed_writers_never_damage_the_database_or_lose_an_acknowledged_entry() {
    let dir = std::env::temp_dir().join(format!("mend-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut rng = Rng::new(0x9e37_79b9_7f4a_7c15);
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
    // The kills must land on both sides of the acknowledgement, or they tested nothing.
    assert!(killed_before_ack > 0 && acknowledged.len() > 1, "the kill window missed the writes");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Runs `mend args` on `dir` and SIGKILLs it after a random moment within `window_us`.
/// Returns whether it had finished successfully by then.
fn run_and_kill(dir: &Path, args: &[&str], rng: &mut Rng, window_us: u64) -> bool {
    run_with_and_kill(dir, args, &[], rng, window_us)
}

/// `run_and_kill` with `env` set.
fn run_with_and_kill(dir: &Path, args: &[&str], env: &[(&str, &str)], rng: &mut Rng, window_us: u64) -> bool {
    let mut child = Command::new(MEND)
        .args(args)
        .env("MEND_DATA_DIR", dir)
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_micros(rng.below(window_us)));
    let _ = child.kill();
    child.wait().unwrap().success()
}

/// How long `mend args` takes here, ×1.5, so kills land before, during and after it.
fn window(dir: &Path, args: &[&str]) -> u64 {
    let started = std::time::Instant::now();
    let out = Command::new(MEND).args(args).env("MEND_DATA_DIR", dir).output().unwrap();
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    (started.elapsed().as_micros() as u64 * 3 / 2).max(1_000)
}

/// Entries in the database, read the way Mend reads it; None if Mend refuses the file.
fn entries(dir: &Path) -> Option<i64> {
    let out = Command::new(MEND).arg("check").env("MEND_DATA_DIR", dir).output().unwrap();
    assert_ne!(out.status.code(), Some(101), "mend check panicked: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    out.status.success().then(|| text.split(", ").find_map(|p| p.strip_suffix(" entries")).unwrap().parse().unwrap())
}

fn integrity_ok(db: &Path) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let integrity: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(integrity, "ok");
}

fn fresh(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mend-crash-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// A Mend export with `n` pain entries, their notes tagged `tag` so each file is new.
fn export_file(dir: &Path, tag: &str, n: usize) -> PathBuf {
    let pain: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"date":"2026-11-0{}","score":{},"note":"{tag} {i}"}}"#, 1 + i % 9, i % 11))
        .collect();
    let path = dir.join(format!("{tag}.json"));
    std::fs::write(&path, format!(r#"{{"format":"mend","version":1,"pain":[{}]}}"#, pain.join(","))).unwrap();
    path
}

#[test]
fn a_killed_import_adds_all_of_its_entries_or_none() {
    let dir = fresh("import");
    let mut rng = Rng::new(0x2545_f491_4f6c_dd1d);
    let files = fresh("import-files");
    std::fs::create_dir_all(&files).unwrap();
    const N: usize = 1500;
    let calibrate = export_file(&files, "calibrate", N);
    // Later imports check for duplicates among more entries, so they take longer: kill later.
    let window_us = window(&dir, &["import", calibrate.to_str().unwrap()]) * 2;
    let mut expected = N as i64;
    let (mut all, mut none) = (0, 0);
    for i in 0..40 {
        let file = export_file(&files, &format!("round{i}"), N);
        run_and_kill(&dir, &["import", file.to_str().unwrap()], &mut rng, window_us);
        integrity_ok(&dir.join("mend.sqlite3"));
        let now = entries(&dir).expect("the database still opens");
        if now == expected + N as i64 {
            expected = now;
            all += 1;
        } else {
            assert_eq!(now, expected, "kill {i}: an import must add all {N} entries or none");
            none += 1;
        }
    }
    eprintln!("import killed 40 times: {all} completed, {none} added nothing");
    assert!(all > 0 && none > 0, "the kill window missed the imports");
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&files).unwrap();
}

#[test]
fn a_killed_restore_leaves_the_old_data_or_the_new() {
    let dir = fresh("restore");
    let mut rng = Rng::new(0x0bad_5eed_1234_5678);
    let side = fresh("restore-files");
    std::fs::create_dir_all(&side).unwrap();
    // State A: 3 entries; state B: 5 entries. Each is a backup to restore from.
    for score in ["1", "2", "3"] {
        Command::new(MEND).args(["log", "pain", "--score", score]).env("MEND_DATA_DIR", &dir).output().unwrap();
    }
    let a = side.join("a.sqlite3");
    window(&dir, &["backup", "--out", a.to_str().unwrap()]);
    for score in ["4", "5"] {
        Command::new(MEND).args(["log", "pain", "--score", score]).env("MEND_DATA_DIR", &dir).output().unwrap();
    }
    let b = side.join("b.sqlite3");
    window(&dir, &["backup", "--out", b.to_str().unwrap()]);
    let window_us = window(&dir, &["restore", a.to_str().unwrap()]);
    let (mut old, mut new) = (0, 0);
    for i in 0..40 {
        let (from, to) = if i % 2 == 0 { (3, &b) } else { (5, &a) };
        // Start each round from a known state.
        let back = if from == 3 { &a } else { &b };
        let reset =
            Command::new(MEND).args(["restore", back.to_str().unwrap()]).env("MEND_DATA_DIR", &dir).output().unwrap();
        assert!(reset.status.success(), "{}", String::from_utf8_lossy(&reset.stderr));
        run_and_kill(&dir, &["restore", to.to_str().unwrap()], &mut rng, window_us);
        integrity_ok(&dir.join("mend.sqlite3"));
        match entries(&dir) {
            Some(n) if n == from => old += 1,
            Some(n) if n == 8 - from => new += 1,
            other => panic!("kill {i}: expected {from} or {} entries, found {other:?}", 8 - from),
        }
    }
    eprintln!("restore killed 40 times: {old} left the old data, {new} the new");
    assert!(old > 0 && new > 0, "the kill window missed the restores");
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&side).unwrap();
}

#[test]
fn a_killed_recovery_leaves_the_damaged_file_or_the_recovered_one_and_loses_neither() {
    let dir = fresh("recover");
    let mut rng = Rng::new(0x1234_0000_abcd_ef01);
    for score in ["1", "2", "3", "4"] {
        Command::new(MEND).args(["log", "pain", "--score", score]).env("MEND_DATA_DIR", &dir).output().unwrap();
    }
    let backup = dir.join("backups").join("mend-2026-01-01.sqlite3");
    window(&dir, &["backup", "--out", backup.to_str().unwrap()]);
    let damage = |round: usize| {
        for s in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(dir.join(format!("mend.sqlite3{s}")));
        }
        std::fs::write(dir.join("mend.sqlite3"), format!("damaged in round {round}")).unwrap();
    };
    damage(usize::MAX);
    let window_us = window(&dir, &["recover"]);
    let (mut damaged, mut recovered) = (0, 0);
    for i in 0..40 {
        damage(i);
        run_and_kill(&dir, &["recover"], &mut rng, window_us);
        let live = std::fs::read(dir.join("mend.sqlite3")).expect("a database file is always in place");
        if live == format!("damaged in round {i}").as_bytes() {
            damaged += 1;
            assert_eq!(entries(&dir), None, "kill {i}: still refused as damaged");
        } else {
            recovered += 1;
            integrity_ok(&dir.join("mend.sqlite3"));
            assert_eq!(entries(&dir), Some(4), "kill {i}: the backup in full");
            // The damaged file was kept aside before it was replaced.
            let kept = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).any(|e| {
                e.file_name().to_string_lossy().starts_with("mend-damaged-")
                    && std::fs::read(e.path()).is_ok_and(|b| b == format!("damaged in round {i}").as_bytes())
            });
            assert!(kept, "kill {i}: the damaged file is kept");
        }
    }
    eprintln!("recovery killed 40 times: {damaged} left the damaged file in place, {recovered} recovered");
    assert!(damaged > 0 && recovered > 0, "the kill window missed the recoveries");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Whether any file under `dir` holds `needle`.
/// The files under `dir` that hold `needle`.
fn holding(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let files = common::files_under(dir).into_iter();
    files.filter(|(_, b)| b.windows(needle.len()).any(|w| w == needle)).map(|(p, _)| p).collect()
}

#[test]
fn a_killed_encrypt_or_decrypt_leaves_the_plain_diary_or_the_encrypted_one_and_loses_nothing() {
    let dir = fresh("encrypt");
    let mut rng = Rng::new(0x5eed_0000_0000_c0de);
    let note = "note-that-must-not-leak-2231";
    for score in ["1", "2", "3", "4"] {
        let out = Command::new(MEND)
            .args(["log", "pain", "--score", score, "--note", note])
            .env("MEND_DATA_DIR", &dir)
            .output()
            .unwrap();
        assert!(out.status.success());
    }
    window(&dir, &["backup", "--out", dir.join("backups").join("mend-2026-01-01.sqlite3").to_str().unwrap()]);
    window(&dir, &["backup", "--out", dir.join("backups").join("mend-2026-01-02.sqlite3").to_str().unwrap()]);
    // Argon2id at the smallest cost a key file accepts (debug builds only): the kills are for
    // the conversion's writes, and at Mend's cost most of them would land in the key derivation,
    // which writes nothing (it cost this test 30 s). `tests/lock.rs` runs Mend's own cost.
    let env = [("MEND_PASSPHRASE", "crash test passphrase"), ("MEND_TEST_SMALLEST_KDF", "1")];
    let keyed = |args: &[&str]| {
        Command::new(MEND).args(args).env("MEND_DATA_DIR", &dir).envs(env).stdin(Stdio::null()).output().unwrap()
    };
    // How long a whole conversion takes here (Argon2id twice, the diary, two backups).
    let started = std::time::Instant::now();
    assert!(keyed(&["encrypt"]).status.success());
    let window_us = (started.elapsed().as_micros() as u64 * 3 / 2).max(1_000);
    let key_file = std::fs::read_to_string(dir.join("mend-key.json")).unwrap();
    assert!(key_file.contains("\"memoryKib\": 8192"), "the smallest cost was asked for: {key_file}");
    assert!(keyed(&["decrypt"]).status.success());
    let encrypted = || {
        dir.join("mend-key.json").exists()
            && !std::fs::read(dir.join("mend.sqlite3")).unwrap().starts_with(b"SQLite format 3\0")
    };
    let (mut plain, mut sealed) = (0, 0);
    for i in 0..24 {
        let was = encrypted();
        let args = [if was { "decrypt" } else { "encrypt" }];
        run_with_and_kill(&dir, &args, &env, &mut rng, window_us);
        // The diary opens (with the passphrase if it is encrypted now) and holds everything.
        let out = keyed(&["check"]);
        let said = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && said.contains(", 4 entries"), "kill {i}: {said}");
        let backups = std::fs::read_dir(dir.join("backups")).unwrap().filter_map(|e| e.ok());
        let names: Vec<String> =
            backups.map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| n.starts_with("mend-")).collect();
        assert_eq!(names.len(), 2, "kill {i}: both backups are there: {names:?}");
        if encrypted() {
            sealed += 1;
            // Opening it finished the conversion: nothing she wrote is left in clear.
            let leaks = holding(&dir, note.as_bytes());
            assert!(leaks.is_empty(), "kill {i}: her note is in clear in an encrypted diary: {leaks:?}");
        } else {
            plain += 1;
            integrity_ok(&dir.join("mend.sqlite3"));
        }
    }
    eprintln!("encrypt/decrypt killed 24 times: {plain} left it plain, {sealed} encrypted");
    assert!(plain > 0 && sealed > 0, "the kill window missed the conversions");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_killed_sync_loses_nothing_and_leaves_no_file_the_other_computer_cannot_read() {
    let root = fresh("sync");
    let (a, b, folder) = (root.join("a"), root.join("b"), root.join("Sync"));
    std::fs::create_dir_all(&folder).unwrap();
    let mut rng = Rng::new(0x5eed_0000_5c0c_0001);
    // Argon2id at its smallest cost, as in the encrypt test above: each sync derives the key.
    let phrase = [("MEND_SYNC_PASSPHRASE", "crash test sync phrase"), ("MEND_TEST_SMALLEST_KDF", "1")];
    let run = |dir: &Path, args: &[&str]| {
        let out = Command::new(MEND).args(args).env("MEND_DATA_DIR", dir).envs(phrase).stdin(Stdio::null()).output();
        let out = out.unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    for dir in [&a, &b] {
        run(dir, &["log", "pain", "--score", "1"]);
        run(dir, &["sync", "--folder", folder.to_str().unwrap()]);
    }
    // How long a sync with a few changes each way takes here.
    run(&a, &["log", "pain", "--score", "2"]);
    let started = std::time::Instant::now();
    run(&a, &["sync"]);
    run(&b, &["sync"]);
    let window_us = (started.elapsed().as_micros() as u64 * 3 / 4).max(1_000);
    let mut logged = 3;
    let mut completed = 0;
    for i in 0..20 {
        // Each computer logs, then its sync (writing its file, then applying the other's) is killed.
        for dir in [&a, &b] {
            run(dir, &["log", "pain", "--score", &(i % 11).to_string()]);
            logged += 1;
            completed += usize::from(run_with_and_kill(dir, &["sync"], &phrase, &mut rng, window_us));
            integrity_ok(&dir.join("mend.sqlite3"));
        }
    }
    // Then they sync in peace: both hold every entry either logged, and nothing was unreadable.
    for dir in [&a, &b, &a] {
        let said = run(dir, &["sync"]);
        assert!(!said.contains('!'), "no problem reported: {said}");
    }
    assert_eq!(entries(&a), Some(logged));
    assert_eq!(entries(&b), Some(logged));
    eprintln!("sync killed 40 times: {completed} had finished");
    assert!(completed < 40, "the kill window missed the syncs");
    std::fs::remove_dir_all(&root).unwrap();
}
