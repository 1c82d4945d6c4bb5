//! Honest insights: how her pain went on days with and without each factor (exercise the day
//! before, calcium, sleep, mood, her own tags), with a 95% interval for the difference.
//!
//! A diary is small and noisy, so this module is deliberately cautious. A group with fewer than
//! `MIN_DAYS` days shows no numbers at all, only how many days it has; a difference is called
//! clear only when its interval leaves out zero; and every sentence says what went together,
//! never what caused what. Pure arithmetic over days the caller loaded: no SQL, no clock.

use chrono::NaiveDate;
use serde::Serialize;
use statrs::distribution::{ContinuousCDF, StudentsT};

use crate::i18n::{self, Lang};
use crate::text::{clip, thousands};

/// Days needed in EACH group before any number is shown.
pub const MIN_DAYS: usize = 7;

/// One calendar day of her diary, as the caller loaded it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Day {
    pub date: NaiveDate,
    /// Mean of the day's pain check-ins (0–10); `None` if none was logged. Only days with pain count.
    pub pain: Option<f64>,
    /// Exercise minutes logged on the previous calendar day.
    pub exercise_day_before: u64,
    /// Calcium logged that day, 0 if none.
    pub calcium_mg: u64,
    /// Sleep logged for that day (the night before), in hours.
    pub sleep_hours: Option<f64>,
    /// Mood 0–10 logged that day.
    pub mood: Option<u8>,
    /// Ids of her own tags that were on that day.
    pub tags: Vec<i64>,
}

/// One of her tags that is still in use (retired tags are not passed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub id: i64,
    pub name: String,
}

/// Her pain on days with and without one factor.
///
/// Numbers are `None` unless both groups have at least `MIN_DAYS` days. Means, difference and
/// interval keep full precision; `text` rounds them to one decimal.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Insight {
    /// "exercise", "calcium", "sleep", "mood" or "tag:<id>".
    pub factor: String,
    /// "Exercise the day before", "Calcium", "Sleep", "Mood" or the tag's name.
    pub label: String,
    pub n_with: usize,
    pub n_without: usize,
    pub mean_with: Option<f64>,
    pub mean_without: Option<f64>,
    /// `mean_with − mean_without`: positive means more pain on days with the factor.
    pub difference: Option<f64>,
    /// The 95% interval for `difference` (Welch's t).
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// The interval leaves out zero.
    pub clear: bool,
    /// One or two sentences for her, never causal.
    pub text: String,
}

/// The numeric factors, in the order they are computed (the result is sorted afterwards).
#[derive(Debug, Clone, Copy)]
enum Numeric {
    Exercise,
    Calcium,
    Sleep,
    Mood,
}

impl Numeric {
    const ALL: [Numeric; 4] = [Numeric::Exercise, Numeric::Calcium, Numeric::Sleep, Numeric::Mood];

    fn factor(self) -> &'static str {
        match self {
            Numeric::Exercise => "exercise",
            Numeric::Calcium => "calcium",
            Numeric::Sleep => "sleep",
            Numeric::Mood => "mood",
        }
    }

    fn label(self, lang: Lang) -> String {
        match self {
            Numeric::Exercise => i18n::t(lang, "insight-label-exercise", &[]),
            Numeric::Calcium => i18n::t(lang, "insight-label-calcium", &[]),
            Numeric::Sleep => i18n::t(lang, "insight-label-sleep", &[]),
            Numeric::Mood => i18n::t(lang, "insight-label-mood", &[]),
        }
    }

    fn value(self, day: &Day) -> Option<f64> {
        match self {
            Numeric::Exercise => Some(day.exercise_day_before as f64),
            Numeric::Calcium => Some(day.calcium_mg as f64),
            Numeric::Sleep => day.sleep_hours.filter(|h| h.is_finite()),
            Numeric::Mood => day.mood.map(f64::from),
        }
    }

    /// How the "with" days are named, for a split above `median`.
    fn phrase(self, median: f64, lang: Lang) -> String {
        let m = [("median", number(median).into())];
        match self {
            Numeric::Exercise if median == 0.0 => i18n::t(lang, "insight-with-exercise-any", &[]),
            Numeric::Exercise => i18n::t(lang, "insight-with-exercise", &m),
            Numeric::Calcium if median == 0.0 => i18n::t(lang, "insight-with-calcium-any", &[]),
            Numeric::Calcium => i18n::t(lang, "insight-with-calcium", &m),
            Numeric::Sleep => i18n::t(lang, "insight-with-sleep", &m),
            Numeric::Mood => i18n::t(lang, "insight-with-mood", &m),
        }
    }
}

/// Every factor's insight, clear ones first (largest difference first), then those with numbers
/// but no clear difference, then those without enough data (closest to enough first); ties go
/// by label, ignoring case, as her own tags may be written in either. In English; see
/// [`insights_in`].
pub fn insights(days: &[Day], tags: &[Tag]) -> Vec<Insight> {
    insights_in(days, tags, Lang::En)
}

/// [`insights`] with labels and sentences in `lang`.
pub fn insights_in(days: &[Day], tags: &[Tag], lang: Lang) -> Vec<Insight> {
    let counted: Vec<(&Day, f64)> =
        days.iter().filter_map(|d| d.pain.filter(|p| p.is_finite()).map(|p| (d, p))).collect();
    let mut out = Vec::with_capacity(Numeric::ALL.len() + tags.len());
    for factor in Numeric::ALL {
        let (with, without, median) = split_numeric(&counted, factor);
        let phrase = median.map(|m| factor.phrase(m, lang)).unwrap_or_default();
        out.push(compare(factor.factor().into(), factor.label(lang), &phrase, &with, &without, lang));
    }
    for tag in tags {
        let (with, without): (Vec<_>, Vec<_>) = counted.iter().partition(|(d, _)| d.tags.contains(&tag.id));
        let pains = |g: Vec<&(&Day, f64)>| g.into_iter().map(|(_, p)| *p).collect::<Vec<_>>();
        let phrase = i18n::t(lang, "insight-with-tag", &[("tag", clip(&tag.name).into())]);
        let (with, without) = (pains(with), pains(without));
        out.push(compare(format!("tag:{}", tag.id), tag.name.clone(), &phrase, &with, &without, lang));
    }
    out.sort_by(|a, b| {
        rank(a)
            .cmp(&rank(b))
            .then_with(|| match (a.difference, b.difference) {
                (Some(x), Some(y)) => y.abs().total_cmp(&x.abs()),
                _ => b.n_with.min(b.n_without).cmp(&a.n_with.min(a.n_without)),
            })
            .then_with(|| a.label.to_lowercase().cmp(&b.label.to_lowercase()))
            .then_with(|| a.factor.cmp(&b.factor))
    });
    out
}

/// 0 clear, 1 numbers but not clear, 2 not enough data.
fn rank(i: &Insight) -> u8 {
    match (i.clear, i.difference) {
        (true, _) => 0,
        (false, Some(_)) => 1,
        (false, None) => 2,
    }
}

/// Pains of the counted days above her median of `factor` ("with") and at or below it
/// ("without"), and that median; days without a value for the factor are left out.
fn split_numeric(counted: &[(&Day, f64)], factor: Numeric) -> (Vec<f64>, Vec<f64>, Option<f64>) {
    let valued: Vec<(f64, f64)> = counted.iter().filter_map(|(d, p)| factor.value(d).map(|v| (v, *p))).collect();
    let Some(median) = median(valued.iter().map(|(v, _)| *v).collect()) else {
        return (Vec::new(), Vec::new(), None);
    };
    let (with, without): (Vec<_>, Vec<_>) = valued.into_iter().partition(|(v, _)| *v > median);
    let pains = |g: Vec<(f64, f64)>| g.into_iter().map(|(_, p)| p).collect();
    (pains(with), pains(without), Some(median))
}

/// The middle value, or the mean of the two middle ones; `None` for no values.
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}

/// The insight for one factor, from the pains of its two groups.
fn compare(factor: String, label: String, phrase: &str, with: &[f64], without: &[f64], lang: Lang) -> Insight {
    let (n_with, n_without) = (with.len(), without.len());
    let mut insight = Insight {
        factor,
        label,
        n_with,
        n_without,
        mean_with: None,
        mean_without: None,
        difference: None,
        low: None,
        high: None,
        clear: false,
        text: String::new(),
    };
    if n_with.min(n_without) < MIN_DAYS {
        // Nothing but the count: a mean of a few days would read as a finding.
        let args =
            [("label", insight.label.clone().into()), ("n", n_with.min(n_without).into()), ("min", MIN_DAYS.into())];
        insight.text = i18n::t(lang, "insight-not-enough", &args);
        return insight;
    }
    let (mean_with, var_with) = mean_var(with);
    let (mean_without, var_without) = mean_var(without);
    let difference = mean_with - mean_without;
    let (low, high) = welch_interval(difference, (var_with, n_with), (var_without, n_without));
    let clear = low > 0.0 || high < 0.0;
    let groups = ((mean_with, n_with), (mean_without, n_without));
    insight.text = sentence(phrase, groups, difference, (low, high), clear, lang);
    insight.mean_with = Some(mean_with);
    insight.mean_without = Some(mean_without);
    insight.difference = Some(difference);
    insight.low = Some(low);
    insight.high = Some(high);
    insight.clear = clear;
    insight
}

/// Mean and sample variance (n − 1); callers pass at least two values.
fn mean_var(xs: &[f64]) -> (f64, f64) {
    let n = xs.len() as f64;
    let mean = xs.iter().sum::<f64>() / n;
    let var = xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0);
    (mean, var)
}

/// Welch's 95% interval for a difference of means: unequal variances and group sizes are the
/// rule in a diary. When neither group varies at all, the standard error is zero and
/// Welch–Satterthwaite's df is 0/0; the interval then collapses to the difference itself (every
/// day said the same thing), so it is clear exactly when the difference is not zero.
fn welch_interval(difference: f64, (var_a, n_a): (f64, usize), (var_b, n_b): (f64, usize)) -> (f64, f64) {
    let (a, b) = (var_a / n_a as f64, var_b / n_b as f64);
    let se2 = a + b;
    if se2 <= 0.0 || !se2.is_finite() {
        return (difference, difference);
    }
    let df = se2 * se2 / (a * a / (n_a as f64 - 1.0) + b * b / (n_b as f64 - 1.0));
    // Welch's df always lies between the smaller group's n − 1 and n_a + n_b − 2; clamping only
    // guards rounding, and keeps df ≥ 6 so the distribution below always exists.
    let smaller = (n_a.min(n_b) - 1) as f64;
    let df = if df.is_finite() { df.clamp(smaller, (n_a + n_b - 2) as f64) } else { smaller };
    // statrs (statrs-dev, widely used, MIT): its Student t quantile inverts the regularised
    // incomplete beta function, exact to double precision, which beats hand-rolling an
    // approximation; without its default features it brings only num-traits and approx.
    let t = StudentsT::new(0.0, 1.0, df).expect("df is at least MIN_DAYS - 1").inverse_cdf(0.975);
    let half = t * se2.sqrt();
    (difference - half, difference + half)
}

/// The sentence for a factor with enough days in both groups.
fn sentence(
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
fn number(x: f64) -> String {
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
    fn median_of_odd_even_and_none() {
        assert_eq!(median(vec![]), None);
        assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
        assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
    }

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

    #[test]
    fn welch_matches_a_worked_example() {
        // Two groups with variances 1 and 4, n = 10 each: se² = 0.5, df = 0.25 / (0.01/9 + 0.16/9)
        // = 13.2353, and t(0.975, 13.2353) = 2.156471 (numerical integration of the t density).
        let (low, high) = welch_interval(1.0, (1.0, 10), (4.0, 10));
        let half = (high - low) / 2.0;
        assert!((half - 2.156471 * 0.5f64.sqrt()).abs() < 1e-5, "half-width {half}");
        assert!(((low + high) / 2.0 - 1.0).abs() < 1e-12);
    }

    #[test]
    fn zero_variance_collapses_the_interval() {
        assert_eq!(welch_interval(2.0, (0.0, 7), (0.0, 9)), (2.0, 2.0));
        let (low, high) = welch_interval(2.0, (0.0, 7), (1.0, 9));
        assert!(low.is_finite() && high.is_finite() && low < 2.0 && high > 2.0);
    }
}
