//! Her diary locked, from the command line as she would use it: `mend encrypt`, every other
//! command asking for the passphrase (the environment, or a prompt that does not echo), a
//! wrong one refused, the passphrase changed or set again with the recovery code, and
//! `mend decrypt`. Nothing she wrote is readable in the data folder while it is locked.
// Unix-only: a pseudo-terminal through script(1), exit statuses as Unix has them.
#![cfg(unix)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

mod common;

const MEND: &str = env!("CARGO_BIN_EXE_mend");
const NOTE: &str = "sciatica-after-bathtime-4417";

fn dir(name: &str) -> PathBuf {
    let d = tempfile::Builder::new().prefix(&format!("mend-lock-{name}-")).tempdir().unwrap().keep();
    std::fs::remove_dir(&d).unwrap();
    d
}

use common::mend;

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Every file under `d` that holds `needle`.
fn holding(d: &Path, needle: &str) -> Vec<PathBuf> {
    let held = |bytes: &[u8]| bytes.windows(needle.len()).any(|w| w == needle.as_bytes());
    common::files_under(d).into_iter().filter(|(_, bytes)| held(bytes)).map(|(p, _)| p).collect()
}

fn recovery_code(stdout: &str) -> String {
    stdout
        .split_whitespace()
        .find(|w| w.len() == 29 && w.split('-').count() == 6)
        .unwrap_or_else(|| panic!("no recovery code in {stdout}"))
        .to_owned()
}

#[test]
fn encrypt_then_every_command_asks_and_a_wrong_passphrase_changes_nothing() {
    let d = dir("cli");
    let ok = |out: Output| {
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    ok(mend(&d, &["log", "pain", "--score", "6", "--note", NOTE], &[]));
    ok(mend(&d, &["backup"], &[]));
    // Without a passphrase and a terminal, encrypt says how to give one and does nothing.
    let out = mend(&d, &["encrypt"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("MEND_PASSPHRASE"), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("nobody can open it, Mend included"), "the stakes come first");
    let out = mend(&d, &["encrypt"], &[("MEND_PASSPHRASE", "short")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("at least 8 characters"), "{}", text(&out.stderr));
    assert!(!d.join("mend-key.json").exists());

    let said = ok(mend(&d, &["encrypt"], &[("MEND_PASSPHRASE", "first passphrase")]));
    let code = recovery_code(&said);
    assert!(said.contains("shown only now"), "{said}");
    assert_eq!(holding(&d, NOTE), Vec::<PathBuf>::new(), "the database and its backup are encrypted");
    // Mend's own Argon2id cost, as the README states it.
    let key_file: serde_json::Value = serde_json::from_slice(&std::fs::read(d.join("mend-key.json")).unwrap()).unwrap();
    assert_eq!(key_file["kdf"], serde_json::json!({"memoryKib": 131072, "iterations": 4, "parallelism": 1}));

    // Locked: no passphrase, no terminal → exit 1, a sentence, and no new empty diary.
    let before = common::files_under(&d);
    let out = mend(&d, &["log", "pain", "--score", "2"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("mend: This diary is locked: give its passphrase in MEND_PASSPHRASE"));
    let out = mend(&d, &["check"], &[("MEND_PASSPHRASE", "first passphrase?")]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("That passphrase does not unlock this diary"), "{}", text(&out.stderr));
    assert_eq!(common::files_under(&d), before, "nothing changed");
    let checked = ok(mend(&d, &["check"], &[("MEND_PASSPHRASE", "first passphrase")]));
    assert!(checked.contains(", 1 entries"), "{checked}");

    // A new passphrase: the old one the usual way, the new one from MEND_NEW_PASSPHRASE.
    ok(mend(
        &d,
        &["passphrase"],
        &[("MEND_PASSPHRASE", "first passphrase"), ("MEND_NEW_PASSPHRASE", "second passphrase")],
    ));
    assert_eq!(mend(&d, &["check"], &[("MEND_PASSPHRASE", "first passphrase")]).status.code(), Some(1));
    ok(mend(&d, &["check"], &[("MEND_PASSPHRASE", "second passphrase")]));
    // Forgotten: the recovery code sets a third.
    let out = mend(
        &d,
        &["passphrase", "--recovery-code", "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"],
        &[("MEND_PASSPHRASE", "third passphrase")],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("That recovery code does not unlock"), "{}", text(&out.stderr));
    ok(mend(&d, &["passphrase", "--recovery-code", &code.to_lowercase()], &[("MEND_PASSPHRASE", "third passphrase")]));
    let logged = ok(mend(&d, &["log", "pain", "--score", "3"], &[("MEND_PASSPHRASE", "third passphrase")]));
    assert!(logged.contains("\"score\":3"), "{logged}");
    assert_eq!(holding(&d, NOTE), Vec::<PathBuf>::new());

    // Off again: plain files, no key file, no passphrase needed.
    ok(mend(&d, &["decrypt"], &[("MEND_PASSPHRASE", "third passphrase")]));
    assert!(!d.join("mend-key.json").exists());
    assert!(!holding(&d, NOTE).is_empty());
    assert!(ok(mend(&d, &["check"], &[])).contains(", 2 entries"));
    std::fs::remove_dir_all(&d).unwrap();
}

/// How many passphrase prompts `shown` holds.
fn prompts(shown: &str) -> usize {
    ["characters): ", "again: ", "diary: "].iter().map(|p| shown.matches(p).count()).sum()
}

/// Whether a process under `root` (script(1) and the shell it starts) reads a terminal whose
/// echo is off: `stty -F` on the pseudo-terminal its standard input is.
fn echo_is_off(root: u32) -> bool {
    let parent_of = |pid: u32| -> Option<u32> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        stat.rsplit_once(") ")?.1.split(' ').nth(1)?.parse().ok()
    };
    let descends = |mut pid: u32| {
        for _ in 0..8 {
            match parent_of(pid) {
                Some(p) if p == root => return true,
                Some(p) if p > 1 => pid = p,
                _ => return false,
            }
        }
        false
    };
    let Ok(procs) = std::fs::read_dir("/proc") else { return false };
    procs
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| descends(pid))
        .filter_map(|pid| std::fs::read_link(format!("/proc/{pid}/fd/0")).ok())
        .filter(|tty| tty.starts_with("/dev/pts"))
        .any(|tty| {
            Command::new("stty")
                .arg("-F")
                .arg(&tty)
                .output()
                .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).split_whitespace().any(|f| f == "-echo"))
        })
}

/// Runs `mend args` on a pseudo-terminal (script(1)), typing each line of `typed` once its
/// prompt shows and the terminal's echo is off (as a person would, after reading the prompt:
/// rpassword writes the prompt a moment before it turns echo off, and a loaded machine can
/// run the test in that moment); returns what the terminal showed and the exit code.
fn at_a_terminal(data: &Path, args: &str, typed: &str) -> (String, Option<i32>) {
    use std::io::Read;
    let mut child = Command::new("script")
        .args(["-qec", &format!("{MEND} {args}"), "/dev/null"])
        .env("MEND_DATA_DIR", data)
        .env_remove("DISPLAY")
        .env_remove("MEND_PASSPHRASE")
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("script(1) runs");
    let shown = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let mut stdout = child.stdout.take().unwrap();
    let reader = {
        let shown = shown.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 512];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                shown.lock().unwrap().push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        })
    };
    let mut stdin = child.stdin.take().unwrap();
    for (i, line) in typed.lines().enumerate() {
        let waited = std::time::Instant::now();
        while prompts(&shown.lock().unwrap()) <= i {
            assert!(waited.elapsed().as_secs() < 60, "no prompt {}: {}", i + 1, shown.lock().unwrap());
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        // Never forever: if echo stays on, the line is typed anyway and the assertions see it.
        while !echo_is_off(child.id()) && waited.elapsed().as_secs() < 20 {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
    }
    let status = child.wait().unwrap();
    drop(stdin);
    reader.join().unwrap();
    let shown = shown.lock().unwrap().clone();
    (shown, status.code())
}

#[test]
fn at_a_terminal_the_passphrase_is_asked_for_and_never_echoed() {
    let d = dir("tty");
    let (shown, code) = at_a_terminal(&d, "encrypt", "tty-passphrase-one\ntty-passphrase-one");
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("New passphrase") && shown.contains("The same passphrase again"), "{shown}");
    assert!(!shown.contains("tty-passphrase-one"), "typed without echo: {shown}");
    // A wrong one is said and may be typed again.
    let (shown, code) = at_a_terminal(&d, "log pain --score 4", "wrong passphrase\ntty-passphrase-one");
    assert_eq!(code, Some(0), "{shown}");
    assert!(shown.contains("That passphrase does not unlock") && shown.contains("\"score\":4"), "{shown}");
    assert!(!shown.contains("tty-passphrase-one") && !shown.contains("wrong passphrase"), "{shown}");
    std::fs::remove_dir_all(&d).unwrap();
}

/// Whether process `pid` is still running.
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| !s.contains(") Z "))
}

#[test]
fn a_real_secret_service_keeps_the_key_so_this_computer_opens_it_without_asking() {
    // GNOME Keyring on a private session bus (dbus-run-session), with its own home, unlocked
    // with a throwaway password: the keyring crate talks to it over D-Bus as it would to hers.
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("data");
    let home = root.path().join("home");
    let runtime = root.path().join("run");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::create_dir_all(&runtime).unwrap();
    std::fs::set_permissions(&runtime, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    let pidfile = root.path().join("keyring.pid");
    let script = format!(
        r#"set -eu
printf 'throwaway' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null
pgrep -n -u "$(id -u)" -f 'gnome-keyring-daemon --unlock' > '{pid}'
'{mend}' log pain --score 4 --note '{note}' >/dev/null
MEND_PASSPHRASE='keychain passphrase' '{mend}' encrypt --keychain >/dev/null 2>&1
echo "open: $('{mend}' check)"
MEND_PASSPHRASE='keychain passphrase' '{mend}' decrypt >/dev/null
"#,
        pid = pidfile.display(),
        mend = MEND,
        note = NOTE
    );
    let out = Command::new("dbus-run-session")
        .args(["--", "bash", "-c", &script])
        .env("HOME", &home)
        .env("XDG_DATA_HOME", home.join(".local/share"))
        .env("XDG_RUNTIME_DIR", &runtime)
        .env("MEND_DATA_DIR", &data)
        .env("LC_ALL", "C.UTF-8")
        .env_remove("MEND_PASSPHRASE")
        .env_remove("DISPLAY")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("dbus-run-session could not be run ({e}): apt-get install dbus gnome-keyring"));
    let said = text(&out.stdout) + &text(&out.stderr);
    // The keyring daemon goes with its bus; wait for it, and stop it if it stayed.
    if let Some(pid) = std::fs::read_to_string(&pidfile).ok().and_then(|p| p.trim().parse::<u32>().ok()) {
        let waited = std::time::Instant::now();
        while alive(pid) && waited.elapsed().as_secs() < 10 {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        if alive(pid) {
            let _ = Command::new("kill").arg(pid.to_string()).status();
            panic!("gnome-keyring-daemon outlived its session bus");
        }
    }
    assert!(out.status.success(), "{said}");
    // With no passphrase and no terminal, `check` opened it: the key came from the keychain.
    assert!(said.contains("open: ok: integrity ok") && said.contains("1 entries"), "{said}");
    // And the keyring kept it where GNOME Keyring keeps secrets, in its own (encrypted) file.
    let keyrings = home.join(".local/share/keyrings");
    assert!(std::fs::read_dir(&keyrings).is_ok_and(|d| d.count() > 0), "no keyring file in {}", keyrings.display());
    // Turning encryption off (which also forgets the key in the keychain) left no key file.
    assert!(!data.join("mend-key.json").exists());
}

#[test]
fn a_transaction_a_kill_interrupted_is_rolled_back_under_the_key_not_called_damage() {
    // Left by `mend encrypt` killed while the new file was first opened (tests/crash.rs found
    // it): the encrypted diary with a hot rollback journal beside it, also encrypted.
    let d = dir("hot-journal");
    std::fs::create_dir_all(&d).unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hot-journal");
    for f in ["mend.sqlite3", "mend.sqlite3-journal", "mend-key.json"] {
        std::fs::copy(fixture.join(f), d.join(f)).unwrap();
    }
    let out = mend(&d, &["check"], &[("MEND_PASSPHRASE", "crash test passphrase")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(", 4 entries"), "{}", text(&out.stdout));
    assert!(!d.join("mend.sqlite3-journal").exists(), "rolled back");
    std::fs::remove_dir_all(&d).unwrap();
}
