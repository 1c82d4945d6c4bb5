//! Honest insights: how her pain went on days with and without each factor (exercise the day
//! before, calcium, sleep, mood, her own tags), with an interval for the difference.
//!
//! A diary is small and noisy, so this module is deliberately cautious. A group with fewer than
//! `MIN_DAYS` days shows no numbers at all, only how many days it has; and every sentence says
//! what went together, never what caused what.
//!
//! **Recovery is not a factor.** After a birth, pain falls week by week while activity rises
//! week by week, so a plain with/without comparison over the range finds the recovery itself.
//! Each day is therefore compared with the days around it: its pain minus her local level, a
//! local linear fit (tricube weights, Cleveland's LOESS, JASA 1979) to the pain of the *other*
//! days within `WINDOW_DAYS` either side. A factor counts as clear only if days with it differ
//! from the days around them more than days without it do. This is the standard way single-case
//! (n-of-1) and time-series analyses keep a trend from masquerading as an effect: remove the
//! local trend, then compare (Shadish, Hedges & Pustejovsky 2014, J School Psychol 52:123,
//! on trend in single-case designs; Chatfield, The Analysis of Time Series, ch. 2).
//!
//! **Neighbouring days are alike.** Left-over day-to-day dependence makes a plain Welch interval
//! too narrow, so each group's size is replaced by an effective size from the lag-1
//! autocorrelation of the adjusted days, n·(1 − ρ)/(1 + ρ) for ρ > 0 (Bayley & Hammersley 1946;
//! Zwiers & von Storch 1995, J Climate 8:336), before Welch's t.
//!
//! **Many factors, one diary.** With up to ten factors, one would look "clear" by chance now and
//! then. A factor is clear only if the Benjamini–Hochberg procedure at `FDR` across every factor
//! with numbers selects it, and every interval is shown at the matching false-coverage level
//! 1 − FDR·R/m (Benjamini & Yekutieli 2005, JASA 100:71), so an interval leaves out zero exactly
//! when its factor is clear. With one factor this is the usual 95% interval.
//!
//! Pure arithmetic over days the caller loaded: no SQL, no clock.

use chrono::NaiveDate;
use serde::Serialize;
use statrs::distribution::{ContinuousCDF, StudentsT};

pub mod load;
mod trend;
mod words;

use crate::i18n::{self, Lang};
use crate::text::clip;
use trend::{adjust, effective_share, trend_share, Counted};
use words::{number, sentence};

/// Days needed in EACH group before any number is shown.
pub const MIN_DAYS: usize = 7;
/// A day's local level comes from the other days up to this many calendar days either side.
pub const WINDOW_DAYS: i64 = 7;
/// The false discovery rate across factors (Benjamini–Hochberg).
pub const FDR: f64 = 0.05;
/// The share of her pain's day-to-day variation the local trend must explain before Mend says
/// that day-to-day factors are hard to see yet.
pub const MOSTLY_TREND: f64 = 0.5;

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
/// Numbers are `None` unless both groups have at least `MIN_DAYS` days. The means are her plain
/// averages; the difference and its interval compare each day with the days around it (see the
/// module). They keep full precision; `text` rounds them to one decimal.
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
    /// How much more pain days with the factor had than the days around them, minus the same for
    /// days without it: positive means more pain on days with the factor.
    pub difference: Option<f64>,
    /// The interval for `difference` (Welch's t on effective sizes, at the level that keeps the
    /// false discovery rate across factors at `FDR`).
    pub low: Option<f64>,
    pub high: Option<f64>,
    /// Selected by Benjamini–Hochberg: the interval leaves out zero.
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

/// What the Trends screen shows: every factor's insight, and a line when her pain is mostly
/// following its own trend, so that day-to-day factors are hard to see yet.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Overview {
    pub insights: Vec<Insight>,
    /// Present when her local trend explains at least `MOSTLY_TREND` of the day-to-day variation.
    pub trend_note: Option<String>,
    /// The share of that variation her local trend explains, when there are days enough to say.
    pub trend_share: Option<f64>,
}

/// Every factor's insight and the trend line, in `lang`.
pub fn overview_in(days: &[Day], tags: &[Tag], lang: Lang) -> Overview {
    let adjusted = adjust(days);
    let share = trend_share(&adjusted);
    Overview {
        insights: insights_of(&adjusted, tags, lang),
        trend_note: share.filter(|s| *s >= MOSTLY_TREND).map(|_| i18n::t(lang, "insight-mostly-trend", &[])),
        trend_share: share,
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
    insights_of(&adjust(days), tags, lang)
}

/// The insights of the adjusted days, sorted (see [`insights`]).
fn insights_of(counted: &[Counted<'_>], tags: &[Tag], lang: Lang) -> Vec<Insight> {
    let share = effective_share(counted);
    let mut groups: Vec<(String, String, String, Groups)> = Vec::with_capacity(Numeric::ALL.len() + tags.len());
    for factor in Numeric::ALL {
        let (split, median) = split_numeric(counted, factor);
        let phrase = median.map(|m| factor.phrase(m, lang)).unwrap_or_default();
        groups.push((factor.factor().into(), factor.label(lang), phrase, split));
    }
    for tag in tags {
        let mut split = Groups::default();
        for c in counted {
            split.push(c.day.tags.contains(&tag.id), c);
        }
        let phrase = i18n::t(lang, "insight-with-tag", &[("tag", clip(&tag.name).into())]);
        groups.push((format!("tag:{}", tag.id), tag.name.clone(), phrase, split));
    }

    // Each factor with days enough on both sides, then Benjamini–Hochberg across them.
    let tests: Vec<Option<Test>> = groups.iter().map(|(.., g)| g.test(share)).collect();
    let mut p: Vec<f64> = tests.iter().flatten().map(|t| t.p).collect();
    let m = p.len();
    p.sort_by(f64::total_cmp);
    let selected = (1..=m).rev().find(|&k| p[k - 1] <= FDR * k as f64 / m as f64).unwrap_or(0);
    let alpha = FDR * selected.max(1) as f64 / m.max(1) as f64;
    let cutoff = if selected == 0 { -1.0 } else { alpha };

    let mut out: Vec<Insight> = groups
        .into_iter()
        .zip(tests)
        .map(|((factor, label, phrase, g), test)| compare(factor, label, &phrase, &g, test, (alpha, cutoff), lang))
        .collect();
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

/// The days with a factor and without it: their pain, and their pain against the days around.
#[derive(Debug, Default)]
struct Groups {
    with: (Vec<f64>, Vec<f64>),
    without: (Vec<f64>, Vec<f64>),
}

impl Groups {
    fn push(&mut self, with: bool, c: &Counted<'_>) {
        let side = if with { &mut self.with } else { &mut self.without };
        side.0.push(c.pain);
        side.1.push(c.adjusted);
    }

    /// Welch's t on the adjusted days with effective sizes `n·share`; `None` below `MIN_DAYS`.
    fn test(&self, share: f64) -> Option<Test> {
        let (n_a, n_b) = (self.with.1.len(), self.without.1.len());
        if n_a.min(n_b) < MIN_DAYS {
            return None;
        }
        let (mean_a, var_a) = mean_var(&self.with.1);
        let (mean_b, var_b) = mean_var(&self.without.1);
        let difference = mean_a - mean_b;
        // Never fewer than two effective days a side, so the variance terms stay defined.
        let eff = |n: usize| (n as f64 * share).max(2.0);
        let (e_a, e_b) = (eff(n_a), eff(n_b));
        let (a, b) = (var_a / e_a, var_b / e_b);
        let se2 = a + b;
        if se2 <= 0.0 || !se2.is_finite() {
            // Neither group varies: every day said the same thing, and the interval collapses.
            let p = if difference == 0.0 { 1.0 } else { 0.0 };
            return Some(Test { difference, se: 0.0, df: 1.0, p });
        }
        let df = se2 * se2 / (a * a / (e_a - 1.0) + b * b / (e_b - 1.0));
        // Welch's df lies between the smaller group's n − 1 and n_a + n_b − 2; clamping only
        // guards rounding and keeps the distribution below defined.
        let low = (e_a.min(e_b) - 1.0).max(1.0);
        let df = if df.is_finite() { df.clamp(low, (e_a + e_b - 2.0).max(low)) } else { low };
        let se = se2.sqrt();
        // statrs (statrs-dev, widely used, MIT): its Student t quantile and CDF invert the
        // regularised incomplete beta function, exact to double precision.
        let t = StudentsT::new(0.0, 1.0, df).expect("df is at least 1");
        let p = 2.0 * (1.0 - t.cdf(difference.abs() / se));
        Some(Test { difference, se, df, p })
    }
}

/// One factor's comparison before the levels across factors are known.
#[derive(Debug, Clone, Copy)]
struct Test {
    difference: f64,
    se: f64,
    df: f64,
    p: f64,
}

impl Test {
    /// The two-sided interval at level 1 − `alpha`.
    fn interval(&self, alpha: f64) -> (f64, f64) {
        if self.se == 0.0 {
            return (self.difference, self.difference);
        }
        let t = StudentsT::new(0.0, 1.0, self.df).expect("df is at least 1").inverse_cdf(1.0 - alpha / 2.0);
        (self.difference - t * self.se, self.difference + t * self.se)
    }
}

/// The counted days above her median of `factor` ("with") and at or below it ("without"), and
/// that median; days without a value for the factor are left out.
fn split_numeric(counted: &[Counted<'_>], factor: Numeric) -> (Groups, Option<f64>) {
    let valued: Vec<(f64, &Counted<'_>)> = counted.iter().filter_map(|c| factor.value(c.day).map(|v| (v, c))).collect();
    let mut groups = Groups::default();
    let Some(median) = median(valued.iter().map(|(v, _)| *v).collect()) else {
        return (groups, None);
    };
    for (v, c) in valued {
        groups.push(v > median, c);
    }
    (groups, Some(median))
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

/// The insight for one factor: `alpha` is the level its interval is shown at, and it is clear
/// when its p-value is at most `cutoff` (Benjamini–Hochberg's, or below zero when none is).
fn compare(
    factor: String,
    label: String,
    phrase: &str,
    groups: &Groups,
    test: Option<Test>,
    (alpha, cutoff): (f64, f64),
    lang: Lang,
) -> Insight {
    let (n_with, n_without) = (groups.with.0.len(), groups.without.0.len());
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
    let Some(test) = test else {
        // Nothing but the count: a mean of a few days would read as a finding.
        let args =
            [("label", insight.label.clone().into()), ("n", n_with.min(n_without).into()), ("min", MIN_DAYS.into())];
        insight.text = i18n::t(lang, "insight-not-enough", &args);
        return insight;
    };
    let (mean_with, _) = mean_var(&groups.with.0);
    let (mean_without, _) = mean_var(&groups.without.0);
    let (low, high) = test.interval(alpha);
    let clear = test.p <= cutoff;
    let groups = ((mean_with, n_with), (mean_without, n_without));
    insight.text = sentence(phrase, groups, test.difference, (low, high), clear, lang);
    insight.mean_with = Some(mean_with);
    insight.mean_without = Some(mean_without);
    insight.difference = Some(test.difference);
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
    fn the_interval_matches_a_worked_welch_example() {
        // se = √0.5, df = 13.2353 (variances 1 and 4, n = 10 each), t(0.975, 13.2353) = 2.156471.
        let test = Test { difference: 1.0, se: 0.5f64.sqrt(), df: 13.2353, p: 0.2 };
        let (low, high) = test.interval(0.05);
        assert!(((high - low) / 2.0 - 2.156471 * 0.5f64.sqrt()).abs() < 1e-4, "{low} {high}");
    }
}
