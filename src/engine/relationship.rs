//! Relationship value (DOMAIN.md §4).
//!
//! Relationship value = (explicit value + implicit value) − (explicit cost + implicit cost),
//! money per year. Explicit value = revenue × margin; implicit value = market-share and brand
//! contributions entered as money equivalents (0 when only 0–10 scores are given); explicit
//! cost = service cost + acquisition cost charged; implicit cost = hours × hourly rate.
//!
//! The relationship score used for ranking = w_e × norm(explicit) + w_s × norm(share) +
//! w_b × norm(brand) − norm(total cost), every norm a min–max over the list and the stage
//! weights normalised to sum 1. It lies in [−1, 1].

use super::churn::{lifetime_from_fraction, Lifetime};
use super::model::Customer;
use super::numeric::{usable, MinMax};
use super::profit::Profit;
use super::settings::{CompanyStage, Settings, StageWeights};
use serde::Serialize;

/// One customer's relationship value, money per year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RelationshipValue {
    /// Revenue × margin.
    pub explicit_value: f64,
    /// Market-share plus brand money equivalents.
    pub implicit_value: f64,
    /// Service cost + acquisition cost charged.
    pub explicit_cost: f64,
    /// Hours × hourly rate.
    pub implicit_cost: f64,
    /// (explicit + implicit value) − (explicit + implicit cost).
    pub value: f64,
    /// True when the value is below zero: a negative-value customer.
    pub negative: bool,
}

/// The formula: (explicit + implicit value) − (explicit + implicit cost), money.
pub fn value(
    explicit_value: f64,
    implicit_value: f64,
    explicit_cost: f64,
    implicit_cost: f64,
) -> f64 {
    explicit_value + implicit_value - explicit_cost - implicit_cost
}

/// Relationship value of one customer from its profit breakdown.
pub fn relationship_value(c: &Customer, profit: &Profit, hourly_rate: f64) -> RelationshipValue {
    let share = usable(c.market_share_value).unwrap_or(0.0);
    let brand = usable(c.brand_value).unwrap_or(0.0);
    let hours = usable(c.implicit_cost_hours)
        .filter(|h| *h >= 0.0)
        .unwrap_or(0.0);
    let rate = if hourly_rate.is_finite() {
        hourly_rate.clamp(0.0, 1e9)
    } else {
        0.0
    };
    let explicit_value = profit.gross_profit;
    let implicit_value = share + brand;
    let explicit_cost = profit.service_cost + profit.acquisition_charged;
    let implicit_cost = hours * rate;
    let v = value(explicit_value, implicit_value, explicit_cost, implicit_cost);
    RelationshipValue {
        explicit_value,
        implicit_value,
        explicit_cost,
        implicit_cost,
        value: v,
        negative: v < 0.0,
    }
}

/// The weights in force, normalised to sum 1. Negative or non-finite weights count as 0; if
/// nothing is left, the stage preset is used.
pub fn normalised_weights(weights: StageWeights, stage: CompanyStage) -> StageWeights {
    let clean = |w: f64| if w.is_finite() && w > 0.0 { w } else { 0.0 };
    let (e, s, b) = (
        clean(weights.explicit),
        clean(weights.share),
        clean(weights.brand),
    );
    let total = e + s + b;
    if total > 0.0 {
        StageWeights {
            explicit: e / total,
            share: s / total,
            brand: b / total,
        }
    } else {
        let p = stage.preset();
        let t = p.explicit + p.share + p.brand;
        StageWeights {
            explicit: p.explicit / t,
            share: p.share / t,
            brand: p.brand / t,
        }
    }
}

/// Relationship scores of a list, in [−1, 1], one per entry of `customers` (which must be
/// parallel to `values`). Market-share and brand contributions use the money equivalent when
/// given, else the 0–10 score; money and scores are normalised separately over the list.
pub fn scores(
    customers: &[&Customer],
    values: &[RelationshipValue],
    weights: StageWeights,
) -> Vec<f64> {
    let explicit = MinMax::over(values.iter().map(|v| Some(v.explicit_value)));
    let cost = MinMax::over(
        values
            .iter()
            .map(|v| Some(v.explicit_cost + v.implicit_cost)),
    );
    let share_money = MinMax::over(customers.iter().map(|c| usable(c.market_share_value)));
    let share_score = MinMax::over(customers.iter().map(|c| usable(c.market_share_score)));
    let brand_money = MinMax::over(customers.iter().map(|c| usable(c.brand_value)));
    let brand_score = MinMax::over(customers.iter().map(|c| usable(c.brand_score)));
    let part =
        |money: Option<f64>, score: Option<f64>, mm: &MinMax, ms: &MinMax| match (money, score) {
            (Some(m), _) => mm.apply(m, false),
            (None, Some(s)) => ms.apply(s, false),
            _ => 0.0,
        };
    customers
        .iter()
        .zip(values)
        .map(|(c, v)| {
            let share = part(
                usable(c.market_share_value),
                usable(c.market_share_score),
                &share_money,
                &share_score,
            );
            let brand = part(
                usable(c.brand_value),
                usable(c.brand_score),
                &brand_money,
                &brand_score,
            );
            weights.explicit * explicit.apply(v.explicit_value, false)
                + weights.share * share
                + weights.brand * brand
                - cost.apply(v.explicit_cost + v.implicit_cost, false)
        })
        .collect()
}

/// What the remaining relationship is based on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LifetimeBasis {
    /// A person's age: life expectancy − age.
    Age,
    /// An organisation or an unknown age: 1 ÷ churn of its segment.
    SegmentChurn,
}

/// Remaining lifespan by age = life expectancy − age, in years, never negative.
pub fn remaining_years_by_age(age: f64, life_expectancy: f64) -> f64 {
    let r = life_expectancy - age;
    if r.is_finite() {
        r.max(0.0)
    } else {
        0.0
    }
}

/// Lifetime view by age = (life expectancy − age) × yearly value, money.
///
/// ```ignore
/// # use engine::relationship::lifetime_value_by_age;
/// assert_eq!(lifetime_value_by_age(20.0, 80.0, 500.0), 30_000.0);
/// assert_eq!(lifetime_value_by_age(70.0, 80.0, 1_000.0), 10_000.0);
/// ```
pub fn lifetime_value_by_age(age: f64, life_expectancy: f64, yearly_value: f64) -> f64 {
    remaining_years_by_age(age, life_expectancy) * yearly_value
}

/// The churn of a customer's segment: its market type's churn when set and valid, else the
/// list's churn; a fraction.
pub fn segment_churn(c: &Customer, settings: &Settings) -> f64 {
    settings
        .segment_churn
        .get(&c.market_type)
        .copied()
        .filter(|v| (0.0..=1.0).contains(v))
        .unwrap_or(settings.churn_rate)
}

/// The expected remaining relationship of a customer: by age for people with a known age
/// (and no size band), otherwise 1 ÷ churn of the segment. An invalid churn is treated as 0
/// (unbounded), which money figures then cap at the horizon.
pub fn remaining_lifetime(c: &Customer, settings: &Settings) -> (Lifetime, LifetimeBasis) {
    match (c.age, c.size_band) {
        (Some(age), None) => (
            Lifetime::Years(remaining_years_by_age(age as f64, settings.life_expectancy)),
            LifetimeBasis::Age,
        ),
        _ => (
            lifetime_from_fraction(segment_churn(c, settings)).unwrap_or(Lifetime::Unbounded),
            LifetimeBasis::SegmentChurn,
        ),
    }
}

/// The lifetime view of a customer's explicit value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LifetimeView {
    /// Remaining relationship.
    pub remaining: Lifetime,
    /// What it was based on.
    pub basis: LifetimeBasis,
    /// Years counted in money (capped at the horizon), years.
    pub years_counted: f64,
    /// Explicit value per year, money per year.
    pub yearly_value: f64,
    /// Years counted × yearly value, money (undiscounted).
    pub value: f64,
}

/// The lifetime view of one customer's explicit value per year (money per year).
pub fn lifetime_view(c: &Customer, yearly_value: f64, settings: &Settings) -> LifetimeView {
    let (remaining, basis) = remaining_lifetime(c, settings);
    let years = remaining.capped(settings.max_lifetime_years);
    LifetimeView {
        remaining,
        basis,
        years_counted: years,
        yearly_value,
        value: years * yearly_value,
    }
}

#[cfg(test)]
#[allow(clippy::field_reassign_with_default)]
mod tests {
    use super::super::model::SizeBand;
    use super::*;

    /// Money compared to the cent.
    const TOLERANCE: f64 = 0.005;

    #[test]
    fn ages_twenty_and_seventy() {
        let s = Settings::default();
        let young = Customer {
            age: Some(20),
            purchases_per_year: Some(5.0),
            average_order_value: Some(100.0),
            ..Default::default()
        };
        let old = Customer {
            age: Some(70),
            revenue_per_year: Some(1_000.0),
            ..Default::default()
        };
        let y = lifetime_view(&young, young.revenue().unwrap(), &s);
        let o = lifetime_view(&old, old.revenue().unwrap(), &s);
        assert!((y.value - 30_000.0).abs() < TOLERANCE);
        assert!((o.value - 10_000.0).abs() < TOLERANCE);
        assert!((y.value / o.value - 3.0).abs() < 1e-12);
        assert_eq!(y.basis, LifetimeBasis::Age);
    }

    #[test]
    fn organisations_use_churn() {
        let mut s = Settings {
            churn_rate: 0.25,
            ..Settings::default()
        };
        let org = Customer {
            size_band: Some(SizeBand::Small),
            ..Default::default()
        };
        let v = lifetime_view(&org, 100.0, &s);
        assert_eq!(v.remaining, Lifetime::Years(4.0));
        assert_eq!(v.basis, LifetimeBasis::SegmentChurn);
        assert!((v.value - 400.0).abs() < TOLERANCE);
        s.churn_rate = 0.0;
        let v = lifetime_view(&org, 100.0, &s);
        assert_eq!(v.remaining, Lifetime::Unbounded);
        assert!((v.value - 100.0 * s.max_lifetime_years).abs() < TOLERANCE);
    }

    #[test]
    fn value_and_negative_flag() {
        assert_eq!(value(100.0, 20.0, 80.0, 50.0), -10.0);
        let w = normalised_weights(
            StageWeights {
                explicit: 0.0,
                share: -1.0,
                brand: 0.0,
            },
            CompanyStage::Growth,
        );
        assert!((w.explicit + w.share + w.brand - 1.0).abs() < 1e-12);
        assert!((w.share - 0.45).abs() < 1e-12);
    }

    #[test]
    fn score_prefers_value_and_penalises_cost() {
        let a = Customer {
            brand_score: Some(10.0),
            ..Default::default()
        };
        let b = Customer {
            brand_score: Some(0.0),
            ..Default::default()
        };
        let rv = |e: f64, cost: f64| RelationshipValue {
            explicit_value: e,
            implicit_value: 0.0,
            explicit_cost: cost,
            implicit_cost: 0.0,
            value: e - cost,
            negative: false,
        };
        let w = normalised_weights(CompanyStage::Mature.preset(), CompanyStage::Mature);
        let s = scores(&[&a, &b], &[rv(100.0, 0.0), rv(100.0, 50.0)], w);
        assert!(s[0] > s[1]);
        assert!(s.iter().all(|x| (-1.0..=1.0).contains(x)));
    }
}
