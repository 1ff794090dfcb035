//! Charts: plain data (numbers and already-translated strings) in, a standalone `<svg>` string
//! out, drawn with plotters' SVG backend.
//!
//! Every function returns `Result<String, ChartError>`: empty or wholly non-finite input is
//! [`ChartError::NoData`], and non-finite values inside otherwise usable input are skipped, so
//! no coordinate or label in the SVG is ever `NaN`. The root element carries `role="img"`, an
//! `aria-label` and a `<title>`, so a screen reader announces the chart; the page still shows a
//! table alternative beside it.
//!
//! Text sizes are chosen for print: at the default 640 × 360 every text is at least 12 px.
//! Colours are dark enough on white and the series also differ by dash and marker shape, so a
//! black-and-white printout stays readable.
//!
//! Text measurement: plotters measures text through the DOM on wasm32 (so charts must be drawn
//! on the main thread, after `<body>` exists) and with a built-in estimate natively, which is
//! what the tests use. No font feature is needed on either target.

#![warn(missing_docs)]

mod bars;
mod heatmap;
mod layout;
mod lines;
mod lorenz;
mod numfmt;
mod pyramid;
mod style;
mod svg;

pub use bars::{cac_vs_ltv, cumulative_ltv, paired_bars, ratio_bars, single_bars};
pub use heatmap::heatmap;
pub use lines::{lifetime_profit, two_lines};
pub use lorenz::{lorenz, LorenzMarker};
pub use numfmt::{number, percent};
pub use pyramid::{pyramid, PyramidTier};

use std::fmt;

/// Why a chart could not be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChartError {
    /// Nothing to draw: the input is empty or holds no finite value.
    NoData,
    /// plotters reported an error while drawing; the text is its message.
    Drawing(String),
}

impl fmt::Display for ChartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChartError::NoData => write!(f, "there is nothing to draw"),
            ChartError::Drawing(message) => write!(f, "the chart could not be drawn: {message}"),
        }
    }
}

impl std::error::Error for ChartError {}

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>>
    for ChartError
{
    fn from(error: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        ChartError::Drawing(error.to_string())
    }
}

/// Title and axis titles of a chart, already translated, units included
/// (e.g. `"Profit per customer (EUR)"`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AxisLabels {
    /// Drawn above the chart and used as its accessible name; may be empty.
    pub title: String,
    /// Title of the horizontal axis.
    pub x: String,
    /// Title of the vertical axis.
    pub y: String,
}

/// Size of the SVG in CSS pixels; it also sets the `viewBox`, so the page may scale it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// Width, px.
    pub width: u32,
    /// Height, px.
    pub height: u32,
}

impl Size {
    /// Smallest size drawn: below it axis texts would overlap the plot, so smaller requests are
    /// raised to it.
    pub const MIN: Size = Size {
        width: 320,
        height: 200,
    };

    /// A size of `width` × `height` px.
    pub fn new(width: u32, height: u32) -> Size {
        Size { width, height }
    }

    fn clamped(self) -> (u32, u32) {
        (
            self.width.max(Size::MIN.width),
            self.height.max(Size::MIN.height),
        )
    }
}

impl Default for Size {
    /// 640 × 360 px, the size the font sizes were chosen for.
    fn default() -> Size {
        Size::new(640, 360)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels() -> AxisLabels {
        AxisLabels {
            title: "Title".into(),
            x: "X axis (unit)".into(),
            y: "Y axis (unit)".into(),
        }
    }

    /// One chart of each kind, with ordinary data.
    fn every_chart(size: Size) -> Vec<String> {
        let l = labels();
        let names: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
        let tier = PyramidTier {
            label: "Top".into(),
            caption: "Top — 2 customers — 60 % of revenue".into(),
            ..PyramidTier::default()
        };
        vec![
            pyramid(&[tier.clone(), tier], "Title", size),
            lorenz(&[(0.0, 0.0), (0.2, 0.8), (1.0, 1.0)], None, &l, size),
            cumulative_ltv(&[(1, -6.4), (2, 26.25)], &l, size),
            lifetime_profit(&[("a".into(), -1.0), ("b".into(), 2.0)], &l, size),
            cac_vs_ltv(&[("a".into(), 10.0, 30.0)], ["CAC", "LTV"], &l, size),
            heatmap(&[vec![0.1, 0.9]], &names, &names, &l, size),
            two_lines(&[("a".into(), vec![(0.0, 1.0), (1.0, 2.0)])], &l, size),
            paired_bars(&names, &[("a".into(), vec![1.0, 2.0, 3.0])], &l, size),
            ratio_bars(&[("a".into(), 2.5), ("b".into(), 0.5)], Some(1.0), &l, size),
            single_bars(&names, &[1.0, -2.0, 3.0], &l, size),
        ]
        .into_iter()
        .collect::<Result<_, _>>()
        .unwrap()
    }

    fn font_sizes(svg: &str) -> Vec<f64> {
        svg.split("font-size=\"")
            .skip(1)
            .filter_map(|rest| rest.split('"').next()?.parse().ok())
            .collect()
    }

    #[test]
    fn every_chart_is_accessible_and_legible() {
        for svg in every_chart(Size::default()) {
            assert!(svg.starts_with("<svg role=\"img\" aria-label=\"Title\""));
            assert!(svg.contains("<title>Title</title>"));
            assert!(svg.contains("viewBox=\"0 0 640 360\""));
            assert!(svg.trim_end().ends_with("</svg>"));
            let sizes = font_sizes(&svg);
            assert!(!sizes.is_empty());
            // Legible when printed: nothing below 12 px.
            assert!(sizes.iter().all(|&s| s >= 12.0), "{sizes:?}");
            assert!(!svg.contains("NaN"));
        }
    }

    #[test]
    fn sizes_are_honoured_and_raised_to_the_minimum() {
        for svg in every_chart(Size::new(1000, 500)) {
            assert!(svg.contains("viewBox=\"0 0 1000 500\""));
        }
        for svg in every_chart(Size::new(0, 0)) {
            assert!(svg.contains("viewBox=\"0 0 320 200\""));
        }
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(ChartError::NoData.to_string(), "there is nothing to draw");
        assert!(ChartError::Drawing("x".into()).to_string().ends_with(": x"));
    }
}
