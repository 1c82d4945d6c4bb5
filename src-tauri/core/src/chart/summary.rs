//! One or two plain sentences per chart, and the table behind it, in her language.

use chrono::{Datelike, NaiveDate};

use super::Table;
use crate::dates::{self, Form};
use crate::facts::{calcium_rda, calcium_ul, EXERCISE_MINUTES_PER_WEEK};
use crate::i18n::{self, Lang};
use crate::model::Profile;
use crate::text::thousands;
use crate::trends::{Baseline, BaselineKind, Direction, Trends};

fn span(from: NaiveDate, to: NaiveDate, lang: Lang) -> String {
    let days = (to - from).num_days();
    match days {
        0..=13 => i18n::t(lang, "chart-span-days", &[("n", days.into())]),
        14..=97 => i18n::t(lang, "chart-span-weeks", &[("n", ((days as f64 / 7.0).round() as i64).into())]),
        _ => i18n::t(lang, "chart-span-months", &[("n", ((days as f64 / 30.44).round() as i64).into())]),
    }
}

fn opt(v: Option<f64>) -> String {
    v.map_or_else(String::new, |v| format!("{v:.1}"))
}

/// A date in a table: ISO in English (it sorts), the Chinese long form in Chinese.
fn cell_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => date.to_string(),
        _ => dates::format(lang, date, Form::Long),
    }
}

/// Her baseline's days, "12–18 Nov", with the year when they are not all in the year of `by`.
pub(crate) fn baseline_days(b: &Baseline, by: NaiveDate, lang: Lang) -> String {
    let year = b.from.year() != by.year() || b.to.year() != by.year();
    dates::span(lang, b.from, b.to, year)
}

/// Her baseline named: "7.6, the average of your first 7 logged days after the birth (12–18 Nov)".
pub(crate) fn baseline_named(b: &Baseline, by: NaiveDate, lang: Lang) -> String {
    let kind = match b.kind {
        BaselineKind::AfterBirth => "birth",
        BaselineKind::Chosen => "chosen",
        BaselineKind::FirstLogged => "first",
    };
    let args = [
        ("value", format!("{:.1}", b.value).into()),
        ("n", b.days.into()),
        ("kind", kind.into()),
        ("span", baseline_days(b, by, lang).into()),
    ];
    i18n::t(lang, "baseline-named", &args)
}

/// "Pain average fell from 6.1 to 3.4 over 5 weeks. …"
pub(super) fn pain(t: &Trends, lang: Lang) -> String {
    let logged = t.days.iter().filter(|d| d.pain_mean.is_some()).count();
    if logged == 0 {
        return i18n::t(lang, "chart-pain-none", &[]);
    }
    let mut out = Vec::new();
    let avgs: Vec<_> = t.days.iter().filter_map(|d| d.pain_avg7.map(|a| (d.date, a))).collect();
    match (avgs.first(), avgs.last()) {
        (Some(&(d0, a0)), Some(&(d1, a1))) if d1 > d0 => {
            let trend = if (a1 - a0).abs() < 0.5 {
                "same"
            } else if a1 < a0 {
                "fell"
            } else {
                "rose"
            };
            let args = [
                ("trend", trend.into()),
                ("from", format!("{a0:.1}").into()),
                ("to", format!("{a1:.1}").into()),
                ("span", span(d0, d1, lang).into()),
            ];
            out.push(i18n::t(lang, "chart-pain-average", &args));
        }
        _ => out.push(i18n::t(lang, "chart-pain-too-few", &[])),
    }
    out.push(i18n::t(lang, "chart-pain-logged", &[("logged", logged.into()), ("days", t.days.len().into())]));
    if let Some(b) = &t.baseline {
        out.push(i18n::t(lang, "chart-pain-baseline", &[("baseline", baseline_named(b, t.to, lang).into())]));
    }
    if let Some(c) = t.changes.last() {
        let direction = if c.direction == Direction::Better { "better" } else { "worse" };
        let date = dates::format(lang, c.date, Form::Short);
        out.push(i18n::t(lang, "chart-pain-clear", &[("direction", direction.into()), ("date", date.into())]));
    }
    // English sentences are separated by a space; Chinese ones end in "。" and run on.
    out.join(if lang == Lang::En { " " } else { "" })
}

pub(super) fn pain_table(t: &Trends, lang: Lang) -> Table {
    Table {
        columns: vec![
            i18n::t(lang, "chart-column-date", &[]),
            i18n::t(lang, "chart-column-highest", &[]),
            i18n::t(lang, "chart-column-mean", &[]),
            i18n::t(lang, "chart-column-average", &[]),
        ],
        rows: t
            .days
            .iter()
            .filter(|d| d.pain_mean.is_some())
            .map(|d| {
                vec![
                    cell_date(d.date, lang),
                    d.pain_max.map_or_else(String::new, |m| m.to_string()),
                    opt(d.pain_mean),
                    opt(d.pain_avg7),
                ]
            })
            .collect(),
    }
}

/// "Averaged 95 minutes a week over 12 weeks; 3 of them reached the 150-minute goal."
pub(super) fn exercise(t: &Trends, lang: Lang) -> String {
    let total: u64 = t.weeks.iter().map(|w| w.exercise_minutes).sum();
    if total == 0 {
        return i18n::t(lang, "chart-exercise-none", &[]);
    }
    let weeks = t.weeks.len();
    let met = t.weeks.iter().filter(|w| w.exercise_minutes >= u64::from(EXERCISE_MINUTES_PER_WEEK)).count();
    let args = [
        ("mean", thousands(total / weeks as u64).into()),
        ("weeks", weeks.into()),
        ("met", met.into()),
        ("goal", EXERCISE_MINUTES_PER_WEEK.into()),
    ];
    i18n::t(lang, "chart-exercise", &args)
}

pub(super) fn exercise_table(t: &Trends, lang: Lang) -> Table {
    Table {
        columns: vec![i18n::t(lang, "chart-column-week-starting", &[]), i18n::t(lang, "chart-column-minutes", &[])],
        rows: t.weeks.iter().map(|w| vec![cell_date(w.week_start, lang), w.exercise_minutes.to_string()]).collect(),
    }
}

/// "Reached the recommended 1,000 mg on 40 of 52 days with calcium logged. One day went above
/// the 2,500 mg upper limit."
pub(super) fn calcium(t: &Trends, profile: &Profile, lang: Lang) -> String {
    let (rda, ul) = (calcium_rda(profile.age_band), calcium_ul(profile.age_band));
    let logged: Vec<u64> = t.days.iter().map(|d| d.calcium_mg).filter(|mg| *mg > 0).collect();
    if logged.is_empty() {
        return i18n::t(lang, "chart-calcium-none", &[]);
    }
    let met = logged.iter().filter(|mg| **mg >= u64::from(rda)).count();
    let over = logged.iter().filter(|mg| **mg > u64::from(ul)).count();
    let args = [
        ("rda", thousands(rda).into()),
        ("ul", thousands(ul).into()),
        ("met", met.into()),
        ("logged", logged.len().into()),
        ("over", over.into()),
    ];
    i18n::t(lang, "chart-calcium", &args)
}

pub(super) fn calcium_table(t: &Trends, lang: Lang) -> Table {
    Table {
        columns: vec![i18n::t(lang, "chart-column-date", &[]), i18n::t(lang, "chart-column-calcium", &[])],
        rows: t
            .days
            .iter()
            .filter(|d| d.calcium_mg > 0)
            .map(|d| vec![cell_date(d.date, lang), d.calcium_mg.to_string()])
            .collect(),
    }
}
