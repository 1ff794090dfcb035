//! The one place that writes numbers on charts (tick labels, value labels).
//!
//! Numbers are written by the page's `format` module, so charts write them as the chosen
//! language does.

pub use crate::format::{number, percent};

/// Decimals needed to tell ticks `step` apart, e.g. 0.25 → 2, 5 → 0.
pub(crate) fn decimals_for_step(step: f64) -> usize {
    if !step.is_finite() || step <= 0.0 {
        return 0;
    }
    let mut decimals = 0;
    let mut scaled = step;
    // Ticks are multiples of 1, 2 or 5 × 10^k, so a few steps always suffice; the cap guards
    // against a step that is not such a multiple.
    while decimals < 6 && (scaled - scaled.round()).abs() > 1e-9 * scaled.abs().max(1.0) {
        scaled *= 10.0;
        decimals += 1;
    }
    decimals
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_grouped_numbers() {
        assert_eq!(number(1234567.891, 2), "1,234,567.89");
        assert_eq!(number(-6.4, 2), "−6.40");
        assert_eq!(number(-0.001, 2), "0.00");
        assert_eq!(number(f64::NAN, 2), "—");
        assert_eq!(number(f64::NEG_INFINITY, 0), "—");
        assert_eq!(percent(0.253, 1), "25.3 %");
        assert_eq!(percent(1.0, 0), "100 %");
    }

    #[test]
    fn decimals_follow_the_step() {
        assert_eq!(decimals_for_step(10.0), 0);
        assert_eq!(decimals_for_step(0.5), 1);
        assert_eq!(decimals_for_step(0.25), 2);
        assert_eq!(decimals_for_step(0.02), 2);
        assert_eq!(decimals_for_step(f64::NAN), 0);
    }
}
