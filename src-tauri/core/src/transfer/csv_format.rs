//! The CSV form: one long-format file, a row per entry, for spreadsheets and other apps.
//! Written and read with the `csv` crate; a UTF-8 BOM and CRLF line ends are accepted, and
//! columns are matched by name, so their order does not matter.

use chrono::NaiveDate;
use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::{Incoming, Item};
use crate::error::{Error, Result};
use crate::input::FromInput;
use crate::model::{Calcium, EntryKind, Exercise, Pain, Vocabulary};
use crate::record::Record;

/// The columns, in the order Mend writes them.
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
];
/// Columns a file may leave out.
const OPTIONAL: &[&str] = &["id", "created_at", "updated_at"];

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

fn csv_error(name: &str, e: csv::Error) -> Error {
    let line = e.position().map(|p| format!(", line {}", p.line())).unwrap_or_default();
    let what = match e.kind() {
        csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
            format!("a row has {len} fields where the header has {expected_len}")
        }
        _ => e.to_string(),
    };
    Error::invalid("file", format!("{name}{line}: {what}."))
}

/// Every entry as CSV.
pub fn export_csv(conn: &Connection) -> Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing into memory fails only if something is badly wrong: a storage error, not her input.
    let err = |e: csv::Error| Error::Io { path: "the CSV export".into(), source: std::io::Error::other(e.to_string()) };
    w.write_record(CSV_COLUMNS).map_err(err)?;
    let row = |pairs: &[(&str, String)]| -> Vec<String> {
        CSV_COLUMNS
            .iter()
            .map(|c| pairs.iter().find(|(k, _)| k == c).map(|(_, v)| v.clone()).unwrap_or_default())
            .collect()
    };
    for p in rows::<Pain>(conn)? {
        let e = &p.entry;
        let locations = e.locations.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(";");
        w.write_record(row(&[
            ("kind", "pain".into()),
            ("id", p.id.to_string()),
            ("date", e.date.to_string()),
            ("time", e.time.clone().unwrap_or_default()),
            ("score", e.score.to_string()),
            ("locations", locations),
            ("note", escape_cell(&e.note)),
            ("created_at", p.created_at.clone()),
            ("updated_at", p.updated_at.clone()),
        ]))
        .map_err(err)?;
    }
    for x in rows::<Exercise>(conn)? {
        let e = &x.entry;
        w.write_record(row(&[
            ("kind", "exercise".into()),
            ("id", x.id.to_string()),
            ("date", e.date.to_string()),
            ("exercise_kind", e.kind.as_str().into()),
            ("minutes", e.minutes.to_string()),
            ("intensity", e.intensity.as_str().into()),
            ("note", escape_cell(&e.note)),
            ("created_at", x.created_at.clone()),
            ("updated_at", x.updated_at.clone()),
        ]))
        .map_err(err)?;
    }
    for c in rows::<Calcium>(conn)? {
        let e = &c.entry;
        w.write_record(row(&[
            ("kind", "calcium".into()),
            ("id", c.id.to_string()),
            ("date", e.date.to_string()),
            ("time", e.time.clone().unwrap_or_default()),
            ("mg", e.mg.to_string()),
            ("source", e.source.as_str().into()),
            ("note", escape_cell(&e.note)),
            ("created_at", c.created_at.clone()),
            ("updated_at", c.updated_at.clone()),
        ]))
        .map_err(err)?;
    }
    w.into_inner()
        .map_err(|e| Error::Io { path: "the CSV export".into(), source: std::io::Error::other(e.to_string()) })
}

fn rows<T: Record>(conn: &Connection) -> Result<Vec<crate::model::Stored<T>>> {
    crate::repo::entries::all_by_date::<T>(conn)
}

/// A number-looking cell as a number, anything else as text, so validation says what is wrong.
fn cell_value(text: &str) -> Value {
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
    let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
    let headers: Vec<String> =
        reader.headers().map_err(|e| csv_error(name, e))?.iter().map(|h| h.trim().to_lowercase()).collect();
    if let Some(unknown) = headers.iter().find(|h| !CSV_COLUMNS.contains(&h.as_str())) {
        return Err(Error::invalid(
            "file",
            format!(
                "{name}: unknown column \"{}\"; Mend's columns are {}.",
                crate::text::clip(unknown),
                CSV_COLUMNS.join(", ")
            ),
        ));
    }
    if let Some(missing) = CSV_COLUMNS.iter().find(|c| !OPTIONAL.contains(c) && !headers.iter().any(|h| h == *c)) {
        return Err(Error::invalid("file", format!("{name}: the column \"{missing}\" is missing.")));
    }
    let mut incoming = Incoming::default();
    for (n, record) in reader.records().enumerate() {
        super::check_entry_count(name, n + 1)?;
        let record = record.map_err(|e| csv_error(name, e))?;
        let line = record.position().map_or(0, |p| p.line());
        let cell = |c: &str| headers.iter().position(|h| h == c).and_then(|i| record.get(i)).unwrap_or("").to_owned();
        let kind_text = cell("kind");
        let kind = EntryKind::parse(kind_text.trim()).ok_or_else(|| {
            Error::invalid(
                "kind",
                format!(
                    "{name}, line {line}, column kind: \"{}\" is not one of pain, exercise, calcium.",
                    crate::text::clip(&kind_text)
                ),
            )
        })?;
        let mut fields = Map::new();
        let mut put = |key: &str, column: &str| {
            let v = if key == "note" { unescape_cell(&cell(column)).to_owned() } else { cell(column) };
            if !v.trim().is_empty() {
                fields.insert(
                    key.into(),
                    if matches!(key, "note" | "time" | "date") { json!(v) } else { cell_value(&v) },
                );
            }
        };
        put("date", "date");
        put("note", "note");
        match kind {
            EntryKind::Pain => {
                put("time", "time");
                put("score", "score");
                let locations: Vec<Value> =
                    cell("locations").split(';').map(str::trim).filter(|s| !s.is_empty()).map(|s| json!(s)).collect();
                fields.insert("locations".into(), Value::Array(locations));
            }
            EntryKind::Exercise => {
                put("kind", "exercise_kind");
                put("minutes", "minutes");
                put("intensity", "intensity");
            }
            EntryKind::Calcium => {
                put("time", "time");
                put("mg", "mg");
                put("source", "source");
            }
        }
        let value = Value::Object(fields);
        let place = |e: Error| match e {
            Error::Invalid { field, message } => {
                let column = field.as_deref().map_or("?", |f| column_of(kind, f)).to_owned();
                Error::Invalid { message: format!("{name}, line {line}, column {column}: {message}"), field }
            }
            other => other,
        };
        let id = match cell("id").trim() {
            "" => None,
            id => Some(id.parse::<i64>().ok().filter(|id| *id > 0).ok_or_else(|| {
                Error::invalid(
                    "id",
                    format!(
                        "{name}, line {line}, column id: \"{}\" is not a positive whole number.",
                        crate::text::clip(id)
                    ),
                )
            })?),
        };
        let stamp = |c: &str| -> Result<Option<String>> {
            let v = cell(c);
            match v.trim() {
                "" => Ok(None),
                s if chrono::DateTime::parse_from_rfc3339(s).is_ok() => Ok(Some(s.to_owned())),
                s => Err(Error::invalid(
                    c,
                    format!(
                        "{name}, line {line}, column {c}: \"{}\" is not an RFC 3339 timestamp.",
                        crate::text::clip(s)
                    ),
                )),
            }
        };
        let (created_at, updated_at) = (stamp("created_at")?, stamp("updated_at")?);
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
