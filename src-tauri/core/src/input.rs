//! Turns loosely typed JSON from the UI (or any other caller) into valid model values.
//! Anything wrong becomes one `invalid_input` error that names the field and says what to fix,
//! so a string where a number belongs reads the same to the user as a number out of range.

use chrono::{NaiveDate, NaiveTime};
use serde_json::{Map, Value};

use crate::error::{Error, Result};
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
pub struct Fields<'a> {
    map: &'a Map<String, Value>,
}

impl<'a> Fields<'a> {
    /// Accepts an object whose keys are all in `allowed` (or are stored-entry keys).
    pub fn new(value: &'a Value, what: &str, allowed: &[&str]) -> Result<Self> {
        let map = value.as_object().ok_or_else(|| Error::Invalid {
            field: None,
            message: format!("Expected {what} as an object with named fields."),
        })?;
        if let Some(key) = map.keys().find(|k| !allowed.contains(&k.as_str()) && !STORED_KEYS.contains(&k.as_str())) {
            return Err(Error::invalid(
                key,
                format!("Unknown field \"{}\" in {what}; expected only: {}.", clip(key), allowed.join(", ")),
            ));
        }
        Ok(Fields { map })
    }

    /// The value of a field; JSON null counts as absent.
    fn get(&self, name: &str) -> Option<&'a Value> {
        self.map.get(name).filter(|v| !v.is_null())
    }

    /// A required calendar date between 2000-01-01 and `latest`.
    pub fn date(&self, name: &str, label: &str, latest: NaiveDate) -> Result<NaiveDate> {
        self.opt_date(name, label, latest)?
            .ok_or_else(|| Error::invalid(name, format!("{label} is required, written YYYY-MM-DD.")))
    }

    /// An optional calendar date between 2000-01-01 and `latest`; "" counts as absent.
    pub fn opt_date(&self, name: &str, label: &str, latest: NaiveDate) -> Result<Option<NaiveDate>> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let text = value.as_str().ok_or_else(|| {
            Error::invalid(name, format!("{label} must be a date written YYYY-MM-DD, e.g. {latest}."))
        })?;
        if text.is_empty() {
            return Ok(None);
        }
        let date = parse_date(text).map_err(|message| Error::invalid(name, format!("{label}: {message}")))?;
        if date < EARLIEST_DATE {
            return Err(Error::invalid(name, format!("{label} must be on or after {EARLIEST_DATE}.")));
        }
        if date > latest {
            return Err(Error::invalid(name, format!("{label} cannot be after {latest}.")));
        }
        Ok(Some(date))
    }

    /// An optional time of day, normalised to "HH:MM"; "" counts as absent.
    pub fn opt_time(&self, name: &str) -> Result<Option<String>> {
        let Some(value) = self.get(name) else {
            return Ok(None);
        };
        let message = "Time must be written HH:MM in 24-hour form, e.g. 07:30.";
        let text = value.as_str().ok_or_else(|| Error::invalid(name, message))?;
        if text.is_empty() {
            return Ok(None);
        }
        let well_formed = text.len() == 5 && text.as_bytes()[2] == b':';
        match NaiveTime::parse_from_str(text, "%H:%M") {
            Ok(time) if well_formed => Ok(Some(time.format("%H:%M").to_string())),
            _ => Err(Error::invalid(name, message)),
        }
    }

    /// A required whole number in `min..=max`; text, fractions and out-of-range values get `message`.
    pub fn whole(&self, name: &str, min: i64, max: i64, message: &str) -> Result<i64> {
        let value = self.get(name).ok_or_else(|| Error::invalid(name, format!("{message} It is missing.")))?;
        match value.as_i64() {
            Some(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(Error::invalid(name, format!("{message} Got {}.", describe(value)))),
        }
    }

    /// One member of a vocabulary, or `default` when absent.
    pub fn one_of<V: Vocabulary>(&self, name: &str, label: &str, default: Option<V>) -> Result<V> {
        match self.get(name) {
            None => default.ok_or_else(|| Error::invalid(name, format!("{label} is required: one of {}.", V::names()))),
            Some(value) => value.as_str().and_then(V::parse).ok_or_else(|| {
                Error::invalid(name, format!("{label}: {} is not one of: {}.", quote(value), V::names()))
            }),
        }
    }

    /// An optional member of a vocabulary; "" counts as absent.
    pub fn opt_one_of<V: Vocabulary>(&self, name: &str, label: &str) -> Result<Option<V>> {
        match self.get(name) {
            Some(Value::String(s)) if s.is_empty() => Ok(None),
            Some(_) => self.one_of(name, label, None).map(Some),
            None => Ok(None),
        }
    }

    /// A set of vocabulary members, returned sorted and without repeats.
    pub fn set_of<V: Vocabulary>(&self, name: &str, label: &str) -> Result<Vec<V>> {
        let Some(value) = self.get(name) else {
            return Ok(Vec::new());
        };
        let items = value
            .as_array()
            .ok_or_else(|| Error::invalid(name, format!("{label} must be a list drawn from: {}.", V::names())))?;
        let mut set = items
            .iter()
            .map(|item| {
                item.as_str().and_then(V::parse).ok_or_else(|| {
                    Error::invalid(name, format!("{label}: {} is not one of: {}.", quote(item), V::names()))
                })
            })
            .collect::<Result<Vec<V>>>()?;
        set.sort_by_key(|v| v.as_str());
        set.dedup();
        Ok(set)
    }

    /// A true/false flag, `default` when absent.
    pub fn flag(&self, name: &str, label: &str, default: bool) -> Result<bool> {
        match self.get(name) {
            None => Ok(default),
            Some(value) => value.as_bool().ok_or_else(|| {
                Error::invalid(name, format!("{label} must be true or false, not {}.", describe(value)))
            }),
        }
    }

    /// Free text, trimmed; refused only when absurdly long.
    pub fn note(&self, name: &str) -> Result<String> {
        let Some(value) = self.get(name) else {
            return Ok(String::new());
        };
        let text = value.as_str().ok_or_else(|| Error::invalid(name, "Note must be text."))?;
        let chars = text.chars().count();
        if chars > MAX_NOTE_CHARS {
            return Err(Error::invalid(
                name,
                format!(
                    "Note is too long: {} characters; the limit is {}.",
                    thousands(chars as i64),
                    thousands(MAX_NOTE_CHARS as i64)
                ),
            ));
        }
        Ok(text.trim().to_owned())
    }
}

/// A lone true/false argument, such as a switch.
pub fn flag(value: &Value, field: &str, label: &str) -> Result<bool> {
    value
        .as_bool()
        .ok_or_else(|| Error::invalid(field, format!("{label} must be true or false, not {}.", describe(value))))
}

/// Parses a strict YYYY-MM-DD date; the error says whether the form or the day is wrong.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let b = text.as_bytes();
    let form = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !form {
        return Err(format!("\"{}\" is not a date written YYYY-MM-DD.", clip(text)));
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| format!("{text} is not a real calendar date."))
}

/// A short, quoted rendering of a JSON value for error messages.
pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => format!("the text \"{}\"", clip(s)),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "nothing".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// A value as the user wrote it: text in quotes, anything else described.
fn quote(value: &Value) -> String {
    match value {
        Value::String(s) => format!("\"{}\"", clip(s)),
        other => describe(other),
    }
}

const SCORE: &str = "Pain score must be a whole number from 0 (no pain) to 10 (worst imaginable).";
const MINUTES: &str = "Minutes must be a whole number from 1 to 600.";
const MG: &str = "Calcium must be a whole number of milligrams from 1 to 5,000.";

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
        let f = Fields::new(value, "a pain check-in", &["date", "time", "score", "locations", "note"])?;
        Ok(Pain {
            date: f.date("date", "Date", today)?,
            time: f.opt_time("time")?,
            score: f.whole("score", 0, SCORE_MAX, SCORE)? as u8,
            locations: f.set_of("locations", "Location")?,
            note: f.note("note")?,
        })
    }
}

impl FromInput for Exercise {
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let f = Fields::new(value, "an exercise session", &["date", "kind", "minutes", "intensity", "note"])?;
        Ok(Exercise {
            date: f.date("date", "Date", today)?,
            kind: f.one_of("kind", "Exercise kind", None)?,
            minutes: f.whole("minutes", MINUTES_RANGE.0, MINUTES_RANGE.1, MINUTES)? as u16,
            intensity: f.one_of("intensity", "Intensity", Some(crate::model::Intensity::Moderate))?,
            note: f.note("note")?,
        })
    }
}

impl FromInput for Calcium {
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let f = Fields::new(value, "a calcium entry", &["date", "time", "mg", "source", "note"])?;
        Ok(Calcium {
            date: f.date("date", "Date", today)?,
            time: f.opt_time("time")?,
            mg: f.whole("mg", MG_RANGE.0, MG_RANGE.1, MG)? as u16,
            source: f.one_of("source", "Source", None)?,
            note: f.note("note")?,
        })
    }
}

impl FromInput for Profile {
    /// A birth date may lie up to 300 days ahead, so Mend can be set up before the birth.
    fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let f =
            Fields::new(value, "the profile", &["birthDate", "deliveryType", "epidural", "breastfeeding", "ageBand"])?;
        Ok(Profile {
            birth_date: f.opt_date("birthDate", "Birth date", today + chrono::Days::new(300))?,
            delivery_type: f.opt_one_of("deliveryType", "Delivery type")?,
            epidural: f.flag("epidural", "Epidural", false)?,
            breastfeeding: f.flag("breastfeeding", "Breastfeeding", false)?,
            age_band: f.one_of("ageBand", "Age band", Some(Default::default()))?,
        })
    }
}
