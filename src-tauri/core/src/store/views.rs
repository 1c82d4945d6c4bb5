//! Read-only views over the log: the day summary, trends, charts, history and the data span.

use serde_json::Value;

use super::entries::on_day;
use super::{parse_day, read_profile, DataSpan, Store};
use crate::error::Result;
use crate::model::{Calcium, Exercise, Pain};
use crate::summary::{summarize, DaySummary};
use crate::trends::{Range, Trends};

impl Store {
    /// The first and last days with any entry (for the "all" range).
    pub fn data_span(&self) -> Result<DataSpan> {
        let sql = "SELECT min(d), max(d) FROM (SELECT min(date) AS d FROM pain UNION ALL SELECT max(date) FROM pain
                   UNION ALL SELECT min(date) FROM exercise UNION ALL SELECT max(date) FROM exercise
                   UNION ALL SELECT min(date) FROM calcium UNION ALL SELECT max(date) FROM calcium)";
        Ok(self.conn().query_row(sql, [], |r| Ok(DataSpan { first: r.get(0)?, last: r.get(1)? }))?)
    }

    /// One page of history: `{ before?, days?, kind? }`.
    pub fn history(&self, input: &Value) -> Result<crate::history::HistoryPage> {
        let query = crate::history::Query::from_input(input, self.today())?;
        crate::history::page(&self.conn(), query)
    }

    /// Everything logged on `date` (YYYY-MM-DD), with totals, targets and notices.
    pub fn day_summary(&self, date: &Value) -> Result<DaySummary> {
        let today = self.today();
        let date = parse_day(date, today)?;
        let conn = self.conn();
        let profile = read_profile(&conn)?.profile;
        Ok(summarize(
            date,
            today,
            &profile,
            on_day::<Pain>(&conn, date)?,
            on_day::<Exercise>(&conn, date)?,
            on_day::<Calcium>(&conn, date)?,
        ))
    }

    /// Per-day and per-week trends over `{ from, to, baselineStart? }`.
    pub fn trends(&self, input: &Value) -> Result<Trends> {
        let range = Range::from_input(input, self.today(), &[])?;
        let conn = self.conn();
        let profile = read_profile(&conn)?.profile;
        crate::trends::trends(&conn, range, &profile)
    }

    /// One chart as SVG with its summary and table: `{ chart, from, to, theme }`.
    pub fn chart(&self, input: &Value) -> Result<crate::chart::Chart> {
        let request = crate::chart::Request::from_input(input, self.today())?;
        let conn = self.conn();
        let profile = read_profile(&conn)?.profile;
        let trends = crate::trends::trends(&conn, request.range, &profile)?;
        crate::chart::draw(&request, &trends, &profile)
    }
}
