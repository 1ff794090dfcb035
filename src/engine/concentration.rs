//! Concentration risk (DOMAIN.md §6): customers whose revenue share reaches a threshold, the
//! Herfindahl–Hirschman index, and big customers' share of service cost against their share
//! of profit.

use super::numeric::ratio;
use serde::Serialize;

/// A customer whose revenue share is at or above the threshold.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConcentrationFlag {
    /// Position in the analysed customer list.
    pub index: usize,
    /// Revenue share, fraction.
    pub share: f64,
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
    /// Their share of total service cost, fraction.
    pub big_service_cost_share: f64,
    /// Their share of total profit, fraction (signed; 0 when total profit is 0).
    pub big_profit_share: f64,
    /// True when they take a larger share of service cost than they bring of profit: big
    /// spenders eating time and margin.
    pub big_customers_eat_margin: bool,
}

/// Revenue shares of non-negative revenues (negative counts as 0), fractions summing to 1
/// (all 0 when the total is 0).
pub fn shares(revenues: &[f64]) -> Vec<f64> {
    let total: f64 = revenues.iter().map(|r| r.max(0.0)).sum();
    revenues.iter().map(|r| ratio(r.max(0.0), total)).collect()
}

/// HHI = Σ share², fraction.
///
/// ```ignore
/// # use engine::concentration::hhi;
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
    let s = shares(revenue);
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
    let total_cost: f64 = service_cost.iter().sum();
    let total_profit: f64 = profit.iter().sum();
    let big_cost: f64 = big.iter().filter_map(|&i| service_cost.get(i)).sum();
    let big_profit: f64 = big.iter().filter_map(|&i| profit.get(i)).sum();
    let cost_share = ratio(big_cost, total_cost);
    let profit_share = ratio(big_profit, total_profit);
    Concentration {
        threshold,
        flagged,
        hhi: h,
        hhi_points: h * 10_000.0,
        big_customers: big.len(),
        big_service_cost_share: cost_share,
        big_profit_share: profit_share,
        big_customers_eat_margin: cost_share > profit_share,
    }
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::*;

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
        assert!((c.flagged[0].share - 0.5).abs() < 1e-12);
        assert!((c.hhi - (0.25 + 0.09 + 0.04)).abs() < 1e-12);
        assert!((c.big_service_cost_share - 0.6).abs() < 1e-12);
        assert!((c.big_profit_share - 0.1).abs() < 1e-12);
        assert!(c.big_customers_eat_margin);
    }

    #[test]
    fn empty_is_defined() {
        let c = analyse(&[], &[], &[], &[], 0.25);
        assert!(c.flagged.is_empty());
        assert_eq!(c.hhi, 0.0);
        assert_eq!(c.big_profit_share, 0.0);
    }
}
