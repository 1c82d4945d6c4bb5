//! The JSON document: `{ format: "mend", version: 1, exportedAt, profile, pain, exercise,
//! calcium, reminders, quietHours, redFlags }`, complete enough that export then import into
//! an empty data folder gives back exactly the same data.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde_json::{json, Value};

use super::{Incoming, Item};
use crate::error::{Error, Result};
use crate::input::{parse_date, FromInput};
use crate::record::Record;

/// The document's `format` marker.
pub const FORMAT: &str = "mend";
/// The document version this build writes and reads.
pub const VERSION: u64 = 1;

fn all<T: Record>(conn: &Connection) -> Result<Vec<Value>> {
    let rows = crate::repo::entries::all_by_id::<T>(conn)?;
    Ok(rows.into_iter().map(|r| serde_json::to_value(r).expect("entries serialize")).collect())
}

/// The whole database as one document.
pub fn export_json(conn: &Connection, exported_at: &str) -> Result<Value> {
    let profile = crate::store::read_profile(conn)?;
    let red_flags: Vec<Value> = crate::repo::red_flags::all(conn)?
        .into_iter()
        .map(|(date, flag)| json!({ "date": date.to_string(), "flag": flag }))
        .collect();
    Ok(json!({
        "format": FORMAT,
        "version": VERSION,
        "exportedAt": exported_at,
        "profile": if profile.configured { serde_json::to_value(&profile.profile).expect("profile serializes") } else { Value::Null },
        "pain": all::<crate::model::Pain>(conn)?,
        "exercise": all::<crate::model::Exercise>(conn)?,
        "calcium": all::<crate::model::Calcium>(conn)?,
        "reminders": crate::reminders::settings(conn)?,
        "quietHours": serde_json::to_value(crate::reminders::quiet_hours(conn)?).expect("serializes"),
        "redFlags": red_flags,
    }))
}

/// Validates every part of a document; the first problem is reported with where it is.
pub fn parse_json(name: &str, text: &str, today: NaiveDate) -> Result<Incoming> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid("file", format!("{name} is not valid JSON (line {}, column {}): {e}.", e.line(), e.column()))
    })?;
    let at = |place: String| {
        move |e: Error| match e {
            Error::Invalid { field, message } => {
                let message = format!("{name}, {place}: {message}");
                Error::Invalid { field, message }
            }
            other => other,
        }
    };
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(Error::invalid(
            "format",
            format!("{name} is not a Mend export: it has no \"format\": \"mend\" marker."),
        ));
    }
    match doc.get("version").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) if v > VERSION => {
            return Err(Error::invalid(
                "version",
                format!("{name} was written by a newer Mend (document version {v}); update Mend to import it."),
            ))
        }
        _ => return Err(Error::invalid("version", format!("{name} has no valid document version."))),
    }
    let listed = |key: &str| doc.get(key).and_then(Value::as_array).map_or(0, Vec::len);
    super::check_entry_count(name, ["pain", "exercise", "calcium", "redFlags", "reminders"].map(listed).iter().sum())?;
    let mut incoming = Incoming {
        pain: items(&doc, "pain", today).map_err(at("pain".into()))?,
        exercise: items(&doc, "exercise", today).map_err(at("exercise".into()))?,
        calcium: items(&doc, "calcium", today).map_err(at("calcium".into()))?,
        ..Incoming::default()
    };
    if let Some(p) = doc.get("profile").filter(|p| !p.is_null()) {
        incoming.profile = Some(crate::model::Profile::from_input(p, today).map_err(at("profile".into()))?);
    }
    if let Some(list) = doc.get("reminders").filter(|v| !v.is_null()) {
        let list =
            list.as_array().ok_or_else(|| Error::invalid("reminders", format!("{name}: reminders must be a list.")))?;
        for (i, item) in list.iter().enumerate() {
            let at_item = at(format!("reminder {}", i + 1));
            let id = crate::requests::name(item.get("id").unwrap_or(&Value::Null), "reminders", "Reminder")
                .map_err(&at_item)?;
            let mut rest = item.clone();
            if let Some(map) = rest.as_object_mut() {
                map.remove("id");
            }
            incoming.reminders.push((id, crate::requests::ReminderChange::from_input(&rest).map_err(at_item)?));
        }
    }
    if let Some(q) = doc.get("quietHours").filter(|v| !v.is_null()) {
        incoming.quiet_hours = Some(crate::requests::QuietHoursChange::from_input(q).map_err(at("quietHours".into()))?);
    }
    if let Some(list) = doc.get("redFlags").filter(|v| !v.is_null()) {
        let list =
            list.as_array().ok_or_else(|| Error::invalid("redFlags", format!("{name}: redFlags must be a list.")))?;
        for (i, item) in list.iter().enumerate() {
            let bad = || {
                Error::invalid("redFlags", format!("{name}, red flag {}: expected a date and a listed sign.", i + 1))
            };
            let date = item.get("date").and_then(Value::as_str).and_then(|d| parse_date(d).ok()).ok_or_else(bad)?;
            let flag = item.get("flag").and_then(Value::as_str).ok_or_else(bad)?;
            if crate::safety::find(flag).is_none() {
                return Err(bad());
            }
            incoming.red_flags.push((date, flag.to_owned()));
        }
    }
    Ok(incoming)
}

/// The entries of one kind, each validated as if typed in.
fn items<T: Record>(doc: &Value, key: &str, today: NaiveDate) -> Result<Vec<Item<T>>> {
    let Some(list) = doc.get(key).filter(|v| !v.is_null()) else { return Ok(Vec::new()) };
    let list = list.as_array().ok_or_else(|| Error::invalid(key, format!("{key} must be a list of entries.")))?;
    list.iter()
        .enumerate()
        .map(|(i, v)| {
            let place = |e: Error| match e {
                Error::Invalid { field, message } => {
                    Error::Invalid { field, message: format!("entry {}: {message}", i + 1) }
                }
                other => other,
            };
            let entry = T::from_input(v, today).map_err(place)?;
            let id = match v.get("id") {
                None | Some(Value::Null) => None,
                Some(id) => Some(
                    id.as_i64()
                        .filter(|id| *id > 0)
                        .ok_or_else(|| place(Error::invalid("id", "id must be a positive whole number.")))?,
                ),
            };
            let stamp = |k: &str| -> Result<Option<String>> {
                match v.get(k) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::String(s)) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => Ok(Some(s.clone())),
                    Some(_) => Err(place(Error::invalid(k, format!("{k} must be an RFC 3339 timestamp.")))),
                }
            };
            Ok(Item { id, entry, created_at: stamp("createdAt")?, updated_at: stamp("updatedAt")? })
        })
        .collect()
}
