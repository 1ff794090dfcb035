//! Layout shared by the charts: nice ticks, categorical axes, the title and legend strip, and
//! a cartesian plot whose label areas are sized from its own tick labels.

use super::numfmt;
use super::style::{
    self, anchored, font, text_width, AXIS, GRID, INK, SMALL_PX, TEXT_PX, TITLE_PX,
};
use super::svg::Area;
use super::ChartError;
use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::coord::CoordTranslate;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::ops::Range;

/// Outer margin of every chart, px.
pub(crate) const MARGIN: u32 = 12;
/// Height of one line of body text, px.
pub(crate) const LINE_PX: f64 = TEXT_PX * 1.35;

/// Tick positions along a numeric axis and the decimals their labels need.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Ticks {
    pub values: Vec<f64>,
    pub decimals: usize,
}

impl Ticks {
    /// From the first to the last tick, so the axis ends on a labelled value.
    pub fn range(&self) -> Range<f64> {
        let first = self.values.first().copied().unwrap_or(0.0);
        let last = self.values.last().copied().unwrap_or(1.0);
        first..last
    }

    /// Tick labels written through the number helper.
    pub fn label(&self, value: f64) -> String {
        numfmt::number(value, self.decimals)
    }
}

/// About `target` ticks at multiples of 1, 2 or 5 × 10^k covering `lo..=hi`; a degenerate or
/// non-finite range is widened so the axis still has extent.
pub(crate) fn nice_ticks(lo: f64, hi: f64, target: usize) -> Ticks {
    let (mut lo, mut hi) = match (lo.is_finite(), hi.is_finite()) {
        (true, true) if lo <= hi => (lo, hi),
        (true, true) => (hi, lo),
        _ => (0.0, 1.0),
    };
    if hi - lo <= f64::EPSILON * lo.abs().max(hi.abs()).max(1.0) {
        let pad = if lo == 0.0 { 1.0 } else { lo.abs() * 0.1 };
        lo -= pad;
        hi += pad;
    }
    let raw = (hi - lo) / target.max(1) as f64;
    if !raw.is_finite() {
        // Only reachable for spans near f64::MAX: keep the ends rather than dividing inf.
        return Ticks {
            values: vec![lo, hi],
            decimals: 0,
        };
    }
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = match raw / magnitude {
        n if n <= 1.0 => 1.0,
        n if n <= 2.0 => 2.0,
        n if n <= 5.0 => 5.0,
        _ => 10.0,
    } * magnitude;
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    let count = ((last - first).max(1.0) as usize).min(100);
    let values = (0..=count)
        .map(|k| {
            let v = (first + k as f64) * step;
            // Multiples of 0.1 pick up rounding noise; snap so "0" is not "−0.0000001".
            if v.abs() < step * 1e-9 {
                0.0
            } else {
                v
            }
        })
        .collect();
    Ticks {
        values,
        decimals: numfmt::decimals_for_step(step),
    }
}

/// Ticks of a percentage axis from 0 to 1 every 20 %.
pub(crate) fn percent_ticks() -> Vec<f64> {
    (0..=5).map(|k| f64::from(k) * 0.2).collect()
}

/// The categories kept in `values`: positions `0..n` with a label every `every`-th slot, so
/// labels of `slot_px` wide slots don't collide.
pub(crate) fn category_ticks(n: usize, label_px: f64, axis_px: f64) -> Vec<f64> {
    let slot = axis_px / n.max(1) as f64;
    let every = ((label_px + 8.0) / slot.max(1.0)).ceil().max(1.0) as usize;
    (0..n).step_by(every).map(|i| i as f64).collect()
}

/// Label of the category at `value`, when `value` is one of the integer positions.
pub(crate) fn category_label(labels: &[String], value: f64) -> String {
    let i = value.round();
    if (value - i).abs() > 1e-6 || i < 0.0 {
        return String::new();
    }
    labels.get(i as usize).cloned().unwrap_or_default()
}

/// Range of a categorical axis with `n` slots centred on `0..n`.
pub(crate) fn category_range(n: usize) -> Range<f64> {
    -0.5..(n.max(1) as f64 - 0.5)
}

/// How a legend entry is drawn.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// Series `i` as a line (dashed for odd `i`) with its marker.
    Line(usize),
    /// Series `i` as a bar.
    Bar(usize),
}

/// Draws the title (if any) and legend (if any) at the top of `root` and returns the area left
/// below them.
pub(crate) fn frame<'a>(
    root: &Area<'a>,
    title: &str,
    legend: &[(String, Swatch)],
) -> Result<Area<'a>, ChartError> {
    let (width, _) = root.dim_in_pixel();
    let width = f64::from(width);
    let mut y = f64::from(MARGIN);
    let title = title.trim();
    if !title.is_empty() {
        let text = style::truncate(title, TITLE_PX, width - 2.0 * f64::from(MARGIN));
        root.draw(&Text::new(
            text,
            ((width / 2.0) as i32, y as i32),
            style::bold(TITLE_PX, INK).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
        y += TITLE_PX * 1.6;
    }
    if !legend.is_empty() {
        y += 2.0;
        let mut x = f64::from(MARGIN) + 8.0;
        let right = width - f64::from(MARGIN);
        let entry_gap = 18.0;
        let swatch_w = 26.0;
        for (label, swatch) in legend {
            let label = style::truncate(label, TEXT_PX, right - f64::from(MARGIN) - swatch_w);
            let entry = swatch_w + 6.0 + text_width(&label, TEXT_PX);
            if x + entry > right && x > f64::from(MARGIN) + 8.0 {
                x = f64::from(MARGIN) + 8.0;
                y += LINE_PX;
            }
            let mid = (y + LINE_PX / 2.0) as i32;
            let x0 = x as i32;
            draw_swatch(root, *swatch, x0, mid, swatch_w as i32)?;
            root.draw(&Text::new(
                label,
                (x0 + swatch_w as i32 + 6, mid),
                anchored(TEXT_PX, INK, HPos::Left, VPos::Center),
            ))?;
            x += entry + entry_gap;
        }
        y += LINE_PX + 4.0;
    }
    Ok(root.split_vertically(y.round() as u32).1)
}

fn draw_swatch(root: &Area, swatch: Swatch, x: i32, mid: i32, w: i32) -> Result<(), ChartError> {
    match swatch {
        Swatch::Line(i) => {
            let color = style::series_color(i);
            let line = color.stroke_width(2);
            if i % 2 == 1 {
                root.draw(&PathElement::new(vec![(x, mid), (x + w / 3, mid)], line))?;
                root.draw(&PathElement::new(
                    vec![(x + 2 * w / 3, mid), (x + w, mid)],
                    line,
                ))?;
            } else {
                root.draw(&PathElement::new(vec![(x, mid), (x + w, mid)], line))?;
            }
            draw_marker(root, i, (x + w / 2, mid))?;
        }
        Swatch::Bar(i) => {
            let (fill, outline) = style::bar_style(i);
            let corners = [(x + w / 2 - 8, mid - 7), (x + w / 2 + 8, mid + 7)];
            root.draw(&Rectangle::new(corners, fill))?;
            root.draw(&Rectangle::new(corners, outline))?;
        }
    }
    Ok(())
}

/// Draws series `i`'s marker (circle, square or triangle, so series differ in grey print)
/// centred on `at`, in the area's own coordinates.
pub(crate) fn draw_marker<DB, CT>(
    area: &DrawingArea<DB, CT>,
    i: usize,
    at: CT::From,
) -> Result<(), ChartError>
where
    DB: DrawingBackend,
    CT: CoordTranslate,
{
    let color = style::series_color(i).filled();
    let anchor = EmptyElement::at(at);
    match i % 3 {
        0 => area.draw(&(anchor + Circle::new((0, 0), 4, color)))?,
        1 => area.draw(&(anchor + Rectangle::new([(-4, -4), (4, 4)], color)))?,
        _ => area.draw(&(anchor + TriangleMarker::new((0, 0), 5, color)))?,
    }
    Ok(())
}

/// A numeric or categorical axis of a cartesian plot.
pub(crate) struct Axis<'l> {
    /// Shown extent.
    pub range: Range<f64>,
    /// Labelled positions (also where grid lines go).
    pub ticks: Vec<f64>,
    /// Writes the label of a tick.
    pub label: &'l dyn Fn(&f64) -> String,
    /// Axis title; nothing is drawn when empty.
    pub title: &'l str,
    /// Whether grid lines are drawn at the ticks.
    pub grid: bool,
}

/// A linear `f64` axis with exactly the given ticks.
///
/// plotters' own `with_key_points` cannot be combined with a label formatter on `f64` axes
/// (its format option is not the default one), hence this small coordinate type. Its mapping
/// never yields a coordinate from a non-finite value or span: those map to the axis start.
#[derive(Debug, Clone)]
pub(crate) struct Ticked {
    range: Range<f64>,
    ticks: Vec<f64>,
}

impl Ranged for Ticked {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.range.end - self.range.start;
        let t = (value - self.range.start) / span;
        if !t.is_finite() {
            return limit.0;
        }
        let pixel = f64::from(limit.0) + t * f64::from(limit.1 - limit.0);
        // Far-out values are clipped well outside the page instead of wrapping around i32.
        pixel.clamp(-1e6, 1e6).round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        // Light (minor) grid lines are not wanted: only the labelled ticks get lines.
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.range.clone()
    }
}

/// The plot type every cartesian chart here uses: `f64` both ways with explicit ticks.
pub(crate) type Plot<'a, 'b> = ChartContext<'a, SVGBackend<'b>, Cartesian2d<Ticked, Ticked>>;

/// Builds a plot on `area` and draws its axes, grid and labels. The label areas are sized from
/// the widest tick label and the titles, so nothing is cut at the default size.
pub(crate) fn plot<'a, 'b>(
    area: &Area<'b>,
    x: &Axis,
    y: &Axis,
) -> Result<Plot<'a, 'b>, ChartError> {
    let widest_y = y
        .ticks
        .iter()
        .map(|v| text_width(&(y.label)(v), SMALL_PX))
        .fold(0.0, f64::max);
    let y_title = if y.title.trim().is_empty() {
        0.0
    } else {
        LINE_PX + 4.0
    };
    let x_title = if x.title.trim().is_empty() {
        0.0
    } else {
        LINE_PX + 4.0
    };
    let y_area = (widest_y + 14.0 + y_title).ceil() as u32;
    // The last x label is centred on the plot's right edge: keep its right half on the page.
    let last_x = x
        .ticks
        .last()
        .map_or(0.0, |v| text_width(&(x.label)(v), SMALL_PX));
    let right = (last_x / 2.0 + 4.0).max(f64::from(MARGIN)).ceil() as u32;
    let x_area = (SMALL_PX * 1.4 + 10.0 + x_title).ceil() as u32;

    let mut chart = ChartBuilder::on(area)
        .margin(MARGIN)
        .margin_top(6)
        .margin_right(right)
        .x_label_area_size(x_area)
        .y_label_area_size(y_area)
        .build_cartesian_2d(
            Ticked {
                range: x.range.clone(),
                ticks: x.ticks.clone(),
            },
            Ticked {
                range: y.range.clone(),
                ticks: y.ticks.clone(),
            },
        )?;

    let mut mesh = chart.configure_mesh();
    mesh.x_label_formatter(x.label)
        .y_label_formatter(y.label)
        .label_style(font(SMALL_PX, INK))
        .axis_desc_style(font(TEXT_PX, INK))
        .axis_style(AXIS.stroke_width(1))
        .bold_line_style(GRID.stroke_width(1))
        .light_line_style(TRANSPARENT);
    if !x.title.trim().is_empty() {
        mesh.x_desc(x.title.trim());
    }
    if !y.title.trim().is_empty() {
        mesh.y_desc(y.title.trim());
    }
    if !x.grid {
        mesh.disable_x_mesh();
    }
    if !y.grid {
        mesh.disable_y_mesh();
    }
    mesh.draw()?;
    Ok(chart)
}

/// Accessible name: the title, or the axis titles when there is none.
pub(crate) fn name(labels: &super::AxisLabels) -> String {
    let title = labels.title.trim();
    if !title.is_empty() {
        return title.to_string();
    }
    [labels.y.trim(), labels.x.trim()]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" — ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_nice_and_cover_the_range() {
        let t = nice_ticks(-6.4, 52.7, 6);
        assert_eq!(t.values.first(), Some(&-10.0));
        assert_eq!(t.values.last(), Some(&60.0));
        assert_eq!(t.decimals, 0);
        let t = nice_ticks(0.0, 0.7, 6);
        assert_eq!(t.decimals, 1);
        assert!(t.values.contains(&0.0));
        let t = nice_ticks(5.0, 5.0, 6);
        assert!(t.range().start < 5.0 && t.range().end > 5.0);
        let t = nice_ticks(f64::NAN, 3.0, 6);
        assert_eq!(t.range(), 0.0..1.0);
        let t = nice_ticks(-f64::MAX, f64::MAX, 6);
        assert!(t.values.iter().all(|v| v.is_finite()));
    }

    #[test]
    fn categories_thin_out_when_crowded() {
        assert_eq!(category_ticks(4, 40.0, 400.0).len(), 4);
        assert!(category_ticks(40, 40.0, 400.0).len() < 40);
        let labels = vec!["a".to_string(), "b".to_string()];
        assert_eq!(category_label(&labels, 1.0), "b");
        assert_eq!(category_label(&labels, 0.5), "");
        assert_eq!(category_label(&labels, 7.0), "");
    }
}
