//! Drawing into a string and making the result accessible.

use super::style::PAPER;
use super::{ChartError, Size};
use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, IntoDrawingArea, SVGBackend};

/// The drawing area charts draw on.
pub(crate) type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// Runs `draw` on a white page of `size` and returns the finished SVG, with `role="img"`, an
/// `aria-label` of `name` and a `<title>` added.
pub(crate) fn render<F>(size: Size, name: &str, draw: F) -> Result<String, ChartError>
where
    F: for<'a> FnOnce(&Area<'a>) -> Result<(), ChartError>,
{
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, size.clamped()).into_drawing_area();
        root.fill(&PAPER)?;
        draw(&root)?;
        // The backend only closes its tags on present (or drop), so the string is complete
        // only after this block.
        root.present()?;
    }
    Ok(accessible(buf, name))
}

/// Adds `role`, `aria-label` and `<title>` to the root `<svg>` element.
fn accessible(svg: String, name: &str) -> String {
    let escaped = escape(name.trim());
    let Some(open) = svg.find("<svg") else {
        return svg;
    };
    let Some(close) = svg[open..].find('>').map(|i| open + i) else {
        return svg;
    };
    let mut out = String::with_capacity(svg.len() + 2 * escaped.len() + 48);
    out.push_str(&svg[..open + 4]);
    out.push_str(" role=\"img\" aria-label=\"");
    out.push_str(&escaped);
    out.push('"');
    out.push_str(&svg[open + 4..=close]);
    out.push_str("\n<title>");
    out.push_str(&escaped);
    out.push_str("</title>");
    out.push_str(&svg[close + 1..]);
    out
}

/// Escapes text for an XML attribute or element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_accessible_name_once() {
        let svg = accessible(
            "<svg width=\"1\" height=\"1\">\n<rect/>\n</svg>\n".into(),
            "Profit & loss <2024>",
        );
        assert!(svg.starts_with(
            "<svg role=\"img\" aria-label=\"Profit &amp; loss &lt;2024&gt;\" width=\"1\""
        ));
        assert!(svg.contains("<title>Profit &amp; loss &lt;2024&gt;</title>"));
        assert_eq!(svg.matches("<title>").count(), 1);
    }

    #[test]
    fn leaves_non_svg_alone() {
        assert_eq!(accessible("nothing".into(), "x"), "nothing");
    }
}
