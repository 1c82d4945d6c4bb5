//! The JSON document: `{ format: "mend", version: 2, exportedAt, profile, pain, exercise,
//! calcium, reminders, quietHours, redFlags, days, tags, dayTags }`, complete enough that export
//! then import into an empty data folder gives back exactly the same data. Version 2 added the
//! day's factors (`days`: sleep and mood; `tags`; `dayTags`: a tag's name on a date); version 1
//! documents, which have none, still import.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde_json::{json, Value};

use super::{Incoming, Item, TagItem};
use crate::error::{Error, Result};
use crate::factors::{Mood, Sleep, TagName};
use crate::i18n::Msg;
use crate::input::{parse_date, Fields, FromInput};
use crate::record::Record;

/// The document's `format` marker.
pub const FORMAT: &str = "mend";
/// The document version this build writes; it reads this one and every earlier one.
pub const VERSION: u64 = 2;

fn all<T: Record>(conn: &Connection) -> Result<Vec<Value>> {
    let rows = crate::repo::entries::all_by_id::<T>(conn)?;
    Ok(rows.into_iter().map(|r| serde_json::to_value(r).expect("entries serialize")).collect())
}

/// The whole database as one document.
pub fn export_json(conn: &Connection, exported_at: &str) -> Result<Value> {
    let profile = crate::repo::profile::read_view(conn)?;
    let red_flags: Vec<Value> = crate::repo::red_flags::all(conn)?
        .into_iter()
        .map(|(date, flag)| json!({ "date": date.to_string(), "flag": flag }))
        .collect();
    let hours = |h: Option<u8>| h.map(|h| f64::from(h) / 2.0);
    let days: Vec<Value> = crate::repo::factors::all(conn)?
        .into_iter()
        .map(|(date, (sleep, mood))| json!({ "date": date.to_string(), "sleepHours": hours(sleep), "mood": mood }))
        .collect();
    let day_tags: Vec<Value> = crate::repo::tags::all_days(conn)?
        .into_iter()
        .map(|(date, tag)| json!({ "date": date.to_string(), "tag": tag }))
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
        "days": days,
        "tags": crate::repo::tags::all_by_id(conn)?,
        "dayTags": day_tags,
    }))
}

/// Validates every part of a document; the first problem is reported with where it is.
pub fn parse_json(name: &str, text: &str, today: NaiveDate) -> Result<Incoming> {
    let doc: Value = serde_json::from_str(text).map_err(|e| {
        Error::invalid(
            "file",
            Msg::new("err-json-invalid")
                .arg("name", name)
                .arg("line", e.line())
                .arg("column", e.column())
                .arg("detail", e.to_string()),
        )
    })?;
    let at = |place: Msg| {
        move |e: Error| {
            e.within(|message| {
                Msg::new("err-in-file").arg("name", name).arg("place", place.clone()).arg("message", message)
            })
        }
    };
    if doc.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(Error::invalid("format", Msg::new("err-json-not-mend").arg("name", name)));
    }
    match doc.get("version").and_then(Value::as_u64) {
        Some(1..=VERSION) => {}
        Some(v) if v > VERSION => {
            return Err(Error::invalid("version", Msg::new("err-json-newer").arg("name", name).arg("version", v)))
        }
        _ => return Err(Error::invalid("version", Msg::new("err-json-no-version").arg("name", name))),
    }
    let listed = |key: &str| doc.get(key).and_then(Value::as_array).map_or(0, Vec::len);
    super::check_entry_count(
        name,
        ["pain", "exercise", "calcium", "redFlags", "reminders", "days", "tags", "dayTags"].map(listed).iter().sum(),
    )?;
    let mut incoming = Incoming {
        pain: items(&doc, "pain", today).map_err(at(Msg::verbatim("pain")))?,
        exercise: items(&doc, "exercise", today).map_err(at(Msg::verbatim("exercise")))?,
        calcium: items(&doc, "calcium", today).map_err(at(Msg::verbatim("calcium")))?,
        ..Incoming::default()
    };
    if let Some(p) = doc.get("profile").filter(|p| !p.is_null()) {
        incoming.profile = Some(crate::model::Profile::from_input(p, today).map_err(at(Msg::verbatim("profile")))?);
    }
    if let Some(list) = doc.get("reminders").filter(|v| !v.is_null()) {
        let list = list.as_array().ok_or_else(|| Error::invalid("reminders", not_a_list(name, "reminders")))?;
        for (i, item) in list.iter().enumerate() {
            let at_item = at(Msg::new("place-reminder").arg("n", i + 1));
            let id = crate::requests::name(item.get("id").unwrap_or(&Value::Null), "reminders", "field-reminder")
                .map_err(&at_item)?;
            let mut rest = item.clone();
            if let Some(map) = rest.as_object_mut() {
                map.remove("id");
            }
            incoming.reminders.push((id, crate::requests::ReminderChange::from_input(&rest).map_err(at_item)?));
        }
    }
    if let Some(q) = doc.get("quietHours").filter(|v| !v.is_null()) {
        incoming.quiet_hours =
            Some(crate::requests::QuietHoursChange::from_input(q).map_err(at(Msg::verbatim("quietHours")))?);
    }
    if let Some(list) = doc.get("redFlags").filter(|v| !v.is_null()) {
        let list = list.as_array().ok_or_else(|| Error::invalid("redFlags", not_a_list(name, "redFlags")))?;
        for (i, item) in list.iter().enumerate() {
            let bad = || Error::invalid("redFlags", Msg::new("err-file-red-flag").arg("name", name).arg("n", i + 1));
            let date = item.get("date").and_then(Value::as_str).and_then(|d| parse_date(d).ok()).ok_or_else(bad)?;
            let flag = item.get("flag").and_then(Value::as_str).ok_or_else(bad)?;
            if crate::safety::find(flag).is_none() {
                return Err(bad());
            }
            incoming.red_flags.push((date, flag.to_owned()));
        }
    }
    incoming.days = list(&doc, name, "days", "place-day", |item| {
        let f = Fields::new(item, "what-day", &["date", "sleepHours", "mood"])?;
        let field = |k: &str| item.get(k).unwrap_or(&Value::Null);
        Ok((
            f.date("date", "field-date", today)?,
            Sleep::from_input(field("sleepHours"))?,
            Mood::from_input(field("mood"))?,
        ))
    })?;
    incoming.tags = list(&doc, name, "tags", "place-tag", |item| {
        let f = Fields::new(item, "what-tag", &["name", "retired"])?;
        let name = TagName::from_input(item.get("name").unwrap_or(&Value::Null))?;
        let entry = TagItem { name, retired: f.flag("retired", "field-retired", false)? };
        let id = match item.get("id") {
            None | Some(Value::Null) => None,
            Some(id) => Some(crate::factors::tag_id(id)?),
        };
        let stamp =
            |k: &str| item.get(k).and_then(Value::as_str).filter(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok());
        Ok(Item {
            id,
            entry,
            created_at: stamp("createdAt").map(str::to_owned),
            updated_at: stamp("updatedAt").map(str::to_owned),
        })
    })?;
    incoming.day_tags = list(&doc, name, "dayTags", "place-day-tag", |item| {
        let f = Fields::new(item, "what-day-tag", &["date", "tag"])?;
        Ok((f.date("date", "field-date", today)?, TagName::from_input(item.get("tag").unwrap_or(&Value::Null))?))
    })?;
    Ok(incoming)
}

/// "name: key must be a list."
fn not_a_list(name: &str, key: &str) -> Msg {
    Msg::new("err-file-list").arg("name", name).arg("key", key)
}

/// The items of the list under `key` (absent or null: none), each read by `read`; a problem
/// is reported with the file, the item's place (`what`, a `place-…` id) and the field.
fn list<T>(
    doc: &Value,
    name: &str,
    key: &str,
    what: &'static str,
    read: impl Fn(&Value) -> Result<T>,
) -> Result<Vec<T>> {
    let Some(list) = doc.get(key).filter(|v| !v.is_null()) else { return Ok(Vec::new()) };
    let list = list.as_array().ok_or_else(|| Error::invalid(key, not_a_list(name, key)))?;
    list.iter()
        .enumerate()
        .map(|(i, item)| {
            read(item).map_err(|e| {
                e.within(|message| {
                    let place = Msg::new(what).arg("n", i + 1);
                    Msg::new("err-in-file").arg("name", name).arg("place", place).arg("message", message)
                })
            })
        })
        .collect()
}

/// The entries of one kind, each validated as if typed in.
fn items<T: Record>(doc: &Value, key: &str, today: NaiveDate) -> Result<Vec<Item<T>>> {
    let Some(list) = doc.get(key).filter(|v| !v.is_null()) else { return Ok(Vec::new()) };
    let list = list.as_array().ok_or_else(|| Error::invalid(key, Msg::new("err-entries-list").arg("key", key)))?;
    list.iter()
        .enumerate()
        .map(|(i, v)| {
            let place = |e: Error| {
                e.within(|message| {
                    Msg::new("err-at").arg("place", Msg::new("place-entry").arg("n", i + 1)).arg("message", message)
                })
            };
            let entry = T::from_input(v, today).map_err(place)?;
            let id = match v.get("id") {
                None | Some(Value::Null) => None,
                Some(id) => Some(
                    id.as_i64()
                        .filter(|id| *id > 0)
                        .ok_or_else(|| place(Error::invalid("id", Msg::new("err-id-positive"))))?,
                ),
            };
            let stamp = |k: &str| -> Result<Option<String>> {
                match v.get(k) {
                    None | Some(Value::Null) => Ok(None),
                    Some(Value::String(s)) if chrono::DateTime::parse_from_rfc3339(s).is_ok() => Ok(Some(s.clone())),
                    Some(_) => Err(place(Error::invalid(k, Msg::new("err-timestamp").arg("key", k)))),
                }
            };
            Ok(Item { id, entry, created_at: stamp("createdAt")?, updated_at: stamp("updatedAt")? })
        })
        .collect()
}
