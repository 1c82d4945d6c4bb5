//! Export and import, backups and restore, damaged files and recovery.

use std::path::{Path, PathBuf};

use mend_core::api;
use mend_core::clock::FixedClock;
use mend_core::model::{Calcium, Exercise, Pain};
use mend_core::transfer::Format;
use mend_core::Store;
use serde_json::{json, Value};

fn dir(name: &str) -> PathBuf {
    // A new, empty folder with an unpredictable name (`tempfile`); each test removes its own.
    let d = tempfile::Builder::new().prefix(&format!("mend-safe-{name}-")).tempdir().unwrap().keep();
    d
}

fn open(d: &Path) -> Store {
    Store::open(d).unwrap().with_clock(FixedClock::noon(2026, 11, 24))
}

/// A store with some of everything in it.
fn filled(d: &Path) -> Store {
    let s = open(d);
    api::save_profile(
        &s,
        &json!({"birthDate": "2026-09-01", "deliveryType": "caesarean", "epidural": true, "ageBand": "19-50"}),
    )
    .unwrap();
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "time": "08:00", "score": 6, "locations": ["lower_back", "pelvis"], "note": "stiff, \"sore\"\nsecond line"})).unwrap();
    api::log::<Pain>(&s, &json!({"date": "2026-11-21", "score": 4})).unwrap();
    api::log::<Exercise>(
        &s,
        &json!({"date": "2026-11-21", "kind": "walking", "minutes": 30, "intensity": "light", "note": "pram; park"}),
    )
    .unwrap();
    api::log::<Calcium>(
        &s,
        &json!({"date": "2026-11-21", "time": "07:30", "mg": 300, "source": "food", "note": "milk"}),
    )
    .unwrap();
    api::log::<Calcium>(&s, &json!({"date": "2026-11-21", "mg": 500, "source": "supplement"})).unwrap();
    api::update_reminder(&s, &json!("calcium-breakfast"), &json!({"enabled": true, "time": "07:45"})).unwrap();
    api::save_quiet_hours(&s, &json!({"enabled": true, "start": "23:00", "end": "06:30"})).unwrap();
    api::save_red_flags(&s, &json!("2026-11-21"), &json!(["fever"])).unwrap();
    s
}

fn without_stamp(mut doc: Value) -> Value {
    doc.as_object_mut().unwrap().remove("exportedAt");
    doc
}

#[test]
fn json_round_trip_into_an_empty_folder_gives_back_every_field() {
    let a = dir("rt-a");
    let b = dir("rt-b");
    let source = filled(&a);
    let file = a.join("export.json");
    source.export_to(Format::Json, &file).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600, "exports are private");
    }
    let target = open(&b);
    let report = target.import_file(&file, false).unwrap();
    assert_eq!((report.added.pain, report.added.exercise, report.added.calcium), (2, 1, 2));
    assert!(report.profile_set);
    let first: Value = serde_json::from_slice(&source.export(Format::Json).unwrap()).unwrap();
    let second: Value = serde_json::from_slice(&target.export(Format::Json).unwrap()).unwrap();
    assert_eq!(
        without_stamp(first),
        without_stamp(second),
        "ids, timestamps, profile, settings and red flags all survive"
    );

    // Importing the same file again adds nothing.
    let again = target.import_file(&file, false).unwrap();
    assert_eq!((again.added.pain, again.added.exercise, again.added.calcium, again.duplicates), (0, 0, 0, 5));
    for d in [a, b] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn csv_round_trip_with_bom_crlf_and_reordered_columns() {
    let a = dir("csv-a");
    let b = dir("csv-b");
    let source = filled(&a);
    let csv = String::from_utf8(source.export(Format::Csv).unwrap()).unwrap();
    assert!(csv.starts_with(
        "kind,id,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note,created_at,updated_at"
    ));
    assert!(csv.contains("lower_back;pelvis"));
    // As a spreadsheet might save it: BOM, CRLF, columns in another order.
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    let order: Vec<usize> = (0..headers.len()).rev().collect();
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(vec![0xEF, 0xBB, 0xBF]);
    w.write_record(order.iter().map(|&i| headers[i].as_str())).unwrap();
    for r in reader.records() {
        let r = r.unwrap();
        w.write_record(order.iter().map(|&i| &r[i])).unwrap();
    }
    let file = a.join("export.csv");
    std::fs::write(&file, w.into_inner().unwrap()).unwrap();
    let target = open(&b);
    let report = target.import_file(&file, false).unwrap();
    assert_eq!((report.added.pain, report.added.exercise, report.added.calcium), (2, 1, 2));
    assert_eq!(
        String::from_utf8(target.export(Format::Csv).unwrap()).unwrap(),
        csv,
        "the same entries, field for field"
    );
    assert_eq!(target.import_file(&file, false).unwrap().duplicates, 5);
    for d in [a, b] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn a_dry_run_reports_and_changes_nothing() {
    let a = dir("dry-a");
    let b = dir("dry-b");
    let file = a.join("x.json");
    filled(&a).export_to(Format::Json, &file).unwrap();
    let target = open(&b);
    let before = target.export(Format::Csv).unwrap();
    let report = target.import_file(&file, true).unwrap();
    assert!(report.dry_run && report.added.pain == 2);
    assert!(report.describe().starts_with("Would add 2 pain check-ins"));
    assert_eq!(target.export(Format::Csv).unwrap(), before);
    assert!(!target.profile().unwrap().configured);
    for d in [a, b] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn a_bad_row_names_file_line_and_column_and_imports_nothing() {
    let a = dir("bad");
    let s = open(&a);
    let csv = "kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\n\
               pain,2026-11-01,,3,,,,,,,ok\n\
               pain,2026-11-02,,11,,,,,,,too high\n";
    let file = a.join("diary.csv");
    std::fs::write(&file, csv).unwrap();
    let err = s.import_file(&file, false).unwrap_err();
    assert_eq!(err.code(), "invalid_input");
    assert!(err.to_string().starts_with("diary.csv, line 3, column score:"), "{err}");
    assert!(err.to_string().contains("Got 11"), "{err}");
    assert!(api::day_summary(&s, &json!("2026-11-01")).unwrap().pain.is_empty(), "all or nothing");
    std::fs::remove_dir_all(a).unwrap();
}

#[test]
fn daily_backups_keep_seven_daily_and_four_weekly() {
    let d = dir("prune");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-24", "score": 3})).unwrap();
    let first = s.daily_backup().unwrap().expect("first backup of the day");
    assert!(s.daily_backup().unwrap().is_none(), "once a day");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&first).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // Sixty days of older backups.
    for back in 1..=60 {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap() - chrono::Days::new(back);
        std::fs::copy(&first, d.join("backups").join(mend_core::backup::daily_name(date))).unwrap();
    }
    mend_core::backup::prune(&d.join("backups")).unwrap();
    let kept: Vec<String> = s.backups().unwrap().iter().map(|b| b.file.clone()).collect();
    assert_eq!(kept.len(), 7 + 4, "{kept:?}");
    assert_eq!(kept[0], "mend-2026-11-24.sqlite3");
    assert_eq!(kept[6], "mend-2026-11-18.sqlite3");
    // The newest of each of the four ISO weeks before: weeks of 11-16, 11-09, 11-02, 10-26 (Mondays); 11-17 is the 16th's week.
    assert_eq!(
        &kept[7..],
        ["mend-2026-11-17.sqlite3", "mend-2026-11-15.sqlite3", "mend-2026-11-08.sqlite3", "mend-2026-11-01.sqlite3"]
    );
    assert!(s.backups().unwrap().iter().all(|b| b.entries == Some(1)));
    std::fs::remove_dir_all(d).unwrap();
}

#[test]
fn restore_backs_up_the_current_data_first() {
    let d = dir("restore");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-23", "score": 2})).unwrap();
    let snapshot = s.backup_to(None).unwrap();
    api::log::<Pain>(&s, &json!({"date": "2026-11-24", "score": 9})).unwrap();
    let safety = s.restore(&snapshot).unwrap();
    assert!(api::day_summary(&s, &json!("2026-11-24")).unwrap().pain.is_empty(), "back to the snapshot");
    assert_eq!(api::day_summary(&s, &json!("2026-11-23")).unwrap().pain.len(), 1);
    assert_eq!(mend_core::integrity::verify(&safety, None).unwrap().entries, 2, "what was there is kept");
    let junk = d.join("junk.sqlite3");
    std::fs::write(&junk, b"not a database at all, just text").unwrap();
    assert_eq!(s.restore(&junk).unwrap_err().code(), "invalid_input");
    assert_eq!(s.check().unwrap().entries, 1, "a refused restore changes nothing");
    std::fs::remove_dir_all(d).unwrap();
}

#[test]
fn damaged_files_are_left_alone_and_can_be_recovered() {
    // Not a database.
    let d = dir("damaged");
    {
        let s = open(&d);
        api::log::<Pain>(&s, &json!({"date": "2026-11-23", "score": 2})).unwrap();
        s.daily_backup().unwrap();
    }
    let db = d.join("mend.sqlite3");
    for side in ["mend.sqlite3-wal", "mend.sqlite3-shm"] {
        let _ = std::fs::remove_file(d.join(side));
    }
    std::fs::write(&db, b"this is not SQLite").unwrap();
    let err = Store::open(&d).err().expect("refused");
    assert_eq!(err.code(), "damaged");
    assert_eq!(std::fs::read(&db).unwrap(), b"this is not SQLite", "untouched");
    let s = Store::open_or_recover(&d).unwrap().with_clock(FixedClock::noon(2026, 11, 24));
    assert!(s.damage().is_some());
    let kept = api::recover(&s, &json!("restore_backup")).unwrap().expect("the damaged file is kept");
    assert_eq!(std::fs::read(&kept).unwrap(), b"this is not SQLite", "the damaged file is kept aside");
    assert!(s.damage().is_none());
    assert_eq!(api::day_summary(&s, &json!("2026-11-23")).unwrap().pain.len(), 1, "restored from the backup");
    std::fs::remove_dir_all(d).unwrap();
}

#[test]
fn a_newer_schema_or_another_apps_database_is_refused() {
    let d = dir("newer");
    drop(open(&d));
    {
        let conn = rusqlite::Connection::open(d.join("mend.sqlite3")).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = Store::open(&d).err().unwrap();
    assert!(err.to_string().contains("written by a newer version of Mend"), "{err}");
    let s = Store::open_or_recover(&d).unwrap();
    let kept = api::recover(&s, &json!("start_new")).unwrap().expect("kept");
    assert!(kept.exists());
    assert_eq!(s.check().unwrap().entries, 0);
    std::fs::remove_dir_all(&d).unwrap();

    let d = dir("foreign");
    {
        let conn = rusqlite::Connection::open(d.join("mend.sqlite3")).unwrap();
        conn.execute_batch("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)").unwrap();
    }
    assert!(Store::open(&d).err().unwrap().to_string().contains("another program"));
    std::fs::remove_dir_all(&d).unwrap();
}

/// Two glasses of milk on one day (300 mg each, no time) are two entries, and so are two pain
/// check-ins with the same score: a JSON or CSV round trip into an empty diary keeps both, the
/// message counts them, and importing the same file again adds nothing.
#[test]
fn repeated_entries_survive_a_round_trip_and_a_second_import_adds_nothing() {
    for format in [Format::Json, Format::Csv] {
        let (a, b) = (dir("repeats-a"), dir("repeats-b"));
        let source = open(&a);
        for _ in 0..2 {
            api::log::<Calcium>(&source, &json!({"date": "2026-11-21", "mg": 300, "source": "food"})).unwrap();
            api::log::<Pain>(&source, &json!({"date": "2026-11-21", "score": 5})).unwrap();
        }
        api::log::<Calcium>(&source, &json!({"date": "2026-11-22", "mg": 300, "source": "food"})).unwrap();
        let file = a.join(format!("export.{}", format.extension()));
        source.export_to(format, &file).unwrap();
        let target = open(&b);
        let report = target.import_file(&file, false).unwrap();
        assert_eq!((report.added.pain, report.added.calcium, report.duplicates), (2, 3, 0), "{format:?}");
        let said = report.describe();
        assert!(said.contains("2 pain check-ins") && said.contains("3 calcium entries"), "{format:?}: {said}");
        assert!(said.contains("; 0 already present"), "{format:?}: {said}");
        assert_eq!(
            target.export(Format::Csv).unwrap(),
            source.export(Format::Csv).unwrap(),
            "{format:?}: the same entries"
        );
        let again = target.import_file(&file, false).unwrap();
        assert_eq!((again.added.pain, again.added.calcium, again.duplicates), (0, 0, 5), "{format:?}");
        assert!(again.describe().contains("5 already present"), "{format:?}: {}", again.describe());
        for d in [a, b] {
            std::fs::remove_dir_all(d).unwrap();
        }
    }
}

/// A file from elsewhere carries no identity: its repeats are counted against the diary, so the
/// same line twice against one such entry already in the diary adds one.
#[test]
fn without_an_identity_repeats_are_counted_against_the_diary() {
    let d = dir("repeats-counted");
    let s = open(&d);
    api::log::<Calcium>(&s, &json!({"date": "2026-11-21", "mg": 300, "source": "food"})).unwrap();
    let file = d.join("two-glasses.csv");
    std::fs::write(
        &file,
        "kind,date,time,score,locations,exercise_kind,minutes,intensity,mg,source,note\n\
         calcium,2026-11-21,,,,,,,300,food,\n\
         calcium,2026-11-21,,,,,,,300,food,\n",
    )
    .unwrap();
    let report = s.import_file(&file, false).unwrap();
    assert_eq!((report.added.calcium, report.duplicates), (1, 1));
    let again = s.import_file(&file, false).unwrap();
    assert_eq!((again.added.calcium, again.duplicates), (0, 2), "importing it twice adds nothing");
    std::fs::remove_dir_all(&d).unwrap();
}
