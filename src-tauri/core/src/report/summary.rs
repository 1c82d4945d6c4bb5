//! The numbers on the report, worked out once and kept apart from the layout so each can be
//! tested at its boundaries without reading a PDF. Every target comes from `facts`.

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::ReportInput;
use crate::facts::{calcium_rda, calcium_ul, CALCIUM_DOSE_MG, EXERCISE_MINUTES_PER_WEEK};
use crate::model::AgeBand;
use crate::trends::{is_clear_change, Trends, BASELINE_DAYS};

/// Logged days in each of the two stretches that pain compares: her baseline's and the last 7.
pub const COMPARE_DAYS: usize = BASELINE_DAYS;

/// Everything the report's summary table says.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// The range, both ends included.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Days in the range, both ends included.
    pub days_in_range: usize,
    pub pain: PainSummary,
    pub exercise: ExerciseSummary,
    pub calcium: CalciumSummary,
}

/// Pain: how often it was logged, and her baseline against the last logged week.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PainSummary {
    /// Days with at least one pain check-in.
    pub days_logged: usize,
    /// Logged days the comparison needs in the range: those up to the end of her baseline's
    /// days, plus `COMPARE_DAYS` after them.
    pub days_needed: usize,
    /// `None` without a baseline or with fewer than `COMPARE_DAYS` logged days in the range
    /// after her baseline's days.
    pub comparison: Option<PainComparison>,
}

/// Her baseline (`trends::Baseline`, whatever the range) against the mean of the last 7
/// logged days of the range after it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PainComparison {
    pub first: Stretch,
    pub last: Stretch,
    /// `last.mean - first.mean`: negative is less pain.
    pub change_points: f64,
    /// The change as a percentage of the first mean; `None` when that mean is 0.
    pub change_percent: Option<f64>,
    pub verdict: Verdict,
}

/// Logged days from `from` to `to` (there may be unlogged days between) and the mean of their daily means.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stretch {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: usize,
    pub mean: f64,
}

/// Mend's one rule for a clear change (`trends::is_clear_change`, FACTS.md "Pain scale").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    ClearlyBetter,
    ClearlyWorse,
    NoClearChange,
}

impl Verdict {
    /// The words the report shows.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::ClearlyBetter => "Clearly better",
            Verdict::ClearlyWorse => "Clearly worse",
            Verdict::NoClearChange => "No clear change",
        }
    }
}

/// Exercise against the weekly target.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExerciseSummary {
    /// `facts::EXERCISE_MINUTES_PER_WEEK`.
    pub target_minutes: u32,
    pub total_minutes: u64,
    /// Days with any exercise.
    pub days_logged: usize,
    /// Minutes per 7 days over every day of the range: the ISO weeks' minutes over their days
    /// in the range, so a part-week at either end counts for the days it has.
    pub weekly_mean: f64,
    /// ISO weeks (Monday to Sunday) wholly inside the range.
    pub full_weeks: usize,
    /// Full weeks with at least the target; a part-week is not judged either way.
    pub weeks_at_target: usize,
    /// Part-weeks at the ends of the range (0, 1 or 2), left out of `full_weeks`.
    pub part_weeks: usize,
}

/// Calcium against the RDA and the upper limit of her age band.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CalciumSummary {
    pub age_band: AgeBand,
    pub rda_mg: u32,
    pub ul_mg: u32,
    /// Days with any calcium logged; the two counts below are out of these.
    pub days_logged: usize,
    /// Days with a total at or above the RDA.
    pub days_at_or_above_rda: usize,
    /// Days with a total strictly above the upper limit.
    pub days_above_ul: usize,
    /// `facts::CALCIUM_DOSE_MG`.
    pub dose_limit_mg: u32,
    /// Supplement doses above `dose_limit_mg`, as the caller counted them.
    pub supplement_doses_over_limit: usize,
}

/// Works out the summary of `input`.
pub fn summary(input: &ReportInput) -> Summary {
    let t = &input.trends;
    Summary {
        from: t.from,
        to: t.to,
        days_in_range: t.days.len(),
        pain: pain(t),
        exercise: exercise(t),
        calcium: calcium(t, input.profile.age_band, input.supplement_doses_over_limit),
    }
}

fn pain(t: &Trends) -> PainSummary {
    let logged: Vec<(NaiveDate, f64)> = t.days.iter().filter_map(|d| d.pain_mean.map(|m| (d.date, m))).collect();
    let after: Vec<(NaiveDate, f64)> = match &t.baseline {
        Some(b) => logged.iter().copied().filter(|(d, _)| *d > b.to).collect(),
        None => Vec::new(),
    };
    let days_needed = logged.len() - after.len() + COMPARE_DAYS + if t.baseline.is_none() { COMPARE_DAYS } else { 0 };
    let comparison = t.baseline.filter(|_| after.len() >= COMPARE_DAYS).map(|b| {
        let first = Stretch { from: b.from, to: b.to, days: b.days, mean: b.value };
        let last = stretch(&after[after.len() - COMPARE_DAYS..]);
        let change_points = last.mean - first.mean;
        let change_percent = (first.mean > 0.0).then(|| change_points / first.mean * 100.0);
        let verdict = match is_clear_change(first.mean, last.mean) {
            false => Verdict::NoClearChange,
            true if last.mean < first.mean => Verdict::ClearlyBetter,
            true => Verdict::ClearlyWorse,
        };
        PainComparison { first, last, change_points, change_percent, verdict }
    });
    PainSummary { days_logged: logged.len(), days_needed, comparison }
}

fn stretch(days: &[(NaiveDate, f64)]) -> Stretch {
    let mean = days.iter().map(|(_, m)| m).sum::<f64>() / days.len() as f64;
    Stretch { from: days[0].0, to: days[days.len() - 1].0, days: days.len(), mean }
}

fn exercise(t: &Trends) -> ExerciseSummary {
    let target = EXERCISE_MINUTES_PER_WEEK;
    let (mut minutes, mut days, mut full_weeks, mut weeks_at_target, mut part_weeks) = (0u64, 0i64, 0, 0, 0);
    for week in &t.weeks {
        let end = week.week_start + Days::new(6);
        let first = week.week_start.max(t.from);
        let last = end.min(t.to);
        minutes += week.exercise_minutes;
        days += (last - first).num_days() + 1;
        if week.week_start >= t.from && end <= t.to {
            full_weeks += 1;
            if week.exercise_minutes >= u64::from(target) {
                weeks_at_target += 1;
            }
        } else {
            part_weeks += 1;
        }
    }
    ExerciseSummary {
        target_minutes: target,
        total_minutes: minutes,
        days_logged: t.days.iter().filter(|d| d.exercise_minutes > 0).count(),
        weekly_mean: if days > 0 { minutes as f64 / days as f64 * 7.0 } else { 0.0 },
        full_weeks,
        weeks_at_target,
        part_weeks,
    }
}

fn calcium(t: &Trends, band: AgeBand, doses_over: usize) -> CalciumSummary {
    let (rda, ul) = (calcium_rda(band), calcium_ul(band));
    let logged: Vec<u64> = t.days.iter().map(|d| d.calcium_mg).filter(|mg| *mg > 0).collect();
    CalciumSummary {
        age_band: band,
        rda_mg: rda,
        ul_mg: ul,
        days_logged: logged.len(),
        days_at_or_above_rda: logged.iter().filter(|mg| **mg >= u64::from(rda)).count(),
        days_above_ul: logged.iter().filter(|mg| **mg > u64::from(ul)).count(),
        dose_limit_mg: CALCIUM_DOSE_MG,
        supplement_doses_over_limit: doses_over,
    }
}

/// Whether the range holds any entry at all: a pain check-in, exercise or calcium.
pub(super) fn has_entries(t: &Trends) -> bool {
    t.days.iter().any(|d| d.pain_mean.is_some() || d.exercise_minutes > 0 || d.calcium_mg > 0)
}
