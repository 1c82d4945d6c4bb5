//! What can be wrong with a database file, in words a person can act on. It depends on nothing
//! but text helpers, so the error type, the integrity checks and the store can all name it
//! without depending on each other.

use crate::i18n::Msg;
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
    /// An encrypted database file that does not open with the diary's key: damaged, or another
    /// diary's file put in its place.
    OtherKey,
    /// The database file is gone, but backups (or its journal) show there was one.
    Missing { backups: usize, journal: bool },
}

impl Damage {
    /// What is wrong and what to do, for the recovery screen and the CLI, in any language.
    pub fn msg(&self) -> Msg {
        match self {
            Damage::Empty => Msg::new("damage-empty"),
            Damage::NotSqlite => Msg::new("damage-not-sqlite"),
            Damage::Corrupt { detail } => Msg::new("damage-corrupt").arg("detail", clip(detail)),
            Damage::TooNew { found, supported } => {
                Msg::new("damage-too-new").arg("found", *found).arg("supported", *supported)
            }
            Damage::Foreign => Msg::new("damage-foreign"),
            Damage::Altered { detail } => Msg::new("damage-altered").arg("detail", detail),
            Damage::NotAFile => Msg::new("damage-not-a-file"),
            Damage::OtherKey => Msg::new("damage-other-key"),
            Damage::Missing { backups, .. } => Msg::new("damage-missing").arg("backups", *backups),
        }
    }
}
