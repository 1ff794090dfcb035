//! The cumulative (Lorenz) curve of value over customers, with the line of equality and the
//! 80/20 point.

use super::layout::{name, percent_ticks, plot, Axis};
use super::numfmt::percent;
use super::style::{self, anchored, font, INK, MUTED, SMALL_PX, TEXT_PX};
use super::svg::render;
use super::{AxisLabels, ChartError, Size};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// A point marked on the curve, e.g. "20 % of customers bring 80 % of revenue".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LorenzMarker {
    /// Cumulative share of customers, fraction 0–1.
    pub customers: f64,
    /// Cumulative share of value, fraction 0–1.
    pub value: f64,
    /// Text drawn beside the point, already translated.
    pub caption: String,
}

/// Draws the cumulative share of value (y) against the cumulative share of customers (x),
/// both fractions 0–1 shown as percentages, with the dashed line of equality and, if given,
/// `marker` as a dot with its caption.
///
/// Points are sorted by x; non-finite points are skipped and the rest clamped to 0–1.
/// Errors: `NoData` when no finite point remains.
pub fn lorenz(
    points: &[(f64, f64)],
    marker: Option<&LorenzMarker>,
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let mut curve: Vec<(f64, f64)> = points
        .iter()
        .filter(|(x, y)| x.is_finite() && y.is_finite())
        .map(|&(x, y)| (x.clamp(0.0, 1.0), y.clamp(0.0, 1.0)))
        .collect();
    if curve.is_empty() {
        return Err(ChartError::NoData);
    }
    curve.sort_by(|a, b| a.0.total_cmp(&b.0));
    let marker = marker.filter(|m| m.customers.is_finite() && m.value.is_finite());

    render(size, &name(labels), |root| {
        let body = super::layout::frame(root, &labels.title, &[])?;
        let as_percent = |v: &f64| percent(*v, 0);
        let axis = |title| Axis {
            range: 0.0..1.0,
            ticks: percent_ticks(),
            label: &as_percent,
            title,
            grid: true,
        };
        let mut chart = plot(&body, &axis(&labels.x), &axis(&labels.y))?;

        chart.draw_series(DashedLineSeries::new(
            vec![(0.0, 0.0), (1.0, 1.0)],
            6,
            4,
            MUTED.stroke_width(1),
        ))?;
        chart.draw_series(LineSeries::new(
            curve,
            style::series_color(0).stroke_width(3),
        ))?;

        if let Some(m) = marker {
            let at = (m.customers.clamp(0.0, 1.0), m.value.clamp(0.0, 1.0));
            let accent = style::series_color(1);
            // Guides to both axes let a printed copy be read off without the table.
            chart.draw_series(DashedLineSeries::new(
                vec![(at.0, 0.0), at, (0.0, at.1)],
                4,
                3,
                accent.stroke_width(1),
            ))?;
            chart.draw_series(std::iter::once(Circle::new(at, 6, accent.filled())))?;
            let caption = m.caption.trim().to_string();
            if !caption.is_empty() {
                // Above the diagonal the space below-right of the point is free, else
                // above-left.
                let (h, offset) = if at.1 >= at.0 {
                    (HPos::Left, (12, 10))
                } else {
                    (HPos::Right, (-12, -10))
                };
                let v = if at.1 >= at.0 {
                    VPos::Top
                } else {
                    VPos::Bottom
                };
                chart.draw_series(std::iter::once(
                    EmptyElement::at(at) + Text::new(caption, offset, anchored(TEXT_PX, INK, h, v)),
                ))?;
            }
            let readout = format!("{} / {}", percent(at.0, 0), percent(at.1, 0));
            chart.draw_series(std::iter::once(
                EmptyElement::at((at.0, 0.0)) + Text::new(readout, (6, -6), font(SMALL_PX, accent)),
            ))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> AxisLabels {
        AxisLabels {
            title: "Revenue concentration".into(),
            x: "Share of customers (%)".into(),
            y: "Share of revenue (%)".into(),
        }
    }

    fn curve() -> Vec<(f64, f64)> {
        vec![(0.0, 0.0), (0.1, 0.55), (0.2, 0.8), (0.5, 0.95), (1.0, 1.0)]
    }

    #[test]
    fn draws_curve_axes_and_marker() {
        let marker = LorenzMarker {
            customers: 0.2,
            value: 0.8,
            caption: "20 % of customers bring 80 % of revenue".into(),
        };
        let svg = lorenz(&curve(), Some(&marker), &labels(), Size::default()).unwrap();
        for text in [
            "Share of customers (%)",
            "Share of revenue (%)",
            "20 % of customers bring 80 % of revenue",
            "100 %",
            "<circle",
            "role=\"img\"",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
    }

    #[test]
    fn skips_non_finite_and_rejects_empty() {
        let mut points = curve();
        points.push((f64::NAN, 0.3));
        points.push((0.3, f64::INFINITY));
        let marker = LorenzMarker {
            customers: f64::NAN,
            value: 0.8,
            caption: "hidden".into(),
        };
        let svg = lorenz(&points, Some(&marker), &labels(), Size::default()).unwrap();
        assert!(!svg.contains("NaN") && !svg.contains("hidden"));
        assert_eq!(
            lorenz(&[], None, &labels(), Size::default()),
            Err(ChartError::NoData)
        );
        assert_eq!(
            lorenz(&[(f64::NAN, 1.0)], None, &labels(), Size::default()),
            Err(ChartError::NoData)
        );
    }
}
