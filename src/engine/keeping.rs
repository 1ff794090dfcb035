//! Keeping against replacing: what keeping a customer costs, against what losing one
//! and winning a new one cost.
//!
//! Cost per retained customer = retention spend ÷ customers kept, money per customer, overall
//! and per level (financial, social, structural). Cost of churn = customers lost × their
//! average LTV before acquisition cost; cost of replacing them = customers lost × CAC, money.
//! Winning a customer costs CAC ÷ cost per retained customer times keeping one.

use super::measured_churn::{ChurnInForce, ChurnSource, MeasuredChurn};
use super::numeric::usable;
use super::settings::{RetentionLevel, RetentionLine};
use serde::Serialize;
use strum::VariantArray;

/// Where the customers kept and lost come from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum KeptLostSource {
    /// Measured from the list's former customers (customers at the start of the churn year,
    /// and those of them lost in it).
    Measured,
    /// From the typed-in churn: lost = churn × current customers, kept = the rest (may be
    /// fractional).
    Typed,
}

/// Customers kept and lost in the year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct KeptAndLost {
    /// Where the counts come from.
    pub source: KeptLostSource,
    /// Customers at the start (measured) or current customers (typed), count.
    pub customers: f64,
    /// Customers kept, count.
    pub kept: f64,
    /// Customers lost, count.
    pub lost: f64,
}

/// The customers kept and lost: measured when the list measures its churn (the list's churn
/// in force is the measured one), else from the list's typed churn and its `customers`
/// current customers.
pub fn kept_and_lost(
    measured: &MeasuredChurn,
    force: &ChurnInForce,
    customers: usize,
) -> KeptAndLost {
    if force.list.source == ChurnSource::MeasuredOverall {
        let o = measured.overall;
        KeptAndLost {
            source: KeptLostSource::Measured,
            customers: o.at_start as f64,
            kept: o.at_start.saturating_sub(o.lost) as f64,
            lost: o.lost as f64,
        }
    } else {
        let n = customers as f64;
        let lost = force.list.rate * n;
        KeptAndLost {
            source: KeptLostSource::Typed,
            customers: n,
            kept: n - lost,
            lost,
        }
    }
}

/// Retention spend of one level and its cost per retained customer.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LevelCost {
    /// The level.
    pub level: RetentionLevel,
    /// Spend of its lines, money.
    pub spend: f64,
    /// Spend ÷ customers kept, money per customer; `None` when nobody was kept or the spend
    /// is unusable.
    pub per_kept: Option<f64>,
}

/// Which is cheaper per customer: keeping one or winning a new one.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Cheaper {
    /// Keeping a customer costs less than winning one.
    Keeping,
    /// Winning a customer costs less than keeping one.
    Replacing,
    /// Both cost the same.
    Same,
}

/// Keeping against replacing for one list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Keeping {
    /// Customers kept and lost, and where the counts come from.
    pub counts: KeptAndLost,
    /// Sum of the usable retention lines, money.
    pub spend: f64,
    /// Per level, in [`RetentionLevel`] order (levels without a line have spend 0).
    pub by_level: Vec<LevelCost>,
    /// Name of the first line that is negative or not a number: no cost per retained customer
    /// is given then.
    pub bad_line: Option<String>,
    /// Retention spend ÷ customers kept, money per customer; `None` without retention lines,
    /// with a bad line, or when nobody was kept.
    pub cost_per_kept: Option<f64>,
    /// Average LTV before acquisition cost of the current customers, money.
    pub average_ltv: Option<f64>,
    /// Customers lost × average LTV, money.
    pub cost_of_churn: Option<f64>,
    /// The list's average CAC, money per customer.
    pub cac: Option<f64>,
    /// Customers lost × CAC, money.
    pub cost_of_replacing: Option<f64>,
    /// CAC ÷ cost per retained customer: winning a customer costs this many times keeping
    /// one; `None` when either is unknown or keeping costs 0.
    pub cac_to_keeping: Option<f64>,
    /// Which is cheaper per customer, when both are known.
    pub cheaper: Option<Cheaper>,
}

/// Keeping against replacing from the retention lines, the customers kept and lost, the
/// current customers' average LTV before acquisition cost and the average CAC.
pub fn keeping(
    lines: &[RetentionLine],
    counts: KeptAndLost,
    average_ltv: Option<f64>,
    cac: Option<f64>,
) -> Keeping {
    let mut by_level: Vec<LevelCost> = RetentionLevel::VARIANTS
        .iter()
        .map(|&level| LevelCost {
            level,
            spend: 0.0,
            per_kept: None,
        })
        .collect();
    let mut bad_line = None;
    for line in lines {
        match usable(Some(line.amount)).filter(|a| *a >= 0.0) {
            Some(a) => {
                if let Some(l) = by_level.iter_mut().find(|l| l.level == line.level) {
                    l.spend += a;
                }
            }
            None => {
                if bad_line.is_none() {
                    bad_line = Some(line.name.clone());
                }
            }
        }
    }
    let spend: f64 = by_level.iter().map(|l| l.spend).sum();
    let kept = usable(Some(counts.kept)).filter(|k| *k > 0.0);
    let per_kept = |s: f64| {
        kept.filter(|_| bad_line.is_none() && !lines.is_empty())
            .map(|k| s / k)
    };
    for l in &mut by_level {
        l.per_kept = per_kept(l.spend);
    }
    let cost_per_kept = per_kept(spend);
    let average_ltv = usable(average_ltv);
    let cac = usable(cac).filter(|c| *c >= 0.0);
    let lost = usable(Some(counts.lost)).unwrap_or(0.0);
    let cac_to_keeping = match (cac, cost_per_kept) {
        (Some(c), Some(k)) if k > 0.0 => Some(c / k),
        _ => None,
    };
    let cheaper = match (cac, cost_per_kept) {
        (Some(c), Some(k)) => Some(match k.total_cmp(&c) {
            std::cmp::Ordering::Less => Cheaper::Keeping,
            std::cmp::Ordering::Greater => Cheaper::Replacing,
            std::cmp::Ordering::Equal => Cheaper::Same,
        }),
        _ => None,
    };
    Keeping {
        counts,
        spend,
        by_level,
        bad_line,
        cost_per_kept,
        average_ltv,
        cost_of_churn: average_ltv.map(|l| lost * l),
        cac,
        cost_of_replacing: cac.map(|c| lost * c),
        cac_to_keeping,
        cheaper,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::measured_churn::measure;
    use crate::engine::model::{Customer, Status};
    use crate::engine::settings::Settings;
    use crate::engine::tolerance::{CENTS, EXACT};

    fn line(level: RetentionLevel, amount: f64) -> RetentionLine {
        RetentionLine {
            name: format!("{level:?}"),
            level,
            amount,
        }
    }

    fn example_lines() -> Vec<RetentionLine> {
        vec![
            line(RetentionLevel::Financial, 20_000.0),
            line(RetentionLevel::Social, 15_000.0),
            line(RetentionLevel::Structural, 10_000.0),
        ]
    }

    /// The worked example of keeping against replacing: 45,000 spent, 850 kept → 52.94 per kept customer (23.53 /
    /// 17.65 / 11.76); 150 lost at LTV 1,200 → 180,000; at CAC 400 → 60,000; 7.56 times.
    #[test]
    fn worked_example() {
        let counts = KeptAndLost {
            source: KeptLostSource::Measured,
            customers: 1_000.0,
            kept: 850.0,
            lost: 150.0,
        };
        let k = keeping(&example_lines(), counts, Some(1_200.0), Some(400.0));
        assert_eq!(k.spend, 45_000.0);
        // Tolerance CENTS: the figures are printed to the cent.
        assert!((k.cost_per_kept.unwrap() - 52.94).abs() <= CENTS);
        let per_level: Vec<f64> = k.by_level.iter().map(|l| l.per_kept.unwrap()).collect();
        for (got, want) in per_level.iter().zip([23.53, 17.65, 11.76]) {
            assert!((got - want).abs() <= CENTS, "{got} {want}");
        }
        assert!((k.cost_of_churn.unwrap() - 180_000.0).abs() <= EXACT);
        assert!((k.cost_of_replacing.unwrap() - 60_000.0).abs() <= EXACT);
        assert!((k.cac_to_keeping.unwrap() - 7.56).abs() <= CENTS);
        assert_eq!(k.cheaper, Some(Cheaper::Keeping));
    }

    #[test]
    fn counts_are_measured_when_the_list_measures_churn_else_typed() {
        let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d);
        let list: Vec<Customer> = (0..1_000)
            .map(|i| Customer {
                id: i.to_string(),
                first_purchase: date(2020, 1, 1),
                status: if i < 150 {
                    Status::Former
                } else {
                    Status::Customer
                },
                lost_on: (i < 150).then(|| date(2025, 5, 1)).flatten(),
                ..Default::default()
            })
            .collect();
        let s = Settings::default();
        let m = measure(&list, &s);
        let f = ChurnInForce::new(&m, &s);
        assert_eq!(
            kept_and_lost(&m, &f, 850),
            KeptAndLost {
                source: KeptLostSource::Measured,
                customers: 1_000.0,
                kept: 850.0,
                lost: 150.0
            }
        );
        // Typed churn 20 % of 850 current customers: 170 lost, 680 kept.
        let typed = ChurnInForce::typed(&s);
        let c = kept_and_lost(&m, &typed, 850);
        assert_eq!(c.source, KeptLostSource::Typed);
        assert!((c.lost - 170.0).abs() <= EXACT && (c.kept - 680.0).abs() <= EXACT);
    }

    #[test]
    fn unknown_or_unusable_inputs_give_no_ratio() {
        let counts = KeptAndLost {
            source: KeptLostSource::Typed,
            customers: 10.0,
            kept: 0.0,
            lost: 10.0,
        };
        // Nobody kept: no cost per kept customer, no ratio; the costs of losing still are.
        let k = keeping(&example_lines(), counts, Some(100.0), Some(50.0));
        assert_eq!(
            (k.cost_per_kept, k.cac_to_keeping, k.cheaper),
            (None, None, None)
        );
        assert_eq!(k.cost_of_replacing, Some(500.0));
        let kept = KeptAndLost {
            kept: 10.0,
            ..counts
        };
        // No lines: no cost of keeping to compare.
        let k = keeping(&[], kept, None, Some(50.0));
        assert_eq!((k.cost_per_kept, k.cost_of_churn), (None, None));
        // A bad line is named and stops the cost per kept customer.
        let mut lines = example_lines();
        lines.push(line(RetentionLevel::Social, f64::NAN));
        let k = keeping(&lines, kept, None, None);
        assert_eq!(k.bad_line.as_deref(), Some("Social"));
        assert_eq!(k.cost_per_kept, None);
        assert_eq!(k.spend, 45_000.0);
        // Keeping dearer than winning.
        let k = keeping(
            &[line(RetentionLevel::Structural, 1_000.0)],
            kept,
            None,
            Some(50.0),
        );
        assert_eq!(k.cheaper, Some(Cheaper::Replacing));
        assert!((k.cac_to_keeping.unwrap() - 0.5).abs() <= EXACT);
    }
}
