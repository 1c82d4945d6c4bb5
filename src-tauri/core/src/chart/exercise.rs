//! The exercise chart: minutes per ISO week as bars, with the 150-minutes-a-week line.

use plotters::prelude::*;

use super::{marker, mesh, with_legend, DrawResult, Key, Theme, XLabels, HEIGHT, WIDTH};
use crate::facts::EXERCISE_MINUTES_PER_WEEK;
use crate::i18n::{self, Lang};
use crate::trends::Trends;

pub(super) fn draw(svg: &mut String, t: &Trends, theme: &Theme, lang: Lang) -> DrawResult {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&theme.bg)?;
    let keys = [
        (Key::Bar, theme.primary, i18n::t(lang, "chart-legend-minutes", &[])),
        (
            Key::Dashed,
            theme.secondary,
            i18n::t(lang, "chart-legend-goal", &[("minutes", EXERCISE_MINUTES_PER_WEEK.into())]),
        ),
    ];
    let area = with_legend(&root, &keys, theme)?;
    let goal = f64::from(EXERCISE_MINUTES_PER_WEEK);
    let top = t.weeks.iter().map(|w| w.exercise_minutes as f64).fold(goal * 1.35, f64::max) * 1.08;
    let n = t.weeks.len() as f64;
    // Weekly x positions count weeks from the first week's Monday.
    let mut x = XLabels::new(t, 7, lang);
    x.from = t.weeks.first().map_or(t.from, |w| w.week_start);
    let mut chart = ChartBuilder::on(&area)
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(52)
        .build_cartesian_2d(-0.6..(n - 0.4), 0.0..top)?;
    let x_title = x.title(i18n::t(lang, "chart-axis-week-starting", &[]));
    mesh(&mut chart, &x, x_title, &i18n::t(lang, "chart-axis-minutes", &[]), theme)?;
    let half = if t.weeks.len() > 60 { 0.45 } else { 0.36 };
    chart.draw_series(t.weeks.iter().enumerate().filter(|(_, w)| w.exercise_minutes > 0).map(|(i, w)| {
        let i = i as f64;
        Rectangle::new([(i - half, 0.0), (i + half, (w.exercise_minutes as f64))], theme.primary.filled())
    }))?;
    chart.draw_series(DashedLineSeries::new([(-0.6, goal), (n - 0.4, goal)], 8, 5, theme.secondary.stroke_width(2)))?;
    if let Some(six) = x.six_weeks() {
        marker(&mut chart, six, top * 0.97, &i18n::t(lang, "chart-marker-six-weeks", &[]), theme)?;
    }
    root.present()?;
    Ok(())
}
