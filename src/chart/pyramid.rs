//! The value pyramid: stacked bands, top tier narrowest at the apex, each captioned beside it.

use super::layout::{frame, MARGIN};
use super::style::{self, anchored, ramp, AXIS, INK, PAPER, TEXT_PX};
use super::svg::render;
use super::{ChartError, Size};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

/// One tier of the pyramid, as the page shows it.
///
/// Only `caption` (or `label`) is drawn; the numbers travel along so that one value feeds
/// both the chart and its table alternative.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PyramidTier {
    /// Tier name, e.g. "Large potential".
    pub label: String,
    /// Customers in the tier, count.
    pub count: usize,
    /// The tier's share of revenue, fraction 0–1.
    pub share_of_revenue: f64,
    /// The tier's share of profit, fraction 0–1.
    pub share_of_profit: f64,
    /// Text drawn beside the band, already translated and formatted, e.g.
    /// "Large potential — 20 customers — 62 % of revenue". When empty, `label` is drawn.
    pub caption: String,
}

impl PyramidTier {
    fn text(&self) -> &str {
        if self.caption.trim().is_empty() {
            self.label.trim()
        } else {
            self.caption.trim()
        }
    }
}

/// Draws the value pyramid of `tiers`, given top tier first, titled `title` (also the
/// accessible name; may be empty, then the captions name the chart).
///
/// Bands have equal heights whatever their counts: the pyramid shows the order of tiers, the
/// captions carry the numbers. Errors: `NoData` when `tiers` is empty.
pub fn pyramid(tiers: &[PyramidTier], title: &str, size: Size) -> Result<String, ChartError> {
    if tiers.is_empty() {
        return Err(ChartError::NoData);
    }
    let name = if title.trim().is_empty() {
        tiers
            .iter()
            .map(PyramidTier::text)
            .collect::<Vec<_>>()
            .join("; ")
    } else {
        title.trim().to_string()
    };
    render(size, &name, |root| {
        let body = frame(root, title, &[])?;
        let (w, h) = body.dim_in_pixel();
        let (w, h) = (f64::from(w), f64::from(h));
        let margin = f64::from(MARGIN);
        let n = tiers.len();
        let pyramid_w = (w * 0.4).max(80.0);
        let centre = margin + pyramid_w / 2.0;
        let top = 4.0;
        let bottom = (h - margin).max(top + 1.0);
        let band_h = (bottom - top) / n as f64;
        let half_width = |y: f64| (y - top) / (bottom - top) * pyramid_w / 2.0;
        let caption_x = margin + pyramid_w + 24.0;
        let caption_w = (w - caption_x - margin).max(40.0);
        let max_lines = ((band_h / (TEXT_PX * 1.3)).floor() as usize).clamp(1, 4);

        for (i, tier) in tiers.iter().enumerate() {
            let y0 = top + band_h * i as f64;
            let y1 = y0 + band_h;
            // Top tier darkest: the most valuable customers catch the eye first.
            let shade = if n == 1 {
                0.8
            } else {
                0.85 - 0.6 * i as f64 / (n - 1) as f64
            };
            let corners = vec![
                px(centre - half_width(y0), y0),
                px(centre + half_width(y0), y0),
                px(centre + half_width(y1), y1),
                px(centre - half_width(y1), y1),
            ];
            body.draw(&Polygon::new(corners.clone(), ramp(shade).filled()))?;
            // A white rule between bands keeps neighbours apart where shades are close.
            body.draw(&PathElement::new(
                vec![corners[2], corners[3]],
                PAPER.stroke_width(2),
            ))?;

            let mid = (y0 + y1) / 2.0;
            let edge = centre + half_width(mid) + 4.0;
            body.draw(&PathElement::new(
                vec![px(edge, mid), px(caption_x - 6.0, mid)],
                AXIS.stroke_width(1),
            ))?;
            let lines = style::wrap(tier.text(), TEXT_PX, caption_w, max_lines);
            let line_h = TEXT_PX * 1.3;
            let first = mid - line_h * (lines.len() as f64 - 1.0) / 2.0;
            for (k, line) in lines.into_iter().enumerate() {
                body.draw(&Text::new(
                    line,
                    px(caption_x, first + line_h * k as f64),
                    anchored(TEXT_PX, INK, HPos::Left, VPos::Center),
                ))?;
            }
        }
        Ok(())
    })
}

fn px(x: f64, y: f64) -> (i32, i32) {
    (x.round() as i32, y.round() as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tier(label: &str, count: usize, revenue: f64) -> PyramidTier {
        PyramidTier {
            label: label.into(),
            count,
            share_of_revenue: revenue,
            share_of_profit: revenue,
            caption: format!(
                "{label} — {count} customers — {:.0} % of revenue",
                revenue * 100.0
            ),
        }
    }

    #[test]
    fn draws_bands_and_captions() {
        let tiers = [
            tier("Large", 20, 0.62),
            tier("Medium", 30, 0.28),
            tier("Small", 50, 0.10),
        ];
        let svg = pyramid(&tiers, "Value pyramid", Size::default()).unwrap();
        assert_eq!(svg.matches("<polygon").count(), 3);
        assert!(svg.contains("Large — 20 customers — 62 % of revenue"));
        assert!(svg.contains("aria-label=\"Value pyramid\""));
        assert!(!svg.contains("NaN"));
    }

    #[test]
    fn empty_is_no_data() {
        assert_eq!(pyramid(&[], "t", Size::default()), Err(ChartError::NoData));
    }

    #[test]
    fn falls_back_to_label_and_odd_numbers() {
        let tiers = [PyramidTier {
            label: "Only".into(),
            share_of_revenue: f64::NAN,
            ..PyramidTier::default()
        }];
        let svg = pyramid(&tiers, "", Size::new(10, 10)).unwrap();
        assert!(svg.contains(">\nOnly\n</text>"));
        assert!(svg.contains("aria-label=\"Only\""));
        assert!(svg.contains("width=\"320\""));
        assert!(!svg.contains("NaN"));
    }
}
