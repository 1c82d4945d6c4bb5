//! Her diary under attack, through its files in and out: spreadsheet formulas in notes, huge
//! and special import files, overflowing totals, clipped messages and full import previews.
//! Restore, recovery and the file system are in `hostile_restore.rs`.

use crate::common::files::{dir, entries, open};

use std::path::Path;

use mend_core::api;
use mend_core::model::Pain;
use mend_core::transfer::Format;

use serde_json::json;

#[test]
fn csv_export_neutralises_spreadsheet_formulas_and_imports_them_back_unchanged() {
    let a = dir("formula-a");
    let s = open(&a);
    let notes = [
        "=HYPERLINK(\"http://x\",\"click\")",
        "+44 20 7946 0000",
        "-2 better",
        "@SUM(A1:A9)",
        "'=quoted",
        "'hi",
        "plain",
    ];
    for note in notes {
        api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3, "note": note})).unwrap();
    }
    let file = a.join("out.csv");
    s.export_to(Format::Csv, &file).unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let note_col = reader.headers().unwrap().iter().position(|h| h == "note").unwrap();
    for record in reader.records() {
        let cell = record.unwrap()[note_col].to_owned();
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a spreadsheet would run {cell:?}");
    }
    let b = dir("formula-b");
    let t = open(&b);
    t.import_file(&file, false).unwrap();
    let back: Vec<String> =
        api::day_summary(&t, &json!("2026-11-20")).unwrap().pain.into_iter().map(|p| p.entry.note).collect();
    let mut want: Vec<String> = notes.iter().map(|n| n.to_string()).collect();
    let mut got = back.clone();
    want.sort();
    got.sort();
    assert_eq!(got, want, "every note comes back exactly");
    std::fs::remove_dir_all(&a).unwrap();
    std::fs::remove_dir_all(&b).unwrap();
}

#[test]
fn daily_totals_cannot_overflow_however_much_is_stored_on_one_day() {
    let s = crate::common::store();
    // 900,000 entries of 5,000 mg: 4.5 billion mg, more than a 32-bit total holds.
    s.with_connection(|c| {
        c.execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 900000)
             INSERT INTO calcium (date, mg, source, created_at, updated_at)
             SELECT '2026-11-20', 5000, 'supplement', '2026-11-20T08:00:00Z', '2026-11-20T08:00:00Z' FROM n;",
        )?;
        Ok(())
    })
    .unwrap();
    let day = api::day_summary(&s, &json!("2026-11-20")).unwrap();
    assert_eq!(day.calcium_mg, 4_500_000_000);
    let n = day.notices.iter().find(|n| n.code == "calcium_above_ul").unwrap();
    assert!(n.message.contains("4,500,000,000 mg"), "{}", n.message);
    let t = api::trends(&s, &json!({"from": "2026-11-18", "to": "2026-11-24"})).unwrap();
    assert_eq!(t.days[2].calcium_mg, 4_500_000_000);
    let chart = api::chart(&s, &json!({"chart": "calcium", "from": "2026-11-18", "to": "2026-11-24"})).unwrap();
    assert!(chart.summary.contains("One day went above the 2,500 mg upper limit"), "{}", chart.summary);
}

#[test]
fn imports_of_special_huge_or_endless_files_are_refused_before_reading_and_change_nothing() {
    let d = dir("import-bounds");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3})).unwrap();
    let refused = |path: &Path, needle: &str| {
        let e = s.import_file(path, false).expect_err(&format!("{} must be refused", path.display()));
        assert_eq!(e.code(), "invalid_input", "{e}");
        assert!(e.to_string().contains(needle), "{}: {e}", path.display());
        assert!(e.to_string().len() < 300, "a short message: {e}");
        assert_eq!(entries(&s), 1, "nothing changed");
    };
    // A sparse 2 GB file and one just over the limit: refused by size, without reading them.
    for (name, len) in [("huge.json", 2 << 30), ("just-over.csv", mend_core::transfer::MAX_IMPORT_BYTES + 1)] {
        let f = d.join(name);
        std::fs::File::create(&f).unwrap().set_len(len).unwrap();
        refused(&f, "too large to import");
    }
    refused(&d, "not a regular file");
    #[cfg(unix)]
    {
        refused(Path::new("/dev/zero"), "not a regular file");
        let fifo = d.join("pipe.json");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a plain mkfifo(3) call on a path we own.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        refused(&fifo, "not a regular file");
    }
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn imports_with_more_entries_than_a_lifetime_are_refused_before_validation() {
    let d = dir("import-count");
    let s = open(&d);
    let max = mend_core::transfer::MAX_IMPORT_ENTRIES;
    let one = r#"{"date":"2026-01-01","score":1}"#;
    let json = format!(r#"{{"format":"mend","version":1,"pain":[{}]}}"#, vec![one; max + 1].join(","));
    std::fs::write(d.join("many.json"), json).unwrap();
    let e = s.import_file(&d.join("many.json"), true).unwrap_err();
    assert!(e.to_string().contains("more than 200,000 entries"), "{e}");
    let mut csv = String::from("kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\n");
    for _ in 0..=max {
        csv.push_str("pain,2026-01-01,,1,,,,,,,\n");
    }
    std::fs::write(d.join("many.csv"), csv).unwrap();
    let e = s.import_file(&d.join("many.csv"), false).unwrap_err();
    assert!(e.to_string().contains("more than 200,000 entries"), "{e}");
    assert_eq!(entries(&s), 0);
    // Exactly at the limit is fine: the bound is not off by one.
    let json = format!(r#"{{"format":"mend","version":1,"pain":[{}]}}"#, vec![one; 1000].join(","));
    std::fs::write(d.join("fine.json"), json).unwrap();
    // The same line 1,000 times is 1,000 entries (two glasses of milk are two); a second import
    // of the same file finds every one of them already present.
    let first = s.import_file(&d.join("fine.json"), false).unwrap();
    assert_eq!((first.added.pain, first.duplicates), (1000, 0), "the same entry 1000 times");
    assert_eq!(s.import_file(&d.join("fine.json"), false).unwrap().duplicates, 1000, "twice adds nothing");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn messages_about_a_foreign_file_quote_only_a_short_piece_of_it() {
    let d = dir("import-clip");
    let s = open(&d);
    let long = "A".repeat(10_000);
    for (name, text) in [
        ("kind.csv", format!("kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\n{long},2026-01-01,,1,,,,,,,\n")),
        ("column.csv", format!("kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note,{long}\n")),
        ("score.csv", format!("kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\npain,2026-01-01,,{long},,,,,,,\n")),
        ("kind.json", format!(r#"{{"format":"mend","version":1,"exercise":[{{"date":"2026-01-01","kind":"{long}","minutes":5}}]}}"#)),
    ] {
        std::fs::write(d.join(name), text).unwrap();
        let e = s.import_file(&d.join(name), false).unwrap_err();
        assert!(e.to_string().len() < 400, "{name}: {} characters", e.to_string().len());
        assert!(e.to_string().to_uppercase().contains("AAAA"), "{name}: still says what was wrong: {e}");
    }
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn an_import_preview_shows_every_setting_it_would_change() {
    let a = dir("preview-a");
    let s = open(&a);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3})).unwrap();
    api::update_reminder(&s, &json!("calcium-breakfast"), &json!({"enabled": true, "time": "07:45"})).unwrap();
    api::save_quiet_hours(&s, &json!({"enabled": true, "start": "23:00", "end": "06:30"})).unwrap();
    api::save_red_flags(&s, &json!("2026-11-21"), &json!(["fever"])).unwrap();
    let file = a.join("all.json");
    s.export_to(Format::Json, &file).unwrap();

    let b = dir("preview-b");
    let t = open(&b);
    let quiet_before = t.quiet_hours().unwrap();
    let preview = t.import_file(&file, true).unwrap();
    assert_eq!(preview.reminders_changed, ["Calcium with breakfast: on at 07:45"]);
    assert_eq!(preview.quiet_hours_changed.as_deref(), Some("23:00–06:30"));
    assert_eq!(preview.red_flags_added, 1);
    let text = preview.describe();
    assert!(text.contains("Would change reminders: Calcium with breakfast: on at 07:45."), "{text}");
    assert!(text.contains("Would set quiet hours to 23:00–06:30."), "{text}");
    assert_eq!(t.quiet_hours().unwrap(), quiet_before, "a preview changes nothing");
    assert!(!t.list_reminders().unwrap().iter().any(|r| r.id == "calcium-breakfast" && r.enabled));
    // Applied, the same changes happen; a second import changes no setting.
    t.import_file(&file, false).unwrap();
    assert_eq!(t.quiet_hours().unwrap().start, "23:00");
    let again = t.import_file(&file, true).unwrap();
    assert!(again.reminders_changed.is_empty() && again.quiet_hours_changed.is_none(), "{again:?}");
    std::fs::remove_dir_all(&a).unwrap();
    std::fs::remove_dir_all(&b).unwrap();
}
