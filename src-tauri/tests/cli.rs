//! The headless command line, run as a user would run it: exit codes, stdout and stderr,
//! `MEND_DATA_DIR`, export/import, backup/restore, and what happens when the disk is full or
//! the data folder is read-only.
// Unix-only: exit statuses, permissions, pipes, links and rlimits as Unix has them.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MEND: &str = env!("CARGO_BIN_EXE_mend");

fn dir(name: &str) -> PathBuf {
    // A new, empty folder with an unpredictable name (`tempfile`); each test removes its own.
    let d = tempfile::Builder::new().prefix(&format!("mend-cli-{name}-")).tempdir().unwrap().keep();
    std::fs::remove_dir(&d).unwrap(); // Mend creates it, as on a first start.
    d
}

fn mend(data: &Path, args: &[&str]) -> Output {
    // In English, whatever the machine's locale (her language is the system's until she chooses).
    Command::new(MEND)
        .args(args)
        .env("MEND_DATA_DIR", data)
        .env_remove("DISPLAY")
        .env_remove("LANGUAGE")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("mend runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn entries(data: &Path) -> i64 {
    let out = mend(data, &["check"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    s.split(", ").find_map(|p| p.strip_suffix(" entries")).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("{s}"))
}

#[test]
fn log_export_import_and_exit_codes() {
    let a = dir("a");
    let out =
        mend(&a, &["log", "pain", "--score", "4", "--date", "2026-01-05", "--location", "lower_back", "--note", "ok"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let logged: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((logged["score"].as_i64(), logged["date"].as_str()), (Some(4), Some("2026-01-05")));
    assert!(a.join("mend.sqlite3").exists(), "MEND_DATA_DIR is honoured");
    assert_eq!(mend(&a, &["log", "exercise", "--kind", "walking", "--minutes", "20"]).status.code(), Some(0));
    assert_eq!(mend(&a, &["log", "calcium", "--mg", "500", "--source", "supplement"]).status.code(), Some(0));

    // Wrong input: exit 1, a message on stderr saying what is wrong, nothing on stdout, nothing stored.
    for (args, needle) in [
        (vec!["log", "pain", "--score", "11"], "Pain score must be a whole number from 0"),
        (vec!["log", "pain", "--score", "seven"], "Got the text \"seven\""),
        (vec!["log", "pain", "--score", "3", "--date", "2026-02-30"], "not a real calendar date"),
        (vec!["log", "exercise", "--kind", "running", "--minutes", "20"], "\"running\" is not one of"),
        (vec!["log", "calcium", "--mg", "5001", "--source", "food"], "1 to 5,000"),
        (vec!["log", "pain"], "--score"),
        (vec!["frobnicate"], "unrecognized subcommand"),
        (vec!["log", "weight"], "unrecognized subcommand"),
        (vec!["log", "mood"], "--score"),
    ] {
        let out = mend(&a, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(text(&out.stderr).contains(needle), "{args:?}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty());
    }
    assert_eq!(entries(&a), 3);

    // What a desktop launcher adds opens the window (here: no display, so a clear message and
    // exit 2), never a command-line error and never a change to the data.
    for launcher in [vec!["%U"], vec!["-psn_0_12345"], vec!["/tmp/some file.json"], vec![]] {
        let out = mend(&a, &launcher);
        assert_eq!(out.status.code(), Some(2), "{launcher:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains("no display to open the window on"), "{launcher:?}: {}", text(&out.stderr));
    }
    assert_eq!(entries(&a), 3);

    let json = a.join("out.json");
    let out = mend(&a, &["export", "--format", "json", "--out", json.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let b = dir("b");
    let dry = mend(&b, &["import", json.to_str().unwrap(), "--dry-run"]);
    assert!(
        text(&dry.stdout).starts_with("Would add 1 pain check-in, 1 exercise session and 1 calcium entry"),
        "{}",
        text(&dry.stdout)
    );
    assert_eq!(entries(&b), 0, "a dry run changes nothing");
    assert!(text(&mend(&b, &["import", json.to_str().unwrap()]).stdout).starts_with("Added 1 pain"));
    assert!(text(&mend(&b, &["import", json.to_str().unwrap()]).stdout).contains("3 already present"));
    assert_eq!(entries(&b), 3);

    // Backup, then restore it over later changes.
    let snap = a.join("snap.sqlite3");
    assert_eq!(mend(&a, &["backup", "--out", snap.to_str().unwrap()]).status.code(), Some(0));
    mend(&a, &["log", "pain", "--score", "9"]);
    assert_eq!(entries(&a), 4);
    let out = mend(&a, &["restore", snap.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(entries(&a), 3);

    // Environment at fault: exit 2.
    let out = mend(&a, &["export", "--format", "csv", "--out", "/proc/no-such-dir/x.csv"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).starts_with("mend: Mend could not use /proc/no-such-dir/x.csv"), "{}", text(&out.stderr));
    std::fs::write(a.join("mend.sqlite3-wal"), b"").ok();
    for d in [a, b] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn sleep_mood_and_tags_from_the_command_line() {
    let a = dir("factors");
    let ok = |args: &[&str]| {
        let out = mend(&a, args);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let day: serde_json::Value =
        serde_json::from_str(&ok(&["log", "sleep", "--hours", "6.5", "--date", "2026-01-05"])).unwrap();
    assert_eq!(day["sleepHours"], 6.5);
    let day: serde_json::Value =
        serde_json::from_str(&ok(&["log", "mood", "--score", "4", "--date", "2026-01-05"])).unwrap();
    assert_eq!((day["sleepHours"].as_f64(), day["mood"].as_i64()), (Some(6.5), Some(4)));
    ok(&["log", "sleep", "--hours", "7"]);
    let tag: serde_json::Value = serde_json::from_str(&ok(&["tag", "add", "  Physio day "])).unwrap();
    assert_eq!(tag["name"], "Physio day");
    ok(&["tag", "add", "Long car ride"]);
    let day: serde_json::Value =
        serde_json::from_str(&ok(&["tag", "on", "physio DAY", "--date", "2026-01-05"])).unwrap();
    assert_eq!(day["tags"][0]["name"], "Physio day");
    ok(&["tag", "on", "Long car ride"]);
    ok(&["tag", "off", "Long car ride"]);
    ok(&["tag", "rename", "Long car ride", "Car ride"]);
    ok(&["tag", "retire", "Car ride"]);
    assert_eq!(ok(&["tag", "list"]), "Physio day\nCar ride (retired)\n");
    ok(&["tag", "unretire", "Car ride"]);
    assert_eq!(ok(&["tag", "list"]), "Car ride\nPhysio day\n");

    // Wrong input: exit 1, the field named in the message, nothing written.
    let export = a.join("before.json");
    let snapshot = || {
        ok(&["export", "--format", "json", "--out", export.to_str().unwrap()]);
        let mut doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&export).unwrap()).unwrap();
        doc.as_object_mut().unwrap().remove("exportedAt");
        doc
    };
    let before = snapshot();
    assert_eq!(before["days"].as_array().unwrap().len(), 2);
    assert_eq!(before["dayTags"], serde_json::json!([{"date": "2026-01-05", "tag": "Physio day"}]));
    for (args, needle) in [
        (vec!["log", "sleep", "--hours", "6.25"], "Sleep is counted in half hours"),
        (vec!["log", "sleep", "--hours", "25"], "Sleep must be a number of hours from 0 to 24"),
        (vec!["log", "mood", "--score", "-1"], "Mood must be a whole number from 0"),
        (
            vec!["log", "mood", "--score", "4", "--date", "tomorrow"],
            "Date: \"tomorrow\" is not a date written YYYY-MM-DD",
        ),
        (vec!["tag", "add", ""], "A tag name cannot be empty"),
        (vec!["tag", "add", "CAR RIDE"], "You already have a tag called \"Car ride\""),
        (vec!["tag", "on", "Gardening"], "You have no tag called \"Gardening\""),
    ] {
        let out = mend(&a, &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", text(&out.stderr));
        assert!(text(&out.stderr).contains(needle), "{args:?}: {}", text(&out.stderr));
        assert!(out.stdout.is_empty(), "{args:?}");
        assert_eq!(snapshot(), before, "{args:?} wrote something");
    }
    std::fs::remove_dir_all(&a).unwrap();
}

/// A fixture written from another app's export code (`core/tests/fixtures/import/README.md`).
fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("core/tests/fixtures/import").join(name).to_string_lossy().into_owned()
}

#[test]
fn other_apps_files_import_through_the_command_line_and_twice_adds_nothing() {
    let a = dir("apps");
    let run = |args: &[&str]| {
        // Pain Tracker writes UTC: in Shanghai (UTC+8) 23:15 on the 19th is 07:15 on the 20th.
        let out = Command::new(MEND)
            .args(args)
            .env("MEND_DATA_DIR", &a)
            .env("TZ", "Asia/Shanghai")
            .env("LC_ALL", "C.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("DISPLAY")
            .output()
            .expect("mend runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let (drip, flaredown, tracker, own) =
        (fixture("drip-data.csv"), fixture("flaredown.csv"), fixture("pain-tracker.csv"), fixture("generic.csv"));
    let said = run(&["import", &drip]);
    assert!(said.starts_with("Read as a drip export. Added 0 pain check-ins"), "{said}");
    assert!(said.contains("Created the tags \"Back pain\", \"Tired\", \"Happy\", \"Anxious\""), "{said}");
    assert!(said.contains("temperature (cycle data) (3)"), "{said}");
    let said = run(&["import", &flaredown, "--dry-run"]);
    assert!(said.contains("Flaredown's 0–4 rating \"Lower back pain\" → 0–10: ×2.5"), "{said}");
    assert!(said.contains("Would add 3 pain check-ins"), "{said}");
    let said = run(&["import", &flaredown, "--leave-out", "Lower back pain"]);
    assert!(said.contains("Added 0 pain check-ins") && said.contains("is left out"), "{said}");
    let said = run(&["import", &flaredown]);
    assert!(said.contains("Added 3 pain check-ins"), "{said}");
    assert!(run(&["import", &tracker]).contains("Added 3 pain check-ins"));
    let habits = fixture("loop-habits.zip");
    let said = run(&["import", &habits]);
    assert!(
        said.starts_with(
            "Read as a Loop Habit Tracker export. Added 0 pain check-ins, 2 exercise sessions and 2 calcium entries"
        ),
        "{said}"
    );
    assert!(said.contains("Created the tags \"Physio exercises\", \"用了婴儿背带\""), "{said}");
    let diary = fixture("pain-diary-backup.json");
    let said = run(&["import", &diary]);
    assert!(said.starts_with("Read as a Privacy Friendly Pain Diary export. Added 2 pain check-ins"), "{said}");
    assert!(said.contains("medication (2)") && !said.contains("Mei"), "{said}");
    let bearable = fixture("bearable.csv");
    let said = run(&["import", &bearable]);
    assert!(said.contains("Bearable's 0–4 rating \"Back pain\" → 0–10: ×2.5"), "{said}");
    // Loop already brought sleep for both days: hers is never overwritten, so both count as present.
    assert!(said.contains("Added 3 pain check-ins") && said.contains("; 2 already present"), "{said}");
    let map = "date=Day,format=DD/MM/YYYY,time=Time,pain=Back pain,note=Notes,calcium=Calcium (mg),sleep=Sleep,mood=Mood,tag=Physio";
    let said = run(&["import", &own, "--map", map]);
    assert!(
        said.starts_with(
            "Read with your column mapping. Added 3 pain check-ins, 0 exercise sessions and 2 calcium entries"
        ),
        "{said}"
    );
    // Every file again: nothing new.
    for args in [
        vec!["import", &drip],
        vec!["import", &flaredown],
        vec!["import", &tracker],
        vec!["import", &habits],
        vec!["import", &diary],
        vec!["import", &bearable],
        vec!["import", &own, "--map", map],
    ] {
        let said = run(&args);
        assert!(said.contains("Added 0 pain check-ins, 0 exercise sessions and 0 calcium entries"), "{args:?}: {said}");
        assert!(
            !said.contains("Created the tags") && !said.contains("to days") && !said.contains("sleep or mood"),
            "{args:?}: {said}"
        );
    }
    let out = a.join("all.json");
    run(&["export", "--format", "json", "--out", out.to_str().unwrap()]);
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let pain: Vec<String> = doc["pain"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            format!(
                "{} {} {} {}",
                p["date"].as_str().unwrap(),
                p["time"].as_str().unwrap_or("-"),
                p["score"],
                p["note"].as_str().unwrap()
            )
        })
        .collect();
    assert!(pain.contains(&"2026-11-17 - 8 from Flaredown, 3 of 4".to_owned()), "{pain:?}");
    assert!(pain.contains(&"2026-11-20 07:15 6 stiff after the night feed (from Pain Tracker)".to_owned()), "{pain:?}");
    assert!(
        pain.contains(&"2026-11-20 00:30 7 carried her up the stairs; \"heavy\" (from Pain Tracker)".to_owned()),
        "{pain:?}"
    );
    assert!(pain.contains(&"2026-11-03 08:00 5 better after the walk".to_owned()), "{pain:?}");
    assert!(pain.contains(&"2026-11-18 - 6 bad night (from Privacy Friendly Pain Diary)".to_owned()), "{pain:?}");
    assert!(pain.contains(&"2026-11-20 - 5 after the school run (from Bearable, 2 of 4)".to_owned()), "{pain:?}");
    assert_eq!(pain.len(), 14, "{pain:?}");
    assert!(!String::from_utf8_lossy(&std::fs::read(&out).unwrap()).contains("Mei"), "nothing of its users table");
    assert!(doc["dayTags"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!({"date": "2026-11-20", "tag": "Back pain"})));
    assert!(doc["dayTags"]
        .as_array()
        .unwrap()
        .contains(&serde_json::json!({"date": "2026-11-19", "tag": "用了婴儿背带"})));
    assert_eq!(doc["calcium"].as_array().unwrap().len(), 2 + 2, "Loop's two, and the CSV of her own's two");
    std::fs::remove_dir_all(&a).unwrap();
}

#[test]
fn check_fails_with_exit_2_on_a_damaged_file_and_leaves_it_alone() {
    let a = dir("damaged");
    std::fs::create_dir_all(&a).unwrap();
    std::fs::write(a.join("mend.sqlite3"), b"garbage that is not a database").unwrap();
    let out = mend(&a, &["check"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("not a database Mend can read"), "{}", text(&out.stderr));
    assert_eq!(std::fs::read(a.join("mend.sqlite3")).unwrap(), b"garbage that is not a database");
    std::fs::remove_dir_all(a).unwrap();
}

/// Runs `mend` with a pre-exec hook (resource limits, another user).
fn mend_with(data: &Path, args: &[&str], hook: impl FnMut() -> std::io::Result<()> + Send + Sync + 'static) -> Output {
    use std::os::unix::process::CommandExt;
    let mut cmd = Command::new(MEND);
    cmd.args(args).env("MEND_DATA_DIR", data).env_remove("LANGUAGE").env("LC_ALL", "C.UTF-8");
    unsafe { cmd.pre_exec(hook) };
    cmd.output().unwrap()
}

#[test]
fn a_full_disk_gives_a_clear_error_and_no_partial_write() {
    let a = dir("full");
    assert_eq!(mend(&a, &["log", "pain", "--score", "3"]).status.code(), Some(0));
    let note = "x".repeat(9_000);
    // No file may grow beyond 8 KiB, so SQLite cannot grow its write-ahead log or shared-memory
    // file: writes fail as they would on a full disk.
    let out = mend_with(&a, &["log", "pain", "--score", "5", "--note", &note], || {
        unsafe {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit { rlim_cur: 8192, rlim_max: 8192 };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
        }
        Ok(())
    });
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("could not read or write its database: the disk may be full"), "{err}");
    assert_eq!(entries(&a), 1, "nothing half-written");
    std::fs::remove_dir_all(a).unwrap();
}

#[test]
fn a_read_only_data_folder_gives_a_clear_error() {
    let a = dir("readonly");
    assert_eq!(mend(&a, &["log", "pain", "--score", "3"]).status.code(), Some(0));
    use std::os::unix::fs::PermissionsExt;
    let root = unsafe { libc::geteuid() } == 0;
    // Root ignores permission bits, so as root the writer runs as `nobody` on a folder it owns
    // (Mend refuses a folder of another user's) and can read but not write.
    let owner = |uid: u32| {
        for p in [a.clone(), a.join("mend.sqlite3")] {
            let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
            assert_eq!(unsafe { libc::chown(c.as_ptr(), uid, uid) }, 0);
        }
    };
    if root {
        owner(65534);
    }
    std::fs::set_permissions(&a, std::fs::Permissions::from_mode(0o555)).unwrap();
    std::fs::set_permissions(a.join("mend.sqlite3"), std::fs::Permissions::from_mode(0o444)).unwrap();
    for side in ["mend.sqlite3-wal", "mend.sqlite3-shm"] {
        let _ = std::fs::remove_file(a.join(side));
    }
    let out = mend_with(&a, &["log", "pain", "--score", "5"], move || {
        if root {
            unsafe {
                if libc::setgid(65534) != 0 || libc::setuid(65534) != 0 {
                    return Err(std::io::Error::last_os_error());
                }
            }
        }
        Ok(())
    });
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.starts_with("mend: Mend could not read or write its database: the data folder is read-only"), "{err}");
    std::fs::set_permissions(&a, std::fs::Permissions::from_mode(0o700)).unwrap();
    std::fs::set_permissions(a.join("mend.sqlite3"), std::fs::Permissions::from_mode(0o600)).unwrap();
    if root {
        owner(0);
    }
    assert_eq!(entries(&a), 1);
    std::fs::remove_dir_all(a).unwrap();
}

#[test]
fn report_writes_a_private_pdf_with_her_figures_and_her_notes_only_when_asked() {
    let data = dir("report");
    for (date, score, note) in
        [("2026-11-01", "6", "stiff after feeding"), ("2026-11-02", "5", ""), ("2026-11-03", "4", "")]
    {
        let mut args = vec!["log", "pain", "--score", score, "--date", date];
        if !note.is_empty() {
            args.extend(["--note", note]);
        }
        assert!(mend(&data, &args).status.success());
    }
    let pdf = data.join("for my GP.pdf");
    let pdf_arg = pdf.to_str().unwrap();
    let base = ["report", "--from", "2026-11-01", "--to", "2026-11-03", "--out", pdf_arg];
    let out =
        mend(&data, &[&base[..], &["--paper", "letter", "--questions", "When can I lift the car seat?"]].concat());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Saved the report to"), "{}", text(&out.stdout));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&pdf).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let read = |pdf: &Path| {
        let out = Command::new("pdftotext")
            .args(["-layout", pdf.to_str().unwrap(), "-"])
            .output()
            .expect("pdftotext is needed: run `make deps` (apt-get install poppler-utils)");
        text(&out.stdout)
    };
    let without = read(&pdf);
    for wanted in ["1 November 2026", "3 November 2026", "3 of 3 days", "When can I lift the car seat?"] {
        assert!(without.contains(wanted), "{wanted:?} in:\n{without}");
    }
    assert!(!without.contains("stiff after feeding"), "notes stay out unless asked");
    let info = Command::new("pdfinfo").arg(&pdf).output().unwrap();
    assert!(text(&info.stdout).contains("612 x 792 pts"), "letter paper: {}", text(&info.stdout));

    assert!(mend(&data, &[&base[..], &["--notes"]].concat()).status.success());
    assert!(read(&pdf).contains("stiff after feeding"), "her notes, when she asks");
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn a_log_in_start_is_a_window_start_not_a_command() {
    // `--background` (what "Start Mend when I log in" adds) opens the window, so without a
    // display it says so, rather than calling it a wrong command line.
    let out = mend(&dir("background"), &["--background"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("no display to open the window on"), "{}", text(&out.stderr));
}

#[test]
fn report_follows_the_language_in_force() {
    let data = dir("report-zh");
    assert!(mend(&data, &["log", "pain", "--score", "5", "--date", "2026-11-01"]).status.success());
    let pdf = data.join("zh.pdf");
    let args = ["report", "--from", "2026-11-01", "--to", "2026-11-03", "--out", pdf.to_str().unwrap()];
    // A Chinese system, and she has not chosen a language: the report is in Chinese.
    let out = Command::new(MEND)
        .args(args)
        .env("MEND_DATA_DIR", &data)
        .env_remove("LANGUAGE")
        .env("LC_ALL", "zh_CN.UTF-8")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let read = Command::new("pdftotext").args([pdf.to_str().unwrap(), "-"]).output().unwrap();
    let read = text(&read.stdout);
    assert!(read.contains("腰背痛、运动和钙：就诊摘要") && read.contains("3 天中有 1 天"), "{read}");
    // An English system: English.
    let out = Command::new(MEND)
        .args(args)
        .env("MEND_DATA_DIR", &data)
        .env_remove("LANGUAGE")
        .env("LC_ALL", "en_GB.UTF-8")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let read = Command::new("pdftotext").args([pdf.to_str().unwrap(), "-"]).output().unwrap();
    assert!(text(&read.stdout).contains("1 of 3 days"), "{}", text(&read.stdout));
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn the_command_line_speaks_the_systems_language_until_she_chooses_one() {
    let data = dir("chinese");
    let zh = |args: &[&str]| {
        Command::new(MEND)
            .args(args)
            .env("MEND_DATA_DIR", &data)
            .env_remove("DISPLAY")
            .env_remove("LANGUAGE")
            .env("LC_ALL", "zh_CN.UTF-8")
            .env("LANG", "zh_CN.UTF-8")
            .output()
            .unwrap()
    };
    let out = zh(&["--background"]);
    assert!(text(&out.stderr).starts_with("mend: 没有可以打开窗口的显示器"), "{}", text(&out.stderr));
    let out = zh(&["backup"]);
    assert!(out.status.success() && text(&out.stdout).starts_with("已备份到 "), "{}", text(&out.stdout));
    let out = zh(&["check"]);
    assert!(text(&out.stdout).starts_with("ok: 完整性正常"), "{}", text(&out.stdout));
    assert!(zh(&["tag", "add", "Physio day"]).status.success());
    assert!(zh(&["tag", "retire", "Physio day"]).status.success());
    assert_eq!(text(&zh(&["tag", "list"]).stdout).trim(), "Physio day（已停用）");
    // The --help text is clap's, in English.
    assert!(text(&zh(&["--help"]).stdout).contains("Usage:"));
    std::fs::remove_dir_all(&data).unwrap();
}

#[test]
fn the_manual_page_and_the_long_help_give_the_exit_status_and_environment() {
    let data = dir("man");
    let out = mend(&data, &["--man-page"]);
    assert_eq!(out.status.code(), Some(0));
    let page = text(&out.stdout);
    assert!(page.contains(".TH MEND 1 ") && page.contains(".SH \"EXIT STATUS\""), "{page}");
    let help = text(&mend(&data, &["--help"]).stdout);
    assert!(help.contains("Exit status:\n  0") && help.contains("MEND_DATA_DIR"), "{help}");
    assert!(!text(&mend(&data, &["-h"]).stdout).contains("Exit status"), "-h stays short");
    assert!(!data.exists(), "printing the page or the help touches no data folder");
}

#[test]
fn a_window_that_cannot_start_says_why_and_keeps_it_in_mend_log() {
    // The data folder is a file: Mend cannot start. (A display is named, so the window would
    // be next; the failure comes first. Debug builds never wait on a dialog.)
    let tmp = dir("startup-tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    let not_a_folder = tmp.join("data-is-a-file");
    std::fs::write(&not_a_folder, "x").unwrap();
    let out = Command::new(MEND)
        .env("MEND_DATA_DIR", &not_a_folder)
        .env("DISPLAY", ":9999")
        .env("TMPDIR", &tmp)
        .env("LC_ALL", "C.UTF-8")
        .env_remove("LANGUAGE")
        .output()
        .expect("mend runs");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let said = text(&out.stderr);
    assert!(said.starts_with("mend: Mend could not use"), "{said}");
    // Where the data folder is unusable, the log goes to the temporary folder instead.
    let log = std::fs::read_to_string(tmp.join("mend.log")).expect("mend.log written");
    let line = said.trim_start_matches("mend: ").trim_end();
    assert!(log.ends_with(&format!(" {line}\n")), "{log:?} against {line:?}");
    assert_eq!(std::fs::read(&not_a_folder).unwrap(), b"x", "nothing changed");
    std::fs::remove_dir_all(&tmp).unwrap();
}

#[test]
fn her_data_folder_does_not_depend_on_the_app_identifier() {
    // The identifier changed from org.mend.app to org.mend.Mend; the data folder is Mend's own
    // name (directories' ProjectDirs "org", "mend", "Mend"), so nothing of hers moves.
    let home = dir("home");
    std::fs::create_dir_all(&home).unwrap();
    let out = Command::new(MEND)
        .args(["log", "pain", "--score", "3"])
        .env("HOME", &home)
        .env_remove("MEND_DATA_DIR")
        .env_remove("XDG_DATA_HOME")
        .env_remove("DISPLAY")
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("mend runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let share = home.join(".local/share");
    assert!(share.join("mend/mend.sqlite3").is_file());
    let names: Vec<String> =
        std::fs::read_dir(&share).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names, ["mend"], "no folder named after the identifier");
    std::fs::remove_dir_all(&home).unwrap();
}
