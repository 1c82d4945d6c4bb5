//! One day at a glance: the day's entries, totals against targets, and calm notices.
//! Pure arithmetic over values already read, so it is tested without a database.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::facts::{calcium_rda, calcium_ul, CALCIUM_DOSE_MG};
use crate::i18n::{Lang, Msg};
use crate::model::{Calcium, CalciumSource, Exercise, Pain, Profile, Stored};
use crate::notice::{Level, Notice};
use crate::text::thousands;

/// What `day_summary` returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DaySummary {
    pub date: NaiveDate,
    pub pain: Vec<Stored<Pain>>,
    pub exercise: Vec<Stored<Exercise>>,
    pub calcium: Vec<Stored<Calcium>>,
    /// Highest score of the day; null without a check-in.
    pub pain_max: Option<u8>,
    /// Mean score of the day, to one decimal; null without a check-in.
    pub pain_mean: Option<f64>,
    /// Sums in a wide integer: no day of imported entries can overflow them.
    pub exercise_minutes: u64,
    pub calcium_mg: u64,
    pub calcium_rda: u32,
    pub calcium_ul: u32,
    /// Her calcium over the 7 days up to this day: what "below the recommended amount" is
    /// judged on; null with too few days logged.
    pub calcium_average: Option<CalciumAverage>,
    /// Red flags ticked on this day.
    pub red_flags: Vec<String>,
    /// Sleep, mood and her tags on this day.
    pub factors: crate::model::DayFactors,
    /// Most serious first.
    pub notices: Vec<Notice>,
}

/// Her calcium over the 7 days up to a day: the mean daily total over the days she logged
/// calcium. The RDA is an average intake over time, so this, not one day, is compared with it
/// (FACTS.md, "The below-the-RDA note").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalciumAverage {
    /// Mean mg a day, rounded.
    pub mg: u64,
    /// Days with calcium logged among the 7 (at least `trends::AVG7_MIN_DAYS`).
    pub days: usize,
    /// The 7 days: up to `date` once it is over, else up to the day before (a day still under
    /// way would pull the average down).
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// The 7 days whose calcium [`calcium_average`] averages for `date`, both ends included.
pub fn calcium_window(date: NaiveDate, today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let to = if date < today { date } else { date - Days::new(1) };
    (to - Days::new(6), to)
}

/// The 7-day calcium average for `date` from daily totals `(date, mg)` (any days; those outside
/// the window are ignored); `None` with fewer than `trends::AVG7_MIN_DAYS` days logged.
pub fn calcium_average(date: NaiveDate, today: NaiveDate, totals: &[(NaiveDate, u64)]) -> Option<CalciumAverage> {
    let (from, to) = calcium_window(date, today);
    let logged: Vec<u64> =
        totals.iter().filter(|(d, mg)| *d >= from && *d <= to && *mg > 0).map(|(_, mg)| *mg).collect();
    let days = logged.len();
    (days >= crate::trends::AVG7_MIN_DAYS).then(|| {
        let sum: u128 = logged.iter().map(|mg| u128::from(*mg)).sum();
        CalciumAverage { mg: ((sum + days as u128 / 2) / days as u128) as u64, days, from, to }
    })
}

/// Builds the summary of `date` with her 7-day calcium average for it.
pub fn summarize(
    date: NaiveDate,
    profile: &Profile,
    pain: Vec<Stored<Pain>>,
    exercise: Vec<Stored<Exercise>>,
    calcium: Vec<Stored<Calcium>>,
    calcium_average: Option<CalciumAverage>,
    lang: Lang,
) -> DaySummary {
    let scores = pain.iter().map(|p| p.entry.score);
    let pain_max = scores.clone().max();
    let pain_mean = (!pain.is_empty()).then(|| {
        let mean = scores.map(f64::from).sum::<f64>() / pain.len() as f64;
        (mean * 10.0).round() / 10.0
    });
    let exercise_minutes = exercise.iter().map(|e| u64::from(e.entry.minutes)).sum();
    let calcium_mg = calcium.iter().map(|c| u64::from(c.entry.mg)).sum();
    let calcium_rda = calcium_rda(profile.age_band);
    let calcium_ul = calcium_ul(profile.age_band);
    let notices = calcium_notices(&calcium, calcium_mg, calcium_rda, calcium_ul, calcium_average, lang);
    DaySummary {
        date,
        pain,
        exercise,
        calcium,
        pain_max,
        pain_mean,
        exercise_minutes,
        calcium_mg,
        calcium_rda,
        calcium_ul,
        calcium_average,
        red_flags: Vec::new(),
        factors: Default::default(),
        notices,
    }
}

/// Calcium notices: the day above the upper limit, large single supplement doses, and a 7-day
/// average below the recommended amount. Figures from FACTS.md; no dosing advice.
fn calcium_notices(
    entries: &[Stored<Calcium>],
    total: u64,
    rda: u32,
    ul: u32,
    average: Option<CalciumAverage>,
    lang: Lang,
) -> Vec<Notice> {
    let mut notices = Vec::new();
    if total > u64::from(ul) {
        notices.push(Notice {
            card: None,
            code: "calcium_above_ul",
            level: Level::Warning,
            article_id: Some("calcium"),
            message: Msg::new("notice-calcium-above-ul")
                .arg("total", thousands(total))
                .arg("ul", thousands(ul))
                .render(lang),
        });
    }
    if let Some(largest) = entries
        .iter()
        .filter(|c| c.entry.source == CalciumSource::Supplement && u32::from(c.entry.mg) > CALCIUM_DOSE_MG)
        .map(|c| c.entry.mg)
        .max()
    {
        notices.push(Notice {
            card: None,
            code: "supplement_dose_over_500",
            level: Level::Info,
            article_id: Some("calcium"),
            message: Msg::new("notice-supplement-dose")
                .arg("mg", thousands(largest))
                .arg("dose", CALCIUM_DOSE_MG)
                .render(lang),
        });
    }
    if let Some(average) = average.filter(|a| a.mg < u64::from(rda)) {
        notices.push(Notice {
            card: None,
            code: "calcium_below_rda",
            level: Level::Info,
            article_id: Some("calcium"),
            message: Msg::new("notice-calcium-below-rda")
                .arg("avg", thousands(average.mg))
                .arg("days", average.days)
                .arg("rda", thousands(rda))
                .render(lang),
        });
    }
    notices
}
