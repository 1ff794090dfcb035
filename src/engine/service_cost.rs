//! Cost to serve: what serving customers costs a year, money per customer per year.
//!
//! Average cost to serve = total yearly service cost ÷ customers served that year, money per
//! customer per year. A customer's own service cost, when known, replaces the average; the
//! average then shares only what remains (total − the known own costs) among the customers
//! without one, so the service cost handed out sums to the total entered. More own cost than
//! the total is reported ([`Remainder::OwnExceedsTotal`]), not hidden.

use super::model::{Customer, Status};
use super::numeric::usable;
use super::settings::{ServiceCostKind, Settings};
use serde::Serialize;
use std::fmt;

/// Why the average cost to serve could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum ServiceCostError {
    /// No cost lines were entered.
    NoCostEntered,
    /// No customers were served.
    NoCustomersServed,
    /// A cost line is negative or not a number.
    BadCostLine {
        /// The line's name.
        name: String,
    },
}

impl fmt::Display for ServiceCostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServiceCostError::NoCostEntered => write!(
                f,
                "Enter the yearly cost of serving customers to see the average cost to serve."
            ),
            ServiceCostError::NoCustomersServed => write!(
                f,
                "No customers were served, so there is no average cost to serve."
            ),
            ServiceCostError::BadCostLine { name } => write!(
                f,
                "The cost line \"{name}\" must be a number of zero or more."
            ),
        }
    }
}

impl std::error::Error for ServiceCostError {}

/// Average cost to serve = total ÷ customers served, money per customer per year.
///
/// ```
/// # use value_pyramid::engine::service_cost::average;
/// assert_eq!(average(50_000.0, 200), Ok(250.0));
/// ```
pub fn average(total: f64, served: u64) -> Result<f64, ServiceCostError> {
    if served == 0 {
        return Err(ServiceCostError::NoCustomersServed);
    }
    if !total.is_finite() || total < 0.0 {
        return Err(ServiceCostError::BadCostLine {
            name: "total".into(),
        });
    }
    Ok(total / served as f64)
}

/// Where a customer's service cost came from.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
#[serde(rename_all = "snake_case")]
pub enum CostSource {
    /// The customer's own figure.
    Own,
    /// The share of what remains of the total once own costs are taken off.
    Average,
    /// Neither is known: counted as 0.
    Unknown,
}

/// The service cost used for one customer, money per year, and its source: its own cost,
/// else `share` (the remaining total per customer without one,
/// [`ServiceCostSummary::share`]), else 0.
pub fn cost_for(c: &Customer, share: Option<f64>) -> (f64, CostSource) {
    match own_cost(c) {
        Some(own) => (own, CostSource::Own),
        None => match share {
            Some(a) => (a, CostSource::Average),
            None => (0.0, CostSource::Unknown),
        },
    }
}

/// A customer's own yearly service cost when it is usable (a number of zero or more).
fn own_cost(c: &Customer) -> Option<f64> {
    usable(c.service_cost).filter(|v| *v >= 0.0)
}

/// What happens to the total once own costs are taken off it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Remainder {
    /// The customers without an own cost share what remains: the cost handed out sums to the
    /// total entered.
    Shared,
    /// Something remains but every customer served has an own cost: it is not allocated.
    NobodyShares {
        /// Money per year left with nobody.
        remaining: f64,
    },
    /// The own costs add up to more than the total entered: the others carry 0 and the cost
    /// handed out exceeds the total by `excess`.
    OwnExceedsTotal {
        /// Own costs − total, money per year (> 0).
        excess: f64,
    },
    /// No usable total (no lines, a bad line or nobody served): nothing to share.
    NoTotal,
}

/// How many customers' service cost came from each source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct SourceCounts {
    /// Own figure, count.
    pub own: usize,
    /// List average, count.
    pub average: usize,
    /// Neither (counted as 0), count.
    pub unknown: usize,
}

/// Counts the sources of the service costs used (one per customer).
pub fn count_sources<I: IntoIterator<Item = CostSource>>(sources: I) -> SourceCounts {
    let mut counts = SourceCounts::default();
    for s in sources {
        match s {
            CostSource::Own => counts.own += 1,
            CostSource::Average => counts.average += 1,
            CostSource::Unknown => counts.unknown += 1,
        }
    }
    counts
}

/// Service cost of a list.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceCostSummary {
    /// Sum of the usable cost lines, money per year.
    pub total: f64,
    /// Cost per kind, money per year.
    pub by_kind: Vec<(ServiceCostKind, f64)>,
    /// Customers served, count.
    pub customers_served: u64,
    /// Whether `customers_served` was counted from the list (true) or entered.
    pub served_counted: bool,
    /// Average cost to serve, money per customer per year.
    pub average: Result<f64, ServiceCostError>,
    /// Customers whose own cost replaces the average, count.
    pub own_cost_count: u64,
    /// Sum of those own costs, money per year.
    pub own_total: f64,
    /// Customers served without an own cost, who share what remains, count.
    pub sharing_customers: u64,
    /// (total − own costs) ÷ customers without an own cost, money per customer per year
    /// (0 when own costs exceed the total); `None` when there is no total or nobody shares.
    pub share: Option<f64>,
    /// What became of the total.
    pub remainder: Remainder,
    /// The average against the industry's cost to serve, when one is set and the average is
    /// known.
    pub benchmark: Option<ServiceCostBenchmark>,
}

/// The list's average cost to serve against a benchmark (the accountant's figure for the
/// industry), money per customer per year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ServiceCostBenchmark {
    /// The benchmark, money per customer per year.
    pub benchmark: f64,
    /// The list's average, money per customer per year.
    pub average: f64,
    /// Average − benchmark, money per customer per year (positive: serving costs more than in
    /// the industry).
    pub difference: f64,
    /// Average ÷ benchmark; `None` for a benchmark of 0.
    pub ratio: Option<f64>,
}

/// The average against the benchmark; `None` when either is unknown or not a usable amount.
pub fn against_benchmark(
    average: Option<f64>,
    benchmark: Option<f64>,
) -> Option<ServiceCostBenchmark> {
    let average = usable(average)?;
    let benchmark = usable(benchmark).filter(|b| *b >= 0.0)?;
    Some(ServiceCostBenchmark {
        benchmark,
        average,
        difference: average - benchmark,
        ratio: (benchmark > 0.0).then(|| average / benchmark),
    })
}

/// Builds the service-cost summary of a list.
pub fn summarise(customers: &[Customer], settings: &Settings) -> ServiceCostSummary {
    let mut total = 0.0;
    let mut bad = None;
    let mut by_kind: Vec<(ServiceCostKind, f64)> = Vec::new();
    for line in &settings.service_cost_lines {
        match usable(Some(line.amount)).filter(|a| *a >= 0.0) {
            Some(a) => {
                total += a;
                match by_kind.iter_mut().find(|(k, _)| *k == line.kind) {
                    Some(e) => e.1 += a,
                    None => by_kind.push((line.kind, a)),
                }
            }
            None => {
                if bad.is_none() {
                    bad = Some(line.name.clone());
                }
            }
        }
    }
    let listed = customers.iter().filter(|c| c.status == Status::Customer);
    let count = listed.clone().count() as u64;
    // Summed in value order so the total does not depend on the order of the list.
    let mut owns: Vec<f64> = listed.filter_map(own_cost).collect();
    owns.sort_by(f64::total_cmp);
    let own = owns.len() as u64;
    let own_total: f64 = owns.iter().sum();
    let (served, counted) = match settings.customers_served {
        Some(n) => (n, false),
        None => (count, true),
    };
    let avg = if let Some(name) = bad {
        Err(ServiceCostError::BadCostLine { name })
    } else if settings.service_cost_lines.is_empty() {
        Err(ServiceCostError::NoCostEntered)
    } else {
        average(total, served)
    };
    let sharing = served.saturating_sub(own);
    let remaining = total - own_total;
    let (share, remainder) = match &avg {
        Err(_) => (None, Remainder::NoTotal),
        Ok(_) if remaining < 0.0 => (
            (sharing > 0).then_some(0.0),
            Remainder::OwnExceedsTotal { excess: -remaining },
        ),
        Ok(_) if sharing > 0 => (Some(remaining / sharing as f64), Remainder::Shared),
        Ok(_) if remaining > 0.0 => (None, Remainder::NobodyShares { remaining }),
        Ok(_) => (None, Remainder::Shared),
    };
    let benchmark = against_benchmark(avg.as_ref().ok().copied(), settings.service_cost_benchmark);
    ServiceCostSummary {
        total,
        by_kind,
        customers_served: served,
        served_counted: counted,
        average: avg,
        own_cost_count: own,
        own_total,
        sharing_customers: sharing,
        share,
        remainder,
        benchmark,
    }
}

#[cfg(test)]
mod tests {
    use super::super::settings::CostLine;
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::tolerance::SUMS;

    #[test]
    fn own_cost_replaces_average() {
        let s = Settings {
            service_cost_lines: vec![
                CostLine {
                    name: "Staff".into(),
                    kind: ServiceCostKind::ContractStaff,
                    amount: 600.0,
                },
                CostLine {
                    name: "Delivery".into(),
                    kind: ServiceCostKind::Delivery,
                    amount: 400.0,
                },
            ],
            ..Default::default()
        };
        let list = vec![
            Customer {
                id: "a".into(),
                service_cost: Figure::of(50.0),
                ..Default::default()
            },
            Customer {
                id: "b".into(),
                ..Default::default()
            },
        ];
        let sum = summarise(&list, &s);
        // Average cost to serve: 1,000 ÷ 2 served = 500.
        assert_eq!(sum.average, Ok(500.0));
        assert_eq!(sum.own_cost_count, 1);
        // b shares what a's own 50 leaves: (1,000 − 50) ÷ 1 = 950; handed out 50 + 950 = 1,000.
        assert_eq!((sum.own_total, sum.sharing_customers), (50.0, 1));
        assert_eq!(sum.share, Some(950.0));
        assert_eq!(sum.remainder, Remainder::Shared);
        assert_eq!(cost_for(&list[0], sum.share), (50.0, CostSource::Own));
        assert_eq!(cost_for(&list[1], sum.share), (950.0, CostSource::Average));
        assert_eq!(cost_for(&list[1], None), (0.0, CostSource::Unknown));
    }

    /// The benchmark: 1,000 ÷ 4 served = 250 against the industry's 200 → 50 more, 1.25
    /// times.
    #[test]
    fn the_average_is_set_against_the_benchmark() {
        let (list, mut s) = with_own(&[None; 4], 1_000.0);
        assert_eq!(summarise(&list, &s).benchmark, None);
        s.service_cost_benchmark = Some(200.0);
        let b = summarise(&list, &s).benchmark.unwrap();
        assert_eq!((b.average, b.benchmark, b.difference), (250.0, 200.0, 50.0));
        assert!((b.ratio.unwrap() - 1.25).abs() <= SUMS);
        // A benchmark of 0 has a difference and no ratio; no average, no comparison.
        assert_eq!(
            against_benchmark(Some(250.0), Some(0.0)).unwrap().ratio,
            None
        );
        assert_eq!(against_benchmark(None, Some(200.0)), None);
        assert_eq!(against_benchmark(Some(250.0), Some(f64::NAN)), None);
    }

    fn with_own(costs: &[Option<f64>], total: f64) -> (Vec<Customer>, Settings) {
        let s = Settings {
            service_cost_lines: vec![CostLine {
                amount: total,
                ..Default::default()
            }],
            ..Default::default()
        };
        let list = costs
            .iter()
            .enumerate()
            .map(|(i, c)| Customer {
                id: i.to_string(),
                service_cost: (*c).into(),
                ..Default::default()
            })
            .collect();
        (list, s)
    }

    #[test]
    fn more_own_cost_than_the_total_is_said() {
        // Total 1,000; own costs 800 + 700 = 1,500 > 1,000 by 500; the third customer carries 0.
        let (list, s) = with_own(&[Some(800.0), Some(700.0), None], 1_000.0);
        let sum = summarise(&list, &s);
        assert_eq!(sum.remainder, Remainder::OwnExceedsTotal { excess: 500.0 });
        assert_eq!(sum.share, Some(0.0));
        assert_eq!(cost_for(&list[2], sum.share), (0.0, CostSource::Average));
        // Average cost to serve stays total ÷ served: 1,000 ÷ 3.
        assert!((sum.average.unwrap() - 1_000.0 / 3.0).abs() < SUMS);
    }

    #[test]
    fn remainder_without_anyone_to_share_it_is_said() {
        // Total 1,000, both customers have their own (300 + 200): 500 is left with nobody.
        let (list, s) = with_own(&[Some(300.0), Some(200.0)], 1_000.0);
        let sum = summarise(&list, &s);
        assert_eq!(sum.remainder, Remainder::NobodyShares { remaining: 500.0 });
        assert_eq!((sum.share, sum.sharing_customers), (None, 0));
        // Exactly used up: nothing to say.
        let (list, s) = with_own(&[Some(600.0), Some(400.0)], 1_000.0);
        assert_eq!(summarise(&list, &s).remainder, Remainder::Shared);
        // No lines: nothing to share.
        let mut s = s;
        s.service_cost_lines.clear();
        assert_eq!(summarise(&list, &s).remainder, Remainder::NoTotal);
    }

    use proptest::prelude::*;

    proptest! {
        #[test]
        fn handed_out_service_cost_sums_to_the_total(
            own in prop::collection::vec(prop::option::of(0.0f64..1e5), 1..50),
            total in 0.0f64..1e7,
        ) {
            let (list, s) = with_own(&own, total);
            let sum = summarise(&list, &s);
            let handed: f64 = list.iter().map(|c| cost_for(c, sum.share).0).sum();
            // Sums of up to 50 terms below 1e7: relative tolerance 1e-9.
            let tol = SUMS * total.max(1.0);
            match sum.remainder {
                Remainder::Shared => prop_assert!((handed - total).abs() <= tol),
                Remainder::NobodyShares { remaining } => {
                    prop_assert!(sum.sharing_customers == 0 && remaining > 0.0);
                    prop_assert!((handed + remaining - total).abs() <= tol);
                }
                Remainder::OwnExceedsTotal { excess } => {
                    prop_assert!(sum.own_total > total);
                    prop_assert!((handed - excess - total).abs() <= tol);
                }
                Remainder::NoTotal => prop_assert!(false, "a usable total was entered"),
            }
            // When own costs fit and someone shares, it always adds up.
            if sum.own_total <= total && sum.sharing_customers > 0 {
                prop_assert_eq!(sum.remainder, Remainder::Shared);
            }
        }
    }

    #[test]
    fn nobody_served() {
        assert_eq!(average(10.0, 0), Err(ServiceCostError::NoCustomersServed));
        let s = Settings {
            service_cost_lines: vec![CostLine {
                amount: 10.0,
                ..Default::default()
            }],
            ..Default::default()
        };
        assert_eq!(
            summarise(&[], &s).average,
            Err(ServiceCostError::NoCustomersServed)
        );
    }

    #[test]
    fn counts_sources() {
        use CostSource::*;
        let c = count_sources([Own, Average, Own, Unknown]);
        assert_eq!(
            c,
            SourceCounts {
                own: 2,
                average: 1,
                unknown: 1
            }
        );
    }
}
