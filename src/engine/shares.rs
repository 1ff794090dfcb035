//! Shares that never go negative, for the Pareto figures, tiers and market types alike.
//!
//! One rule for every share of money on the page: the denominator is the sum of the positive
//! values, and a part is the sum of the positive values inside it. Customers below zero
//! (losses, refunds) hold no share; their sum and count are kept beside the shares so the page
//! can state them. A share therefore always lies in [0, 1], the shares of groups that cover
//! the list add up to 1, and when nothing is above zero there is no share at all (`None`),
//! which the page says in words.

use serde::Serialize;

/// The values below zero of a list or group: how many, and their sum (≤ 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Losses {
    /// Sum of the values below zero, money (0 when there are none).
    pub sum: f64,
    /// Customers whose value is below zero.
    pub count: usize,
}

/// Running split of values into the sum of the positive ones and the losses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Split {
    /// Sum of the values above zero, money (≥ 0).
    pub positive: f64,
    /// The values below zero.
    pub losses: Losses,
}

impl Split {
    /// Adds one customer's value; a value that is not finite counts as nothing.
    // A call per customer in the passes over the list: `opt-level = "z"` keeps it out of line.
    #[inline(always)]
    pub fn add(&mut self, value: f64) {
        if !value.is_finite() {
            return;
        }
        if value > 0.0 {
            self.positive += value;
        } else if value < 0.0 {
            self.losses.sum += value;
            self.losses.count += 1;
        }
    }

    /// The split of a whole list.
    pub fn of(values: &[f64]) -> Split {
        let mut s = Split::default();
        for v in values {
            s.add(*v);
        }
        s
    }

    /// Net sum (positive part plus losses), money.
    pub fn net(&self) -> f64 {
        self.positive + self.losses.sum
    }

    /// This split's positive part as a share of `total`'s.
    pub fn share_of(&self, total: &Split) -> Option<f64> {
        share(self.positive, total.positive)
    }
}

/// The splits of a list's revenue, profit and service cost: totals over the list, added
/// customer by customer in list order. The stages that share them out (tiers, profiles,
/// markets, concentration) read these instead of each summing 100,000 values again; each adds
/// in list order, as [`Split::of`] over the column does, so the bits are the same.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ListSplits {
    pub revenue: Split,
    pub profit: Split,
    pub service_cost: Split,
}

impl ListSplits {
    /// The splits of these columns.
    pub fn of(revenue: &[f64], profit: &[f64], service_cost: &[f64]) -> ListSplits {
        ListSplits {
            revenue: Split::of(revenue),
            profit: Split::of(profit),
            service_cost: Split::of(service_cost),
        }
    }

    /// Adds the next customer's figures.
    #[inline(always)]
    pub fn add(&mut self, revenue: f64, profit: f64, service_cost: f64) {
        self.revenue.add(revenue);
        self.profit.add(profit);
        self.service_cost.add(service_cost);
    }
}

/// A list's revenue, profit and service cost per customer (parallel, in list order) and their
/// splits, which must be those of these columns: [`ListMoney::of`] sums them.
#[derive(Debug, Clone, Copy)]
pub struct ListMoney<'a> {
    pub revenue: &'a [f64],
    pub profit: &'a [f64],
    pub service_cost: &'a [f64],
    pub splits: ListSplits,
}

impl<'a> ListMoney<'a> {
    /// The columns, their splits summed here.
    pub fn of(revenue: &'a [f64], profit: &'a [f64], service_cost: &'a [f64]) -> ListMoney<'a> {
        ListMoney {
            revenue,
            profit,
            service_cost,
            splits: ListSplits::of(revenue, profit, service_cost),
        }
    }
}

/// The positive part of a value: itself when above zero, else 0 (also for NaN and infinity).
pub fn positive_part(value: f64) -> f64 {
    if value.is_finite() && value > 0.0 {
        value
    } else {
        0.0
    }
}

/// `part ÷ positive_total`, clamped to [0, 1] against rounding; `None` when the total is not
/// above zero (nothing earned, nothing to share) or the quotient is not finite.
///
/// ```
/// # use value_pyramid::engine::shares::share;
/// assert_eq!(share(50.0, 150.0), Some(1.0 / 3.0));
/// assert_eq!(share(0.0, 0.0), None);
/// ```
pub fn share(part: f64, positive_total: f64) -> Option<f64> {
    if !(positive_total.is_finite() && positive_total > 0.0) {
        return None;
    }
    let s = part / positive_total;
    s.is_finite().then(|| s.clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn profits_with_two_losses() {
        // 100 + 50 = 150 above zero; −30 + −20 = −50 below zero by 2 customers; net 100.
        let s = Split::of(&[100.0, 50.0, -30.0, -20.0, 0.0]);
        assert_eq!(s.positive, 150.0);
        assert_eq!(
            s.losses,
            Losses {
                sum: -50.0,
                count: 2
            }
        );
        assert_eq!(s.net(), 100.0);
        // The group {50, −30}: positive part 50 → 50 ÷ 150 = 1/3; its loss is stated, not netted.
        let g = Split::of(&[50.0, -30.0]);
        assert!((g.share_of(&s).unwrap() - 1.0 / 3.0).abs() < 1e-15);
        assert_eq!(Split::of(&[-30.0]).share_of(&s), Some(0.0));
    }

    #[test]
    fn nothing_above_zero_gives_no_share() {
        assert_eq!(share(0.0, 0.0), None);
        assert_eq!(share(5.0, -1.0), None);
        assert_eq!(share(1.0, f64::INFINITY), None);
        assert_eq!(Split::of(&[-1.0, 0.0]).share_of(&Split::of(&[-1.0])), None);
        // Rounding cannot push a share past 1.
        assert_eq!(share(0.1 + 0.2, 0.3), Some(1.0));
        assert_eq!(positive_part(f64::NAN), 0.0);
        assert_eq!(positive_part(-2.0), 0.0);
        assert_eq!(positive_part(2.0), 2.0);
        let mut s = Split::default();
        s.add(f64::NAN);
        s.add(f64::NEG_INFINITY);
        assert_eq!(s, Split::default());
    }

    proptest::proptest! {
        /// The splits an analysis adds up customer by customer are those of the whole columns,
        /// bit for bit, each column in its own place.
        #[test]
        fn splits_added_one_by_one_are_the_columns_splits(
            rows in proptest::collection::vec(
                (
                    proptest::num::f64::ANY,
                    proptest::num::f64::ANY,
                    proptest::num::f64::ANY,
                ),
                0..40,
            ),
        ) {
            let column = |k: usize| -> Vec<f64> {
                rows.iter().map(|r| [r.0, r.1, r.2][k]).collect()
            };
            let mut added = ListSplits::default();
            for r in &rows {
                added.add(r.0, r.1, r.2);
            }
            let whole = ListSplits::of(&column(0), &column(1), &column(2));
            let bits = |s: &Split| (s.positive.to_bits(), s.losses.sum.to_bits(), s.losses.count);
            for (k, (a, w)) in [
                (added.revenue, whole.revenue),
                (added.profit, whole.profit),
                (added.service_cost, whole.service_cost),
            ]
            .into_iter()
            .enumerate()
            {
                let own = Split::of(&column(k));
                proptest::prop_assert_eq!(bits(&a), bits(&own));
                proptest::prop_assert_eq!(bits(&w), bits(&own));
            }
        }
    }
}
