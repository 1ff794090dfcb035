//! A grid of shares (e.g. probability alive over frequency × recency) on a single-hue scale.

use super::layout::{category_label, category_range, category_ticks, frame, name, plot, Axis};
use super::numfmt::percent;
use super::style::{self, anchored, ink_on_ramp, ramp, text_width, AXIS, INK, SMALL_PX};
use super::svg::render;
use super::{AxisLabels, ChartError, Size};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// Width of the colour legend strip on the right, px.
const LEGEND_W: u32 = 86;

/// Draws `cells` (fractions 0–1) as coloured squares from near white (0) to dark blue (1),
/// with a colour legend; values are printed in the cells when they fit.
///
/// `cells[i][j]` belongs to `y_labels[i]` and `x_labels[j]`; row 0 is drawn at the bottom so
/// the vertical axis grows upwards like the others. Values outside 0–1 are clamped;
/// non-finite cells stay white with a grey outline. Errors: `NoData` when there is no cell or
/// no finite value.
pub fn heatmap(
    cells: &[Vec<f64>],
    x_labels: &[String],
    y_labels: &[String],
    labels: &AxisLabels,
    size: Size,
) -> Result<String, ChartError> {
    let rows = cells.len();
    let cols = cells.iter().map(Vec::len).max().unwrap_or(0);
    if rows == 0 || cols == 0 || !cells.iter().flatten().any(|v| v.is_finite()) {
        return Err(ChartError::NoData);
    }
    let x_names: Vec<String> = (0..cols)
        .map(|j| x_labels.get(j).cloned().unwrap_or_default())
        .collect();
    let y_names: Vec<String> = (0..rows)
        .map(|i| y_labels.get(i).cloned().unwrap_or_default())
        .collect();

    render(size, &name(labels), |root| {
        let body = frame(root, &labels.title, &[])?;
        let (w, h) = body.dim_in_pixel();
        let (grid_area, legend_area) = body.split_horizontally(w.saturating_sub(LEGEND_W));
        let axis_w = f64::from(w.saturating_sub(LEGEND_W)) * 0.8;
        let axis_h = f64::from(h) * 0.7;
        let slot_w = axis_w / cols as f64;
        let slot_h = axis_h / rows as f64;
        let x_shown: Vec<String> = x_names
            .iter()
            .map(|s| style::truncate(s, SMALL_PX, (slot_w * 3.0).max(24.0)))
            .collect();
        let y_shown: Vec<String> = y_names
            .iter()
            .map(|s| style::truncate(s, SMALL_PX, 120.0))
            .collect();
        let widest_x = x_shown
            .iter()
            .map(|s| text_width(s, SMALL_PX))
            .fold(0.0, f64::max);
        let x_label = |v: &f64| category_label(&x_shown, *v);
        let y_label = |v: &f64| category_label(&y_shown, *v);
        let x = Axis {
            range: category_range(cols),
            ticks: category_ticks(cols, widest_x, axis_w),
            label: &x_label,
            title: &labels.x,
            grid: false,
        };
        // Rows are one line high, so only the line height decides how many labels fit.
        let y = Axis {
            range: category_range(rows),
            ticks: category_ticks(rows, SMALL_PX * 1.2, axis_h),
            label: &y_label,
            title: &labels.y,
            grid: false,
        };
        let mut chart = plot(&grid_area, &x, &y)?;

        let show_values = slot_w >= text_width("100 %", SMALL_PX) + 6.0 && slot_h >= 18.0;
        for (i, row) in cells.iter().enumerate() {
            for (j, value) in row.iter().enumerate() {
                let (cx, cy) = (j as f64, i as f64);
                let corners = [(cx - 0.5, cy - 0.5), (cx + 0.5, cy + 0.5)];
                if !value.is_finite() {
                    chart.draw_series(std::iter::once(Rectangle::new(
                        corners,
                        style::GRID.stroke_width(1),
                    )))?;
                    continue;
                }
                let t = value.clamp(0.0, 1.0);
                chart.draw_series(std::iter::once(Rectangle::new(corners, ramp(t).filled())))?;
                if show_values {
                    chart.draw_series(std::iter::once(Text::new(
                        percent(t, 0),
                        (cx, cy),
                        anchored(SMALL_PX, ink_on_ramp(t), HPos::Center, VPos::Center),
                    )))?;
                }
            }
        }
        draw_legend(&legend_area)
    })
}

/// The colour legend: a vertical ramp from 0 % (bottom) to 100 % (top) with ticks.
fn draw_legend(area: &super::svg::Area) -> Result<(), ChartError> {
    let (_, h) = area.dim_in_pixel();
    let top = 16;
    let bottom = (h as i32 - 60).max(top + 40);
    let (x0, x1) = (8, 26);
    let steps = 40;
    let span = bottom - top;
    for k in 0..steps {
        let y0 = bottom - span * k / steps;
        let y1 = bottom - span * (k + 1) / steps;
        let t = (f64::from(k) + 0.5) / f64::from(steps);
        area.draw(&Rectangle::new([(x0, y1), (x1, y0)], ramp(t).filled()))?;
    }
    area.draw(&Rectangle::new(
        [(x0, top), (x1, bottom)],
        AXIS.stroke_width(1),
    ))?;
    for k in 0..=4 {
        let t = f64::from(k) / 4.0;
        let y = bottom - span * k / 4;
        area.draw(&PathElement::new(
            vec![(x1, y), (x1 + 4, y)],
            AXIS.stroke_width(1),
        ))?;
        area.draw(&Text::new(
            percent(t, 0),
            (x1 + 7, y),
            anchored(SMALL_PX, INK, HPos::Left, VPos::Center),
        ))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(n: usize) -> Vec<String> {
        (0..n).map(|k| k.to_string()).collect()
    }

    fn labels() -> AxisLabels {
        AxisLabels {
            title: "Probability alive".into(),
            x: "Recency (weeks)".into(),
            y: "Frequency (repeat purchases)".into(),
        }
    }

    #[test]
    fn draws_cells_values_and_legend() {
        let cells: Vec<Vec<f64>> = (0..5)
            .map(|i| (0..6).map(|j| f64::from(i * j) / 20.0).collect())
            .collect();
        let svg = heatmap(&cells, &names(6), &names(5), &labels(), Size::default()).unwrap();
        for text in [
            "Recency (weeks)",
            "Frequency (repeat purchases)",
            "100 %",
            "50 %",
        ] {
            assert!(svg.contains(text), "missing {text}");
        }
        assert!(svg.matches("<rect").count() >= 30 + 40);
        // The darkest cell carries white text.
        assert!(svg.contains("fill=\"#FFFFFF\""));
    }

    #[test]
    fn odd_values_and_large_grids() {
        let mut cells = vec![vec![0.5; 60]; 40];
        cells[3][4] = f64::NAN;
        cells[5][6] = 7.0;
        cells[7][8] = -1.0;
        cells[9].truncate(10);
        let svg = heatmap(&cells, &names(60), &names(2), &labels(), Size::default()).unwrap();
        assert!(!svg.contains("NaN"));
        assert_eq!(
            heatmap(&[], &[], &[], &labels(), Size::default()),
            Err(ChartError::NoData)
        );
        assert_eq!(
            heatmap(&[vec![f64::NAN]], &[], &[], &labels(), Size::default()),
            Err(ChartError::NoData)
        );
    }
}
