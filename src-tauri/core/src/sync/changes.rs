//! What a sync key names, its value as sent, and writing a value received. Each value is
//! checked by the same rules as her own input (`input`, `factors`, `safety`) before it is
//! written; `Value::Null` means "not there" (a deleted entry, a cleared field, an untagged day).
//!
//! | key                        | value                                             |
//! |----------------------------|---------------------------------------------------|
//! | `pain/<uid>` (and exercise, calcium) | `{"e": entry, "c": created, "u": updated}` |
//! | `profile/saved`            | `true` once she has saved the profile (or skipped it) |
//! | `profile/<column>`         | that field, as the profile's JSON has it          |
//! | `sleep/<date>`             | half hours, 0–48                                  |
//! | `mood/<date>`              | 0–10                                              |
//! | `tag/<uid>`                | `{"name", "retired"}`                             |
//! | `daytag/<date>/<tag uid>`  | `{"name"}` of the tag                             |
//! | `flags/<date>`             | the day's ticked signs, as a list                 |

use chrono::NaiveDate;
use rusqlite::Connection;
use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::factors::TagName;
use crate::i18n::Msg;
use crate::input::FromInput;
use crate::model::{Calcium, EntryKind, Exercise, Pain, Profile};
use crate::repo::record::Record;
use crate::repo::{entries, factors, profile, red_flags, tags};

/// The profile's columns and their names in its JSON.
const PROFILE_FIELDS: &[(&str, &str)] = &[
    ("birth_date", "birthDate"),
    ("delivery_type", "deliveryType"),
    ("epidural", "epidural"),
    ("breastfeeding", "breastfeeding"),
    ("age_band", "ageBand"),
];

/// A sync key, read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Key<'a> {
    Entry(EntryKind, &'a str),
    ProfileSaved,
    Profile(&'a str),
    Sleep(NaiveDate),
    Mood(NaiveDate),
    Tag(&'a str),
    DayTag(NaiveDate, &'a str),
    Flags(NaiveDate),
}

fn parse(key: &str) -> Option<Key<'_>> {
    let (kind, rest) = key.split_once('/')?;
    let date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let uid = |s: &'_ str| (!s.is_empty() && s.len() <= 200).then_some(());
    Some(match kind {
        "pain" | "exercise" | "calcium" => {
            uid(rest)?;
            Key::Entry(crate::model::Vocabulary::parse(kind)?, rest)
        }
        "profile" if rest == "saved" => Key::ProfileSaved,
        "profile" => Key::Profile(PROFILE_FIELDS.iter().find(|(c, _)| *c == rest)?.0),
        "sleep" => Key::Sleep(date(rest)?),
        "mood" => Key::Mood(date(rest)?),
        "tag" => {
            uid(rest)?;
            Key::Tag(rest)
        }
        "daytag" => {
            let (day, tag) = rest.split_once('/')?;
            uid(tag)?;
            Key::DayTag(date(day)?, tag)
        }
        "flags" => Key::Flags(date(rest)?),
        _ => return None,
    })
}

fn not_a_change(key: &str) -> Error {
    Error::invalid("change", Msg::new("err-sync-change").arg("key", crate::text::clip(key)))
}

/// The value of `key` here now (`Null` when there is none).
pub fn read(conn: &Connection, key: &str) -> Result<Value> {
    Ok(match parse(key).ok_or_else(|| not_a_change(key))? {
        Key::Entry(EntryKind::Pain, uid) => entry::<Pain>(conn, uid)?,
        Key::Entry(EntryKind::Exercise, uid) => entry::<Exercise>(conn, uid)?,
        Key::Entry(EntryKind::Calcium, uid) => entry::<Calcium>(conn, uid)?,
        Key::ProfileSaved => json!(profile::read(conn)?.map(|_| true)),
        Key::Profile(column) => match profile::read(conn)? {
            Some(p) => serde_json::to_value(p).expect("a profile serializes")[profile_name(column)].take(),
            None => Value::Null,
        },
        Key::Sleep(date) => json!(factors::on(conn, date)?.0),
        Key::Mood(date) => json!(factors::on(conn, date)?.1),
        Key::Tag(uid) => match tags::by_uid(conn, uid)? {
            Some((_, name, retired)) => json!({ "name": name, "retired": retired }),
            None => Value::Null,
        },
        Key::DayTag(date, uid) => match tags::by_uid(conn, uid)? {
            Some((id, name, _)) if tags::on_day(conn, date)?.iter().any(|t| t.id == id) => json!({ "name": name }),
            _ => Value::Null,
        },
        Key::Flags(date) => json!(red_flags::on(conn, date)?),
    })
}

fn profile_name(column: &str) -> &'static str {
    PROFILE_FIELDS.iter().find(|(c, _)| *c == column).map_or("", |(_, name)| name)
}

fn entry<T: Record>(conn: &Connection, uid: &str) -> Result<Value> {
    Ok(match entries::by_uid::<T>(conn, uid)? {
        Some(s) => json!({ "e": s.entry, "c": s.created_at, "u": s.updated_at }),
        None => Value::Null,
    })
}

/// Writes `value` for `key`, checked as her own input would be; `stamp` is now, for the rows'
/// timestamps. Dates may be up to a year ahead of `today` (another computer's time zone, a
/// birth date set before the birth).
pub fn apply(conn: &Connection, key: &str, value: &Value, today: NaiveDate, stamp: &str) -> Result<()> {
    let ahead = today + chrono::Days::new(366);
    match parse(key).ok_or_else(|| not_a_change(key))? {
        Key::Entry(EntryKind::Pain, uid) => put_entry::<Pain>(conn, uid, value, ahead),
        Key::Entry(EntryKind::Exercise, uid) => put_entry::<Exercise>(conn, uid, value, ahead),
        Key::Entry(EntryKind::Calcium, uid) => put_entry::<Calcium>(conn, uid, value, ahead),
        // Saved on one computer, saved on all (with defaults until its fields arrive).
        Key::ProfileSaved => match (value.as_bool(), profile::read(conn)?) {
            (Some(true), None) => profile::write(conn, &Profile::default(), stamp),
            _ => Ok(()),
        },
        Key::Profile(column) => {
            let mut fields = serde_json::to_value(profile::read(conn)?.unwrap_or_default()).expect("serializes");
            fields[profile_name(column)] = value.clone();
            profile::write(conn, &Profile::from_input(&fields, today)?, stamp)
        }
        Key::Sleep(date) => factors::set_sleep(conn, date, small(value, 48, key)?, stamp),
        Key::Mood(date) => factors::set_mood(conn, date, small(value, 10, key)?, stamp),
        Key::Tag(uid) => {
            if let Some(name) = value.get("name") {
                let retired = value.get("retired").and_then(Value::as_bool).ok_or_else(|| not_a_change(key))?;
                put_tag(conn, uid, &TagName::from_input(name)?, retired, stamp)?;
            }
            Ok(())
        }
        Key::DayTag(date, uid) => {
            let id = match (tags::by_uid(conn, uid)?, value.get("name")) {
                (Some((id, _, _)), _) => Some(id),
                // A day tagged on a computer that did not make the tag: the tag comes with it.
                (None, Some(name)) => Some(put_tag(conn, uid, &TagName::from_input(name)?, false, stamp)?),
                (None, None) => None,
            };
            if let Some(id) = id {
                tags::switch(conn, date, id, !value.is_null(), stamp)?;
            }
            Ok(())
        }
        Key::Flags(date) => {
            let ids: Vec<String> = serde_json::from_value(value.clone()).map_err(|_| not_a_change(key))?;
            if let Some(unknown) = ids.iter().find(|id| crate::safety::find(id).is_none()) {
                return Err(Error::invalid(
                    "flags",
                    Msg::new("err-unknown-flag").arg("flag", crate::text::clip(unknown)),
                ));
            }
            red_flags::replace(conn, date, &ids, stamp)
        }
    }
}

fn small(value: &Value, max: u64, key: &str) -> Result<Option<u8>> {
    match value {
        Value::Null => Ok(None),
        v => v.as_u64().filter(|n| *n <= max).map(|n| Some(n as u8)).ok_or_else(|| not_a_change(key)),
    }
}

fn put_entry<T: Record>(conn: &Connection, uid: &str, value: &Value, ahead: NaiveDate) -> Result<()> {
    if value.is_null() {
        return entries::delete_by_uid(conn, T::KIND, uid);
    }
    let stamp =
        |k: &str| value.get(k).and_then(Value::as_str).filter(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok());
    let (Some(created), Some(updated)) = (stamp("c"), stamp("u")) else {
        return Err(not_a_change(T::TABLE));
    };
    let entry = T::from_input(&value["e"], ahead)?;
    entries::put_by_uid(conn, uid, &entry, created, updated)
}

/// Writes tag `uid` as `name`. Two tags cannot share a name: when another tag here already
/// has it (one was renamed to the other's name), the tag with the larger uid takes the name
/// with " (2)" (or the next free number) after it, on every computer alike.
fn put_tag(conn: &Connection, uid: &str, name: &TagName, retired: bool, stamp: &str) -> Result<i64> {
    let mut name = name.clone();
    if let Some(other) = tags::uid_of_folded(conn, &name.folded())?.filter(|other| other != uid) {
        if uid > other.as_str() {
            name = free_name(conn, &name)?;
        } else if let Some((id, other_name, _)) = tags::by_uid(conn, &other)? {
            let renamed = free_name(conn, &TagName::parse(&other_name)?)?;
            tags::rename(conn, id, renamed.as_str(), &renamed.folded(), stamp)?;
        }
    }
    tags::put_by_uid(conn, uid, name.as_str(), &name.folded(), retired, stamp)
}

fn free_name(conn: &Connection, name: &TagName) -> Result<TagName> {
    for n in 2.. {
        let suffix = format!(" ({n})");
        let base: String = name.as_str().chars().take(crate::factors::TAG_NAME_MAX_CHARS - suffix.len()).collect();
        let candidate = TagName::parse(&format!("{}{suffix}", base.trim_end()))?;
        if tags::uid_of_folded(conn, &candidate.folded())?.is_none() {
            return Ok(candidate);
        }
    }
    unreachable!("some number is free")
}

#[cfg(test)]
mod tests {
    use super::{parse, Key};
    use crate::model::EntryKind;

    #[test]
    fn keys_parse_and_strangers_do_not() {
        assert_eq!(parse("pain/ab12"), Some(Key::Entry(EntryKind::Pain, "ab12")));
        assert_eq!(parse("profile/age_band"), Some(Key::Profile("age_band")));
        assert!(matches!(parse("daytag/2026-01-02/walk"), Some(Key::DayTag(_, "walk"))));
        for bad in ["", "pain", "pain/", "profile/id", "sleep/2026-13-01", "settings/x", "daytag/2026-01-02"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }
}
