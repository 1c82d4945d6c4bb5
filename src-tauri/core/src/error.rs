//! The core's one error type. Every variant has a stable `code` the UI branches on and a
//! message written for the person using Mend, not for a developer: a message id and its
//! arguments (see `i18n::Msg`), said in her language by `message_in` and in English by
//! `Display`. A technical detail (SQLite's or the system's words) stays as it is, in
//! parentheses at the end.

use std::path::PathBuf;

use crate::i18n::{Lang, Msg};

/// Result with the core's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong in the core.
#[derive(Debug)]
pub enum Error {
    /// The input was wrong; `field` names the offending field (camelCase, as the UI sends it).
    Invalid { field: Option<String>, message: Msg },

    /// The thing asked for does not exist (any more).
    NotFound(Msg),

    /// SQLite failed underneath us.
    Storage(rusqlite::Error),

    /// The schema could not be brought up to date.
    Migration(rusqlite_migration::Error),

    /// A chart could not be drawn (a bug, not the user's doing); the detail is technical.
    Chart(String),

    /// The appointment report could not be made into a PDF (a bug, not the user's doing).
    Report(String),

    /// The database file is damaged, foreign or newer than this build; it was not touched.
    Damaged(crate::damage::Damage),

    /// Her diary is encrypted and not unlocked yet: nothing can be read or written.
    Locked,

    /// The data folder could not be created or used.
    Io { path: PathBuf, source: std::io::Error },
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage(e)
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        Error::Migration(e)
    }
}

impl std::fmt::Display for Error {
    /// The message in English.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_in(Lang::En))
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Storage(e) => Some(e),
            Error::Migration(e) => Some(e),
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// What a storage failure means for the user, and what to do about it.
fn storage_message(e: &rusqlite::Error) -> Msg {
    use rusqlite::ErrorCode::*;
    let code = match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    };
    let message = match code {
        Some(ReadOnly) => Msg::new("err-storage-read-only"),
        Some(DiskFull) | Some(SystemIoFailure) => Msg::new("err-storage-disk-full"),
        Some(DatabaseBusy) | Some(DatabaseLocked) => Msg::new("err-storage-busy"),
        _ => Msg::new("err-storage"),
    };
    message.arg("detail", e.to_string())
}

impl Error {
    /// An `invalid_input` error for one field.
    pub fn invalid(field: &str, message: impl Into<Msg>) -> Self {
        Error::Invalid { field: Some(field.to_owned()), message: message.into() }
    }

    /// An `invalid_input` error about the input as a whole.
    pub fn invalid_input(message: Msg) -> Self {
        Error::Invalid { field: None, message }
    }

    /// The same error, an `invalid_input` message wrapped by `wrap` (to say where in a file it
    /// was found); other errors as they are.
    pub fn within(self, wrap: impl FnOnce(Msg) -> Msg) -> Self {
        match self {
            Error::Invalid { field, message } => Error::Invalid { field, message: wrap(message) },
            other => other,
        }
    }

    /// The message, not yet said in a language.
    pub fn msg(&self) -> Msg {
        match self {
            Error::Invalid { message, .. } | Error::NotFound(message) => message.clone(),
            Error::Storage(e) => storage_message(e),
            Error::Migration(e) => Msg::new("err-migration").arg("detail", e.to_string()),
            Error::Chart(detail) => Msg::new("err-chart").arg("detail", detail),
            Error::Report(detail) => Msg::new("err-report").arg("detail", detail),
            Error::Damaged(damage) => damage.msg(),
            Error::Locked => Msg::new("err-locked"),
            // A file another program kept open through every retry (Windows): say what to do.
            Error::Io { path, source } if source.kind() == std::io::ErrorKind::ResourceBusy => {
                Msg::new("err-file-in-use").arg("path", path.display().to_string()).arg("detail", source.to_string())
            }
            Error::Io { path, source } => {
                Msg::new("err-io").arg("path", path.display().to_string()).arg("detail", source.to_string())
            }
        }
    }

    /// The message in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        self.msg().render(lang)
    }

    /// The stable code the UI branches on.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid { .. } => "invalid_input",
            Error::NotFound(_) => "not_found",
            Error::Storage(_) | Error::Migration(_) | Error::Io { .. } => "storage",
            Error::Chart(_) => "internal",
            Error::Report(_) => "report_failed",
            Error::Damaged(_) => "damaged",
            Error::Locked => "locked",
        }
    }

    /// The field an `invalid_input` error is about, if any.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Invalid { field, .. } => field.as_deref(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_error_is_said_in_english_and_in_chinese() {
        let sqlite = rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_READONLY), None);
        let errors = [
            Error::invalid("minutes", Msg::new("err-got").arg("rule", Msg::new("err-minutes")).arg("value", "0")),
            Error::NotFound(Msg::new("err-no-backup-to-restore")),
            Error::Storage(sqlite),
            Error::Chart("boom".into()),
            Error::Report("boom".into()),
            Error::Damaged(crate::damage::Damage::Empty),
            Error::Io { path: "/nowhere".into(), source: std::io::Error::other("gone") },
        ];
        for e in &errors {
            let (en, zh) = (e.to_string(), e.message_in(Lang::ZhCn));
            assert!(en.is_ascii() || en.contains('…'), "{en}");
            assert!(zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{zh}");
            for text in [&en, &zh] {
                assert!(!text.contains('{') && !text.contains("err-"), "{text}");
            }
        }
        assert!(errors[2].to_string().contains("read-only"));
        assert!(
            errors[6].message_in(Lang::ZhCn).contains("/nowhere") && errors[6].message_in(Lang::ZhCn).contains("gone")
        );
    }
}
