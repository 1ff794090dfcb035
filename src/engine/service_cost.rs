//! Cost to serve (DOMAIN.md §2).
//!
//! Average cost to serve = total yearly service cost ÷ customers served that year, money per
//! customer per year. A customer's own service cost, when known, replaces the average.

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
/// ```ignore
/// # use engine::service_cost::average;
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CostSource {
    /// The customer's own figure.
    Own,
    /// The list average.
    Average,
    /// Neither is known: counted as 0.
    Unknown,
}

impl CostSource {
    /// Short English word for the results table.
    pub fn label(self) -> &'static str {
        match self {
            CostSource::Own => "own",
            CostSource::Average => "average",
            CostSource::Unknown => "unknown",
        }
    }
}

/// The service cost used for one customer, money per year, and its source.
pub fn cost_for(c: &Customer, average: Option<f64>) -> (f64, CostSource) {
    match usable(c.service_cost).filter(|v| *v >= 0.0) {
        Some(own) => (own, CostSource::Own),
        None => match average {
            Some(a) => (a, CostSource::Average),
            None => (0.0, CostSource::Unknown),
        },
    }
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
    let own = listed
        .filter(|c| usable(c.service_cost).filter(|v| *v >= 0.0).is_some())
        .count() as u64;
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
    ServiceCostSummary {
        total,
        by_kind,
        customers_served: served,
        served_counted: counted,
        average: avg,
        own_cost_count: own,
    }
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::super::settings::CostLine;
    use super::*;

    #[test]
    fn own_cost_replaces_average() {
        let mut s = Settings::default();
        s.service_cost_lines = vec![
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
        ];
        let list = vec![
            Customer {
                id: "a".into(),
                service_cost: Some(50.0),
                ..Default::default()
            },
            Customer {
                id: "b".into(),
                ..Default::default()
            },
        ];
        let sum = summarise(&list, &s);
        assert_eq!(sum.average, Ok(500.0));
        assert_eq!(sum.own_cost_count, 1);
        assert_eq!(
            cost_for(&list[0], sum.average.clone().ok()),
            (50.0, CostSource::Own)
        );
        assert_eq!(
            cost_for(&list[1], sum.average.ok()),
            (500.0, CostSource::Average)
        );
        assert_eq!(cost_for(&list[1], None), (0.0, CostSource::Unknown));
    }

    #[test]
    fn nobody_served() {
        assert_eq!(average(10.0, 0), Err(ServiceCostError::NoCustomersServed));
        let mut s = Settings::default();
        s.service_cost_lines = vec![CostLine {
            amount: 10.0,
            ..Default::default()
        }];
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
