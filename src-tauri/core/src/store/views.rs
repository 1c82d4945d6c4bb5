//! Read-only views over the log: the day summary, trends, charts, history and the data span.

use serde_json::Value;

use super::{parse_day, read_profile, DataSpan, Store};
use crate::error::Result;
use crate::model::{Calcium, Exercise, Pain};
use crate::repo::entries::on_day;
use crate::summary::{summarize, DaySummary};
use crate::trends::{Range, Trends};

impl Store {
    /// The first and last days with any entry (for the "all" range).
    pub fn data_span(&self) -> Result<DataSpan> {
        let (first, last) = crate::repo::entries::span(&self.conn())?;
        Ok(DataSpan { first, last })
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
        let exercise = on_day::<Exercise>(&conn, date)?;
        let rules = crate::safety::rule_notices(&conn, date, &profile, &exercise)?;
        let red_flags = crate::repo::red_flags::on(&conn, date)?;
        let birth = profile.birth_date;
        let mut summary =
            summarize(date, today, &profile, on_day::<Pain>(&conn, date)?, exercise, on_day::<Calcium>(&conn, date)?);
        summary.notices.extend(rules);
        summary.notices.extend(crate::safety::red_flag_notices(&red_flags, birth));
        summary.notices.sort_by_key(|n| std::cmp::Reverse(n.level));
        summary.red_flags = red_flags;
        Ok(summary)
    }

    /// Ticks `flags` (ids from the red-flag list) for `date`, replacing that day's set.
    pub fn save_red_flags(&self, date: &Value, flags: &Value) -> Result<Vec<String>> {
        let date = parse_day(date, self.today())?;
        crate::safety::save_flags(&mut self.conn(), date, flags, &self.clock.timestamp())
    }

    /// Today's warnings and red flags, most serious first, for the banner on every screen.
    pub fn alerts(&self) -> Result<Vec<crate::summary::Notice>> {
        let today = serde_json::json!(self.today().to_string());
        let summary = self.day_summary(&today)?;
        Ok(summary.notices.into_iter().filter(|n| n.level >= crate::summary::Level::Warning).collect())
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
