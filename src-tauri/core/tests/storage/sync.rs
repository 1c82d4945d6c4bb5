//! Sync through a shared folder, in-process: two or three data folders and one folder between
//! them, as a sync service would keep it. Each merge rule the README states has a test here;
//! `sync_converges` (proptest) checks that any order of syncs ends in the same diary.

use std::path::{Path, PathBuf};

use mend_core::api;
use mend_core::clock::Clock;
use mend_core::model::{Calcium, Pain};
use mend_core::Store;
use serde_json::json;

use crate::common::assert_invalid;

pub const PHRASE: &str = "our kitchen table";
pub const NOTE: &str = "left-hip-after-the-school-run-5521";
/// Argon2id's smallest cost a key file may hold: these tests are about the rules.
pub const FAST: mend_core::cipher::Kdf = mend_core::cipher::Kdf::SMALLEST;

pub fn dir(name: &str) -> PathBuf {
    tempfile::Builder::new().prefix(&format!("mend-sync-{name}-")).tempdir().unwrap().keep()
}

/// A new root folder and the shared folder `Sync` in it.
fn shared(name: &str) -> (PathBuf, PathBuf) {
    let root = dir(name);
    let folder = root.join("Sync");
    std::fs::create_dir(&folder).unwrap();
    (root, folder)
}

/// A clock that runs, `hours` ahead of the system's (a computer set to the wrong time).
struct Skewed(i64);

impl Clock for Skewed {
    fn now(&self) -> chrono::DateTime<chrono::Local> {
        chrono::Local::now() + chrono::Duration::hours(self.0)
    }
}

/// A computer: its own data folder, with the right time.
pub fn computer(root: &Path, name: &str) -> Store {
    computer_ahead(root, name, 0)
}

/// A computer whose clock is `hours` ahead.
fn computer_ahead(root: &Path, name: &str, hours: i64) -> Store {
    Store::open(&root.join(name)).unwrap().with_clock(Skewed(hours))
}

pub fn start(s: &Store, folder: &Path) -> mend_core::sync::Report {
    s.sync_start_with(folder, PHRASE, FAST).unwrap()
}

/// Her diary as it should read the same on every computer: every row by its uid, without the
/// local ids and the rows' own write times.
pub fn diary(s: &Store) -> Vec<String> {
    s.with_connection(|c| {
        let mut rows = Vec::new();
        for sql in [
            "SELECT 'pain', uid, date, time, score, locations, note, created_at, updated_at FROM pain",
            "SELECT 'exercise', uid, date, kind, minutes, intensity, note, created_at, updated_at FROM exercise",
            "SELECT 'calcium', uid, date, time, mg, source, note, created_at, updated_at FROM calcium",
            "SELECT 'profile', birth_date, delivery_type, epidural, breastfeeding, age_band FROM profile",
            "SELECT 'factor', date, sleep_half_hours, mood FROM day_factor",
            "SELECT 'tag', uid, name, retired FROM tag",
            "SELECT 'day_tag', d.date, t.uid FROM day_tag d JOIN tag t ON t.id = d.tag_id",
            "SELECT 'flag', date, flag FROM red_flag",
        ] {
            let mut stmt = c.prepare(sql)?;
            let n = stmt.column_count();
            let found = stmt.query_map([], |r| {
                (0..n)
                    .map(|i| r.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}")))
                    .collect::<rusqlite::Result<Vec<_>>>()
                    .map(|v| v.join("|"))
            })?;
            rows.extend(found.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        rows.sort();
        Ok(rows)
    })
    .unwrap()
}

fn notes(s: &Store) -> Vec<String> {
    let mut notes: Vec<String> = s
        .with_connection(|c| {
            let mut stmt = c.prepare("SELECT note FROM pain")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<Vec<String>>>()?)
        })
        .unwrap();
    notes.sort();
    notes
}

fn pain_id(s: &Store, note: &str) -> i64 {
    s.with_connection(|c| Ok(c.query_row("SELECT id FROM pain WHERE note = ?1", [note], |r| r.get(0))?)).unwrap()
}

/// Every file under `d` with its bytes.
fn files(d: &Path) -> std::collections::BTreeMap<PathBuf, Vec<u8>> {
    let (mut found, mut stack) = (std::collections::BTreeMap::new(), vec![d.to_path_buf()]);
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            } else {
                found.insert(e.path(), std::fs::read(e.path()).unwrap());
            }
        }
    }
    found
}

fn files_holding(d: &Path, needle: &str) -> Vec<PathBuf> {
    files(d)
        .into_iter()
        .filter(|(_, b)| b.windows(needle.len()).any(|w| w == needle.as_bytes()))
        .map(|(p, _)| p)
        .collect()
}

#[test]
fn a_diary_logged_on_one_computer_appears_on_another_encrypted_in_the_folder() {
    let (root, folder) = shared("two");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 6, "note": NOTE, "locations": ["lower_back"]}))
        .unwrap();
    api::save_profile(&a, &json!({"birthDate": "2026-10-30", "deliveryType": "caesarean", "epidural": true})).unwrap();
    api::set_sleep(&a, &json!("2026-12-01"), &json!(6.5)).unwrap();
    let tag = api::create_tag(&a, &json!("Physio day")).unwrap();
    api::set_day_tag(&a, &json!("2026-12-01"), &json!(tag.id), &json!(true)).unwrap();
    api::save_red_flags(&a, &json!("2026-12-01"), &json!(["fever"])).unwrap();

    let first = start(&a, &folder);
    assert!(first.sent >= 6, "her whole diary goes out on the first sync: {first:?}");
    assert!(first.problems.is_empty(), "{first:?}");
    // B, with its own entry already, joins with the same phrase.
    api::log::<Calcium>(&b, &json!({"date": "2026-12-02", "mg": 500, "source": "food"})).unwrap();
    let joined = start(&b, &folder);
    assert_eq!(joined.received, first.sent, "{joined:?}");
    a.sync_now().unwrap();
    assert_eq!(diary(&a), diary(&b), "both computers hold one diary");
    assert_eq!(b.profile().unwrap().profile, a.profile().unwrap().profile);
    assert!(b.profile().unwrap().profile.epidural);
    assert_eq!(b.day_factors("2026-12-01".parse().unwrap()).unwrap().tags[0].name, "Physio day");

    // Nothing she wrote is readable in the folder.
    assert!(!files_holding(&root.join("a"), NOTE).is_empty(), "the search finds the note in her plain diary");
    assert_eq!(files_holding(&folder, NOTE), Vec::<PathBuf>::new());
    assert_eq!(files_holding(&folder, "Physio"), Vec::<PathBuf>::new());

    let status = b.sync_status().unwrap();
    assert_eq!(status.devices.len(), 1, "{status:?}");
    assert!(status.devices[0].last_change.is_some());
    assert_eq!(status.pending, 0);
}

#[test]
fn a_wrong_phrase_is_refused_with_a_sentence_and_changes_nothing() {
    let (root, folder) = shared("phrase");
    let a = computer(&root, "a");
    start(&a, &folder);
    let before = files(&folder);
    let b = computer(&root, "b");
    api::log::<Pain>(&b, &json!({"date": "2026-12-01", "score": 2})).unwrap();
    let wrong = b.sync_start_with(&folder, "not our phrase", FAST);
    assert_invalid(wrong, "phrase", "does not open the files your other computers put in this folder");
    assert!(!b.sync_status().unwrap().on);
    assert_eq!(files(&folder), before, "the folder is untouched");
    assert_invalid(b.sync_start_with(&folder, "short", FAST), "phrase", "at least 8 characters");
    assert_invalid(b.sync_start_with(&root.join("missing"), PHRASE, FAST), "folder", "is not a folder Mend can use");
    let off = b.sync_now().unwrap_err();
    assert!(off.to_string().contains("Sync is not on"), "{off}");
}

#[test]
fn the_later_edit_wins_even_against_a_computer_whose_clock_runs_a_day_ahead() {
    let (root, folder) = shared("clock");
    let (a, b) = (computer_ahead(&root, "a", 24), computer(&root, "b"));
    let p = api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "first"})).unwrap();
    start(&a, &folder);
    start(&b, &folder);
    // B edits after A, but by the wall clocks A's next edit is a day "later" than B's.
    let id = pain_id(&b, "first");
    api::update::<Pain>(&b, &json!(id), &json!({"date": "2026-12-01", "score": 5, "note": "b edits"})).unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(notes(&a), ["b edits"], "B's edit is later than A's first save by the hybrid clock");
    // Concurrent edits: A's (clock a day ahead) wins this once...
    api::update::<Pain>(&a, &json!(p.id), &json!({"date": "2026-12-01", "score": 7, "note": "a again"})).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    api::update::<Pain>(&b, &json!(id), &json!({"date": "2026-12-01", "score": 3, "note": "b concurrently"})).unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(notes(&a), notes(&b));
    assert_eq!(notes(&b), ["a again"], "a clock ahead wins a concurrent edit");
    // ...but not forever: once B has seen A's change, B's next edit comes after it.
    api::update::<Pain>(&b, &json!(id), &json!({"date": "2026-12-01", "score": 2, "note": "b later"})).unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(notes(&a), ["b later"], "B's later edit wins although its clock is a day behind A's");
}

#[test]
fn a_delete_beats_an_older_edit_that_arrives_after_it() {
    let (root, folder) = shared("delete");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "to go"})).unwrap();
    start(&a, &folder);
    start(&b, &folder);
    // B edits first (and does not sync yet); A deletes later and syncs first.
    let id = pain_id(&b, "to go");
    api::update::<Pain>(&b, &json!(id), &json!({"date": "2026-12-01", "score": 5, "note": "edited"})).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    api::delete_entry(&a, &json!("pain"), &json!(pain_id(&a, "to go"))).unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(notes(&a), Vec::<String>::new(), "the later delete wins on A");
    assert_eq!(notes(&b), Vec::<String>::new(), "and on B, whose older edit lost");
    // A third computer joining later gets the same, and no deleted entry comes back.
    let c = computer(&root, "c");
    start(&c, &folder);
    assert_eq!(diary(&c), diary(&a));
}

#[test]
fn same_named_tags_are_one_profile_fields_merge_one_by_one_and_the_later_flag_set_wins() {
    let (root, folder) = shared("rules");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    start(&a, &folder);
    start(&b, &folder);
    let ta = api::create_tag(&a, &json!("Walk")).unwrap();
    let tb = api::create_tag(&b, &json!("walk")).unwrap();
    api::set_day_tag(&a, &json!("2026-12-01"), &json!(ta.id), &json!(true)).unwrap();
    api::set_day_tag(&b, &json!("2026-12-02"), &json!(tb.id), &json!(true)).unwrap();
    api::save_profile(&a, &json!({"birthDate": "2026-10-30"})).unwrap();
    api::save_profile(&b, &json!({"breastfeeding": true})).unwrap();
    api::save_red_flags(&a, &json!("2026-12-01"), &json!(["fever"])).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    api::save_red_flags(&b, &json!("2026-12-01"), &json!(["fainting"])).unwrap();
    for s in [&a, &b, &a] {
        s.sync_now().unwrap();
    }
    assert_eq!(diary(&a), diary(&b));
    let tags = a.list_tags().unwrap();
    assert_eq!(tags.len(), 1, "one tag: {tags:?}");
    for day in ["2026-12-01", "2026-12-02"] {
        assert_eq!(a.day_factors(day.parse().unwrap()).unwrap().tags.len(), 1, "{day} keeps its tag");
    }
    let p = b.profile().unwrap().profile;
    assert_eq!((p.birth_date.map(|d| d.to_string()), p.breastfeeding), (Some("2026-10-30".into()), true));
    let flags = api::save_red_flags(&a, &json!("2026-12-01"), &json!(["fainting"])).unwrap();
    assert_eq!(flags, ["fainting"], "B's later set replaced A's");
    // Renaming a tag keeps it one tag everywhere.
    api::rename_tag(&b, &json!(tags[0].id), &json!("Long walk")).unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    assert_eq!(a.list_tags().unwrap()[0].name, "Long walk");
}

#[test]
fn what_sync_services_leave_in_the_folder_is_skipped_and_reported_and_never_stops_the_rest() {
    let (root, folder) = shared("hostile");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    start(&a, &folder);
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "one"})).unwrap();
    a.sync_now().unwrap();
    api::log::<Pain>(&a, &json!({"date": "2026-12-02", "score": 5, "note": "two"})).unwrap();
    a.sync_now().unwrap();
    let dev = a.sync_status().unwrap().device.unwrap();
    let mine = folder.join(&dev);
    // A conflict copy (a duplicate of file 2), a partial file, a stray, a damaged file 3, and a
    // file 4 sealed for another place (file 1's bytes renamed).
    std::fs::copy(mine.join("00000002.mendsync"), mine.join("00000002.sync-conflict-20261203-101010-ABCDEFG.mendsync"))
        .unwrap();
    std::fs::write(mine.join(".syncthing.00000005.mendsync.tmp"), b"partial").unwrap();
    std::fs::write(mine.join("notes.txt"), b"hello").unwrap();
    let mut cut = std::fs::read(mine.join("00000002.mendsync")).unwrap();
    cut.truncate(cut.len() / 2);
    std::fs::write(mine.join("00000003.mendsync"), cut).unwrap();
    std::fs::copy(mine.join("00000001.mendsync"), mine.join("00000004.mendsync")).unwrap();
    #[cfg(unix)]
    rustix_mkfifo(&mine.join("00000006.mendsync"));

    let report = start(&b, &folder);
    assert_eq!(notes(&b), ["one", "two"], "the good files were applied: {report:?}");
    let codes = |r: &mend_core::sync::Report| {
        let mut c: Vec<String> =
            r.problems.iter().map(|p| format!("{} {}", p.code, p.file.rsplit('/').next().unwrap())).collect();
        c.sort();
        c
    };
    let mut expected = vec![
        "conflict-copy 00000002.sync-conflict-20261203-101010-ABCDEFG.mendsync",
        "partial .syncthing.00000005.mendsync.tmp",
        "stray notes.txt",
        "unreadable 00000003.mendsync",
        "unreadable 00000004.mendsync",
    ];
    if cfg!(unix) {
        expected.insert(2, "stray 00000006.mendsync");
    }
    assert_eq!(codes(&report), expected);
    let status = b.sync_status().unwrap();
    assert!(status.problems.iter().any(|p| p.message.contains("conflict copy made by the sync service")), "{status:?}");
    // Applied once: syncing again applies nothing new, and the same problems stay reported.
    let again = b.sync_now().unwrap();
    assert_eq!(again.received, 0);
    assert_eq!(codes(&again), expected);
    assert_eq!(notes(&b), ["one", "two"]);
}

#[cfg(unix)]
fn rustix_mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[test]
fn a_removed_computer_is_not_read_again_and_what_it_changed_is_not_lost() {
    let (root, folder) = shared("remove");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    start(&a, &folder);
    api::log::<Pain>(&b, &json!({"date": "2026-12-01", "score": 4, "note": "from b"})).unwrap();
    start(&b, &folder);
    a.sync_now().unwrap();
    let b_id = b.sync_status().unwrap().device.unwrap();
    let status = a.sync_remove_device(&b_id).unwrap();
    assert!(status.devices.is_empty(), "{status:?}");
    assert!(!folder.join(&b_id).exists(), "its folder is gone from the sync folder");
    assert_invalid(a.sync_remove_device(&status.device.unwrap()), "device", "not another computer");
    a.sync_now().unwrap();
    let c = computer(&root, "c");
    start(&c, &folder);
    assert_eq!(notes(&c), ["from b"], "A sent B's entry again, so a computer joining later still gets it");
    // Turning sync off keeps her diary.
    assert!(!a.sync_stop().unwrap().on);
    assert_eq!(notes(&a), ["from b"]);
}

/// `fixtures/v4-mend.sqlite3`: the last schema before sync (version 4), made by Mend's own
/// migration files 0001–0004 with rows as that schema's build wrote them (a profile, entries of
/// each kind, sleep and mood, two tags on two days, a ticked sign).
#[test]
fn the_schema_4_database_gains_ids_for_sync_and_keeps_everything() {
    let d = dir("upgrade");
    std::fs::copy(
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v4-mend.sqlite3"),
        d.join(mend_core::files::DB_FILE),
    )
    .unwrap();
    let s = Store::open(&d).unwrap();
    let (rows, distinct): (i64, i64) = s
        .with_connection(|c| {
            Ok(c.query_row(
                "SELECT (SELECT count(*) FROM pain) + (SELECT count(*) FROM exercise) + (SELECT count(*) FROM calcium),
                        (SELECT count(DISTINCT uid) FROM (SELECT uid FROM pain UNION ALL SELECT uid FROM exercise
                                                          UNION ALL SELECT uid FROM calcium) WHERE length(uid) = 32)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?)
        })
        .unwrap();
    assert_eq!((rows, distinct), (4, 4), "every entry has its own 128-bit uid");
    let before = diary(&s);
    assert!(before.iter().any(|r| r.contains(r#"Text("physio day")|Text("Physio day")|Integer(0)"#)), "{before:?}");
    assert!(before.iter().any(|r| r.starts_with(r#"Text("day_tag")|Text("2026-10-02")|Text("slept in")"#)));
    assert_eq!(s.check().unwrap().integrity, "ok");
    // Synced onto a new computer, it arrives whole.
    let folder = d.join("Sync");
    std::fs::create_dir(&folder).unwrap();
    let report = s.sync_start_with(&folder, PHRASE, FAST).unwrap();
    assert!(report.sent >= 11, "4 entries, 2 tags on 2 days, sleep and mood, a sign, the profile: {report:?}");
    let other = computer(&d, "other");
    start(&other, &folder);
    assert_eq!(diary(&other), diary(&s));
}

#[test]
fn an_unreachable_folder_is_said_and_changes_nothing() {
    let (root, folder) = shared("gone");
    let a = computer(&root, "a");
    start(&a, &folder);
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "waits"})).unwrap();
    std::fs::rename(&folder, root.join("Sync moved")).unwrap();
    let report = a.sync_now().unwrap();
    assert_eq!((report.sent, report.problems[0].code.as_str()), (0, "unreachable"));
    let status = a.sync_status().unwrap();
    assert!(status.problems[0].message.contains("cannot be reached"), "{status:?}");
    assert_eq!(status.pending, 1, "the change waits to be sent");
    std::fs::rename(root.join("Sync moved"), &folder).unwrap();
    assert_eq!(a.sync_now().unwrap().sent, 1);
    assert!(a.sync_status().unwrap().problems.is_empty());
}

#[test]
fn a_restored_backup_catches_up_with_the_folder_and_undoes_nothing_elsewhere() {
    let (root, folder) = shared("restore");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    start(&a, &folder);
    start(&b, &folder);
    // The backup holds an entry not sent yet.
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "before the backup"})).unwrap();
    let backup = a.backup_to(None).unwrap();
    api::log::<Pain>(&a, &json!({"date": "2026-12-02", "score": 5, "note": "after the backup"})).unwrap();
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    // B edits the entry the backup holds; A gets the edit.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let id = pain_id(&b, "before the backup");
    api::update::<Pain>(&b, &json!(id), &json!({"date": "2026-12-01", "score": 3, "note": "edited on b"})).unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    // A restores the older backup: its own later entry and B's edit come back from the folder,
    // and the backup's unsent entry does not go out again as new over B's edit.
    a.restore(&backup).unwrap();
    assert_eq!(notes(&a), ["before the backup"]);
    a.sync_now().unwrap();
    b.sync_now().unwrap();
    assert_eq!(notes(&a), ["after the backup", "edited on b"]);
    assert_eq!(diary(&a), diary(&b));
}

#[test]
fn turning_sync_on_again_sends_her_diary_as_old_as_it_is_and_a_new_folder_starts_afresh() {
    let (root, folder) = shared("again");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "first"})).unwrap();
    start(&a, &folder);
    start(&b, &folder);
    // B stops syncing; A edits the entry meanwhile; B turns sync on again: B's older copy,
    // sent again, does not win over A's newer edit.
    b.sync_stop().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    let id = pain_id(&a, "first");
    api::update::<Pain>(&a, &json!(id), &json!({"date": "2026-12-01", "score": 6, "note": "edited on a"})).unwrap();
    a.sync_now().unwrap();
    start(&b, &folder);
    a.sync_now().unwrap();
    assert_eq!((notes(&a), notes(&b)), (vec!["edited on a".to_owned()], vec!["edited on a".to_owned()]));
    // Both move to a new, empty folder: numbering starts again there, and each reads the
    // other's files from the first.
    a.sync_stop().unwrap();
    b.sync_stop().unwrap();
    api::log::<Pain>(&b, &json!({"date": "2026-12-02", "score": 2, "note": "while off"})).unwrap();
    let new = root.join("Sync 2");
    std::fs::create_dir(&new).unwrap();
    start(&a, &new);
    start(&b, &new);
    a.sync_now().unwrap();
    assert_eq!(notes(&a), ["edited on a", "while off"]);
    assert_eq!(diary(&a), diary(&b));
}

#[test]
fn removing_a_computer_sends_its_changes_on_without_undoing_a_newer_one() {
    let (root, folder) = shared("resend");
    let (a, b) = (computer(&root, "a"), computer(&root, "b"));
    let c = computer(&root, "c");
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "first"})).unwrap();
    for s in [&a, &b, &c] {
        start(s, &folder);
    }
    // B edits; A and C get it. Then C edits again, and A has not seen that yet.
    api::update::<Pain>(&b, &json!(pain_id(&b, "first")), &json!({"date": "2026-12-01", "score": 5, "note": "by b"}))
        .unwrap();
    b.sync_now().unwrap();
    a.sync_now().unwrap();
    c.sync_now().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(5));
    api::update::<Pain>(&c, &json!(pain_id(&c, "by b")), &json!({"date": "2026-12-01", "score": 6, "note": "by c"}))
        .unwrap();
    c.sync_now().unwrap();
    // A removes B: B's edit goes out again from A with B's own clock, so C's newer edit wins.
    a.sync_remove_device(&b.sync_status().unwrap().device.unwrap()).unwrap();
    a.sync_now().unwrap();
    c.sync_now().unwrap();
    assert_eq!((notes(&a), notes(&c)), (vec!["by c".to_owned()], vec!["by c".to_owned()]));
    let d = computer(&root, "d");
    start(&d, &folder);
    assert_eq!(notes(&d), ["by c"]);
}

#[test]
fn a_diary_copied_onto_another_computer_takes_its_own_id_and_both_go_on_syncing() {
    let (root, folder) = shared("moved");
    let a = computer(&root, "a");
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": "on the laptop"})).unwrap();
    start(&a, &folder);
    drop(a);
    // Her data folder copied whole to a new computer, whose sync service keeps its own copy of
    // the folder; the old computer goes on too.
    copy_dir(&root.join("a"), &root.join("copy"));
    let theirs = root.join("Sync on the new one");
    carry(&folder, &theirs);
    let (a, copy) = (computer(&root, "a"), computer(&root, "copy"));
    let path = theirs.to_str().unwrap().to_owned();
    copy.with_connection(|c| Ok(c.execute("UPDATE sync_config SET folder = ?1", [&path])?)).unwrap();
    api::log::<Pain>(&copy, &json!({"date": "2026-12-02", "score": 5, "note": "on the new one"})).unwrap();
    copy.sync_now_as("new-desktop").unwrap();
    api::log::<Pain>(&a, &json!({"date": "2026-12-02", "score": 3, "note": "still on the laptop"})).unwrap();
    a.sync_now().unwrap();
    // The sync service carries each side's files to the other (a name already there is a
    // conflict it would not overwrite).
    carry(&folder, &theirs);
    carry(&theirs, &folder);
    a.sync_now().unwrap();
    copy.sync_now_as("new-desktop").unwrap();
    assert_ne!(a.sync_status().unwrap().device, copy.sync_status().unwrap().device, "two computers, two ids");
    assert_eq!(notes(&a), ["on the laptop", "on the new one", "still on the laptop"]);
    assert_eq!(diary(&a), diary(&copy));
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        if e.file_type().unwrap().is_file() {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// Copies every computer's files in `from` that `to` does not have yet.
fn carry(from: &Path, to: &Path) {
    for d in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(d.file_name());
        std::fs::create_dir_all(&target).unwrap();
        for f in std::fs::read_dir(d.path()).unwrap().flatten() {
            if !target.join(f.file_name()).exists() {
                std::fs::copy(f.path(), target.join(f.file_name())).unwrap();
            }
        }
    }
}

#[test]
fn locking_a_synced_diary_changes_nothing_to_send() {
    let (root, folder) = shared("lock");
    let a = computer(&root, "a");
    api::log::<Pain>(&a, &json!({"date": "2026-12-01", "score": 4, "note": NOTE})).unwrap();
    start(&a, &folder);
    // Converting the file (sqlcipher_export) copies rows without firing the change log.
    a.encrypt_with("a passphrase for a", false, FAST).unwrap();
    assert_eq!(a.sync_status().unwrap().pending, 0);
    assert_eq!(a.sync_now().unwrap().sent, 0);
    a.decrypt().unwrap();
    assert_eq!(a.sync_status().unwrap().pending, 0);
}
