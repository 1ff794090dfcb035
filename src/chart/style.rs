//! Fonts and colours shared by every chart, chosen for print: texts of at least 12 px and
//! colours with at least 3:1 contrast on white (4.5:1 for anything carrying text).

use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, FontStyle, IntoFont, RGBColor, ShapeStyle, TextStyle};

/// plotters' SVG backend writes `font-size = size / 1.24`, so sizes are given in the px the
/// reader sees and scaled up here. The px values below survive the round trip exactly
/// (13.5 would come out as 13.499999999999998).
const SVG_FONT_SCALE: f64 = 1.24;

/// Tick labels and value labels, px.
pub(crate) const SMALL_PX: f64 = 12.5;
/// Axis titles, captions and legend entries, px.
pub(crate) const TEXT_PX: f64 = 14.0;
/// Chart title, px.
pub(crate) const TITLE_PX: f64 = 16.0;

/// Body text: near-black rather than pure black, which prints the same and looks softer.
pub(crate) const INK: RGBColor = RGBColor(0x1A, 0x1A, 0x1A);
/// Axis lines and leader lines.
pub(crate) const AXIS: RGBColor = RGBColor(0x4D, 0x4D, 0x4D);
/// Grid lines: light enough to stay behind the data.
pub(crate) const GRID: RGBColor = RGBColor(0xDD, 0xDD, 0xDD);
/// Reference lines (equality diagonal): 4.6:1 on white, still clearly secondary.
pub(crate) const MUTED: RGBColor = RGBColor(0x75, 0x75, 0x75);
/// Paper.
pub(crate) const PAPER: RGBColor = RGBColor(0xFF, 0xFF, 0xFF);

/// Series colours (Okabe–Ito based, darkened where needed for contrast on white).
const SERIES: [RGBColor; 4] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xC2, 0x41, 0x0C),
    RGBColor(0x6A, 0x3D, 0x9A),
    RGBColor(0x1B, 0x78, 0x37),
];

/// Light fills paired with `SERIES`: alternating dark and light bars stay distinct when
/// printed in grey.
const SERIES_LIGHT: [RGBColor; 4] = [
    RGBColor(0x9E, 0xCA, 0xE9),
    RGBColor(0xF6, 0xB8, 0x8F),
    RGBColor(0xCA, 0xB2, 0xD6),
    RGBColor(0xA6, 0xDB, 0xA0),
];

/// Colour of series `i`.
pub(crate) fn series_color(i: usize) -> RGBColor {
    SERIES[i % SERIES.len()]
}

/// Bar fill and outline of series `i`: even series solid, odd ones light with a dark outline.
pub(crate) fn bar_style(i: usize) -> (ShapeStyle, ShapeStyle) {
    let dark = series_color(i);
    let fill = if i.is_multiple_of(2) {
        dark
    } else {
        SERIES_LIGHT[i % SERIES_LIGHT.len()]
    };
    (fill.filled(), dark.stroke_width(1))
}

/// A point of the single-hue ramp used for shares and probabilities: 0 → near white, 1 → dark
/// blue. Out-of-range values are clamped.
pub(crate) fn ramp(t: f64) -> RGBColor {
    const LIGHT: (f64, f64, f64) = (239.0, 246.0, 252.0);
    const DARK: (f64, f64, f64) = (8.0, 48.0, 107.0);
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let mix = |a: f64, b: f64| (a + (b - a) * t).round().clamp(0.0, 255.0) as u8;
    RGBColor(
        mix(LIGHT.0, DARK.0),
        mix(LIGHT.1, DARK.1),
        mix(LIGHT.2, DARK.2),
    )
}

/// Text colour readable on `ramp(t)`.
pub(crate) fn ink_on_ramp(t: f64) -> RGBColor {
    // Not `PAPER` and `INK` themselves: the page's dark scheme swaps those two colours
    // (style/main.css), and a text on the ramp must stay as it is, since its cell does.
    if t > 0.5 {
        RGBColor(0xFE, 0xFE, 0xFE)
    } else {
        RGBColor(0x1B, 0x1B, 0x1B)
    }
}

/// A sans-serif text style of `px` CSS pixels in `color`.
pub(crate) fn font(px: f64, color: RGBColor) -> TextStyle<'static> {
    ("sans-serif", px * SVG_FONT_SCALE)
        .into_font()
        .color(&color)
}

/// A bold `font`, for titles.
pub(crate) fn bold(px: f64, color: RGBColor) -> TextStyle<'static> {
    ("sans-serif", px * SVG_FONT_SCALE, FontStyle::Bold)
        .into_font()
        .color(&color)
}

/// `font` anchored at `h`/`v` instead of the top left corner.
pub(crate) fn anchored(px: f64, color: RGBColor, h: HPos, v: VPos) -> TextStyle<'static> {
    font(px, color).pos(Pos::new(h, v))
}

/// Rough width of `text` in px at `px`: plotters' own estimate counts bytes, which overstates
/// accented and CJK text, so layout uses this one.
pub(crate) fn text_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| if (c as u32) >= 0x2E80 { 1.0 } else { 0.55 })
        .sum::<f64>()
        * px
}

/// `text` cut to at most `max_width` px, ending in "…" when cut.
pub(crate) fn truncate(text: &str, px: f64, max_width: f64) -> String {
    if text_width(text, px) <= max_width {
        return text.to_string();
    }
    let budget = max_width - text_width("…", px);
    let mut out = String::new();
    let mut used = 0.0;
    for c in text.chars() {
        let w = text_width(c.encode_utf8(&mut [0; 4]), px);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    let mut out = out.trim_end().to_string();
    out.push('…');
    out
}

/// `text` broken at spaces into lines of at most `max_width` px; at most `max_lines` lines,
/// the last one truncated if the text does not fit.
pub(crate) fn wrap(text: &str, px: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if current.is_empty() || text_width(&candidate, px) <= max_width {
            current = candidate;
        } else {
            lines.push(std::mem::replace(&mut current, word.to_string()));
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        let rest = lines.split_off(max_lines - 1).join(" ");
        lines.push(rest);
    }
    lines
        .into_iter()
        .map(|line| truncate(&line, px, max_width))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncates_and_wraps() {
        assert_eq!(truncate("short", 12.0, 200.0), "short");
        let cut = truncate("Trade show or conference booth", 12.0, 80.0);
        assert!(cut.ends_with('…') && text_width(&cut, 12.0) <= 80.0);
        let lines = wrap(
            "Large potential — 20 customers — 62 % of revenue",
            12.0,
            150.0,
            3,
        );
        assert!(lines.len() > 1 && lines.len() <= 3);
        assert!(lines.iter().all(|l| text_width(l, 12.0) <= 150.0));
        assert_eq!(wrap("one two three", 12.0, 30.0, 1).len(), 1);
    }

    #[test]
    fn ramp_ends() {
        assert_eq!(ramp(0.0), RGBColor(239, 246, 252));
        assert_eq!(ramp(1.0), RGBColor(8, 48, 107));
        assert_eq!(ramp(f64::NAN), ramp(0.0));
    }
}
