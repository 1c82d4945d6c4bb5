//! Sync from the command line as she would use it: `mend sync --folder DIR` on one computer,
//! then on another with the same phrase (a wrong one refused, nothing changed), `mend sync`,
//! `mend sync --status`; an encrypted diary stays encrypted. Then the same through two real
//! Syncthing instances on loopback (`syncthing_carries_a_diary_between_two_computers`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod common;

const PHRASE: &str = "our kitchen table";
const NOTE: &str = "sciatica-at-the-bus-stop-8812";

fn dir(name: &str) -> PathBuf {
    tempfile::Builder::new().prefix(&format!("mend-sync-{name}-")).tempdir().unwrap().keep()
}

use common::mend;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(out: Output) -> String {
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    text(&out.stdout)
}

fn holding(d: &Path, needle: &str) -> Vec<PathBuf> {
    let held = |bytes: &[u8]| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    common::files_under(d).into_iter().filter(|(_, bytes)| held(bytes)).map(|(p, _)| p).collect()
}

/// The notes of her pain entries, as `mend export` writes them.
fn pain_notes(data: &Path, env: &[(&str, &str)]) -> Vec<String> {
    let out = data.with_extension("json");
    ok(mend(data, &["export", "--format", "json", "--out", out.to_str().unwrap()], env));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    std::fs::remove_file(&out).unwrap();
    let mut notes: Vec<String> =
        doc["pain"].as_array().unwrap().iter().map(|p| p["note"].as_str().unwrap().to_owned()).collect();
    notes.sort();
    notes
}

#[test]
fn two_computers_share_a_diary_through_a_folder_and_a_wrong_phrase_changes_nothing() {
    let root = dir("cli");
    let folder = root.join("Sync");
    std::fs::create_dir(&folder).unwrap();
    let (a, b) = (root.join("a"), root.join("b"));
    let phrase = [("MEND_SYNC_PASSPHRASE", PHRASE)];
    // A's diary is encrypted at rest: it stays so, and its sync key is its own.
    ok(mend(&a, &["log", "pain", "--score", "6", "--note", NOTE], &[]));
    let locked = [("MEND_PASSPHRASE", "a passphrase for a")];
    ok(mend(&a, &["encrypt"], &locked));
    let out = mend(&a, &["sync", "--folder", folder.to_str().unwrap()], &locked);
    assert_eq!(out.status.code(), Some(1), "no phrase, no terminal");
    assert!(text(&out.stderr).contains("MEND_SYNC_PASSPHRASE"), "{}", text(&out.stderr));
    let said = ok(mend(&a, &["sync", "--folder", folder.to_str().unwrap()], &[locked[0], phrase[0]]));
    assert!(said.contains("1 change sent"), "{said}");

    // B with a wrong phrase: refused with a sentence, nothing changed anywhere.
    ok(mend(&b, &["log", "pain", "--score", "2", "--note", "from b"], &[]));
    let before = common::files_under(&folder);
    let out = mend(&b, &["sync", "--folder", folder.to_str().unwrap()], &[("MEND_SYNC_PASSPHRASE", "not our phrase")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("does not open the files your other computers put in this folder"));
    assert_eq!(common::files_under(&folder), before);
    assert!(ok(mend(&b, &["sync", "--status"], &[])).contains("Sync is off"));

    let said = ok(mend(&b, &["sync", "--folder", folder.to_str().unwrap()], &phrase));
    assert!(said.contains("1 change sent, 1 received"), "{said}");
    ok(mend(&a, &["sync"], &locked));
    assert_eq!(pain_notes(&a, &locked), pain_notes(&b, &[]));
    assert_eq!(pain_notes(&b, &[]), ["from b", NOTE]);

    let status = ok(mend(&a, &["sync", "--status"], &locked));
    assert!(status.contains("Other computers:") && status.contains("last change"), "{status}");
    // Her words are nowhere in clear: not in the folder, not in A's encrypted data folder.
    assert_eq!(holding(&folder, NOTE), Vec::<PathBuf>::new());
    assert_eq!(holding(&a, NOTE), Vec::<PathBuf>::new(), "A's diary stays encrypted");
    std::fs::remove_dir_all(&root).unwrap();
}

#[path = "common/syncthing.rs"]
mod syncthing;

/// Waits until every Mend file in `from` is in `to` with the same bytes (Syncthing writes a
/// temporary file and renames it, so a file there is whole).
fn arrived(pair: &syncthing::Pair, from: &Path, to: &Path, label: &str) {
    let relative = |d: &Path| -> Vec<(PathBuf, Vec<u8>)> {
        common::files_under(d)
            .into_iter()
            .filter(|(p, _)| p.extension().is_some_and(|e| e == "mendsync" || e == "json"))
            .map(|(p, b)| (p.strip_prefix(d).unwrap().to_path_buf(), b))
            .collect()
    };
    let want = relative(from);
    assert!(!want.is_empty(), "{label}: nothing to carry");
    pair.wait_for(
        || {
            let have = relative(to);
            want.iter().all(|w| have.contains(w))
        },
        std::time::Duration::from_secs(90),
        label,
    );
}

#[test]
fn syncthing_carries_a_diary_between_two_computers() {
    let root = dir("syncthing");
    let (a, b) = (root.join("a"), root.join("b"));
    let (a_sync, b_sync) = (root.join("a-sync"), root.join("b-sync"));
    let pair = syncthing::Pair::start(&a_sync, &b_sync);
    let phrase = [("MEND_SYNC_PASSPHRASE", PHRASE)];

    // A logs and turns sync on; its files travel to B's copy of the folder.
    ok(mend(&a, &["log", "pain", "--score", "6", "--note", NOTE], &[]));
    ok(mend(&a, &["sync", "--folder", a_sync.to_str().unwrap()], &phrase));
    arrived(&pair, &a_sync, &b_sync, "A's first files at B");
    // B joins with the same phrase: it gets A's entry and sends its own back.
    ok(mend(&b, &["log", "pain", "--score", "3", "--note", "logged on b"], &[]));
    let said = ok(mend(&b, &["sync", "--folder", b_sync.to_str().unwrap()], &phrase));
    assert!(said.contains("1 change sent, 1 received"), "{said}");
    arrived(&pair, &b_sync, &a_sync, "B's files at A");
    ok(mend(&a, &["sync"], &[]));
    assert_eq!(pain_notes(&a, &[]), ["logged on b", NOTE]);

    // A later entry on A reaches B the same way.
    ok(mend(&a, &["log", "pain", "--score", "2", "--note", "second on a"], &[]));
    ok(mend(&a, &["sync"], &[]));
    arrived(&pair, &a_sync, &b_sync, "A's second file at B");
    ok(mend(&b, &["sync"], &[]));
    assert_eq!(pain_notes(&b, &[]), ["logged on b", NOTE, "second on a"]);
    assert_eq!(pain_notes(&b, &[]), pain_notes(&a, &[]));
    assert_eq!(holding(&b_sync, NOTE), Vec::<PathBuf>::new(), "encrypted in the folder");
    let status = ok(mend(&b, &["sync", "--status"], &[]));
    assert!(status.contains("last change"), "{status}");

    let homes = pair.homes().to_path_buf();
    drop(pair);
    let left = Command::new("pgrep").arg("-f").arg(&homes).output().unwrap();
    assert!(left.stdout.is_empty(), "no syncthing left: {}", text(&left.stdout));
    std::fs::remove_dir_all(&root).unwrap();
}
