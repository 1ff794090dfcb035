//! Ideal customer profile (ICP): the criteria a customer worth having meets.
//!
//! Fit score = 100 × (weight of criteria met) ÷ (total weight), 0–100; unknown data does not
//! meet a criterion, and how many criteria could not be checked is counted. A prospect has no
//! profit, service cost, relationship value or lifetime value yet (it does not buy), so criteria
//! on them are unknown for it, never met by default. Market reality: addressable = market size × share matching the profile,
//! with warnings when that is too small or too contested.

use super::delivered::customer_wallet;
use super::model::Customer;
use super::numeric::{ratio, usable};
use super::settings::{IcpCriterion, IcpTest, Indicator, MarketReality};
use super::tiers::{indicator_value, size_number, BaseMetrics};
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

/// Whether one test passes (`Some(true)`), fails (`Some(false)`) or cannot be checked because
/// the figure or attribute it needs is unknown (`None`). `value_of` gives the number of an
/// indicator when it is known.
pub fn check<V: Fn(&Indicator) -> Option<f64>>(
    test: &IcpTest,
    c: &Customer,
    value_of: V,
) -> Option<bool> {
    match test {
        IcpTest::AtLeast { indicator, min } => value_of(indicator).map(|v| v >= *min),
        IcpTest::AtMost { indicator, max } => value_of(indicator).map(|v| v <= *max),
        IcpTest::Between {
            indicator,
            min,
            max,
        } => value_of(indicator).map(|v| v >= *min && v <= *max),
        // No market type given is unknown, and unknown passes no test.
        IcpTest::MarketTypeIn(list) => c.market_type.map(|m| list.contains(&m)),
        IcpTest::SizeBandIn(list) => c.size_band.map(|s| list.contains(&s)),
        IcpTest::RegionIn(list) => {
            (!c.region.trim().is_empty()).then(|| list.iter().any(|r| *r == c.region))
        }
        IcpTest::AttributeIn { key, values } => c
            .custom
            .get(key.as_str())
            .filter(|v| !v.trim().is_empty())
            .map(|v| values.iter().any(|x| *x == *v)),
    }
}

/// Whether a customer passes one test; unknown data fails.
pub fn passes(test: &IcpTest, c: &Customer, m: &BaseMetrics) -> bool {
    check(test, c, |i| indicator_value(i, c, m)) == Some(true)
}

/// A fit score with what could not be checked.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct FitScore {
    /// 100 × weight of the criteria met ÷ total weight, 0–100; a criterion that cannot be
    /// checked counts as not met.
    pub score: f64,
    /// Criteria with a weight above 0 that could not be checked (figure unknown), count.
    pub unchecked: usize,
}

fn usable_weight(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x
    } else {
        0.0
    }
}

/// Fit score of one entry whose known figures `value_of` gives: unknown does not pass.
pub fn fit_with<V: Fn(&Indicator) -> Option<f64>>(
    criteria: &[IcpCriterion],
    c: &Customer,
    value_of: V,
) -> Result<FitScore, IcpError> {
    if criteria.is_empty() {
        return Err(IcpError::NoCriteria);
    }
    let total: f64 = criteria.iter().map(|k| usable_weight(k.weight)).sum();
    if total <= 0.0 {
        return Err(IcpError::NoWeights);
    }
    let mut met = 0.0;
    let mut unchecked = 0;
    for k in criteria {
        let w = usable_weight(k.weight);
        match check(&k.test, c, &value_of) {
            Some(true) => met += w,
            Some(false) => {}
            None if w > 0.0 => unchecked += 1,
            None => {}
        }
    }
    Ok(FitScore {
        score: 100.0 * met / total,
        unchecked,
    })
}

/// Fit score 0–100 of one customer.
pub fn fit(criteria: &[IcpCriterion], c: &Customer, m: &BaseMetrics) -> Result<f64, IcpError> {
    fit_with(criteria, c, |i| indicator_value(i, c, m)).map(|f| f.score)
}

/// What a prospect (not yet buying) has of an indicator: what it was given (revenue,
/// purchases, order value, margin, size, age, named indicators). Profit, service cost,
/// relationship value and lifetime value are figures of a customer we serve, so they are
/// unknown for a prospect, and so is a margin not given (the 100 % default of a customer's
/// profit is not a fact about the prospect).
pub fn prospect_value(indicator: &Indicator, c: &Customer) -> Option<f64> {
    let v = match indicator {
        Indicator::Revenue => c.revenue(),
        Indicator::PurchaseFrequency => c.purchases_per_year.get(),
        Indicator::AverageOrderValue => c.average_order_value.get(),
        Indicator::GrossMargin => c.gross_margin.get().filter(|m| (-1.0..=1.0).contains(m)),
        Indicator::Profit
        | Indicator::ServiceCost
        | Indicator::RelationshipValue
        | Indicator::LifetimeValue => None,
        Indicator::SizeBand => c.size_band.map(size_number),
        Indicator::Age => c.age.map(f64::from),
        Indicator::ShareOfWallet => customer_wallet(c).map(|w| w.share),
        Indicator::Named(name) => c.indicators.get(name.as_str()).copied(),
    };
    usable(v)
}

/// Fit of a prospect: criteria on figures it does not have yet do not pass and are counted.
pub fn prospect_fit(criteria: &[IcpCriterion], c: &Customer) -> Result<FitScore, IcpError> {
    fit_with(criteria, c, |i| prospect_value(i, c))
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
mod tests {
    use super::super::settings::{IcpArea, Indicator};
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::tolerance::SUMS;

    fn metrics(profit: f64) -> BaseMetrics {
        BaseMetrics {
            revenue: Some(100.0),
            profit: Some(profit),
            margin: Some(1.0),
            service_cost: 0.0,
            relationship_value: 0.0,
            relationship_score: 0.0,
            lifetime_value: Some(0.0),
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
    fn unknown_figures_of_a_prospect_do_not_pass() {
        let profit = IcpCriterion {
            name: "profitable".into(),
            area: IcpArea::Fit,
            weight: 1.0,
            test: IcpTest::AtLeast {
                indicator: Indicator::Profit,
                min: 0.0,
            },
        };
        let service = IcpCriterion {
            name: "cheap to serve".into(),
            area: IcpArea::Fit,
            weight: 2.0,
            test: IcpTest::AtMost {
                indicator: Indicator::ServiceCost,
                max: 500.0,
            },
        };
        let region = IcpCriterion {
            name: "north".into(),
            area: IcpArea::Customer,
            weight: 1.0,
            test: IcpTest::RegionIn(vec!["North".into()]),
        };
        let mut prospect = Customer {
            region: "North".into(),
            gross_margin: Figure::of(0.4),
            ..Default::default()
        };
        // The default profile alone: a prospect has no profit → 0, not 100.
        let f = prospect_fit(std::slice::from_ref(&profit), &prospect).unwrap();
        assert_eq!((f.score, f.unchecked), (0.0, 1));
        // Profit (1) and service cost (2) unknown, region (1) met: 100 × 1 ÷ 4 = 25.
        let all = [profit, service, region];
        let f = prospect_fit(&all, &prospect).unwrap();
        assert_eq!((f.score, f.unchecked), (25.0, 2));
        // An unknown region cannot be checked either: 0, three criteria unchecked.
        prospect.region = crate::engine::text::Text::default();
        let f = prospect_fit(&all, &prospect).unwrap();
        assert_eq!((f.score, f.unchecked), (0.0, 3));
        // The margin it was given is known; the 100 % default is not a fact about it.
        assert_eq!(
            prospect_value(&Indicator::GrossMargin, &prospect),
            Some(0.4)
        );
        prospect.gross_margin = Figure::UNKNOWN;
        assert_eq!(prospect_value(&Indicator::GrossMargin, &prospect), None);
        // A customer's profit is known: met → 100 × (1 + 2) ÷ 4 = 75 with service cost 0.
        assert_eq!(fit(&all, &prospect, &metrics(10.0)), Ok(75.0));
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
        assert!((check.addressable - 50.0).abs() < SUMS);
        assert_eq!(check.warnings.len(), 2);
        assert!(market_check(&MarketReality::default(), 0.5).is_none());
    }
}
