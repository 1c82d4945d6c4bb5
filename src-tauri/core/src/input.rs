//! Turns loosely typed JSON from the UI (or any other caller) into valid model values.
//! Anything wrong becomes one `invalid_input` error that names the field and says what to fix,
//! so a string where a number belongs reads the same to the user as a number out of range.

use chrono::{NaiveDate, NaiveTime};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::model::{Calcium, Exercise, Pain, Profile, Vocabulary};
use crate::text::{clip, thousands};

/// No entry may be dated before this.
pub const EARLIEST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => panic!("valid date"),
};
/// Notes are free text; only absurd sizes are refused.
pub const MAX_NOTE_CHARS: usize = 10_000;

/// Keys a caller may send back from a stored entry; they are ignored, never trusted.
const STORED_KEYS: &[&str] = &["id", "createdAt", "updatedAt", "configured"];

/// The named fields of one JSON object, checked one at a time.
///
/// `what` (the object) and each `label` (a field, as the window names it) are message ids,
/// `what-…` and `field-…`, so a message names them in her language. A plain word that is no
/// id is shown as it is.
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
}

/// A field's label (a `field-…` id) as a message argument.
fn label(id: &'static str) -> Msg {
    Msg::new(id)
}

impl<'a> Fields<'a> {
    /// Accepts an object whose keys are all in `allowed` (or are stored-entry keys).
    pub fn new(value: &'a Value, what: &'static str, allowed: &[&str]) -> Result<Self> {
        let map = value
            .as_object()
            .ok_or_else(|| Error::invalid_input(Msg::new("err-expected-object").arg("what", Msg::new(what))))?;
        if let Some(key) = map.keys().find(|k| !allowed.contains(&k.as_str()) && !STORED_KEYS.contains(&k.as_str())) {
            return Err(Error::invalid(
                key,
                Msg::new("err-unknown-field")
                    .arg("key", clip(key))
                    .arg("what", Msg::new(what))
                    .arg("allowed", allowed.join(", ")),
            ));
        }
        Ok(Fields { map })
    }

    /// The value of a field; JSON null counts as absent.
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.map.get(name).filter(|v| !v.is_null())
    }

    /// A required calendar date between 2000-01-01 and `latest`.
    pub fn date(&self, name: &str, label_id: &'static str, latest: NaiveDate) -> Result<NaiveDate> {
        self.opt_date(name, label_id, latest)?
            .ok_or_else(|| Error::invalid(name, Msg::new("err-date-required").arg("label", label(label_id))))
    }

    /// An optional calendar date between 2000-01-01 and `latest`; "" counts as absent.
    pub fn opt_date(&self, name: &str, label_id: &'static str, latest: NaiveDate) -> Result<Option<NaiveDate>> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let text = value.as_str().ok_or_else(|| {
            Error::invalid(
                name,
                Msg::new("err-date-form").arg("label", label(label_id)).arg("example", latest.to_string()),
            )
        })?;
        if text.is_empty() {
            return Ok(None);
        }
        let date = parse_date(text).map_err(|message| {
            Error::invalid(name, Msg::new("err-labelled").arg("label", label(label_id)).arg("message", message))
        })?;
        if date < EARLIEST_DATE {
            return Err(Error::invalid(
                name,
                Msg::new("err-date-too-early").arg("label", label(label_id)).arg("earliest", EARLIEST_DATE.to_string()),
            ));
        }
        if date > latest {
            return Err(Error::invalid(
                name,
                Msg::new("err-date-too-late").arg("label", label(label_id)).arg("latest", latest.to_string()),
            ));
        }
        Ok(Some(date))
    }

    /// An optional time of day, normalised to "HH:MM"; "" counts as absent.
    pub fn opt_time(&self, name: &str) -> Result<Option<String>> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let wrong = || Error::invalid(name, Msg::new("err-time"));
        let text = value.as_str().ok_or_else(wrong)?;
        if text.is_empty() {
            return Ok(None);
        }
        let well_formed = text.len() == 5 && text.as_bytes()[2] == b':';
        match NaiveTime::parse_from_str(text, "%H:%M") {
            Ok(time) if well_formed => Ok(Some(time.format("%H:%M").to_string())),
            _ => Err(wrong()),
        }
    }

    /// A required whole number in `min..=max`; text, fractions and out-of-range values get `rule`.
    pub fn whole(&self, name: &str, min: i64, max: i64, rule: Msg) -> Result<i64> {
        let Some(value) = self.get(name) else {
            return Err(Error::invalid(name, Msg::new("err-missing").arg("rule", rule)));
        };
        match value.as_i64() {
            Some(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(Error::invalid(name, Msg::new("err-got").arg("rule", rule).arg("value", describe(value)))),
        }
    }

    /// One member of a vocabulary, or `default` when absent.
    pub fn one_of<V: Vocabulary>(&self, name: &str, label_id: &'static str, default: Option<V>) -> Result<V> {
        match self.get(name) {
            None => default.ok_or_else(|| {
                Error::invalid(
                    name,
                    Msg::new("err-required-one-of").arg("label", label(label_id)).arg("names", V::names()),
                )
            }),
            Some(value) => value.as_str().and_then(V::parse).ok_or_else(|| not_one_of::<V>(name, label_id, value)),
        }
    }

    /// An optional member of a vocabulary; "" counts as absent.
    pub fn opt_one_of<V: Vocabulary>(&self, name: &str, label_id: &'static str) -> Result<Option<V>> {
        match self.get(name) {
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(_) => self.one_of(name, label_id, None).map(Some),
            None => Ok(None),
        }
    }

    /// A set of vocabulary members, returned sorted and without repeats.
    pub fn set_of<V: Vocabulary>(&self, name: &str, label_id: &'static str) -> Result<Vec<V>> {
        let Some(value) = self.get(name) else {
            return Ok(Vec::new());
        };
        let items = value.as_array().ok_or_else(|| {
            Error::invalid(name, Msg::new("err-list-from").arg("label", label(label_id)).arg("names", V::names()))
        })?;
        let mut set = items
            .iter()
            .map(|item| item.as_str().and_then(V::parse).ok_or_else(|| not_one_of::<V>(name, label_id, item)))
            .collect::<Result<Vec<V>>>()?;
        set.sort_by_key(|v| v.as_str());
        set.dedup();
        Ok(set)
    }

    /// A true/false flag, `default` when absent.
    pub fn flag(&self, name: &str, label_id: &'static str, default: bool) -> Result<bool> {
        match self.get(name) {
            None => Ok(default),
            Some(value) => flag(value, name, label_id),
        }
    }

    /// Free text, trimmed; refused only when absurdly long.
    pub fn note(&self, name: &str) -> Result<String> {
        let Some(value) = self.get(name) else {
            return Ok(String::new());
        };
        let text = value.as_str().ok_or_else(|| Error::invalid(name, Msg::new("err-note-text")))?;
        let chars = text.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(Error::invalid(
                name,
                Msg::new("err-note-too-long")
                    .arg("count", thousands(chars as i64))
                    .arg("max", thousands(MAX_NOTE_CHARS as i64)),
            ));
        }
        Ok(text.trim().to_owned())
    }
}

/// "Label: "x" is not one of: a, b, c."
fn not_one_of<V: Vocabulary>(name: &str, label_id: &'static str, value: &Value) -> Error {
    Error::invalid(
        name,
        Msg::new("err-not-one-of").arg("label", label(label_id)).arg("value", quote(value)).arg("names", V::names()),
    )
}

/// A lone true/false argument, such as a switch.
pub fn flag(value: &Value, field: &str, label_id: &'static str) -> Result<bool> {
    value.as_bool().ok_or_else(|| {
        Error::invalid(field, Msg::new("err-true-or-false").arg("label", label(label_id)).arg("value", describe(value)))
    })
}

/// Parses a strict YYYY-MM-DD date; the error says whether the form or the day is wrong.
pub fn parse_date(text: &str) -> Result<NaiveDate, Msg> {
    let b = text.as_bytes();
    let form = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !form {
        return Err(Msg::new("err-date-not-written").arg("text", clip(text)));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| Msg::new("err-date-not-real").arg("text", text))
}

/// A short rendering of a JSON value for error messages, in her words.
pub(crate) fn describe(value: &Value) -> Msg {
    match value {
        Value::String(s) => Msg::new("value-text").arg("text", clip(s)),
        Value::Number(n) => Msg::verbatim(n.to_string()),
        Value::Bool(b) => Msg::verbatim(b.to_string()),
        Value::Null => Msg::new("value-nothing"),
        Value::Array(_) => Msg::new("value-list"),
        Value::Object(_) => Msg::new("value-object"),
    }
}

/// A value as the user wrote it: text in quotes, anything else described.
fn quote(value: &Value) -> Msg {
    match value {
        Value::String(s) => Msg::verbatim(format!("\"{}\"", clip(s))),
        other => describe(other),
    }
}

/// The ranges the validators accept, sent to the window so its comfort checks use the same numbers.
pub const SCORE_MAX: i64 = 10;
/// Minutes of one exercise session.
pub const MINUTES_RANGE: (i64, i64) = (1, 600);
/// Milligrams of one calcium entry.
pub const MG_RANGE: (i64, i64) = (1, 5_000);

/// Something the store can build from untrusted JSON, given today's date.
pub trait FromInput: Sized {
    /// Validates `value` into `Self`; dates may not be after `today`.
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self>;
}

impl FromInput for Pain {
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let f = Fields::new(value, "what-pain", &["date", "time", "score", "locations", "note"])?;
        Ok(Pain {
            date: f.date("date", "field-date", today)?,
            time: f.opt_time("time")?,
            score: f.whole("score", 0, SCORE_MAX, Msg::new("err-score"))? as u8,
            locations: f.set_of("locations", "field-location")?,
            note: f.note("note")?,
        })
    }
}

impl FromInput for Exercise {
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let f = Fields::new(value, "what-exercise", &["date", "kind", "minutes", "intensity", "note"])?;
        Ok(Exercise {
            date: f.date("date", "field-date", today)?,
            kind: f.one_of("kind", "field-exercise-kind", None)?,
            minutes: f.whole("minutes", MINUTES_RANGE.0, MINUTES_RANGE.1, Msg::new("err-minutes"))? as u16,
            intensity: f.one_of("intensity", "field-intensity", Some(crate::model::Intensity::Moderate))?,
            note: f.note("note")?,
        })
    }
}

impl FromInput for Calcium {
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let f = Fields::new(value, "what-calcium", &["date", "time", "mg", "source", "note"])?;
        Ok(Calcium {
            date: f.date("date", "field-date", today)?,
            time: f.opt_time("time")?,
            mg: f.whole("mg", MG_RANGE.0, MG_RANGE.1, Msg::new("err-mg"))? as u16,
            source: f.one_of("source", "field-source", None)?,
            note: f.note("note")?,
        })
    }
}

impl FromInput for Profile {
    /// A birth date may lie up to 300 days ahead, so Mend can be set up before the birth.
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let f =
            Fields::new(value, "what-profile", &["birthDate", "deliveryType", "epidural", "breastfeeding", "ageBand"])?;
        Ok(Profile {
            birth_date: f.opt_date("birthDate", "field-birth-date", today + chrono::Days::new(300))?,
            delivery_type: f.opt_one_of("deliveryType", "field-delivery-type")?,
            epidural: f.flag("epidural", "field-epidural", false)?,
            breastfeeding: f.flag("breastfeeding", "field-breastfeeding", false)?,
            age_band: f.one_of("ageBand", "field-age-band", Some(Default::default()))?,
        })
    }
}
