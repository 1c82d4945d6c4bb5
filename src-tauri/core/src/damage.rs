//! What can be wrong with a database file, in words a person can act on. It depends on nothing
//! but text helpers, so the error type, the integrity checks and the store can all name it
//! without depending on each other.

use crate::text::clip;

/// What is wrong with a database file, if anything. A damaged file is never touched.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Damage {
    /// The file is empty: it may have been truncated.
    Empty,
    /// The file is not an SQLite database at all.
    NotSqlite,
    /// SQLite's check found damage.
    Corrupt { detail: String },
    /// Written by a newer Mend, with a schema this build does not know.
    TooNew { found: i64, supported: usize },
    /// An SQLite database, but not Mend's.
    Foreign,
    /// Mend's database, but its structure was changed by something other than Mend.
    Altered { detail: String },
    /// A link, folder or device where a database file should be.
    NotAFile,
    /// The database file is gone, but backups (or its journal) show there was one.
    Missing { backups: usize, journal: bool },
}

impl Damage {
    /// A sentence for the recovery screen and the CLI.
    pub fn explain(&self) -> String {
        match self {
            Damage::Empty => "The data file is empty (0 bytes): it may have been truncated or overwritten.".into(),
            Damage::NotSqlite => "The data file is not a database Mend can read: it may have been overwritten or damaged.".into(),
            Damage::Corrupt { detail } => format!("The data file is damaged (SQLite reports: {}).", clip(detail)),
            Damage::TooNew { found, supported } => format!(
                "This data was written by a newer version of Mend (data version {found}; this Mend knows up to {supported}). \
                 Update Mend to open it; nothing has been changed."
            ),
            Damage::Foreign => "The data file is a database from another program, not Mend's.".into(),
            Damage::Altered { detail } => format!(
                "The data file's structure was changed by something other than Mend ({detail}), so Mend does not trust it."
            ),
            Damage::NotAFile => {
                "The data file is a link, folder or device, not a file; Mend does not follow it anywhere else.".into()
            }
            Damage::Missing { backups, journal } => {
                let found = match (backups, journal) {
                    (0, _) => "its journal file is still there".to_owned(),
                    (1, _) => "a backup of it is there".to_owned(),
                    (n, _) => format!("{n} backups of it are there"),
                };
                format!(
                    "Your diary's data file (mend.sqlite3) is missing, but {found}. Mend has not started an empty diary \
                     over it: restore the newest backup, or start afresh if you meant to."
                )
            }
        }
    }
}
