//! Any other CSV with a date column, read through her mapping of its columns: which is the
//! date (and how it is written), and which, if any, hold the time, pain (0–10), a note, calcium
//! (mg), sleep (hours), mood (0–10) and yes/no tags (each named after its column). Values come
//! in as they are: a pain of 12 is refused at its cell, never rescaled. Columns she does not
//! map are counted as not imported.

use chrono::NaiveDate;
use serde_json::{json, Value};

use super::{at, cell_error, in_range, yes_no, Ctx, Table};
use crate::error::{Error, Result};
use crate::factors::{Mood, Sleep, TagName};
use crate::i18n::Msg;
use crate::input::FromInput;
use crate::model::{Calcium, Pain};
use crate::transfer::{Incoming, Item};

/// How the date column writes a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DateFormat {
    #[default]
    Iso,
    DayMonthYear,
    MonthDayYear,
    DayDotMonthYear,
    YearSlash,
}

impl DateFormat {
    /// Every format, as she picks it.
    pub const ALL: &[DateFormat] = &[
        DateFormat::Iso,
        DateFormat::DayMonthYear,
        DateFormat::MonthDayYear,
        DateFormat::DayDotMonthYear,
        DateFormat::YearSlash,
    ];

    /// The pattern she reads and types: "DD/MM/YYYY".
    pub fn pattern(self) -> &'static str {
        match self {
            DateFormat::Iso => "YYYY-MM-DD",
            DateFormat::DayMonthYear => "DD/MM/YYYY",
            DateFormat::MonthDayYear => "MM/DD/YYYY",
            DateFormat::DayDotMonthYear => "DD.MM.YYYY",
            DateFormat::YearSlash => "YYYY/MM/DD",
        }
    }

    fn chrono(self) -> &'static str {
        match self {
            DateFormat::Iso => "%Y-%m-%d",
            DateFormat::DayMonthYear => "%d/%m/%Y",
            DateFormat::MonthDayYear => "%m/%d/%Y",
            DateFormat::DayDotMonthYear => "%d.%m.%Y",
            DateFormat::YearSlash => "%Y/%m/%d",
        }
    }

    /// The format written `text` ("DD/MM/YYYY", any case).
    pub fn parse(text: &str) -> Result<DateFormat> {
        DateFormat::ALL.iter().copied().find(|f| f.pattern().eq_ignore_ascii_case(text.trim())).ok_or_else(|| {
            Error::invalid(
                "dateFormat",
                Msg::new("err-import-date-formats")
                    .arg("text", crate::text::clip(text))
                    .arg("formats", DateFormat::ALL.iter().map(|f| f.pattern()).collect::<Vec<_>>().join(", ")),
            )
        })
    }

    /// The day at the start of `cell` ("03/11/2026", "2026-11-03 07:30", "2026-11-03T07:30:00Z").
    fn day(self, cell: &str) -> Option<NaiveDate> {
        let first = cell.trim().split([' ', 'T']).next().unwrap_or("");
        NaiveDate::parse_from_str(first, self.chrono()).ok()
    }
}

/// Which of her columns is which. Only the date is required.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ColumnMap {
    pub date: String,
    pub date_format: DateFormat,
    pub time: Option<String>,
    pub pain: Option<String>,
    pub note: Option<String>,
    pub calcium: Option<String>,
    pub sleep: Option<String>,
    pub mood: Option<String>,
    /// Yes/no columns, each her tag of the column's name.
    pub tags: Vec<String>,
}

/// The keys of a mapping, as the command line takes them.
pub const MAP_KEYS: &[&str] = &["date", "format", "time", "pain", "note", "calcium", "sleep", "mood", "tag"];

impl ColumnMap {
    /// From the command line: `date=Date,pain=Back pain,format=DD/MM/YYYY,tag=Physio day`.
    pub fn parse(text: &str) -> Result<ColumnMap> {
        let mut pairs = Vec::new();
        for part in text.split(',').filter(|p| !p.trim().is_empty()) {
            let (key, column) = part.split_once('=').ok_or_else(|| bad_key(part))?;
            pairs.push((key.trim().to_lowercase(), column.trim().to_owned()));
        }
        ColumnMap::from_pairs(pairs)
    }

    /// From the window: `{ date, dateFormat, time, pain, note, calcium, sleep, mood, tags: [] }`.
    pub fn from_input(value: &Value) -> Result<ColumnMap> {
        let obj = value.as_object().ok_or_else(|| Error::invalid("map", Msg::new("err-import-options")))?;
        let mut pairs = Vec::new();
        for (key, v) in obj {
            let key = if key == "dateFormat" { "format".to_owned() } else { key.clone() };
            match v {
                Value::Null => {}
                Value::String(s) if s.trim().is_empty() => {}
                Value::String(s) if key != "tags" => pairs.push((key, s.clone())),
                Value::Array(list) if key == "tags" => {
                    for item in list {
                        let s = item.as_str().ok_or_else(|| Error::invalid("map", Msg::new("err-import-options")))?;
                        pairs.push(("tag".to_owned(), s.to_owned()));
                    }
                }
                _ => return Err(Error::invalid("map", Msg::new("err-import-options"))),
            }
        }
        ColumnMap::from_pairs(pairs)
    }

    fn from_pairs(pairs: Vec<(String, String)>) -> Result<ColumnMap> {
        let mut map = ColumnMap::default();
        for (key, column) in pairs {
            let slot = match key.as_str() {
                "date" => {
                    map.date = column;
                    continue;
                }
                "format" => {
                    map.date_format = DateFormat::parse(&column)?;
                    continue;
                }
                "tag" => {
                    map.tags.push(column);
                    continue;
                }
                "time" => &mut map.time,
                "pain" => &mut map.pain,
                "note" => &mut map.note,
                "calcium" => &mut map.calcium,
                "sleep" => &mut map.sleep,
                "mood" => &mut map.mood,
                _ => return Err(bad_key(&key)),
            };
            *slot = Some(column);
        }
        if map.date.is_empty() {
            return Err(Error::invalid("map", Msg::new("err-import-map-no-date")));
        }
        Ok(map)
    }

    /// Every column the mapping names, with what it is.
    fn columns(&self) -> Vec<(&str, &str)> {
        let mut all = vec![("date", self.date.as_str())];
        for (key, col) in [
            ("time", &self.time),
            ("pain", &self.pain),
            ("note", &self.note),
            ("calcium", &self.calcium),
            ("sleep", &self.sleep),
            ("mood", &self.mood),
        ] {
            if let Some(c) = col {
                all.push((key, c.as_str()));
            }
        }
        all.extend(self.tags.iter().map(|t| ("tag", t.as_str())));
        all
    }
}

fn bad_key(text: &str) -> Error {
    Error::invalid(
        "map",
        Msg::new("err-import-map-key").arg("text", crate::text::clip(text.trim())).arg("keys", MAP_KEYS.join(", ")),
    )
}

/// Hours slept as written ("7.5", "7:30", "7"), to the nearest half hour.
pub(super) fn hours(cell: &str) -> Option<f64> {
    let h = match cell.split_once(':') {
        Some((h, m)) => {
            h.trim().parse::<u32>().ok()? as f64 + m.trim().parse::<u32>().ok().filter(|m| *m < 60)? as f64 / 60.0
        }
        None => cell.trim().parse::<f64>().ok().filter(|h| h.is_finite())?,
    };
    Some((h * 2.0).round() / 2.0)
}

pub(super) fn read(ctx: &Ctx, table: &Table, map: &ColumnMap) -> Result<Incoming> {
    let mut incoming = Incoming::default();
    incoming.extras.app = Some(super::App::Generic);
    let mut index = Vec::new();
    for (key, col) in map.columns() {
        let i = table.column(col).ok_or_else(|| {
            Error::invalid(
                "map",
                Msg::new("err-import-no-column")
                    .arg("name", ctx.name)
                    .arg("column", crate::text::clip(col))
                    .arg("columns", super::column_list(&table.headers)),
            )
        })?;
        index.push((key, i));
    }
    let find = |key: &str| index.iter().find(|(k, _)| *k == key).map(|(_, i)| *i);
    let (date_col, time_col, pain_col, note_col) =
        (find("date").expect("required"), find("time"), find("pain"), find("note"));
    let (calcium_col, sleep_col, mood_col) = (find("calcium"), find("sleep"), find("mood"));
    let header = |i: usize| table.headers[i].trim();
    let mut notes_alone = 0;
    for (line, record) in &table.rows {
        let cell = |i: usize| record.get(i).unwrap_or("").trim();
        let date_text = cell(date_col);
        let date = map.date_format.day(date_text).ok_or_else(|| {
            cell_error(
                ctx,
                *line,
                header(date_col),
                "date",
                Msg::new("err-import-date")
                    .arg("text", crate::text::clip(date_text))
                    .arg("format", map.date_format.pattern()),
            )
        })?;
        let date = in_range(ctx, *line, header(date_col), date)?;
        let time = time_col.map(cell).filter(|t| !t.is_empty()).map(|t| t.get(..5).unwrap_or(t).to_owned());
        let note = note_col.map_or("", cell);
        let mut fields = json!({ "date": date.to_string() });
        if let Some(t) = &time {
            fields["time"] = json!(t);
        }
        match pain_col.map(cell).filter(|c| !c.is_empty()) {
            Some(score) => {
                let mut value = fields.clone();
                value["score"] = super::super::csv_format::cell_value(score);
                value["note"] = json!(note);
                value["locations"] = json!([]);
                let place = |e: Error| match &e {
                    Error::Invalid { field: Some(f), .. } if f == "time" => {
                        at(ctx, *line, header(time_col.unwrap_or(date_col)))(e)
                    }
                    Error::Invalid { field: Some(f), .. } if f == "note" => {
                        at(ctx, *line, header(note_col.unwrap_or(date_col)))(e)
                    }
                    _ => at(ctx, *line, header(pain_col.expect("a pain column")))(e),
                };
                let entry = Pain::from_input(&value, ctx.today).map_err(place)?;
                incoming.pain.push(Item { id: None, entry, created_at: None, updated_at: None });
            }
            None if !note.is_empty() => notes_alone += 1,
            None => {}
        }
        if let Some(i) = calcium_col.filter(|i| !cell(*i).is_empty()) {
            let mut value = fields.clone();
            value["mg"] = super::super::csv_format::cell_value(cell(i));
            value["source"] = json!("food");
            let entry = Calcium::from_input(&value, ctx.today).map_err(at(ctx, *line, header(i)))?;
            incoming.calcium.push(Item { id: None, entry, created_at: None, updated_at: None });
        }
        if let Some(i) = sleep_col.filter(|i| !cell(*i).is_empty()) {
            let sleep = hours(cell(i)).and_then(|h| Sleep::from_input(&json!(h)).ok().flatten()).ok_or_else(|| {
                cell_error(
                    ctx,
                    *line,
                    header(i),
                    "hours",
                    Msg::new("err-import-sleep").arg("text", crate::text::clip(cell(i))),
                )
            })?;
            incoming.days.push((date, Some(sleep), None));
        }
        if let Some(i) = mood_col.filter(|i| !cell(*i).is_empty()) {
            let mood = Mood::from_input(&super::super::csv_format::cell_value(cell(i)))
                .map_err(at(ctx, *line, header(i)))?
                .expect("not empty");
            incoming.days.push((date, None, Some(mood)));
        }
        for (_, i) in index.iter().filter(|(k, _)| *k == "tag") {
            let yes = yes_no(cell(*i)).ok_or_else(|| {
                cell_error(
                    ctx,
                    *line,
                    header(*i),
                    "value",
                    Msg::new("err-import-yes-no").arg("text", crate::text::clip(cell(*i))),
                )
            })?;
            if yes {
                incoming.day_tags.push((date, TagName::parse(header(*i)).map_err(at(ctx, *line, header(*i)))?));
            }
        }
    }
    if notes_alone > 0 {
        incoming.extras.skip(Msg::new("import-skip-notes-alone").render(ctx.lang), notes_alone);
    }
    for (i, h) in table.headers.iter().enumerate() {
        if !index.iter().any(|(_, j)| *j == i) {
            let n = table.rows.iter().filter(|(_, r)| !r.get(i).unwrap_or("").trim().is_empty()).count();
            incoming.extras.skip_column(h, n);
        }
    }
    Ok(incoming)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{fixture, read};
    use super::super::Options;
    use super::*;

    fn options(map: &str) -> Options {
        Options { leave_out: vec![], map: Some(ColumnMap::parse(map).unwrap()) }
    }

    const MAP: &str = "date=Day,format=DD/MM/YYYY,time=Time,pain=Back pain,note=Notes,calcium=Calcium (mg),sleep=Sleep,mood=Mood,tag=Physio";

    #[test]
    fn every_mapped_column_comes_in_as_it_is() {
        let i = read("my-log.csv", &fixture("generic.csv"), &options(MAP)).unwrap();
        let pain: Vec<String> = i
            .pain
            .iter()
            .map(|p| {
                format!(
                    "{} {} {} {}",
                    p.entry.date,
                    p.entry.time.as_deref().unwrap_or("-"),
                    p.entry.score,
                    p.entry.note
                )
            })
            .collect();
        assert_eq!(pain, ["2026-11-03 08:00 5 better after the walk", "2026-11-02 - 7 ", "2026-11-01 21:30 6 "]);
        assert_eq!(i.calcium.iter().map(|c| c.entry.mg).collect::<Vec<_>>(), [600, 300]);
        let days: Vec<String> = i
            .days
            .iter()
            .map(|(d, s, m)| format!("{d} {:?} {:?}", s.map(|s| s.hours()), m.map(|m| m.score())))
            .collect();
        assert_eq!(
            days,
            [
                "2026-11-03 Some(6.5) None",
                "2026-11-03 None Some(6)",
                "2026-11-02 Some(5.0) None",
                "2026-11-01 Some(7.5) None",
                "2026-11-01 None Some(4)"
            ]
        );
        assert_eq!(
            i.day_tags.iter().map(|(d, t)| format!("{d} {}", t.as_str())).collect::<Vec<_>>(),
            ["2026-11-03 Physio"]
        );
        assert_eq!(i.extras.skipped.iter().map(|s| (s.what.as_str(), s.count)).collect::<Vec<_>>(), [("Weather", 2)]);
    }

    #[test]
    fn mappings_are_checked() {
        assert_eq!(ColumnMap::parse("pain=A").unwrap_err().to_string(), "Map the date column: date=COLUMN.");
        assert!(ColumnMap::parse("date=A,colour=B").unwrap_err().to_string().contains("colour"));
        assert!(ColumnMap::parse("date=A,format=YY").unwrap_err().to_string().contains("DD/MM/YYYY"));
        let e = read("my-log.csv", &fixture("generic.csv"), &options("date=When")).unwrap_err();
        assert!(e.to_string().contains("\"When\""), "{e}");
        let m = ColumnMap::from_input(
            &json!({ "date": "Day", "dateFormat": "DD/MM/YYYY", "tags": ["Physio"], "pain": "" }),
        )
        .unwrap();
        assert_eq!((m.date.as_str(), m.date_format, m.tags.len(), m.pain), ("Day", DateFormat::DayMonthYear, 1, None));
    }

    #[test]
    fn sleep_is_rounded_to_half_hours() {
        assert_eq!(hours("7:20"), Some(7.5));
        assert_eq!(hours("6.2"), Some(6.0));
        assert_eq!(hours("x"), None);
    }

    #[test]
    fn the_damaged_file_names_line_and_column() {
        let e = read("my-log.csv", &fixture("generic-damaged.csv"), &options(MAP)).unwrap_err();
        assert_eq!(e.to_string(), "my-log.csv, line 3, column Back pain: Pain score must be a whole number from 0 (no pain) to 10 (worst imaginable). Got 12.");
    }
}
