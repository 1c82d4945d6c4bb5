//! Databases frozen from earlier versions of Mend open in this one with every entry kept:
//! `fixtures/v1-schema-0001.sqlite3` (the first schema), `fixtures/v2-mend-0.1.0.sqlite3`,
//! written by the Mend 0.1.0 release's own command line (entries of every kind, a profile,
//! reminder settings, quiet hours and red flags), with a backup and an export it made, and
//! `fixtures/v3-mend.sqlite3`, written through the Store of the last schema-3 build (the same
//! kinds of data) with the JSON and CSV exports that build made of it (`v3-export.*`).

use std::path::{Path, PathBuf};

use mend_core::api;
use mend_core::clock::FixedClock;
use mend_core::transfer::Format;
use mend_core::Store;
use serde_json::{json, Value};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// A data folder holding a copy of `name` as its database.
fn folder_with(name: &str, tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("mend-frozen-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    std::fs::copy(fixture(name), d.join("mend.sqlite3")).unwrap();
    d
}

fn open(d: &Path) -> Store {
    Store::open(d).unwrap().with_clock(FixedClock::noon(2026, 11, 24))
}

/// The export without its time stamp and the ids and times the database assigns.
fn content(s: &Store) -> Value {
    let mut doc: Value = serde_json::from_slice(&s.export(Format::Json).unwrap()).unwrap();
    doc.as_object_mut().unwrap().remove("exportedAt");
    doc
}

/// An export of this version from a diary written before the day's factors existed, made
/// comparable with that diary's own (version 1) export: the factors are there, and empty.
fn without_factors(mut doc: Value) -> Value {
    assert_eq!(doc["version"], 2);
    let map = doc.as_object_mut().unwrap();
    for key in ["days", "tags", "dayTags"] {
        assert_eq!(map.remove(key), Some(json!([])), "{key}");
    }
    map.insert("version".into(), json!(1));
    doc
}

fn upgraded(s: &Store) -> (i64, i32) {
    s.with_connection(|c| {
        Ok((
            c.pragma_query_value(None, "user_version", |r| r.get(0))?,
            c.pragma_query_value(None, "application_id", |r| r.get(0))?,
        ))
    })
    .unwrap()
}

#[test]
fn the_0_1_0_release_database_opens_migrated_with_everything_kept() {
    let d = folder_with("v2-mend-0.1.0.sqlite3", "v2");
    let s = open(&d);
    assert_eq!(upgraded(&s), (mend_core::schema::latest_version() as i64, mend_core::integrity::APPLICATION_ID));
    let mut now = without_factors(content(&s));
    // What the 0.1.0 release itself exported from this database, field for field; reminders
    // added to the guidance since then are listed too, at their defaults.
    let mut then: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("v2-export-mend-0.1.0.json")).unwrap()).unwrap();
    then.as_object_mut().unwrap().remove("exportedAt");
    let old_ids: Vec<Value> = then["reminders"].as_array().unwrap().iter().map(|r| r["id"].clone()).collect();
    let reminders = now["reminders"].as_array_mut().unwrap();
    let added: Vec<Value> = reminders.iter().filter(|r| !old_ids.contains(&r["id"])).cloned().collect();
    reminders.retain(|r| old_ids.contains(&r["id"]));
    assert_eq!(added, [json!({"id": "pelvic-floor-daily", "enabled": false, "time": "11:00"})]);
    assert_eq!(now, then);
    assert_eq!(now["pain"].as_array().unwrap().len(), 2);
    assert_eq!(now["exercise"].as_array().unwrap().len(), 2);
    assert_eq!(now["calcium"].as_array().unwrap().len(), 2);
    assert_eq!(now["profile"]["birthDate"], "2026-08-30");
    assert_eq!(now["quietHours"], json!({"enabled": true, "start": "22:30", "end": "06:30"}));
    // Red flags of the old list keep their meaning: "numbness" is shown as an emergency now.
    let day = api::day_summary(&s, &json!("2026-09-05")).unwrap();
    assert_eq!(day.red_flags, ["bladder_bowel", "numbness"]);
    let card = day.notices.iter().find(|n| n.code == "red_flag").unwrap();
    assert_eq!(serde_json::to_value(card.level).unwrap(), "emergency");
    assert_eq!(s.check().unwrap().integrity, "ok");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn the_first_schema_opens_migrated_with_everything_kept() {
    let d = folder_with("v1-schema-0001.sqlite3", "v1");
    let s = open(&d);
    assert_eq!(upgraded(&s).0, mend_core::schema::latest_version() as i64);
    let day = api::day_summary(&s, &json!("2026-09-03")).unwrap();
    assert_eq!(day.pain[0].entry.note, "stiff");
    assert_eq!(day.pain[0].entry.locations.len(), 2);
    assert_eq!(s.check().unwrap().entries, 3);
    assert!(s.profile().unwrap().profile.breastfeeding);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn a_backup_made_by_the_0_1_0_release_restores_through_the_migration() {
    let d = std::env::temp_dir().join(format!("mend-frozen-restore-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let s = open(&d);
    api::log::<mend_core::model::Pain>(&s, &json!({"date": "2026-11-20", "score": 2})).unwrap();
    s.restore(&fixture("v2-backup-mend-0.1.0.sqlite3")).unwrap();
    assert_eq!(s.check().unwrap().entries, 6);
    assert_eq!(upgraded(&s).1, mend_core::integrity::APPLICATION_ID);
    assert_eq!(s.profile().unwrap().profile.birth_date.unwrap().to_string(), "2026-08-30");
    // And its export imports into an empty diary of this version.
    let e = std::env::temp_dir().join(format!("mend-frozen-import-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&e);
    let t = open(&e);
    let report = t.import_file(&fixture("v2-export-mend-0.1.0.json"), false).unwrap();
    assert_eq!((report.added.pain, report.added.exercise, report.added.calcium), (2, 2, 2));
    std::fs::remove_dir_all(&d).unwrap();
    std::fs::remove_dir_all(&e).unwrap();
}

#[test]
fn the_schema_3_database_opens_as_version_4_with_everything_kept() {
    let d = folder_with("v3-mend.sqlite3", "v3");
    let s = open(&d);
    assert!(mend_core::schema::latest_version() >= 4);
    assert_eq!(upgraded(&s), (mend_core::schema::latest_version() as i64, mend_core::integrity::APPLICATION_ID));
    // Field for field what the schema-3 build exported from this very database.
    let mut then: Value = serde_json::from_str(&std::fs::read_to_string(fixture("v3-export.json")).unwrap()).unwrap();
    then.as_object_mut().unwrap().remove("exportedAt");
    let now = without_factors(content(&s));
    assert_eq!(now, then);
    assert_eq!(s.check().unwrap().entries, 7);
    assert_eq!(now["redFlags"].as_array().unwrap().len(), 2);
    assert_eq!(now["quietHours"], json!({"enabled": true, "start": "22:00", "end": "07:00"}));
    // The new tables work on the migrated file.
    let day = "2026-10-01".parse().unwrap();
    s.set_sleep(day, mend_core::factors::Sleep::from_half_hours(13)).unwrap();
    let tag = s.create_tag(&mend_core::factors::TagName::parse("Physio day").unwrap()).unwrap();
    let f = s.set_day_tag(day, tag.id, true).unwrap();
    assert_eq!((f.sleep_hours, f.tags.len()), (Some(6.5), 1));
    assert_eq!(s.day_summary(day).unwrap().pain.len(), 2);
    assert_eq!(s.check().unwrap().integrity, "ok");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn the_schema_3_builds_json_and_csv_exports_import_into_a_version_4_diary() {
    for (file, profile, flags) in [("v3-export.json", true, 2), ("v3-export.csv", false, 0)] {
        let d = std::env::temp_dir().join(format!("mend-frozen-v3-{file}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        let s = open(&d);
        let report = s.import_file(&fixture(file), false).unwrap();
        assert_eq!((report.added.pain, report.added.exercise, report.added.calcium), (3, 2, 2), "{file}");
        assert_eq!((report.profile_set, report.red_flags_added), (profile, flags), "{file}");
        assert!(report.tags_created.is_empty() && report.day_factors_added == 0, "{file}");
        let day = s.day_summary("2026-10-02".parse().unwrap()).unwrap();
        assert_eq!(day.pain[0].entry.note, "=SUM(1,2) after feeding", "{file}: the escaped note reads back");
        assert_eq!(s.import_file(&fixture(file), false).unwrap().duplicates, 7, "{file}: twice adds nothing");
        std::fs::remove_dir_all(&d).unwrap();
    }
}

#[test]
fn a_schema_3_backup_restores_through_the_migration() {
    let d = std::env::temp_dir().join(format!("mend-frozen-v3-restore-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    let s = open(&d);
    api::log::<mend_core::model::Pain>(&s, &json!({"date": "2026-11-20", "score": 2})).unwrap();
    let verified = mend_core::integrity::verify(&fixture("v3-mend.sqlite3"), None).unwrap();
    assert_eq!((verified.version, verified.entries), (3, 7));
    s.restore(&fixture("v3-mend.sqlite3")).unwrap();
    assert_eq!(s.check().unwrap().entries, 7);
    assert_eq!(upgraded(&s).0, mend_core::schema::latest_version() as i64);
    assert_eq!(s.profile().unwrap().profile.birth_date.unwrap().to_string(), "2026-09-20");
    std::fs::remove_dir_all(&d).unwrap();
}
