//! What differs between Linux, Windows and macOS, as decisions that take the system as data,
//! so the Windows and macOS branches are tested on the machine that runs the tests. The
//! system calls themselves stay beside their callers, small and `cfg`-gated.
//!
//! A leaf: it depends on nothing else in the core.

use std::io;
use std::path::Path;
use std::time::Duration;

/// The desktop systems Mend runs on. `Os::current()` is the one this build is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Linux,
    Windows,
    MacOs,
}

impl Os {
    /// The system this build runs on (BSDs and other Unixes count as Linux).
    pub const fn current() -> Os {
        if cfg!(windows) {
            Os::Windows
        } else if cfg!(target_os = "macos") {
            Os::MacOs
        } else {
            Os::Linux
        }
    }
}

/// Windows' `ERROR_ACCESS_DENIED`: also what renaming over a file another program holds open
/// without delete sharing returns, and what a virus scanner holding a fresh file causes.
const WINDOWS_ACCESS_DENIED: i32 = 5;
/// Windows' `ERROR_SHARING_VIOLATION`: another program has the file open.
const WINDOWS_SHARING_VIOLATION: i32 = 32;
/// Windows' `ERROR_LOCK_VIOLATION`: another program has locked part of the file.
const WINDOWS_LOCK_VIOLATION: i32 = 33;

/// Whether a failed rename on `os` with the system's error number `raw` is another program
/// holding one of the files (a backup open in a viewer, a CSV open in Excel, a fresh file being
/// scanned): worth retrying for a moment, then worth telling her to close it there. Unix lets
/// a file be renamed over while it is open, so there it never is.
pub fn file_in_use(os: Os, raw: Option<i32>) -> bool {
    os == Os::Windows && matches!(raw, Some(WINDOWS_ACCESS_DENIED | WINDOWS_SHARING_VIOLATION | WINDOWS_LOCK_VIOLATION))
}

/// The pauses between attempts at a rename another program is holding up: doubling from
/// 10 ms, about a second in all, so a scanner's brief hold passes unnoticed and a file open in
/// Excel is reported while she is still looking at the screen.
pub const RENAME_PAUSES: [Duration; 7] = [
    Duration::from_millis(10),
    Duration::from_millis(20),
    Duration::from_millis(40),
    Duration::from_millis(80),
    Duration::from_millis(160),
    Duration::from_millis(320),
    Duration::from_millis(400),
];

/// What a rename that kept finding the file in use fails with: `ErrorKind::ResourceBusy`,
/// which `Error` says as "close it in the other program", the system's own error kept inside.
#[derive(Debug)]
pub struct InUse(pub io::Error);

impl std::fmt::Display for InUse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for InUse {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}

/// Renames `from` to `to`, replacing `to`; on Windows, retried for about a second while
/// another program has either file open (see `file_in_use`). Every rename of a file Mend
/// wrote goes through here.
pub fn rename(from: &Path, to: &Path) -> io::Result<()> {
    retry_in_use(Os::current(), || std::fs::rename(from, to), std::thread::sleep)
}

/// `attempt` until it succeeds, fails for another reason, or the pauses run out; `sleep`
/// waits (a test passes one that only counts).
pub fn retry_in_use(
    os: Os,
    mut attempt: impl FnMut() -> io::Result<()>,
    mut sleep: impl FnMut(Duration),
) -> io::Result<()> {
    let mut pauses = RENAME_PAUSES.iter();
    loop {
        match attempt() {
            Ok(()) => return Ok(()),
            Err(e) if file_in_use(os, e.raw_os_error()) => match pauses.next() {
                Some(pause) => sleep(*pause),
                None => return Err(io::Error::new(io::ErrorKind::ResourceBusy, InUse(e))),
            },
            Err(e) => return Err(e),
        }
    }
}

/// The message id that says what to install when a Chinese report finds no Chinese font:
/// on Linux a package, on Windows the optional Chinese fonts, on macOS (where PingFang SC
/// comes with the system) a check that it was not removed.
pub fn cjk_font_advice(os: Os) -> &'static str {
    match os {
        Os::Linux => "pdf-needs-font",
        Os::Windows => "pdf-needs-font-windows",
        Os::MacOs => "pdf-needs-font-macos",
    }
}

/// Whether the place for Mend's icon is the menu bar (macOS) rather than the notification area.
pub fn menu_bar(os: Os) -> bool {
    os == Os::MacOs
}

/// A `file:` URI for `path`, with the characters URIs reserve escaped. The path is made
/// absolute first (a relative one would be read from the root of the drive on Windows).
pub fn file_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    uri_for(&absolute.to_string_lossy(), Os::current())
}

/// The `file:` URI for an absolute path as `os` writes it. On Windows the `\\?\` prefix is
/// dropped (`\\?\UNC\srv\share` is the UNC path `\\srv\share`), backslashes become slashes,
/// and a UNC path keeps its two leading slashes.
fn uri_for(text: &str, os: Os) -> String {
    let windows = os == Os::Windows;
    let text = match (windows, text.strip_prefix(r"\\?\UNC\"), text.strip_prefix(r"\\?\")) {
        (true, Some(unc), _) => format!(r"\\{unc}"),
        (true, None, Some(local)) => local.to_owned(),
        _ => text.to_owned(),
    };
    let mut escaped = String::new();
    for c in text.chars() {
        match c {
            '%' => escaped.push_str("%25"),
            '?' => escaped.push_str("%3F"),
            '#' => escaped.push_str("%23"),
            '\\' if windows => escaped.push('/'),
            c => escaped.push(c),
        }
    }
    // "/home/x" → "file:///home/x"; "//server/share" → "file:////server/share"; "C:/x" → "file:///C:/x".
    if escaped.starts_with('/') {
        format!("file://{escaped}")
    } else {
        format!("file:///{escaped}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn raw(code: i32) -> io::Error {
        io::Error::from_raw_os_error(code)
    }

    #[test]
    fn only_windows_sharing_and_lock_violations_and_access_denied_mean_in_use() {
        for code in [5, 32, 33] {
            assert!(file_in_use(Os::Windows, Some(code)), "{code}");
            assert!(!file_in_use(Os::Linux, Some(code)), "{code} on Linux is something else (EIO, EPIPE, EDOM)");
            assert!(!file_in_use(Os::MacOs, Some(code)), "{code}");
        }
        for code in [2, 3, 17, 80, 112, 183] {
            assert!(!file_in_use(Os::Windows, Some(code)), "{code}: not found, exists, disk full are not retried");
        }
        assert!(!file_in_use(Os::Windows, None));
    }

    #[test]
    fn the_retries_add_up_to_about_a_second() {
        let total: Duration = RENAME_PAUSES.iter().sum();
        assert!(total >= Duration::from_millis(900) && total <= Duration::from_millis(1100), "{total:?}");
        assert!(RENAME_PAUSES.windows(2).all(|w| w[0] <= w[1]), "pauses only grow");
    }

    #[test]
    fn a_file_held_for_a_moment_on_windows_is_renamed_after_a_few_pauses() {
        let (tries, slept) = (Cell::new(0), Cell::new(Duration::ZERO));
        let result = retry_in_use(
            Os::Windows,
            || {
                tries.set(tries.get() + 1);
                if tries.get() < 4 {
                    Err(raw(32))
                } else {
                    Ok(())
                }
            },
            |d| slept.set(slept.get() + d),
        );
        assert!(result.is_ok());
        assert_eq!(tries.get(), 4);
        assert_eq!(slept.get(), Duration::from_millis(10 + 20 + 40));
    }

    #[test]
    fn a_file_held_for_good_on_windows_fails_as_busy_after_about_a_second() {
        for code in [5, 32, 33] {
            let (tries, slept) = (Cell::new(0), Cell::new(Duration::ZERO));
            let e = retry_in_use(
                Os::Windows,
                || {
                    tries.set(tries.get() + 1);
                    Err(raw(code))
                },
                |d| slept.set(slept.get() + d),
            )
            .unwrap_err();
            assert_eq!(e.kind(), io::ErrorKind::ResourceBusy, "{code}");
            assert_eq!(tries.get(), RENAME_PAUSES.len() + 1);
            assert_eq!(slept.get(), RENAME_PAUSES.iter().sum::<Duration>());
            let inner = e.get_ref().and_then(|i| i.downcast_ref::<InUse>()).expect("the system's error is kept");
            assert_eq!(inner.0.raw_os_error(), Some(code));
        }
    }

    #[test]
    fn a_file_still_in_use_is_said_as_close_it_in_the_other_program() {
        let busy = retry_in_use(Os::Windows, || Err(raw(32)), |_| {}).unwrap_err();
        let e = crate::Error::Io { path: r"C:\Users\me\mend-export.csv".into(), source: busy };
        let (en, zh) = (e.to_string(), e.message_in(crate::i18n::Lang::ZhCn));
        assert!(en.starts_with(r"Another program has C:\Users\me\mend-export.csv open"), "{en}");
        assert!(en.contains("Close it in the other program"), "{en}");
        assert!(zh.contains("里关掉它") && zh.contains("mend-export.csv"), "{zh}");
        assert_eq!(e.code(), "storage");
    }

    #[test]
    fn other_failures_and_other_systems_are_not_retried() {
        for (os, code) in [(Os::Windows, 2), (Os::Windows, 112), (Os::Linux, 32), (Os::Linux, 5), (Os::MacOs, 33)] {
            let tries = Cell::new(0);
            let e = retry_in_use(
                os,
                || {
                    tries.set(tries.get() + 1);
                    Err(raw(code))
                },
                |_| panic!("no pause for {os:?} {code}"),
            )
            .unwrap_err();
            assert_eq!((tries.get(), e.raw_os_error()), (1, Some(code)), "{os:?}");
        }
    }

    #[test]
    fn rename_replaces_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let (from, to) = (dir.path().join("a.partial"), dir.path().join("a"));
        std::fs::write(&from, "new").unwrap();
        std::fs::write(&to, "old").unwrap();
        rename(&from, &to).unwrap();
        assert_eq!(std::fs::read_to_string(&to).unwrap(), "new");
        assert!(!from.exists());
        let e = rename(&from, &to).unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn each_system_gets_its_own_advice_for_a_chinese_font() {
        let ids = [Os::Linux, Os::Windows, Os::MacOs].map(cjk_font_advice);
        assert_eq!(ids, ["pdf-needs-font", "pdf-needs-font-windows", "pdf-needs-font-macos"]);
        use crate::i18n::{t, Lang};
        for (id, en, zh) in [
            (ids[0], "fonts-noto-cjk", "fonts-noto-cjk"),
            (ids[1], "Microsoft YaHei", "微软雅黑"),
            (ids[2], "PingFang SC", "苹方"),
        ] {
            assert!(t(Lang::En, id, &[]).contains(en), "{}", t(Lang::En, id, &[]));
            assert!(t(Lang::ZhCn, id, &[]).contains(zh), "{}", t(Lang::ZhCn, id, &[]));
        }
    }

    #[test]
    fn macos_says_menu_bar_and_the_others_notification_area_in_both_languages() {
        use crate::i18n::{t, Lang};
        assert_eq!([Os::MacOs, Os::Windows, Os::Linux].map(menu_bar), [true, false, false]);
        for (id, en, zh) in [
            ("still-running-body-macos", "menu bar", "菜单栏"),
            ("still-running-body", "notification area", "通知区域"),
        ] {
            assert!(t(Lang::En, id, &[]).contains(en), "{}", t(Lang::En, id, &[]));
            assert!(t(Lang::ZhCn, id, &[]).contains(zh), "{}", t(Lang::ZhCn, id, &[]));
        }
    }
}

#[cfg(test)]
mod uri_tests {
    use super::{file_uri, uri_for, Os};
    use std::path::Path;

    #[test]
    fn windows_paths_become_uris_sqlite_opens() {
        let cases = [
            (
                r"C:\Users\Zoë\AppData\Roaming\mend\Mend\data\mend.sqlite3",
                "file:///C:/Users/Zoë/AppData/Roaming/mend/Mend/data/mend.sqlite3",
            ),
            (r"\\?\C:\Users\me\backups\mend-2026-11-20.sqlite3", "file:///C:/Users/me/backups/mend-2026-11-20.sqlite3"),
            (r"\\srv\share\mend\mend.sqlite3", "file:////srv/share/mend/mend.sqlite3"),
            (r"\\?\UNC\srv\share\mend.sqlite3", "file:////srv/share/mend.sqlite3"),
            (r"D:\a?b#c%d.sqlite3", "file:///D:/a%3Fb%23c%25d.sqlite3"),
        ];
        for (path, uri) in cases {
            assert_eq!(uri_for(path, Os::Windows), uri, "{path}");
        }
        // Elsewhere a backslash and "\\?\" are ordinary characters of a file name.
        assert_eq!(uri_for(r"/tmp/a\b", Os::Linux), r"file:///tmp/a\b");
        assert_eq!(uri_for(r"/tmp/\\?\x", Os::MacOs), r"file:///tmp/\\?\x".replace('?', "%3F"));
    }

    #[cfg(unix)]
    #[test]
    fn file_uris_are_absolute_and_escape_what_uris_reserve() {
        assert_eq!(file_uri(Path::new("/home/me/mend.sqlite3")), "file:///home/me/mend.sqlite3");
        assert_eq!(file_uri(Path::new("/tmp/a?b#c%d.sqlite3")), "file:///tmp/a%3Fb%23c%25d.sqlite3");
        assert_eq!(file_uri(Path::new("/tmp/Zoë's backups/x y.sqlite3")), "file:///tmp/Zoë's backups/x y.sqlite3");
        // A relative path is made absolute, so SQLite does not read it from the root.
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(file_uri(Path::new("x.sqlite3")), format!("file://{}/x.sqlite3", cwd.display()));
        // A path starting with two slashes keeps them after the (empty) authority.
        assert_eq!(file_uri(Path::new("//srv/share/x.sqlite3")), "file:////srv/share/x.sqlite3");
    }
}

/// This computer's name, as the other computers' sync status shows it ("this computer" when
/// the system does not say).
pub fn computer_name() -> String {
    #[cfg(unix)]
    let name = rustix::system::uname().nodename().to_string_lossy().into_owned();
    #[cfg(not(unix))]
    let name = std::env::var("COMPUTERNAME").unwrap_or_default();
    let name: String = name.trim().chars().filter(|c| !c.is_control()).take(64).collect();
    if name.is_empty() {
        "this computer".into()
    } else {
        name
    }
}
