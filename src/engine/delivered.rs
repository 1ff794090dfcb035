//! The customer's side of the relationship: the value we deliver to a customer
//! against what it costs them, and our share of what they spend in the category.
//!
//! Delivered value = total value to the customer (product + service + people + image) − total
//! cost to the customer (price + time + effort + risk), in money per year or in 0–10 scores.
//! Low or negative delivered value marks a churn risk, shown beside the customer's profit to
//! us: high profit resting on low delivered value is profit at risk.
//!
//! Share of wallet = our revenue ÷ the customer's total spending in the category; room to
//! grow = that spending − our revenue.

use super::model::{Customer, DeliveredValue, MarketType};
use super::numeric::ratio;
use super::settings::{DeliveredScale, Settings};
use serde::Serialize;
use strum::{IntoStaticStr, VariantArray};

/// One component of delivered value: the first four are value to the customer, the last four
/// cost to the customer.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, IntoStaticStr, VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DeliveredComponent {
    /// Value of the product.
    Product,
    /// Value of the service.
    Service,
    /// Value of the people.
    People,
    /// Value of the image.
    Image,
    /// The price paid.
    Price,
    /// The customer's time.
    Time,
    /// The customer's effort.
    Effort,
    /// The risk the customer carries.
    Risk,
}

impl DeliveredComponent {
    /// The component's value in `d`, as entered.
    pub fn get(self, d: &DeliveredValue) -> Option<f64> {
        match self {
            DeliveredComponent::Product => d.product,
            DeliveredComponent::Service => d.service,
            DeliveredComponent::People => d.people,
            DeliveredComponent::Image => d.image,
            DeliveredComponent::Price => d.price,
            DeliveredComponent::Time => d.time,
            DeliveredComponent::Effort => d.effort,
            DeliveredComponent::Risk => d.risk,
        }
    }

    /// Sets the component's value in `d` (`None` clears it).
    pub fn set(self, d: &mut DeliveredValue, value: Option<f64>) {
        let slot = match self {
            DeliveredComponent::Product => &mut d.product,
            DeliveredComponent::Service => &mut d.service,
            DeliveredComponent::People => &mut d.people,
            DeliveredComponent::Image => &mut d.image,
            DeliveredComponent::Price => &mut d.price,
            DeliveredComponent::Time => &mut d.time,
            DeliveredComponent::Effort => &mut d.effort,
            DeliveredComponent::Risk => &mut d.risk,
        };
        *slot = value;
    }

    /// Whether the component is a cost to the customer (price, time, effort, risk).
    pub fn is_cost(self) -> bool {
        matches!(
            self,
            DeliveredComponent::Price
                | DeliveredComponent::Time
                | DeliveredComponent::Effort
                | DeliveredComponent::Risk
        )
    }
}

/// The components given in `d` that the scale does not accept (a score above 10, a negative
/// or non-finite number): they are left out of every sum, and the page marks them at their
/// field.
pub fn out_of_scale(d: &DeliveredValue, scale: DeliveredScale) -> Vec<DeliveredComponent> {
    DeliveredComponent::VARIANTS
        .iter()
        .copied()
        .filter(|c| c.get(d).is_some_and(|v| !scale.accepts(v)))
        .collect()
}

/// Sum of the usable components of one side, `None` when none is given.
fn side(parts: [Option<f64>; 4], scale: DeliveredScale) -> Option<f64> {
    parts
        .into_iter()
        .flatten()
        .filter(|v| scale.accepts(*v))
        .fold(None, |sum, v| Some(sum.unwrap_or(0.0) + v))
}

/// Total value to the customer: product + service + people + image, in the scale's unit;
/// `None` when no value component is given. A component not given counts as 0.
pub fn total_value(d: &DeliveredValue, scale: DeliveredScale) -> Option<f64> {
    side(d.values(), scale)
}

/// Total cost to the customer: price + time + effort + risk, in the scale's unit; `None` when
/// no cost component is given. A component not given counts as 0.
pub fn total_cost(d: &DeliveredValue, scale: DeliveredScale) -> Option<f64> {
    side(d.costs(), scale)
}

/// Delivered value = total value − total cost, in the scale's unit.
///
/// `None` unless at least one value component and one cost component are given: the other
/// components of a side then count as 0 (a user fills in the components that matter to this
/// customer), but a side with nothing given is unknown, not zero — value without any cost
/// would read as pure gain and cost without any value as pure loss, and either would mark or
/// clear a churn risk on no evidence.
///
/// ```
/// # use value_pyramid::engine::{delivered::delivered_value, model::DeliveredValue, settings::DeliveredScale};
/// let d = DeliveredValue { product: Some(500.0), service: Some(200.0), people: Some(100.0),
///     image: Some(50.0), price: Some(600.0), time: Some(80.0), effort: Some(40.0),
///     risk: Some(30.0) };
/// assert_eq!(delivered_value(&d, DeliveredScale::Money), Some(100.0));
/// ```
pub fn delivered_value(d: &DeliveredValue, scale: DeliveredScale) -> Option<f64> {
    Some(total_value(d, scale)? - total_cost(d, scale)?)
}

/// Whether a delivered value marks a churn risk: at most 0, or below `low_share` of the
/// total value (the customer keeps too little of what it gets to stay for it).
pub fn churn_risk(delivered: f64, total_value: f64, low_share: f64) -> bool {
    delivered <= 0.0 || delivered < low_share * total_value
}

/// One customer's delivered value, in the scale's unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CustomerDelivered {
    /// Total value to the customer; `None` when no value component is given.
    pub value: Option<f64>,
    /// Total cost to the customer; `None` when no cost component is given.
    pub cost: Option<f64>,
    /// Value − cost; `None` unless both sides have a component ([`delivered_value`]).
    pub delivered: Option<f64>,
    /// Delivered value at most 0 or below the low share of the value ([`churn_risk`]);
    /// false when the delivered value is unknown.
    pub churn_risk: bool,
    /// Components outside the scale, left out of the sums.
    pub out_of_scale: Vec<DeliveredComponent>,
}

/// The delivered value a customer is judged by: its own when it gives any component, else the
/// one entered for its market type, else none.
pub fn delivered_of<'a>(c: &'a Customer, settings: &'a Settings) -> &'a DeliveredValue {
    if c.delivered.is_empty() {
        if let Some(segment) = c
            .market_type
            .and_then(|m| settings.segment_delivered.get(&m))
        {
            return segment;
        }
    }
    &c.delivered
}

/// The delivered value of one customer; `None` when it gives no component at all.
pub fn customer_delivered(
    d: &DeliveredValue,
    scale: DeliveredScale,
    low_share: f64,
) -> Option<CustomerDelivered> {
    if d.is_empty() {
        return None;
    }
    let (value, cost) = (total_value(d, scale), total_cost(d, scale));
    let delivered = match (value, cost) {
        (Some(v), Some(c)) => Some(v - c),
        _ => None,
    };
    Some(CustomerDelivered {
        value,
        cost,
        delivered,
        churn_risk: match (delivered, value) {
            (Some(dv), Some(v)) => churn_risk(dv, v, low_share),
            _ => false,
        },
        out_of_scale: out_of_scale(d, scale),
    })
}

/// Delivered value of the customers of one market type (or of none given).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeliveredSegment {
    /// The market type; `None` for customers without one.
    pub market_type: Option<MarketType>,
    /// Customers of the segment with a delivered value, count.
    pub customers: usize,
    /// Average total value to the customer, in the scale's unit.
    pub average_value: f64,
    /// Average total cost to the customer.
    pub average_cost: f64,
    /// Average delivered value.
    pub average_delivered: f64,
    /// Of them, churn risks, count.
    pub at_risk: usize,
    /// Average profit a year to us of the segment's customers with a delivered value, money.
    pub average_profit: f64,
}

/// Delivered value over the list: where profit to us rests on low value to the customer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeliveredSummary {
    /// The unit of the components.
    pub scale: DeliveredScale,
    /// Customers with a delivered value (a value and a cost component), count.
    pub customers: usize,
    /// Churn risks (delivered value at most 0 or below the low share of the value), lowest
    /// delivered value first (ties by position), as positions in the analysed list.
    pub at_risk: Vec<usize>,
    /// Their profit a year to us, summed, money.
    pub at_risk_profit: f64,
    /// The profit a year at or above which a customer is in the top quarter of the list by
    /// profit (the profit of the customer at rank ⌈n ÷ 4⌉ among the n customers with a
    /// revenue); `None` when no customer has a revenue.
    pub top_quarter_profit: Option<f64>,
    /// "High profit on low delivered value": churn risks whose profit is in the top quarter,
    /// in the order of `at_risk`.
    pub high_profit_at_risk: Vec<usize>,
    /// Their profit a year, summed, money.
    pub high_profit_at_risk_profit: f64,
    /// Customers with a component outside the scale, count.
    pub out_of_scale: usize,
    /// Per market type with at least one customer with a delivered value, in the market
    /// types' order, customers without a market type last.
    pub by_market: Vec<DeliveredSegment>,
}

/// The list's delivered-value summary. `rows` are the customers' delivered values, `profit`
/// their profit a year (money), `rated` whether each has a revenue (only those take part in
/// the top quarter) and `by_profit` their ranking by profit (`numeric::rank` of the rated
/// profits, highest first), all in the analysed order.
pub fn summarise<'a>(
    customers: &[&Customer],
    rows: impl IntoIterator<Item = Option<&'a CustomerDelivered>>,
    profit: &[f64],
    rated: &[bool],
    by_profit: &[usize],
    scale: DeliveredScale,
) -> DeliveredSummary {
    // One pass over the rows, holding only the few with a delivered value.
    let mut known: Vec<(usize, &CustomerDelivered, f64)> = Vec::new();
    let mut out_of_scale = 0;
    for (i, r) in rows.into_iter().enumerate() {
        let Some(r) = r else { continue };
        out_of_scale += usize::from(!r.out_of_scale.is_empty());
        if let Some(d) = r.delivered {
            known.push((i, r, d));
        }
    }
    let mut at_risk: Vec<(usize, f64)> = known
        .iter()
        .filter(|(_, r, _)| r.churn_risk)
        .map(|&(i, _, d)| (i, d))
        .collect();
    at_risk.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let at_risk: Vec<usize> = at_risk.into_iter().map(|(i, _)| i).collect();
    let top_quarter_profit = top_quarter(profit, rated, by_profit);
    let high: Vec<usize> = at_risk
        .iter()
        .copied()
        .filter(|&i| rated[i] && top_quarter_profit.is_some_and(|t| profit[i] >= t))
        .collect();
    let sum = |v: &[usize]| v.iter().map(|&i| profit[i]).sum::<f64>();
    let mut by_market = Vec::new();
    let segments = MarketType::VARIANTS.iter().copied().map(Some).chain([None]);
    for m in segments {
        let members: Vec<&(usize, &CustomerDelivered, f64)> = known
            .iter()
            .filter(|(i, _, _)| customers[*i].market_type == m)
            .collect();
        if members.is_empty() {
            continue;
        }
        let n = members.len() as f64;
        let mean = |f: &dyn Fn(&(usize, &CustomerDelivered, f64)) -> f64| {
            ratio(members.iter().map(|x| f(x)).sum(), n)
        };
        by_market.push(DeliveredSegment {
            market_type: m,
            customers: members.len(),
            average_value: mean(&|x| x.1.value.unwrap_or(0.0)),
            average_cost: mean(&|x| x.1.cost.unwrap_or(0.0)),
            average_delivered: mean(&|x| x.2),
            at_risk: members.iter().filter(|x| x.1.churn_risk).count(),
            average_profit: mean(&|x| profit[x.0]),
        });
    }
    DeliveredSummary {
        scale,
        customers: known.len(),
        at_risk_profit: sum(&at_risk),
        high_profit_at_risk_profit: sum(&high),
        at_risk,
        top_quarter_profit,
        high_profit_at_risk: high,
        out_of_scale,
        by_market,
    }
}

/// The profit of the customer at rank ⌈n ÷ 4⌉ among the `n` rated ones: at or above it is the
/// top quarter (ties with it included). Read from `by_profit`, the ranking of the rated
/// profits (highest first by `f64::total_cmp`, as a selection of the k-th largest orders
/// them), instead of copying and partly sorting 100,000 profits again.
fn top_quarter(profit: &[f64], rated: &[bool], by_profit: &[usize]) -> Option<f64> {
    let usable = |i: usize| rated[i] && profit[i].is_finite();
    let n = (0..profit.len().min(rated.len()))
        .filter(|&i| usable(i))
        .count();
    if n == 0 {
        return None;
    }
    by_profit
        .iter()
        .copied()
        .filter(|&i| usable(i))
        .nth(n.div_ceil(4) - 1)
        .map(|i| profit[i])
}

/// Our share of one customer's wallet.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct WalletShare {
    /// Our revenue ÷ the customer's category spend, fraction; not capped at 1.
    pub share: f64,
    /// Category spend − our revenue, money per year; negative when our revenue is above it.
    pub room_to_grow: f64,
    /// Our revenue is above the customer's whole category spend: one of the two figures is
    /// wrong (the page flags the field).
    pub above_spend: bool,
}

/// Share of wallet and room to grow from our revenue and the customer's category spend (money
/// per year); `None` when either is unknown or not finite, or the spend is not above 0.
///
/// ```
/// # use value_pyramid::engine::delivered::share_of_wallet;
/// let w = share_of_wallet(3_000.0, 12_000.0).unwrap();
/// assert_eq!((w.share, w.room_to_grow, w.above_spend), (0.25, 9_000.0, false));
/// ```
pub fn share_of_wallet(revenue: f64, category_spend: f64) -> Option<WalletShare> {
    if !(revenue.is_finite() && category_spend.is_finite() && category_spend > 0.0) {
        return None;
    }
    Some(WalletShare {
        share: revenue / category_spend,
        room_to_grow: category_spend - revenue,
        above_spend: revenue > category_spend,
    })
}

/// A customer's share of wallet from its entry: its revenue ([`Customer::revenue`]) and its
/// category spend.
pub fn customer_wallet(c: &Customer) -> Option<WalletShare> {
    share_of_wallet(c.revenue()?, c.category_spend.get()?)
}

/// Share of wallet over the list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WalletSummary {
    /// Customers with both a revenue and a category spend, count.
    pub customers: usize,
    /// Revenue-weighted share of wallet: Σ revenue ÷ Σ category spend over those customers,
    /// fraction; `None` when there are none.
    pub average_share: Option<f64>,
    /// Σ room to grow over those customers whose revenue is not above their spend, money per
    /// year (a revenue above the spend is an error in the data, not room to lose).
    pub total_room_to_grow: f64,
    /// Customers whose revenue is above their category spend, in the analysed order.
    pub above_spend: Vec<usize>,
}

/// The list's share-of-wallet figures from the customers in the analysed order and their
/// shares of wallet (`customer_wallet` of each, as the result rows hold them): only the
/// customers with one are read again.
pub fn wallet_summary(
    customers: &[&Customer],
    wallets: impl IntoIterator<Item = Option<WalletShare>>,
) -> WalletSummary {
    let (mut revenue, mut spend, mut room, mut count) = (0.0, 0.0, 0.0, 0usize);
    let mut above = Vec::new();
    for (i, (c, w)) in customers.iter().zip(wallets).enumerate() {
        // The entry is read only for a customer with a share of wallet: most have none.
        let Some(w) = w else { continue };
        let (Some(r), Some(s)) = (c.revenue(), c.category_spend.get()) else {
            continue;
        };
        count += 1;
        revenue += r;
        spend += s;
        if w.above_spend {
            above.push(i);
        } else {
            room += w.room_to_grow;
        }
    }
    WalletSummary {
        customers: count,
        average_share: (count > 0).then(|| ratio(revenue, spend)),
        total_room_to_grow: room,
        above_spend: above,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::engine::model::Figure;
    use proptest::prelude::*;

    /// The ranking by profit the analysis hands the summary: the rated profits highest first.
    fn ranked(profit: &[f64], rated: &[bool]) -> Vec<usize> {
        let scores: Vec<Option<f64>> = profit
            .iter()
            .zip(rated)
            .map(|(&p, &r)| r.then_some(p))
            .collect();
        let ids: Vec<String> = (0..profit.len()).map(|i| format!("{i:04}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        crate::engine::numeric::rank(&scores, &ids, false)
    }

    proptest! {
        /// The top quarter read from the ranking is the k-th largest a selection over a copy
        /// of the profits finds, bit for bit (ties, −0.0, infinities and NaN included).
        #[test]
        fn the_top_quarter_read_from_the_ranking_is_the_selected_one(
            rows in proptest::collection::vec(
                (prop_oneof![
                    (-3i32..3).prop_map(f64::from),
                    Just(-0.0),
                    Just(f64::INFINITY),
                    Just(f64::NEG_INFINITY),
                    Just(f64::NAN),
                    -1e6f64..1e6,
                ], any::<bool>()),
                0..60,
            ),
        ) {
            let profit: Vec<f64> = rows.iter().map(|r| r.0).collect();
            let rated: Vec<bool> = rows.iter().map(|r| r.1).collect();
            let mut p: Vec<f64> = profit
                .iter()
                .zip(&rated)
                .filter(|(v, r)| **r && v.is_finite())
                .map(|(v, _)| *v)
                .collect();
            let selected = (!p.is_empty()).then(|| {
                let k = p.len().div_ceil(4);
                *p.select_nth_unstable_by(k - 1, |a, b| b.total_cmp(a)).1
            });
            let read = top_quarter(&profit, &rated, &ranked(&profit, &rated));
            prop_assert_eq!(read.map(f64::to_bits), selected.map(f64::to_bits));
        }
    }
    use crate::engine::tolerance::{CENTS, EXACT};

    /// The worked example: 500 + 200 + 100 + 50 = 850 of value against 600 + 80 + 40 + 30 =
    /// 750 of cost.
    pub(crate) fn example() -> DeliveredValue {
        DeliveredValue {
            product: Some(500.0),
            service: Some(200.0),
            people: Some(100.0),
            image: Some(50.0),
            price: Some(600.0),
            time: Some(80.0),
            effort: Some(40.0),
            risk: Some(30.0),
        }
    }

    #[test]
    fn delivered_value_worked_example() {
        // 500 + 200 + 100 + 50 = 850 value, 600 + 80 + 40 + 30 = 750 cost → 100.
        let d = example();
        let m = DeliveredScale::Money;
        assert!((total_value(&d, m).unwrap() - 850.0).abs() < EXACT);
        assert!((total_cost(&d, m).unwrap() - 750.0).abs() < EXACT);
        assert!((delivered_value(&d, m).unwrap() - 100.0).abs() < EXACT);
        // 100 is at least 10 % of 850 (85): no churn risk at the default share; below 20 %
        // of it (170): a risk.
        let r = customer_delivered(&d, m, 0.1).unwrap();
        assert!(!r.churn_risk);
        assert!(customer_delivered(&d, m, 0.2).unwrap().churn_risk);
    }

    #[test]
    fn a_side_with_nothing_given_is_unknown_and_missing_components_count_zero() {
        let m = DeliveredScale::Money;
        let value_only = DeliveredValue {
            product: Some(10.0),
            ..Default::default()
        };
        assert_eq!(total_value(&value_only, m), Some(10.0));
        assert_eq!(total_cost(&value_only, m), None);
        assert_eq!(delivered_value(&value_only, m), None);
        let r = customer_delivered(&value_only, m, 0.1).unwrap();
        assert!(!r.churn_risk);
        // One component on each side: the others count as 0.
        let both = DeliveredValue {
            product: Some(10.0),
            price: Some(12.0),
            ..Default::default()
        };
        assert_eq!(delivered_value(&both, m), Some(-2.0));
        assert!(customer_delivered(&both, m, 0.1).unwrap().churn_risk);
        // Nothing given: no row at all.
        assert_eq!(customer_delivered(&DeliveredValue::default(), m, 0.1), None);
        // Value equal to cost: 0 delivered is a risk.
        assert!(churn_risk(0.0, 5.0, 0.0));
    }

    #[test]
    fn scores_outside_zero_to_ten_are_left_out_and_named() {
        let d = DeliveredValue {
            product: Some(8.0),
            service: Some(12.0),
            price: Some(5.0),
            risk: Some(-1.0),
            ..Default::default()
        };
        let s = DeliveredScale::Score;
        assert_eq!(
            out_of_scale(&d, s),
            vec![DeliveredComponent::Service, DeliveredComponent::Risk]
        );
        assert_eq!(delivered_value(&d, s), Some(3.0));
        // As money 12 is fine, −1 is not.
        assert_eq!(
            out_of_scale(&d, DeliveredScale::Money),
            vec![DeliveredComponent::Risk]
        );
        assert_eq!(delivered_value(&d, DeliveredScale::Money), Some(15.0));
    }

    #[test]
    fn share_of_wallet_worked_example() {
        // 3,000 of 12,000 → 25 %, room 9,000.
        let w = share_of_wallet(3_000.0, 12_000.0).unwrap();
        assert!((w.share - 0.25).abs() < EXACT);
        assert!((w.room_to_grow - 9_000.0).abs() < CENTS);
        assert!(!w.above_spend);
        // Above the spend: not capped, flagged.
        let over = share_of_wallet(15_000.0, 12_000.0).unwrap();
        assert!((over.share - 1.25).abs() < EXACT);
        assert!(over.above_spend);
        assert_eq!(share_of_wallet(3_000.0, 0.0), None);
        assert_eq!(share_of_wallet(f64::NAN, 10.0), None);
    }

    #[test]
    fn wallet_summary_is_revenue_weighted() {
        let c = |revenue: f64, spend: Option<f64>| Customer {
            revenue_per_year: Figure::of(revenue),
            category_spend: spend.into(),
            ..Default::default()
        };
        let list = [
            c(3_000.0, Some(12_000.0)),
            c(1_000.0, Some(2_000.0)),
            c(5_000.0, None),
            c(900.0, Some(600.0)),
        ];
        let refs: Vec<&Customer> = list.iter().collect();
        let s = wallet_summary(&refs, refs.iter().map(|c| customer_wallet(c)));
        // (3,000 + 1,000 + 900) ÷ (12,000 + 2,000 + 600) = 4,900 ÷ 14,600 = 0.335616…
        assert_eq!(s.customers, 3);
        assert!((s.average_share.unwrap() - 4_900.0 / 14_600.0).abs() < EXACT);
        // Room 9,000 + 1,000; the third is above its spend and flagged.
        assert!((s.total_room_to_grow - 10_000.0).abs() < CENTS);
        assert_eq!(s.above_spend, vec![3]);
        assert_eq!(wallet_summary(&[], []).average_share, None);
    }

    #[test]
    fn summary_finds_high_profit_resting_on_low_delivered_value() {
        let m = DeliveredScale::Money;
        let d = |value: f64, cost: f64| DeliveredValue {
            product: Some(value),
            price: Some(cost),
            ..Default::default()
        };
        let customer = |market| Customer {
            market_type: market,
            ..Default::default()
        };
        // Eight customers with profit 800, 700, …, 100: the top quarter is 800 and 700.
        let list: Vec<Customer> = (0..8)
            .map(|i| {
                customer(Some(if i < 4 {
                    MarketType::Consumer
                } else {
                    MarketType::Producer
                }))
            })
            .collect();
        let refs: Vec<&Customer> = list.iter().collect();
        let profit: Vec<f64> = (0..8).map(|i| 800.0 - 100.0 * i as f64).collect();
        let rated = vec![true; 8];
        let values = [
            Some(d(100.0, 95.0)),  // at risk (5 < 10), profit 800: high
            Some(d(100.0, 50.0)),  // fine
            Some(d(100.0, 120.0)), // at risk (−20), profit 600: not top quarter
            None,
            Some(d(100.0, 100.0)), // at risk (0)
            Some(d(10.0, 0.0)),
            None,
            Some(DeliveredValue {
                product: Some(5.0),
                ..Default::default()
            }), // no cost: unknown
        ];
        let rows: Vec<Option<CustomerDelivered>> = values
            .iter()
            .map(|v| v.and_then(|v| customer_delivered(&v, m, 0.1)))
            .collect();
        let s = summarise(
            &refs,
            rows.iter().map(Option::as_ref),
            &profit,
            &rated,
            &ranked(&profit, &rated),
            m,
        );
        assert_eq!(s.customers, 5);
        // Lowest delivered value first: −20 (2), 0 (4), 5 (0).
        assert_eq!(s.at_risk, vec![2, 4, 0]);
        assert!((s.at_risk_profit - (600.0 + 400.0 + 800.0)).abs() < CENTS);
        assert_eq!(s.top_quarter_profit, Some(700.0));
        assert_eq!(s.high_profit_at_risk, vec![0]);
        assert!((s.high_profit_at_risk_profit - 800.0).abs() < CENTS);
        // Consumers 0, 1, 2: delivered 5, 50, −20 → average 11.67; producers 4, 5: 0, 10 → 5.
        assert_eq!(s.by_market.len(), 2);
        let consumers = &s.by_market[0];
        assert_eq!(consumers.market_type, Some(MarketType::Consumer));
        assert_eq!((consumers.customers, consumers.at_risk), (3, 2));
        assert!((consumers.average_delivered - 35.0 / 3.0).abs() < EXACT);
        assert!((consumers.average_profit - 700.0).abs() < CENTS);
        let producers = &s.by_market[1];
        assert_eq!((producers.customers, producers.at_risk), (2, 1));
        assert!((producers.average_delivered - 5.0).abs() < EXACT);
        assert!((producers.average_cost - 50.0).abs() < EXACT);
    }

    #[test]
    fn keys_are_snake_case() {
        use crate::engine::keys::Keyed;
        assert_eq!(DeliveredComponent::Product.key(), "product");
        assert_eq!(DeliveredScale::Score.key(), "score");
        crate::engine::keys::serde_agrees::<DeliveredScale>().unwrap();
    }
}
