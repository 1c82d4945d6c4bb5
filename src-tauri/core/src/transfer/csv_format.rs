//! The CSV form: one long-format file, a row per entry, for spreadsheets and other apps. The
//! day's factors are rows too: `sleep` (the `hours` column), `mood` (the `mood` column) and
//! `tag` (a tag true that day, by name, in the `tag` column). Those three columns are optional,
//! so files written before they existed still import.
//! Written and read with the `csv` crate; a UTF-8 BOM and CRLF line ends are accepted, and
//! columns are matched by name, so their order does not matter.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::{Incoming, Item};
use crate::error::{Error, Result};
use crate::factors::{Mood, Sleep, TagName};
use crate::i18n::Msg;
use crate::input::FromInput;
use crate::model::{Calcium, EntryKind, Exercise, Pain, Stored, Vocabulary};
use crate::record::Record;
use serde::{Deserialize, Serialize};

/// The columns, in the order Mend writes them; those added with the day's factors come last,
/// so a sheet that reads the older columns by position still finds them.
pub const CSV_COLUMNS: &[&str] = &[
    "kind",
    "id",
    "date",
    "time",
    "score",
    "locations",
    "exercise_kind",
    "minutes",
    "intensity",
    "mg",
    "source",
    "note",
    "created_at",
    "updated_at",
    "hours",
    "mood",
    "tag",
];
/// Columns a file may leave out.
const OPTIONAL: &[&str] = &["id", "created_at", "updated_at", "hours", "mood", "tag"];

/// First characters that make a spreadsheet read a cell as a formula (`=1+1`, `@SUM(…)`), or
/// hide one behind a tab or carriage return; and the quote that marks a cell as escaped.
const FORMULA_START: &[char] = &['=', '+', '-', '@', '\t', '\r', '\''];

/// A note as written to CSV: one that a spreadsheet would run as a formula gets a leading `'`,
/// so it shows as text (OWASP, "CSV injection"). A note already starting with `'` gets one too,
/// so `unescape` gives back exactly what was written.
pub fn escape_cell(note: &str) -> String {
    if note.starts_with(FORMULA_START) {
        format!("'{note}")
    } else {
        note.to_owned()
    }
}

/// The note `escape_cell` wrote: one leading `'` is removed when what follows it is one
/// `escape_cell` would have escaped; anything else is read as it is.
pub fn unescape_cell(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) => rest,
        _ => cell,
    }
}

pub(super) fn csv_error(name: &str, e: csv::Error) -> Error {
    let what = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            Msg::new("err-csv-row-length").arg("len", *len).arg("expected", *expected_len)
        }
        _ => Msg::verbatim(e.to_string()),
    };
    let message = match e.position() {
        Some(p) => Msg::new("err-csv-at-line").arg("name", name).arg("line", p.line()).arg("message", what),
        None => Msg::new("err-csv").arg("name", name).arg("message", what),
    };
    Error::invalid("file", message)
}

/// One row of the long-format CSV, columns matched by name (`csv` with serde). Every cell is
/// text, so a wrong value reaches the core's validators and gets their message.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Row {
    kind: String,
    id: String,
    date: String,
    time: String,
    score: String,
    locations: String,
    exercise_kind: String,
    minutes: String,
    intensity: String,
    mg: String,
    source: String,
    note: String,
    created_at: String,
    updated_at: String,
    hours: String,
    mood: String,
    tag: String,
}

impl Row {
    fn stored<T: Record>(kind: EntryKind, s: &Stored<T>, date: NaiveDate, note: &str) -> Row {
        Row {
            kind: kind.as_str().into(),
            id: s.id.to_string(),
            date: date.to_string(),
            note: escape_cell(note),
            created_at: s.created_at.clone(),
            updated_at: s.updated_at.clone(),
            ..Row::default()
        }
    }
}

/// Every entry as CSV.
pub fn export_csv(conn: &Connection) -> Result<Vec<u8>> {
    // Writing into memory fails only if something is badly wrong: a storage error, not her input.
    let err = |e: csv::Error| Error::Io { path: "the CSV export".into(), source: std::io::Error::other(e.to_string()) };
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<Row> = Vec::new();
    for p in crate::repo::entries::all_by_date::<Pain>(conn)? {
        let e = &p.entry;
        rows.push(Row {
            time: e.time.clone().unwrap_or_default(),
            score: e.score.to_string(),
            locations: e.locations.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(";"),
            ..Row::stored(EntryKind::Pain, &p, e.date, &e.note)
        });
    }
    for x in crate::repo::entries::all_by_date::<Exercise>(conn)? {
        let e = &x.entry;
        rows.push(Row {
            exercise_kind: e.kind.as_str().into(),
            minutes: e.minutes.to_string(),
            intensity: e.intensity.as_str().into(),
            ..Row::stored(EntryKind::Exercise, &x, e.date, &e.note)
        });
    }
    for c in crate::repo::entries::all_by_date::<Calcium>(conn)? {
        let e = &c.entry;
        rows.push(Row {
            time: e.time.clone().unwrap_or_default(),
            mg: e.mg.to_string(),
            source: e.source.as_str().into(),
            ..Row::stored(EntryKind::Calcium, &c, e.date, &e.note)
        });
    }
    for (date, (sleep, mood)) in crate::repo::factors::all(conn)? {
        let day = || Row { date: date.to_string(), ..Row::default() };
        if let Some(h) = sleep {
            rows.push(Row { kind: "sleep".into(), hours: (f64::from(h) / 2.0).to_string(), ..day() });
        }
        if let Some(m) = mood {
            rows.push(Row { kind: "mood".into(), mood: m.to_string(), ..day() });
        }
    }
    for (date, tag) in crate::repo::tags::all_days(conn)? {
        rows.push(Row { kind: "tag".into(), date: date.to_string(), tag: escape_cell(&tag), ..Row::default() });
    }
    if rows.is_empty() {
        w.write_record(CSV_COLUMNS).map_err(err)?;
    }
    for row in &rows {
        w.serialize(row).map_err(err)?;
    }
    w.into_inner()
        .map_err(|e| Error::Io { path: "the CSV export".into(), source: std::io::Error::other(e.to_string()) })
}

/// A number-looking cell as a number, anything else as text, so validation says what is wrong.
pub(super) fn cell_value(text: &str) -> Value {
    let t = text.trim();
    if t.is_empty() {
        Value::Null
    } else if let Ok(n) = t.parse::<i64>() {
        n.into()
    } else if let Ok(f) = t.parse::<f64>() {
        serde_json::Number::from_f64(f).map_or_else(|| Value::String(t.into()), Value::Number)
    } else {
        Value::String(t.into())
    }
}

/// The CSV column an entry field comes from.
fn column_of(kind: EntryKind, field: &str) -> &str {
    match (kind, field) {
        (EntryKind::Exercise, "kind") => "exercise_kind",
        _ => field,
    }
}

/// Reads and validates every row.
pub fn parse_csv(name: &str, text: &str, today: NaiveDate) -> Result<Incoming> {
    // Read as every CSV Mend reads, lines counted from the bytes: the csv crate's own count is
    // one low after a CRLF, the line end of a sheet saved on Windows.
    let table = super::apps::Table::read(name, text)?;
    let headers: Vec<String> = table.headers.iter().map(|h| h.trim().to_lowercase()).collect();
    // Columns are matched by name, whatever their order or case.
    let headers_record = csv::StringRecord::from(headers.clone());
    if let Some(unknown) = headers.iter().find(|h| !CSV_COLUMNS.contains(&h.as_str())) {
        return Err(Error::invalid(
            "file",
            Msg::new("err-csv-unknown-column")
                .arg("name", name)
                .arg("column", crate::text::clip(unknown))
                .arg("columns", CSV_COLUMNS.join(", ")),
        ));
    }
    if let Some(missing) = CSV_COLUMNS.iter().find(|c| !OPTIONAL.contains(c) && !headers.iter().any(|h| h == *c)) {
        return Err(Error::invalid(
            "file",
            Msg::new("err-csv-missing-column").arg("name", name).arg("column", *missing),
        ));
    }
    let mut incoming = Incoming::default();
    for (line, record) in table.rows {
        let row: Row = record.deserialize(Some(&headers_record)).map_err(|e| csv_error(name, e))?;
        let kind_text = &row.kind;
        if day_row(&row, today, &mut incoming).map_err(|e| at_line(name, line, e))? {
            continue;
        }
        let kind = EntryKind::parse(kind_text.trim()).ok_or_else(|| {
            Error::invalid(
                "kind",
                at_cell(name, line, "kind", Msg::new("err-csv-kind").arg("kind", crate::text::clip(kind_text))),
            )
        })?;
        let mut fields = Map::new();
        // Text fields stay text; number-looking cells become numbers, so validation says what is wrong.
        let mut put = |key: &str, cell: &str, text: bool| {
            if !cell.trim().is_empty() {
                fields.insert(key.into(), if text { json!(cell) } else { cell_value(cell) });
            }
        };
        put("date", &row.date, true);
        put("note", unescape_cell(&row.note), true);
        match kind {
            EntryKind::Pain => {
                put("time", &row.time, true);
                put("score", &row.score, false);
                let locations: Vec<Value> =
                    row.locations.split(';').map(str::trim).filter(|s| !s.is_empty()).map(|s| json!(s)).collect();
                fields.insert("locations".into(), Value::Array(locations));
            }
            EntryKind::Exercise => {
                put("kind", &row.exercise_kind, false);
                put("minutes", &row.minutes, false);
                put("intensity", &row.intensity, false);
            }
            EntryKind::Calcium => {
                put("time", &row.time, true);
                put("mg", &row.mg, false);
                put("source", &row.source, false);
            }
        }
        let value = Value::Object(fields);
        let place = |e: Error| match e {
            Error::Invalid { field, message } => {
                let column = field.as_deref().map_or("?", |f| column_of(kind, f));
                Error::Invalid { message: at_cell(name, line, column, message), field }
            }
            other => other,
        };
        let id = match row.id.trim() {
            "" => None,
            id => Some(id.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
                Error::invalid("id", at_cell(name, line, "id", Msg::new("err-csv-id").arg("id", crate::text::clip(id))))
            })?),
        };
        let stamp = |c: &str, v: &str| -> Result<Option<String>> {
            match v.trim() {
                "" => Ok(None),
                s if chrono::DateTime::parse_from_rfc3339(s).is_ok() => Ok(Some(s.to_owned())),
                s => Err(Error::invalid(
                    c,
                    at_cell(name, line, c, Msg::new("err-csv-timestamp").arg("text", crate::text::clip(s))),
                )),
            }
        };
        let (created_at, updated_at) = (stamp("created_at", &row.created_at)?, stamp("updated_at", &row.updated_at)?);
        match kind {
            EntryKind::Pain => incoming.pain.push(Item {
                id,
                entry: Pain::from_input(&value, today).map_err(place)?,
                created_at,
                updated_at,
            }),
            EntryKind::Exercise => incoming.exercise.push(Item {
                id,
                entry: Exercise::from_input(&value, today).map_err(place)?,
                created_at,
                updated_at,
            }),
            EntryKind::Calcium => incoming.calcium.push(Item {
                id,
                entry: Calcium::from_input(&value, today).map_err(place)?,
                created_at,
                updated_at,
            }),
        }
    }
    Ok(incoming)
}

/// Reads a `sleep`, `mood` or `tag` row into `incoming`; false for any other kind.
fn day_row(row: &Row, today: NaiveDate, incoming: &mut Incoming) -> Result<bool> {
    let kind = row.kind.trim();
    if !["sleep", "mood", "tag"].contains(&kind) {
        return Ok(false);
    }
    let date = crate::input::Fields::new(&json!({ "date": row.date.trim() }), "what-row", &["date"])?.date(
        "date",
        "field-date",
        today,
    )?;
    let missing = |column: &str, id: &'static str| Error::invalid(column, Msg::new(id));
    match kind {
        "sleep" => {
            let sleep = Sleep::from_input(&cell_value(&row.hours))?
                .ok_or_else(|| missing("hours", "err-csv-sleep-needs-hours"))?;
            incoming.days.push((date, Some(sleep), None));
        }
        "mood" => {
            let mood =
                Mood::from_input(&cell_value(&row.mood))?.ok_or_else(|| missing("mood", "err-csv-mood-needs-mood"))?;
            incoming.days.push((date, None, Some(mood)));
        }
        _ => incoming.day_tags.push((date, TagName::parse(unescape_cell(&row.tag))?)),
    }
    Ok(true)
}

/// Puts the file, line and column in front of a day row's message.
fn at_line(name: &str, line: u64, e: Error) -> Error {
    match e {
        Error::Invalid { field, message } => {
            let column = match field.as_deref() {
                Some("name") => "tag",
                Some(f) => f,
                None => "?",
            };
            Error::Invalid { message: at_cell(name, line, column, message), field }
        }
        other => other,
    }
}

/// "name, line 3, column score: message".
pub(super) fn at_cell(name: &str, line: u64, column: &str, message: Msg) -> Msg {
    Msg::new("err-csv-at-cell").arg("name", name).arg("line", line).arg("column", column).arg("message", message)
}
