//! What the report says, in the order a clinician reads it: who and when, the summary table
//! with the targets it is measured against, the warning signs she ticked, Mend's own notices
//! and her questions (the first page, typically), then the three charts together (the second),
//! then her notes only if she chose to include them. Wording lives here; placing it on pages
//! is `layout`'s job.

use chrono::NaiveDate;

use super::layout::{Cell, Flow, Op, Role, Style, ACCENT, BAD, BAND, GOOD, INK, MUTED};
use super::rows::{ages, counted, sections};
use super::summary::{Summary, Verdict, COMPARE_DAYS};
use super::ReportInput;
use crate::dates::{self, Form};
use crate::i18n::{self, Lang};
use crate::notice::Level;

const H1: Style = Style::new(true, 14.0, INK);
const H2: Style = Style::new(true, 11.5, ACCENT);
const H3: Style = Style::new(true, 9.5, INK);
const BODY: Style = Style::new(false, 9.5, INK);
const BODY_BOLD: Style = Style::new(true, 9.5, INK);
const LEAD: Style = Style::new(false, 9.5, MUTED);
const SMALL: Style = Style::new(false, 7.6, MUTED);
const SMALL_BOLD: Style = Style::new(true, 7.6, MUTED);
/// Space before a section heading.
const SECTION_GAP: f32 = 12.0;
/// Padding above and below the text of a table row.
const ROW_PAD: f32 = 2.5;
/// Space between a chart's title and the chart, and between charts.
const CHART_GAP: f32 = 4.0;
/// Keep a heading with this much of what follows it.
const KEEP: f32 = 40.0;

/// Lays out the whole report onto `flow`; `aspects` are the charts' height over width.
pub(super) fn compose(flow: &mut Flow<'_>, input: &ReportInput, s: &Summary, aspects: &[f32]) {
    header(flow, input);
    table(flow, input, s);
    warning_signs(flow, input);
    notices(flow, input);
    insights(flow, input);
    questions(flow, input);
    charts(flow, input, aspects);
    notes(flow, input);
    footers(flow, input);
}

/// The report's title, also the PDF's.
pub(super) fn title(lang: Lang) -> String {
    i18n::t(lang, "pdf-title", &[])
}

pub(super) fn long(lang: Lang, date: NaiveDate) -> String {
    dates::format(lang, date, Form::Long)
}

fn short(lang: Lang, date: NaiveDate) -> String {
    dates::format(lang, date, Form::Short)
}

fn header(flow: &mut Flow<'_>, input: &ReportInput) {
    let lang = input.lang;
    let long = |date| long(lang, date);
    flow.heading(0, 1, &title(lang), H1, KEEP);
    let made = i18n::t(lang, "pdf-made", &[("date", long(input.made_on).into())]);
    flow.paragraph(0, &made, LEAD, 0.0);
    flow.gap(6.0);

    let days = (input.to - input.from).num_days() + 1;
    let [n, count] = counted(days as usize);
    let dates = [("from", long(input.from).into()), ("to", long(input.to).into()), n, count];
    let mut facts = vec![(i18n::t(lang, "pdf-dates-key", &[]), i18n::t(lang, "pdf-dates", &dates))];
    let p = &input.profile;
    let mut birth = Vec::new();
    if let Some(date) = p.birth_date {
        birth.push(long(date));
    }
    if let Some(kind) = p.delivery_type {
        let label = match kind {
            crate::model::DeliveryType::Vaginal => i18n::t(lang, "pdf-vaginal", &[]),
            crate::model::DeliveryType::Caesarean => i18n::t(lang, "pdf-caesarean", &[]),
        };
        // "27 November 2026, vaginal birth": lower case after the date (no case in Chinese).
        birth.push(if birth.is_empty() { label } else { label.to_lowercase() });
    }
    if p.epidural {
        birth.push(i18n::t(lang, "pdf-epidural", &[]));
    }
    if !birth.is_empty() {
        let comma = if lang == Lang::En { ", " } else { "，" };
        facts.push((i18n::t(lang, "pdf-birth-key", &[]), birth.join(comma)));
    }
    if let Some(date) = p.birth_date.filter(|b| *b <= input.to) {
        let weeks = (input.to - date).num_days().div_euclid(7) as usize;
        let [n, count] = counted(weeks);
        let since = i18n::t(lang, "pdf-since-birth", &[n, count, ("date", long(input.to).into())]);
        facts.push((i18n::t(lang, "pdf-since-birth-key", &[]), since));
    }
    if p.breastfeeding {
        facts.push((i18n::t(lang, "pdf-feeding-key", &[]), i18n::t(lang, "pdf-breastfeeding", &[])));
    }
    let table = flow.group(0, Role::Table(i18n::t(lang, "pdf-about", &[])));
    let w = flow.width();
    for (key, value) in &facts {
        let cells = [
            Cell { text: key, style: BODY_BOLD.with_color(MUTED), x: 0.0, width: 70.0, role: Role::HeaderCell(true) },
            Cell { text: value, style: BODY, x: 70.0, width: w - 70.0, role: Role::Cell },
        ];
        flow.row(table, &cells, 2.0, None);
    }
}

fn table(flow: &mut Flow<'_>, input: &ReportInput, s: &Summary) {
    let lang = input.lang;
    flow.gap(SECTION_GAP);
    flow.heading(0, 2, &i18n::t(lang, "pdf-summary", &[]), H2, KEEP * 2.0);
    let table = flow.group(0, Role::Table(i18n::t(lang, "pdf-summary-table", &[])));
    let w = flow.width();
    let cols = [(6.0, w * 0.5 - 12.0), (w * 0.5, w * 0.21 - 6.0), (w * 0.71, w * 0.29 - 4.0)];
    let (in_range, compared) = (i18n::t(lang, "pdf-in-range", &[]), i18n::t(lang, "pdf-compared", &[]));
    let head = ["", in_range.as_str(), compared.as_str()];
    let cells: Vec<Cell> = head
        .iter()
        .zip(cols)
        .map(|(text, (x, width))| Cell { text, style: SMALL_BOLD, x, width, role: Role::HeaderCell(false) })
        .collect();
    flow.row(table, &cells, 1.5, None);

    for (title, lines) in &sections(input, s) {
        let band = [Cell { text: title, style: BODY_BOLD, x: 6.0, width: w - 12.0, role: Role::HeaderCell(false) }];
        flow.row(table, &band, ROW_PAD, Some(BAND));
        for line in lines {
            let compared_style = match line.verdict {
                Some(Verdict::ClearlyBetter) => BODY_BOLD.with_color(GOOD),
                Some(Verdict::ClearlyWorse) => BODY_BOLD.with_color(BAD),
                Some(Verdict::NoClearChange) => BODY_BOLD,
                None => BODY.with_color(MUTED),
            };
            let mut cells = vec![
                Cell { text: &line.what, style: BODY, x: cols[0].0, width: cols[0].1, role: Role::HeaderCell(true) },
                Cell { text: &line.figure, style: BODY_BOLD, x: cols[1].0, width: cols[1].1, role: Role::Cell },
            ];
            if line.wide {
                cells[1].width = cols[2].0 + cols[2].1 - cols[1].0;
            } else {
                cells.push(Cell {
                    text: &line.compared,
                    style: compared_style,
                    x: cols[2].0,
                    width: cols[2].1,
                    role: Role::Cell,
                });
            }
            flow.row(table, &cells, ROW_PAD, None);
        }
    }

    flow.gap(5.0);
    // Her baseline, named with its days, whatever range the report covers.
    let baseline = match &input.trends.baseline {
        Some(b) => crate::chart::baseline_named(b, input.to, lang),
        None => i18n::t(lang, "pdf-baseline-none", &[]),
    };
    let weeks = match s.exercise.part_weeks {
        0 => i18n::t(lang, "pdf-note-weeks", &[]),
        k => i18n::t(lang, "pdf-note-weeks-part", &counted(k)),
    };
    let notes = [
        i18n::t(lang, "pdf-note-rule", &[("n", COMPARE_DAYS.into()), ("baseline", baseline.into())]),
        weeks,
        i18n::t(lang, "pdf-note-calcium", &[("ages", ages(lang, input.profile.age_band).into())]),
    ];
    for note in &notes {
        flow.paragraph(0, note, SMALL, 0.0);
        flow.gap(1.0);
    }
}

/// The three charts, kept together: on this page if they fit, else on a page of their own,
/// scaled so that all three fit on one page.
fn charts(flow: &mut Flow<'_>, input: &ReportInput, aspects: &[f32]) {
    if input.charts.is_empty() {
        return;
    }
    let title = H3.line_height() + CHART_GAP;
    let fixed = H2.line_height() + 2.0 + input.charts.len() as f32 * (title + CHART_GAP);
    let total_aspect: f32 = aspects.iter().sum();
    let width = flow.width().min((flow.page_room() - fixed) / total_aspect);
    let block = fixed + width * total_aspect;
    flow.gap(SECTION_GAP);
    flow.ensure(block);
    flow.heading(0, 2, &i18n::t(input.lang, "pdf-charts", &[]), H2, 0.0);
    flow.gap(2.0);
    for (i, ((title, _), aspect)) in input.charts.iter().zip(aspects).enumerate() {
        if i > 0 {
            flow.gap(CHART_GAP);
        }
        flow.heading(0, 3, title, H3, width * aspect);
        flow.gap(CHART_GAP);
        let alt = i18n::t(input.lang, "pdf-chart-alt", &[("title", title.as_str().into())]);
        flow.figure(0, &alt, i, width, *aspect);
    }
}

fn warning_signs(flow: &mut Flow<'_>, input: &ReportInput) {
    flow.gap(SECTION_GAP);
    let style = if input.red_flags.is_empty() { H2 } else { H2.with_color(BAD) };
    let lang = input.lang;
    flow.heading(0, 2, &i18n::t(lang, "pdf-warning-signs", &[]), style, KEEP);
    if input.red_flags.is_empty() {
        flow.paragraph(0, &i18n::t(lang, "pdf-none-in-range", &[]), BODY, 0.0);
        return;
    }
    let list = flow.group(0, Role::List);
    let separator = if lang == Lang::En { "; " } else { "；" };
    for day in &input.red_flags {
        // The same level words as the card, History and the articles.
        let level = match day.level {
            Level::Emergency => i18n::t(lang, "pdf-level-emergency", &[]),
            Level::Urgent => i18n::t(lang, "pdf-level-urgent", &[]),
            _ => i18n::t(lang, "pdf-level-mention", &[]),
        };
        let line =
            i18n::t(lang, "pdf-flag-day", &[("level", level.into()), ("signs", day.signs.join(separator).into())]);
        flow.item(list, &short(lang, day.date), &line, BODY, 78.0);
    }
}

fn notices(flow: &mut Flow<'_>, input: &ReportInput) {
    let lang = input.lang;
    let titles = (i18n::t(lang, "pdf-notices", &[]), i18n::t(lang, "pdf-notices-lead", &[]));
    bulleted(flow, titles, None, &input.notices);
}

/// What went with better or worse days, with how days are compared; only when a factor has
/// days enough to say something.
fn insights(flow: &mut Flow<'_>, input: &ReportInput) {
    let lang = input.lang;
    let titles = (i18n::t(lang, "pdf-insights", &[]), i18n::t(lang, "pdf-insights-lead", &[]));
    bulleted(flow, titles, input.insights_note.as_deref(), &input.insights);
}

/// A section of sentences as a bulleted list under its heading and lead, with an optional
/// paragraph between them; nothing at all when there are no sentences.
fn bulleted(flow: &mut Flow<'_>, (heading, lead): (String, String), note: Option<&str>, items: &[String]) {
    if items.is_empty() {
        return;
    }
    flow.gap(SECTION_GAP);
    flow.heading(0, 2, &heading, H2, KEEP);
    flow.paragraph(0, &lead, LEAD, 0.0);
    if let Some(note) = note {
        flow.paragraph(0, note, BODY, 0.0);
    }
    flow.gap(2.0);
    let list = flow.group(0, Role::List);
    for item in items {
        flow.item(list, "•", item, BODY, 12.0);
    }
}

fn questions(flow: &mut Flow<'_>, input: &ReportInput) {
    flow.gap(SECTION_GAP);
    flow.heading(0, 2, &i18n::t(input.lang, "pdf-questions", &[]), H2, KEEP);
    if input.questions.trim().is_empty() {
        flow.writing_lines(3, 20.0);
    } else {
        flow.paragraph(0, input.questions.trim(), BODY, 0.0);
    }
}

fn notes(flow: &mut Flow<'_>, input: &ReportInput) {
    let Some(notes) = &input.notes else { return };
    flow.gap(SECTION_GAP);
    let lang = input.lang;
    flow.heading(0, 2, &i18n::t(lang, "pdf-notes", &[]), H2, KEEP);
    if notes.is_empty() {
        flow.paragraph(0, &i18n::t(lang, "pdf-no-notes", &[]), BODY, 0.0);
        return;
    }
    let list = flow.group(0, Role::List);
    for (date, text) in notes {
        flow.item(list, &short(lang, *date), text, BODY, 78.0);
        flow.gap(2.0);
    }
}

/// "Made by Mend … not a medical record" and "Page n of m" on every page: artifacts, not content.
fn footers(flow: &mut Flow<'_>, input: &ReportInput) {
    let pages = flow.pages.len();
    let baseline = flow.footer_baseline();
    let lang = input.lang;
    let args = [
        ("from", short(lang, input.from).into()),
        ("to", short(lang, input.to).into()),
        ("made", short(lang, input.made_on).into()),
    ];
    let left = i18n::t(lang, "pdf-footer", &args);
    for page in 0..pages {
        let number = i18n::t(lang, "pdf-page", &[("page", (page + 1).into()), ("pages", pages.into())]);
        let x = flow.right - flow.measure(&number, SMALL);
        let (l, y) = (flow.left, baseline);
        flow.push_to(page, Op::Text { x: l, baseline: y, text: left.clone(), style: SMALL, leaf: None });
        flow.push_to(page, Op::Text { x, baseline: y, text: number, style: SMALL, leaf: None });
    }
}
