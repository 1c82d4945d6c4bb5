//! Her diary under attack and bad luck, through restore and recovery and on the file system:
//! hostile restore files, the newest backup by time, a missing database, sample data and her
//! backups, private folders and links, two writers at once. Each ends with nothing lost,
//! nothing exposed and a clear message.

use crate::common::files::{dir, entries, open};

use std::path::{Path, PathBuf};

use mend_core::api;
use mend_core::clock::FixedClock;
use mend_core::model::Pain;
use mend_core::transfer::Format;
use mend_core::Store;
use serde_json::json;

/// A store in `d` with two entries and a good backup of them; returns the backup's path.
fn with_backup(d: &Path) -> (Store, PathBuf) {
    let s = open(d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3})).unwrap();
    api::log::<Pain>(&s, &json!({"date": "2026-11-21", "score": 4})).unwrap();
    let b = s.backup_to(Some(&d.join("good.sqlite3"))).unwrap();
    (s, b)
}

/// A copy of the good backup at `name`, changed by `sql` run on it.
fn altered(d: &Path, good: &Path, name: &str, sql: &str) -> PathBuf {
    let p = d.join(name);
    std::fs::copy(good, &p).unwrap();
    let c = rusqlite::Connection::open(&p).unwrap();
    c.execute_batch(sql).unwrap();
    p
}

#[test]
fn hostile_restore_files_are_refused_with_a_reason_and_change_nothing() {
    let d = dir("hostile-restore");
    let (s, good) = with_backup(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-22", "score": 5})).unwrap();
    let before = s.export(Format::Json).unwrap();
    let backups_before = s.backups().unwrap().len();
    let mut cases: Vec<(PathBuf, &str)> = vec![
        (
            altered(
                &d,
                &good,
                "trigger.sqlite3",
                "CREATE TRIGGER wipe AFTER INSERT ON pain BEGIN DELETE FROM pain; END;",
            ),
            "trigger \"wipe\" that Mend did not create",
        ),
        (altered(&d, &good, "view.sqlite3", "CREATE VIEW spy AS SELECT * FROM pain;"), "view \"spy\""),
        (altered(&d, &good, "index.sqlite3", "CREATE INDEX extra ON pain (note);"), "index \"extra\""),
        (altered(&d, &good, "no-index.sqlite3", "DROP INDEX pain_by_date;"), "\"pain_by_date\" is missing"),
        (
            altered(&d, &good, "column.sqlite3", "ALTER TABLE pain DROP COLUMN note;"),
            "definition of \"pain\" was changed",
        ),
        (altered(&d, &good, "app-id.sqlite3", "PRAGMA application_id = 42;"), "another program"),
        (altered(&d, &good, "newer.sqlite3", "PRAGMA user_version = 99;"), "newer version of Mend"),
        (altered(&d, &good, "negative.sqlite3", "PRAGMA user_version = -1;"), "another program"),
        (altered(&d, &good, "zero.sqlite3", "PRAGMA user_version = 0;"), "another program"),
    ];
    // The header of a table's page overwritten: SQLite's full integrity check finds it.
    let torn = d.join("torn.sqlite3");
    let mut bytes = std::fs::read(&good).unwrap();
    let root: i64 = rusqlite::Connection::open(&good)
        .unwrap()
        .query_row("SELECT rootpage FROM sqlite_master WHERE name = 'pain'", [], |r| r.get(0))
        .unwrap();
    let page = 4096 * (root as usize - 1);
    bytes[page..page + 12].fill(0xA5);
    std::fs::write(&torn, bytes).unwrap();
    cases.push((torn, "damaged"));
    std::fs::write(d.join("text.sqlite3"), "just text").unwrap();
    cases.push((d.join("text.sqlite3"), "not a database Mend can read"));
    std::fs::write(d.join("empty.sqlite3"), "").unwrap();
    cases.push((d.join("empty.sqlite3"), "empty"));
    cases.push((d.clone(), "link, folder or device"));
    cases.push((d.join("nothing-here.sqlite3"), "There is no backup file"));
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&good, d.join("link.sqlite3")).unwrap();
        cases.push((d.join("link.sqlite3"), "link, folder or device"));
        let fifo = d.join("fifo.sqlite3");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a plain mkfifo(3) call on a path we own.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        cases.push((fifo, "link, folder or device"));
    }
    for (path, needle) in &cases {
        let e = s.restore(path).expect_err(&format!("{} must be refused", path.display()));
        assert_eq!(e.code(), "invalid_input", "{}: {e}", path.display());
        assert!(e.to_string().contains(needle), "{}: {e}", path.display());
        assert_eq!(s.export(Format::Json).unwrap(), before, "{}: the live data is exactly as it was", path.display());
        assert_eq!(s.backups().unwrap().len(), backups_before, "{}: no safety copy for a refused file", path.display());
    }
    let leftovers: Vec<_> = std::fs::read_dir(&d)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".mend-"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left: {leftovers:?}");
    // The good one still restores.
    s.restore(&good).unwrap();
    assert_eq!(entries(&s), 2);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn a_restored_backup_is_migrated_and_checked_before_it_replaces_anything() {
    let d = dir("restore-migrate");
    let (s, _) = with_backup(&d);
    // An older backup: schema version 2 without Mend's mark, as Mend 0.1.0 wrote them, made by
    // Mend's own first two migrations.
    let old = d.join("v2.sqlite3");
    {
        let mut c = rusqlite::Connection::open(&old).unwrap();
        mend_core::schema::migrate_to(&mut c, 2).unwrap();
        c.execute_batch(
            "INSERT INTO pain (date, score, created_at, updated_at) VALUES
                 ('2026-11-20', 3, '2026-11-20T12:00:00.000Z', '2026-11-20T12:00:00.000Z'),
                 ('2026-11-21', 4, '2026-11-21T12:00:00.000Z', '2026-11-21T12:00:00.000Z');",
        )
        .unwrap();
    }
    api::log::<Pain>(&s, &json!({"date": "2026-11-22", "score": 5})).unwrap();
    s.restore(&old).unwrap();
    assert_eq!(entries(&s), 2);
    let (version, app_id): (i64, i32) = s
        .with_connection(|c| {
            Ok((
                c.pragma_query_value(None, "user_version", |r| r.get(0))?,
                c.pragma_query_value(None, "application_id", |r| r.get(0))?,
            ))
        })
        .unwrap();
    assert_eq!((version, app_id), (mend_core::schema::latest_version() as i64, mend_core::integrity::APPLICATION_ID));
    // The live file passes the full check afterwards.
    assert_eq!(s.check().unwrap().integrity, "ok");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn recovery_offers_the_newest_good_backup_by_when_it_was_taken_not_by_name() {
    let d = dir("newest");
    let at = |h: u32| Store::open(&d).unwrap().with_clock(mend_core::clock::ManualClock::at(2026, 11, 24, h, 0));
    // Taken in this order; their names sort the other way round.
    let s = at(8);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3})).unwrap();
    s.backup_to(Some(&d.join("backups/mend-manual-zzz.sqlite3"))).unwrap();
    api::log::<Pain>(&s, &json!({"date": "2026-11-21", "score": 4})).unwrap();
    drop(s);
    let s = at(9);
    s.backup_to(Some(&d.join("backups/mend-2026-01-01.sqlite3"))).unwrap();
    api::log::<Pain>(&s, &json!({"date": "2026-11-22", "score": 5})).unwrap();
    drop(s);
    let s = at(10);
    s.backup_to(Some(&d.join("backups/mend-aaa.sqlite3"))).unwrap();
    let list: Vec<String> = s.backups().unwrap().into_iter().map(|b| b.file).collect();
    assert_eq!(list, ["mend-aaa.sqlite3", "mend-2026-01-01.sqlite3", "mend-manual-zzz.sqlite3"]);
    assert_eq!(s.newest_good_backup().unwrap().unwrap().entries, Some(3));
    // The newest is damaged: the next newest that passes every check is offered instead.
    altered(&d, &d.join("backups/mend-aaa.sqlite3"), "backups/mend-aaa.sqlite3", "PRAGMA user_version = 0;");
    let offered = s.newest_good_backup().unwrap().unwrap();
    assert_eq!((offered.file.as_str(), offered.entries), ("mend-2026-01-01.sqlite3", Some(2)));
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn a_missing_database_is_not_silently_replaced_when_backups_show_there_was_one() {
    let d = dir("missing");
    {
        let s = open(&d);
        api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3})).unwrap();
        s.daily_backup().unwrap();
    }
    std::fs::remove_file(d.join("mend.sqlite3")).unwrap();
    let e = Store::open(&d).err().expect("refused");
    assert_eq!(e.code(), "damaged");
    assert!(e.to_string().contains("is missing, but a backup of it is there"), "{e}");
    assert!(!d.join("mend.sqlite3").exists(), "no empty diary was created");
    let s = Store::open_or_recover(&d).unwrap().with_clock(FixedClock::noon(2026, 11, 24));
    assert!(matches!(s.damage(), Some(mend_core::db::Damage::Missing { backups: 1, journal: false })));
    assert_eq!(api::recover(&s, &json!("restore_backup")).unwrap(), None, "nothing to keep aside");
    assert_eq!(entries(&s), 1);
    assert_eq!(s.backups().unwrap().len(), 1, "the backup is still there");
    drop(s);

    // A journal without its database is a sign too.
    let e = dir("missing-wal");
    std::fs::write(e.join("mend.sqlite3-wal"), b"leftover").unwrap();
    assert!(matches!(
        Store::open_or_recover(&e).unwrap().damage(),
        Some(mend_core::db::Damage::Missing { backups: 0, journal: true })
    ));
    // A folder with nothing in it is simply a first start.
    let f = dir("first-start");
    assert!(Store::open(&f).is_ok());
    for p in [d, e, f] {
        std::fs::remove_dir_all(p).unwrap();
    }
}

#[test]
fn sample_data_never_touches_her_backups() {
    let d = dir("demo-backups");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3})).unwrap();
    s.daily_backup().unwrap();
    s.set_demo(true).unwrap();
    for e in [s.backup_to(None).unwrap_err(), s.daily_backup().unwrap_err()] {
        assert!(e.to_string().contains("sample data"), "{e}");
    }
    let good = s.backups().unwrap()[0].path.clone();
    assert!(s.restore(&good).unwrap_err().to_string().contains("sample data"));
    s.set_demo(false).unwrap();
    assert_eq!(s.backups().unwrap().len(), 1);
    assert_eq!(entries(&s), 1);
    std::fs::remove_dir_all(&d).unwrap();
}

#[cfg(unix)]
#[test]
fn her_folders_and_files_are_private_and_links_are_not_followed() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let mode = |p: &Path| std::fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777;
    let d = dir("private");
    std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
    let s = open(&d);
    assert_eq!(mode(&d), 0o700, "a loose data folder is tightened");
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 3})).unwrap();
    let b = s.backup_to(None).unwrap();
    s.export_to(Format::Csv, &d.join("out.csv")).unwrap();
    for p in [d.join("mend.sqlite3"), b.clone(), d.join("out.csv")] {
        assert_eq!(mode(&p), 0o600, "{}", p.display());
    }
    assert_eq!(mode(&d.join("backups")), 0o700);
    // A folder she picked for an export or a backup is hers: Mend does not change it.
    let picked = dir("private-picked");
    std::fs::set_permissions(&picked, std::fs::Permissions::from_mode(0o755)).unwrap();
    s.export_to(Format::Json, &picked.join("out.json")).unwrap();
    s.backup_to(Some(&picked.join("copy.sqlite3"))).unwrap();
    assert_eq!(mode(&picked), 0o755);
    assert_eq!(std::fs::read_dir(&picked).unwrap().count(), 2, "no temporary file left behind");
    std::fs::remove_dir_all(&picked).unwrap();

    // A link in the backups folder is not listed, not offered and not pruned through.
    let elsewhere = dir("private-elsewhere");
    std::fs::copy(&b, elsewhere.join("theirs.sqlite3")).unwrap();
    symlink(elsewhere.join("theirs.sqlite3"), d.join("backups/mend-2026-11-23.sqlite3")).unwrap();
    assert_eq!(s.backups().unwrap().len(), 1);
    drop(s);
    // A backups folder that is a link to another place is refused, not written into.
    let e = dir("private-linked-backups");
    std::fs::create_dir_all(e.join("real")).unwrap();
    let s = open(&e);
    symlink(e.join("real"), e.join("backups")).unwrap();
    assert!(s.backup_to(None).unwrap_err().to_string().contains("does not follow it"));
    assert_eq!(std::fs::read_dir(e.join("real")).unwrap().count(), 0);
    drop(s);
    // The database itself as a link: refused, left alone.
    let f = dir("private-linked-db");
    symlink(b.clone(), f.join("mend.sqlite3")).unwrap();
    let err = Store::open(&f).err().unwrap();
    assert!(err.to_string().contains("link, folder or device"), "{err}");
    // A folder that belongs to someone else (only root can make one here, as CI runs).
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        let g = dir("private-other-owner");
        let c = std::ffi::CString::new(g.to_str().unwrap()).unwrap();
        // SAFETY: chown(2) on a folder this test made.
        assert_eq!(unsafe { libc::chown(c.as_ptr(), 65534, 65534) }, 0);
        let err = Store::open(&g).err().unwrap();
        assert!(err.to_string().contains("belongs to another user"), "{err}");
        assert!(!g.join("mend.sqlite3").exists());
        std::fs::remove_dir_all(g).unwrap();
    }
    for p in [d, e, f, elsewhere] {
        std::fs::remove_dir_all(p).unwrap();
    }
}

#[test]
fn two_writers_at_once_wait_for_each_other_and_lose_nothing() {
    let d = dir("two-writers");
    drop(open(&d));
    // Each import reads what is there, then writes: under a deferred transaction the second
    // writer would fail at once with "database is locked"; IMMEDIATE makes it wait its turn.
    let rounds = 15;
    let writers: Vec<_> = (0..3)
        .map(|w| {
            let d = d.clone();
            std::thread::spawn(move || {
                let s = Store::open(&d).unwrap().with_clock(FixedClock::noon(2026, 11, 24));
                for round in 0..rounds {
                    let file = d.join(format!("w{w}-{round}.json"));
                    let pain: Vec<_> = (0..40)
                        .map(|i| json!({"date": "2026-11-20", "score": 3, "note": format!("w{w} r{round} i{i}")}))
                        .collect();
                    std::fs::write(&file, json!({"format": "mend", "version": 1, "pain": pain}).to_string()).unwrap();
                    s.import_file(&file, false).unwrap_or_else(|e| panic!("writer {w}, round {round}: {e}"));
                    api::log::<Pain>(&s, &json!({"date": "2026-11-21", "score": 1, "note": format!("w{w} r{round}")}))
                        .unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    assert_eq!(entries(&open(&d)), 3 * rounds * 41);
    std::fs::remove_dir_all(&d).unwrap();
}
