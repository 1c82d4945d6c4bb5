//! Sync's own tables (`sync_config`, `sync_dirty`, `sync_clock`, `sync_peer`, `sync_applied`;
//! see migration 0005 and `crate::sync`).

use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// This computer's sync settings and state (the one `sync_config` row).
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub folder: String,
    pub folder_id: String,
    pub device: String,
    pub key: [u8; 32],
    pub next_seq: i64,
    /// The hybrid logical clock's last reading (`sync::Hlc`), empty before the first.
    pub hlc: String,
    pub last_sync: Option<String>,
    /// The last sync's problems, as JSON.
    pub problems: String,
}

/// The sync settings, when sync is on.
pub fn config(conn: &Connection) -> Result<Option<Config>> {
    Ok(conn
        .prepare_cached(
            "SELECT folder, folder_id, device, key, next_seq, hlc, last_sync, problems FROM sync_config WHERE id = 1",
        )?
        .query_row([], |r| {
            let key: Vec<u8> = r.get(3)?;
            Ok(Config {
                folder: r.get(0)?,
                folder_id: r.get(1)?,
                device: r.get(2)?,
                key: key.try_into().unwrap_or([0; 32]),
                next_seq: r.get(4)?,
                hlc: r.get(5)?,
                last_sync: r.get(6)?,
                problems: r.get(7)?,
            })
        })
        .optional()?)
}

/// Turns sync on with `c` (or replaces its settings), then marks everything she has logged as
/// changed when it was last written (each row's own time), so the first sync sends her whole
/// diary and a computer joining with a diary of its own, or turning sync on again, does not
/// win over newer changes made elsewhere (profile fields only where she set them, so a new
/// computer's defaults do not overwrite them).
/// `offset_ms` is how far this computer's clock (which wrote the rows' times) is ahead of the
/// system's, which the log keeps (0 but in tests).
pub fn start(conn: &Connection, c: &Config, offset_ms: i64) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO sync_config (id, folder, folder_id, device, key, next_seq, hlc, applying, last_sync, problems)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8)",
        params![c.folder, c.folder_id, c.device, &c.key[..], c.next_seq, c.hlc, c.last_sync, c.problems],
    )?;
    conn.execute(
        "INSERT OR IGNORE INTO sync_dirty
         SELECT k, coalesce(CAST(unixepoch(t, 'subsec') * 1000 AS INTEGER) - ?1, CAST(unixepoch('subsec') * 1000 AS INTEGER))
         FROM (
             SELECT 'pain/' || uid AS k, updated_at AS t FROM pain
             UNION ALL SELECT 'exercise/' || uid, updated_at FROM exercise
             UNION ALL SELECT 'calcium/' || uid, updated_at FROM calcium
             UNION ALL SELECT 'sleep/' || date, updated_at FROM day_factor WHERE sleep_half_hours IS NOT NULL
             UNION ALL SELECT 'mood/' || date, updated_at FROM day_factor WHERE mood IS NOT NULL
             UNION ALL SELECT 'tag/' || uid, updated_at FROM tag
             UNION ALL SELECT 'daytag/' || d.date || '/' || t.uid, d.created_at FROM day_tag d JOIN tag t ON t.id = d.tag_id
             UNION ALL SELECT 'flags/' || date, max(created_at) FROM red_flag GROUP BY date
             UNION ALL SELECT 'profile/saved', updated_at FROM profile
             UNION ALL SELECT 'profile/birth_date', updated_at FROM profile WHERE birth_date IS NOT NULL
             UNION ALL SELECT 'profile/delivery_type', updated_at FROM profile WHERE delivery_type IS NOT NULL
             UNION ALL SELECT 'profile/epidural', updated_at FROM profile WHERE epidural != 0
             UNION ALL SELECT 'profile/breastfeeding', updated_at FROM profile WHERE breastfeeding != 0
             UNION ALL SELECT 'profile/age_band', updated_at FROM profile WHERE age_band != '19-50')",
        [offset_ms],
    )?;
    Ok(())
}

/// Turns sync off on this computer: its settings and change log go; what it knows of the
/// others' files stays, so turning it on again does not apply them twice.
pub fn stop(conn: &Connection) -> Result<()> {
    conn.execute_batch("DELETE FROM sync_config; DELETE FROM sync_dirty;")?;
    Ok(())
}

/// While `on`, writes are changes from other computers and are not logged as this one's.
pub fn set_applying(conn: &Connection, on: bool) -> Result<()> {
    conn.prepare_cached("UPDATE sync_config SET applying = ?1")?.execute([on])?;
    Ok(())
}

/// The keys changed here since the last sync and when (ms since 1970, system clock), oldest
/// change first.
pub fn dirty(conn: &Connection) -> Result<Vec<(String, i64)>> {
    let mut stmt = conn.prepare_cached("SELECT key, at FROM sync_dirty ORDER BY at, key")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many keys changed here since the last sync.
pub fn pending(conn: &Connection) -> Result<usize> {
    Ok(conn.prepare_cached("SELECT count(*) FROM sync_dirty")?.query_row([], |r| r.get::<_, i64>(0))? as usize)
}

/// Marks `key` as changed here now (to be sent again).
pub fn mark_dirty(conn: &Connection, key: &str) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO sync_dirty VALUES (?1, CAST(unixepoch('subsec') * 1000 AS INTEGER))")?
        .execute([key])?;
    Ok(())
}

/// Forgets that `key` changed here.
pub fn clear_dirty(conn: &Connection, key: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM sync_dirty WHERE key = ?1")?.execute([key])?;
    Ok(())
}

/// The clock of the change in force for `key`.
pub fn clock(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn.prepare_cached("SELECT hlc FROM sync_clock WHERE key = ?1")?.query_row([key], |r| r.get(0)).optional()?)
}

/// Sets the clock of the change in force for `key`.
pub fn set_clock(conn: &Connection, key: &str, hlc: &str) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO sync_clock (key, hlc) VALUES (?1, ?2)")?.execute([key, hlc])?;
    Ok(())
}

/// The keys whose change in force came from `device` (their clocks end with its id).
pub fn keys_from(conn: &Connection, device: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT key FROM sync_clock WHERE substr(hlc, -length(?1)) = ?1")?;
    let rows = stmt.query_map([device], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Gives this computer a new id (its files start again at number 1).
pub fn set_device(conn: &Connection, device: &str) -> Result<()> {
    conn.prepare_cached("UPDATE sync_config SET device = ?1, next_seq = 1")?.execute([device])?;
    Ok(())
}

/// Saves the number of this computer's next file.
pub fn set_next_seq(conn: &Connection, next_seq: i64) -> Result<()> {
    conn.prepare_cached("UPDATE sync_config SET next_seq = ?1")?.execute([next_seq])?;
    Ok(())
}

/// Saves the clock's reading.
pub fn set_hlc(conn: &Connection, hlc: &str) -> Result<()> {
    conn.prepare_cached("UPDATE sync_config SET hlc = ?1")?.execute([hlc])?;
    Ok(())
}

/// Records how the last sync went: when, and its problems (JSON).
pub fn finished(conn: &Connection, at: &str, problems: &str) -> Result<()> {
    conn.prepare_cached("UPDATE sync_config SET last_sync = ?1, problems = ?2")?.execute([at, problems])?;
    Ok(())
}

/// Another computer as last seen here.
#[derive(Debug, Clone, PartialEq)]
pub struct Peer {
    pub device: String,
    pub name: String,
    pub last_change: Option<String>,
    pub removed: bool,
}

/// Every other computer seen, by id.
pub fn peers(conn: &Connection) -> Result<Vec<Peer>> {
    let mut stmt = conn.prepare_cached("SELECT device, name, last_change, removed FROM sync_peer ORDER BY device")?;
    let rows = stmt.query_map([], |r| {
        Ok(Peer { device: r.get(0)?, name: r.get(1)?, last_change: r.get(2)?, removed: r.get(3)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Notes what `device` said of itself in a file: its name, and the clock of its last change.
pub fn saw(conn: &Connection, device: &str, name: &str, last_change: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_peer (device, name, last_change) VALUES (?1, ?2, ?3)
         ON CONFLICT (device) DO UPDATE SET name = ?2, last_change = max(coalesce(last_change, ''), ?3)",
    )?
    .execute([device, name, last_change])?;
    Ok(())
}

/// Marks `device` removed: its files are not read here any more.
pub fn remove_peer(conn: &Connection, device: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_peer (device, removed) VALUES (?1, 1) ON CONFLICT (device) DO UPDATE SET removed = 1",
    )?
    .execute([device])?;
    Ok(())
}

/// The numbers of `device`'s files applied here.
pub fn applied(conn: &Connection, device: &str) -> Result<std::collections::HashSet<i64>> {
    let mut stmt = conn.prepare_cached("SELECT seq FROM sync_applied WHERE device = ?1")?;
    let rows = stmt.query_map([device], |r| r.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records that `device`'s file `seq` was applied here.
pub fn mark_applied(conn: &Connection, device: &str, seq: i64) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO sync_applied (device, seq) VALUES (?1, ?2)")?
        .execute(params![device, seq])?;
    Ok(())
}
