//! Read-only views over the log: the day summary, trends, charts, history and the data span.

use chrono::NaiveDate;

use super::{read_profile, DataSpan, Store};
use crate::error::Result;
use crate::model::{Calcium, Exercise, Pain};
use crate::repo::entries::on_day;
use crate::requests::not_after;
use crate::summary::{summarize, DaySummary};
use crate::trends::{Range, Trends};

impl Store {
    /// The first and last days with any entry (for the "all" range).
    pub fn data_span(&self) -> Result<DataSpan> {
        let (first, last) = crate::repo::entries::span(&*self.session()?)?;
        Ok(DataSpan { first, last })
    }

    /// One page of history.
    pub fn history(&self, query: crate::history::Query) -> Result<crate::history::HistoryPage> {
        let session = self.session()?;
        crate::history::page(&session, query, session.lang)
    }

    /// Everything logged on `date` (YYYY-MM-DD), with totals, targets and notices.
    pub fn day_summary(&self, date: NaiveDate) -> Result<DaySummary> {
        let conn = self.session()?;
        let (lang, today) = (conn.lang, conn.today);
        let date = not_after(date, today)?;
        let profile = read_profile(&conn)?.profile;
        let exercise = on_day::<Exercise>(&conn, date)?;
        let rules = crate::safety::rule_notices(&conn, date, &profile, &exercise, lang)?;
        let red_flags = crate::repo::red_flags::on(&conn, date)?;
        let birth = profile.birth_date;
        let (from, to) = crate::summary::calcium_window(date, today);
        let totals = crate::repo::entries::daily_sums(&conn, crate::model::EntryKind::Calcium, from, to)?;
        let mut summary = summarize(
            date,
            &profile,
            on_day::<Pain>(&conn, date)?,
            exercise,
            on_day::<Calcium>(&conn, date)?,
            crate::summary::calcium_average(date, today, &totals),
            lang,
        );
        summary.notices.extend(rules);
        summary.notices.extend(crate::safety::red_flag_notices(&red_flags, birth, lang));
        summary.notices.sort_by_key(|n| std::cmp::Reverse(n.level));
        summary.red_flags = red_flags;
        summary.factors = super::factors::day_factors(&conn, date)?;
        Ok(summary)
    }

    /// Ticks `flags` (ids from the red-flag list) for `date`, replacing that day's set.
    pub fn save_red_flags(&self, date: NaiveDate, flags: &[String]) -> Result<Vec<String>> {
        let date = not_after(date, self.today())?;
        let mut session = self.session()?;
        let stamp = session.stamp.clone();
        crate::safety::save_flags(&mut session, date, flags, &stamp)
    }

    /// Today's warnings and red flags, most serious first, for the banner on every screen.
    pub fn alerts(&self) -> Result<Vec<crate::notice::Notice>> {
        let summary = self.day_summary(self.today())?;
        Ok(summary.notices.into_iter().filter(|n| n.level >= crate::notice::Level::Warning).collect())
    }

    /// Per-day and per-week trends over a range.
    pub fn trends(&self, range: Range) -> Result<Trends> {
        let conn = self.session()?;
        let profile = read_profile(&conn)?.profile;
        crate::trends::trends(&conn, range, &profile)
    }

    /// One chart as SVG with its summary and table, in the language in force.
    pub fn chart(&self, request: &crate::chart::Request) -> Result<crate::chart::Chart> {
        let conn = self.session()?;
        let lang = conn.lang;
        let profile = read_profile(&conn)?.profile;
        let trends = crate::trends::trends(&conn, request.range, &profile)?;
        crate::chart::draw(request, &trends, &profile, lang)
    }
}
