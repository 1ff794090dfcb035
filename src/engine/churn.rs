//! Churn and group lifetime: the share of customers lost each year and how long, on
//! average, a customer stays (1 ÷ churn years).
//!
//! Churn is a fraction per year. A churn of 0 gives an unbounded lifetime, returned as
//! [`Lifetime::Unbounded`] rather than a division by zero.

use super::numeric::Rate;
use serde::Serialize;
use std::fmt;

/// Why churn could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum ChurnError {
    /// There were no customers at the start of the period.
    NoCustomersAtStart,
    /// More customers were lost than there were at the start.
    LostExceedsBase {
        /// Customers lost, count.
        lost: u64,
        /// Customers at the start, count.
        base: u64,
    },
}

impl fmt::Display for ChurnError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ChurnError::NoCustomersAtStart => write!(
                f,
                "Churn needs the number of customers at the start of the period, and it is zero."
            ),
            ChurnError::LostExceedsBase { lost, base } => write!(
                f,
                "{lost} customers lost is more than the {base} there were at the start of the period."
            ),
        }
    }
}

impl std::error::Error for ChurnError {}

/// An expected length of relationship, in years.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lifetime {
    /// A finite number of years (≥ 0).
    Years(f64),
    /// No end in sight (churn 0): money figures use the horizon instead.
    Unbounded,
}

impl Lifetime {
    /// The years to count in money figures: the lifetime capped at `horizon` years (and the
    /// horizon itself when unbounded). Never negative.
    pub fn capped(self, horizon: f64) -> f64 {
        let horizon = if horizon.is_finite() {
            horizon.max(0.0)
        } else {
            0.0
        };
        match self {
            Lifetime::Years(y) if y.is_finite() => y.clamp(0.0, horizon),
            _ => horizon,
        }
    }
}

impl fmt::Display for Lifetime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lifetime::Years(y) => write!(f, "{y:.1} years"),
            Lifetime::Unbounded => write!(f, "unbounded (no customers are lost)"),
        }
    }
}

/// Churn rate = customers lost in a period ÷ customers at its start, as a validated fraction.
///
/// ```
/// # use value_pyramid::engine::churn::rate_from_counts;
/// assert_eq!(rate_from_counts(20, 100).map(|r| r.value()), Ok(0.2));
/// ```
pub fn rate_from_counts(lost: u64, at_start: u64) -> Result<Rate, ChurnError> {
    if at_start == 0 {
        return Err(ChurnError::NoCustomersAtStart);
    }
    if lost > at_start {
        return Err(ChurnError::LostExceedsBase {
            lost,
            base: at_start,
        });
    }
    Rate::new(lost as f64 / at_start as f64).map_err(|_| ChurnError::NoCustomersAtStart)
}

/// Group lifetime = 1 ÷ churn, in years; [`Lifetime::Unbounded`] when churn is 0.
pub fn group_lifetime(churn: Rate) -> Lifetime {
    if churn.value() == 0.0 {
        Lifetime::Unbounded
    } else {
        Lifetime::Years(1.0 / churn.value())
    }
}

/// New customers needed per period to stay level = churn × base, count per period.
pub fn replacement_need(churn: Rate, base: f64) -> f64 {
    let base = if base.is_finite() { base.max(0.0) } else { 0.0 };
    churn.value() * base
}

/// Churn, lifetime and replacement need of one firm or group.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChurnSummary {
    /// Churn per year, fraction.
    pub churn: f64,
    /// Group lifetime = 1 ÷ churn.
    pub lifetime: Lifetime,
    /// Customers at the start of the period, count.
    pub base: f64,
    /// New customers needed each year to stay level, count per year.
    pub replacement_need: f64,
}

/// Summary of a firm with `base` customers and yearly churn `churn`.
pub fn summarise(churn: Rate, base: f64) -> ChurnSummary {
    ChurnSummary {
        churn: churn.value(),
        lifetime: group_lifetime(churn),
        base: if base.is_finite() { base.max(0.0) } else { 0.0 },
        replacement_need: replacement_need(churn, base),
    }
}

/// Two firms side by side: the firm that churns more must win more customers each year just
/// to stand still (churn × base each), and pays for each with its CAC.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct ChurnComparison {
    /// Firm A.
    pub a: ChurnSummary,
    /// Firm B.
    pub b: ChurnSummary,
    /// A's replacement need minus B's, customers per year (negative when A loses fewer).
    pub extra_customers_per_year: f64,
    /// CAC used, money per customer; `None` when unknown.
    pub cac: Option<f64>,
    /// Extra acquisition spend per year = extra customers × CAC, money per year.
    pub extra_acquisition_spend: Option<f64>,
}

/// Compares two firms; `cac` (money per customer) prices the difference when known.
pub fn compare(a: ChurnSummary, b: ChurnSummary, cac: Option<f64>) -> ChurnComparison {
    let extra = a.replacement_need - b.replacement_need;
    let cac = cac.filter(|c| c.is_finite());
    ChurnComparison {
        a,
        b,
        extra_customers_per_year: extra,
        cac,
        extra_acquisition_spend: cac.map(|c| extra * c),
    }
}

/// Years of relationship expected from a churn that may be invalid: 1 ÷ churn, or
/// [`Lifetime::Unbounded`] for 0; `None` when the churn is not a valid fraction.
pub fn lifetime_from_fraction(churn: f64) -> Option<Lifetime> {
    Rate::new(churn).ok().map(group_lifetime)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::SUMS;

    #[test]
    fn worked_example_two_firms() {
        let a = summarise(rate_from_counts(20, 100).unwrap(), 100.0);
        let b = summarise(rate_from_counts(10, 100).unwrap(), 100.0);
        assert!((a.churn - 0.2).abs() < SUMS);
        assert_eq!(a.lifetime, Lifetime::Years(5.0));
        assert!((a.replacement_need - 20.0).abs() < SUMS);
        assert!((b.churn - 0.1).abs() < SUMS);
        assert_eq!(b.lifetime, Lifetime::Years(10.0));
        assert!((b.replacement_need - 10.0).abs() < SUMS);
        let cac = 250.0;
        let c = compare(a, b, Some(cac));
        assert!((c.extra_customers_per_year - 10.0).abs() < SUMS);
        // (20 − 10) × CAC
        assert!((c.extra_acquisition_spend.unwrap() - (20.0 - 10.0) * cac).abs() < SUMS);
    }

    #[test]
    fn zero_churn_is_unbounded() {
        let r = rate_from_counts(0, 50).unwrap();
        assert_eq!(group_lifetime(r), Lifetime::Unbounded);
        assert_eq!(Lifetime::Unbounded.capped(50.0), 50.0);
        assert_eq!(replacement_need(r, 50.0), 0.0);
    }

    #[test]
    fn bad_counts_are_errors() {
        assert_eq!(rate_from_counts(1, 0), Err(ChurnError::NoCustomersAtStart));
        assert_eq!(
            rate_from_counts(5, 4),
            Err(ChurnError::LostExceedsBase { lost: 5, base: 4 })
        );
        assert!(!ChurnError::NoCustomersAtStart.to_string().is_empty());
    }
}
