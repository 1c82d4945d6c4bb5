//! The day's factors besides the entries: sleep (0–24 hours, in half hours), mood (0–10) and
//! her own tags (short yes/no labels she defines). The typed values, and the boundary parsers
//! that make them from loose input, live here; so do the rules on tag names.

use serde_json::Value;

use crate::error::{Error, Result};
use crate::i18n::Msg;
use crate::input::describe;
use crate::text::clip;

/// Hours of sleep, kept in half hours: 0 to 48 (24 hours).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sleep(u8);

/// The most half hours in a day.
pub const SLEEP_MAX_HALF_HOURS: u8 = 48;
/// The highest mood score.
pub const MOOD_MAX: u8 = 10;
/// The longest tag name, in characters.
pub const TAG_NAME_MAX_CHARS: usize = 40;

impl Sleep {
    /// From a number of half hours; None outside 0–48.
    pub fn from_half_hours(n: i64) -> Option<Self> {
        u8::try_from(n).ok().filter(|n| *n <= SLEEP_MAX_HALF_HOURS).map(Sleep)
    }

    /// Half hours, as stored.
    pub fn half_hours(self) -> u8 {
        self.0
    }

    /// Hours, e.g. 6.5.
    pub fn hours(self) -> f64 {
        f64::from(self.0) / 2.0
    }

    /// Reads hours (a JSON number): 0 to 24 in steps of 0.5; null means "not logged".
    pub fn from_input(value: &Value) -> Result<Option<Self>> {
        if value.is_null() {
            return Ok(None);
        }
        let rule = Msg::new("err-sleep");
        let hours = value.as_f64().filter(|h| h.is_finite()).ok_or_else(|| {
            Error::invalid("hours", Msg::new("err-got").arg("rule", rule).arg("value", describe(value)))
        })?;
        if !(0.0..=24.0).contains(&hours) {
            let got = Msg::verbatim(hours.to_string());
            return Err(Error::invalid(
                "hours",
                Msg::new("err-got").arg("rule", Msg::new("err-sleep")).arg("value", got),
            ));
        }
        let half = hours * 2.0;
        if half.fract() != 0.0 {
            return Err(Error::invalid("hours", Msg::new("err-sleep-half-hours").arg("hours", hours.to_string())));
        }
        Ok(Sleep::from_half_hours(half as i64))
    }
}

/// Mood on a 0 (very low) to 10 (very good) scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mood(u8);

impl Mood {
    /// From a score; None outside 0–10.
    pub fn new(score: i64) -> Option<Self> {
        u8::try_from(score).ok().filter(|s| *s <= MOOD_MAX).map(Mood)
    }

    /// The score, 0–10.
    pub fn score(self) -> u8 {
        self.0
    }

    /// Reads a whole number 0–10; null means "not logged".
    pub fn from_input(value: &Value) -> Result<Option<Self>> {
        if value.is_null() {
            return Ok(None);
        }
        match value.as_i64().and_then(Mood::new) {
            Some(mood) => Ok(Some(mood)),
            None => Err(Error::invalid(
                "mood",
                Msg::new("err-got").arg("rule", Msg::new("err-mood")).arg("value", describe(value)),
            )),
        }
    }
}

crate::vocabulary!(
    /// The words at points of the mood scale, as the pain scale has them at its ends.
    MoodAnchor { Low = "0": "Very low", Middle = "5": "Okay", High = "10": "Very good" }
);

/// A valid tag name: trimmed, 1 to 40 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TagName(String);

impl TagName {
    /// Checks a name she typed; the error names the field `name`.
    pub fn parse(text: &str) -> Result<Self> {
        let name = text.trim();
        if name.is_empty() {
            return Err(Error::invalid("name", Msg::new("err-tag-name-empty")));
        }
        let chars = name.chars().count();
        if chars > TAG_NAME_MAX_CHARS {
            return Err(Error::invalid(
                "name",
                Msg::new("err-tag-name-too-long")
                    .arg("max", TAG_NAME_MAX_CHARS)
                    .arg("name", clip(name))
                    .arg("count", chars),
            ));
        }
        if name.chars().any(char::is_control) {
            return Err(Error::invalid("name", Msg::new("err-tag-name-control")));
        }
        Ok(TagName(name.to_owned()))
    }

    /// Reads a name from loose input (it must be text).
    pub fn from_input(value: &Value) -> Result<Self> {
        let text = value
            .as_str()
            .ok_or_else(|| Error::invalid("name", Msg::new("err-tag-name-text").arg("value", describe(value))))?;
        Self::parse(text)
    }

    /// The name as she wrote it, trimmed.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form two names are compared in: lower case, so "Physio day" and "physio DAY" are one tag.
    pub fn folded(&self) -> String {
        self.0.to_lowercase()
    }
}

/// A tag's id: a positive whole number.
pub fn tag_id(value: &Value) -> Result<i64> {
    value.as_i64().filter(|id| *id > 0).ok_or_else(|| Error::invalid("tagId", Msg::new("err-tag-id")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn sleep_is_in_half_hours_from_0_to_24() {
        assert_eq!(Sleep::from_input(&json!(6.5)).unwrap().unwrap().half_hours(), 13);
        assert_eq!(Sleep::from_input(&json!(24)).unwrap().unwrap().hours(), 24.0);
        assert_eq!(Sleep::from_input(&json!(null)).unwrap(), None);
        let e = Sleep::from_input(&json!(6.25)).unwrap_err();
        assert!(e.to_string().contains("in half hours"), "{e}");
        for bad in [json!(-0.5), json!(24.5), json!("6"), json!(true)] {
            assert_eq!(Sleep::from_input(&bad).unwrap_err().field(), Some("hours"), "{bad}");
        }
    }

    #[test]
    fn tag_names_are_trimmed_short_and_printable() {
        assert_eq!(TagName::parse("  Physio day ").unwrap().as_str(), "Physio day");
        assert_eq!(TagName::parse("Ärger").unwrap().folded(), "ärger");
        assert!(TagName::parse(&"x".repeat(40)).is_ok());
        for bad in ["", "   ", &"x".repeat(41), "a\nb", "tab\there"] {
            assert_eq!(TagName::parse(bad).unwrap_err().field(), Some("name"), "{bad:?}");
        }
    }
}
