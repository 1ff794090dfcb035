//! Lifecycle stages (exploration, formation, stability, decline) and lifetime profit.
//!
//! Lifetime profit = total profit − total investment, where total profit = base profit +
//! cross-sell profit + cost savings + referral value, and total investment = acquisition
//! cost + price discounts + damage from negative referrals. All money over the whole
//! relationship.

use super::model::{Customer, LifecycleStage};
use super::numeric::{ratio, usable};
use serde::Serialize;

/// Names of `Customer::indicators` read as lifetime money totals.
pub mod keys {
    /// Related (cross-sell) profit over the relationship, money.
    pub const CROSS_SELL_PROFIT: &str = "cross_sell_profit";
    /// Cost savings from serving an experienced customer, money.
    pub const COST_SAVINGS: &str = "cost_savings";
    /// Value of referrals the customer brings, money.
    pub const REFERRAL_VALUE: &str = "referral_value";
    /// Price discounts granted, money.
    pub const PRICE_DISCOUNTS: &str = "price_discounts";
    /// Damage from negative referrals, money.
    pub const NEGATIVE_REFERRAL_DAMAGE: &str = "negative_referral_damage";
}

/// The parts of lifetime profit, money over the relationship.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Default)]
pub struct LifetimeProfitInput {
    /// Base profit from the core purchases.
    pub base_profit: f64,
    /// Related (cross-sell) profit.
    pub cross_sell_profit: f64,
    /// Cost savings.
    pub cost_savings: f64,
    /// Referral value.
    pub referral_value: f64,
    /// Acquisition cost.
    pub acquisition_cost: f64,
    /// Price discounts.
    pub price_discounts: f64,
    /// Damage from negative referrals.
    pub negative_referral_damage: f64,
}

/// Lifetime profit and its two totals, money.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LifetimeProfit {
    /// Base + cross-sell + savings + referral.
    pub total_profit: f64,
    /// Acquisition + discounts + negative referral damage.
    pub total_investment: f64,
    /// Total profit − total investment.
    pub lifetime_profit: f64,
}

/// Lifetime profit = (base + cross-sell + savings + referral) − (acquisition + discounts +
/// damage).
///
/// ```
/// # use value_pyramid::engine::lifecycle::{lifetime_profit, LifetimeProfitInput};
/// let p = lifetime_profit(&LifetimeProfitInput { base_profit: 1000.0, referral_value: 200.0,
///     acquisition_cost: 300.0, ..Default::default() });
/// assert_eq!(p.lifetime_profit, 900.0);
/// ```
pub fn lifetime_profit(i: &LifetimeProfitInput) -> LifetimeProfit {
    let total_profit = i.base_profit + i.cross_sell_profit + i.cost_savings + i.referral_value;
    let total_investment = i.acquisition_cost + i.price_discounts + i.negative_referral_damage;
    LifetimeProfit {
        total_profit,
        total_investment,
        lifetime_profit: total_profit - total_investment,
    }
}

/// The input for one customer: base profit (money over the relationship) and acquisition
/// cost (money) are given; the other parts are read from its indicators ([`keys`]), 0 when
/// absent.
pub fn input_for(c: &Customer, base_profit: f64, acquisition_cost: f64) -> LifetimeProfitInput {
    let mut input = LifetimeProfitInput {
        base_profit,
        acquisition_cost,
        ..LifetimeProfitInput::default()
    };
    // One pass over the customer's few entries instead of five look-ups by string, each of
    // which compared strings through the map for every customer of the list.
    for (key, value) in &c.indicators {
        let part = match key.as_str() {
            keys::CROSS_SELL_PROFIT => &mut input.cross_sell_profit,
            keys::COST_SAVINGS => &mut input.cost_savings,
            keys::REFERRAL_VALUE => &mut input.referral_value,
            keys::PRICE_DISCOUNTS => &mut input.price_discounts,
            keys::NEGATIVE_REFERRAL_DAMAGE => &mut input.negative_referral_damage,
            _ => continue,
        };
        *part = usable(Some(*value)).unwrap_or(0.0);
    }
    input
}

/// Customers and profit in one stage (or with no stage).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StageRow {
    /// The stage; `None` for customers without one.
    pub stage: Option<LifecycleStage>,
    /// Customers, count.
    pub count: usize,
    /// Their annual profit, money per year.
    pub total_profit: f64,
    /// Mean annual profit, money per year (0 without customers). Over the stages it should
    /// draw an inverted U, highest in stability.
    pub average_profit: f64,
}

/// Annual profit per lifecycle stage, in stage order, then customers without a stage.
pub fn by_stage(customers: &[&Customer], profit: &[f64]) -> Vec<StageRow> {
    let stages = [
        Some(LifecycleStage::Exploration),
        Some(LifecycleStage::Formation),
        Some(LifecycleStage::Stability),
        Some(LifecycleStage::Decline),
        None,
    ];
    // One pass over the customers instead of one per stage: each row still adds its profits
    // in list order, so the sums are the same to the last bit.
    let mut sums = [(0usize, 0.0f64); 5];
    for (c, p) in customers.iter().zip(profit) {
        if let Some(k) = stages.iter().position(|s| *s == c.lifecycle_stage) {
            sums[k].0 += 1;
            sums[k].1 += p;
        }
    }
    stages
        .iter()
        .zip(sums)
        .map(|(&stage, (count, total))| StageRow {
            stage,
            count,
            total_profit: total,
            average_profit: ratio(total, count as f64),
        })
        .collect()
}

/// Lifetime profit of the customers in one stage (or with no stage).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StageLifetimeProfit {
    /// The stage; `None` for customers without one.
    pub stage: Option<LifecycleStage>,
    /// Customers, count.
    pub count: usize,
    /// Sums of their lifetime profit parts, money.
    pub total: LifetimeProfit,
    /// Mean lifetime profit, money (0 without customers).
    pub average_lifetime_profit: f64,
}

/// Lifetime profit summed per lifecycle stage, in stage order, then customers without a stage;
/// `stages` and `profits` are parallel (one entry per customer).
pub fn lifetime_profit_by_stage(
    stages: &[Option<LifecycleStage>],
    profits: &[LifetimeProfit],
) -> Vec<StageLifetimeProfit> {
    let order = [
        Some(LifecycleStage::Exploration),
        Some(LifecycleStage::Formation),
        Some(LifecycleStage::Stability),
        Some(LifecycleStage::Decline),
        None,
    ];
    order
        .iter()
        .map(|&stage| {
            let mut count = 0usize;
            let mut total = LifetimeProfit {
                total_profit: 0.0,
                total_investment: 0.0,
                lifetime_profit: 0.0,
            };
            for (_, p) in stages.iter().zip(profits).filter(|(s, _)| **s == stage) {
                count += 1;
                total.total_profit += p.total_profit;
                total.total_investment += p.total_investment;
                total.lifetime_profit += p.lifetime_profit;
            }
            StageLifetimeProfit {
                stage,
                count,
                total,
                average_lifetime_profit: ratio(total.lifetime_profit, count as f64),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_indicators() {
        let mut c = Customer::default();
        c.indicators.insert(keys::CROSS_SELL_PROFIT.into(), 100.0);
        c.indicators
            .insert(keys::NEGATIVE_REFERRAL_DAMAGE.into(), 40.0);
        let p = lifetime_profit(&input_for(&c, 500.0, 60.0));
        assert_eq!(p.total_profit, 600.0);
        assert_eq!(p.total_investment, 100.0);
        assert_eq!(p.lifetime_profit, 500.0);
    }

    use proptest::prelude::*;

    proptest! {
        /// Reading the parts in one pass over the entries gives what a look-up of each key
        /// gives, other entries, unusable values and missing keys included.
        #[test]
        fn one_pass_reads_what_the_look_ups_read(
            entries in prop::collection::btree_map(
                prop::sample::select(vec![
                    keys::CROSS_SELL_PROFIT,
                    keys::COST_SAVINGS,
                    keys::REFERRAL_VALUE,
                    keys::PRICE_DISCOUNTS,
                    keys::NEGATIVE_REFERRAL_DAMAGE,
                    "growth",
                    "zzz",
                ]),
                prop_oneof![(-5i32..5).prop_map(f64::from), proptest::num::f64::ANY],
                0..7,
            ),
            base in -100.0f64..100.0,
            acquisition in 0.0f64..100.0,
        ) {
            let c = Customer {
                indicators: entries.into_iter().map(|(k, v)| (k.into(), v)).collect(),
                ..Default::default()
            };
            let get = |k: &str| usable(c.indicators.get(k).copied()).unwrap_or(0.0);
            let looked_up = LifetimeProfitInput {
                base_profit: base,
                cross_sell_profit: get(keys::CROSS_SELL_PROFIT),
                cost_savings: get(keys::COST_SAVINGS),
                referral_value: get(keys::REFERRAL_VALUE),
                acquisition_cost: acquisition,
                price_discounts: get(keys::PRICE_DISCOUNTS),
                negative_referral_damage: get(keys::NEGATIVE_REFERRAL_DAMAGE),
            };
            prop_assert_eq!(input_for(&c, base, acquisition), looked_up);
        }
    }

    proptest! {
        /// The one pass gives each stage the count and the profit sum (bit for bit) of a pass
        /// per stage.
        #[test]
        fn one_pass_by_stage_equals_a_pass_per_stage(
            list in prop::collection::vec(
                (prop::option::of(prop::sample::select(vec![
                    LifecycleStage::Exploration,
                    LifecycleStage::Formation,
                    LifecycleStage::Stability,
                    LifecycleStage::Decline,
                ])), -1e6f64..1e6),
                0..40,
            ),
        ) {
            let customers: Vec<Customer> = list
                .iter()
                .map(|(stage, _)| Customer { lifecycle_stage: *stage, ..Default::default() })
                .collect();
            let refs: Vec<&Customer> = customers.iter().collect();
            let profit: Vec<f64> = list.iter().map(|(_, p)| *p).collect();
            for row in by_stage(&refs, &profit) {
                let (count, total) = refs
                    .iter()
                    .zip(&profit)
                    .filter(|(c, _)| c.lifecycle_stage == row.stage)
                    .fold((0usize, 0.0f64), |(n, t), (_, p)| (n + 1, t + p));
                prop_assert_eq!(row.count, count);
                prop_assert_eq!(row.total_profit.to_bits(), total.to_bits());
            }
        }
    }

    #[test]
    fn lifetime_profit_per_stage() {
        let p = |v: f64| {
            lifetime_profit(&LifetimeProfitInput {
                base_profit: v,
                acquisition_cost: 100.0,
                ..Default::default()
            })
        };
        let stages = [
            Some(LifecycleStage::Stability),
            Some(LifecycleStage::Stability),
            None,
        ];
        let rows = lifetime_profit_by_stage(&stages, &[p(500.0), p(300.0), p(50.0)]);
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[2].count, 2);
        assert_eq!(rows[2].total.total_profit, 800.0);
        assert_eq!(rows[2].total.total_investment, 200.0);
        assert_eq!(rows[2].average_lifetime_profit, 300.0);
        assert_eq!(rows[4].total.lifetime_profit, -50.0);
        assert_eq!(rows[0].average_lifetime_profit, 0.0);
    }

    #[test]
    fn stages() {
        let a = Customer {
            lifecycle_stage: Some(LifecycleStage::Stability),
            ..Default::default()
        };
        let b = Customer::default();
        let rows = by_stage(&[&a, &b], &[10.0, 4.0]);
        assert_eq!(rows.len(), 5);
        assert_eq!(rows[2].count, 1);
        assert_eq!(rows[4].average_profit, 4.0);
        assert_eq!(rows[0].average_profit, 0.0);
    }
}
