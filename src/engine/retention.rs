//! Retention budget by LTV segment: where money spent on keeping customers pays back.
//!
//! Customers with a negative LTV form their own segment and are flagged: do not spend to keep
//! them. The others are ranked by LTV and cut into high (top 20 %), medium (next 30 %) and low
//! (the rest). The retention budget goes to high and medium in proportion to their total LTV.
//! Acquisition spend is held toward the attribute values (market type, channel) whose
//! customers have the highest average LTV. A customer without a revenue has no LTV to segment
//! (its costs alone would make it negative): it is not rated, in no segment and in no sum, and
//! the plan counts such customers.

use super::model::{Channel, Customer, MarketType};
use super::numeric::{band_sizes, rank, ratio};
use super::profiles::AttributeValue;
use serde::Serialize;
use strum::VariantArray;

/// An LTV segment.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum LtvSegment {
    /// Top 20 % of non-negative LTVs: spend to keep them.
    High,
    /// Next 30 %: keep with moderate effort.
    Medium,
    /// The rest of the non-negative LTVs: no extra retention spend.
    Low,
    /// Negative LTV: do not spend to keep them.
    Negative,
}

/// What to do with a segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RetentionAction {
    /// Spend retention money here first.
    Retain,
    /// Spend some retention money.
    Nurture,
    /// Keep the ordinary service; no extra spend.
    Maintain,
    /// Do not spend to keep them.
    DoNotRetain,
}

/// One segment's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SegmentBudget {
    /// The segment.
    pub segment: LtvSegment,
    /// The suggested action.
    pub action: RetentionAction,
    /// Customers, count.
    pub count: usize,
    /// Sum of their LTVs, money.
    pub total_ltv: f64,
    /// Mean LTV, money (0 without customers).
    pub average_ltv: f64,
    /// Retention money allotted, money.
    pub budget: f64,
    /// Allotted money per customer, money (0 without customers).
    pub budget_per_customer: f64,
}

/// An attribute value and the average LTV of its customers.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AcquisitionTarget {
    /// The market type or channel.
    pub value: AttributeValue,
    /// Customers with it, count.
    pub count: usize,
    /// Their mean LTV, money.
    pub average_ltv: f64,
    /// Whether acquisition spend should be held toward it (mean LTV above the list's mean and
    /// positive).
    pub acquire_more: bool,
}

/// The retention plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RetentionPlan {
    /// Segment of each customer, parallel to the analysed list; `None` when the customer has
    /// no LTV (no revenue: not rated).
    pub segment_of: Vec<Option<LtvSegment>>,
    /// Customers without an LTV, left out of every segment and sum, count.
    pub not_rated: usize,
    /// The four segments in order high, medium, low, negative.
    pub segments: Vec<SegmentBudget>,
    /// Mean LTV of the rated customers, money.
    pub average_ltv: f64,
    /// Attribute values by mean LTV, highest first.
    pub acquisition_targets: Vec<AcquisitionTarget>,
}

/// Builds the plan from LTVs (money, parallel to `customers`; `None` = not rated) and a budget
/// (money).
pub fn plan(
    customers: &[&Customer],
    ltv: &[Option<f64>],
    ids: &[&str],
    budget: f64,
) -> RetentionPlan {
    plan_ordered(customers, ltv, &rank(ltv, ids, false), budget)
}

/// [`plan`], given `order`, the ranking of `ltv` (`rank(ltv, ids, false)`), which the
/// analysis shares with other stages ranking by LTV: the customers with a non-negative LTV
/// keep in it the order a ranking of them alone would give.
pub fn plan_ordered(
    customers: &[&Customer],
    ltv: &[Option<f64>],
    order: &[usize],
    budget: f64,
) -> RetentionPlan {
    let n = ltv.len();
    let budget = if budget.is_finite() {
        budget.max(0.0)
    } else {
        0.0
    };
    let mut eligible = 0usize;
    let mut segment_of: Vec<Option<LtvSegment>> = ltv
        .iter()
        .map(|v| {
            eligible += usize::from(v.is_some_and(|v| v >= 0.0));
            v.map(|_| LtvSegment::Negative)
        })
        .collect();
    let sizes = band_sizes(eligible, &[0.2, 0.3, 0.5]).unwrap_or_else(|| vec![0, 0, eligible]);
    // The bands follow one another down the ranking of the non-negative LTVs.
    let mut bands = sizes.iter().enumerate().flat_map(|(band, &size)| {
        let seg = [LtvSegment::High, LtvSegment::Medium, LtvSegment::Low][band.min(2)];
        std::iter::repeat_n(seg, size)
    });
    for &i in order {
        if ltv[i].is_some_and(|v| v >= 0.0) {
            segment_of[i] = bands.next();
        }
    }
    let all = [
        LtvSegment::High,
        LtvSegment::Medium,
        LtvSegment::Low,
        LtvSegment::Negative,
    ];
    // One pass for the segments' sums, the list's and those of each market type and channel,
    // each adding its LTVs in list order as the sums per map entry did.
    let mut sums = [(0usize, 0.0f64); 4];
    let mut rated = (0usize, std::iter::empty::<f64>().sum::<f64>());
    let mut by_market = [(0usize, 0.0f64); MarketType::VARIANTS.len()];
    let mut by_channel = [(0usize, 0.0f64); Channel::VARIANTS.len()];
    let add = |sum: &mut (usize, f64), v: f64| {
        sum.0 += 1;
        sum.1 += v;
    };
    for ((c, s), v) in customers.iter().zip(&segment_of).zip(ltv) {
        let Some(v) = *v else { continue };
        if let Some(s) = s {
            add(&mut sums[*s as usize], v);
        }
        add(&mut rated, v);
        // No market type given is no group to hold acquisition spend toward.
        if let Some(m) = c.market_type {
            add(&mut by_market[m as usize], v);
        }
        if let Some(ch) = c.channel {
            add(&mut by_channel[ch as usize], v);
        }
    }
    // The customers zipped with the LTVs may be fewer than them: the rest count in the
    // segments and the list, as they did.
    for (s, v) in segment_of.iter().zip(ltv).skip(customers.len()) {
        if let (Some(s), Some(v)) = (s, *v) {
            add(&mut sums[*s as usize], v);
        }
        if let Some(v) = *v {
            add(&mut rated, v);
        }
    }
    let funded = sums[0].1 + sums[1].1;
    let segments = all
        .iter()
        .map(|&seg| {
            let (count, total) = sums[seg as usize];
            let share = match seg {
                LtvSegment::High | LtvSegment::Medium => ratio(total, funded),
                _ => 0.0,
            };
            let money = budget * share;
            SegmentBudget {
                segment: seg,
                action: match seg {
                    LtvSegment::High => RetentionAction::Retain,
                    LtvSegment::Medium => RetentionAction::Nurture,
                    LtvSegment::Low => RetentionAction::Maintain,
                    LtvSegment::Negative => RetentionAction::DoNotRetain,
                },
                count,
                total_ltv: total,
                average_ltv: ratio(total, count as f64),
                budget: money,
                budget_per_customer: ratio(money, count as f64),
            }
        })
        .collect();
    let average = ratio(rated.1, rated.0 as f64);
    let target = |value: AttributeValue, (count, total): (usize, f64)| {
        let avg = ratio(total, count as f64);
        AcquisitionTarget {
            value,
            count,
            average_ltv: avg,
            acquire_more: avg > 0.0 && avg > average,
        }
    };
    // The values met, in their order, as the maps listed them.
    let mut targets: Vec<AcquisitionTarget> = MarketType::VARIANTS
        .iter()
        .zip(by_market)
        .filter(|(_, s)| s.0 > 0)
        .map(|(&m, s)| target(AttributeValue::MarketType(m), s))
        .chain(
            Channel::VARIANTS
                .iter()
                .zip(by_channel)
                .filter(|(_, s)| s.0 > 0)
                .map(|(&c, s)| target(AttributeValue::Channel(c), s)),
        )
        .collect();
    targets.sort_by(|a, b| {
        b.average_ltv
            .total_cmp(&a.average_ltv)
            .then_with(|| a.value.cmp(&b.value))
    });
    RetentionPlan {
        not_rated: n - rated.0,
        segment_of,
        segments,
        average_ltv: average,
        acquisition_targets: targets,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::SUMS;

    #[test]
    fn segments_and_budget() {
        let list: Vec<Customer> = (0..11)
            .map(|i| Customer {
                id: format!("{i:02}"),
                ..Default::default()
            })
            .collect();
        let refs: Vec<&Customer> = list.iter().collect();
        let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
        let mut ltv: Vec<Option<f64>> = (0..10).map(|i| Some((i as f64 + 1.0) * 100.0)).collect();
        ltv.push(Some(-50.0));
        let p = plan(&refs, &ltv, &ids, 1_000.0);
        assert_eq!(p.segment_of[10], Some(LtvSegment::Negative));
        assert_eq!(p.segment_of[9], Some(LtvSegment::High));
        assert_eq!(p.not_rated, 0);
        let counts: Vec<usize> = p.segments.iter().map(|s| s.count).collect();
        assert_eq!(counts, vec![2, 3, 5, 1]);
        let total: f64 = p.segments.iter().map(|s| s.budget).sum();
        assert!((total - 1_000.0).abs() < SUMS);
        assert_eq!(p.segments[3].action, RetentionAction::DoNotRetain);
        assert_eq!(p.segments[3].budget, 0.0);
    }

    #[test]
    fn customers_without_revenue_are_not_rated() {
        // Four customers: LTVs 300, 100, −50 and one without a revenue (its costs alone would
        // be a −400 LTV). It is in no segment and no sum: the negative segment holds only the
        // −50, and the list's average is (300 + 100 − 50) ÷ 3 = 116.67, not
        // (300 + 100 − 50 − 400) ÷ 4 = −12.50.
        let list: Vec<Customer> = ["a", "b", "c", "d"]
            .iter()
            .map(|id| Customer {
                id: (*id).into(),
                market_type: Some(MarketType::Consumer),
                ..Default::default()
            })
            .collect();
        let refs: Vec<&Customer> = list.iter().collect();
        let ids: Vec<&str> = list.iter().map(|c| c.id.as_str()).collect();
        let ltv = [Some(300.0), Some(100.0), Some(-50.0), None];
        let p = plan(&refs, &ltv, &ids, 1_000.0);
        assert_eq!(p.not_rated, 1);
        assert_eq!(p.segment_of[3], None);
        assert_eq!(p.segment_of[2], Some(LtvSegment::Negative));
        let negative = &p.segments[3];
        assert_eq!((negative.count, negative.total_ltv), (1, -50.0));
        let counted: usize = p.segments.iter().map(|s| s.count).sum();
        assert_eq!(counted, 3);
        assert!(
            (p.average_ltv - 350.0 / 3.0).abs() < SUMS,
            "{}",
            p.average_ltv
        );
        // The market type's average is over the same three: 350 ÷ 3.
        let consumer = &p.acquisition_targets[0];
        assert_eq!(consumer.count, 3);
        assert!((consumer.average_ltv - 350.0 / 3.0).abs() < SUMS);
    }
}
