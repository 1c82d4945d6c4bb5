//! What the report says, in the order a clinician reads it: who and when, the summary table
//! with the targets it is measured against, the warning signs she ticked, Mend's own notices
//! and her questions (the first page, typically), then the three charts together (the second),
//! then her notes only if she chose to include them. Wording lives here; placing it on pages
//! is `layout`'s job.

use chrono::{Datelike, NaiveDate};

use super::layout::{Cell, Flow, Op, Role, Style, ACCENT, BAD, BAND, GOOD, INK, MUTED};
use super::summary::{Summary, Verdict, COMPARE_DAYS};
use super::ReportInput;
use crate::facts::CLEAR_CHANGE_RULE;
use crate::model::Vocabulary;
use crate::text::thousands;

/// The report's title, also the PDF's.
pub(super) const TITLE: &str = "Back pain, exercise and calcium: a summary for my appointment";

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
    questions(flow, input);
    charts(flow, input, aspects);
    notes(flow, input);
    footers(flow, input);
}

fn long(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn short(date: NaiveDate) -> String {
    date.format("%-d %b %Y").to_string()
}

/// "3–9 Nov", "28 Oct – 3 Nov", "28 Dec 2026 – 3 Jan 2027"; with `year`, always ending in the year.
fn days_span(from: NaiveDate, to: NaiveDate, year: bool) -> String {
    let end = if year { short(to) } else { to.format("%-d %b").to_string() };
    if from == to {
        end
    } else if (from.year(), from.month()) == (to.year(), to.month()) {
        format!("{}–{end}", from.format("%-d"))
    } else if from.year() == to.year() {
        format!("{} – {end}", from.format("%-d %b"))
    } else {
        format!("{} – {}", short(from), short(to))
    }
}

/// A figure with its sign and a true minus: "−3.1", "+0.4", "0.0".
fn signed(x: f64, decimals: usize) -> String {
    let text = format!("{:.*}", decimals, x.abs());
    if text.chars().all(|c| c == '0' || c == '.') {
        text
    } else if x < 0.0 {
        format!("−{text}")
    } else {
        format!("+{text}")
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", thousands(n as i64), if n == 1 { one } else { many })
}

fn header(flow: &mut Flow<'_>, input: &ReportInput) {
    flow.heading(0, 1, TITLE, H1, KEEP);
    let made = format!("Made by Mend on {} from entries I logged. Not a medical record.", long(input.made_on));
    flow.paragraph(0, &made, LEAD, 0.0);
    flow.gap(6.0);

    let days = (input.to - input.from).num_days() + 1;
    let mut facts = vec![(
        "Dates",
        format!("{} to {} ({})", long(input.from), long(input.to), plural(days as usize, "day", "days")),
    )];
    let p = &input.profile;
    let mut birth = Vec::new();
    if let Some(date) = p.birth_date {
        birth.push(long(date));
    }
    if let Some(kind) = p.delivery_type {
        birth.push(if birth.is_empty() { kind.label().to_owned() } else { kind.label().to_lowercase() });
    }
    if p.epidural {
        birth.push("with an epidural".to_owned());
    }
    if !birth.is_empty() {
        facts.push(("Birth", birth.join(", ")));
    }
    if let Some(date) = p.birth_date.filter(|b| *b <= input.to) {
        let weeks = (input.to - date).num_days().div_euclid(7) as usize;
        facts.push((
            "Since birth",
            format!("{} at the end of the range ({})", plural(weeks, "week", "weeks"), long(input.to)),
        ));
    }
    if p.breastfeeding {
        facts.push(("Feeding", "Breastfeeding".to_owned()));
    }
    let table = flow.group(0, Role::Table("About this report".into()));
    let w = flow.width();
    for (key, value) in &facts {
        let cells = [
            Cell { text: key, style: BODY_BOLD.with_color(MUTED), x: 0.0, width: 70.0, role: Role::HeaderCell(true) },
            Cell { text: value, style: BODY, x: 70.0, width: w - 70.0, role: Role::Cell },
        ];
        flow.row(table, &cells, 2.0, None);
    }
}

/// One row of the summary table: what, the figure, and what it is compared with.
struct Line {
    what: String,
    figure: String,
    compared: String,
    /// The comparison in colour and bold (the pain verdict).
    verdict: Option<Verdict>,
    /// The figure takes the comparison's column too.
    wide: bool,
}

impl Line {
    fn new(what: impl Into<String>, figure: impl Into<String>, compared: impl Into<String>) -> Self {
        Line { what: what.into(), figure: figure.into(), compared: compared.into(), verdict: None, wide: false }
    }
}

/// The summary table's rows, section by section.
fn sections(input: &ReportInput, s: &Summary) -> Vec<(String, Vec<Line>)> {
    let n = s.days_in_range;
    let mut sections = Vec::new();
    // A range across New Year has two "20 Nov"s: name the year of each stretch.
    let year = s.from.year() != s.to.year();

    let pain = &s.pain;
    let mut lines = vec![Line::new("Days with a pain check-in", format!("{} of {n} days", pain.days_logged), "")];
    match &pain.comparison {
        Some(c) => {
            lines.push(Line::new(
                format!("Mean of first {COMPARE_DAYS} logged days, {}", days_span(c.first.from, c.first.to, year)),
                format!("{:.1}", c.first.mean),
                "Baseline",
            ));
            lines.push(Line::new(
                format!("Mean of last {COMPARE_DAYS} logged days, {}", days_span(c.last.from, c.last.to, year)),
                format!("{:.1}", c.last.mean),
                "",
            ));
            let percent = c.change_percent.map_or_else(String::new, |p| format!(" ({}%)", signed(p, 0)));
            let mut verdict = Line::new(
                "Change from first to last",
                format!("{} points{percent}", signed(c.change_points, 1)),
                format!("{}¹", c.verdict.label()),
            );
            verdict.verdict = Some(c.verdict);
            lines.push(verdict);
        }
        None => lines.push(Line {
            wide: true,
            ..Line::new(
                format!("Change from the first to the last {COMPARE_DAYS} logged days"),
                format!("Too few days to compare ({} logged; {} are needed)¹", pain.days_logged, 2 * COMPARE_DAYS),
                "",
            )
        }),
    }
    sections.push(("Pain, 0 to 10 (a day counts as the mean of its check-ins)".to_owned(), lines));

    let e = &s.exercise;
    let target = e.target_minutes;
    let full_weeks = if e.full_weeks > 0 {
        Line::new(
            format!("Full weeks with {target} minutes or more²"),
            format!("{} of {}", e.weeks_at_target, plural(e.full_weeks, "week", "weeks")),
            "",
        )
    } else {
        Line::new(format!("Full weeks with {target} minutes or more²"), "No full week in the range", "")
    };
    let lines = vec![
        Line::new("Days with exercise", format!("{} of {n} days", e.days_logged), ""),
        Line::new(
            "Weekly mean²",
            plural(e.weekly_mean.round() as usize, "minute", "minutes"),
            format!("Target: {target} minutes a week"),
        ),
        full_weeks,
    ];
    sections.push(("Exercise".to_owned(), lines));

    let c = &s.calcium;
    let of_logged = |k: usize| match c.days_logged {
        0 => "No days logged".to_owned(),
        logged => format!("{k} of {}", plural(logged, "day", "days")),
    };
    let lines = vec![
        Line::new("Days with calcium logged", format!("{} of {n} days", c.days_logged), ""),
        Line::new(
            "Days at or above the RDA",
            of_logged(c.days_at_or_above_rda),
            format!("RDA: {} mg a day", thousands(c.rda_mg)),
        ),
        Line::new(
            "Days above the upper limit",
            of_logged(c.days_above_ul),
            format!("Upper limit: {} mg a day", thousands(c.ul_mg)),
        ),
        Line::new(
            format!("Supplement doses over {} mg", c.dose_limit_mg),
            thousands(c.supplement_doses_over_limit as i64),
            format!("Best absorbed: {} mg or less", c.dose_limit_mg),
        ),
    ];
    sections
        .push((format!("Calcium, food and supplements together (ages {})³", input.profile.age_band.label()), lines));
    sections
}

fn table(flow: &mut Flow<'_>, input: &ReportInput, s: &Summary) {
    flow.gap(SECTION_GAP);
    flow.heading(0, 2, "Summary", H2, KEEP * 2.0);
    let table = flow.group(
        0,
        Role::Table("Pain, exercise and calcium in this range, with the targets they are compared with".into()),
    );
    let w = flow.width();
    let cols = [(6.0, w * 0.5 - 12.0), (w * 0.5, w * 0.21 - 6.0), (w * 0.71, w * 0.29 - 4.0)];
    let head = ["", "In this range", "Compared with"];
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
    let e = &s.exercise;
    let notes = [
        format!(
            "¹ Mend's rule for clearly better or worse: {CLEAR_CHANGE_RULE} (Farrar et al., Pain 2001). The baseline \
             is the mean of the first {COMPARE_DAYS} days with a pain check-in; with fewer than {} logged days the \
             first and last {COMPARE_DAYS} would overlap.",
            2 * COMPARE_DAYS
        ),
        format!(
            "² Weeks run Monday to Sunday. The weekly mean is the range's minutes per 7 days, so a part-week at either \
             end counts for the days it has{}; only full weeks are counted against the target (Physical Activity \
             Guidelines for Americans, 2018).",
            match e.part_weeks {
                0 => String::new(),
                k => format!(" (this range has {})", plural(k, "part-week", "part-weeks")),
            }
        ),
        format!(
            "³ Recommended Dietary Allowance (RDA) and upper limit for ages {}, including pregnancy and \
             breastfeeding (Institute of Medicine, 2011); supplement doses: NIH Office of Dietary Supplements.",
            input.profile.age_band.label()
        ),
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
    flow.heading(0, 2, "Charts", H2, 0.0);
    flow.gap(2.0);
    for (i, ((title, _), aspect)) in input.charts.iter().zip(aspects).enumerate() {
        if i > 0 {
            flow.gap(CHART_GAP);
        }
        flow.heading(0, 3, title, H3, width * aspect);
        flow.gap(CHART_GAP);
        flow.figure(0, &format!("Chart: {title}"), i, width, *aspect);
    }
}

fn warning_signs(flow: &mut Flow<'_>, input: &ReportInput) {
    flow.gap(SECTION_GAP);
    let style = if input.red_flags.is_empty() { H2 } else { H2.with_color(BAD) };
    flow.heading(0, 2, "Warning signs ticked", style, KEEP);
    if input.red_flags.is_empty() {
        flow.paragraph(0, "None in this range.", BODY, 0.0);
        return;
    }
    let list = flow.group(0, Role::List);
    for (date, signs) in &input.red_flags {
        flow.item(list, &short(*date), &signs.join("; "), BODY, 78.0);
    }
}

fn notices(flow: &mut Flow<'_>, input: &ReportInput) {
    if input.notices.is_empty() {
        return;
    }
    flow.gap(SECTION_GAP);
    flow.heading(0, 2, "Notices from Mend", H2, KEEP);
    flow.paragraph(0, "Mend's own rules, not a diagnosis: each suggests talking to a clinician.", LEAD, 0.0);
    flow.gap(2.0);
    let list = flow.group(0, Role::List);
    for notice in &input.notices {
        flow.item(list, "•", notice, BODY, 12.0);
    }
}

fn questions(flow: &mut Flow<'_>, input: &ReportInput) {
    flow.gap(SECTION_GAP);
    flow.heading(0, 2, "Questions I want to ask", H2, KEEP);
    if input.questions.trim().is_empty() {
        flow.writing_lines(3, 20.0);
    } else {
        flow.paragraph(0, input.questions.trim(), BODY, 0.0);
    }
}

fn notes(flow: &mut Flow<'_>, input: &ReportInput) {
    let Some(notes) = &input.notes else { return };
    flow.gap(SECTION_GAP);
    flow.heading(0, 2, "My notes", H2, KEEP);
    if notes.is_empty() {
        flow.paragraph(0, "No notes in this range.", BODY, 0.0);
        return;
    }
    let list = flow.group(0, Role::List);
    for (date, text) in notes {
        flow.item(list, &short(*date), text, BODY, 78.0);
        flow.gap(2.0);
    }
}

/// "Made by Mend … not a medical record" and "Page n of m" on every page: artifacts, not content.
fn footers(flow: &mut Flow<'_>, input: &ReportInput) {
    let pages = flow.pages.len();
    let baseline = flow.footer_baseline();
    let left = format!(
        "Summary for my appointment, {} to {}. Made by Mend on {}; not a medical record.",
        short(input.from),
        short(input.to),
        short(input.made_on)
    );
    for page in 0..pages {
        let number = format!("Page {} of {pages}", page + 1);
        let x = flow.right - flow.measure(&number, SMALL);
        let (l, y) = (flow.left, baseline);
        flow.push_to(page, Op::Text { x: l, baseline: y, text: left.clone(), style: SMALL, leaf: None });
        flow.push_to(page, Op::Text { x, baseline: y, text: number, style: SMALL, leaf: None });
    }
}
