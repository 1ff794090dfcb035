//! Concentration risk: customers whose revenue share reaches a threshold, the
//! Herfindahl–Hirschman index, and big customers' share of service cost against their share
//! of profit.
//!
//! Shares follow [`super::shares`]: of the sum of the positive values, never negative. The big
//! customers' losses are kept beside their share of profit, and when they lose money taken
//! together that is the verdict, whatever the shares say.

use super::numeric::ratio;
use super::shares::{positive_part, ListSplits, Losses, Split};
use serde::Serialize;

/// A customer whose revenue share is at or above the threshold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConcentrationFlag {
    /// Position in the analysed customer list.
    pub index: usize,
    /// Revenue share, fraction.
    pub share: f64,
}

/// What big customers' service cost says against their profit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MarginVerdict {
    /// They bring at least the share of profit they take of service cost.
    PayTheirWay,
    /// They take a larger share of service cost than they bring of profit.
    EatMargin,
    /// Taken together they lose money (their losses exceed their profit).
    LoseMoney,
    /// No customer makes a profit, so there is no share of profit to compare.
    NoProfit,
    /// No customer has a service cost, so there is no share of service cost to compare.
    NoServiceCost,
}

/// Concentration of a list's revenue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Concentration {
    /// Threshold used, fraction (0.25: losing them loses a quarter of the business).
    pub threshold: f64,
    /// Customers at or above it, largest share first.
    pub flagged: Vec<ConcentrationFlag>,
    /// Herfindahl–Hirschman index Σ share², fraction 0–1 (1 = a single customer).
    pub hhi: f64,
    /// The same on the usual 0–10,000 points scale.
    pub hhi_points: f64,
    /// Big customers counted (the top revenue share of the Pareto check), count.
    pub big_customers: usize,
    /// Their share of the service cost, fraction; `None` when nobody has any service cost.
    pub big_service_cost_share: Option<f64>,
    /// Their share of the profit of every profitable customer, fraction (their own losses
    /// count as 0 and are in `big_losses`); `None` when no customer makes a profit.
    pub big_profit_share: Option<f64>,
    /// Their profit taken together (net of their losses), money.
    pub big_profit: f64,
    /// Big customers who lose money, and how much.
    pub big_losses: Losses,
    /// The verdict on service cost against profit.
    pub verdict: MarginVerdict,
    /// True when they take a larger share of service cost than they bring of profit, or lose
    /// money together: big spenders eating time and margin.
    pub big_customers_eat_margin: bool,
}

/// Revenue shares of non-negative revenues (negative counts as 0), fractions summing to 1
/// (all 0 when the total is 0).
pub fn shares(revenues: &[f64]) -> Vec<f64> {
    shares_of(revenues, Split::of(revenues).positive)
}

/// [`shares`] of revenues whose positive total is known.
fn shares_of(revenues: &[f64], total: f64) -> Vec<f64> {
    revenues
        .iter()
        .map(|r| ratio(positive_part(*r), total).clamp(0.0, 1.0))
        .collect()
}

/// HHI = Σ share², fraction.
///
/// ```
/// # use value_pyramid::engine::concentration::hhi;
/// assert_eq!(hhi(&[0.5, 0.5]), 0.5);
/// ```
pub fn hhi(shares: &[f64]) -> f64 {
    shares.iter().map(|s| s * s).sum::<f64>().clamp(0.0, 1.0)
}

/// Analyses concentration. `revenue`, `service_cost` and `profit` are parallel per customer;
/// `big` holds the positions of the big customers.
pub fn analyse(
    revenue: &[f64],
    service_cost: &[f64],
    profit: &[f64],
    big: &[usize],
    threshold: f64,
) -> Concentration {
    let splits = ListSplits::of(revenue, profit, service_cost);
    analyse_split(revenue, service_cost, profit, &splits, big, threshold)
}

/// [`analyse`], given the splits of the three columns (`splits` must be theirs: the shares are
/// taken of it as given).
pub fn analyse_split(
    revenue: &[f64],
    service_cost: &[f64],
    profit: &[f64],
    splits: &ListSplits,
    big: &[usize],
    threshold: f64,
) -> Concentration {
    let s = shares_of(revenue, splits.revenue.positive);
    let mut flagged: Vec<ConcentrationFlag> = s
        .iter()
        .enumerate()
        .filter(|(_, share)| **share > 0.0 && **share >= threshold)
        .map(|(index, share)| ConcentrationFlag {
            index,
            share: *share,
        })
        .collect();
    flagged.sort_by(|a, b| b.share.total_cmp(&a.share).then(a.index.cmp(&b.index)));
    let h = hhi(&s);
    let (all_cost, all_profit) = (splits.service_cost, splits.profit);
    let big_cost: Vec<f64> = big
        .iter()
        .filter_map(|&i| service_cost.get(i).copied())
        .collect();
    let big_profit: Vec<f64> = big.iter().filter_map(|&i| profit.get(i).copied()).collect();
    let big_cost = Split::of(&big_cost);
    let big_profit = Split::of(&big_profit);
    let cost_share = big_cost.share_of(&all_cost);
    let profit_share = big_profit.share_of(&all_profit);
    let verdict = if big_profit.net() < 0.0 {
        MarginVerdict::LoseMoney
    } else {
        match (cost_share, profit_share) {
            (_, None) => MarginVerdict::NoProfit,
            (None, _) => MarginVerdict::NoServiceCost,
            (Some(c), Some(p)) if c > p => MarginVerdict::EatMargin,
            _ => MarginVerdict::PayTheirWay,
        }
    };
    Concentration {
        threshold,
        flagged,
        hhi: h,
        hhi_points: h * 10_000.0,
        big_customers: big.len(),
        big_service_cost_share: cost_share,
        big_profit_share: profit_share,
        big_profit: big_profit.net(),
        big_losses: big_profit.losses,
        verdict,
        big_customers_eat_margin: matches!(
            verdict,
            MarginVerdict::EatMargin | MarginVerdict::LoseMoney
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::EXACT;

    #[test]
    fn quarter_of_the_business() {
        let revenue = [50.0, 30.0, 20.0];
        let c = analyse(
            &revenue,
            &[60.0, 20.0, 20.0],
            &[10.0, 40.0, 50.0],
            &[0],
            0.25,
        );
        assert_eq!(c.flagged.len(), 2);
        assert_eq!(c.flagged[0].index, 0);
        assert!((c.flagged[0].share - 0.5).abs() < EXACT);
        assert!((c.hhi - (0.25 + 0.09 + 0.04)).abs() < EXACT);
        // Service cost 60 of 100; profit 10 of 100.
        assert!((c.big_service_cost_share.unwrap() - 0.6).abs() < EXACT);
        assert!((c.big_profit_share.unwrap() - 0.1).abs() < EXACT);
        assert_eq!(c.verdict, MarginVerdict::EatMargin);
        assert!(c.big_customers_eat_margin);
    }

    #[test]
    fn big_loss_maker_with_negative_total_profit() {
        // Profits −150, 40, 10: total −100, positive sum 50. The big customer (position 0)
        // takes 100 of 200 service cost = 50 % and holds 0 of the 50 earned = 0 %; it loses
        // 150. The signed rule said −150 ÷ −100 = 150 % of profit, "paying its way".
        let c = analyse(
            &[500.0, 300.0, 200.0],
            &[100.0, 50.0, 50.0],
            &[-150.0, 40.0, 10.0],
            &[0],
            0.25,
        );
        assert_eq!(c.big_service_cost_share, Some(0.5));
        assert_eq!(c.big_profit_share, Some(0.0));
        assert_eq!(c.big_profit, -150.0);
        assert_eq!(
            c.big_losses,
            Losses {
                sum: -150.0,
                count: 1
            }
        );
        assert_eq!(c.verdict, MarginVerdict::LoseMoney);
        assert!(c.big_customers_eat_margin);
    }

    #[test]
    fn big_customers_who_lose_more_than_they_earn() {
        // Big customers 0 and 1: profits 100 and −500 (net −400), the third 50. Their share of
        // profit is 100 ÷ (100 + 50) = 66.7 % of what is earned, against 80 ÷ 100 = 80 % of the
        // service cost; either way they lose money together, and that is the verdict.
        let c = analyse(
            &[600.0, 300.0, 100.0],
            &[60.0, 20.0, 20.0],
            &[100.0, -500.0, 50.0],
            &[0, 1],
            0.25,
        );
        assert!((c.big_profit_share.unwrap() - 100.0 / 150.0).abs() < EXACT);
        assert!((c.big_service_cost_share.unwrap() - 0.8).abs() < EXACT);
        assert_eq!(c.big_profit, -400.0);
        assert_eq!(c.verdict, MarginVerdict::LoseMoney);
    }

    #[test]
    fn paying_their_way_beside_a_loss_elsewhere() {
        // Profits 300, 40, −100: positive sum 340. Big customer: 300 ÷ 340 = 88.2 % of profit
        // for 20 ÷ 100 = 20 % of service cost.
        let c = analyse(
            &[500.0, 300.0, 200.0],
            &[20.0, 40.0, 40.0],
            &[300.0, 40.0, -100.0],
            &[0],
            0.25,
        );
        assert!((c.big_profit_share.unwrap() - 300.0 / 340.0).abs() < EXACT);
        assert_eq!(c.big_service_cost_share, Some(0.2));
        assert_eq!(c.big_losses, Losses::default());
        assert_eq!(c.verdict, MarginVerdict::PayTheirWay);
        assert!(!c.big_customers_eat_margin);
    }

    #[test]
    fn no_share_to_compare_is_its_own_verdict() {
        // Nobody makes a profit (0 and −10): no share of profit.
        let c = analyse(&[10.0, 5.0], &[5.0, 5.0], &[0.0, -10.0], &[0], 0.25);
        assert_eq!(c.big_profit_share, None);
        assert_eq!(c.verdict, MarginVerdict::NoProfit);
        assert!(!c.big_customers_eat_margin);
        // Nobody has a service cost: no share of service cost.
        let c = analyse(&[10.0, 5.0], &[0.0, 0.0], &[10.0, 5.0], &[0], 0.25);
        assert_eq!(c.big_service_cost_share, None);
        assert_eq!(c.verdict, MarginVerdict::NoServiceCost);
    }

    #[test]
    fn empty_is_defined() {
        let c = analyse(&[], &[], &[], &[], 0.25);
        assert!(c.flagged.is_empty());
        assert_eq!(c.hhi, 0.0);
        assert_eq!(c.big_profit_share, None);
    }
}
