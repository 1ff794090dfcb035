//! Annual profit of one customer, money per year.
//!
//! Annual profit = revenue × gross margin − service cost − acquisition cost charged to the
//! period, money per year. Margin defaults to 100 % when unknown. Acquisition cost is charged
//! in full in the year won ([`AcquisitionCharge::YearWon`]) or spread evenly over the expected
//! lifetime ([`AcquisitionCharge::SpreadOverLifetime`]). In the year won it reaches only the
//! customers whose first purchase falls in the analysis year; a customer without that date is
//! not charged to the year ([`Profit::year_unknown`]).
//!
//! Lifetime value subtracts the one-off acquisition cost exactly once, when the customer is
//! won, whatever the yearly charge: spreading is a way of showing annual profit, not a second
//! cost ([`lifetime_values`]).

use super::acquisition::{won_when, AcquisitionSummary, WonWhen};
use super::ltv;
use super::model::Customer;
use super::numbers::PROFIT_GROWTH;
use super::numeric::{usable, DiscountRate};
use super::service_cost::{cost_for, CostSource};
use super::settings::{AcquisitionCharge, DiscountConvention, Settings};
use serde::Serialize;

/// The formula itself: revenue × margin − service cost − acquisition charged, money per year.
///
/// ```
/// # use value_pyramid::engine::profit::annual_profit;
/// assert_eq!(annual_profit(1_000.0, 0.5, 100.0, 50.0), 350.0);
/// ```
pub fn annual_profit(
    revenue: f64,
    margin: f64,
    service_cost: f64,
    acquisition_charged: f64,
) -> f64 {
    revenue * margin - service_cost - acquisition_charged
}

/// The part of a one-off acquisition cost (money) charged to one year: all of it in the year
/// won, none in other years; or cost ÷ lifetime years every year (a lifetime under one year
/// counts as one year, so the charge never exceeds the cost).
pub fn acquisition_charge(
    cost: f64,
    charge: AcquisitionCharge,
    won_this_period: bool,
    lifetime_years: f64,
) -> f64 {
    match charge {
        AcquisitionCharge::YearWon => {
            if won_this_period {
                cost
            } else {
                0.0
            }
        }
        AcquisitionCharge::SpreadOverLifetime => {
            let years = if lifetime_years.is_finite() {
                lifetime_years.max(1.0)
            } else {
                1.0
            };
            cost / years
        }
    }
}

/// Where a customer's acquisition cost came from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum AcquisitionSource {
    /// The customer's own figure.
    Own,
    /// The CAC of the customer's channel (a channel with its own spend and customers won).
    Channel,
    /// The shared CAC: spend not carried by a channel ÷ the new customers who share it.
    Average,
    /// Unknown: counted as 0.
    Unknown,
}

/// The acquisition cost of a customer (money, once): own figure, else its channel's CAC,
/// else the shared CAC, else 0. Customers won in other years carry the same rates, as the
/// best estimate of what winning them cost; only the new customers' costs add up to the
/// period's spend.
pub fn acquisition_cost_for(c: &Customer, acq: &AcquisitionSummary) -> (f64, AcquisitionSource) {
    if let Some(own) = usable(c.acquisition_cost).filter(|v| *v >= 0.0) {
        return (own, AcquisitionSource::Own);
    }
    if let Some(cac) = c.channel.and_then(|ch| acq.channel_cac(ch)) {
        return (cac, AcquisitionSource::Channel);
    }
    match acq.shared_cac {
        Some(a) => (a, AcquisitionSource::Average),
        None => (0.0, AcquisitionSource::Unknown),
    }
}

/// The gross margin used: the customer's when it is a fraction in [−1, 1], otherwise 1 (100 %).
pub fn margin_for(c: &Customer) -> (f64, bool) {
    match usable(c.gross_margin).filter(|m| (-1.0..=1.0).contains(m)) {
        Some(m) => (m, true),
        None => (1.0, false),
    }
}

/// One customer's profit and the inputs it came from. Money per year unless stated.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Profit {
    /// Revenue per year (0 when unknown).
    pub revenue: f64,
    /// Whether revenue was known.
    pub revenue_known: bool,
    /// Gross margin used, fraction.
    pub margin: f64,
    /// Whether the margin was given (false: 100 % assumed).
    pub margin_known: bool,
    /// Revenue × margin.
    pub gross_profit: f64,
    /// Service cost used.
    pub service_cost: f64,
    /// Where the service cost came from.
    pub service_cost_source: CostSource,
    /// Full one-off acquisition cost, money.
    pub acquisition_cost: f64,
    /// Where the acquisition cost came from.
    pub acquisition_source: AcquisitionSource,
    /// Acquisition cost charged to this period.
    pub acquisition_charged: f64,
    /// Charged in the year won, but the customer has no year of first purchase: nothing is
    /// charged to the analysis year.
    pub year_unknown: bool,
    /// Annual profit of this period = gross profit − service cost − acquisition charged.
    pub profit: f64,
    /// Profit of a later year of the relationship (no acquisition in year-won mode, the same
    /// spread charge otherwise).
    pub later_year_profit: f64,
}

impl AsRef<Profit> for Profit {
    fn as_ref(&self) -> &Profit {
        self
    }
}

impl Profit {
    /// The annual profit when the revenue is known; `None` otherwise: the costs alone would
    /// look like a loss, so the customer is not rated (shown "not rated", left out of sums).
    pub fn rated_profit(&self) -> Option<f64> {
        self.revenue_known.then_some(self.profit)
    }
}

/// Computes one customer's profit. `average_service_cost` is the list average (money per
/// year) when known; `lifetime_years` is used only to spread acquisition cost.
pub fn customer_profit(
    c: &Customer,
    settings: &Settings,
    average_service_cost: Option<f64>,
    acq: &AcquisitionSummary,
    lifetime_years: f64,
) -> Profit {
    let revenue_opt = usable(c.revenue());
    let revenue = revenue_opt.unwrap_or(0.0);
    let (margin, margin_known) = margin_for(c);
    let gross_profit = revenue * margin;
    let (service_cost, service_cost_source) = cost_for(c, average_service_cost);
    let (acquisition_cost, acquisition_source) = acquisition_cost_for(c, acq);
    let charge = settings.acquisition_charge;
    let won = won_when(c, acq.analysis_year);
    let acquisition_charged = acquisition_charge(
        acquisition_cost,
        charge,
        won == WonWhen::AnalysisYear,
        lifetime_years,
    );
    let later_charge = acquisition_charge(acquisition_cost, charge, false, lifetime_years);
    Profit {
        revenue,
        revenue_known: revenue_opt.is_some(),
        margin,
        margin_known,
        gross_profit,
        service_cost,
        service_cost_source,
        acquisition_cost,
        acquisition_source,
        acquisition_charged,
        year_unknown: charge == AcquisitionCharge::YearWon && won == WonWhen::Unknown,
        profit: annual_profit(revenue, margin, service_cost, acquisition_charged),
        later_year_profit: annual_profit(revenue, margin, service_cost, later_charge),
    }
}

/// Lifetime value of one customer before and after acquisition cost, money: (before, after).
///
/// Before = the yearly profit before acquisition cost (gross profit − service cost) over
/// `years` (fractional years count with their fraction), discounted per the convention; after
/// = before − the one-off acquisition cost, paid once when the customer is won (year 1, so
/// discounted like year 1). LTV : CAC divides the first by CAC; every other lifetime figure
/// uses the second.
///
/// `growth` is the yearly growth of that profit ([`profit_growth`]): year t earns
/// (gross profit − service cost) × (1 + growth)^(t−1); 0 keeps it level.
pub fn lifetime_values(
    p: &Profit,
    years: f64,
    growth: f64,
    d: DiscountRate,
    convention: DiscountConvention,
) -> (f64, f64) {
    let recurring = p.gross_profit - p.service_cost;
    let before = ltv::growing_ltv(recurring, growth, years, d, convention);
    let after = before - p.acquisition_cost / ltv::discount_factor(1, d, convention);
    (before, after)
}

/// The yearly growth of a customer's profit, fraction: its own
/// [`Customer::profit_growth`] when usable (above −100 %, at most +100 %), else its lifecycle
/// stage's in [`Settings::stage_growth`], else 0. The settings are sanitised first, so a
/// stage's growth is usable when present.
pub fn profit_growth(c: &Customer, s: &Settings) -> f64 {
    c.profit_growth
        .get()
        .filter(|g| PROFIT_GROWTH.contains(*g))
        .or_else(|| {
            c.lifecycle_stage
                .and_then(|stage| s.stage_growth.get(&stage).copied())
                .filter(|g| PROFIT_GROWTH.contains(*g))
        })
        .unwrap_or(0.0)
}

/// How a customer's profit rank compares with its revenue rank: big buyers with a high cost to
/// serve can earn less than small ones, profitability does not follow revenue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RankGap {
    /// The two ranks are close.
    Close,
    /// Much lower by profit than by revenue: a big buyer that earns little.
    EarnsLessThanRevenue,
    /// Much higher by profit than by revenue: a small buyer that earns well.
    EarnsMoreThanRevenue,
}

/// Places two ranks must differ by to count as far apart in a list of `count` customers: a
/// fifth of the list, and at least 2 places (so neighbours never count), in places.
pub fn large_rank_gap(count: usize) -> usize {
    count.div_ceil(5).max(2)
}

/// Compares a revenue rank with a profit rank (both 1 = best) in a list of `count`.
pub fn rank_gap(revenue_rank: usize, profit_rank: usize, count: usize) -> RankGap {
    let threshold = large_rank_gap(count);
    if profit_rank >= revenue_rank.saturating_add(threshold) {
        RankGap::EarnsLessThanRevenue
    } else if revenue_rank >= profit_rank.saturating_add(threshold) {
        RankGap::EarnsMoreThanRevenue
    } else {
        RankGap::Close
    }
}

/// Customers in profit order with how far each one's revenue rank is from its profit rank.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
pub struct ProfitRanking {
    /// Indices of the input, best profit rank first.
    pub order: Vec<usize>,
    /// Rank gap of each entry of `order`, in the same order.
    pub gaps: Vec<RankGap>,
    /// Places two ranks must differ by to be flagged (see [`large_rank_gap`]).
    pub threshold: usize,
    /// Entries flagged [`RankGap::EarnsLessThanRevenue`], count.
    pub earn_less: usize,
    /// Entries flagged [`RankGap::EarnsMoreThanRevenue`], count.
    pub earn_more: usize,
}

/// Orders customers by profit rank from `(revenue rank, profit rank)` pairs (1 = best; ties in
/// rank keep input order; not rated, `None`, last) and flags the pairs that are far apart,
/// among the customers rated on both. O(n log n).
pub fn profit_ranking<I: IntoIterator<Item = (Option<usize>, Option<usize>)>>(
    ranks: I,
) -> ProfitRanking {
    let ranks: Vec<(Option<usize>, Option<usize>)> = ranks.into_iter().collect();
    let rated = ranks
        .iter()
        .filter(|(r, p)| r.is_some() && p.is_some())
        .count();
    let order = order_by_profit_rank(&ranks);
    let gaps: Vec<RankGap> = order
        .iter()
        .map(|&i| match ranks[i] {
            (Some(r), Some(p)) => rank_gap(r, p, rated),
            _ => RankGap::Close,
        })
        .collect();
    let earn_less = gaps
        .iter()
        .filter(|g| **g == RankGap::EarnsLessThanRevenue)
        .count();
    let earn_more = gaps
        .iter()
        .filter(|g| **g == RankGap::EarnsMoreThanRevenue)
        .count();
    ProfitRanking {
        order,
        gaps,
        threshold: large_rank_gap(rated),
        earn_less,
        earn_more,
    }
}

/// The customers' places in order of profit rank, ties and the unranked (last) in list order.
/// Ranks run from 1 to the number of customers, so this is a counting sort: opening the
/// profit ranking of 100,000 customers sorted them by comparison each time.
fn order_by_profit_rank(ranks: &[(Option<usize>, Option<usize>)]) -> Vec<usize> {
    let n = ranks.len();
    if ranks.iter().any(|(_, p)| p.is_some_and(|r| r > n)) {
        let mut order: Vec<usize> = (0..n).collect();
        order.sort_by_key(|&i| (ranks[i].1.is_none(), ranks[i].1, i));
        return order;
    }
    // Slot r holds rank r; slot n + 1 the unranked.
    let slot = |p: Option<usize>| p.unwrap_or(n + 1);
    let mut next = vec![0usize; n + 3];
    for (_, p) in ranks {
        next[slot(*p) + 1] += 1;
    }
    for s in 1..next.len() {
        next[s] += next[s - 1];
    }
    let mut order = vec![0; n];
    for (i, (_, p)) in ranks.iter().enumerate() {
        let at = &mut next[slot(*p)];
        order[*at] = i;
        *at += 1;
    }
    order
}

#[cfg(test)]
mod tests {
    use super::super::acquisition::summarise;
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::tolerance::SUMS;

    #[test]
    fn margin_defaults_to_full() {
        let s = Settings::default();
        let c = Customer {
            revenue_per_year: Figure::of(1_000.0),
            service_cost: Figure::of(200.0),
            acquisition_cost: Figure::of(300.0),
            first_purchase: chrono::NaiveDate::from_ymd_opt(2025, 3, 1),
            ..Default::default()
        };
        // Its first purchase is the latest in the list: won in the analysis year (2025).
        let acq = summarise(std::slice::from_ref(&c), &s);
        let p = customer_profit(&c, &s, None, &acq, 5.0);
        assert_eq!(p.margin, 1.0);
        assert!(!p.margin_known);
        assert_eq!(p.profit, 1_000.0 - 200.0 - 300.0);
        assert_eq!(p.later_year_profit, 800.0);
    }

    #[test]
    fn no_revenue_is_not_rated() {
        // Service 200 and acquisition 300 without a revenue: a profit of −500 from costs
        // alone, which is no profit to show. With a revenue of 1,000 it is 1,000 − 500 = 500.
        let s = Settings::default();
        let mut c = Customer {
            service_cost: Figure::of(200.0),
            acquisition_cost: Figure::of(300.0),
            first_purchase: chrono::NaiveDate::from_ymd_opt(2025, 3, 1),
            ..Default::default()
        };
        let acq = summarise(std::slice::from_ref(&c), &s);
        let p = customer_profit(&c, &s, None, &acq, 5.0);
        assert_eq!(p.profit, -500.0);
        assert_eq!(p.rated_profit(), None);
        c.revenue_per_year = Figure::of(1_000.0);
        let p = customer_profit(&c, &s, None, &acq, 5.0);
        assert_eq!(p.rated_profit(), Some(500.0));
    }

    #[test]
    fn charged_only_in_the_analysis_year() {
        // Spend 900 over the 3 customers won in 2025 (the latest first-purchase year): 300
        // each. Revenue 1,000, no service cost. Won in 2025: 1,000 − 300 = 700; won in 2024:
        // 1,000; no date: 1,000 and marked as not charged to the year.
        let s = Settings {
            spend_lines: vec![super::super::settings::SpendLine {
                amount: 900.0,
                ..Default::default()
            }],
            ..Default::default()
        };
        let on = |y: i32| chrono::NaiveDate::from_ymd_opt(y, 5, 1);
        let mk = |id: &str, first| Customer {
            id: id.into(),
            revenue_per_year: Figure::of(1_000.0),
            first_purchase: first,
            ..Default::default()
        };
        let list = vec![
            mk("a", on(2025)),
            mk("b", on(2025)),
            mk("c", on(2025)),
            mk("old", on(2024)),
            mk("unknown", None),
        ];
        let acq = summarise(&list, &s);
        assert_eq!(acq.analysis_year, Some(2025));
        assert_eq!(acq.shared_cac, Some(300.0)); // 900 ÷ 3
        let p: Vec<Profit> = list
            .iter()
            .map(|c| customer_profit(c, &s, None, &acq, 5.0))
            .collect();
        assert_eq!(p[0].profit, 700.0);
        assert_eq!((p[3].profit, p[3].year_unknown), (1_000.0, false));
        assert_eq!((p[4].profit, p[4].year_unknown), (1_000.0, true));
        // Every one still has its one-off cost for lifetime figures: 300.
        assert!(p.iter().all(|p| p.acquisition_cost == 300.0));
        // Charged to 2025 in total: 3 × 300 = 900, the spend entered.
        assert_eq!(p.iter().map(|p| p.acquisition_charged).sum::<f64>(), 900.0);
    }

    #[test]
    fn lifetime_values_subtract_acquisition_once() {
        // 800 a year (1,000 revenue − 200 service) for 5 years at 8 %, first year undiscounted:
        // 800 × (1 + 1/1.08 + 1/1.08² + 1/1.08³ + 1/1.08⁴) = 800 × 4.3121268 = 3,449.7015.
        // Acquisition 300 once: 3,149.7015, whether charged in the year won or spread.
        let d = DiscountRate::new(0.08).unwrap();
        for charge in [
            AcquisitionCharge::YearWon,
            AcquisitionCharge::SpreadOverLifetime,
        ] {
            let s = Settings {
                acquisition_charge: charge,
                ..Settings::default()
            };
            let c = Customer {
                revenue_per_year: Figure::of(1_000.0),
                service_cost: Figure::of(200.0),
                acquisition_cost: Figure::of(300.0),
                ..Default::default()
            };
            let p = customer_profit(&c, &s, None, &summarise(&[], &s), 5.0);
            let (before, after) =
                lifetime_values(&p, 5.0, 0.0, d, DiscountConvention::FirstYearUndiscounted);
            assert!((before - 3_449.701_5).abs() < 1e-3, "{charge:?}");
            assert!((after - 3_149.701_5).abs() < 1e-3, "{charge:?}");
            // Every year discounted: the cost is paid at the end of year 1 too:
            // 3,449.7015 ÷ 1.08 − 300 ÷ 1.08 = 3,194.1681 − 277.7778 = 2,916.3903.
            let (b, a) = lifetime_values(&p, 5.0, 0.0, d, DiscountConvention::EndOfYear);
            assert!((b - 3_194.168_1).abs() < 1e-3);
            assert!((a - 2_916.390_3).abs() < 1e-3);
        }
    }

    #[test]
    fn spread_over_lifetime() {
        let s = Settings {
            acquisition_charge: AcquisitionCharge::SpreadOverLifetime,
            ..Settings::default()
        };
        let acq = summarise(&[], &s);
        let c = Customer {
            revenue_per_year: Figure::of(1_000.0),
            gross_margin: Figure::of(0.4),
            acquisition_cost: Figure::of(300.0),
            ..Default::default()
        };
        let p = customer_profit(&c, &s, Some(100.0), &acq, 5.0);
        assert_eq!(p.acquisition_charged, 60.0);
        assert!((p.profit - (400.0 - 100.0 - 60.0)).abs() < SUMS);
        assert_eq!(p.profit, p.later_year_profit);
    }

    #[test]
    fn big_buyer_can_earn_less() {
        // Seed 000's point: profitability does not follow revenue.
        let s = Settings::default();
        let acq = summarise(&[], &s);
        let big = Customer {
            revenue_per_year: Figure::of(10_000.0),
            gross_margin: Figure::of(0.3),
            service_cost: Figure::of(2_800.0),
            ..Default::default()
        };
        let small = Customer {
            revenue_per_year: Figure::of(2_000.0),
            gross_margin: Figure::of(0.5),
            service_cost: Figure::of(200.0),
            ..Default::default()
        };
        let pb = customer_profit(&big, &s, None, &acq, 1.0).profit;
        let ps = customer_profit(&small, &s, None, &acq, 1.0).profit;
        assert!(pb < ps);
    }

    #[test]
    fn ranking_flags_far_apart_ranks() {
        // Four customers: (revenue rank, profit rank).
        let both = |pairs: &[(usize, usize)]| {
            pairs
                .iter()
                .map(|&(r, p)| (Some(r), Some(p)))
                .collect::<Vec<_>>()
        };
        let r = profit_ranking(both(&[(1, 4), (4, 2), (2, 3), (3, 1)]));
        assert_eq!(r.order, vec![3, 1, 2, 0]);
        assert_eq!(r.threshold, 2);
        assert_eq!(
            r.gaps,
            vec![
                RankGap::EarnsMoreThanRevenue,
                RankGap::EarnsMoreThanRevenue,
                RankGap::Close,
                RankGap::EarnsLessThanRevenue,
            ]
        );
        assert_eq!((r.earn_less, r.earn_more), (1, 2));
        assert_eq!(large_rank_gap(100_000), 20_000);
        assert_eq!(large_rank_gap(0), 2);
        // A fifth customer without a revenue (not rated) comes last and is flagged neither
        // way; the threshold stays that of the 4 rated (max(⌈4 ÷ 5⌉, 2) = 2).
        let mut five = both(&[(1, 4), (4, 2), (2, 3), (3, 1)]);
        five.insert(0, (None, None));
        let r = profit_ranking(five);
        assert_eq!(r.order, vec![4, 2, 3, 1, 0]);
        assert_eq!(r.threshold, 2);
        assert_eq!(r.gaps[4], RankGap::Close);
        assert_eq!((r.earn_less, r.earn_more), (1, 2));
        assert_eq!(
            profit_ranking(Vec::new()),
            ProfitRanking {
                threshold: 2,
                ..Default::default()
            }
        );
    }

    use proptest::prelude::*;

    proptest! {
        /// The counting sort puts the customers in the order a sort by (unranked last, rank,
        /// place in the list) does, ties and ranks past the end included.
        #[test]
        fn profit_rank_order_is_the_sorted_order(
            ranks in proptest::collection::vec(proptest::option::of(0usize..60), 0..50),
        ) {
            let ranks: Vec<(Option<usize>, Option<usize>)> = ranks.into_iter().map(|p| (None, p)).collect();
            let mut sorted: Vec<usize> = (0..ranks.len()).collect();
            sorted.sort_by_key(|&i| (ranks[i].1.is_none(), ranks[i].1, i));
            prop_assert_eq!(order_by_profit_rank(&ranks), sorted);
        }
    }

    proptest! {
        #[test]
        fn lifetime_value_subtracts_acquisition_exactly_once(
            revenue in 0.0f64..1e6,
            service in 0.0f64..1e5,
            cost in 0.0f64..1e5,
            years in 0.0f64..60.0,
            d in 0.0f64..0.5,
            spread in any::<bool>(),
            end_of_year in any::<bool>(),
        ) {
            let s = Settings {
                acquisition_charge: if spread {
                    AcquisitionCharge::SpreadOverLifetime
                } else {
                    AcquisitionCharge::YearWon
                },
                ..Settings::default()
            };
            let convention = if end_of_year {
                DiscountConvention::EndOfYear
            } else {
                DiscountConvention::FirstYearUndiscounted
            };
            let c = Customer {
                revenue_per_year: Figure::of(revenue),
                service_cost: Figure::of(service),
                acquisition_cost: Figure::of(cost),
                ..Default::default()
            };
            let d = DiscountRate::new(d).unwrap();
            let p = customer_profit(&c, &s, None, &summarise(&[], &s), years);
            let (before, after) = lifetime_values(&p, years, 0.0, d, convention);
            // Before: the yearly profit before acquisition, whatever the charge setting.
            let recurring = revenue - service;
            let expected = ltv::level_ltv(recurring, recurring, years, d, convention);
            prop_assert!((before - expected).abs() <= SUMS * expected.abs().max(1.0));
            // After: the one-off cost once, discounted as year 1.
            let once = cost / ltv::discount_factor(1, d, convention);
            prop_assert!((before - after - once).abs() <= SUMS * before.abs().max(cost).max(1.0));
        }
    }
}
