//! Breakdown by market type (DOMAIN.md §9): consumer, producer, intermediary, government,
//! international.

use super::model::{Customer, MarketType, Status};
use super::numeric::ratio;
use serde::Serialize;

/// Every market type, in display order.
pub const ALL: [MarketType; 5] = [
    MarketType::Consumer,
    MarketType::Producer,
    MarketType::Intermediary,
    MarketType::Government,
    MarketType::International,
];

/// Figures of one market type.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarketRow {
    /// The market type.
    pub market_type: MarketType,
    /// Customers, count.
    pub customers: usize,
    /// Prospects, count.
    pub prospects: usize,
    /// Revenue of its customers, money per year.
    pub revenue: f64,
    /// Profit of its customers, money per year.
    pub profit: f64,
    /// Share of total revenue, fraction.
    pub revenue_share: f64,
    /// Share of total profit, fraction (signed).
    pub profit_share: f64,
    /// Mean profit per customer, money per year (0 without customers).
    pub average_profit: f64,
}

/// Breaks a list down by market type. `customers` are the analysed customers with their
/// `revenue` and `profit` (parallel); `all_entries` also counts prospects. Every market type
/// appears, so the page's table has a fixed shape.
pub fn breakdown(
    customers: &[&Customer],
    revenue: &[f64],
    profit: &[f64],
    all_entries: &[Customer],
) -> Vec<MarketRow> {
    let total_revenue: f64 = revenue.iter().map(|r| r.max(0.0)).sum();
    let total_profit: f64 = profit.iter().sum();
    ALL.iter()
        .map(|&mt| {
            let mut count = 0;
            let mut r = 0.0;
            let mut p = 0.0;
            for (i, c) in customers.iter().enumerate() {
                if c.market_type == mt {
                    count += 1;
                    r += revenue.get(i).copied().unwrap_or(0.0).max(0.0);
                    p += profit.get(i).copied().unwrap_or(0.0);
                }
            }
            let prospects = all_entries
                .iter()
                .filter(|c| c.status == Status::Prospect && c.market_type == mt)
                .count();
            MarketRow {
                market_type: mt,
                customers: count,
                prospects,
                revenue: r,
                profit: p,
                revenue_share: ratio(r, total_revenue),
                profit_share: ratio(p, total_profit),
                average_profit: ratio(p, count as f64),
            }
        })
        .collect()
}

/// The entries of one market type (customers and prospects), in list order.
pub fn filter(entries: &[Customer], market_type: MarketType) -> Vec<&Customer> {
    entries
        .iter()
        .filter(|c| c.market_type == market_type)
        .collect()
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::*;

    #[test]
    fn breakdown_counts() {
        let list = vec![
            Customer {
                id: "a".into(),
                market_type: MarketType::Government,
                ..Default::default()
            },
            Customer {
                id: "b".into(),
                ..Default::default()
            },
            Customer {
                id: "p".into(),
                status: Status::Prospect,
                market_type: MarketType::Government,
                ..Default::default()
            },
        ];
        let refs: Vec<&Customer> = list.iter().take(2).collect();
        let rows = breakdown(&refs, &[300.0, 100.0], &[30.0, 10.0], &list);
        assert_eq!(rows.len(), 5);
        let gov = rows
            .iter()
            .find(|r| r.market_type == MarketType::Government)
            .unwrap();
        assert_eq!((gov.customers, gov.prospects), (1, 1));
        assert!((gov.revenue_share - 0.75).abs() < 1e-12);
        assert_eq!(filter(&list, MarketType::Government).len(), 2);
    }
}
