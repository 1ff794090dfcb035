//! Breakdown by market type (count, revenue, profit): consumer, producer, intermediary, government,
//! international, and "not given" for entries without one (counted, never taken for consumer).

use super::model::{Customer, MarketType};
use super::numeric::ratio;
use super::shares::{Losses, Split};
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
    /// The market type; `None` for the entries that give none.
    pub market_type: Option<MarketType>,
    /// Customers, count.
    pub customers: usize,
    /// Prospects, count.
    pub prospects: usize,
    /// Revenue of its customers, money per year.
    pub revenue: f64,
    /// Profit of its customers, money per year.
    pub profit: f64,
    /// Share of the revenue of every customer, fraction (revenue below zero counts as 0);
    /// `None` when no customer has revenue.
    pub revenue_share: Option<f64>,
    /// Share of the profit of every profitable customer, fraction: the profit of its
    /// profitable customers ÷ that sum, never negative; `None` when nobody makes a profit.
    pub profit_share: Option<f64>,
    /// Its customers who lose money, and how much (stated beside the profit share).
    pub losses: Losses,
    /// Mean profit per customer, money per year (0 without customers).
    pub average_profit: f64,
}

/// Breaks a list down by market type. `customers` are the analysed customers with their
/// `revenue` and `profit` (parallel); `all_entries` also counts prospects. Every market type
/// appears, so the page's table has a fixed shape; a last "not given" row (`None`) appears when
/// some customer or prospect has no market type, so the rows always add up to the list.
pub fn breakdown(
    customers: &[&Customer],
    revenue: &[f64],
    profit: &[f64],
    all_entries: &[Customer],
) -> Vec<MarketRow> {
    breakdown_with_prospects(
        customers,
        revenue,
        profit,
        (&Split::of(revenue), &Split::of(profit)),
        all_entries.iter().filter(|c| c.is_prospect()),
    )
}

/// [`breakdown`], given the splits of `revenue` and `profit` (which must be theirs) and the
/// prospects already found (the analysis has them at hand, and each look for them reads every
/// entry of the list).
pub fn breakdown_with_prospects<'a>(
    customers: &[&Customer],
    revenue: &[f64],
    profit: &[f64],
    (total_revenue, total_profit): (&Split, &Split),
    prospects_listed: impl Iterator<Item = &'a Customer>,
) -> Vec<MarketRow> {
    // One pass over the customers and one over the entries, each adding to its market's row
    // (the last slot is "not given"), rather than one pass per market type: each row's sums
    // still add its customers in list order, so they are the same to the bit.
    let slot = |mt: Option<MarketType>| match mt {
        Some(m) => ALL.iter().position(|&a| a == m).unwrap_or(ALL.len()),
        None => ALL.len(),
    };
    let mut counts = [0usize; ALL.len() + 1];
    let mut sums = [(Split::default(), Split::default()); ALL.len() + 1];
    let mut prospects = [0usize; ALL.len() + 1];
    for (i, c) in customers.iter().enumerate() {
        let k = slot(c.market_type);
        counts[k] += 1;
        sums[k].0.add(revenue.get(i).copied().unwrap_or(0.0));
        sums[k].1.add(profit.get(i).copied().unwrap_or(0.0));
    }
    for c in prospects_listed {
        prospects[slot(c.market_type)] += 1;
    }
    let unknown = counts[ALL.len()] > 0 || prospects[ALL.len()] > 0;
    ALL.iter()
        .map(|&m| Some(m))
        .chain(unknown.then_some(None))
        .map(|mt| {
            let k = slot(mt);
            let count = counts[k];
            let (r, p) = sums[k];
            MarketRow {
                market_type: mt,
                customers: count,
                prospects: prospects[k],
                revenue: r.positive,
                profit: p.net(),
                revenue_share: r.share_of(total_revenue),
                profit_share: p.share_of(total_profit),
                losses: p.losses,
                average_profit: ratio(p.net(), count as f64),
            }
        })
        .collect()
}

/// The entries of one market type (customers and prospects), in list order; `None` gives the
/// entries without one.
pub fn filter(entries: &[Customer], market_type: Option<MarketType>) -> Vec<&Customer> {
    entries
        .iter()
        .filter(|c| c.market_type == market_type)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::Status;
    use crate::engine::tolerance::EXACT;

    #[test]
    fn breakdown_counts() {
        let list = vec![
            Customer {
                id: "a".into(),
                market_type: Some(MarketType::Government),
                ..Default::default()
            },
            Customer {
                id: "b".into(),
                market_type: Some(MarketType::Consumer),
                ..Default::default()
            },
            Customer {
                id: "p".into(),
                status: Status::Prospect,
                market_type: Some(MarketType::Government),
                ..Default::default()
            },
        ];
        let refs: Vec<&Customer> = list.iter().take(2).collect();
        let rows = breakdown(&refs, &[300.0, 100.0], &[30.0, 10.0], &list);
        // Everyone has a market type: the five rows only.
        assert_eq!(rows.len(), 5);
        let gov = rows
            .iter()
            .find(|r| r.market_type == Some(MarketType::Government))
            .unwrap();
        assert_eq!((gov.customers, gov.prospects), (1, 1));
        // 300 ÷ (300 + 100) = 0.75.
        assert!((gov.revenue_share.unwrap() - 0.75).abs() < EXACT);
        assert_eq!(filter(&list, Some(MarketType::Government)).len(), 2);
    }

    #[test]
    fn not_given_is_counted_not_consumer() {
        let list = vec![
            Customer {
                id: "a".into(),
                market_type: Some(MarketType::Consumer),
                ..Default::default()
            },
            Customer {
                id: "b".into(),
                ..Default::default()
            },
            Customer {
                id: "p".into(),
                status: Status::Prospect,
                ..Default::default()
            },
        ];
        let refs: Vec<&Customer> = list.iter().take(2).collect();
        let rows = breakdown(&refs, &[100.0, 300.0], &[10.0, 30.0], &list);
        assert_eq!(rows.len(), 6);
        let consumer = &rows[0];
        assert_eq!(consumer.market_type, Some(MarketType::Consumer));
        assert_eq!((consumer.customers, consumer.prospects), (1, 0));
        // 100 ÷ (100 + 300) = 0.25: the unknown customer's revenue is not the consumers'.
        assert!((consumer.revenue_share.unwrap() - 0.25).abs() < EXACT);
        let unknown = &rows[5];
        assert_eq!(unknown.market_type, None);
        assert_eq!((unknown.customers, unknown.prospects), (1, 1));
        // 300 ÷ 400 = 0.75 and 30 ÷ 40 = 0.75.
        assert!((unknown.revenue_share.unwrap() - 0.75).abs() < EXACT);
        assert!((unknown.profit_share.unwrap() - 0.75).abs() < EXACT);
        assert_eq!(rows.iter().map(|r| r.customers).sum::<usize>(), 2);
        assert_eq!(filter(&list, None).len(), 2);
    }

    #[test]
    fn losing_market_type_has_no_negative_share() {
        // Government: profits −30 and 50 (net 20); consumer: 100 and −20 (net 80). Positive
        // sum 50 + 100 = 150; losses stated per type: −30 (1) and −20 (1).
        let mk = |id: &str, mt| Customer {
            id: id.into(),
            market_type: Some(mt),
            ..Default::default()
        };
        let list = vec![
            mk("g1", MarketType::Government),
            mk("g2", MarketType::Government),
            mk("c1", MarketType::Consumer),
            mk("c2", MarketType::Consumer),
        ];
        let refs: Vec<&Customer> = list.iter().collect();
        let rows = breakdown(
            &refs,
            &[10.0, 10.0, 10.0, 10.0],
            &[-30.0, 50.0, 100.0, -20.0],
            &list,
        );
        let gov = &rows[3];
        let con = &rows[0];
        assert_eq!(
            (gov.market_type, con.market_type),
            (Some(MarketType::Government), Some(MarketType::Consumer))
        );
        // Government 50 ÷ 150 = 1/3, consumer 100 ÷ 150 = 2/3 (the signed rule gave 20 ÷ 100
        // and 80 ÷ 100).
        assert!((gov.profit_share.unwrap() - 1.0 / 3.0).abs() < EXACT);
        assert!((con.profit_share.unwrap() - 2.0 / 3.0).abs() < EXACT);
        assert_eq!(
            (gov.profit, gov.losses.sum, gov.losses.count),
            (20.0, -30.0, 1)
        );
        assert_eq!(
            (con.profit, con.losses.sum, con.losses.count),
            (80.0, -20.0, 1)
        );
        // A type without customers holds 0 %; a list where nobody profits gives no share.
        assert_eq!(rows[1].profit_share, Some(0.0));
        let none = breakdown(&refs, &[0.0; 4], &[-1.0; 4], &list);
        assert!(none
            .iter()
            .all(|r| r.profit_share.is_none() && r.revenue_share.is_none()));
    }
}
