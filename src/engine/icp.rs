//! Ideal customer profile (DOMAIN.md §8).
//!
//! Fit score = 100 × (weight of criteria met) ÷ (total weight), 0–100; unknown data does not
//! meet a criterion. Market reality: addressable = market size × share matching the profile,
//! with warnings when that is too small or too contested.

use super::model::Customer;
use super::numeric::{ratio, usable};
use super::settings::{IcpCriterion, IcpTest, MarketReality};
use super::tiers::{indicator_value, BaseMetrics};
use serde::Serialize;
use std::fmt;

/// Why a fit score could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub enum IcpError {
    /// No criteria are defined.
    NoCriteria,
    /// Every criterion has weight 0.
    NoWeights,
}

impl fmt::Display for IcpError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IcpError::NoCriteria => write!(
                f,
                "Define at least one ideal-customer criterion to see fit scores."
            ),
            IcpError::NoWeights => write!(
                f,
                "Give at least one ideal-customer criterion a weight above zero."
            ),
        }
    }
}

impl std::error::Error for IcpError {}

/// Whether a customer passes one test; unknown data fails.
pub fn passes(test: &IcpTest, c: &Customer, m: &BaseMetrics) -> bool {
    match test {
        IcpTest::AtLeast { indicator, min } => {
            indicator_value(indicator, c, m).is_some_and(|v| v >= *min)
        }
        IcpTest::AtMost { indicator, max } => {
            indicator_value(indicator, c, m).is_some_and(|v| v <= *max)
        }
        IcpTest::Between {
            indicator,
            min,
            max,
        } => indicator_value(indicator, c, m).is_some_and(|v| v >= *min && v <= *max),
        // No market type given passes no market-type test.
        IcpTest::MarketTypeIn(list) => c.market_type.is_some_and(|m| list.contains(&m)),
        IcpTest::SizeBandIn(list) => c.size_band.is_some_and(|s| list.contains(&s)),
        IcpTest::RegionIn(list) => list.iter().any(|r| r == &c.region),
        IcpTest::AttributeIn { key, values } => {
            c.custom.get(key).is_some_and(|v| values.contains(v))
        }
    }
}

/// Fit score 0–100 of one entry.
pub fn fit(criteria: &[IcpCriterion], c: &Customer, m: &BaseMetrics) -> Result<f64, IcpError> {
    if criteria.is_empty() {
        return Err(IcpError::NoCriteria);
    }
    let w = |x: f64| if x.is_finite() && x > 0.0 { x } else { 0.0 };
    let total: f64 = criteria.iter().map(|k| w(k.weight)).sum();
    if total <= 0.0 {
        return Err(IcpError::NoWeights);
    }
    let met: f64 = criteria
        .iter()
        .filter(|k| passes(&k.test, c, m))
        .map(|k| w(k.weight))
        .sum();
    Ok(100.0 * met / total)
}

/// A market-reality warning.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MarketWarning {
    /// Fewer addressable customers than the minimum.
    TooSmall {
        /// Addressable customers, count.
        addressable: f64,
        /// The minimum set, count.
        minimum: f64,
    },
    /// Too few addressable customers per firm chasing them.
    TooContested {
        /// Addressable customers per firm (competitors and us), count.
        per_firm: f64,
        /// The minimum set, count.
        minimum: f64,
    },
}

impl fmt::Display for MarketWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MarketWarning::TooSmall { addressable, minimum } => write!(
                f,
                "Only about {addressable:.0} customers match the profile (fewer than {minimum:.0}); loosen the profile."
            ),
            MarketWarning::TooContested { per_firm, minimum } => write!(
                f,
                "About {per_firm:.1} matching customers per firm chasing them (fewer than {minimum:.0}); the profile is too contested, loosen it."
            ),
        }
    }
}

/// Market reality of the profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MarketCheck {
    /// Market size, count.
    pub market_size: f64,
    /// Share matching the profile, fraction.
    pub share_matching: f64,
    /// Whether that share was estimated from the list.
    pub share_estimated: bool,
    /// Addressable = market size × share matching, count.
    pub addressable: f64,
    /// Competitors, count.
    pub competitors: u32,
    /// Addressable ÷ (competitors + 1), count per firm.
    pub per_firm: f64,
    /// Warnings, empty when the profile is workable.
    pub warnings: Vec<MarketWarning>,
}

/// Addressable count = market size × share matching.
pub fn addressable(market_size: f64, share_matching: f64) -> f64 {
    market_size * share_matching
}

/// Checks market reality; `None` when the market size is unknown or unusable.
/// `estimated_share` (fraction) is used when no share is entered.
pub fn market_check(market: &MarketReality, estimated_share: f64) -> Option<MarketCheck> {
    let size = usable(market.market_size).filter(|s| *s >= 0.0)?;
    let entered = usable(market.share_matching).filter(|s| (0.0..=1.0).contains(s));
    let share = entered.unwrap_or(if estimated_share.is_finite() {
        estimated_share.clamp(0.0, 1.0)
    } else {
        0.0
    });
    let addressable = addressable(size, share);
    let per_firm = ratio(addressable, market.competitors as f64 + 1.0);
    let mut warnings = Vec::new();
    if addressable < market.min_addressable {
        warnings.push(MarketWarning::TooSmall {
            addressable,
            minimum: market.min_addressable,
        });
    }
    if per_firm < market.min_per_competitor {
        warnings.push(MarketWarning::TooContested {
            per_firm,
            minimum: market.min_per_competitor,
        });
    }
    Some(MarketCheck {
        market_size: size,
        share_matching: share,
        share_estimated: entered.is_none(),
        addressable,
        competitors: market.competitors,
        per_firm,
        warnings,
    })
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::super::settings::{IcpArea, Indicator};
    use super::*;

    fn metrics(profit: f64) -> BaseMetrics {
        BaseMetrics {
            revenue: Some(100.0),
            profit,
            margin: 1.0,
            service_cost: 0.0,
            relationship_value: 0.0,
            relationship_score: 0.0,
            lifetime_value: 0.0,
        }
    }

    #[test]
    fn weighted_share_of_criteria() {
        let criteria = vec![
            IcpCriterion {
                name: "profitable".into(),
                area: IcpArea::Fit,
                weight: 3.0,
                test: IcpTest::AtLeast {
                    indicator: Indicator::Profit,
                    min: 0.0,
                },
            },
            IcpCriterion {
                name: "north".into(),
                area: IcpArea::Customer,
                weight: 1.0,
                test: IcpTest::RegionIn(vec!["North".into()]),
            },
            IcpCriterion {
                name: "age".into(),
                area: IcpArea::Customer,
                weight: 1.0,
                test: IcpTest::Between {
                    indicator: Indicator::Age,
                    min: 25.0,
                    max: 50.0,
                },
            },
        ];
        let c = Customer {
            region: "North".into(),
            ..Default::default()
        };
        assert_eq!(fit(&criteria, &c, &metrics(10.0)), Ok(80.0));
        assert_eq!(fit(&criteria, &c, &metrics(-10.0)), Ok(20.0));
        assert_eq!(fit(&[], &c, &metrics(0.0)), Err(IcpError::NoCriteria));
    }

    #[test]
    fn market_warnings() {
        let m = MarketReality {
            market_size: Some(1_000.0),
            share_matching: Some(0.05),
            competitors: 9,
            ..Default::default()
        };
        let check = market_check(&m, 0.0).unwrap();
        assert!((check.addressable - 50.0).abs() < 1e-9);
        assert_eq!(check.warnings.len(), 2);
        assert!(market_check(&MarketReality::default(), 0.5).is_none());
    }
}
