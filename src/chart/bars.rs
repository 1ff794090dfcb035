//! Bar charts: LTV by year, CAC against LTV per channel, one ratio per row, and generic grouped
//! bars.

use super::layout::{
    category_label, category_range, category_ticks, frame, name, nice_ticks, plot, Axis, Swatch,
    MARGIN,
};
use super::numfmt::number;
use super::style::{self, anchored, text_width, INK, SMALL_PX};
use super::svg::render;
use super::{AxisLabels, ChartError, Size};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Decimals of value labels on bars: money is read to the cent where values are small.
fn value_decimals(values: impl Iterator<Item = f64>) -> usize {
    let largest = values.map(f64::abs).fold(0.0, f64::max);
    if largest >= 1000.0 {
        0
    } else {
        2
    }
}

/// Draws the cumulative LTV per customer at the end of each year as bars, labelled with their
/// values, with the zero line drawn (early years are often negative: −6.40, 26.25, 52.70).
///
/// `years` holds (year number, money); non-finite values are skipped. Errors: `NoData` when
/// no finite value remains.
pub fn cumulative_ltv(
    years: &[(u32, f64)],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let bars: Vec<(String, f64)> = years
        .iter()
        .filter(|(_, v)| v.is_finite())
        .map(|(year, v)| (year.to_string(), *v))
        .collect();
    if bars.is_empty() {
        return Err(ChartError::NoData);
    }
    let categories: Vec<String> = bars.iter().map(|(c, _)| c.clone()).collect();
    let values: Vec<Vec<f64>> = vec![bars.iter().map(|(_, v)| *v).collect()];
    vertical_bars(&categories, &values, &[], labels, size)
}

/// Draws one vertical bar per category (e.g. profit by tier), labelled with its value, with the
/// zero line drawn so losses read apart.
///
/// Non-finite values leave a gap. Errors: `NoData` when there is no category or no finite
/// value.
pub fn single_bars(
    categories: &[String],
    values: &[f64],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    vertical_bars(categories, &[values.to_vec()], &[], labels, size)
}

/// Draws a generic grouped bar chart: for each category one bar per series, with a legend of
/// the series names, e.g. the actual against the model's distribution of purchase counts.
///
/// `series` holds (name, one value per category); missing or non-finite values leave a gap.
/// Errors: `NoData` when there is no category or no finite value.
pub fn paired_bars(
    categories: &[String],
    series: &[(String, Vec<f64>)],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let names: Vec<String> = series.iter().map(|(n, _)| n.clone()).collect();
    let values: Vec<Vec<f64>> = series.iter().map(|(_, v)| v.clone()).collect();
    vertical_bars(categories, &values, &names, labels, size)
}

/// Grouped vertical bars; `names` empty means a single unnamed series and no legend.
fn vertical_bars(
    categories: &[String],
    values: &[Vec<f64>],
    names: &[String],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let n = categories.len();
    let finite: Vec<f64> = values
        .iter()
        .flat_map(|s| s.iter().take(n))
        .copied()
        .filter(|v| v.is_finite())
        .collect();
    if n == 0 || finite.is_empty() {
        return Err(ChartError::NoData);
    }
    let lo = finite.iter().copied().fold(0.0, f64::min);
    let hi = finite.iter().copied().fold(0.0, f64::max);
    // Headroom so value labels above the tallest bar (or below the deepest) stay inside.
    let pad = (hi - lo) * 0.08;
    let ticks = nice_ticks(lo - if lo < 0.0 { pad } else { 0.0 }, hi + pad, 6);
    let decimals = value_decimals(finite.iter().copied());
    let m = values.len().max(1);
    let legend: Vec<(String, Swatch)> = names
        .iter()
        .enumerate()
        .map(|(i, name)| (name.clone(), Swatch::Bar(i)))
        .collect();

    render(size, &name(labels), |root| {
        let body = frame(root, &labels.title, &legend)?;
        let (w, _) = body.dim_in_pixel();
        let axis_px = f64::from(w) * 0.8;
        let slot_px = axis_px / n as f64;
        let widest = categories
            .iter()
            .map(|c| text_width(c, SMALL_PX))
            .fold(0.0, f64::max);
        // Long names are cut to two slots so that every other label still fits.
        let label_px = widest.min(slot_px * 2.0 - 8.0).max(slot_px - 8.0);
        let shown: Vec<String> = categories
            .iter()
            .map(|c| style::truncate(c, SMALL_PX, label_px))
            .collect();
        let x_label = |v: &f64| category_label(&shown, *v);
        let y_label = |v: &f64| ticks.label(*v);
        let x = Axis {
            range: category_range(n),
            ticks: category_ticks(n, label_px.min(widest), axis_px),
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

        let group = 0.8;
        let bar = group / m as f64;
        let show_values = {
            let widest_value = finite
                .iter()
                .map(|v| text_width(&number(*v, decimals), SMALL_PX))
                .fold(0.0, f64::max);
            widest_value + 4.0 <= slot_px * bar
        };
        for (s, series) in values.iter().enumerate() {
            let (fill, outline) = style::bar_style(if names.is_empty() { 0 } else { s });
            for (i, v) in series.iter().take(n).enumerate() {
                if !v.is_finite() {
                    continue;
                }
                let left = i as f64 - group / 2.0 + bar * s as f64;
                let corners = [(left + bar * 0.06, 0.0), (left + bar * 0.94, *v)];
                chart.draw_series([
                    Rectangle::new(corners, fill),
                    Rectangle::new(corners, outline),
                ])?;
                if show_values {
                    let (v_pos, dy) = if *v >= 0.0 {
                        (VPos::Bottom, -3)
                    } else {
                        (VPos::Top, 3)
                    };
                    chart.draw_series(std::iter::once(
                        EmptyElement::at((left + bar / 2.0, *v))
                            + Text::new(
                                number(*v, decimals),
                                (0, dy),
                                anchored(SMALL_PX, INK, HPos::Center, v_pos),
                            ),
                    ))?;
                }
            }
        }
        draw_zero_line(&mut chart, category_range(n), true)?;
        Ok(())
    })
}

/// The zero line, in ink so that gains and losses read apart; `horizontal` for a vertical
/// value axis.
fn draw_zero_line(
    chart: &mut super::layout::Plot,
    along: std::ops::Range<f64>,
    horizontal: bool,
) -> Result<(), ChartError> {
    let points = if horizontal {
        vec![(along.start, 0.0), (along.end, 0.0)]
    } else {
        vec![(0.0, along.start), (0.0, along.end)]
    };
    chart.draw_series(LineSeries::new(points, INK.stroke_width(1)))?;
    Ok(())
}

/// Draws acquisition cost (CAC) against lifetime value (LTV) per channel as pairs of
/// horizontal bars, so long channel names stay readable; `names` are the translated legend
/// entries for CAC and LTV, in that order.
///
/// `channels` holds (channel, CAC, LTV) in money; a non-finite value leaves its bar out and a
/// channel with neither is skipped. Errors: `NoData` when no channel remains.
pub fn cac_vs_ltv(
    channels: &[(String, f64, f64)],
    names: [&str; 2],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let rows: Vec<(String, Vec<f64>)> = channels
        .iter()
        .map(|(c, cac, ltv)| (c.clone(), vec![*cac, *ltv]))
        .collect();
    // CAC is drawn in the light style and LTV in the solid one: the value stands out, and the
    // two stay apart in grey print.
    let series = [(names[0], 1), (names[1], 0)];
    horizontal_bars(&rows, &series, None, labels, size)
}

/// Draws one horizontal bar per row (e.g. LTV : CAC per channel), first row at the top, with a
/// dashed line at `reference` (e.g. 1, where a customer earns back what winning it cost).
///
/// `rows` holds (label, value); a non-finite value is skipped. Errors: `NoData` when no row
/// remains.
pub fn ratio_bars(
    rows: &[(String, f64)],
    reference: Option<f64>,
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let rows: Vec<(String, Vec<f64>)> = rows.iter().map(|(c, v)| (c.clone(), vec![*v])).collect();
    horizontal_bars(&rows, &[("", 0)], reference, labels, size)
}

/// Horizontal bars, one group per row and one bar per series; `series` gives each series's
/// legend entry (none when there is one series) and bar style. Long row labels take up to a
/// third of the width and are cut with "…".
fn horizontal_bars(
    rows: &[(String, Vec<f64>)],
    series: &[(&str, usize)],
    reference: Option<f64>,
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let rows: Vec<&(String, Vec<f64>)> = rows
        .iter()
        .filter(|(_, values)| values.iter().any(|v| v.is_finite()))
        .collect();
    if rows.is_empty() {
        return Err(ChartError::NoData);
    }
    let n = rows.len();
    let finite: Vec<f64> = rows
        .iter()
        .flat_map(|(_, values)| values.iter().copied())
        .chain(reference)
        .filter(|v| v.is_finite())
        .collect();
    let lo = finite.iter().copied().fold(0.0, f64::min);
    let hi = finite.iter().copied().fold(0.0, f64::max);
    let decimals = value_decimals(finite.iter().copied());
    let widest_value = finite
        .iter()
        .map(|v| text_width(&number(*v, decimals), SMALL_PX))
        .fold(0.0, f64::max);
    let legend: Vec<(String, Swatch)> = if series.len() > 1 {
        series
            .iter()
            .map(|(name, style)| (name.to_string(), Swatch::Bar(*style)))
            .collect()
    } else {
        Vec::new()
    };
    // Each row's band is 0.76 of its slot, shared by its series, with a small gap between.
    let slot = 0.76 / series.len() as f64;

    render(size, &name(labels), |root| {
        let body = frame(root, &labels.title, &legend)?;
        let (w, _) = body.dim_in_pixel();
        let w = f64::from(w);
        let label_px = rows
            .iter()
            .map(|(c, _)| text_width(c, SMALL_PX))
            .fold(0.0, f64::max)
            .min(w / 3.0);
        let shown: Vec<String> = rows
            .iter()
            .rev()
            .map(|(c, _)| style::truncate(c, SMALL_PX, label_px))
            .collect();
        // Room for value labels at the bar ends, as a share of the plot width.
        let plot_px = (w - label_px - 3.0 * f64::from(MARGIN) - 40.0).max(60.0);
        let label_share = ((widest_value + 8.0) / plot_px).min(0.4);
        let span = (hi - lo).max(f64::MIN_POSITIVE);
        let grow = span * label_share / (1.0 - label_share);
        let ticks = nice_ticks(
            if lo < 0.0 { lo - grow } else { 0.0 },
            if hi > 0.0 { hi + grow } else { 0.0 },
            5,
        );
        let y_label = |v: &f64| category_label(&shown, *v);
        let x_label = |v: &f64| ticks.label(*v);
        let x = Axis {
            range: ticks.range(),
            ticks: ticks.values.clone(),
            label: &x_label,
            title: &labels.x,
            grid: true,
        };
        let y = Axis {
            range: category_range(n),
            ticks: (0..n).map(|i| i as f64).collect(),
            label: &y_label,
            title: &labels.y,
            grid: false,
        };
        let mut chart = plot(&body, &x, &y)?;

        for (i, (_, values)) in rows.iter().enumerate() {
            // First row at the top, as in the table beside the chart.
            let centre = (n - 1 - i) as f64;
            for (j, (value, (_, style_index))) in values.iter().zip(series).enumerate() {
                if !value.is_finite() {
                    continue;
                }
                let offset = 0.38 - (j as f64 + 0.5) * slot;
                let half = slot / 2.0 - 0.02;
                let (fill, outline) = style::bar_style(*style_index);
                let corners = [
                    (0.0, centre + offset - half),
                    (*value, centre + offset + half),
                ];
                chart.draw_series([
                    Rectangle::new(corners, fill),
                    Rectangle::new(corners, outline),
                ])?;
                let (h, dx) = if *value >= 0.0 {
                    (HPos::Left, 4)
                } else {
                    (HPos::Right, -4)
                };
                chart.draw_series(std::iter::once(
                    EmptyElement::at((*value, centre + offset))
                        + Text::new(
                            number(*value, decimals),
                            (dx, 0),
                            anchored(SMALL_PX, INK, h, VPos::Center),
                        ),
                ))?;
            }
        }
        draw_zero_line(&mut chart, category_range(n), false)?;
        if let Some(at) = reference.filter(|v| v.is_finite()) {
            let along = category_range(n);
            chart.draw_series(DashedLineSeries::new(
                [(at, along.start), (at, along.end)],
                4,
                3,
                INK.stroke_width(1),
            ))?;
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(x: &str, y: &str) -> AxisLabels {
        AxisLabels {
            title: "Chart title".into(),
            x: x.into(),
            y: y.into(),
        }
    }

    #[test]
    fn ratios_with_their_reference_line() {
        let rows = [
            ("Referral".to_string(), 4.25),
            ("Trade show".to_string(), 0.8),
            ("Nothing".to_string(), f64::NAN),
        ];
        let svg = ratio_bars(
            &rows,
            Some(1.0),
            &labels("LTV : CAC", "Channel"),
            Size::default(),
        )
        .unwrap();
        for text in ["Referral", "Trade show", "4.25", "0.80", "LTV : CAC"] {
            assert!(svg.contains(text), "{text}");
        }
        assert!(!svg.contains("Nothing") && !svg.contains("NaN"));
        // The reference line is drawn as dashes: more strokes than without it.
        let without = ratio_bars(
            &rows,
            None,
            &labels("LTV : CAC", "Channel"),
            Size::default(),
        )
        .unwrap();
        assert!(svg.matches("<polyline").count() > without.matches("<polyline").count() + 3);
        assert_eq!(
            ratio_bars(
                &[("x".into(), f64::NAN)],
                Some(1.0),
                &labels("x", "y"),
                Size::default()
            ),
            Err(ChartError::NoData)
        );
    }

    #[test]
    fn ltv_by_year_with_negative_first_year() {
        let years = [(1, -6.40), (2, 26.25), (3, 52.70)];
        let svg = cumulative_ltv(
            &years,
            &labels("Year", "LTV per customer (EUR)"),
            Size::default(),
        )
        .unwrap();
        for text in [
            "Year",
            "LTV per customer (EUR)",
            "−6.40",
            "26.25",
            "52.70",
            "role=\"img\"",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(!svg.contains("NaN"));
    }

    #[test]
    fn ltv_skips_non_finite_and_rejects_empty() {
        let years = [(1, f64::NAN), (2, 26.25), (3, f64::INFINITY)];
        let svg = cumulative_ltv(&years, &labels("Year", "EUR"), Size::default()).unwrap();
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        assert_eq!(
            cumulative_ltv(&[], &labels("", ""), Size::default()),
            Err(ChartError::NoData)
        );
        assert_eq!(
            cumulative_ltv(&[(1, f64::NAN)], &labels("", ""), Size::default()),
            Err(ChartError::NoData)
        );
    }

    #[test]
    fn cac_against_ltv_with_long_names() {
        let channels = vec![
            ("Referral / word of mouth".to_string(), 40.0, 1250.0),
            (
                "Consulting or information services and other very long channel names".to_string(),
                310.0,
                -45.5,
            ),
            ("Search".to_string(), f64::NAN, 800.0),
            ("Nothing".to_string(), f64::NAN, f64::INFINITY),
        ];
        let svg = cac_vs_ltv(
            &channels,
            ["CAC", "LTV"],
            &labels("Money per customer (EUR)", "Channel"),
            Size::default(),
        )
        .unwrap();
        for text in [
            "Referral / word of mouth",
            "…",
            "CAC",
            "LTV",
            "1,250",
            "−46",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(!svg.contains("Nothing") && !svg.contains("NaN"));
        assert_eq!(
            cac_vs_ltv(&[], ["CAC", "LTV"], &labels("", ""), Size::default()),
            Err(ChartError::NoData)
        );
    }

    #[test]
    fn paired_bars_with_legend_and_gaps() {
        let categories: Vec<String> = (0..8).map(|k| k.to_string()).collect();
        let series = vec![
            (
                "Actual".to_string(),
                vec![120.0, 80.0, 40.0, f64::NAN, 10.0],
            ),
            (
                "Model".to_string(),
                vec![115.0, 85.0, 38.0, 20.0, 11.0, 5.0, 2.0, 1.0],
            ),
        ];
        let svg = paired_bars(
            &categories,
            &series,
            &labels("Repeat purchases", "Customers"),
            Size::default(),
        )
        .unwrap();
        for text in ["Actual", "Model", "Repeat purchases", "Customers"] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(!svg.contains("NaN"));
        assert_eq!(
            paired_bars(&[], &series, &labels("", ""), Size::default()),
            Err(ChartError::NoData)
        );
        assert_eq!(
            paired_bars(&categories, &[], &labels("", ""), Size::default()),
            Err(ChartError::NoData)
        );
    }
}
