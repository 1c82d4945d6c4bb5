//! Sync as the window and `mend sync --status` show it: on or off, the other computers seen,
//! what waits to be sent and what the last sync skipped.

use rusqlite::Connection;
use serde::Serialize;

use super::{repo, Hlc, Problem};
use crate::error::Result;

/// Another computer as the status shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub id: String,
    pub name: String,
    /// When its latest change here was made (RFC 3339, UTC), by its clock.
    pub last_change: Option<String>,
}

/// A problem as the status shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProblemView {
    pub code: String,
    pub file: String,
    pub message: String,
}

/// Sync as the window and `mend sync --status` show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Status {
    pub on: bool,
    pub folder: Option<String>,
    /// This computer's id.
    pub device: Option<String>,
    /// When the last sync finished (RFC 3339, UTC).
    pub last_sync: Option<String>,
    /// Changes made here not sent yet.
    pub pending: usize,
    /// The other computers seen, by name.
    pub devices: Vec<Device>,
    /// What the last sync skipped.
    pub problems: Vec<ProblemView>,
}

/// Sync's status, its problems said in `lang`.
pub fn status(conn: &Connection, lang: crate::i18n::Lang) -> Result<Status> {
    let Some(cfg) = repo::config(conn)? else {
        return Ok(Status {
            on: false,
            folder: None,
            device: None,
            last_sync: None,
            pending: 0,
            devices: Vec::new(),
            problems: Vec::new(),
        });
    };
    let when = |hlc: &str| {
        let h = Hlc::parse(hlc)?;
        chrono::DateTime::from_timestamp_millis(h.millis as i64)
            .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
    };
    let mut devices: Vec<Device> = repo::peers(conn)?
        .into_iter()
        .filter(|p| !p.removed)
        .map(|p| Device { last_change: p.last_change.as_deref().and_then(when), id: p.device, name: p.name })
        .collect();
    devices.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let problems: Vec<Problem> = serde_json::from_str(&cfg.problems).unwrap_or_default();
    Ok(Status {
        on: true,
        folder: Some(cfg.folder),
        device: Some(cfg.device),
        last_sync: cfg.last_sync.filter(|s| !s.is_empty()),
        pending: repo::pending(conn)?,
        devices,
        problems: problems
            .into_iter()
            .map(|p| ProblemView { message: p.message().render(lang), code: p.code, file: p.file })
            .collect(),
    })
}
