//! The schema: Mend's migrations, in SQL files that read as data, and the versions they make.

use rusqlite::Connection;
use rusqlite_migration::{Migrations, M};

use crate::error::Result;

/// Every schema version, oldest first. SQL lives in files so it reads as data.
const MIGRATION_STEPS: &[M<'static>] = &[
    M::up(include_str!("../migrations/0001_init.sql")),
    M::up(include_str!("../migrations/0002_reminders_safety.sql")),
    M::up(include_str!("../migrations/0003_application_id.sql")),
    M::up(include_str!("../migrations/0004_day_factors.sql")),
    M::up(include_str!("../migrations/0005_sync.sql")),
];
const MIGRATIONS: Migrations<'static> = Migrations::from_slice(MIGRATION_STEPS);

/// The schema version this build writes.
pub fn latest_version() -> usize {
    MIGRATION_STEPS.len()
}

/// Brings an open connection's schema up to date (after a restore from an older backup).
pub fn migrate(conn: &mut Connection) -> Result<()> {
    MIGRATIONS.to_latest(conn)?;
    Ok(())
}

/// Brings a connection's schema to `version` exactly (the integrity checks' reference).
pub fn migrate_to(conn: &mut Connection, version: usize) -> Result<()> {
    if version > 0 {
        MIGRATIONS.to_version(conn, version)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_validate() {
        super::MIGRATIONS.validate().expect("migrations are valid");
    }
}
