//! Pareto (80/20) analysis: top share, the smallest customer share that makes
//! a given value share, the cumulative (Lorenz-type) curve and the Gini coefficient.
//!
//! Values are ranked from largest to smallest. Every figure here uses one denominator, the sum
//! of the positive values (see [`super::shares`]): a customer below zero holds no share and
//! counts as 0, and the losses are kept beside the figures ([`Pareto::losses`]). So a share
//! always lies in [0, 1], the top share is the curve read at the top customers, and the
//! smallest share of customers making the target is where the curve first reaches it. When
//! no value is above zero there is nothing to share: the shares, the curve and the Gini
//! coefficient are `None` or empty.

use super::numeric::{ratio, top_count};
use super::shares::{positive_part, share, Losses, Split};
use serde::Serialize;

/// One point of the cumulative curve: the top `customers` share holds `value` share.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CurvePoint {
    /// Share of customers, ranked from the largest, fraction 0–1.
    pub customers: f64,
    /// Share of the sum of the positive values they hold, fraction 0–1.
    pub value: f64,
}

/// The 80/20 summary of one measure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pareto {
    /// Customers counted.
    pub count: usize,
    /// Signed (net) total of the measure, money.
    pub total: f64,
    /// Sum of the values above zero, money: the denominator of every share here.
    pub positive_total: f64,
    /// Customers below zero and the sum of their values, stated beside the shares.
    pub losses: Losses,
    /// Share of customers checked (0.2), fraction.
    pub top_share_of_customers: f64,
    /// Customers in that top share, count (rounded, at least one).
    pub top_count: usize,
    /// Share of the positive total held by them; `None` when nothing is above zero.
    pub top_share_of_value: Option<f64>,
    /// Value share looked for (0.8), fraction.
    pub value_target: f64,
    /// Smallest number of customers, largest first, whose values make that share of the
    /// positive total; `None` when nothing is above zero.
    pub customers_for_target: Option<usize>,
    /// The same as a share of customers, fraction.
    pub share_of_customers_for_target: Option<f64>,
    /// Cumulative curve from (0, 0) to (1, 1), at most about 200 points, always holding the
    /// top customers' point and the target point; empty when nothing is above zero.
    pub curve: Vec<CurvePoint>,
    /// Gini coefficient of the values with those below zero counted as 0 (every customer
    /// counts in n), in [0, 1); `None` when nothing is above zero.
    pub gini: Option<f64>,
}

impl Pareto {
    /// The 80/20 point on the curve: (top customers ÷ all customers, their share). Its x is
    /// the rounded count's share (2 of 7 = 28.6 %), not the setting, so it lies on the curve.
    pub fn top_point(&self) -> Option<CurvePoint> {
        let value = self.top_share_of_value?;
        Some(CurvePoint {
            customers: ratio(self.top_count as f64, self.count as f64),
            value,
        })
    }
}

/// Most points kept on the curve: enough for a smooth chart, small enough for 100k customers.
/// The top customers' point and the target point may come on top of them.
pub const MAX_CURVE_POINTS: usize = 200;

/// Analyses a measure. `descending` must hold the values sorted from largest to smallest
/// (callers sort once and reuse).
pub fn analyse_sorted(descending: &[f64], top_share: f64, value_target: f64) -> Pareto {
    let n = descending.len();
    let split = Split::of(descending);
    let k = top_count(n, top_share);
    let target = if value_target.is_finite() {
        value_target.clamp(0.0, 1.0)
    } else {
        0.8
    };
    let top_share_of_customers = if n == 0 {
        0.0
    } else {
        top_share.clamp(0.0, 1.0)
    };
    if share(0.0, split.positive).is_none() {
        return Pareto {
            count: n,
            total: split.net(),
            positive_total: split.positive,
            losses: split.losses,
            top_share_of_customers,
            top_count: k,
            top_share_of_value: None,
            value_target: target,
            customers_for_target: None,
            share_of_customers_for_target: None,
            curve: Vec::new(),
            gini: None,
        };
    }

    // One pass: the curve, the top share and the target point all read the same cumulative
    // shares, so they cannot disagree.
    let mut curve = Vec::with_capacity(MAX_CURVE_POINTS + 3);
    curve.push(CurvePoint {
        customers: 0.0,
        value: 0.0,
    });
    let stride = n.div_ceil(MAX_CURVE_POINTS).max(1);
    let mut cumulative = 0.0;
    let mut top_value = 0.0;
    let mut customers_for_target = (target == 0.0).then_some(0);
    for (i, v) in descending.iter().enumerate() {
        cumulative += positive_part(*v);
        let m = i + 1;
        // The last customer closes the curve at exactly 1 whatever the rounding.
        let value = if m == n {
            1.0
        } else {
            share(cumulative, split.positive).unwrap_or(0.0)
        };
        let mut keep = m % stride == 0 || m == n;
        if m == k {
            top_value = value;
            keep = true;
        }
        if customers_for_target.is_none() && value >= target - 1e-12 {
            customers_for_target = Some(m);
            keep = true;
        }
        if keep {
            curve.push(CurvePoint {
                customers: m as f64 / n as f64,
                value,
            });
        }
    }
    Pareto {
        count: n,
        total: split.net(),
        positive_total: split.positive,
        losses: split.losses,
        top_share_of_customers,
        top_count: k,
        top_share_of_value: Some(top_value),
        value_target: target,
        customers_for_target,
        share_of_customers_for_target: customers_for_target.map(|c| ratio(c as f64, n as f64)),
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
/// holds every customer (the Lorenz curve is straight between customers). An empty curve
/// (nothing above zero to share) gives no points.
///
/// ```
/// # use value_pyramid::engine::pareto::{analyse, curve_at_steps};
/// // Five customers worth 100 in all; the top 2 (40 % of customers) hold 80 %.
/// let p = analyse(&[40.0, 40.0, 10.0, 5.0, 5.0], 0.2, 0.8);
/// assert_eq!(p.customers_for_target, Some(2));
/// // Read at 0 %, 20 %, …, 100 % of customers: the value share each top group holds.
/// let points = curve_at_steps(&p.curve, 5);
/// let want = [0.0, 0.4, 0.8, 0.9, 0.95, 1.0];
/// assert_eq!(points.len(), want.len());
/// for (point, share) in points.iter().zip(want) {
///     assert!((point.value - share).abs() < 1e-12);
/// }
/// ```
pub fn curve_at_steps(curve: &[CurvePoint], steps: usize) -> Vec<CurvePoint> {
    if curve.is_empty() {
        return Vec::new();
    }
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

/// Gini coefficient of values sorted largest first, on the basis of every share here: values
/// below zero count as 0 and every customer counts in n (a loss-maker holds nothing, so it
/// sits at the bottom of the curve). G = Σ_i (2i − n − 1) x_(i) ÷ (n Σ x) with x ascending and
/// i from 1, which is 2 × (area under the cumulative curve) − 1 with the curve straight between
/// customers. It is 0 for equal values and at most (n − 1) ÷ n, so always below 1; `None` when
/// no value is above zero (nothing is shared, so there is no inequality to measure).
pub fn gini_sorted_desc(descending: &[f64]) -> Option<f64> {
    let n = descending.len();
    let mut weighted = 0.0;
    let mut total = 0.0;
    // Ascending position i = n − j for descending position j (0-based).
    for (j, v) in descending.iter().enumerate() {
        let x = positive_part(*v);
        let i = (n - j) as f64;
        weighted += (2.0 * i - n as f64 - 1.0) * x;
        total += x;
    }
    share(weighted, n as f64 * total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::{EXACT, SUMS};

    #[test]
    fn classic_80_20() {
        // 20 customers with 40 each (800) and 80 with 2.5 each (200).
        let mut v = vec![40.0; 20];
        v.extend(vec![2.5; 80]);
        let p = analyse(&v, 0.2, 0.8);
        assert!((p.top_share_of_value.unwrap() - 0.8).abs() < EXACT);
        assert_eq!(p.customers_for_target, Some(20));
        assert!((p.share_of_customers_for_target.unwrap() - 0.2).abs() < EXACT);
        // Ascending: 80 × 2.5 then 20 × 40; Σ (2i − 101) x_i = 2.5 × Σ_{i=1..80}(2i − 101)
        // + 40 × Σ_{i=81..100}(2i − 101) = 2.5 × (−1,600) + 40 × 1,600 = 60,000;
        // ÷ (100 × 1,000) = 0.6.
        assert!((p.gini.unwrap() - 0.6).abs() < SUMS, "{:?}", p.gini);
        assert_eq!(
            p.curve.last().map(|c| (c.customers, c.value)),
            Some((1.0, 1.0))
        );
        assert_eq!(p.losses, Losses::default());
        assert_eq!((p.total, p.positive_total), (1_000.0, 1_000.0));
    }

    #[test]
    fn losses_are_stated_and_shares_use_the_positive_sum() {
        // Profits 100, 50, −30, −20: positive sum 150; losses −30 − 20 = −50 by 2 customers;
        // net 100.
        let p = analyse(&[-20.0, 100.0, -30.0, 50.0], 0.2, 0.8);
        assert_eq!((p.total, p.positive_total), (100.0, 150.0));
        assert_eq!(
            p.losses,
            Losses {
                sum: -50.0,
                count: 2
            }
        );
        // Top 20 % of 4 = 0.8 → 1 customer: 100 ÷ 150 = 66.67 % (not 100 ÷ 100 = 100 %).
        assert_eq!(p.top_count, 1);
        assert!((p.top_share_of_value.unwrap() - 100.0 / 150.0).abs() < EXACT);
        // Cumulative 100 ÷ 150 = 0.667 < 0.8, then 150 ÷ 150 = 1 ≥ 0.8: 2 customers of 4.
        assert_eq!(p.customers_for_target, Some(2));
        assert_eq!(p.share_of_customers_for_target, Some(0.5));
        // Curve at 0, 1/4, 2/4, 3/4, 1 of customers: 0, 2/3, 1, 1, 1 (losses count as 0).
        let expect = [
            (0.0, 0.0),
            (0.25, 2.0 / 3.0),
            (0.5, 1.0),
            (0.75, 1.0),
            (1.0, 1.0),
        ];
        assert_eq!(p.curve.len(), expect.len());
        for (pt, (x, y)) in p.curve.iter().zip(expect) {
            assert!((pt.customers - x).abs() < EXACT && (pt.value - y).abs() < EXACT);
        }
        // The 80/20 point lies on the curve: (1/4, 2/3).
        let top = p.top_point().unwrap();
        assert_eq!(top.customers, 0.25);
        assert_eq!(curve_value_at(&p.curve, top.customers), top.value);
        // Gini over 0, 0, 50, 100 ascending: (−3 × 0 − 1 × 0 + 1 × 50 + 3 × 100) ÷ (4 × 150)
        // = 350 ÷ 600 = 0.58333; the curve's area is 0.25 × (1/3 + 5/6 + 1 + 1) = 0.79167 and
        // 2 × 0.79167 − 1 = 0.58333 as well.
        assert!((p.gini.unwrap() - 350.0 / 600.0).abs() < EXACT);
    }

    #[test]
    fn net_loss_still_shares_what_is_earned() {
        // Profits 10 and −50: net −40, positive sum 10, one loss of −50. The top customer
        // (20 % of 2 = 0.4, at least 1) holds 10 ÷ 10 = 100 % of what is earned (the old signed
        // rule gave 10 ÷ −40 = −25 %).
        let p = analyse(&[10.0, -50.0], 0.2, 0.8);
        assert_eq!((p.total, p.positive_total), (-40.0, 10.0));
        assert_eq!(p.losses.count, 1);
        assert_eq!(p.top_share_of_value, Some(1.0));
        assert_eq!(p.customers_for_target, Some(1));
        // Ascending 0, 10: (−1 × 0 + 1 × 10) ÷ (2 × 10) = 0.5.
        assert_eq!(p.gini, Some(0.5));
        let half = analyse(&[100.0, -50.0], 0.5, 0.8);
        assert_eq!(half.top_share_of_value, Some(1.0));
    }

    #[test]
    fn nothing_above_zero_gives_no_share() {
        let p = analyse(&[-5.0, -1.0, 0.0], 0.2, 0.8);
        assert_eq!(p.top_share_of_value, None);
        assert_eq!(p.customers_for_target, None);
        assert_eq!(p.share_of_customers_for_target, None);
        assert_eq!(p.gini, None);
        assert!(p.curve.is_empty());
        assert!(p.top_point().is_none());
        assert!(curve_at_steps(&p.curve, 10).is_empty());
        assert_eq!(
            p.losses,
            Losses {
                sum: -6.0,
                count: 2
            }
        );
        assert_eq!(p.total, -6.0);
        let zeros = analyse(&[0.0; 4], 0.2, 0.8);
        assert_eq!((zeros.gini, zeros.losses.count), (None, 0));
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
            assert!((pt.customers - k as f64 / 10.0).abs() < EXACT);
            assert!((pt.value - e).abs() < SUMS, "{k}: {} vs {e}", pt.value);
        }
        // A thinned curve (more customers than curve points) is interpolated in between.
        let big = analyse(&vec![1.0; 1_000], 0.2, 0.8);
        assert!(big.curve.len() <= MAX_CURVE_POINTS + 3);
        assert!((curve_value_at(&big.curve, 0.333) - 0.333).abs() < SUMS);
    }

    #[test]
    fn thinned_curve_keeps_the_80_20_points() {
        // 1,003 customers: one point in ⌈1,003 ÷ 200⌉ = 6 is kept. The top 20 % is
        // round(200.6) = 201 customers (201 is not a multiple of 6) and, with values
        // 1,003 … 1, 80 % of Σ = 503,506 is first reached at a count that is not a
        // multiple of 6 either; both points are on the curve anyway.
        let v: Vec<f64> = (1..=1_003).rev().map(f64::from).collect();
        let p = analyse(&v, 0.2, 0.8);
        assert_eq!(p.top_count, 201);
        let top = p.top_point().unwrap();
        assert!(p
            .curve
            .iter()
            .any(|c| c.customers == top.customers && c.value == top.value));
        // Top 201 hold Σ_{j=803}^{1003} j = 201 × 903 = 181,503 of 503,506.
        assert!((top.value - 181_503.0 / 503_506.0).abs() < EXACT);
        // The top m hold m × (2,007 − m) ÷ 2; 80 % of 503,506 = 402,804.8 needs
        // m × (2,007 − m) ≥ 805,609.6: m = 554 gives 554 × 1,453 = 804,962 (short), m = 555
        // gives 555 × 1,452 = 805,860. 555 = 6 × 92 + 3.
        assert_eq!(p.customers_for_target, Some(555));
        let at = p
            .curve
            .iter()
            .find(|c| c.customers == 555.0 / 1_003.0)
            .unwrap();
        assert!((at.value - 402_930.0 / 503_506.0).abs() < EXACT);
    }

    #[test]
    fn edge_cases_are_defined() {
        let e = analyse(&[], 0.2, 0.8);
        assert_eq!(e.count, 0);
        assert_eq!(e.gini, None);
        assert_eq!(e.top_share_of_value, None);
        let one = analyse(&[5.0], 0.2, 0.8);
        assert_eq!(one.top_count, 1);
        assert_eq!(one.top_share_of_value, Some(1.0));
        assert_eq!(one.gini, Some(0.0));
        let equal = analyse(&[3.0; 10], 0.2, 0.8);
        assert!(equal.gini.unwrap().abs() < EXACT);
        assert_eq!(equal.customers_for_target, Some(8));
        let none_wanted = analyse(&[3.0; 10], 0.2, 0.0);
        assert_eq!(none_wanted.customers_for_target, Some(0));
    }
}
