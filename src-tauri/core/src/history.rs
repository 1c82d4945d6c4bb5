//! The history: days newest first, each with its entries, loaded a page at a time so ten
//! years of data scroll smoothly.

use chrono::{Days, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use crate::error::Result;
use crate::input::Fields;
use crate::model::{Calcium, DayFactors, EntryKind, Exercise, Pain, Stored, Vocabulary};
use crate::record::Record;
use crate::repo::entries;

/// Days in a page unless asked otherwise.
pub const DEFAULT_PAGE_DAYS: i64 = 30;

/// One day of the history.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryDay {
    pub date: NaiveDate,
    pub pain: Vec<Stored<Pain>>,
    pub exercise: Vec<Stored<Exercise>>,
    pub calcium: Vec<Stored<Calcium>>,
    /// Signs ticked on the day's red-flag check-in, as the list shows them.
    #[serde(rename = "redFlags")]
    pub red_flags: Vec<crate::safety::Sign>,
    /// Sleep, mood and her tags that day (left out when only one kind of entry is asked for).
    pub factors: DayFactors,
}

/// One page; ask for the next with `before: nextBefore`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HistoryPage {
    pub days: Vec<HistoryDay>,
    pub next_before: Option<NaiveDate>,
}

/// A parsed history query.
#[derive(Debug, Clone, Copy)]
pub struct Query {
    /// Only days strictly before this one.
    pub before: NaiveDate,
    pub days: i64,
    pub kind: Option<EntryKind>,
}

impl Query {
    /// Reads `{ before?, days?, kind? }`; `before` defaults to tomorrow (so today is included),
    /// `kind` to all kinds.
    pub fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let value = if value.is_null() { &Value::Object(Default::default()) } else { value };
        let f = Fields::new(value, "what-history-query", &["before", "days", "kind"])?;
        let tomorrow = today + Days::new(1);
        let before = f.opt_date("before", "field-before", tomorrow)?.unwrap_or(tomorrow);
        let days = match value.get("days") {
            None | Some(Value::Null) => DEFAULT_PAGE_DAYS,
            Some(_) => f.whole("days", 1, 366, crate::i18n::Msg::new("err-history-days"))?,
        };
        let kind = match value.get("kind").and_then(Value::as_str) {
            None | Some("all") => None,
            Some(_) => Some(f.one_of::<EntryKind>("kind", "field-kind", None)?),
        };
        Ok(Query { before, days, kind })
    }
}

/// Reads one page of history; the signs in `lang`.
pub fn page(conn: &Connection, q: Query, lang: crate::i18n::Lang) -> Result<HistoryPage> {
    let kinds: Vec<EntryKind> = match q.kind {
        Some(kind) => vec![kind],
        None => EntryKind::all(),
    };
    let dates = entries::days_before(conn, &kinds, q.kind.is_none(), q.before, q.days)?;
    let (Some(&newest), Some(&oldest)) = (dates.first(), dates.last()) else {
        return Ok(HistoryPage { days: Vec::new(), next_before: None });
    };
    let wants = |k: EntryKind| q.kind.is_none_or(|only| only == k);
    let mut pain = if wants(EntryKind::Pain) { entries::between::<Pain>(conn, oldest, newest)? } else { Vec::new() };
    let mut exercise =
        if wants(EntryKind::Exercise) { entries::between::<Exercise>(conn, oldest, newest)? } else { Vec::new() };
    let mut calcium =
        if wants(EntryKind::Calcium) { entries::between::<Calcium>(conn, oldest, newest)? } else { Vec::new() };
    let mut flags = if q.kind.is_none() { crate::repo::red_flags::between(conn, oldest, newest)? } else { Vec::new() };
    let (mut factors, mut tags) = if q.kind.is_none() {
        (crate::repo::factors::between(conn, oldest, newest)?, crate::repo::tags::between(conn, oldest, newest)?)
    } else {
        (Vec::new(), Vec::new())
    };
    let days = dates
        .iter()
        .map(|&date| HistoryDay {
            date,
            pain: take_day(&mut pain, date),
            exercise: take_day(&mut exercise, date),
            calcium: take_day(&mut calcium, date),
            red_flags: {
                let n = flags.iter().take_while(|(d, _)| *d == date).count();
                flags.drain(..n).filter_map(|(_, id)| crate::safety::find(&id)).map(|f| f.view(lang)).collect()
            },
            factors: {
                let (sleep, mood) = match factors.first() {
                    Some((d, values)) if *d == date => {
                        let values = *values;
                        factors.remove(0);
                        values
                    }
                    _ => (None, None),
                };
                let n = tags.iter().take_while(|(d, _)| *d == date).count();
                DayFactors {
                    sleep_hours: sleep.map(|h| f64::from(h) / 2.0),
                    mood,
                    tags: tags.drain(..n).map(|(_, t)| t).collect(),
                }
            },
        })
        .collect();
    let full = dates.len() as i64 == q.days;
    Ok(HistoryPage { days, next_before: full.then_some(oldest) })
}

/// Takes the leading entries of `date` off the front of a newest-first list.
fn take_day<T: Record>(entries: &mut Vec<Stored<T>>, date: NaiveDate) -> Vec<Stored<T>> {
    let n = entries.iter().take_while(|e| e.entry.date() == date).count();
    entries.drain(..n).collect()
}
