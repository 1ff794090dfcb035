//! Pareto (80/20) analysis (DOMAIN.md §6): top share, the smallest customer share that makes
//! a given value share, the cumulative (Lorenz-type) curve and the Gini coefficient.
//!
//! Values are ranked from largest to smallest. Shares are fractions of the total. For the
//! curve and the Gini coefficient negative values count as 0 (a loss-making customer holds no
//! share of what is earned); the top share uses the signed total, so the top 20 % of customers
//! may earn more than 100 % of the profit when others lose money.

use super::numeric::{ratio, top_count};
use serde::Serialize;

/// One point of the cumulative curve: the top `customers` share holds `value` share.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CurvePoint {
    /// Share of customers, ranked from the largest, fraction 0–1.
    pub customers: f64,
    /// Share of the (non-negative) total they hold, fraction 0–1.
    pub value: f64,
}

/// The 80/20 summary of one measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pareto {
    /// Customers counted.
    pub count: usize,
    /// Signed total of the measure, money.
    pub total: f64,
    /// Share of customers checked (0.2), fraction.
    pub top_share_of_customers: f64,
    /// Customers in that top share, count (rounded, at least one).
    pub top_count: usize,
    /// Share of the signed total that comes from them (0 when the total is 0).
    pub top_share_of_value: f64,
    /// Value share looked for (0.8), fraction.
    pub value_target: f64,
    /// Smallest number of customers whose (non-negative) values make that share, count.
    pub customers_for_target: usize,
    /// The same as a share of customers, fraction.
    pub share_of_customers_for_target: f64,
    /// Cumulative curve from (0, 0) to (1, 1), at most about 200 points.
    pub curve: Vec<CurvePoint>,
    /// Gini coefficient of the non-negative values, in [0, 1).
    pub gini: f64,
}

/// Most points kept on the curve: enough for a smooth chart, small enough for 100k customers.
pub const MAX_CURVE_POINTS: usize = 200;

/// Analyses a measure. `descending` must hold the values sorted from largest to smallest
/// (callers sort once and reuse).
pub fn analyse_sorted(descending: &[f64], top_share: f64, value_target: f64) -> Pareto {
    let n = descending.len();
    let total: f64 = descending.iter().sum();
    let positive_total: f64 = descending.iter().map(|v| v.max(0.0)).sum();
    let k = top_count(n, top_share);
    let top_sum: f64 = descending.iter().take(k).sum();
    let target = if value_target.is_finite() {
        value_target.clamp(0.0, 1.0)
    } else {
        0.8
    };

    let mut curve = Vec::with_capacity(MAX_CURVE_POINTS + 2);
    curve.push(CurvePoint {
        customers: 0.0,
        value: 0.0,
    });
    let stride = n.div_ceil(MAX_CURVE_POINTS).max(1);
    let mut cumulative = 0.0;
    let mut customers_for_target = if n == 0 { 0 } else { n };
    let mut found = positive_total <= 0.0 || target == 0.0;
    if found {
        customers_for_target = if n == 0 || target == 0.0 { 0 } else { n };
    }
    for (i, v) in descending.iter().enumerate() {
        cumulative += v.max(0.0);
        let share = ratio(cumulative, positive_total).min(1.0);
        if !found && share >= target - 1e-12 {
            customers_for_target = i + 1;
            found = true;
        }
        if (i + 1) % stride == 0 || i + 1 == n {
            curve.push(CurvePoint {
                customers: (i + 1) as f64 / n as f64,
                value: share,
            });
        }
    }
    if let Some(last) = curve.last_mut() {
        if n > 0 {
            // Rounding must not leave the curve short of its end point.
            last.value = 1.0;
            last.customers = 1.0;
        }
    }
    if n > 0 && positive_total <= 0.0 {
        // Nothing positive to share: the line of equality is the honest picture.
        for p in &mut curve {
            p.value = p.customers;
        }
    }
    Pareto {
        count: n,
        total,
        top_share_of_customers: if n == 0 {
            0.0
        } else {
            top_share.clamp(0.0, 1.0)
        },
        top_count: k,
        top_share_of_value: ratio(top_sum, total),
        value_target: target,
        customers_for_target,
        share_of_customers_for_target: ratio(customers_for_target as f64, n as f64),
        curve,
        gini: gini_sorted_desc(descending),
    }
}

/// Sorts a copy of the values (largest first) and analyses them.
pub fn analyse(values: &[f64], top_share: f64, value_target: f64) -> Pareto {
    let mut v: Vec<f64> = values
        .iter()
        .map(|x| if x.is_finite() { *x } else { 0.0 })
        .collect();
    v.sort_by(|a, b| b.total_cmp(a));
    analyse_sorted(&v, top_share, value_target)
}

/// The cumulative curve read at evenly spaced customer shares 0, 1 ÷ `steps`, …, 1 (eleven
/// points for `steps` = 10: 0 %, 10 %, …, 100 %), for a table beside the chart. Between two
/// points of `curve` the value share is interpolated linearly, which is exact where the curve
/// holds every customer (the Lorenz curve is straight between customers). An empty curve gives
/// the line of equality.
///
/// ```ignore
/// # use engine::pareto::{analyse, curve_at_steps};
/// let p = analyse(&[40.0, 40.0, 10.0, 5.0, 5.0], 0.2, 0.8);
/// assert_eq!(curve_at_steps(&p.curve, 5)[1].value, 0.4);
/// ```
pub fn curve_at_steps(curve: &[CurvePoint], steps: usize) -> Vec<CurvePoint> {
    let steps = steps.max(1);
    (0..=steps)
        .map(|k| {
            let x = k as f64 / steps as f64;
            CurvePoint {
                customers: x,
                value: curve_value_at(curve, x),
            }
        })
        .collect()
}

/// Value share held by the top `customers` share (fraction 0–1), read on the curve.
pub fn curve_value_at(curve: &[CurvePoint], customers: f64) -> f64 {
    let x = if customers.is_finite() {
        customers.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let Some(first) = curve.first() else {
        return x;
    };
    if x <= first.customers {
        return first.value;
    }
    for w in curve.windows(2) {
        let (a, b) = (w[0], w[1]);
        if x <= b.customers {
            let span = b.customers - a.customers;
            if span <= 0.0 {
                return b.value;
            }
            return a.value + (b.value - a.value) * (x - a.customers) / span;
        }
    }
    curve.last().map_or(x, |p| p.value)
}

/// Gini coefficient of values sorted largest first (negatives count as 0):
/// G = Σ_i (2i − n − 1) x_(i) ÷ (n Σ x) with x ascending and i from 1. It is 0 for equal
/// values (and for an empty or all-zero list) and at most (n − 1) ÷ n, so always below 1.
pub fn gini_sorted_desc(descending: &[f64]) -> f64 {
    let n = descending.len();
    if n == 0 {
        return 0.0;
    }
    let mut weighted = 0.0;
    let mut total = 0.0;
    // Ascending position i = n − j for descending position j (0-based).
    for (j, v) in descending.iter().enumerate() {
        let x = v.max(0.0);
        let i = (n - j) as f64;
        weighted += (2.0 * i - n as f64 - 1.0) * x;
        total += x;
    }
    ratio(weighted, n as f64 * total).clamp(0.0, 1.0)
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::*;

    const TOLERANCE: f64 = 1e-12;

    #[test]
    fn classic_80_20() {
        // 20 customers with 40 each (800) and 80 with 2.5 each (200).
        let mut v = vec![40.0; 20];
        v.extend(vec![2.5; 80]);
        let p = analyse(&v, 0.2, 0.8);
        assert!((p.top_share_of_value - 0.8).abs() < TOLERANCE);
        assert_eq!(p.customers_for_target, 20);
        assert!((p.share_of_customers_for_target - 0.2).abs() < TOLERANCE);
        assert!((p.gini - 0.6).abs() < 1e-9, "{}", p.gini);
        assert_eq!(
            p.curve.last().map(|c| (c.customers, c.value)),
            Some((1.0, 1.0))
        );
    }

    #[test]
    fn curve_read_every_ten_percent() {
        let mut v = vec![40.0; 20];
        v.extend(vec![2.5; 80]);
        let p = analyse(&v, 0.2, 0.8);
        let points = curve_at_steps(&p.curve, 10);
        assert_eq!(points.len(), 11);
        let expect = [
            0.0, 0.4, 0.8, 0.825, 0.85, 0.875, 0.9, 0.925, 0.95, 0.975, 1.0,
        ];
        for (pt, (k, e)) in points.iter().zip(expect.iter().enumerate()) {
            assert!((pt.customers - k as f64 / 10.0).abs() < TOLERANCE);
            assert!((pt.value - e).abs() < 1e-9, "{k}: {} vs {e}", pt.value);
        }
        // A thinned curve (more customers than curve points) is interpolated in between.
        let big = analyse(&vec![1.0; 1_000], 0.2, 0.8);
        assert!(big.curve.len() <= MAX_CURVE_POINTS + 1);
        assert!((curve_value_at(&big.curve, 0.333) - 0.333).abs() < 1e-9);
        // No curve: the line of equality.
        assert_eq!(curve_at_steps(&[], 4)[1].value, 0.25);
    }

    #[test]
    fn edge_cases_are_defined() {
        let e = analyse(&[], 0.2, 0.8);
        assert_eq!(e.count, 0);
        assert_eq!(e.gini, 0.0);
        assert_eq!(e.top_share_of_value, 0.0);
        let one = analyse(&[5.0], 0.2, 0.8);
        assert_eq!(one.top_count, 1);
        assert_eq!(one.top_share_of_value, 1.0);
        assert_eq!(one.gini, 0.0);
        let equal = analyse(&[3.0; 10], 0.2, 0.8);
        assert!(equal.gini.abs() < TOLERANCE);
        assert_eq!(equal.customers_for_target, 8);
        let zeros = analyse(&[0.0; 4], 0.2, 0.8);
        assert_eq!(zeros.gini, 0.0);
        assert!(zeros.curve.iter().all(|p| p.value == p.customers));
        let loss = analyse(&[100.0, -50.0], 0.5, 0.8);
        assert!((loss.top_share_of_value - 2.0).abs() < TOLERANCE);
    }
}
