//! "A summary for my appointment": a PDF of two pages or so that she can print or send before
//! seeing a clinician. It puts her pain, exercise and calcium over a range next to the targets
//! they are measured against (all from `facts`), adds the three charts, the warning signs she
//! ticked, Mend's own notices, her questions and, only if she chose, her notes.
//!
//! Pure: the caller loads everything into a [`ReportInput`] (the shell and the CLI fill it
//! from the database) and gets bytes back. [`summary`] gives the numbers without a PDF, so
//! they can be tested on their own. Text is real text in an embedded font (Open Sans; in
//! Chinese a CJK font found on the system, see `fonts`), charts stay vector graphics, and the
//! PDF is tagged for screen readers. Every word is in the input's language (`report.ftl`).
//!
//! The parts: `summary` works out the numbers, `content` and `rows` word them, `layout` pours
//! them onto pages and `pdf` paints and tags those pages with krilla.

mod breaks;
mod content;
mod fonts;
mod layout;
pub mod load;
mod pdf;
mod rows;
mod sheet;
mod summary;

use chrono::{Datelike, NaiveDate};

pub use sheet::recovery_sheet;
pub use summary::{
    CalciumSummary, ExerciseSummary, PainComparison, PainSummary, Stretch, Summary, Verdict, COMPARE_DAYS,
};

use crate::dates::{self, Form};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang, Msg};
use crate::model::Profile;
use crate::trends::Trends;

crate::vocabulary!(
    /// The paper the report is laid out for.
    Paper { A4 = "a4": "A4", Letter = "letter": "US Letter" }
);

impl Paper {
    /// Width and height in PDF points (1/72 inch).
    pub fn size(self) -> (f32, f32) {
        match self {
            // 210 × 297 mm.
            Paper::A4 => (595.276, 841.89),
            // 8.5 × 11 in.
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// One day's ticked signs, as the report lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct FlagDay {
    pub date: NaiveDate,
    /// The card's level for the day (a combination can raise it); `Info` when only signs to
    /// mention at the next appointment were ticked.
    pub level: crate::notice::Level,
    /// The signs' labels in the report's language, most serious first.
    pub signs: Vec<String>,
}

/// Everything the report shows, loaded by the caller.
#[derive(Debug, Clone)]
pub struct ReportInput {
    /// The day the report is made (today).
    pub made_on: NaiveDate,
    /// The range, both ends included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub profile: Profile,
    /// The trends of exactly `from..=to`.
    pub trends: Trends,
    /// Calcium supplement doses above `facts::CALCIUM_DOSE_MG` in the range.
    pub supplement_doses_over_limit: usize,
    /// (title, SVG from `chart::draw` in the light theme), in the order shown.
    pub charts: Vec<(String, String)>,
    /// Days on which warning signs were ticked, each with its level and the signs' labels.
    pub red_flags: Vec<FlagDay>,
    /// Mend's own rule notices that fired in the range ("Mend's own rule, not a diagnosis").
    pub notices: Vec<String>,
    /// What went with better or worse days over the range: the insights with numbers (at most
    /// five, clearest first, as Trends shows them) and the "mostly following your recovery" line.
    pub insights: Vec<String>,
    pub insights_note: Option<String>,
    /// "Questions I want to ask"; may be empty (the report then leaves lines to write on).
    pub questions: String,
    /// Her notes, only when she chose to include them.
    pub notes: Option<Vec<(NaiveDate, String)>>,
    pub paper: Paper,
    /// The language the report is written in (the one in force when it was asked for).
    pub lang: Lang,
}

/// The numbers the report shows, without making a PDF.
pub fn summary(input: &ReportInput) -> Summary {
    summary::summary(input)
}

/// Makes the report as PDF bytes. A range without a single pain, exercise or calcium entry is
/// refused: an empty report would only look like good news.
pub fn render(input: &ReportInput) -> Result<Vec<u8>> {
    let lang = input.lang;
    // A message, not a sentence: said in English in logs and in her language where she reads it.
    let refused = |id: &'static str| {
        let day =
            |d: NaiveDate| Msg::new("long-date").arg("year", d.year()).arg("month", d.month()).arg("day", d.day());
        Msg::new(id).arg("from", day(input.from)).arg("to", day(input.to))
    };
    if input.from > input.to {
        return Err(Error::invalid("to", refused("pdf-end-before-start")));
    }
    if !summary::has_entries(&input.trends) {
        return Err(Error::invalid("from", refused("pdf-no-entries")));
    }
    let numbers = summary::summary(input);
    let fonts = fonts::Fonts::load(lang)?;
    let options = usvg::Options {
        fontdb: std::sync::Arc::clone(&fonts.svg),
        font_family: fonts.family.clone(),
        ..usvg::Options::default()
    };
    let charts = input
        .charts
        .iter()
        .map(|(title, svg)| {
            usvg::Tree::from_str(svg, &options)
                .map_err(|e| Error::Report(format!("the chart \u{201c}{title}\u{201d} could not be read ({e})")))
        })
        .collect::<Result<Vec<_>>>()?;
    let aspects: Vec<f32> = charts.iter().map(|t| t.size().height() / t.size().width()).collect();

    let mut flow = layout::Flow::new(&fonts, input.paper.size());
    content::compose(&mut flow, input, &numbers, &aspects);
    let long = |d: NaiveDate| dates::format(lang, d, Form::Long);
    let range = [("from", long(input.from).into()), ("to", long(input.to).into())];
    let meta = pdf::Meta { title: i18n::t(lang, "pdf-pdf-title", &range), made_on: input.made_on, lang };
    pdf::paint(&flow, &fonts, &charts, &meta)
}

/// What goes into a report for the appointment.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportRequest {
    pub range: crate::trends::Range,
    /// Include her notes (off unless she asks: notes are private).
    pub notes: bool,
    /// "Questions I want to ask", trimmed; may be empty.
    pub questions: String,
    pub paper: Paper,
}
