//! Starting on every desktop: when Mend cannot start, she is told in a native dialog (a
//! Windows GUI program or a Finder launch has nowhere to print) and the reason is kept in
//! `mend.log` in the data folder; and the webview's folder, named after the app identifier,
//! follows the identifier's change from `org.mend.app` to `org.mend.Mend`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use mend_core::i18n::{self, Lang};

/// The log file in the data folder: why Mend could not start, and what failed in the background.
pub const LOG_FILE: &str = "mend.log";
/// Past this size the log starts afresh (the previous one kept as `mend.log.old`).
const LOG_LIMIT: u64 = 256 * 1024;

/// Appends `message`, stamped, as one line to `mend.log` in `dir` (created readable by her
/// only) and returns the file's path. A link in its place is refused, not followed.
pub fn append_log(dir: &Path, stamp: &str, message: &str) -> std::io::Result<PathBuf> {
    let path = dir.join(LOG_FILE);
    if let Ok(meta) = std::fs::symlink_metadata(&path) {
        if !meta.is_file() {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidInput, "mend.log is not a plain file"));
        }
        if meta.len() > LOG_LIMIT {
            mend_core::platform::rename(&path, &dir.join(format!("{LOG_FILE}.old")))?;
        }
    }
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&path)?;
    // One line per event, whatever the message holds.
    writeln!(file, "{stamp} {}", message.replace(['\r', '\n'], " "))?;
    Ok(path)
}

/// Writes `message` to the log in the data folder, or in the system's temporary folder when
/// the data folder is what failed. Returns where it went.
pub fn log(message: &str) -> Option<PathBuf> {
    let stamp = chrono::Local::now().format("%Y-%m-%d %H:%M:%S").to_string();
    let data = mend_core::files::data_dir().ok().filter(|d| d.is_dir());
    data.into_iter().chain([std::env::temp_dir()]).find_map(|dir| append_log(&dir, &stamp, message).ok())
}

/// Whether a start-up failure also shows in a dialog: in release builds when stderr is no
/// terminal (a launcher, Explorer, Finder, a log-in start). Development runs and the tests,
/// which read stderr, never wait on a dialog.
pub fn wants_dialog(release: bool, stderr_is_terminal: bool) -> bool {
    release && !stderr_is_terminal
}

/// Mend could not start: says why on stderr, in the log and (see `wants_dialog`) in a native
/// dialog, in her system's language, then exits with status 2.
pub fn fail(lang: Lang, message: &str) -> ! {
    eprintln!("mend: {message}");
    let logged = log(message);
    if wants_dialog(!cfg!(debug_assertions), std::io::stderr().is_terminal()) {
        let mut text = message.to_owned();
        if let Some(path) = logged {
            text = format!(
                "{text}\n\n{}",
                i18n::t(lang, "startup-log-at", &[("path", path.display().to_string().into())])
            );
        }
        rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title(i18n::t(lang, "startup-failed-title", &[]))
            .set_description(text)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
    std::process::exit(2)
}

/// What became of the webview's folder under the old identifier.
#[derive(Debug, PartialEq, Eq)]
pub enum Moved {
    /// There was none (a new installation, or moved already).
    Nothing,
    /// It was renamed to the new identifier's.
    Moved,
    /// Both exist: the new one is kept and the old one left alone.
    KeptNew,
}

/// Moves the folder `old` to `new` unless `new` exists already. Only a real folder is moved
/// (a link or a file in its place is left alone).
pub fn move_folder(old: &Path, new: &Path) -> std::io::Result<Moved> {
    match std::fs::symlink_metadata(old) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => return Ok(Moved::Nothing),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Moved::Nothing),
        Err(e) => return Err(e),
    }
    if std::fs::symlink_metadata(new).is_ok() {
        return Ok(Moved::KeptNew);
    }
    mend_core::platform::rename(old, new)?;
    Ok(Moved::Moved)
}

/// The app identifier of Mend 0.1.0 and before. On Linux and Windows it names the folder the webview
/// keeps its own data in (Tauri's app-local data folder: `~/.local/share/org.mend.app`,
/// `%LOCALAPPDATA%\org.mend.app` with WebView2's `EBWebView`); Mend's own data folder never
/// depended on it (`mend_core::db::data_dir`).
pub const OLD_IDENTIFIER: &str = "org.mend.app";

/// Before the first window opens: moves the webview's folder to the new identifier's name,
/// where the webview will look for it. On macOS WKWebView keeps its data elsewhere, and
/// `~/Library/Application Support/org.mend.Mend` is Mend's own data folder: nothing moves.
pub fn adopt_webview_folder(identifier: &str) {
    if cfg!(target_os = "macos") || identifier == OLD_IDENTIFIER {
        return;
    }
    let Some(base) = directories::BaseDirs::new() else { return };
    let (old, new) = (base.data_local_dir().join(OLD_IDENTIFIER), base.data_local_dir().join(identifier));
    match move_folder(&old, &new) {
        Ok(Moved::Nothing | Moved::Moved) => {}
        Ok(Moved::KeptNew) => {
            log(&format!("both {} and {} exist; the webview uses the second", old.display(), new.display()));
        }
        Err(e) => {
            log(&format!("could not move {} to {} ({e}); the webview starts afresh", old.display(), new.display()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_gets_one_stamped_line_per_message_readable_by_her_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = append_log(dir.path(), "2026-11-24 08:00:00", "Mend could not use /x:\nPermission denied").unwrap();
        append_log(dir.path(), "2026-11-24 08:00:05", "数据文件已损坏").unwrap();
        assert_eq!(path, dir.path().join("mend.log"));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "2026-11-24 08:00:00 Mend could not use /x: Permission denied\n2026-11-24 08:00:05 数据文件已损坏\n"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        }
    }

    #[test]
    fn a_long_log_starts_afresh_and_a_link_in_its_place_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("mend.log"), vec![b'x'; LOG_LIMIT as usize + 1]).unwrap();
        append_log(dir.path(), "t", "new").unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("mend.log")).unwrap(), "t new\n");
        assert_eq!(std::fs::metadata(dir.path().join("mend.log.old")).unwrap().len(), LOG_LIMIT + 1);
        #[cfg(unix)]
        {
            let other = tempfile::tempdir().unwrap();
            let target = other.path().join("victim");
            std::fs::write(&target, "keep").unwrap();
            std::fs::remove_file(dir.path().join("mend.log")).unwrap();
            std::os::unix::fs::symlink(&target, dir.path().join("mend.log")).unwrap();
            assert!(append_log(dir.path(), "t", "x").is_err());
            assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep");
        }
    }

    #[test]
    fn only_a_release_launched_without_a_terminal_shows_a_dialog() {
        assert!(wants_dialog(true, false));
        assert!(!wants_dialog(true, true));
        assert!(!wants_dialog(false, false));
    }

    #[test]
    fn the_old_identifiers_folder_is_moved_with_everything_in_it() {
        let base = tempfile::tempdir().unwrap();
        let (old, new) = (base.path().join(OLD_IDENTIFIER), base.path().join("org.mend.Mend"));
        std::fs::create_dir_all(old.join("EBWebView/Default")).unwrap();
        std::fs::write(old.join("EBWebView/Default/Preferences"), "{\"zoom\":1.25}").unwrap();
        assert_eq!(move_folder(&old, &new).unwrap(), Moved::Moved);
        assert!(!old.exists());
        assert_eq!(std::fs::read_to_string(new.join("EBWebView/Default/Preferences")).unwrap(), "{\"zoom\":1.25}");
        // Started again: nothing left to move.
        assert_eq!(move_folder(&old, &new).unwrap(), Moved::Nothing);
    }

    #[test]
    fn with_both_folders_the_new_one_is_kept_and_the_old_one_left_alone() {
        let base = tempfile::tempdir().unwrap();
        let (old, new) = (base.path().join(OLD_IDENTIFIER), base.path().join("org.mend.Mend"));
        std::fs::create_dir_all(&old).unwrap();
        std::fs::create_dir_all(&new).unwrap();
        std::fs::write(old.join("a"), "old").unwrap();
        std::fs::write(new.join("a"), "new").unwrap();
        assert_eq!(move_folder(&old, &new).unwrap(), Moved::KeptNew);
        assert_eq!(std::fs::read_to_string(new.join("a")).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(old.join("a")).unwrap(), "old");
        // A file where the old folder was is not hers to move.
        let file = base.path().join("file");
        std::fs::write(&file, "x").unwrap();
        assert_eq!(move_folder(&file, &base.path().join("elsewhere")).unwrap(), Moved::Nothing);
    }
}
