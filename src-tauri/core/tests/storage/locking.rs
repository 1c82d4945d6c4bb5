//! Her diary locked: encryption at rest turned on and off, unlocking, the passphrase changed
//! or set again with the recovery code, and backups under the diary's key.

use std::path::{Path, PathBuf};

use mend_core::api;
use mend_core::clock::FixedClock;
use mend_core::model::Pain;
use mend_core::store::{Mode, Secret};
use mend_core::Store;
use serde_json::json;

use crate::common::assert_invalid;

const NOTE: &str = "zebra-crossing-ache-7341";
const PASS: &str = "correct horse battery";
/// Argon2id's smallest cost a key file may hold: these tests are about everything but the
/// cost (the first uses Mend's own).
const FAST: mend_core::cipher::Kdf = mend_core::cipher::Kdf::SMALLEST;

fn dir(name: &str) -> PathBuf {
    tempfile::Builder::new().prefix(&format!("mend-lock-{name}-")).tempdir().unwrap().keep()
}

fn open(d: &Path) -> Store {
    Store::open(d).unwrap().with_clock(FixedClock::noon(2026, 11, 24))
}

/// Every file under `d`, with its path, that holds `needle` (as UTF-8 bytes).
fn files_holding(d: &Path, needle: &str) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![d.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if std::fs::read(&p).unwrap().windows(needle.len()).any(|w| w == needle.as_bytes()) {
                found.push(p);
            }
        }
    }
    found
}

fn pain_notes(s: &Store) -> Vec<String> {
    let doc = String::from_utf8(s.export(mend_core::transfer::Format::Csv).unwrap()).unwrap();
    doc.lines().filter(|l| l.starts_with("pain,")).map(str::to_owned).collect()
}

#[test]
fn nothing_she_wrote_is_readable_in_the_data_folder_once_locked_and_all_comes_back_unlocked() {
    let d = dir("whole");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    s.daily_backup().unwrap().expect("a backup of the plain diary");
    s.backup_to(None).unwrap();
    assert!(!files_holding(&d, NOTE).is_empty(), "the plain diary holds the note, so the search can find it");

    let locked = s.encrypt(PASS, false).unwrap();
    assert!(mend_core::cipher::recovery::normalise(&locked.recovery_code).is_some(), "{}", locked.recovery_code);
    assert!(locked.left_plain.is_empty(), "{:?}", locked.left_plain);
    // Still open and writable after the switch; a new backup is encrypted too.
    api::log::<Pain>(&s, &json!({"date": "2026-11-21", "score": 3, "note": format!("{NOTE} again")})).unwrap();
    std::fs::remove_file(s.backup_to(None).unwrap()).unwrap();
    s.backup_to(None).unwrap();
    assert_eq!(s.backups().unwrap().len(), 2, "the daily one and the manual one (the same name, taken again)");
    assert!(s.backups().unwrap().iter().all(|b| b.entries.is_some()), "backups read under the key");
    assert_eq!(files_holding(&d, NOTE), Vec::<PathBuf>::new(), "her words are in clear nowhere, WAL included");
    assert!(files_holding(&d, "SQLite format 3").is_empty(), "no file in the folder is a plain database");
    drop(s);
    assert_eq!(files_holding(&d, NOTE), Vec::<PathBuf>::new(), "nor once the app has closed");

    // Opened again: locked. Nothing can be read or written, and a wrong passphrase changes nothing.
    let s = open(&d);
    assert_eq!(s.mode(), Mode::Locked);
    assert!(s.lock_status().unwrap().locked && s.lock_status().unwrap().encrypted);
    let e = s.profile().unwrap_err();
    assert_eq!(e.code(), "locked", "{e}");
    assert!(e.to_string().starts_with("This diary is locked"), "{e}");
    assert_invalid(s.unlock(Secret::Passphrase("correct horse battery!")), "passphrase", "passphrase");
    assert_eq!(s.mode(), Mode::Locked);
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    assert_eq!(s.mode(), Mode::Own);
    assert_eq!(pain_notes(&s).len(), 2);
    assert!(pain_notes(&s)[0].contains(NOTE));

    // Locked again by hand; then turned off: every file plain, the key file gone.
    s.lock().unwrap();
    assert_eq!(s.profile().unwrap_err().code(), "locked");
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    s.decrypt().unwrap();
    assert!(!d.join(mend_core::cipher::KEY_FILE).exists());
    assert!(files_holding(&d, NOTE).len() >= 2, "the diary and its backups are plain again");
    drop(s);
    let s = open(&d);
    assert_eq!(s.mode(), Mode::Own);
    assert_eq!(pain_notes(&s).len(), 2);
    assert!(s.backups().unwrap().iter().all(|b| b.entries.is_some()));
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn the_passphrase_changes_without_re_encrypting_and_the_recovery_code_sets_a_new_one() {
    let d = dir("rekey");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    let code = s.encrypt_with(PASS, false, FAST).unwrap().recovery_code;
    let db = d.join(mend_core::files::DB_FILE);
    drop(s);
    let before = std::fs::read(&db).unwrap();

    let s = open(&d);
    assert_invalid(
        s.change_passphrase(Secret::Passphrase("not it at all"), "a new one, long"),
        "passphrase",
        "passphrase",
    );
    assert_invalid(s.change_passphrase(Secret::Passphrase(PASS), "short"), "newPassphrase", "8");
    s.change_passphrase(Secret::Passphrase(PASS), "second passphrase").unwrap();
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database is not rewritten");
    assert_invalid(s.unlock(Secret::Passphrase(PASS)), "passphrase", "passphrase");
    s.unlock(Secret::Passphrase("second passphrase")).unwrap();
    drop(s);

    // Forgotten: the recovery code, typed in lower case with spaces, sets a third.
    let s = open(&d);
    let typed = code.to_lowercase().replace('-', " ");
    let mut wrong = code.clone().into_bytes();
    wrong[0] = if wrong[0] == b'A' { b'B' } else { b'A' };
    assert_invalid(
        s.change_passphrase(Secret::RecoveryCode(std::str::from_utf8(&wrong).unwrap()), "third passphrase"),
        "recoveryCode",
        "recovery code",
    );
    assert_invalid(s.unlock(Secret::RecoveryCode("ABCD-1234")), "recoveryCode", "recovery code");
    s.change_passphrase(Secret::RecoveryCode(&typed), "third passphrase").unwrap();
    s.unlock(Secret::Passphrase("third passphrase")).unwrap();
    assert!(pain_notes(&s)[0].contains(NOTE));
    // The recovery code also unlocks directly.
    s.lock().unwrap();
    s.unlock(Secret::RecoveryCode(&code)).unwrap();
    assert_eq!(s.mode(), Mode::Own);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn backups_restore_under_the_key_and_another_diarys_are_refused_changing_nothing() {
    let (a, b) = (dir("bk-a"), dir("bk-b"));
    let sa = open(&a);
    api::log::<Pain>(&sa, &json!({"date": "2026-11-20", "score": 5, "note": "first"})).unwrap();
    sa.encrypt_with(PASS, false, FAST).unwrap();
    let mine = sa.backup_to(None).unwrap();
    api::log::<Pain>(&sa, &json!({"date": "2026-11-21", "score": 2, "note": "second"})).unwrap();
    let sb = open(&b);
    api::log::<Pain>(&sb, &json!({"date": "2026-11-19", "score": 9, "note": "theirs"})).unwrap();
    sb.encrypt_with(PASS, false, FAST).unwrap();
    let theirs = sb.backup_to(None).unwrap();
    let plain_diary = dir("bk-plain");
    let sp = open(&plain_diary);
    api::log::<Pain>(&sp, &json!({"date": "2026-11-18", "score": 1, "note": "plain one"})).unwrap();
    let plain = sp.backup_to(None).unwrap();

    // Another diary's backup, even under the same passphrase, is refused; nothing changes.
    let e = sa.restore(&theirs).unwrap_err();
    assert!(e.to_string().contains("another diary"), "{e}");
    assert_eq!(pain_notes(&sa).len(), 2);
    // An encrypted backup offered to a plain diary: the same.
    let e = sp.restore(&mine).unwrap_err();
    assert!(e.to_string().contains("another diary"), "{e}");
    // Her own restores; a plain backup restores into the encrypted diary, encrypted.
    sa.restore(&mine).unwrap();
    assert_eq!(pain_notes(&sa).len(), 1);
    sa.restore(&plain).unwrap();
    assert!(pain_notes(&sa)[0].contains("plain one"));
    drop(sa);
    assert!(files_holding(&a, "plain one").is_empty(), "restored data is encrypted too");
    for d in [a, b, plain_diary] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn a_kill_between_steps_is_finished_at_the_next_open() {
    // Encrypting stopped after the database, before the backups: unlocking seals them.
    let d = dir("resume");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    let plain_backup = s.backup_to(None).unwrap();
    let kept = std::fs::read(&plain_backup).unwrap();
    s.encrypt_with(PASS, false, FAST).unwrap();
    drop(s);
    std::fs::write(&plain_backup, kept).unwrap();
    assert_eq!(files_holding(&d, NOTE), vec![plain_backup.clone()]);
    let s = open(&d);
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    assert!(files_holding(&d, NOTE).is_empty());
    drop(s);

    // A key file beside a plain diary with nothing encrypted: a kill before encryption took
    // effect, or after it was turned off. It is removed, and the diary opens as it is.
    let plain = dir("stale");
    let s = open(&plain);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5})).unwrap();
    drop(s);
    std::fs::copy(d.join(mend_core::cipher::KEY_FILE), plain.join(mend_core::cipher::KEY_FILE)).unwrap();
    let s = open(&plain);
    assert_eq!(s.mode(), Mode::Own);
    assert!(!plain.join(mend_core::cipher::KEY_FILE).exists());
    for d in [d, plain] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn this_computers_keychain_opens_the_diary_without_asking_only_while_it_holds_the_right_key() {
    // The keyring crate's store is the process's; an in-memory one stands in for the Secret
    // Service here (the real one is exercised by `make e2e`'s keychain test).
    let memory = crate::common::keychain::Memory::install();
    let d = dir("keychain");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    s.encrypt_with(PASS, true, FAST).unwrap();
    assert_eq!(memory.len(), 1, "the key is in the keychain");
    assert!(s.lock_status().unwrap().keychain);
    drop(s);
    let s = open(&d);
    assert!(s.unlock_from_keychain().unwrap(), "opened without asking");
    assert_eq!(pain_notes(&s).len(), 1);
    // Forgotten by this computer: the passphrase is needed again.
    s.set_keychain(false).unwrap();
    assert_eq!(memory.len(), 0);
    drop(s);
    let s = open(&d);
    assert!(!s.unlock_from_keychain().unwrap());
    assert_eq!(s.mode(), Mode::Locked);
    // A key in the keychain that does not open this diary is not used (and nothing changes).
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    s.set_keychain(true).unwrap();
    let id = serde_json::from_slice::<serde_json::Value>(&std::fs::read(d.join(mend_core::cipher::KEY_FILE)).unwrap())
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    mend_core::cipher::keychain::save(&id, &mend_core::cipher::Key::random().unwrap()).unwrap();
    drop(s);
    let s = open(&d);
    assert!(!s.unlock_from_keychain().unwrap(), "a wrong key is not used");
    assert_eq!(s.mode(), Mode::Locked);
    // Turning encryption off removes the key from the keychain.
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    s.decrypt().unwrap();
    assert_eq!(memory.len(), 0);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn reminders_still_come_while_locked_with_mends_own_words_and_nothing_from_her_data() {
    use mend_core::clock::ManualClock;
    let d = dir("reminders");
    let clock = ManualClock::at(2026, 11, 24, 12, 0);
    let s = Store::open(&d).unwrap().with_clock(clock.clone());
    api::log::<Pain>(&s, &json!({"date": "2026-11-24", "score": 5, "note": NOTE})).unwrap();
    // The evening pain log at 21:30; calcium "not logged today" is on (a condition on her log).
    api::update_reminder(&s, &json!("log-pain-evening"), &json!({"enabled": true, "time": "21:30"})).unwrap();
    api::update_reminder(&s, &json!("calcium-not-logged"), &json!({"enabled": true, "time": "20:00"})).unwrap();
    s.encrypt_with(PASS, false, FAST).unwrap();
    drop(s);
    let key_file = std::fs::read_to_string(d.join(mend_core::cipher::KEY_FILE)).unwrap();
    assert!(key_file.contains("21:30") && !key_file.contains(NOTE), "settings beside the key, not her words");

    let s = Store::open(&d).unwrap().with_clock(clock.clone());
    assert_eq!(s.mode(), Mode::Locked);
    assert!(s.due_reminders().unwrap().notify.is_empty(), "nothing due at noon");
    clock.set(2026, 11, 24, 21, 31);
    let due = s.due_reminders().unwrap();
    let ids: Vec<&str> = due.notify.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["log-pain-evening"], "the pain log, not the calcium check that reads her log");
    assert!(due.notify[0].text.contains("log today's back pain"), "{}", due.notify[0].text);
    assert!(due.banners.is_empty(), "no banner on the lock screen");
    assert!(s.due_reminders().unwrap().notify.is_empty(), "once per slot");
    assert_eq!(s.next_reminder().unwrap(), None, "the tray's next-reminder line waits for the unlock");
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn a_damaged_encrypted_diary_recovers_from_its_encrypted_backup() {
    let d = dir("recover");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    s.encrypt_with(PASS, false, FAST).unwrap();
    s.daily_backup().unwrap().expect("today's backup, encrypted");
    drop(s);
    let db = d.join(mend_core::files::DB_FILE);
    let mut bytes = std::fs::read(&db).unwrap();
    bytes.truncate(bytes.len() / 2);
    std::fs::write(&db, &bytes).unwrap();

    let s = open(&d);
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    assert!(matches!(s.mode(), Mode::Recovery(_)), "{:?}", s.mode());
    let status = s.recovery_status().unwrap().expect("the recovery screen");
    assert_eq!(status.newest_backup.expect("the encrypted backup, read under the key").entries, Some(1));
    let kept = s.recover(mend_core::requests::RecoverAction::RestoreBackup).unwrap().expect("the damaged file kept");
    assert_eq!(std::fs::read(kept).unwrap(), bytes, "kept as it was");
    assert_eq!(s.mode(), Mode::Own);
    assert!(pain_notes(&s)[0].contains(NOTE));
    drop(s);
    // What was restored is encrypted, and opens with the passphrase.
    assert!(files_holding(&d, NOTE).is_empty());
    let s = open(&d);
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    assert_eq!(s.mode(), Mode::Own);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn a_killed_conversions_copies_go_at_the_next_open_unless_another_mend_has_the_diary_open() {
    // A decryption killed while it wrote its plain copies (beside the diary and its backups):
    // the diary is still encrypted, and her note must not stay readable beside it.
    let d = dir("leftovers");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    let plain = std::fs::read(s.backup_to(None).unwrap()).unwrap();
    s.encrypt_with(PASS, false, FAST).unwrap();
    let copies = [
        d.join(".mend-incoming-killed.sqlite3"),
        d.join("backups").join(".mend-incoming-killed.sqlite3"),
        d.join("backups").join(".mend-incoming-killed.sqlite3-journal"),
    ];
    for copy in &copies {
        std::fs::write(copy, &plain).unwrap();
    }
    // While another Mend has the diary open, they may be its copies in the making: kept.
    let other = open(&d);
    other.unlock(Secret::Passphrase(PASS)).unwrap();
    let mut holding = files_holding(&d, NOTE);
    holding.sort();
    let mut planted = copies.to_vec();
    planted.sort();
    assert_eq!(holding, planted);
    drop(other);
    drop(s);
    let s = open(&d);
    s.unlock(Secret::Passphrase(PASS)).unwrap();
    assert_eq!(files_holding(&d, NOTE), Vec::<PathBuf>::new(), "nothing she wrote in clear");
    assert_eq!(pain_notes(&s).len(), 1);
    drop(s);

    // An encryption killed while it wrote its copy: the plain diary opens, the copy goes, and a
    // file that is not Mend's stays.
    let p = dir("leftovers-plain");
    drop(open(&p));
    std::fs::write(p.join(".mend-incoming-killed.sqlite3"), b"half an encrypted copy").unwrap();
    std::fs::write(p.join(".not-mends"), b"hers").unwrap();
    drop(open(&p));
    assert!(!p.join(".mend-incoming-killed.sqlite3").exists());
    assert!(p.join(".not-mends").exists());
    for d in [d, p] {
        std::fs::remove_dir_all(d).unwrap();
    }
}

#[test]
fn another_mend_with_the_diary_open_stops_encryption_before_anything_changes() {
    let d = dir("in-use");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    // Another Mend (the window, while `mend encrypt` runs) that has only read: its WAL is empty.
    let other = open(&d);
    assert_eq!(pain_notes(&other).len(), 1);
    let e = s.encrypt_with(PASS, false, FAST).unwrap_err();
    assert!(e.to_string().contains("Another Mend"), "{e}");
    assert!(!d.join(mend_core::cipher::KEY_FILE).exists(), "no key file left behind");
    assert_eq!(files_holding(&d, "SQLite format 3").iter().filter(|p| p.ends_with("mend.sqlite3")).count(), 1);
    // Both go on working on the plain diary; with the other closed, encryption goes ahead.
    api::log::<Pain>(&other, &json!({"date": "2026-11-21", "score": 2})).unwrap();
    assert_eq!(pain_notes(&s).len(), 2);
    drop(other);
    s.encrypt_with(PASS, false, FAST).unwrap();
    assert_eq!(pain_notes(&s).len(), 2);
    std::fs::remove_dir_all(&d).unwrap();
}

#[test]
fn a_damaged_key_file_is_refused_with_a_sentence_and_changes_nothing() {
    let d = dir("key-file");
    let s = open(&d);
    api::log::<Pain>(&s, &json!({"date": "2026-11-20", "score": 5, "note": NOTE})).unwrap();
    s.encrypt_with(PASS, false, FAST).unwrap();
    drop(s);
    let key_file = d.join(mend_core::cipher::KEY_FILE);
    let db = std::fs::read(d.join(mend_core::files::DB_FILE)).unwrap();
    for bad in [&b"not json"[..], br#"{"format":"mend-key","version":1}"#] {
        std::fs::write(&key_file, bad).unwrap();
        let s = open(&d);
        assert_eq!(s.mode(), Mode::Locked);
        assert_invalid(s.unlock(Secret::Passphrase(PASS)), "keyFile", "key file (mend-key.json) is damaged");
        assert_eq!(s.mode(), Mode::Locked);
        drop(s);
        assert_eq!(std::fs::read(&key_file).unwrap(), bad, "the key file is left as it is");
        assert_eq!(std::fs::read(d.join(mend_core::files::DB_FILE)).unwrap(), db, "the diary too");
    }
    std::fs::remove_dir_all(&d).unwrap();
}
