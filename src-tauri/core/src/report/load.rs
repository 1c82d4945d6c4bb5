//! Loads what the report for the appointment shows from her diary, for the window and the
//! command line alike.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use rusqlite::Connection;

use super::{ReportInput, ReportRequest};
use crate::chart::{self, ChartKind, ThemeName};
use crate::dates::{self, Form};
use crate::error::Result;
use crate::i18n::{self, Lang};
use crate::model::{Calcium, CalciumSource, Exercise, Pain};
use crate::repo::entries::between;
use crate::repo::profile::read_view;

/// The charts in the report, in order, with their titles in `lang`.
fn charts(lang: Lang) -> [(ChartKind, String); 3] {
    [
        (ChartKind::Pain, i18n::t(lang, "pdf-chart-pain", &[])),
        (ChartKind::Exercise, i18n::t(lang, "pdf-chart-exercise", &[])),
        (ChartKind::Calcium, i18n::t(lang, "pdf-chart-calcium", &[])),
    ]
}

/// Everything the report shows, loaded from the database, in the language in force.
pub fn input(conn: &Connection, lang: Lang, today: NaiveDate, request: &ReportRequest) -> Result<ReportInput> {
    let profile = read_view(conn)?.profile;
    let range = request.range;
    let (from, to) = (range.from, range.to);
    let trends = crate::trends::trends(conn, range, &profile)?;
    let charts = charts(lang)
        .into_iter()
        .map(|(kind, title)| {
            let request = chart::Request { chart: kind, theme: ThemeName::Light, range };
            Ok((title, chart::draw(&request, &trends, &profile, lang)?.svg))
        })
        .collect::<Result<Vec<_>>>()?;

    let pain = between::<Pain>(conn, from, to)?;
    let exercise = between::<Exercise>(conn, from, to)?;
    let calcium = between::<Calcium>(conn, from, to)?;
    let supplement_doses_over_limit = calcium
        .iter()
        .filter(|c| {
            c.entry.source == CalciumSource::Supplement && u32::from(c.entry.mg) > crate::facts::CALCIUM_DOSE_MG
        })
        .count();

    let mut flags: BTreeMap<NaiveDate, Vec<&'static crate::safety::RedFlag>> = BTreeMap::new();
    for (date, id) in crate::repo::red_flags::between(conn, from, to)? {
        // A sign this Mend does not know was refused on the way in; nothing to show.
        if let Some(sign) = crate::safety::find(&id) {
            flags.entry(date).or_default().push(sign);
        }
    }
    let flags = flags
        .into_iter()
        .map(|(date, mut signs)| {
            signs.sort_by_key(|f| std::cmp::Reverse(f.level));
            let level = crate::safety::level_of(&signs).0;
            super::FlagDay { date, level, signs: signs.iter().map(|f| f.label_in(lang)).collect() }
        })
        .collect();

    // Mend's own rules, day by day: each notice once, with the first day it fired and on
    // how many days it did.
    let mut fired: Vec<(String, NaiveDate, usize, String)> = Vec::new();
    let mut day = from;
    while day <= to {
        let on_day: Vec<_> = exercise.iter().filter(|e| e.entry.date == day).cloned().collect();
        for notice in crate::safety::rule_notices(conn, day, &profile, &on_day, lang)? {
            match fired.iter_mut().find(|f| f.0 == notice.code) {
                Some(f) => f.2 += 1,
                None => fired.push((notice.code.to_owned(), day, 1, notice.message)),
            }
        }
        day = day + Days::new(1);
    }
    let notices = fired
        .into_iter()
        .map(|(_, first, days, message)| {
            let date = dates::format(lang, first, Form::Long);
            i18n::t(lang, "pdf-notice", &[("date", date.into()), ("days", days.into()), ("message", message.into())])
        })
        .collect();

    // What went with better or worse days, as Trends shows it for the same range.
    let (days, tags) = crate::insights::load::days(conn, range)?;
    let overview = crate::insights::overview_in(&days, &tags, lang);
    let insights = overview.insights.into_iter().filter(|i| i.difference.is_some()).take(5).map(|i| i.text).collect();

    let notes = request.notes.then(|| {
        let mut notes: Vec<(NaiveDate, String)> = pain
            .iter()
            .map(|p| (p.entry.date, &p.entry.note))
            .chain(exercise.iter().map(|e| (e.entry.date, &e.entry.note)))
            .chain(calcium.iter().map(|c| (c.entry.date, &c.entry.note)))
            .filter(|(_, note)| !note.is_empty())
            .map(|(date, note)| (date, note.clone()))
            .collect();
        notes.sort_by_key(|(date, _)| *date);
        notes
    });

    Ok(ReportInput {
        made_on: today,
        from,
        to,
        profile,
        trends,
        supplement_doses_over_limit,
        charts,
        red_flags: flags,
        notices,
        insights,
        insights_note: overview.trend_note,
        questions: request.questions.clone(),
        notes,
        paper: request.paper,
        lang,
    })
}
