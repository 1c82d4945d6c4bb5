//! The pain chart: daily highest and mean scores as points, the 7-day average as a line with
//! gaps, the baseline, change markers and (with a birth date) the 6-week mark, on a 0–10 axis.

use plotters::prelude::*;

use super::{marker, mesh, with_legend, DrawResult, Key, Theme, XLabels, HEIGHT, WIDTH};
use crate::i18n::{self, Lang};
use crate::trends::{Direction, Trends};

pub(super) fn draw(svg: &mut String, t: &Trends, theme: &Theme, lang: Lang) -> DrawResult {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&theme.bg)?;
    let mut keys = vec![
        (Key::Ring, theme.secondary, i18n::t(lang, "chart-legend-highest", &[])),
        (Key::Dot, theme.primary, i18n::t(lang, "chart-legend-mean", &[])),
        (Key::Line, theme.line, i18n::t(lang, "chart-legend-average", &[])),
    ];
    if let Some(b) = &t.baseline {
        let args = [
            ("value", format!("{:.1}", b.value).into()),
            ("span", super::summary::baseline_days(b, t.to, lang).into()),
        ];
        keys.push((Key::Dashed, theme.reference, i18n::t(lang, "chart-legend-baseline", &args)));
    }
    if t.changes.iter().any(|c| c.direction == Direction::Better) {
        keys.push((Key::Triangle, theme.good, i18n::t(lang, "chart-legend-better", &[])));
    }
    if t.changes.iter().any(|c| c.direction == Direction::Worse) {
        keys.push((Key::Triangle, theme.bad, i18n::t(lang, "chart-legend-worse", &[])));
    }
    let area = with_legend(&root, &keys, theme)?;
    let x = XLabels::new(t, 1, lang);
    let n = t.days.len() as f64;
    let mut chart = ChartBuilder::on(&area)
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(44)
        .build_cartesian_2d(-0.5..(n - 0.5), 0.0..10.6)?;
    mesh(
        &mut chart,
        &x,
        x.title(i18n::t(lang, "chart-axis-date", &[])),
        &i18n::t(lang, "chart-axis-pain", &[]),
        theme,
    )?;

    let radius = if t.days.len() > 200 { 2 } else { 4 };
    if let Some(b) = t.baseline.map(|b| b.value) {
        chart.draw_series(DashedLineSeries::new([(-0.5, b), (n - 0.5, b)], 6, 5, theme.reference.stroke_width(2)))?;
    }
    let max_points = t.days.iter().enumerate().filter_map(|(i, d)| d.pain_max.map(|m| (i as f64, f64::from(m))));
    chart.draw_series(max_points.map(|p| Circle::new(p, radius, theme.secondary.stroke_width(2))))?;
    let mean_points = t.days.iter().enumerate().filter_map(|(i, d)| d.pain_mean.map(|m| (i as f64, m)));
    chart.draw_series(mean_points.map(|p| Circle::new(p, radius, theme.primary.filled())))?;

    // The 7-day average as separate runs, so a gap in the data is a gap in the line.
    let mut runs: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut open = false;
    for (i, d) in t.days.iter().enumerate() {
        match d.pain_avg7 {
            Some(v) if open => runs.last_mut().expect("open run").push((i as f64, v)),
            Some(v) => {
                runs.push(vec![(i as f64, v)]);
                open = true;
            }
            None => open = false,
        }
    }
    for run in runs {
        chart.draw_series(LineSeries::new(run, theme.line.stroke_width(3)))?;
    }

    let index = |date: chrono::NaiveDate| (date - t.from).num_days() as f64;
    chart.draw_series(t.changes.iter().map(|c| {
        let color = if c.direction == Direction::Better { theme.good } else { theme.bad };
        TriangleMarker::new((index(c.date), c.pain_avg7), 9, color.filled())
    }))?;
    if let Some(six) = x.six_weeks() {
        marker(&mut chart, six, 10.4, &i18n::t(lang, "chart-marker-six-weeks", &[]), theme)?;
    }
    root.present()?;
    Ok(())
}
