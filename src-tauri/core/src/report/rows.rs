//! The rows of the report's summary table, section by section, worded in the report's
//! language: what is measured, the figure, and what it is compared with.

use chrono::{Datelike, NaiveDate};

use super::summary::{Summary, Verdict, COMPARE_DAYS};
use super::ReportInput;
use crate::i18n::{self, FluentValue, Lang};
use crate::model::{AgeBand, Vocabulary};
use crate::text::thousands;
use crate::trends::BaselineKind;

/// One row of the summary table: what, the figure, and what it is compared with.
pub(super) struct Line {
    pub what: String,
    pub figure: String,
    pub compared: String,
    /// The comparison in colour and bold (the pain verdict).
    pub verdict: Option<Verdict>,
    /// The figure takes the comparison's column too.
    pub wide: bool,
}

impl Line {
    fn new(what: impl Into<String>, figure: impl Into<String>, compared: impl Into<String>) -> Self {
        Line { what: what.into(), figure: figure.into(), compared: compared.into(), verdict: None, wide: false }
    }
}

/// A stretch of days, as the charts and the report both write it (`dates::span`).
pub(super) use crate::dates::span as days_span;

/// A figure with its sign and a true minus: "−3.1", "+0.4", "0.0".
pub(super) fn signed(x: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, x.abs());
    if text.chars().all(|c| c == '0' || c == '.') {
        text
    } else if x < 0.0 {
        format!("−{text}")
    } else {
        format!("+{text}")
    }
}

/// A count for a message: `n` to choose the plural form, `count` written with thousands.
pub(super) fn counted(n: usize) -> [(&'static str, FluentValue<'static>); 2] {
    [("n", n.into()), ("count", thousands(n as i64).into())]
}

/// The age band as the report names it: "19–50", "51 or older".
pub(super) fn ages(lang: Lang, band: AgeBand) -> String {
    match band {
        AgeBand::Older => i18n::t(lang, "pdf-ages-older", &[]),
        _ => band.label().to_owned(),
    }
}

/// The words of a verdict.
fn verdict(lang: Lang, v: Verdict) -> String {
    match v {
        Verdict::ClearlyBetter => i18n::t(lang, "pdf-better", &[]),
        Verdict::ClearlyWorse => i18n::t(lang, "pdf-worse", &[]),
        Verdict::NoClearChange => i18n::t(lang, "pdf-no-change", &[]),
    }
}

/// The summary table's rows, section by section.
pub(super) fn sections(input: &ReportInput, s: &Summary) -> Vec<(String, Vec<Line>)> {
    let lang = input.lang;
    let n = s.days_in_range;
    let of_range = |k: usize| i18n::t(lang, "pdf-of-days", &[("k", k.into()), ("n", n.into())]);
    let mut sections = Vec::new();
    // A range across New Year has two "20 Nov"s: name the year of each stretch.
    let year = s.from.year() != s.to.year();

    let pain = &s.pain;
    let mut lines = vec![Line::new(i18n::t(lang, "pdf-pain-days", &[]), of_range(pain.days_logged), "")];
    let compare = [("n", COMPARE_DAYS.into())];
    match &pain.comparison {
        Some(c) => {
            // Her baseline may lie in an earlier year than the range: then it names its year.
            let span = |f: NaiveDate, t: NaiveDate| days_span(lang, f, t, year || f.year() != s.to.year());
            let kind = match input.trends.baseline.map(|b| b.kind) {
                Some(BaselineKind::Chosen) => "chosen",
                Some(BaselineKind::FirstLogged) => "first",
                _ => "birth",
            };
            let first =
                [("n", c.first.days.into()), ("span", span(c.first.from, c.first.to).into()), ("kind", kind.into())];
            let last = [compare[0].clone(), ("span", span(c.last.from, c.last.to).into())];
            lines.push(Line::new(
                i18n::t(lang, "pdf-first-days", &first),
                format!("{:.1}", c.first.mean),
                i18n::t(lang, "pdf-baseline", &[]),
            ));
            lines.push(Line::new(i18n::t(lang, "pdf-last-days", &last), format!("{:.1}", c.last.mean), ""));
            let points = signed(c.change_points, 1);
            let figure = match c.change_percent {
                Some(p) => {
                    i18n::t(lang, "pdf-change-percent", &[("points", points.into()), ("percent", signed(p, 0).into())])
                }
                None => i18n::t(lang, "pdf-change-points", &[("points", points.into())]),
            };
            let mut line =
                Line::new(i18n::t(lang, "pdf-change", &[]), figure, format!("{}¹", verdict(lang, c.verdict)));
            line.verdict = Some(c.verdict);
            lines.push(line);
        }
        None => {
            let args = [("logged", pain.days_logged.into()), ("needed", pain.days_needed.into())];
            lines.push(Line {
                wide: true,
                ..Line::new(i18n::t(lang, "pdf-change-too-few", &compare), i18n::t(lang, "pdf-too-few", &args), "")
            })
        }
    }
    sections.push((i18n::t(lang, "pdf-pain-section", &[]), lines));

    let e = &s.exercise;
    let target = [("target", e.target_minutes.into())];
    let full_weeks = if e.full_weeks > 0 {
        let [n, count] = counted(e.full_weeks);
        let figure = i18n::t(lang, "pdf-weeks-of", &[("k", e.weeks_at_target.into()), n, count]);
        Line::new(i18n::t(lang, "pdf-full-weeks", &target), figure, "")
    } else {
        Line::new(i18n::t(lang, "pdf-full-weeks", &target), i18n::t(lang, "pdf-no-full-week", &[]), "")
    };
    let lines = vec![
        Line::new(i18n::t(lang, "pdf-exercise-days", &[]), of_range(e.days_logged), ""),
        Line::new(
            i18n::t(lang, "pdf-weekly-mean", &[]),
            i18n::t(lang, "pdf-minutes", &counted(e.weekly_mean.round() as usize)),
            i18n::t(lang, "pdf-target", &target),
        ),
        full_weeks,
    ];
    sections.push((i18n::t(lang, "pdf-exercise-section", &[]), lines));

    let c = &s.calcium;
    let of_logged = |k: usize| match c.days_logged {
        0 => i18n::t(lang, "pdf-no-days-logged", &[]),
        logged => {
            let [n, count] = counted(logged);
            i18n::t(lang, "pdf-k-of-days", &[("k", k.into()), n, count])
        }
    };
    let mg = |v: u32| -> [(&str, FluentValue); 1] { [("mg", thousands(v).into())] };
    let dose = [("mg", c.dose_limit_mg.to_string().into())];
    let lines = vec![
        Line::new(i18n::t(lang, "pdf-calcium-days", &[]), of_range(c.days_logged), ""),
        Line::new(
            i18n::t(lang, "pdf-rda-days", &[]),
            of_logged(c.days_at_or_above_rda),
            i18n::t(lang, "pdf-rda", &mg(c.rda_mg)),
        ),
        Line::new(i18n::t(lang, "pdf-ul-days", &[]), of_logged(c.days_above_ul), i18n::t(lang, "pdf-ul", &mg(c.ul_mg))),
        Line::new(
            i18n::t(lang, "pdf-doses", &dose),
            thousands(c.supplement_doses_over_limit as i64),
            i18n::t(lang, "pdf-best-absorbed", &dose),
        ),
    ];
    let ages = [("ages", ages(lang, input.profile.age_band).into())];
    sections.push((i18n::t(lang, "pdf-calcium-section", &ages), lines));
    sections
}
