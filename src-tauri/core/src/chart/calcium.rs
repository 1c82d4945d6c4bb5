//! The calcium chart: the daily total as bars, the RDA and UL lines for the profile's age band,
//! and days above the upper limit marked.

use plotters::prelude::*;

use super::{marker, mesh, with_legend, DrawResult, Key, Theme, XLabels, HEIGHT, WIDTH};
use crate::facts::{calcium_rda, calcium_ul};
use crate::i18n::{self, Lang};
use crate::model::Profile;
use crate::text::thousands;
use crate::trends::Trends;

pub(super) fn draw(svg: &mut String, t: &Trends, profile: &Profile, theme: &Theme, lang: Lang) -> DrawResult {
    let root = SVGBackend::with_string(svg, (WIDTH, HEIGHT)).into_drawing_area();
    root.fill(&theme.bg)?;
    let (rda_mg, ul_mg) = (calcium_rda(profile.age_band), calcium_ul(profile.age_band));
    let (rda, ul) = (f64::from(rda_mg), f64::from(ul_mg));
    let over: Vec<_> = t.days.iter().enumerate().filter(|(_, d)| (d.calcium_mg as f64) > ul).collect();
    let mut keys = vec![
        (Key::Bar, theme.soft, i18n::t(lang, "chart-legend-below", &[])),
        (Key::Bar, theme.primary, i18n::t(lang, "chart-legend-at-or-above", &[])),
        (Key::Dashed, theme.primary, i18n::t(lang, "chart-legend-recommended", &[("mg", thousands(rda_mg).into())])),
        (Key::Dashed, theme.bad, i18n::t(lang, "chart-legend-upper-limit", &[("mg", thousands(ul_mg).into())])),
    ];
    if !over.is_empty() {
        keys.push((Key::Triangle, theme.bad, i18n::t(lang, "chart-legend-over", &[])));
    }
    let area = with_legend(&root, &keys, theme)?;
    let top = t.days.iter().map(|d| d.calcium_mg as f64).fold(ul * 1.2, f64::max) * 1.08;
    let n = t.days.len() as f64;
    let x = XLabels::new(t, 1, lang);
    let mut chart = ChartBuilder::on(&area)
        .margin(14)
        .x_label_area_size(40)
        .y_label_area_size(56)
        .build_cartesian_2d(-0.6..(n - 0.4), 0.0..top)?;
    mesh(
        &mut chart,
        &x,
        x.title(i18n::t(lang, "chart-axis-date", &[])),
        &i18n::t(lang, "chart-axis-calcium", &[]),
        theme,
    )?;
    let half = if t.days.len() > 60 { 0.5 } else { 0.36 };
    let bar = |i: usize, mg: u64, color: RGBColor| {
        let i = i as f64;
        Rectangle::new([(i - half, 0.0), (i + half, mg as f64)], color.filled())
    };
    let color = |mg: f64| {
        if mg > ul {
            theme.bad
        } else if mg >= rda {
            theme.primary
        } else {
            theme.soft
        }
    };
    chart.draw_series(
        t.days
            .iter()
            .enumerate()
            .filter(|(_, d)| d.calcium_mg > 0)
            .map(|(i, d)| bar(i, d.calcium_mg, color(d.calcium_mg as f64))),
    )?;
    // A marker above each day over the limit keeps single days visible in long ranges.
    chart
        .draw_series(over.iter().map(|(i, d)| {
            TriangleMarker::new((*i as f64, (d.calcium_mg as f64) + top * 0.035), 6, theme.bad.filled())
        }))?;
    for (value, c) in [(rda, theme.primary), (ul, theme.bad)] {
        chart.draw_series(DashedLineSeries::new([(-0.6, value), (n - 0.4, value)], 8, 5, c.stroke_width(2)))?;
    }
    if let Some(six) = x.six_weeks() {
        marker(&mut chart, six, top * 0.97, &i18n::t(lang, "chart-marker-six-weeks", &[]), theme)?;
    }
    root.present()?;
    Ok(())
}
