//! Each reminder's stored state: whether it is on, the user's time or interval, and what was
//! delivered, acknowledged and snoozed.

use chrono::NaiveDateTime;
use rusqlite::{params, Connection, OptionalExtension};

use crate::error::Result;

/// One `reminder_state` row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StateRow {
    pub enabled: bool,
    pub time: Option<String>,
    pub minutes: Option<u32>,
    pub last_slot: Option<NaiveDateTime>,
    pub acknowledged: Option<NaiveDateTime>,
    pub snoozed_until: Option<NaiveDateTime>,
}

/// The stored state of reminder `id`, if it has any.
pub fn read(conn: &Connection, id: &str) -> Result<Option<StateRow>> {
    Ok(conn
        .prepare_cached(
            "SELECT enabled, time, interval_minutes, last_slot, acknowledged, snoozed_until FROM reminder_state WHERE id = ?1",
        )?
        .query_row([id], |r| {
            Ok(StateRow {
                enabled: r.get(0)?,
                time: r.get(1)?,
                minutes: r.get(2)?,
                last_slot: r.get(3)?,
                acknowledged: r.get(4)?,
                snoozed_until: r.get(5)?,
            })
        })
        .optional()?)
}

/// Writes reminder `id`'s state.
pub fn write(conn: &Connection, id: &str, row: &StateRow, now: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO reminder_state (id, enabled, time, interval_minutes, last_slot, acknowledged, snoozed_until, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET enabled = ?2, time = ?3, interval_minutes = ?4, last_slot = ?5,
             acknowledged = ?6, snoozed_until = ?7, updated_at = ?8",
    )?
    .execute(params![id, row.enabled, row.time, row.minutes, row.last_slot, row.acknowledged, row.snoozed_until, now])?;
    Ok(())
}
