//! Line charts: profit over lifecycle stages and generic multi-series lines.

use super::layout::{
    category_label, category_range, category_ticks, draw_marker, frame, name, nice_ticks, plot,
    Axis, Plot, Swatch,
};
use super::numfmt::number;
use super::style::{self, anchored, text_width, INK, SMALL_PX};
use super::svg::render;
use super::{AxisLabels, ChartError, Size};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Most markers drawn per series: denser series get a marker on every k-th point only, so the
/// markers still tell series apart in grey print without hiding the line.
const MAX_MARKERS: usize = 16;

/// Draws profit over the lifecycle stages (exploration, formation, stability, decline: the
/// inverted U) as a line with labelled points; the zero line is drawn when profit crosses it.
///
/// `stages` holds (translated stage name, money) in lifecycle order; a non-finite value
/// leaves a gap in the line. Errors: `NoData` when no finite value is given.
pub fn lifetime_profit(
    stages: &[(String, f64)],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let finite: Vec<f64> = stages
        .iter()
        .map(|(_, v)| *v)
        .filter(|v| v.is_finite())
        .collect();
    if finite.is_empty() {
        return Err(ChartError::NoData);
    }
    let n = stages.len();
    let lo = finite.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = finite.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let pad = ((hi - lo) * 0.12).max(hi.abs().max(lo.abs()) * 0.05);
    // Profit is read against zero, so the axis includes it.
    let ticks = nice_ticks(
        lo.min(0.0) - pad * f64::from(u8::from(lo < 0.0)),
        hi + pad,
        6,
    );
    let decimals = if hi.abs().max(lo.abs()) >= 1000.0 {
        0
    } else {
        2
    };
    let names: Vec<String> = stages.iter().map(|(s, _)| s.clone()).collect();

    render(size, &name(labels), |root| {
        let body = frame(root, &labels.title, &[])?;
        let (w, _) = body.dim_in_pixel();
        let axis_px = f64::from(w) * 0.8;
        let slot_px = axis_px / n as f64;
        let shown: Vec<String> = names
            .iter()
            .map(|s| style::truncate(s, SMALL_PX, slot_px * 2.0 - 8.0))
            .collect();
        let widest = shown
            .iter()
            .map(|s| text_width(s, SMALL_PX))
            .fold(0.0, f64::max);
        let x_label = |v: &f64| category_label(&shown, *v);
        let y_label = |v: &f64| ticks.label(*v);
        let x = Axis {
            range: category_range(n),
            ticks: category_ticks(n, widest, axis_px),
            label: &x_label,
            title: &labels.x,
            grid: false,
        };
        let y = Axis {
            range: ticks.range(),
            ticks: ticks.values.clone(),
            label: &y_label,
            title: &labels.y,
            grid: true,
        };
        let mut chart = plot(&body, &x, &y)?;
        if lo < 0.0 {
            chart.draw_series(LineSeries::new(
                vec![(-0.5, 0.0), (n as f64 - 0.5, 0.0)],
                INK.stroke_width(1),
            ))?;
        }
        let points: Vec<(f64, f64)> = stages
            .iter()
            .enumerate()
            .map(|(i, (_, v))| (i as f64, *v))
            .collect();
        draw_line(&mut chart, 0, &points, 1)?;
        for (x, v) in points.iter().filter(|(_, v)| v.is_finite()) {
            // Losses are labelled below their point, away from the zero line above them.
            let (dy, v_pos) = if *v < 0.0 {
                (9, VPos::Top)
            } else {
                (-9, VPos::Bottom)
            };
            chart.draw_series(std::iter::once(
                EmptyElement::at((*x, *v))
                    + Text::new(
                        number(*v, decimals),
                        (0, dy),
                        anchored(SMALL_PX, INK, HPos::Center, v_pos),
                    ),
            ))?;
        }
        Ok(())
    })
}

/// Draws series `i` through `points`, broken where a value is not finite, with a marker on
/// every `marker_every`-th point.
fn draw_line(
    chart: &mut Plot,
    i: usize,
    points: &[(f64, f64)],
    marker_every: usize,
) -> Result<(), ChartError> {
    let color = style::series_color(i);
    let line = color.stroke_width(2);
    let runs = points.split(|(x, y)| !(x.is_finite() && y.is_finite()));
    for run in runs.filter(|r| !r.is_empty()) {
        if i % 2 == 1 {
            chart.draw_series(DashedLineSeries::new(run.to_vec(), 8, 5, line))?;
        } else {
            chart.draw_series(LineSeries::new(run.to_vec(), line))?;
        }
        let area = chart.plotting_area();
        for p in run.iter().step_by(marker_every.max(1)) {
            draw_marker(area, i, *p)?;
        }
    }
    Ok(())
}

/// Draws several series of (x, y) points as lines with a legend of their names, e.g. actual
/// against predicted cumulative purchases. Series differ by colour, dash and marker shape.
///
/// Non-finite points break their line. Errors: `NoData` when no series has a finite point.
pub fn two_lines(
    series: &[(String, Vec<(f64, f64)>)],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let finite = || {
        series
            .iter()
            .flat_map(|(_, points)| points.iter())
            .filter(|(x, y)| x.is_finite() && y.is_finite())
    };
    if finite().next().is_none() {
        return Err(ChartError::NoData);
    }
    let (mut x_lo, mut x_hi, mut y_lo, mut y_hi) = (
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::INFINITY,
        f64::NEG_INFINITY,
    );
    for (x, y) in finite() {
        x_lo = x_lo.min(*x);
        x_hi = x_hi.max(*x);
        y_lo = y_lo.min(*y);
        y_hi = y_hi.max(*y);
    }
    let x_ticks = nice_ticks(x_lo, x_hi, 8);
    // Counts and money start at zero; only negative data moves the axis below it.
    let y_ticks = nice_ticks(y_lo.min(0.0), y_hi, 6);
    let legend: Vec<(String, Swatch)> = series
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.clone(), Swatch::Line(i)))
        .collect();

    render(size, &name(labels), |root| {
        let body = frame(root, &labels.title, &legend)?;
        let x_label = |v: &f64| x_ticks.label(*v);
        let y_label = |v: &f64| y_ticks.label(*v);
        let x = Axis {
            range: x_ticks.range(),
            ticks: x_ticks.values.clone(),
            label: &x_label,
            title: &labels.x,
            grid: true,
        };
        let y = Axis {
            range: y_ticks.range(),
            ticks: y_ticks.values.clone(),
            label: &y_label,
            title: &labels.y,
            grid: true,
        };
        let mut chart = plot(&body, &x, &y)?;
        if y_lo < 0.0 {
            chart.draw_series(LineSeries::new(
                vec![(x_ticks.range().start, 0.0), (x_ticks.range().end, 0.0)],
                INK.stroke_width(1),
            ))?;
        }
        for (i, (_, points)) in series.iter().enumerate() {
            draw_line(&mut chart, i, points, points.len().div_ceil(MAX_MARKERS))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(x: &str, y: &str) -> AxisLabels {
        AxisLabels {
            title: String::new(),
            x: x.into(),
            y: y.into(),
        }
    }

    #[test]
    fn lifetime_profit_draws_stages_and_values() {
        let stages: Vec<(String, f64)> = [
            ("Exploration", -120.0),
            ("Formation", 340.5),
            ("Stability", 1250.0),
            ("Decline", 180.0),
        ]
        .iter()
        .map(|(s, v)| (s.to_string(), *v))
        .collect();
        let svg =
            lifetime_profit(&stages, &labels("Stage", "Profit (EUR)"), Size::default()).unwrap();
        for text in [
            "Exploration",
            "Decline",
            "Profit (EUR)",
            "1,250",
            "−120",
            "<polyline",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        // No title: the axis titles name the chart.
        assert!(svg.contains("aria-label=\"Profit (EUR) — Stage\""));
    }

    #[test]
    fn lifetime_profit_gaps_and_empty() {
        let stages = vec![
            ("A".to_string(), 1.0),
            ("B".to_string(), f64::NAN),
            ("C".to_string(), 3.0),
        ];
        let svg = lifetime_profit(&stages, &labels("", ""), Size::default()).unwrap();
        assert!(!svg.contains("NaN") && svg.contains(">\nB\n<"));
        assert_eq!(
            lifetime_profit(&[], &labels("", ""), Size::default()),
            Err(ChartError::NoData)
        );
        let none = vec![("A".to_string(), f64::INFINITY)];
        assert_eq!(
            lifetime_profit(&none, &labels("", ""), Size::default()),
            Err(ChartError::NoData)
        );
    }

    #[test]
    fn two_lines_with_legend() {
        let actual: Vec<(f64, f64)> = (0..=39).map(|w| (f64::from(w), f64::from(w * w))).collect();
        let mut predicted: Vec<(f64, f64)> = (0..=78)
            .map(|w| (f64::from(w), f64::from(w) * 30.0))
            .collect();
        predicted[10].1 = f64::NAN;
        let series = vec![
            ("Actual".to_string(), actual),
            ("Predicted".to_string(), predicted),
        ];
        let mut l = labels("Week", "Cumulative repeat purchases");
        l.title = "Tracking".into();
        let svg = two_lines(&series, &l, Size::default()).unwrap();
        for text in [
            "Actual",
            "Predicted",
            "Week",
            "Cumulative repeat purchases",
            "2,000",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(!svg.contains("NaN"));
        assert_eq!(two_lines(&[], &l, Size::default()), Err(ChartError::NoData));
        let empty = vec![("x".to_string(), vec![(f64::NAN, 1.0)])];
        assert_eq!(
            two_lines(&empty, &l, Size::default()),
            Err(ChartError::NoData)
        );
    }
}
