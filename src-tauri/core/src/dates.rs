//! Dates as each language writes them: "27 November 2026" and "2026年11月27日". Chart axes,
//! chart summaries and the report share these, so one date reads the same everywhere.

use chrono::{Datelike, NaiveDate};

use crate::i18n::Lang;

/// How much of a date to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "27 November 2026" / "2026年11月27日".
    Long,
    /// "27 Nov 2026" / "2026年11月27日".
    Short,
    /// "27 Nov" / "11月27日".
    DayMonth,
    /// "Nov 2026" / "2026年11月".
    MonthYear,
    /// "2026" / "2026年".
    Year,
    /// "27" / "27日".
    Day,
}

/// `date` in `form`, as `lang` writes it.
pub fn format(lang: Lang, date: NaiveDate, form: Form) -> String {
    if form == Form::Long {
        return crate::i18n::long_date(lang, date);
    }
    match lang {
        Lang::En => {
            let pattern = match form {
                // Long is `i18n::long_date`, above.
                Form::Short | Form::Long => "%-d %b %Y",
                Form::DayMonth => "%-d %b",
                Form::MonthYear => "%b %Y",
                Form::Year => "%Y",
                Form::Day => "%-d",
            };
            date.format(pattern).to_string()
        }
        // Chinese writes dates largest unit first, each number followed by its unit, without spaces.
        Lang::ZhCn => {
            let (y, m, d) = (date.year(), date.month(), date.day());
            match form {
                Form::Short | Form::Long => format!("{y}年{m}月{d}日"),
                Form::DayMonth => format!("{m}月{d}日"),
                Form::MonthYear => format!("{y}年{m}月"),
                Form::Year => format!("{y}年"),
                Form::Day => format!("{d}日"),
            }
        }
    }
}

/// "3–9 Nov", "28 Oct – 3 Nov", "28 Dec 2026 – 3 Jan 2027"; with `year`, always ending in the
/// year. In Chinese "11月3–9日", "10月28日 – 11月3日", with the year first where it is shown.
pub fn span(lang: Lang, from: NaiveDate, to: NaiveDate, year: bool) -> String {
    let date = |d: NaiveDate, with_year: bool| format(lang, d, if with_year { Form::Short } else { Form::DayMonth });
    let end = date(to, year);
    if from == to {
        end
    } else if (from.year(), from.month()) == (to.year(), to.month()) {
        match lang {
            Lang::En => format!("{}–{end}", format(lang, from, Form::Day)),
            // The month leads in Chinese, so the shared part goes first: "11月3–9日".
            _ => format!("{}–{}", date(from, year).trim_end_matches('日'), format(lang, to, Form::Day)),
        }
    } else if from.year() == to.year() {
        format!("{} – {end}", date(from, false))
    } else {
        format!("{} – {}", date(from, true), date(to, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 7).unwrap();
        assert_eq!(format(Lang::En, d, Form::Long), "7 November 2026");
        assert_eq!(format(Lang::En, d, Form::DayMonth), "7 Nov");
        assert_eq!(format(Lang::ZhCn, d, Form::Long), "2026年11月7日");
        assert_eq!(format(Lang::ZhCn, d, Form::DayMonth), "11月7日");
        assert_eq!(format(Lang::ZhCn, d, Form::MonthYear), "2026年11月");
    }
}
