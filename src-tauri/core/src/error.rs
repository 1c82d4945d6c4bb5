//! The core's one error type. Every variant has a stable `code` the UI branches on
//! and a message written for the person using Mend, not for a developer.

use std::path::PathBuf;

/// Result with the core's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// What can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input was wrong; `field` names the offending field (camelCase, as the UI sends it).
    #[error("{message}")]
    Invalid { field: Option<String>, message: String },

    /// The thing asked for does not exist (any more).
    #[error("{0}")]
    NotFound(String),

    /// SQLite failed underneath us.
    #[error("{}", storage_message(.0))]
    Storage(#[from] rusqlite::Error),

    /// The schema could not be brought up to date.
    #[error("Mend could not prepare its database ({0}).")]
    Migration(#[from] rusqlite_migration::Error),

    /// A chart could not be drawn (a bug, not the user's doing).
    #[error("Mend could not draw a chart: {0}.")]
    Chart(String),

    /// The appointment report could not be made into a PDF (a bug, not the user's doing).
    #[error("Mend could not make the report PDF: {0}. Your entries are safe; try again, and if it keeps happening restart Mend.")]
    Report(String),

    /// The database file is damaged, foreign or newer than this build; it was not touched.
    #[error("{}", .0.explain())]
    Damaged(crate::damage::Damage),

    /// The data folder could not be created or used.
    #[error("Mend could not use {}: {source}.", path.display())]
    Io { path: PathBuf, source: std::io::Error },
}

/// What a storage failure means for the user, and what to do about it.
fn storage_message(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode::*;
    let code = match e {
        rusqlite::Error::SqliteFailure(f, _) => Some(f.code),
        _ => None,
    };
    match code {
        Some(ReadOnly) => format!(
            "Mend could not read or write its database: the data folder is read-only ({e}). Nothing was changed. \
             Check the folder's permissions, or set MEND_DATA_DIR to a folder you can write to."
        ),
        Some(DiskFull) | Some(SystemIoFailure) => format!(
            "Mend could not read or write its database: the disk may be full ({e}). Nothing was changed; \
             free some space and try again."
        ),
        Some(DatabaseBusy) | Some(DatabaseLocked) => format!(
            "Mend could not read or write its database: it is busy in another Mend window or command ({e}). \
             Nothing was changed; try again in a moment."
        ),
        _ => format!(
            "Mend could not read or write its database ({e}). Your entries so far are safe; try again, and if it \
             keeps happening restart Mend."
        ),
    }
}

impl Error {
    /// An `invalid_input` error for one field.
    pub fn invalid(field: &str, message: impl Into<String>) -> Self {
        Error::Invalid { field: Some(field.to_owned()), message: message.into() }
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
