//! The recovery sheet: one page with her recovery code, to print or keep as a PDF when she
//! turns encryption on. It says what the code is for and where to keep it; nothing else of
//! hers is on it.

use chrono::NaiveDate;

use super::fonts::Fonts;
use super::layout::{Flow, Style, ACCENT, INK, MUTED};
use crate::error::Result;
use crate::i18n::{self, Lang};

const H1: Style = Style::new(true, 16.0, INK);
const BODY: Style = Style::new(false, 11.0, INK);
const CODE: Style = Style::new(true, 22.0, ACCENT);
const SMALL: Style = Style::new(false, 9.0, MUTED);

/// The recovery sheet for `code`, in `lang`, on A4.
pub fn recovery_sheet(code: &str, lang: Lang, made_on: NaiveDate) -> Result<Vec<u8>> {
    let fonts = Fonts::load(lang)?;
    let mut flow = Flow::new(&fonts, super::Paper::A4.size());
    let root = 0;
    let title = i18n::t(lang, "sheet-title", &[]);
    flow.heading(root, 1, &title, H1, 80.0);
    flow.gap(10.0);
    flow.paragraph(root, &i18n::t(lang, "sheet-what", &[]), BODY, 0.0);
    flow.gap(18.0);
    flow.paragraph(root, code, CODE, 24.0);
    flow.gap(18.0);
    let how = [i18n::t(lang, "sheet-how", &[]), i18n::t(lang, "sheet-keep", &[]), i18n::t(lang, "sheet-lost", &[])];
    for text in how {
        flow.paragraph(root, &text, BODY, 0.0);
        flow.gap(8.0);
    }
    flow.gap(12.0);
    let made = super::content::long(lang, made_on);
    flow.paragraph(root, &i18n::t(lang, "sheet-made", &[("date", made.into())]), SMALL, 0.0);
    let meta = super::pdf::Meta { title, made_on, lang };
    super::pdf::paint(&flow, &fonts, &[], &meta)
}
