//! Every number a person types into the page, with the range it may take. The check made
//! when a list's settings are loaded ([`crate::engine::analysis::sanitise`]) and the page's
//! fields read the same specs here, so a range is written once and a value the page accepts
//! is never replaced on the next load (nor the other way round).
//!
//! Values are kept in stored units: a percentage is the fraction (0.2 for 20 %). How a spec's
//! number is typed and written in a language is [`crate::format::parse_field`] and
//! [`crate::format::field_text`].

use crate::engine::numeric::{DiscountRate, MAX_MAGNITUDE};
use serde::Serialize;
use std::fmt;

/// What sort of number a field holds, which decides how it is typed and shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum NumberKind {
    /// An amount in the list's currency.
    Money,
    /// A fraction typed and shown as a percentage (20 for 0.2); a typed "%" is allowed.
    Percent,
    /// A whole number of things (customers, years in a calendar, months).
    Count,
    /// A span in years.
    Years,
    /// A number in its own unit (a score, a weight, periods).
    Plain,
    /// A figure of any kind that a rule compares against; a typed "%" makes it a fraction
    /// (35 % is 0.35), as indicator values are fractions where they are shares.
    Indicator,
}

/// What a field accepts: its kind and the closed range `min..=max` in stored units.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NumberSpec {
    /// How the number is typed and shown.
    pub kind: NumberKind,
    /// Smallest value accepted (stored units).
    pub min: f64,
    /// Largest value accepted (stored units).
    pub max: f64,
    /// `min` itself is refused: the number must lie above it (a span that must not be empty).
    pub above_min: bool,
}

/// Why a typed number was refused. The bounds are in stored units (fractions for a
/// percentage); the page words each variant where it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub enum NumberError {
    /// Nothing was typed and the field needs a value.
    Empty,
    /// The text is not a number in the language's way of writing one.
    NotANumber,
    /// The number is below the smallest accepted (or equal to it where it must lie above).
    BelowMin {
        /// Smallest accepted value.
        min: f64,
    },
    /// The number is above the largest accepted.
    AboveMax {
        /// Largest accepted value.
        max: f64,
    },
    /// The field takes whole numbers only.
    NotWhole,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumberError::Empty => write!(f, "A number is needed."),
            NumberError::NotANumber => write!(f, "This is not a number."),
            NumberError::BelowMin { min } => write!(f, "The number is below {min}."),
            NumberError::AboveMax { max } => write!(f, "The number is above {max}."),
            NumberError::NotWhole => write!(f, "The number must be whole."),
        }
    }
}

impl std::error::Error for NumberError {}

impl NumberSpec {
    /// A spec accepting `min..=max` (stored units).
    pub const fn new(kind: NumberKind, min: f64, max: f64) -> NumberSpec {
        NumberSpec {
            kind,
            min,
            max,
            above_min: false,
        }
    }

    /// The same spec with `min` itself refused.
    pub const fn above_min(self) -> NumberSpec {
        NumberSpec {
            above_min: true,
            ..self
        }
    }

    /// The factor from a stored value to the typed one (100 for a percentage).
    pub fn scale(self) -> f64 {
        match self.kind {
            NumberKind::Percent => 100.0,
            _ => 1.0,
        }
    }

    /// Only whole numbers are accepted.
    pub fn whole(self) -> bool {
        self.kind == NumberKind::Count
    }

    /// Checks a value in stored units.
    ///
    /// ```
    /// # use value_pyramid::engine::numbers::{NumberError, CHURN_RATE, CAPACITY};
    /// assert_eq!(CHURN_RATE.check(0.2), Ok(0.2));
    /// assert_eq!(CHURN_RATE.check(1.5), Err(NumberError::AboveMax { max: 1.0 }));
    /// assert_eq!(CAPACITY.check(2.5), Err(NumberError::NotWhole));
    /// assert_eq!(CAPACITY.check(f64::NAN), Err(NumberError::NotANumber));
    /// ```
    pub fn check(self, value: f64) -> Result<f64, NumberError> {
        if !value.is_finite() {
            Err(NumberError::NotANumber)
        } else if value < self.min || (self.above_min && value == self.min) {
            Err(NumberError::BelowMin { min: self.min })
        } else if value > self.max {
            Err(NumberError::AboveMax { max: self.max })
        } else if self.whole() && value.fract() != 0.0 {
            Err(NumberError::NotWhole)
        } else {
            Ok(value)
        }
    }

    /// The value is one this spec accepts.
    pub fn contains(self, value: f64) -> bool {
        self.check(value).is_ok()
    }

    /// Turns a number as typed (with or without a percent sign after it) into the stored
    /// value, checked. A percent sign belongs to percentages and indicators only.
    ///
    /// ```
    /// # use value_pyramid::engine::numbers::{NumberError, CHURN_RATE, HOURLY_RATE, ICP_BOUND};
    /// assert_eq!(CHURN_RATE.from_typed(20.0, true), Ok(0.2));
    /// assert_eq!(ICP_BOUND.from_typed(35.0, true), Ok(0.35));
    /// assert_eq!(HOURLY_RATE.from_typed(80.0, true), Err(NumberError::NotANumber));
    /// ```
    pub fn from_typed(self, typed: f64, percent_sign: bool) -> Result<f64, NumberError> {
        let divisor = match (self.kind, percent_sign) {
            (NumberKind::Percent, _) => 100.0,
            (NumberKind::Indicator, true) => 100.0,
            (_, true) => return Err(NumberError::NotANumber),
            (_, false) => 1.0,
        };
        if self.whole() && typed.fract() != 0.0 {
            return Err(NumberError::NotWhole);
        }
        let stored = typed / divisor;
        // A percentage is compared as typed, against the bounds as the field's message
        // shows them, so the division's rounding cannot refuse a bound typed exactly.
        let scale = self.scale();
        if scale != 1.0 {
            let (low, high) = (self.min * scale, self.max * scale);
            if typed < low || (self.above_min && typed == low) {
                return Err(NumberError::BelowMin { min: self.min });
            }
            if typed > high {
                return Err(NumberError::AboveMax { max: self.max });
            }
            return if stored.is_finite() {
                Ok(stored)
            } else {
                Err(NumberError::NotANumber)
            };
        }
        self.check(stored)
    }

    /// A stored value as it is typed (a percentage times 100), rounded to nine places so
    /// that 0.07 shows as 7 and not 7.000000000000001.
    pub fn typed(self, stored: f64) -> f64 {
        (stored * self.scale() * 1e9).round() / 1e9
    }
}

/// The yearly discount rate of the settings and calculators: 0 to [`DiscountRate::MAX`].
pub const DISCOUNT_RATE: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, DiscountRate::MAX);
/// A share of customers lost a year (the churn rate, its benchmark, a segment's rate), and
/// the calculators' other yearly rates.
pub const CHURN_RATE: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, 1.0);
/// How long a person lives, in years.
pub const LIFE_EXPECTANCY: NumberSpec = NumberSpec::new(NumberKind::Years, 1.0, 150.0);
/// The longest lifetime a customer is valued over, in years.
pub const MAX_LIFETIME: NumberSpec = NumberSpec::new(NumberKind::Years, 1.0, 200.0);
/// The share of all value one customer may hold before it counts as a concentration risk,
/// and the two shares of the Pareto rule: at least 1 %, at most all of it.
pub const TOP_SHARE: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.01, 1.0);
/// What an hour of the team's time costs.
pub const HOURLY_RATE: NumberSpec = NumberSpec::new(NumberKind::Money, 0.0, 1e9);
/// What may be spent a year on keeping customers.
pub const RETENTION_BUDGET: NumberSpec = NumberSpec::new(NumberKind::Money, 0.0, MAX_MAGNITUDE);
/// The fit score (0–100) a prospect needs to match the ideal customer profile.
pub const FIT_THRESHOLD: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 100.0);
/// The calendar year the analysis stands in.
pub const ANALYSIS_YEAR: NumberSpec = NumberSpec::new(NumberKind::Count, 1900.0, 2200.0);
/// A weight of the relationship value's parts (explicit, share of wallet, brand).
pub const RELATIONSHIP_WEIGHT: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 100.0);
/// How many customers the team can serve.
pub const CAPACITY: NumberSpec = NumberSpec::new(NumberKind::Count, 0.0, 10_000_000.0);
/// How many customers closest to the next tier are listed as migration candidates.
pub const MIGRATION_CANDIDATES: NumberSpec = NumberSpec::new(NumberKind::Count, 0.0, 1000.0);
/// A number of customers counted outside the list (won in the period, served).
pub const CUSTOMER_COUNT: NumberSpec = NumberSpec::new(NumberKind::Count, 0.0, 1e12);
/// A market's size or a minimum of customers, which may be an estimate with decimals.
pub const MARKET_CUSTOMERS: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 1e12);
/// The share of a market that matches the ideal customer profile.
pub const MARKET_SHARE: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, 1.0);
/// How many competitors share a market.
pub const COMPETITORS: NumberSpec = NumberSpec::new(NumberKind::Count, 0.0, 1_000_000.0);
/// An amount of a spend or cost line.
pub const LINE_AMOUNT: NumberSpec = NumberSpec::new(NumberKind::Money, 0.0, MAX_MAGNITUDE);
/// The weight of a criterion (of the ideal customer profile or a scorecard).
pub const CRITERION_WEIGHT: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 1e6);
/// A bound of a profile criterion: any figure, a percentage read as a fraction.
pub const ICP_BOUND: NumberSpec =
    NumberSpec::new(NumberKind::Indicator, -MAX_MAGNITUDE, MAX_MAGNITUDE);
/// A tier's share of customers or value.
pub const TIER_SHARE: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, 1.0);
/// A tier threshold in money.
pub const THRESHOLD_MONEY: NumberSpec = NumberSpec::new(NumberKind::Money, -1e12, 1e12);
/// A tier threshold on the relationship score.
pub const THRESHOLD_RELATIONSHIP: NumberSpec = NumberSpec::new(NumberKind::Plain, -1.0, 1.0);
/// A tier threshold on a composite score.
pub const THRESHOLD_COMPOSITE: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 1.0);
/// A tier threshold on a scorecard's points.
pub const THRESHOLD_SCORECARD: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 100.0);
/// How many customers a cohort starts with.
pub const COHORT_SIZE: NumberSpec = NumberSpec::new(NumberKind::Count, 1.0, 1e9);
/// The cohort's yearly interest rate.
pub const COHORT_INTEREST: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, 1.0);
/// The cohort's risk factor.
pub const COHORT_RISK: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 100.0);
/// A rate of a cohort year (retention, cost rate).
pub const COHORT_RATE: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, 1.0);
/// Any other figure of a cohort year (orders, order value, marketing per customer).
pub const COHORT_FIGURE: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 1e9);
/// A calculator's profit of one order, which may be a loss.
pub const ORDER_PROFIT: NumberSpec = NumberSpec::new(NumberKind::Money, -1e9, 1e9);
/// A calculator's number of purchases a year.
pub const PURCHASES: NumberSpec = NumberSpec::new(NumberKind::Plain, 0.0, 1e6);
/// A calculator's years a customer stays.
pub const LIFETIME_YEARS: NumberSpec = NumberSpec::new(NumberKind::Years, 0.0, 200.0);
/// A customer's (or contact's) age in years.
pub const AGE: NumberSpec = NumberSpec::new(NumberKind::Years, 0.0, 150.0);
/// A calculator's money a year or once, which may be a loss.
pub const CALCULATOR_MONEY: NumberSpec = NumberSpec::new(NumberKind::Money, -1e12, 1e12);
/// A firm's count of customers in the two-firms comparison.
pub const FIRM_CUSTOMERS: NumberSpec = NumberSpec::new(NumberKind::Count, 0.0, 1e9);
/// A firm's cost of winning one customer in the two-firms comparison.
pub const FIRM_CAC: NumberSpec = NumberSpec::new(NumberKind::Money, 0.0, 1e9);
/// The purchase history's time a prediction looks ahead, in its periods: more than none.
pub const PREDICTION_PERIODS: NumberSpec =
    NumberSpec::new(NumberKind::Plain, 0.0, 100_000.0).above_min();
/// The purchase history's horizon of the lifetime value, in months.
pub const HORIZON_MONTHS: NumberSpec = NumberSpec::new(NumberKind::Count, 1.0, 1200.0);
/// The share of its total value below which a customer's delivered value marks a churn risk.
pub const DELIVERED_LOW_SHARE: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, 1.0);
/// A yearly growth of profit: above −100 % (profit would vanish), at most +100 % (doubling
/// every year for 200 years stays a finite number of money).
pub const PROFIT_GROWTH: NumberSpec = NumberSpec::new(NumberKind::Percent, -1.0, 1.0).above_min();
/// The purchase history's discount rate a month.
pub const MONTHLY_DISCOUNT: NumberSpec = NumberSpec::new(NumberKind::Percent, 0.0, 1.0);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analysis::sanitise;
    use crate::engine::settings::Settings;

    /// Where a setting sits in the settings.
    type Place = fn(&mut Settings) -> &mut f64;

    /// Every setting `sanitise` checks, with its spec.
    fn checked_settings() -> Vec<(&'static str, NumberSpec, Place)> {
        vec![
            ("discount", DISCOUNT_RATE, |s| &mut s.discount_rate),
            ("churn", CHURN_RATE, |s| &mut s.churn_rate),
            ("life", LIFE_EXPECTANCY, |s| &mut s.life_expectancy),
            ("max life", MAX_LIFETIME, |s| &mut s.max_lifetime_years),
            ("concentration", TOP_SHARE, |s| {
                &mut s.concentration_threshold
            }),
            ("hourly", HOURLY_RATE, |s| &mut s.hourly_rate),
            ("top", TOP_SHARE, |s| &mut s.pareto_top_share),
            ("value", TOP_SHARE, |s| &mut s.pareto_value_share),
            ("budget", RETENTION_BUDGET, |s| &mut s.retention_budget),
            ("fit", FIT_THRESHOLD, |s| &mut s.icp.match_threshold),
            ("delivered low", DELIVERED_LOW_SHARE, |s| {
                &mut s.delivered_low_share
            }),
        ]
    }

    #[test]
    fn sanitise_keeps_what_a_spec_accepts_and_replaces_what_it_refuses() {
        for (name, spec, place) in checked_settings() {
            let span = spec.max - spec.min;
            let inside = [spec.min, spec.max, spec.min + span / 3.0];
            for v in inside {
                let mut s = Settings::default();
                *place(&mut s) = v;
                let (clean, warnings) = sanitise(&s);
                assert!(warnings.is_empty(), "{name}: {v} kept without a warning");
                assert_eq!(*place(&mut clean.clone()), v, "{name}: {v} kept");
            }
            let step = span.max(1.0) * 1e-3;
            for v in [spec.min - step, spec.max + step, f64::NAN, f64::INFINITY] {
                let mut s = Settings::default();
                *place(&mut s) = v;
                let (mut clean, warnings) = sanitise(&s);
                assert_eq!(warnings.len(), 1, "{name}: {v} replaced with a warning");
                assert!(
                    spec.contains(*place(&mut clean)),
                    "{name}: the replacement fits"
                );
            }
        }
    }

    #[test]
    fn optional_and_segment_rates_use_the_churn_spec() {
        for (v, kept) in [(0.0, true), (1.0, true), (1.01, false), (-0.01, false)] {
            let mut s = Settings {
                benchmark_churn_rate: Some(v),
                ..Settings::default()
            };
            s.segment_churn
                .insert(crate::engine::model::MarketType::Consumer, v);
            let (clean, warnings) = sanitise(&s);
            assert_eq!(clean.benchmark_churn_rate.is_some(), kept, "{v}");
            assert_eq!(clean.segment_churn.is_empty(), !kept, "{v}");
            assert_eq!(warnings.is_empty(), kept, "{v}");
            assert_eq!(CHURN_RATE.contains(v), kept);
        }
    }

    #[test]
    fn the_defaults_are_inside_their_specs() {
        let mut d = Settings::default();
        for (name, spec, place) in checked_settings() {
            assert!(spec.contains(*place(&mut d)), "{name}");
        }
        assert!(CAPACITY.contains(d.capacity as f64));
        assert!(MIGRATION_CANDIDATES.contains(d.migration_candidates as f64));
        for w in [d.weights.explicit, d.weights.share, d.weights.brand] {
            assert!(RELATIONSHIP_WEIGHT.contains(w));
        }
    }

    #[test]
    fn checks_bounds_wholeness_and_the_open_minimum() {
        assert_eq!(CAPACITY.check(0.0), Ok(0.0));
        assert_eq!(
            CAPACITY.check(-1.0),
            Err(NumberError::BelowMin { min: 0.0 })
        );
        assert_eq!(
            MAX_LIFETIME.check(200.5),
            Err(NumberError::AboveMax { max: 200.0 })
        );
        assert_eq!(ANALYSIS_YEAR.check(2024.5), Err(NumberError::NotWhole));
        assert_eq!(
            PREDICTION_PERIODS.check(0.0),
            Err(NumberError::BelowMin { min: 0.0 })
        );
        assert_eq!(PREDICTION_PERIODS.check(0.5), Ok(0.5));
        assert_eq!(
            CHURN_RATE.check(f64::NEG_INFINITY),
            Err(NumberError::NotANumber)
        );
    }

    #[test]
    fn reads_typed_numbers_in_their_units() {
        assert_eq!(TOP_SHARE.from_typed(1.0, false), Ok(0.01));
        assert_eq!(
            TOP_SHARE.from_typed(0.5, false),
            Err(NumberError::BelowMin { min: 0.01 })
        );
        assert_eq!(TOP_SHARE.from_typed(100.0, true), Ok(1.0));
        assert_eq!(
            TOP_SHARE.from_typed(100.5, false),
            Err(NumberError::AboveMax { max: 1.0 })
        );
        // 29 % of a fraction is 0.29 even where 29 / 100 rounds differently.
        assert_eq!(CHURN_RATE.from_typed(29.0, false), Ok(0.29));
        assert_eq!(ICP_BOUND.from_typed(-5.0, false), Ok(-5.0));
        assert_eq!(CAPACITY.from_typed(3.5, false), Err(NumberError::NotWhole));
        assert_eq!(CAPACITY.from_typed(3.0, true), Err(NumberError::NotANumber));
        assert_eq!(TIER_SHARE.typed(0.07), 7.0);
        assert_eq!(HOURLY_RATE.typed(80.5), 80.5);
    }

    #[test]
    fn cohort_cells_are_checked_by_the_specs_the_table_uses() {
        use crate::engine::cohort::CohortError;
        use crate::engine::settings::CohortSettings;
        let base = CohortSettings::default();
        let table = |retention: f64, orders: f64| {
            let mut c = base.clone();
            if let Some(y) = c.years.first_mut() {
                y.retention = retention;
                y.orders_per_customer = orders;
            }
            crate::engine::cohort::build(&c)
        };
        assert!(!matches!(
            table(COHORT_RATE.max, COHORT_FIGURE.max),
            Err(CohortError::BadCell { .. })
        ));
        assert!(matches!(
            table(COHORT_RATE.max + 0.01, 1.0),
            Err(CohortError::BadCell { .. })
        ));
        assert!(matches!(
            table(0.5, COHORT_FIGURE.max * 2.0),
            Err(CohortError::BadCell { .. })
        ));
    }
}
