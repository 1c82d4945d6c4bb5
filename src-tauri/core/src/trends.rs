//! The numbers behind the charts: per-day pain, exercise and calcium over a range, the
//! 7-day pain average, ISO weeks, her baseline and the points where pain changed by a
//! clear amount: Mend's one rule for "clearly better/worse" (`facts::CLEAR_CHANGE_*`).
//!
//! The baseline is hers, not the range's (FACTS.md, "Pain baseline"): the mean of her first
//! `BASELINE_DAYS` logged days on or after the birth (without a birth date, her first logged
//! days), whatever range is shown. [`Baseline::pick`] is the one definition; the charts, their
//! summaries, the report and the 12-week note all go through it.

use chrono::{Datelike, Days, NaiveDate};
use rusqlite::Connection;
use serde::Serialize;
use serde_json::Value;

use crate::error::{Error, Result};
use crate::input::Fields;
use crate::model::{EntryKind, Profile};

/// The longest range a trend or chart may span.
pub const MAX_RANGE_DAYS: i64 = 20 * 366;
/// Days with data needed among the 7 for a 7-day average.
pub const AVG7_MIN_DAYS: usize = 3;
/// Logged days that make the automatic baseline.
pub const BASELINE_DAYS: usize = 7;

/// A validated date range, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Start of a user-chosen baseline week, if any.
    pub baseline_start: Option<NaiveDate>,
}

impl Range {
    /// Reads `{ from, to, baselineStart? }` (plus any `extra` keys the caller handles).
    pub fn from_input(value: &Value, today: NaiveDate, extra: &[&str]) -> Result<Self> {
        let mut allowed = vec!["from", "to", "baselineStart"];
        allowed.extend_from_slice(extra);
        let f = Fields::new(value, "what-date-range", &allowed)?;
        let from = f.date("from", "field-start-date", today)?;
        let to = f.date("to", "field-end-date", today)?;
        if from > to {
            return Err(Error::invalid(
                "to",
                crate::i18n::Msg::new("err-range-backwards").arg("from", from.to_string()).arg("to", to.to_string()),
            ));
        }
        if (to - from).num_days() > MAX_RANGE_DAYS {
            return Err(Error::invalid("from", crate::i18n::Msg::new("err-range-too-long")));
        }
        let baseline_start = f.opt_date("baselineStart", "field-baseline-week", today)?;
        Ok(Range { from, to, baseline_start })
    }

    /// Number of days in the range.
    pub fn len(&self) -> usize {
        (self.to - self.from).num_days() as usize + 1
    }

    /// Never empty: both ends are included.
    pub fn is_empty(&self) -> bool {
        false
    }
}

/// One day of the trend.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DayPoint {
    pub date: NaiveDate,
    pub pain_max: Option<u8>,
    pub pain_mean: Option<f64>,
    pub pain_avg7: Option<f64>,
    pub exercise_minutes: u64,
    pub calcium_mg: u64,
    pub week_postpartum: Option<i64>,
}

/// One ISO week (Monday start), counting only days inside the range.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekPoint {
    pub week_start: NaiveDate,
    pub exercise_minutes: u64,
    pub pain_mean: Option<f64>,
}

/// Which way pain moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Better,
    Worse,
}

/// The first day of a run of days whose 7-day average is a clear change from the baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    pub date: NaiveDate,
    pub pain_avg7: f64,
    pub delta: f64,
    pub direction: Direction,
}

/// Which days make the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BaselineKind {
    /// Her first logged days on or after the birth.
    AfterBirth,
    /// Her first logged days (no birth date known).
    FirstLogged,
    /// The logged days of a week she chose (`baselineStart`).
    Chosen,
}

/// Her baseline: the mean of the daily mean pain of its logged days, and which days they are.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Baseline {
    /// Full precision inside Mend; two decimals on the wire.
    #[serde(serialize_with = "two_decimals")]
    pub value: f64,
    /// The first and the last of its logged days.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Logged days it averages: `BASELINE_DAYS` once she has logged that many.
    pub days: usize,
    pub kind: BaselineKind,
}

fn two_decimals<S: serde::Serializer>(value: &f64, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_f64(round2(*value))
}

impl Baseline {
    /// The one definition: from her daily mean pain `(date, mean)` in date order, the logged
    /// days of the chosen week if `chosen` is given, else the first `BASELINE_DAYS` on or after
    /// `birth` (or the first ones overall). `None` without any such day.
    pub fn pick(
        logged: impl IntoIterator<Item = (NaiveDate, f64)>,
        birth: Option<NaiveDate>,
        chosen: Option<NaiveDate>,
    ) -> Option<Baseline> {
        let days: Vec<(NaiveDate, f64)> = match chosen {
            Some(start) => {
                let end = start + Days::new(6);
                logged.into_iter().filter(|(d, _)| *d >= start && *d <= end).collect()
            }
            None => logged.into_iter().filter(|(d, _)| birth.is_none_or(|b| *d >= b)).take(BASELINE_DAYS).collect(),
        };
        let kind = match (chosen, birth) {
            (Some(_), _) => BaselineKind::Chosen,
            (None, Some(_)) => BaselineKind::AfterBirth,
            (None, None) => BaselineKind::FirstLogged,
        };
        let (first, last) = (days.first()?.0, days.last()?.0);
        let value = days.iter().map(|(_, m)| m).sum::<f64>() / days.len() as f64;
        Some(Baseline { value, from: first, to: last, days: days.len(), kind })
    }
}

/// Her baseline read from the database (see [`Baseline::pick`]), whatever range is shown.
pub fn her_baseline(
    conn: &Connection,
    birth: Option<NaiveDate>,
    chosen: Option<NaiveDate>,
) -> Result<Option<Baseline>> {
    let rows = match chosen {
        Some(start) => crate::repo::entries::pain_days(conn, start, start + Days::new(6))?,
        None => crate::repo::entries::first_pain_days(conn, birth, BASELINE_DAYS)?,
    };
    let mut logged: Vec<(NaiveDate, f64)> =
        rows.into_iter().map(|(date, _, sum, count)| (date, f64::from(sum) / f64::from(count))).collect();
    logged.sort_by_key(|(date, _)| *date);
    Ok(Baseline::pick(logged, birth, chosen))
}

/// What `trends` returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Trends {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: Vec<DayPoint>,
    pub weeks: Vec<WeekPoint>,
    /// Her baseline, which may lie before the range.
    pub baseline: Option<Baseline>,
    pub changes: Vec<Change>,
    pub birth_date: Option<NaiveDate>,
}

/// Pain totals of one day: (max, sum, count).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PainDay {
    pub max: u8,
    pub sum: u32,
    pub count: u32,
}

impl PainDay {
    fn mean(&self) -> f64 {
        f64::from(self.sum) / f64::from(self.count)
    }
}

/// Daily totals for consecutive days starting at `start`.
#[derive(Debug, Clone, Default)]
pub struct Daily {
    pub start: Option<NaiveDate>,
    pub pain: Vec<Option<PainDay>>,
    /// Daily sums, wide enough that no imported day can overflow them.
    pub exercise: Vec<u64>,
    pub calcium: Vec<u64>,
}

impl Daily {
    /// Empty totals for `len` days from `start`.
    pub fn new(start: NaiveDate, len: usize) -> Self {
        Daily { start: Some(start), pain: vec![None; len], exercise: vec![0; len], calcium: vec![0; len] }
    }

    fn index(&self, date: NaiveDate) -> Option<usize> {
        let i = (date - self.start?).num_days();
        (i >= 0 && (i as usize) < self.pain.len()).then_some(i as usize)
    }

    /// Reads the totals of `[start, start + len)` from the database: three grouped queries on indexed dates.
    pub fn load(conn: &Connection, start: NaiveDate, len: usize) -> Result<Self> {
        let mut daily = Daily::new(start, len);
        let end = start + Days::new(len as u64 - 1);
        for (date, max, sum, count) in crate::repo::entries::pain_days(conn, start, end)? {
            if let Some(i) = daily.index(date) {
                daily.pain[i] = Some(PainDay { max, sum, count });
            }
        }
        for kind in [EntryKind::Exercise, EntryKind::Calcium] {
            for (date, total) in crate::repo::entries::daily_sums(conn, kind, start, end)? {
                if let Some(i) = daily.index(date) {
                    if kind == EntryKind::Exercise {
                        daily.exercise[i] = total;
                    } else {
                        daily.calcium[i] = total;
                    }
                }
            }
        }
        Ok(daily)
    }
}

/// Loads and computes the trends of `range`, against her baseline wherever it lies.
pub fn trends(conn: &Connection, range: Range, profile: &Profile) -> Result<Trends> {
    // Six days before the range feed the first 7-day averages.
    let lead = 6;
    let start = range.from - Days::new(lead);
    let daily = Daily::load(conn, start, range.len() + lead as usize)?;
    let baseline = her_baseline(conn, profile.birth_date, range.baseline_start)?;
    Ok(compute_with(range, profile, &daily, baseline))
}

/// The pure computation over already-loaded daily totals (which must cover `range.from - 6` to
/// `range.to`), with the baseline picked from those totals: her own baseline when they start
/// on or before her first logged day (see [`trends`] for the database's).
pub fn compute(range: Range, profile: &Profile, daily: &Daily) -> Trends {
    let logged = daily.pain.iter().enumerate().filter_map(|(i, d)| {
        let date = daily.start? + Days::new(i as u64);
        d.map(|d| (date, d.mean()))
    });
    let baseline = Baseline::pick(logged, profile.birth_date, range.baseline_start);
    compute_with(range, profile, daily, baseline)
}

/// [`compute`] against a baseline found elsewhere.
pub fn compute_with(range: Range, profile: &Profile, daily: &Daily, baseline: Option<Baseline>) -> Trends {
    let lead = daily.index(range.from).expect("daily totals cover the range");
    let means: Vec<Option<f64>> = daily.pain.iter().map(|d| d.map(|d| d.mean())).collect();

    // Rolling sums over the last 7 days of daily means, only days with data.
    let mut days = Vec::with_capacity(range.len());
    let (mut sum, mut count) = (0.0, 0usize);
    for (i, mean) in means.iter().enumerate() {
        if let Some(m) = mean {
            sum += m;
            count += 1;
        }
        if i >= 7 {
            if let Some(m) = means[i - 7] {
                sum -= m;
                count -= 1;
            }
        }
        if i < lead {
            continue;
        }
        let date = range.from + Days::new((i - lead) as u64);
        days.push(DayPoint {
            date,
            pain_max: daily.pain[i].map(|d| d.max),
            pain_mean: mean.map(round2),
            pain_avg7: (count >= AVG7_MIN_DAYS).then(|| round2(sum / count as f64)),
            exercise_minutes: daily.exercise[i],
            calcium_mg: daily.calcium[i],
            week_postpartum: profile.birth_date.map(|b| (date - b).num_days().div_euclid(7)),
        });
    }

    Trends {
        from: range.from,
        to: range.to,
        weeks: weeks(&days),
        changes: baseline.map(|b| changes(&days, &b)).unwrap_or_default(),
        baseline,
        days,
        birth_date: profile.birth_date,
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Whether `avg` is clearly better or worse than `baseline`: 30% or more of it and at least
/// 1 point (FACTS.md, "Pain scale"). The same rule marks the chart, words its summary and
/// decides the 12-week note.
pub fn is_clear_change(baseline: f64, avg: f64) -> bool {
    use crate::facts::{CLEAR_CHANGE_FRACTION, CLEAR_CHANGE_POINTS};
    const EPS: f64 = 1e-9;
    let delta = (avg - baseline).abs();
    let big_enough = delta + EPS >= CLEAR_CHANGE_POINTS;
    let relative = baseline <= EPS || delta / baseline + EPS >= CLEAR_CHANGE_FRACTION;
    big_enough && relative
}

/// The first day of each run of days whose 7-day average is a clear change, per direction.
/// Only days after the baseline's own days are marked (FACTS.md, "Pain baseline").
fn changes(days: &[DayPoint], b: &Baseline) -> Vec<Change> {
    let baseline = b.value;
    let mut out: Vec<Change> = Vec::new();
    let mut current: Option<Direction> = None;
    for day in days.iter().filter(|d| d.date > b.to) {
        let state = day.pain_avg7.filter(|avg| is_clear_change(baseline, *avg)).map(|avg| {
            if avg < baseline {
                Direction::Better
            } else {
                Direction::Worse
            }
        });
        if let (Some(direction), Some(avg)) = (state, day.pain_avg7) {
            if current != Some(direction) {
                out.push(Change { date: day.date, pain_avg7: avg, delta: round2(avg - baseline), direction });
            }
        }
        // A day without an average does not end a run; a day back within the band does.
        if day.pain_avg7.is_some() {
            current = state;
        }
    }
    out
}

/// ISO weeks (Monday start) of the range, with exercise summed and pain averaged over logged days.
fn weeks(days: &[DayPoint]) -> Vec<WeekPoint> {
    let mut out: Vec<WeekPoint> = Vec::new();
    let mut pain = (0.0, 0u32);
    for day in days {
        let week_start = day.date - Days::new(u64::from(day.date.weekday().num_days_from_monday()));
        if out.last().map(|w| w.week_start) != Some(week_start) {
            if let Some(last) = out.last_mut() {
                last.pain_mean = (pain.1 > 0).then(|| round2(pain.0 / f64::from(pain.1)));
            }
            pain = (0.0, 0);
            out.push(WeekPoint { week_start, exercise_minutes: 0, pain_mean: None });
        }
        let week = out.last_mut().expect("pushed above");
        week.exercise_minutes += day.exercise_minutes;
        if let Some(m) = day.pain_mean {
            pain = (pain.0 + m, pain.1 + 1);
        }
    }
    if let Some(last) = out.last_mut() {
        last.pain_mean = (pain.1 > 0).then(|| round2(pain.0 / f64::from(pain.1)));
    }
    out
}
