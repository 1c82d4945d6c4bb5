//! One window at a time: a second launch hands over to the first and exits.

use std::process::Command;

use crate::harness::{data_dir, display, slot};

#[test]
fn a_second_launch_shows_the_first_window_instead_of_opening_another() {
    let _slot = slot();
    let dir = data_dir("single");
    std::fs::create_dir_all(&dir).unwrap();
    let app = env!("CARGO_BIN_EXE_mend");
    let d = dir.display();
    // Both launches share one D-Bus session, as on a desktop.
    let script = format!(
        "'{app}' 2>'{d}/first.log' & first=$!
         for i in $(seq 1 150); do grep -q . '{d}/mend.sqlite3' 2>/dev/null && break; sleep 0.1; done
         sleep 2
         timeout 20 '{app}' 2>'{d}/second.log'; echo \"second=$?\"
         kill -0 $first && echo first-alive
         kill $first; wait $first"
    );
    let out = Command::new("dbus-run-session")
        .args(["--", "sh", "-c", &script])
        .env("DISPLAY", display())
        .env("MEND_DATA_DIR", &dir)
        .output()
        .expect("dbus-run-session is needed: run `make deps` (apt-get install dbus)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("second=0"), "the second launch exits at once: {stdout}");
    assert!(stdout.contains("first-alive"), "the first keeps running: {stdout}");
    let first = std::fs::read_to_string(dir.join("first.log")).unwrap();
    assert!(first.contains("already running; showing this window"), "the first was asked to show itself: {first}");
    std::fs::remove_dir_all(&dir).unwrap();
}
