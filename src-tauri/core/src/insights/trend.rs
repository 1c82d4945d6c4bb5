//! Separating the recovery from the day: each day's pain against her local level, a
//! leave-one-out local linear fit to the days around it, and what is left of day-to-day
//! dependence after that (see the parent module for the method and its sources).

use super::{mean_var, Day, MIN_DAYS, WINDOW_DAYS};

/// A day with fewer logged neighbours than this has no local level and is left out.
const MIN_NEIGHBOURS: usize = 4;

/// A day that takes part: its pain, and its pain minus her local level.
#[derive(Debug, Clone, Copy)]
pub(super) struct Counted<'a> {
    pub(super) day: &'a Day,
    pub(super) pain: f64,
    pub(super) adjusted: f64,
}

/// The days with pain that have a local level, in date order, each with its pain minus that
/// level: a tricube-weighted local linear fit to the other days' pain within `WINDOW_DAYS`
/// either side, read at the day itself. The day is left out of its own level, so its own
/// factor cannot pull the level towards it.
pub(super) fn adjust(days: &[Day]) -> Vec<Counted<'_>> {
    let mut logged: Vec<(&Day, f64)> =
        days.iter().filter_map(|d| d.pain.filter(|p| p.is_finite()).map(|p| (d, p))).collect();
    logged.sort_by_key(|(d, _)| d.date);
    let mut out = Vec::with_capacity(logged.len());
    for (i, (day, pain)) in logged.iter().enumerate() {
        let near: Vec<(f64, f64, f64)> = logged
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, (d, p))| ((d.date - day.date).num_days(), *p))
            .filter(|(dx, _)| dx.abs() <= WINDOW_DAYS)
            .map(|(dx, p)| {
                let u = dx.abs() as f64 / (WINDOW_DAYS + 1) as f64;
                ((1.0 - u.powi(3)).powi(3), dx as f64, p)
            })
            .collect();
        if near.len() < MIN_NEIGHBOURS {
            continue;
        }
        out.push(Counted { day, pain: *pain, adjusted: pain - local_level(&near) });
    }
    out
}

/// A weighted least-squares line through (weight, x, y), read at x = 0; its weighted mean when
/// the x values do not spread.
fn local_level(points: &[(f64, f64, f64)]) -> f64 {
    let w: f64 = points.iter().map(|(w, _, _)| w).sum();
    let mx = points.iter().map(|(w, x, _)| w * x).sum::<f64>() / w;
    let my = points.iter().map(|(w, _, y)| w * y).sum::<f64>() / w;
    let sxx: f64 = points.iter().map(|(w, x, _)| w * (x - mx).powi(2)).sum();
    let sxy: f64 = points.iter().map(|(w, x, y)| w * (x - mx) * (y - my)).sum();
    if sxx <= 1e-12 {
        return my;
    }
    my - sxy / sxx * mx
}

/// The share of her pain's variation over the days that take part that the local trend
/// explains: 1 − var(adjusted) / var(pain). `None` below two groups' worth of days.
pub(super) fn trend_share(counted: &[Counted<'_>]) -> Option<f64> {
    if counted.len() < 2 * MIN_DAYS {
        return None;
    }
    let (_, var_pain) = mean_var(&counted.iter().map(|c| c.pain).collect::<Vec<_>>());
    let (_, var_adjusted) = mean_var(&counted.iter().map(|c| c.adjusted).collect::<Vec<_>>());
    (var_pain > 0.0).then(|| 1.0 - var_adjusted / var_pain)
}

/// How much less a day tells than an independent one: (1 − ρ)/(1 + ρ) for the lag-1
/// autocorrelation ρ of the adjusted pain over consecutive calendar days, when ρ > 0; else 1.
pub(super) fn effective_share(counted: &[Counted<'_>]) -> f64 {
    let pairs: Vec<(f64, f64)> = counted
        .windows(2)
        .filter(|w| (w[1].day.date - w[0].day.date).num_days() == 1)
        .map(|w| (w[0].adjusted, w[1].adjusted))
        .collect();
    if pairs.len() < MIN_DAYS {
        return 1.0;
    }
    let all: Vec<f64> = counted.iter().map(|c| c.adjusted).collect();
    let (mean, var) = mean_var(&all);
    if var <= 0.0 {
        return 1.0;
    }
    let cov = pairs.iter().map(|(a, b)| (a - mean) * (b - mean)).sum::<f64>() / pairs.len() as f64;
    let rho = (cov / var).clamp(0.0, 0.9);
    (1.0 - rho) / (1.0 + rho)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counted(days: &[Day]) -> Vec<Counted<'_>> {
        adjust(days)
    }

    fn day(i: u64, pain: f64) -> Day {
        Day {
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(i),
            pain: Some(pain),
            ..Day::default()
        }
    }

    #[test]
    fn a_straight_line_of_pain_leaves_nothing_once_adjusted() {
        // Pain falling 0.1 a day: the local line through the neighbours predicts each day
        // exactly, at the edges too, so nothing is left over and the trend explains it all.
        let days: Vec<Day> = (0..40).map(|i| day(i, 7.0 - 0.1 * i as f64)).collect();
        let c = counted(&days);
        assert_eq!(c.len(), 40);
        assert!(c.iter().all(|c| c.adjusted.abs() < 1e-9), "{:?}", c.iter().map(|c| c.adjusted).collect::<Vec<_>>());
        assert_eq!(trend_share(&c), Some(1.0));
    }

    #[test]
    fn a_day_far_from_others_has_no_level_and_is_left_out() {
        let mut days: Vec<Day> = (0..10).map(|i| day(i, 4.0)).collect();
        days.push(day(30, 9.0));
        assert_eq!(counted(&days).len(), 10);
    }

    #[test]
    fn dependent_days_count_for_less() {
        // Adjusted values in long runs of the same sign: strongly autocorrelated.
        let days: Vec<Day> = (0..60).map(|i| day(i, if (i / 10) % 2 == 0 { 3.0 } else { 6.0 })).collect();
        let share = effective_share(&counted(&days));
        assert!(share < 0.5, "{share}");
        // Alternating days: no positive autocorrelation, every day counts.
        let days: Vec<Day> = (0..60).map(|i| day(i, if i % 2 == 0 { 3.0 } else { 6.0 })).collect();
        assert_eq!(effective_share(&counted(&days)), 1.0);
    }
}
