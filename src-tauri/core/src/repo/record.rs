//! How each kind of entry maps onto its table. One generic set of SQL operations in `store`
//! serves all three kinds through this trait.

use chrono::NaiveDate;
use rusqlite::types::Value as Sql;
use rusqlite::Row;
use serde::Serialize;

use crate::input::FromInput;
use crate::model::{Calcium, EntryKind, Exercise, Pain, Vocabulary};

/// An entry kind stored in its own table.
pub trait Record: FromInput + Serialize + Clone {
    /// Which kind this is.
    const KIND: EntryKind;
    /// The table; also the kind's name.
    const TABLE: &'static str;
    /// Data columns in `values` and `from_row` order (id and timestamps excluded).
    const COLUMNS: &'static [&'static str];
    /// The data columns' values, in `COLUMNS` order.
    fn values(&self) -> Vec<Sql>;
    /// Reads the data columns, which start at `row` index 1 (0 is the id).
    fn from_row(row: &Row) -> rusqlite::Result<Self>;
    /// The day the entry belongs to.
    fn date(&self) -> NaiveDate;
    /// Moves the entry to another day.
    fn set_date(&mut self, date: NaiveDate);
}

fn text(s: &str) -> Sql {
    Sql::Text(s.to_owned())
}

fn opt_text(s: &Option<String>) -> Sql {
    s.as_ref().map_or(Sql::Null, |s| text(s))
}

/// Reads a vocabulary column; an unknown name in the file is a conversion error, not a panic.
pub(crate) fn vocab<V: Vocabulary>(row: &Row, idx: usize) -> rusqlite::Result<V> {
    let name: String = row.get(idx)?;
    V::parse(&name).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unknown value {name:?} in the database").into(),
        )
    })
}

impl Record for Pain {
    const KIND: EntryKind = EntryKind::Pain;
    const TABLE: &'static str = "pain";
    const COLUMNS: &'static [&'static str] = &["date", "time", "score", "locations", "note"];

    fn values(&self) -> Vec<Sql> {
        let locations = self.locations.iter().map(|l| l.as_str()).collect::<Vec<_>>().join(",");
        vec![
            text(&self.date.to_string()),
            opt_text(&self.time),
            Sql::Integer(self.score.into()),
            Sql::Text(locations),
            text(&self.note),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        let locations: String = row.get(4)?;
        Ok(Pain {
            date: row.get(1)?,
            time: row.get(2)?,
            score: row.get(3)?,
            locations: locations.split(',').filter(|s| !s.is_empty()).filter_map(Vocabulary::parse).collect(),
            note: row.get(5)?,
        })
    }

    fn date(&self) -> NaiveDate {
        self.date
    }

    fn set_date(&mut self, date: NaiveDate) {
        self.date = date;
    }
}

impl Record for Exercise {
    const KIND: EntryKind = EntryKind::Exercise;
    const TABLE: &'static str = "exercise";
    const COLUMNS: &'static [&'static str] = &["date", "kind", "minutes", "intensity", "note"];

    fn values(&self) -> Vec<Sql> {
        vec![
            text(&self.date.to_string()),
            text(self.kind.as_str()),
            Sql::Integer(self.minutes.into()),
            text(self.intensity.as_str()),
            text(&self.note),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Exercise {
            date: row.get(1)?,
            kind: vocab(row, 2)?,
            minutes: row.get(3)?,
            intensity: vocab(row, 4)?,
            note: row.get(5)?,
        })
    }

    fn date(&self) -> NaiveDate {
        self.date
    }

    fn set_date(&mut self, date: NaiveDate) {
        self.date = date;
    }
}

impl Record for Calcium {
    const KIND: EntryKind = EntryKind::Calcium;
    const TABLE: &'static str = "calcium";
    const COLUMNS: &'static [&'static str] = &["date", "time", "mg", "source", "note"];

    fn values(&self) -> Vec<Sql> {
        vec![
            text(&self.date.to_string()),
            opt_text(&self.time),
            Sql::Integer(self.mg.into()),
            text(self.source.as_str()),
            text(&self.note),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Calcium { date: row.get(1)?, time: row.get(2)?, mg: row.get(3)?, source: vocab(row, 4)?, note: row.get(5)? })
    }

    fn date(&self) -> NaiveDate {
        self.date
    }

    fn set_date(&mut self, date: NaiveDate) {
        self.date = date;
    }
}
