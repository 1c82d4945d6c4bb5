//! Files from the trackers she used before, recognised by their content (headers, JSON keys,
//! zip entries), never by their names: each app's reader maps its export into the same
//! `Incoming` that Mend's own files fill, so everything the import promises (all or nothing,
//! importing twice adds nothing, file/line/column in messages, the size and special-file
//! limits) holds for them too. What Mend does not track is counted as "not imported", and a
//! score on another scale is rescaled only as the preview shows it, with the original value
//! kept in the entry's note.

mod bearable;
mod drip;
mod flaredown;
mod generic;
mod loop_habits;
mod pain_diary;
mod pain_tracker;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::Serialize;
use serde_json::{json, Value};

use super::Incoming;
use crate::error::{Error, Result};
use crate::i18n::{Lang, Msg};
use crate::input::FromInput;
use crate::model::Pain;

pub use generic::{ColumnMap, DateFormat};

/// The apps whose exports Mend reads, by the name she knows them by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    Bearable,
    Drip,
    Flaredown,
    Loop,
    PainDiary,
    PainTracker,
    /// Any other CSV with a date column, read through her column mapping.
    Generic,
}

impl App {
    /// The app's own name (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            App::Bearable => "Bearable",
            App::Drip => "drip",
            App::Flaredown => "Flaredown",
            App::Loop => "Loop Habit Tracker",
            App::PainDiary => "Privacy Friendly Pain Diary",
            App::PainTracker => "Pain Tracker",
            App::Generic => "CSV",
        }
    }
}

/// Turns a UTC moment into her local wall-clock time.
pub type ToLocal = fn(DateTime<Utc>) -> NaiveDateTime;

/// Her computer's time zone.
pub fn system_local(t: DateTime<Utc>) -> NaiveDateTime {
    t.with_timezone(&chrono::Local).naive_local()
}

/// What she chose in the preview (or on the command line): columns to leave out, and for a
/// CSV of her own, which column is which.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    /// Columns (by their header) not to import, e.g. a rescaled rating she does not want.
    pub leave_out: Vec<String>,
    /// The column mapping for a CSV that is none of the apps' files.
    pub map: Option<ColumnMap>,
}

impl Options {
    /// Reads `{ leaveOut: [..], map: { date: "Date", pain: "Back pain", dateFormat: "DD/MM/YYYY" } }`
    /// from the window; null or absent parts are empty.
    pub fn from_input(value: &Value) -> Result<Options> {
        if value.is_null() {
            return Ok(Options::default());
        }
        let obj = value.as_object().ok_or_else(|| Error::invalid("options", Msg::new("err-import-options")))?;
        let mut options = Options::default();
        for (key, v) in obj {
            match key.as_str() {
                "leaveOut" => {
                    let list =
                        v.as_array().ok_or_else(|| Error::invalid("leaveOut", Msg::new("err-import-options")))?;
                    for item in list {
                        let text =
                            item.as_str().ok_or_else(|| Error::invalid("leaveOut", Msg::new("err-import-options")))?;
                        options.leave_out.push(text.to_owned());
                    }
                }
                "map" if v.is_null() => {}
                "map" => options.map = Some(ColumnMap::from_input(v)?),
                _ => return Err(Error::invalid("options", Msg::new("err-import-options"))),
            }
        }
        Ok(options)
    }

    /// Whether she left out the column `header`.
    fn left_out(&self, header: &str) -> bool {
        self.leave_out.iter().any(|c| c.trim() == header.trim())
    }
}

/// A score read on another scale and how it is brought to 0–10, shown in the preview.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Scale {
    pub app: String,
    /// The column's header.
    pub column: String,
    /// The top of the app's scale (0 to `max`).
    pub max: u8,
    /// 10 / max, as shown: "2.5".
    pub factor: String,
    /// How many values it would bring in.
    pub count: usize,
    /// False when she left the column out.
    pub included: bool,
}

/// Something in the file Mend does not keep, with how many values of it there are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Skipped {
    pub what: String,
    pub count: usize,
}

/// What a reader found besides entries: where the file came from, rescaled columns and what
/// is not imported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Extras {
    pub app: Option<App>,
    pub scales: Vec<Scale>,
    pub skipped: Vec<Skipped>,
    /// For a CSV that needs her column mapping: its columns, and no entries.
    pub needs_map: Option<Vec<String>>,
}

impl Extras {
    /// Counts `n` values of the file's column `header` as not imported (its name quoted at
    /// most 40 characters).
    pub(crate) fn skip_column(&mut self, header: &str, n: usize) {
        self.skip(crate::text::clip(header.trim()), n);
    }

    /// Counts `n` values of `what` as not imported (nothing when `n` is 0).
    pub(crate) fn skip(&mut self, what: impl Into<String>, n: usize) {
        if n == 0 {
            return;
        }
        let what = what.into();
        match self.skipped.iter_mut().find(|s| s.what == what) {
            Some(s) => s.count += n,
            None => self.skipped.push(Skipped { what, count: n }),
        }
    }
}

/// Everything a reader needs besides the text.
pub(crate) struct Ctx<'a> {
    /// The file's name, for messages.
    pub name: &'a str,
    pub today: NaiveDate,
    /// Her language, for tag names and origin notes written into her diary.
    pub lang: Lang,
    pub options: &'a Options,
    pub to_local: ToLocal,
}

/// "x is not a file Mend can read; it reads …".
pub fn unreadable(name: &str) -> Error {
    Error::invalid("file", Msg::new("err-import-unreadable").arg("name", name))
}

/// Refuses to import a CSV that is no app's without a mapping, naming its columns.
pub fn needs_map(columns: &[String]) -> Error {
    Error::invalid("map", Msg::new("err-import-needs-map").arg("columns", column_list(columns)))
}

/// A file's columns for a message: each quoted at most 40 characters, the first twelve.
pub fn column_list(columns: &[String]) -> String {
    let mut list: Vec<String> = columns.iter().take(12).map(|c| crate::text::clip(c.trim())).collect();
    if columns.len() > 12 {
        list.push("…".into());
    }
    list.join(", ")
}

/// Reads a JSON file that is another app's (a Privacy Friendly Pain Diary backup); `Ok(None)`
/// for Mend's own (or text that is not JSON, which Mend's reader then explains).
pub(crate) fn read_json(ctx: &Ctx, text: &str) -> Result<Option<Incoming>> {
    pain_diary::read(ctx, text)
}

/// Reads a binary file Mend knows (Loop Habit Tracker's zip); `Ok(None)` when it is not one.
pub(crate) fn read_binary(ctx: &Ctx, bytes: &[u8]) -> Result<Option<Incoming>> {
    if loop_habits::detect(bytes) {
        return loop_habits::read(ctx, bytes).map(Some);
    }
    Ok(None)
}

/// Reads a CSV file that is not Mend's own: the app whose file it is, found from its header
/// row, or the generic reader with her mapping. `Ok(None)` when the header is Mend's.
pub(crate) fn read_csv(ctx: &Ctx, text: &str) -> Result<Option<Incoming>> {
    let table = Table::read(ctx.name, text)?;
    let has = |h: &str| table.headers.iter().any(|x| x.trim().eq_ignore_ascii_case(h));
    if has("kind") && has("date") {
        return Ok(None);
    }
    let incoming = if drip::detect(&table.headers) {
        drip::read(ctx, &table)?
    } else if flaredown::detect(&table.headers) {
        flaredown::read(ctx, &table)?
    } else if pain_tracker::detect(&table.headers) {
        pain_tracker::read(ctx, &table)?
    } else if bearable::detect(&table.headers) {
        bearable::read(ctx, &table)?
    } else if let Some(map) = &ctx.options.map {
        generic::read(ctx, &table, map)?
    } else if table.headers.len() >= 2 {
        let mut incoming = Incoming::default();
        incoming.extras.app = Some(App::Generic);
        incoming.extras.needs_map = Some(table.headers.clone());
        incoming
    } else {
        return Err(unreadable(ctx.name));
    };
    Ok(Some(incoming))
}

/// A CSV file read into memory: its header row and every record with its line number.
pub(crate) struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<(u64, csv::StringRecord)>,
}

impl Table {
    /// Reads every row; a row of the wrong length is refused with its line.
    pub fn read(name: &str, text: &str) -> Result<Table> {
        let mut reader = csv::ReaderBuilder::new().has_headers(true).flexible(false).from_reader(text.as_bytes());
        let headers: Vec<String> =
            reader.headers().map_err(|e| super::csv_format::csv_error(name, e))?.iter().map(str::to_owned).collect();
        let mut rows = Vec::new();
        // Lines are counted from the bytes (the reader's own count is off after a CRLF).
        let (mut seen, mut line) = (0usize, 1u64);
        for (n, record) in reader.into_records().enumerate() {
            super::check_entry_count(name, n + 1)?;
            let record = record.map_err(|e| super::csv_format::csv_error(name, e))?;
            let mut start = record.position().map_or(seen, |p| p.byte() as usize).min(text.len());
            // After a CR the record's position is the LF that ends its line.
            while text.as_bytes().get(start).is_some_and(|b| *b == b'\r' || *b == b'\n') {
                start += 1;
            }
            line += text.as_bytes()[seen.min(start)..start].iter().filter(|b| **b == b'\n').count() as u64;
            seen = start;
            rows.push((line, record));
        }
        Ok(Table { headers, rows })
    }

    /// The index of the column named `header` (exactly, ignoring case and spaces around it).
    pub fn column(&self, header: &str) -> Option<usize> {
        self.headers.iter().position(|h| h.trim().eq_ignore_ascii_case(header.trim()))
    }
}

/// An error about one cell: "name, line 3, column Date: message".
pub(crate) fn cell_error(ctx: &Ctx, line: u64, column: &str, field: &str, message: Msg) -> Error {
    Error::invalid(field, super::csv_format::at_cell(ctx.name, line, &crate::text::clip(column), message))
}

/// The same error, placed at a cell when it is an input error.
pub(crate) fn at<'a>(ctx: &'a Ctx, line: u64, column: &str) -> impl Fn(Error) -> Error + 'a {
    let column = crate::text::clip(column);
    move |e: Error| match e {
        Error::Invalid { field, message } => {
            Error::Invalid { message: super::csv_format::at_cell(ctx.name, line, &column, message), field }
        }
        other => other,
    }
}

/// A calendar date written `YYYY-MM-DD`, alone or at the start of a timestamp.
pub(crate) fn iso_day(ctx: &Ctx, line: u64, column: &str, text: &str) -> Result<NaiveDate> {
    let t = text.trim();
    let day = t.get(..10).unwrap_or(t);
    let date = crate::input::parse_date(day).map_err(|m| cell_error(ctx, line, column, "date", m))?;
    in_range(ctx, line, column, date)
}

/// Refuses a date before 2000 or after today, as every entry's date is.
pub(crate) fn in_range(ctx: &Ctx, line: u64, column: &str, date: NaiveDate) -> Result<NaiveDate> {
    check_date(ctx, date).map_err(at(ctx, line, column))
}

/// The same check, its error not yet placed in the file.
pub(crate) fn check_date(ctx: &Ctx, date: NaiveDate) -> Result<NaiveDate> {
    crate::input::Fields::new(&json!({ "date": date.to_string() }), "what-pain", &["date"])
        .and_then(|f| f.date("date", "field-date", ctx.today))
}

/// A pain check-in, validated as any other, its note ending with where it came from.
pub(crate) fn pain(
    ctx: &Ctx,
    date: NaiveDate,
    time: Option<String>,
    score: i64,
    locations: &[&str],
    note: &str,
    origin: Msg,
) -> Result<Pain> {
    let note = with_origin(ctx.lang, note, origin);
    let mut value = json!({ "date": date.to_string(), "score": score, "locations": locations, "note": note });
    if let Some(time) = time {
        value["time"] = json!(time);
    }
    Pain::from_input(&value, ctx.today)
}

/// "her note (from Flaredown, 3 of 4)", or the origin alone.
pub(crate) fn with_origin(lang: Lang, note: &str, origin: Msg) -> String {
    let origin = origin.render(lang);
    if note.trim().is_empty() {
        origin
    } else {
        Msg::new("import-note-with-origin").arg("note", note.trim()).arg("origin", origin).render(lang)
    }
}

/// A yes/no cell: `Some(true)` for yes, `Some(false)` for no or empty, `None` for anything else.
pub(crate) fn yes_no(cell: &str) -> Option<bool> {
    match cell.trim().to_lowercase().as_str() {
        "1" | "true" | "yes" | "y" | "x" | "✓" | "是" => Some(true),
        "" | "0" | "false" | "no" | "n" | "否" => Some(false),
        _ => None,
    }
}

/// A score on 0 to `max` brought to 0–10, rounded half up: 3 of 4 → 7.5 → 8.
pub(crate) fn rescale(value: i64, max: u8) -> i64 {
    (value * 20 + i64::from(max)).div_euclid(2 * i64::from(max))
}

/// "2.5" for a 0–4 scale.
pub(crate) fn factor(max: u8) -> String {
    let f = 10.0 / f64::from(max);
    if f.fract() == 0.0 {
        format!("{f:.0}")
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Reading fixtures in the unit tests of each app.
    use super::*;

    /// A fixture's text, from `core/tests/fixtures/import/`.
    pub fn fixture(name: &str) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    /// Shanghai is UTC+8 all year.
    pub fn shanghai(t: DateTime<Utc>) -> NaiveDateTime {
        t.naive_utc() + chrono::Duration::hours(8)
    }

    /// A fixture's bytes.
    pub fn fixture_bytes(name: &str) -> Vec<u8> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import").join(name);
        std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    pub fn ctx<'a>(name: &'a str, options: &'a Options) -> Ctx<'a> {
        Ctx { name, today: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(), lang: Lang::En, options, to_local: shanghai }
    }

    /// Reads `text` as `name` on 2026-12-01, in English, with `options`.
    pub fn read(name: &str, text: &str, options: &Options) -> Result<Incoming> {
        read_csv(&ctx(name, options), text).map(|i| i.expect("not Mend's own CSV"))
    }

    /// Reads a binary file (a zip) as `name`.
    pub fn read_bytes(name: &str, bytes: &[u8], options: &Options) -> Result<Incoming> {
        read_binary(&ctx(name, options), bytes).map(|i| i.expect("a file Mend reads"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rescaling_rounds_half_up_and_keeps_the_ends() {
        assert_eq!((0..=4).map(|v| rescale(v, 4)).collect::<Vec<_>>(), [0, 3, 5, 8, 10]);
        assert_eq!((0..=5).map(|v| rescale(v, 5)).collect::<Vec<_>>(), [0, 2, 4, 6, 8, 10]);
        assert_eq!(factor(4), "2.5");
        assert_eq!(factor(5), "2");
    }

    #[test]
    fn options_from_the_window_are_checked() {
        let o = Options::from_input(&json!({ "leaveOut": ["Back pain"], "map": null })).unwrap();
        assert_eq!(o.leave_out, ["Back pain"]);
        assert!(Options::from_input(&json!({ "leaveOut": "Back pain" })).is_err());
        assert!(Options::from_input(&json!({ "other": 1 })).is_err());
        assert_eq!(Options::from_input(&Value::Null).unwrap(), Options::default());
    }

    #[test]
    fn a_csv_that_is_no_app_s_asks_for_a_mapping_and_one_column_is_unreadable() {
        let i = testing::read("x.csv", "Day,Ache\n2026-01-01,3\n", &Options::default()).unwrap();
        assert_eq!(i.extras.needs_map.as_deref(), Some(&["Day".to_owned(), "Ache".to_owned()][..]));
        assert!(i.pain.is_empty());
        let e = testing::read("x.csv", "hello\nworld\n", &Options::default()).unwrap_err();
        assert!(e.to_string().contains("not a file Mend can read"), "{e}");
    }
}
