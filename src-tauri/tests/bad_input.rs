//! Bad input, everywhere: a table of wrong values through the UI's IPC, the command line,
//! CSV and JSON imports and database files. Each must give a clear error and change nothing;
//! every case compares the data before and after.
// Unix-only: exit statuses, permissions, pipes, links and rlimits as Unix has them.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};
use tauri::test::mock_builder;
use tauri::Manager;

mod common;

use mend_core::factors::{Sleep, TagName};
use mend_core::input::FromInput;
use mend_core::model::{Calcium, Exercise, Pain, Profile};
use mend_core::transfer::Format;
use mend_core::Store;

const MEND: &str = env!("CARGO_BIN_EXE_mend");

/// A data folder with a little of everything in it.
fn seeded(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mend-bad-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let s = Store::open(&d).unwrap();
    let today = s.today().to_string();
    let t = s.today();
    s.save_profile(&Profile::from_input(&json!({"ageBand": "19-50", "breastfeeding": true}), t).unwrap()).unwrap();
    s.log(Pain::from_input(&json!({"date": today, "score": 4, "locations": ["pelvis"]}), t).unwrap()).unwrap();
    s.log(Exercise::from_input(&json!({"date": today, "kind": "yoga", "minutes": 20}), t).unwrap()).unwrap();
    s.log(Calcium::from_input(&json!({"date": today, "mg": 300, "source": "food"}), t).unwrap()).unwrap();
    // Tag 1 "Physio day", on today; tag 2 "Night feeds", retired.
    let physio = s.create_tag(&TagName::parse("Physio day").unwrap()).unwrap();
    s.set_day_tag(t, physio.id, true).unwrap();
    let retired = s.create_tag(&TagName::parse("Night feeds").unwrap()).unwrap();
    s.retire_tag(retired.id, true).unwrap();
    s.set_sleep(t, Sleep::from_half_hours(13)).unwrap();
    d
}

/// Everything in a data folder, as a JSON export without its timestamp.
fn snapshot(dir: &Path) -> Value {
    let s = Store::open(dir).unwrap();
    let mut doc: Value = serde_json::from_slice(&s.export(Format::Json).unwrap()).unwrap();
    doc.as_object_mut().unwrap().remove("exportedAt");
    doc
}

#[test]
fn through_the_uis_ipc() {
    let dir = seeded("ipc");
    let store = Store::open(&dir).unwrap();
    let app = mend_lib::app(mock_builder(), store).build(mend_lib::context()).unwrap();
    let w = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
    let today = chrono::Local::now().date_naive();
    let invoke = |cmd: &str, body: Value| common::invoke(&w, cmd, body);
    let export = || {
        let mut v: Value = serde_json::from_slice(&app.state::<Store>().export(Format::Json).unwrap()).unwrap();
        v.as_object_mut().unwrap().remove("exportedAt");
        v
    };
    let d = today.to_string();
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        ("log_pain", json!({"entry": {"date": d, "score": "7"}}), "score", "Got the text \"7\""),
        ("log_pain", json!({"entry": {"date": d, "score": 5.5}}), "score", "Got 5.5"),
        ("log_pain", json!({"entry": {"date": d, "score": -1}}), "score", "Got -1"),
        ("log_pain", json!({"entry": {"date": d, "score": 11}}), "score", "Got 11"),
        ("log_pain", json!({"entry": {"date": d, "score": null}}), "score", "missing"),
        ("log_pain", json!({"entry": {"date": d, "score": 1e308}}), "score", "whole number"),
        ("log_pain", json!({"entry": {"date": "2026-02-30", "score": 3}}), "date", "not a real calendar date"),
        (
            "log_pain",
            json!({"entry": {"date": (today + chrono::Days::new(1)).to_string(), "score": 3}}),
            "date",
            "cannot be after",
        ),
        ("log_pain", json!({"entry": {"date": "1999-12-31", "score": 3}}), "date", "on or after 2000-01-01"),
        (
            "log_pain",
            json!({"entry": {"date": d, "score": 3, "locations": ["knee"]}}),
            "locations",
            "\"knee\" is not one of",
        ),
        (
            "log_pain",
            json!({"entry": {"date": d, "score": 3, "note": "a".repeat(1_000_000)}}),
            "note",
            "too long: 1,000,000",
        ),
        ("log_pain", json!({"entry": {"date": d, "score": 3, "time": "25:00"}}), "time", "HH:MM"),
        ("log_pain", json!({"entry": [1, 2, 3]}), "", "object with named fields"),
        ("log_exercise", json!({"entry": {"date": d, "kind": "running", "minutes": 5}}), "kind", "not one of"),
        ("log_exercise", json!({"entry": {"date": d, "kind": "yoga", "minutes": 0}}), "minutes", "1 to 600"),
        (
            "log_exercise",
            json!({"entry": {"date": d, "kind": "yoga", "minutes": 20, "intensity": 3}}),
            "intensity",
            "not one of",
        ),
        ("log_calcium", json!({"entry": {"date": d, "mg": 5001, "source": "food"}}), "mg", "1 to 5,000"),
        ("log_calcium", json!({"entry": {"date": d, "mg": 300, "source": "pill"}}), "source", "not one of"),
        ("update_pain", json!({"id": 999_999, "entry": {"date": d, "score": 1}}), "", "no pain entry with id 999999"),
        ("delete_entry", json!({"kind": "mood", "id": 1}), "kind", "one of"),
        ("save_profile", json!({"profile": {"ageBand": "30-40"}}), "ageBand", "not one of"),
        ("save_red_flags", json!({"date": d, "flags": ["tired"]}), "flags", "Unknown red flag"),
        ("chart_svg", json!({"request": {"chart": "pain", "from": d, "to": "2020-01-01"}}), "to", "before start date"),
        ("update_reminder", json!({"id": "stand-and-stretch", "settings": {"minutes": 1}}), "minutes", "5 to 240"),
        // The day's factors and her tags.
        ("set_sleep", json!({"date": d, "hours": 6.25}), "hours", "in half hours"),
        ("set_sleep", json!({"date": d, "hours": 24.5}), "hours", "from 0 to 24"),
        ("set_sleep", json!({"date": d, "hours": "6"}), "hours", "Got the text \"6\""),
        ("set_sleep", json!({"date": "2026-02-30", "hours": 6}), "date", "not a real calendar date"),
        ("set_mood", json!({"date": d, "mood": 11}), "mood", "0 (very low) to 10 (very good)"),
        ("set_mood", json!({"date": d, "mood": 4.5}), "mood", "Got 4.5"),
        ("set_mood", json!({"date": d, "mood": [4]}), "mood", "Got a list"),
        ("set_mood", json!({"date": (today + chrono::Days::new(1)).to_string(), "mood": 4}), "date", "after today"),
        ("create_tag", json!({"name": ""}), "name", "cannot be empty"),
        ("create_tag", json!({"name": "x".repeat(41)}), "name", "at most 40 characters"),
        ("create_tag", json!({"name": "two\nlines"}), "name", "control characters"),
        ("create_tag", json!({"name": 7}), "name", "must be text"),
        ("create_tag", json!({"name": " PHYSIO DAY "}), "name", "already have a tag called \"Physio day\""),
        ("create_tag", json!({"name": "night feeds"}), "name", "retired: bring it back"),
        ("rename_tag", json!({"id": 1, "name": "Night Feeds"}), "name", "already have a tag"),
        ("rename_tag", json!({"id": 999, "name": "Walk"}), "tagId", "no tag with id 999"),
        ("rename_tag", json!({"id": "1", "name": "Walk"}), "tagId", "positive whole number"),
        ("retire_tag", json!({"id": 1, "retired": "yes"}), "retired", "true or false"),
        ("set_day_tag", json!({"date": d, "tagId": 999, "on": true}), "tagId", "no tag with id 999"),
        ("set_day_tag", json!({"date": d, "tagId": 2, "on": true}), "tagId", "is retired"),
        ("set_day_tag", json!({"date": d, "tagId": 1, "on": "no"}), "on", "true or false"),
        // The report is checked before any dialog opens.
        ("save_report", json!({"request": {"from": d, "to": d, "notes": "yes"}}), "notes", "true or false"),
        ("save_report", json!({"request": {"from": d, "to": d, "paper": "a3"}}), "paper", "not one of"),
        ("save_report", json!({"request": {"from": d, "to": "2020-01-01"}}), "to", "before start date"),
        (
            "save_report",
            json!({"request": {"from": d, "to": d, "questions": "?".repeat(2_001)}}),
            "questions",
            "too long",
        ),
        ("save_report", json!({"request": {"from": "2000-01-01", "to": "2000-01-31"}}), "from", "no entries"),
        ("insights", json!({"range": {"from": d, "to": "2020-01-01"}}), "to", "before start date"),
        ("insights", json!({"range": {"from": 20261101, "to": d}}), "from", "YYYY-MM-DD"),
        // Her language: only one Mend speaks, by its exact tag.
        ("set_language", json!({"lang": "fr"}), "lang", "one of: en, zh-CN"),
        ("set_language", json!({"lang": "zh_CN"}), "lang", "one of: en, zh-CN"),
        ("set_language", json!({"lang": 5}), "lang", "one of: en, zh-CN"),
        ("set_language", json!({}), "lang", "one of: en, zh-CN"),
    ];
    for (cmd, body, field, needle) in &cases {
        let before = export();
        let err = invoke(cmd, body.clone()).expect_err(&format!("{cmd} {body} must fail"));
        let message = err["message"].as_str().unwrap_or_default();
        assert!(message.contains(needle), "{cmd}: {message:?} should contain {needle:?}");
        if !field.is_empty() {
            assert_eq!(err["field"], *field, "{cmd}: {err}");
        }
        assert_eq!(export(), before, "{cmd} {body} changed the data");
    }
    // The export leaves settings out: no language was kept either, so the system's still rules.
    let system = mend_core::i18n::Lang::ZhCn;
    assert_eq!(app.state::<Store>().language_or(system), system);

    // In Chinese, every one of them says what is wrong in Chinese: no English sentence, no
    // message id, no placeholder left unfilled; and still changes nothing.
    app.state::<Store>().set_language(mend_core::i18n::Lang::ZhCn).unwrap();
    for (cmd, body, field, _) in &cases {
        if *cmd == "save_report" && body["request"]["from"] == "2000-01-01" {
            // A range without entries is refused by the report itself (report/, report.ftl).
            continue;
        }
        let before = export();
        let err = invoke(cmd, body.clone()).expect_err(&format!("{cmd} {body} must fail"));
        let message = err["message"].as_str().unwrap_or_default();
        assert!(said_in_chinese(message), "{cmd} {body}: {message:?}");
        if !field.is_empty() {
            assert_eq!(err["field"], *field, "{cmd}: {err}");
        }
        assert_eq!(export(), before, "{cmd} {body} changed the data");
    }
    let err = invoke("log_pain", json!({"entry": {"date": d, "score": 11}})).unwrap_err();
    assert_eq!(err["message"], "疼痛评分必须是 0（不痛）到 10（能想象到的最痛）之间的整数。收到的是：11。");
    let err = invoke("log_exercise", json!({"entry": {"date": d, "kind": "running", "minutes": 5}})).unwrap_err();
    assert!(err["message"].as_str().unwrap().starts_with("运动类型：\"running\" 不在可选值之中"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A message in Chinese: Chinese characters, no English sentence, no message id and no
/// placeholder left unfilled (technical detail and what she typed may stay as they are).
fn said_in_chinese(message: &str) -> bool {
    let cjk = message.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let ids = ["err-", "field-", "what-", "value-", "place-", "vocab-", "sign-", "notice-", "card-", "cli-", "damage-"];
    let english = ["must be", "is not", "cannot", "There is", "You ", "Got ", "Choose", "Unknown"];
    cjk && !message.contains('{')
        && !ids.iter().any(|id| message.contains(id))
        && !english.iter().any(|w| message.contains(w))
}

/// Runs the command line on `dir` in English (the system's language, as no other is kept).
fn run(dir: &Path, args: &[&str]) -> (i32, String) {
    run_in(dir, args, "C.UTF-8")
}

/// Runs the command line on `dir` with the system locale `locale`.
fn run_in(dir: &Path, args: &[&str], locale: &str) -> (i32, String) {
    let out = Command::new(MEND)
        .args(args)
        .env("MEND_DATA_DIR", dir)
        .env_remove("LANGUAGE")
        .env("LC_ALL", locale)
        .env("LANG", locale)
        .output()
        .unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn the_command_line_says_what_is_wrong_in_the_systems_language() {
    let dir = seeded("zh");
    let before = snapshot(&dir);
    let empty = dir.join("empty.csv");
    std::fs::write(&empty, b"").unwrap();
    let zh = "zh_CN.UTF-8";
    for (args, wanted) in [
        (
            &["log", "pain", "--score", "11"][..],
            "疼痛评分必须是 0（不痛）到 10（能想象到的最痛）之间的整数。收到的是：11。",
        ),
        (&["log", "sleep", "--hours", "6.25"], "睡眠以半小时为单位计算"),
        (&["log", "exercise", "--kind", "running", "--minutes", "20"], "运动类型：\"running\" 不在可选值之中"),
        (&["log", "mood", "--score", "4", "--date", "2026-02-30"], "日期：2026-02-30 不是日历上真实存在的日期。"),
        (&["tag", "on", "Nope"], "你还没有名为“Nope”的标签"),
        (&["import", empty.to_str().unwrap()], "empty.csv 是空的"),
    ] {
        let (code, err) = run_in(&dir, args, zh);
        assert_eq!(code, 1, "{args:?}: {err}");
        assert!(err.starts_with("mend: ") && err.contains(wanted), "{args:?}: {err}");
        assert!(said_in_chinese(&err), "{args:?}: {err}");
        // In English where the system is English.
        let (_, err) = run_in(&dir, args, "en_GB.UTF-8");
        assert!(!err.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{args:?}: {err}");
    }
    assert_eq!(snapshot(&dir), before, "nothing changed");
    // What she chose in the window wins over the system's language.
    Store::open(&dir).unwrap().set_language(mend_core::i18n::Lang::ZhCn).unwrap();
    let (_, err) = run_in(&dir, &["log", "pain", "--score", "11"], "en_GB.UTF-8");
    assert!(err.contains("疼痛评分必须是"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn through_the_command_line_and_imported_files() {
    let dir = seeded("files");
    let file = |name: &str, bytes: &[u8]| {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p.to_string_lossy().into_owned()
    };
    let header = "kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\n";
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["log".into(), "pain".into(), "--score".into(), "NaN".into()], "Got the text \"NaN\""),
        (vec!["log".into(), "pain".into(), "--score".into(), "inf".into()], "Got the text \"inf\""),
        (
            vec!["log".into(), "calcium".into(), "--mg".into(), "1e3".into(), "--source".into(), "food".into()],
            "Got 1000.0",
        ),
        (
            vec!["log".into(), "pain".into(), "--score".into(), "3".into(), "--note".into(), "n".repeat(100_001)],
            "too long: 100,001",
        ),
        (
            vec!["log".into(), "exercise".into(), "--kind".into(), "walking".into(), "--minutes".into(), "-5".into()],
            "1 to 600",
        ),
        (
            vec![
                "import".into(),
                file("truncated.json", br#"{"format": "mend", "version": 1, "pain": [{"date": "2026-01"#),
            ],
            "not valid JSON",
        ),
        (vec!["import".into(), file("other.json", br#"{"name": "a photo album"}"#)], "not a file Mend can read"),
        (vec!["import".into(), file("other-format.json", br#"{"format": "album"}"#)], "not a Mend export"),
        (vec!["import".into(), file("newer.json", br#"{"format": "mend", "version": 9}"#)], "newer Mend"),
        (
            vec![
                "import".into(),
                file(
                    "badrow.json",
                    br#"{"format": "mend", "version": 1, "pain": [{"date": "2026-01-01", "score": 12}]}"#,
                ),
            ],
            "badrow.json, pain: entry 1: Pain score",
        ),
        (vec!["import".into(), file("empty.csv", b"")], "empty.csv is empty"),
        (vec!["import".into(), file("blob.bin", &[0u8, 159, 146, 150, 0, 1, 2, 255])], "not UTF-8 text"),
        (
            vec!["import".into(), file("missing.csv", b"kind,date,score\npain,2026-01-01,3\n")],
            "column \"time\" is missing",
        ),
        (
            vec!["import".into(), file("extra.csv", header.replace('\n', ",weight\n").as_bytes())],
            "unknown column \"weight\"",
        ),
        (
            vec![
                "import".into(),
                file("ragged.csv", format!("{header}pain,2026-01-01,,3,,,,,,,ok,EXTRA\n").as_bytes()),
            ],
            "line 2: a row has 12 fields where the header has 11",
        ),
        (
            vec![
                "import".into(),
                file(
                    "range.csv",
                    format!("{header}pain,2026-01-01,,3,,,,,,,ok\npain,2026-01-02,,11,,,,,,,\n").as_bytes(),
                ),
            ],
            "range.csv, line 3, column score",
        ),
        (
            // The same file as a spreadsheet on Windows saves it: the line is still line 3.
            vec![
                "import".into(),
                file(
                    "range-crlf.csv",
                    format!("{header}pain,2026-01-01,,3,,,,,,,ok\npain,2026-01-02,,11,,,,,,,\n").replace('\n', "\r\n").as_bytes(),
                ),
            ],
            "range-crlf.csv, line 3, column score",
        ),
        (
            vec!["import".into(), file("kind.csv", format!("{header}weight,2026-01-01,,,,,,,,,\n").as_bytes())],
            "column kind: \"weight\"",
        ),
        (
            vec!["import".into(), file("date.csv", format!("{header}calcium,2026-13-01,,,,,,,300,food,\n").as_bytes())],
            "column date",
        ),
        // The day's factors: on the command line and in files.
        (vec!["log".into(), "sleep".into(), "--hours".into(), "6.25".into()], "in half hours"),
        (vec!["log".into(), "sleep".into(), "--hours".into(), "lots".into()], "Sleep must be"),
        (vec!["log".into(), "mood".into(), "--score".into(), "11".into()], "Mood must be"),
        (
            vec!["log".into(), "mood".into(), "--score".into(), "4".into(), "--date".into(), "2026-02-30".into()],
            "not a real calendar date",
        ),
        (vec!["tag".into(), "add".into(), " ".into()], "tag name cannot be empty"),
        (vec!["tag".into(), "add".into(), "x".repeat(41)], "at most 40 characters"),
        (vec!["tag".into(), "add".into(), "PHYSIO DAY".into()], "already have a tag"),
        (vec!["tag".into(), "on".into(), "Nope".into()], "no tag called \"Nope\""),
        (vec!["tag".into(), "off".into(), "Nope".into()], "no tag called \"Nope\""),
        (vec!["tag".into(), "on".into(), "Night feeds".into()], "is retired"),
        (vec!["tag".into(), "rename".into(), "Physio day".into(), "night feeds".into()], "already have a tag"),
        (vec!["tag".into(), "retire".into(), "Nope".into()], "no tag called"),
        (
            vec![
                "import".into(),
                file(
                    "badday.json",
                    br#"{"format": "mend", "version": 2, "pain": [{"date": "2026-01-01", "score": 2}], "days": [{"date": "2026-01-01", "mood": 11}]}"#,
                ),
            ],
            "badday.json, day 1: Mood must be",
        ),
        (
            vec![
                "import".into(),
                file("badtag.csv", format!("{}pain,2026-01-01,,3,,,,,,,ok,\ntag,2026-01-01,,,,,,,,,,\n", header.replace('\n', ",tag\n")).as_bytes()),
            ],
            "badtag.csv, line 3, column tag: A tag name cannot be empty",
        ),
        (vec!["import".into(), file("dbfile.sqlite3", b"SQLite format 3\0binary stuff")], "not UTF-8 text"),
        (vec!["restore".into(), file("zero.sqlite3", b"")], "empty (0 bytes)"),
        (vec!["restore".into(), file("notdb.sqlite3", b"hello, I am text")], "not a database Mend can read"),
        (vec!["import".into(), "/dev/zero".into()], "not a regular file"),
        (vec!["import".into(), dir.to_string_lossy().into_owned()], "not a regular file"),
        (vec!["import".into(), sparse(&dir, "huge.json", 2 << 30)], "too large to import"),
        (vec!["import".into(), fifo(&dir, "pipe.csv")], "not a regular file"),
        // Other apps' files with one bad cell each (`core/tests/fixtures/import/`), and files
        // that are no app's.
        (vec!["import".into(), fixture("drip-data-damaged.csv")], "line 3, column pain.backache: \"maybe\" is not yes or no"),
        (vec!["import".into(), fixture("flaredown-damaged.csv")], "line 3, column Lower back pain: \"7\" is not a rating from 0 to 4"),
        (vec!["import".into(), fixture("pain-tracker-damaged.csv")], "line 3, column Pain Level: Pain score"),
        (
            vec!["import".into(), fixture("generic-damaged.csv"), "--map".into(), "date=Day,format=DD/MM/YYYY,pain=Back pain".into()],
            "line 3, column Back pain: Pain score",
        ),
        (vec!["import".into(), fixture("generic.csv")], "Its columns: Day, Time, Back pain"),
        (vec!["import".into(), fixture("generic.csv"), "--map".into(), "pain=Back pain".into()], "Map the date column"),
        (vec!["import".into(), fixture("generic.csv"), "--map".into(), "date=Day".into()], "\"03/11/2026\" is not a date written YYYY-MM-DD"),
        (vec!["import".into(), file("notes.txt", b"just some words\n")], "not a file Mend can read"),
        (
            vec!["import".into(), fixture("loop-habits-damaged.zip")],
            "loop-habits-damaged.zip › 001 Physio exercises/Checkmarks.csv, line 3, column Value: \"MAYBE\"",
        ),
        (vec!["import".into(), file("other.zip", b"PK\x03\x04 not really a zip")], "not a file Mend can read"),
        (
            vec!["import".into(), fixture("pain-diary-backup-damaged.json")],
            "pain-diary-backup-damaged.json, diaryentries, row 2: Pain score",
        ),
        (vec!["import".into(), file("album.json", br#"{"database": {"content": []}}"#)], "not a file Mend can read"),
        (
            vec!["import".into(), fixture("bearable-damaged.csv")],
            "bearable-damaged.csv, line 4, column rating/amount: \"6\" is not a rating from 0 to 4",
        ),
        (
            vec![
                "restore".into(),
                hostile_backup(
                    &dir,
                    "trigger",
                    "CREATE TRIGGER wipe AFTER INSERT ON pain BEGIN DELETE FROM pain; END;",
                ),
            ],
            "trigger \"wipe\"",
        ),
        (vec!["restore".into(), hostile_backup(&dir, "appid", "PRAGMA application_id = 7;")], "another program"),
        (
            vec!["restore".into(), hostile_backup(&dir, "nocol", "ALTER TABLE calcium DROP COLUMN note;")],
            "definition of \"calcium\"",
        ),
        (
            vec!["restore".into(), link_to(&dir, "link.sqlite3", &hostile_backup(&dir, "fine", "SELECT 1;"))],
            "link, folder or device",
        ),
        (vec!["restore".into(), fifo(&dir, "pipe.sqlite3")], "link, folder or device"),
        // A report that cannot be made writes no file (checked below) and changes nothing.
        (report_args(&dir, &["--from", "2000-01-01", "--to", "2000-01-31"]), "no entries between 1 January 2000"),
        (report_args(&dir, &["--from", "2026-11-01", "--to", "2026-11-02", "--paper", "a3"]), "Paper"),
        (report_args(&dir, &["--from", "2026-11-02", "--to", "2026-11-01"]), "before start date"),
        (report_args(&dir, &["--from", "yesterday", "--to", "2026-11-01"]), "YYYY-MM-DD"),
    ];
    for (args, needle) in &cases {
        let before = snapshot(&dir);
        let refs: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stderr) = run(&dir, &refs);
        assert_eq!(code, 1, "{:?}: {stderr}", &args[..2.min(args.len())]);
        assert!(stderr.contains(needle), "{:?}: {stderr:?} should contain {needle:?}", &args[..2.min(args.len())]);
        assert_eq!(snapshot(&dir), before, "{:?} changed the data", &args[..2.min(args.len())]);
    }
    assert!(!dir.join("report.pdf").exists(), "a refused report leaves no file");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A fixture written from another app's export code.
fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("core/tests/fixtures/import").join(name).to_string_lossy().into_owned()
}

/// `mend report … --out DIR/report.pdf` with `extra` arguments.
fn report_args(dir: &Path, extra: &[&str]) -> Vec<String> {
    let out = dir.join("report.pdf").to_string_lossy().into_owned();
    ["report", "--out", &out].iter().chain(extra).map(|s| s.to_string()).collect()
}

/// A sparse file of `len` bytes (no disk space used).
fn sparse(dir: &Path, name: &str, len: u64) -> String {
    let p = dir.join(name);
    std::fs::File::create(&p).unwrap().set_len(len).unwrap();
    p.to_string_lossy().into_owned()
}

/// A named pipe with no writer: opening it for reading would wait for ever.
fn fifo(dir: &Path, name: &str) -> String {
    let p = dir.join(name);
    let c = std::ffi::CString::new(p.to_str().unwrap()).unwrap();
    // SAFETY: a plain mkfifo(3) call on a path this test owns.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    p.to_string_lossy().into_owned()
}

fn link_to(dir: &Path, name: &str, target: &str) -> String {
    let p = dir.join(name);
    std::os::unix::fs::symlink(target, &p).unwrap();
    p.to_string_lossy().into_owned()
}

/// A backup of a good Mend database in `dir` (made fresh), then changed by `sql`.
fn hostile_backup(dir: &Path, name: &str, sql: &str) -> String {
    let src = dir.join(format!("{name}-source"));
    let s = Store::open(&src).unwrap();
    s.log(Pain::from_input(&json!({"date": s.today().to_string(), "score": 1}), s.today()).unwrap()).unwrap();
    let p = dir.join(format!("{name}.sqlite3"));
    s.backup_to(Some(&p)).unwrap();
    drop(s);
    rusqlite::Connection::open(&p).unwrap().execute_batch(sql).unwrap();
    std::fs::remove_dir_all(src).unwrap();
    p.to_string_lossy().into_owned()
}

/// The special and huge files above are refused at once and with little memory: each import
/// runs as its own process, whose peak memory the kernel reports when it is reaped.
#[test]
fn special_and_huge_import_files_are_refused_quickly_with_bounded_memory() {
    let dir = seeded("bounded");
    for path in [
        "/dev/zero".to_owned(),
        fifo(&dir, "pipe.json"),
        sparse(&dir, "huge.csv", 2 << 30),
        sparse(&dir, "big.json", 64 << 20 | 1),
    ] {
        let child = Command::new(MEND)
            .args(["import", &path])
            .env("MEND_DATA_DIR", &dir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let pid = child.id() as libc::pid_t;
        // A hang (reading /dev/zero or waiting on the pipe) would never return: give up after 20 s.
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let (status, peak_kib) = loop {
            let mut status = 0;
            // SAFETY: rusage is plain data; wait4 fills it for our own child.
            let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
            let done = unsafe { libc::wait4(pid, &mut status, libc::WNOHANG, &mut usage) };
            if done == pid {
                // Linux reports the peak in KiB, macOS in bytes.
                let kib = if cfg!(target_os = "macos") { usage.ru_maxrss / 1024 } else { usage.ru_maxrss };
                break (status, kib);
            }
            if std::time::Instant::now() > deadline {
                // SAFETY: killing our own child that has not been reaped.
                unsafe { libc::kill(pid, libc::SIGKILL) };
                panic!("mend import {path} did not finish within 20 s");
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        };
        assert!(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 1, "{path}: wrong input, exit 1 ({status})");
        // The process alone (its GTK and WebKit libraries mapped in) peaks near 60 MiB here;
        // reading any of these files, even the 64 MiB one, would take it past 96 MiB.
        assert!(peak_kib < 96 * 1024, "{path}: peak memory {peak_kib} KiB");
        eprintln!("mend import {path}: refused, peak memory {} MiB", peak_kib / 1024);
        std::mem::forget(child); // already reaped by wait4
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn database_files_that_are_not_mends_are_refused_and_left_untouched() {
    let other = {
        let p = std::env::temp_dir().join(format!("mend-bad-other-{}.sqlite3", std::process::id()));
        let _ = std::fs::remove_file(&p);
        let c = rusqlite::Connection::open(&p).unwrap();
        c.execute_batch(
            "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT); INSERT INTO photos (path) VALUES ('a.jpg');",
        )
        .unwrap();
        drop(c);
        std::fs::read(&p).unwrap()
    };
    let altered = |sql: &str| {
        let d = std::env::temp_dir().join(format!("mend-bad-altered-{}", std::process::id()));
        let p = hostile_backup(&std::env::temp_dir(), &format!("mend-bad-altered-{}", std::process::id()), sql);
        let bytes = std::fs::read(&p).unwrap();
        let _ = std::fs::remove_file(p);
        let _ = std::fs::remove_dir_all(d);
        bytes
    };
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "a trigger that wipes entries",
            altered("CREATE TRIGGER wipe AFTER INSERT ON pain BEGIN DELETE FROM pain; END;"),
            "trigger \"wipe\"",
        ),
        ("another app's mark", altered("PRAGMA application_id = 7;"), "another program"),
        ("a negative version", altered("PRAGMA user_version = -3;"), "another program"),
        ("zero-byte database", Vec::new(), "empty (0 bytes)"),
        ("text file", b"just some notes".to_vec(), "not a database Mend can read"),
        ("binary junk", [0xde, 0xad, 0xbe, 0xef].repeat(2048), "not a database Mend can read"),
        ("another app's database", other, "another program"),
        ("truncated header", b"SQLite format 3\0".to_vec(), "damaged"),
    ];
    for (what, bytes, needle) in cases {
        let dir = std::env::temp_dir().join(format!("mend-bad-db-{}-{}", what.replace(' ', "-"), std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("mend.sqlite3"), &bytes).unwrap();
        // Any command, `mend check` included, refuses with exit 2 and a reason; none panics.
        for args in [&["log", "pain", "--score", "3"][..], &["check"]] {
            let (code, stderr) = run(&dir, args);
            assert_eq!(code, 2, "{what}, {args:?}: {stderr}");
            assert!(stderr.contains(needle), "{what}: {stderr:?} should contain {needle:?}");
        }
        assert_eq!(std::fs::read(dir.join("mend.sqlite3")).unwrap(), bytes, "{what}: the file is untouched");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

/// Every file under `dir` with a digest of its bytes: what "nothing changed" is checked against.
/// SQLite's shared-memory index and an empty WAL, which opening a WAL database makes, are not
/// data and are left out.
fn every_file(dir: &Path) -> Vec<(PathBuf, u64)> {
    use std::hash::{Hash, Hasher};
    let side = |p: &Path, b: &[u8]| {
        let name = p.to_string_lossy();
        name.ends_with("-shm") || (name.ends_with("-wal") && b.is_empty())
    };
    common::files_under(dir)
        .into_iter()
        .filter(|(p, b)| !side(p, b))
        .map(|(p, b)| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            b.hash(&mut h);
            (p, h.finish())
        })
        .collect()
}

#[test]
fn a_locked_diary_refuses_wrong_secrets_and_foreign_files_and_changes_nothing() {
    const PASS: &str = "the right passphrase";
    // Locked through the command line, not in this process: Argon2id's 128 MiB here would be
    // counted in the peak memory of the processes the import test starts meanwhile.
    let cli = |dir: &Path, args: &[&str]| {
        let out = Command::new(MEND)
            .args(args)
            .env("MEND_DATA_DIR", dir)
            .env("LC_ALL", "C.UTF-8")
            .env("MEND_PASSPHRASE", PASS)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let locked = |name: &str| {
        let dir = seeded(name);
        cli(&dir, &["backup"]);
        let said = cli(&dir, &["encrypt"]);
        let code = said.split_whitespace().find(|w| w.len() == 29 && w.split('-').count() == 6).unwrap().to_owned();
        (dir, code)
    };
    let (dir, code) = locked("locked");
    let (other, _) = locked("locked-other");
    let their_backup = other.join("theirs.sqlite3");
    cli(&other, &["backup", "--out", their_backup.to_str().unwrap()]);
    let keyed = |args: &[&str], pass: &str| {
        let out = Command::new(MEND)
            .args(args)
            .env("MEND_DATA_DIR", &dir)
            .env("LC_ALL", "C.UTF-8")
            .env("MEND_PASSPHRASE", pass)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let mut wrong_code = code.clone().into_bytes();
    wrong_code[5] = if wrong_code[5] == b'A' { b'B' } else { b'A' };
    let wrong_code = String::from_utf8(wrong_code).unwrap();
    let their_path = their_backup.to_str().unwrap().to_owned();
    let cases: Vec<(&str, Vec<&str>, &str, i32, &str)> = vec![
        ("a wrong passphrase", vec!["check"], "not the passphrase", 1, "That passphrase does not unlock this diary"),
        ("an empty passphrase", vec!["check"], "", 1, "This diary is locked"),
        (
            "a wrong recovery code",
            vec!["passphrase", "--recovery-code", &wrong_code],
            "a new passphrase",
            1,
            "That recovery code does not unlock this diary",
        ),
        (
            "not a recovery code",
            vec!["passphrase", "--recovery-code", "1234-5678"],
            "a new passphrase",
            1,
            "six groups of four",
        ),
        ("another diary's encrypted backup", vec!["restore", &their_path], PASS, 1, "another diary's key"),
    ];
    for (what, args, pass, code, needle) in cases {
        let before = every_file(&dir);
        let (got, stderr) = keyed(&args, pass);
        assert_eq!(got, code, "{what}: {stderr}");
        assert!(stderr.contains(needle), "{what}: {stderr:?} should contain {needle:?}");
        assert_eq!(every_file(&dir), before, "{what}: nothing changed");
    }

    // Files put in the diary's place: refused with a reason, left exactly as they are, and no
    // new empty diary started over them.
    let db = dir.join("mend.sqlite3");
    let encrypted = std::fs::read(&db).unwrap();
    let plain = {
        let p = seeded("locked-plain");
        // Closed, so its WAL is in the file.
        let bytes = std::fs::read(p.join("mend.sqlite3")).unwrap();
        std::fs::remove_dir_all(p).unwrap();
        bytes
    };
    for (what, bytes, needle) in [
        ("a truncated encrypted file", encrypted[..encrypted.len() / 2].to_vec(), "damaged"),
        ("an encrypted file cut to its first bytes", encrypted[..100].to_vec(), "does not open with its key"),
        ("a plain file renamed as the encrypted one", plain, "does not open with its key"),
    ] {
        std::fs::write(&db, &bytes).unwrap();
        for side in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(dir.join(format!("mend.sqlite3{side}")));
        }
        let before = every_file(&dir);
        let (got, stderr) = keyed(&["log", "pain", "--score", "3"], PASS);
        assert_eq!(got, 2, "{what}: {stderr}");
        assert!(stderr.contains(needle), "{what}: {stderr:?} should contain {needle:?}");
        assert_eq!(every_file(&dir), before, "{what}: nothing changed");
    }
    std::fs::remove_dir_all(&dir).unwrap();
    std::fs::remove_dir_all(&other).unwrap();
}
