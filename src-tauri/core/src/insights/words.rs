//! The sentences of an insight: means with their counts, the difference and its range said as
//! sizes in the difference's direction, never "0.0", never causal.

use crate::i18n::{self, Lang};
use crate::text::thousands;

/// The sentence for a factor with enough days in both groups.
pub(super) fn sentence(
    phrase: &str,
    ((mean_with, n_with), (mean_without, n_without)): ((f64, usize), (f64, usize)),
    difference: f64,
    (low, high): (f64, f64),
    clear: bool,
    lang: Lang,
) -> String {
    let args = [
        ("phrase", phrase.into()),
        ("with", format!("{mean_with:.1}").into()),
        ("nwith", n_with.into()),
        ("without", format!("{mean_without:.1}").into()),
        ("nwithout", n_without.into()),
    ];
    let means = i18n::t(lang, "insight-means", &args);
    let lower = difference < 0.0;
    let collapsed = low == high;
    if clear {
        let said = directed(size(difference, lang), lower, lang);
        if collapsed {
            return i18n::t(lang, "insight-clear", &[("means", means.into()), ("said", said.into())]);
        }
        // Both ends lie on the difference's side of zero: say them as sizes, nearer end first.
        let (near, far) = if lower { (high, low) } else { (low, high) };
        let args = [
            ("means", means.into()),
            ("said", said.into()),
            ("near", size(near, lang).into()),
            ("far", size(far, lang).into()),
            ("lower", if lower { "yes" } else { "no" }.into()),
        ];
        return i18n::t(lang, "insight-clear-range", &args);
    }
    let same = difference.abs() < 0.05;
    let said = if same { i18n::t(lang, "insight-same", &[]) } else { directed(size(difference, lang), lower, lang) };
    if collapsed {
        return i18n::t(lang, "insight-unclear-collapsed", &[("means", means.into()), ("said", said.into())]);
    }
    // The range runs from the side opposite the difference to its own side.
    let (from, to) = if lower { (high, low) } else { (low, high) };
    let args = [
        ("means", means.into()),
        ("said", said.into()),
        ("same", if same { "yes" } else { "no" }.into()),
        ("from", end(from, lang).into()),
        ("to", end(to, lang).into()),
    ];
    i18n::t(lang, "insight-unclear", &args)
}

/// A size with its direction: "0.5 lower", "1.3 higher".
fn directed(size: String, lower: bool, lang: Lang) -> String {
    if lower {
        i18n::t(lang, "insight-lower", &[("size", size.into())])
    } else {
        i18n::t(lang, "insight-higher", &[("size", size.into())])
    }
}

/// A magnitude with one decimal; "under 0.1" rather than a misleading "0.0".
fn size(x: f64, lang: Lang) -> String {
    if x.abs() < 0.05 {
        i18n::t(lang, "insight-under", &[])
    } else {
        format!("{:.1}", x.abs())
    }
}

/// One end of a range that includes zero: "0.5 higher", "under 0.1 lower" or, at zero itself,
/// "no difference".
fn end(x: f64, lang: Lang) -> String {
    if x == 0.0 {
        i18n::t(lang, "insight-none", &[])
    } else {
        directed(size(x, lang), x < 0.0, lang)
    }
}

/// A median as she would write it: "20", "1,250", "6.5", "6.25".
pub(super) fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        thousands(x as i64)
    } else {
        let s = format!("{x:.2}");
        s.trim_end_matches('0').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number(0.0), "0");
        assert_eq!(number(20.0), "20");
        assert_eq!(number(1250.0), "1,250");
        assert_eq!(number(6.5), "6.5");
        assert_eq!(number(6.25), "6.25");
        assert_eq!(number(22.5), "22.5");
    }

    #[test]
    fn range_ends_never_read_zero_point_zero() {
        assert_eq!(end(0.5, Lang::En), "0.5 higher");
        assert_eq!(end(-0.03, Lang::En), "under 0.1 lower");
        assert_eq!(end(0.0, Lang::En), "no difference");
        assert_eq!(size(-1.26, Lang::En), "1.3");
        assert_eq!(end(-0.03, Lang::ZhCn), "低 不到 0.1");
    }
}
