//! One day at a glance: the day's entries, totals against targets, and calm notices.
//! Pure arithmetic over values already read, so it is tested without a database.

use chrono::NaiveDate;
use serde::Serialize;

use crate::facts::{calcium_rda, calcium_ul, CALCIUM_DOSE_MG};
use crate::i18n::{Lang, Msg};
use crate::model::{Calcium, CalciumSource, Exercise, Pain, Profile, Stored};
use crate::text::thousands;

/// How much a notice matters, least first; the UI styles by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Info,
    Warning,
    /// Contact the midwife, doctor or maternity unit now.
    Urgent,
    /// Call the local emergency number now.
    Emergency,
}

/// A short message about the day, with a stable code and the guidance it links to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Notice {
    pub code: &'static str,
    pub level: Level,
    pub message: String,
    pub article_id: Option<&'static str>,
    /// The red-flag card's action, signs and words to use; only on the `red_flag` notice.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub card: Option<Box<crate::safety::Card>>,
}

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
    /// Red flags ticked on this day.
    pub red_flags: Vec<String>,
    /// Sleep, mood and her tags on this day.
    pub factors: crate::model::DayFactors,
    /// Most serious first.
    pub notices: Vec<Notice>,
}

/// Builds the summary of `date`; `today` decides whether the day is over.
pub fn summarize(
    date: NaiveDate,
    today: NaiveDate,
    profile: &Profile,
    pain: Vec<Stored<Pain>>,
    exercise: Vec<Stored<Exercise>>,
    calcium: Vec<Stored<Calcium>>,
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
    let notices = calcium_notices(&calcium, calcium_mg, calcium_rda, calcium_ul, date < today, lang);
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
        red_flags: Vec::new(),
        factors: Default::default(),
        notices,
    }
}

/// Calcium notices: above the upper limit, large single supplement doses, and (once the day
/// is over) a total below the recommended amount. Figures from FACTS.md; no dosing advice.
fn calcium_notices(
    entries: &[Stored<Calcium>],
    total: u64,
    rda: u32,
    ul: u32,
    day_over: bool,
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
    if day_over && total < u64::from(rda) {
        let message = if total == 0 {
            Msg::new("notice-calcium-below-rda-none")
        } else {
            Msg::new("notice-calcium-below-rda").arg("total", thousands(total))
        };
        notices.push(Notice {
            card: None,
            code: "calcium_below_rda",
            level: Level::Info,
            article_id: Some("calcium"),
            message: message.arg("rda", thousands(rda)).render(lang),
        });
    }
    notices
}
