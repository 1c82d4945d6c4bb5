//! Trend charts drawn with plotters into SVG, in a light or dark theme, each with a short text
//! summary (for screen readers and for people who would rather read) and the table behind it.

mod calcium;
mod exercise;
mod pain;
mod summary;

pub(crate) use summary::baseline_named;

use chrono::{Days, NaiveDate};
use plotters::prelude::*;
use serde::Serialize;
use serde_json::Value;

use crate::dates::{self, Form};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::input::Fields;
use crate::model::{Profile, Vocabulary};
use crate::trends::{Range, Trends};

/// Drawing size in SVG user units; the UI scales the image to its card.
pub const WIDTH: u32 = 760;
pub const HEIGHT: u32 = 300;
/// Shorter spans are labelled with dates: a few days share one week number.
const WEEK_AXIS_MIN_DAYS: i64 = 42;
/// The font families asked of the webview: common Simplified Chinese fonts (Linux, macOS,
/// Windows) before the generic family, so Chinese text gets real glyphs and Latin text still
/// falls through to the system's sans-serif where a CJK font covers it less well.
pub const FONT: &str = "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";

crate::vocabulary!(
    /// Which chart.
    ChartKind { Pain = "pain": "Pain", Exercise = "exercise": "Exercise", Calcium = "calcium": "Calcium" }
);
crate::vocabulary!(
    /// Which colour theme.
    ThemeName { Light = "light": "Light", Dark = "dark": "Dark" }
);

/// What `chart_svg` returns.
#[derive(Debug, Clone, Serialize)]
pub struct Chart {
    pub svg: String,
    pub summary: String,
    pub table: Table,
}

/// The numbers behind a chart, as text, for the "show as table" view.
#[derive(Debug, Clone, Serialize, Default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A parsed `chart_svg` request.
#[derive(Debug, Clone, Copy)]
pub struct Request {
    pub chart: ChartKind,
    pub theme: ThemeName,
    pub range: Range,
}

impl Request {
    /// Reads `{ chart, from, to, theme, baselineStart? }`.
    pub fn from_input(value: &Value, today: NaiveDate) -> Result<Self> {
        let range = Range::from_input(value, today, &["chart", "theme"])?;
        let f = Fields::new(value, "what-chart-request", &["chart", "theme", "from", "to", "baselineStart"])?;
        Ok(Request {
            chart: f.one_of("chart", "field-chart", None)?,
            theme: f.one_of("theme", "field-theme", Some(ThemeName::Light))?,
            range,
        })
    }
}

/// Colours of one theme.
pub(crate) struct Theme {
    pub bg: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub axis: RGBColor,
    pub primary: RGBColor,
    pub secondary: RGBColor,
    pub line: RGBColor,
    pub reference: RGBColor,
    pub good: RGBColor,
    pub bad: RGBColor,
    pub soft: RGBColor,
}

impl Theme {
    pub(crate) fn get(name: ThemeName) -> Theme {
        match name {
            ThemeName::Light => Theme {
                bg: RGBColor(0xff, 0xff, 0xff),
                text: RGBColor(0x1e, 0x29, 0x28),
                muted: RGBColor(0x5b, 0x68, 0x66),
                grid: RGBColor(0xea, 0xe5, 0xdd),
                axis: RGBColor(0xb9, 0xb0, 0xa3),
                primary: RGBColor(0x2f, 0x7d, 0x6d),
                secondary: RGBColor(0xd9, 0x73, 0x5f),
                line: RGBColor(0x1d, 0x4f, 0x6f),
                reference: RGBColor(0x8a, 0x7f, 0x70),
                good: RGBColor(0x2e, 0x8b, 0x57),
                bad: RGBColor(0xc0, 0x39, 0x2b),
                soft: RGBColor(0x9c, 0xc9, 0xbd),
            },
            ThemeName::Dark => Theme {
                bg: RGBColor(0x1b, 0x23, 0x22),
                text: RGBColor(0xe6, 0xec, 0xea),
                muted: RGBColor(0x9f, 0xb0, 0xad),
                grid: RGBColor(0x2c, 0x37, 0x35),
                axis: RGBColor(0x4a, 0x59, 0x57),
                primary: RGBColor(0x6c, 0xc3, 0xae),
                secondary: RGBColor(0xf0, 0x8a, 0x84),
                line: RGBColor(0x8e, 0xc5, 0xff),
                reference: RGBColor(0xa8, 0x9f, 0x90),
                good: RGBColor(0x6f, 0xd3, 0x9b),
                bad: RGBColor(0xff, 0x7b, 0x6e),
                soft: RGBColor(0x37, 0x67, 0x5d),
            },
        }
    }

    pub(crate) fn font(&self, size: u32) -> TextStyle<'static> {
        (FONT, size).into_font().color(&self.text)
    }

    pub(crate) fn muted_font(&self, size: u32) -> TextStyle<'static> {
        (FONT, size).into_font().color(&self.muted)
    }
}

/// How x positions (day or week indices from the range start) are labelled: weeks after
/// birth when a birth date is known, else dates in a form that suits the span.
pub(crate) struct XLabels {
    pub from: NaiveDate,
    pub birth: Option<NaiveDate>,
    pub span_days: i64,
    /// Days per x unit: 1 for daily charts, 7 for weekly ones.
    pub step: u64,
    /// The language of the labels and the axis title.
    pub lang: Lang,
}

impl XLabels {
    /// Weeks after birth label the axis only over spans long enough for several distinct weeks.
    pub(crate) fn new(trends: &Trends, step: u64, lang: Lang) -> Self {
        let span_days = (trends.to - trends.from).num_days() + 1;
        XLabels { from: trends.from, birth: trends.birth_date, span_days, step, lang }
    }

    /// The birth date, when the axis counts weeks after it.
    fn weeks_after(&self) -> Option<NaiveDate> {
        self.birth.filter(|_| self.span_days > WEEK_AXIS_MIN_DAYS)
    }

    pub(crate) fn date_at(&self, x: f64) -> NaiveDate {
        let index = x.round().max(0.0) as u64;
        self.from + Days::new(index * self.step)
    }

    pub(crate) fn label(&self, x: f64) -> String {
        if x < -0.01 || (x - x.round()).abs() > 0.01 {
            return String::new();
        }
        let date = self.date_at(x);
        if let Some(birth) = self.weeks_after() {
            let week = (date - birth).num_days().div_euclid(7);
            return i18n::t(self.lang, "chart-week", &[("week", week.into())]);
        }
        let form = if self.span_days <= 120 {
            Form::DayMonth
        } else if self.span_days <= 3 * 366 {
            Form::MonthYear
        } else {
            Form::Year
        };
        dates::format(self.lang, date, form)
    }

    /// The x axis's title; `dates_title` names it when it is labelled with dates and no birth
    /// date is known ("Date", or "Week starting" for weekly bars).
    pub(crate) fn title(&self, dates_title: String) -> String {
        match (self.weeks_after(), self.birth) {
            (Some(_), _) => i18n::t(self.lang, "chart-axis-weeks-after-birth", &[]),
            (None, Some(birth)) => {
                let week = |d: NaiveDate| (d - birth).num_days().div_euclid(7);
                let last = self.from + Days::new((self.span_days - 1) as u64);
                let args = [("from", week(self.from).into()), ("to", week(last).into())];
                i18n::t(self.lang, "chart-axis-date-weeks", &args)
            }
            (None, None) => dates_title,
        }
    }

    /// The x position of 6 weeks after birth, if it falls in the range.
    pub(crate) fn six_weeks(&self) -> Option<f64> {
        let six = self.birth? + Days::new(42);
        let days = (six - self.from).num_days();
        (days >= 0 && days < self.span_days).then(|| days as f64 / self.step as f64)
    }
}

/// Draws `request` over `trends`, every word in `lang`.
pub fn draw(request: &Request, trends: &Trends, profile: &Profile, lang: Lang) -> Result<Chart> {
    let theme = Theme::get(request.theme);
    let mut svg = String::new();
    let drawn = match request.chart {
        ChartKind::Pain => pain::draw(&mut svg, trends, &theme, lang),
        ChartKind::Exercise => exercise::draw(&mut svg, trends, &theme, lang),
        ChartKind::Calcium => calcium::draw(&mut svg, trends, profile, &theme, lang),
    };
    drawn.map_err(|e| Error::Chart(format!("the {} chart could not be drawn: {e}", request.chart.as_str())))?;
    let (summary, table) = match request.chart {
        ChartKind::Pain => (summary::pain(trends, lang), summary::pain_table(trends, lang)),
        ChartKind::Exercise => (summary::exercise(trends, lang), summary::exercise_table(trends, lang)),
        ChartKind::Calcium => (summary::calcium(trends, profile, lang), summary::calcium_table(trends, lang)),
    };
    Ok(Chart { svg, summary, table })
}

/// The error type of drawing into an SVG string.
pub(crate) type DrawResult = std::result::Result<(), Box<dyn std::error::Error>>;

/// How a legend entry is drawn.
#[derive(Clone, Copy)]
pub(crate) enum Key {
    Dot,
    Ring,
    Bar,
    Line,
    Dashed,
    Triangle,
}

/// Splits off a band at the top of `root` and draws the legend in it, so the legend never
/// covers data: one row, or more when the labels do not fit in one. Returns the area left for
/// the chart.
pub(crate) fn with_legend<'a>(
    root: &DrawingArea<SVGBackend<'a>, plotters::coord::Shift>,
    items: &[(Key, RGBColor, String)],
    theme: &Theme,
) -> std::result::Result<DrawingArea<SVGBackend<'a>, plotters::coord::Shift>, Box<dyn std::error::Error>> {
    const ROW: i32 = 30;
    const START: i32 = 60;
    let step = |label: &str| 20 + (em_width(label) * 15.0 * 0.81) as i32 + 18;
    // Where each item goes: a new row when it would run past the right edge.
    let mut places = Vec::with_capacity(items.len());
    let (mut x, mut row) = (START, 0);
    for (_, _, label) in items {
        if x > START && x + step(label) - 18 > WIDTH as i32 {
            (x, row) = (START, row + 1);
        }
        places.push((x, row));
        x += step(label);
    }
    let (band, rest) = root.split_vertically(ROW * (row + 1));
    for ((key, color, label), (x, row)) in items.iter().zip(places) {
        let y = 16 + ROW * row;
        let c = *color;
        match key {
            Key::Dot => band.draw(&Circle::new((x + 6, y), 4, c.filled()))?,
            Key::Ring => band.draw(&Circle::new((x + 6, y), 4, c.stroke_width(2)))?,
            Key::Bar => band.draw(&Rectangle::new([(x, y - 6), (x + 12, y + 6)], c.filled()))?,
            Key::Line => band.draw(&PathElement::new([(x - 2, y), (x + 14, y)], c.stroke_width(3)))?,
            Key::Dashed => {
                band.draw(&PathElement::new([(x - 2, y), (x + 4, y)], c.stroke_width(2)))?;
                band.draw(&PathElement::new([(x + 8, y), (x + 14, y)], c.stroke_width(2)))?;
            }
            Key::Triangle => band.draw(&TriangleMarker::new((x + 6, y), 6, c.filled()))?,
        }
        band.draw(&Text::new(label.clone(), (x + 20, y - 8), theme.font(15)))?;
    }
    Ok(rest)
}

/// The width of `text` in ems, as the naive metrics of plotters' SVG backend estimate it:
/// about 0.6 em a Latin character, a full em for a Chinese one (CJK glyphs are square).
fn em_width(text: &str) -> f64 {
    text.chars().map(|c| if is_wide(c) { 1.0 } else { 0.6 }).sum()
}

/// Whether `c` is a full-width (CJK) character.
pub(crate) fn is_wide(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FFEF}')
}

/// The chart type every Mend chart draws on.
pub(crate) type Plot<'a, 'b> = ChartContext<
    'a,
    SVGBackend<'b>,
    Cartesian2d<plotters::coord::types::RangedCoordf64, plotters::coord::types::RangedCoordf64>,
>;

/// Axes, labels and horizontal grid lines in the theme's colours.
pub(crate) fn mesh(chart: &mut Plot<'_, '_>, x: &XLabels, x_title: String, y_title: &str, theme: &Theme) -> DrawResult {
    chart
        .configure_mesh()
        .disable_x_mesh()
        .max_light_lines(0)
        .y_labels(6)
        .x_labels(8)
        .x_label_formatter(&|v| x.label(*v))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .bold_line_style(theme.grid)
        .axis_style(theme.axis)
        .label_style(theme.font(16))
        .x_desc(x_title)
        .y_desc(y_title)
        .axis_desc_style(theme.muted_font(15))
        .draw()?;
    Ok(())
}

/// A vertical marker line with a label at its top.
pub(crate) fn marker(chart: &mut Plot<'_, '_>, x: f64, top: f64, label: &str, theme: &Theme) -> DrawResult {
    chart.draw_series(DashedLineSeries::new([(x, 0.0), (x, top)], 4, 4, theme.muted.stroke_width(1)))?;
    // A space keeps the label off the line.
    chart.draw_series(std::iter::once(Text::new(format!(" {label}"), (x, top), theme.muted_font(14))))?;
    Ok(())
}
