//! Relationship value: what a customer is worth to us in a year, money and implicit value
//! counted, costs taken off.
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
use super::measured_churn::{ChurnInForce, SourcedChurn};
use super::model::Customer;
use super::numeric::{usable, MinMax, MinMaxScan};
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
pub fn scores<V: AsRef<RelationshipValue>>(
    customers: &[&Customer],
    values: &[V],
    weights: StageWeights,
) -> Vec<f64> {
    let scales = ScoreScales::over(customers, values.iter().map(|v| *v.as_ref()), weights);
    customers
        .iter()
        .zip(values)
        .map(|(c, v)| scales.score(c, v.as_ref()))
        .collect()
}

/// What a customer's relationship score depends on besides its own figures: the weights and
/// the min–max scale of each normalised column over the list. While these stay the same bit
/// for bit, a customer whose figures did not change keeps its score, so an edit of a few
/// customers scores only them again.
#[derive(Debug, Clone, Copy)]
pub struct ScoreScales {
    weights: StageWeights,
    explicit: MinMax,
    cost: MinMax,
    share_money: MinMax,
    share_score: MinMax,
    brand_money: MinMax,
    brand_score: MinMax,
}

impl ScoreScales {
    /// The scales of a list, `customers` parallel to `values`, found in one pass over both
    /// (each column is still scanned in list order, so the scales are those of a pass each).
    pub fn over(
        customers: &[&Customer],
        values: impl IntoIterator<Item = RelationshipValue>,
        weights: StageWeights,
    ) -> ScoreScales {
        let mut scans = [MinMaxScan::default(); 6];
        for (c, v) in customers.iter().zip(values) {
            scans[0].add(Some(v.explicit_value));
            scans[1].add(Some(v.explicit_cost + v.implicit_cost));
            scans[2].add(usable(c.market_share_value));
            scans[3].add(usable(c.market_share_score));
            scans[4].add(usable(c.brand_value));
            scans[5].add(usable(c.brand_score));
        }
        let [explicit, cost, share_money, share_score, brand_money, brand_score] =
            scans.map(MinMaxScan::done);
        ScoreScales {
            weights,
            explicit,
            cost,
            share_money,
            share_score,
            brand_money,
            brand_score,
        }
    }

    /// One customer's relationship score under these scales.
    pub fn score(&self, c: &Customer, v: &RelationshipValue) -> f64 {
        let part =
            |money: Option<f64>, score: Option<f64>, mm: &MinMax, ms: &MinMax| match (money, score)
            {
                (Some(m), _) => mm.apply(m, false),
                (None, Some(s)) => ms.apply(s, false),
                _ => 0.0,
            };
        let share = part(
            usable(c.market_share_value),
            usable(c.market_share_score),
            &self.share_money,
            &self.share_score,
        );
        let brand = part(
            usable(c.brand_value),
            usable(c.brand_score),
            &self.brand_money,
            &self.brand_score,
        );
        self.weights.explicit * self.explicit.apply(v.explicit_value, false)
            + self.weights.share * share
            + self.weights.brand * brand
            - self.cost.apply(v.explicit_cost + v.implicit_cost, false)
    }

    /// Whether any of the customer's normalised values is an end of its scale: an edit of a
    /// customer holding none, whose new values are none either, leaves the scales as they
    /// are (see [`ScoreScales::strictly_inside`]).
    pub fn at_an_end(&self, c: &Customer, v: &RelationshipValue) -> bool {
        self.columns(c, v).iter().any(|(x, mm)| {
            x.filter(|x| x.is_finite())
                .is_some_and(|x| x == mm.min_value() || x == mm.max_value())
        })
    }

    /// Whether each of the customer's normalised values is either skipped (unknown or not
    /// finite) or strictly between the ends of its scale. When this holds for an edited
    /// customer before and after the edit, a new scan of the list gives these scales bit for
    /// bit: every end is still held by a customer not edited, and a value strictly inside
    /// never decides a minimum or maximum (not even the sign of a zero at an end).
    pub fn strictly_inside(&self, c: &Customer, v: &RelationshipValue) -> bool {
        self.columns(c, v).iter().all(|(x, mm)| match x {
            Some(x) if x.is_finite() => mm.min_value() < *x && *x < mm.max_value(),
            _ => true,
        })
    }

    /// The customer's value in each normalised column, with that column's scale.
    fn columns(&self, c: &Customer, v: &RelationshipValue) -> [(Option<f64>, MinMax); 6] {
        [
            (Some(v.explicit_value), self.explicit),
            (Some(v.explicit_cost + v.implicit_cost), self.cost),
            (usable(c.market_share_value), self.share_money),
            (usable(c.market_share_score), self.share_score),
            (usable(c.brand_value), self.brand_money),
            (usable(c.brand_score), self.brand_score),
        ]
    }

    /// Whether these are the scales of a list under these weights.
    pub fn with_weights(&self, weights: StageWeights) -> bool {
        let w = |a: &StageWeights| [a.explicit, a.share, a.brand].map(f64::to_bits);
        w(&self.weights) == w(&weights)
    }

    /// Whether every customer is scored the same way under both, bit for bit.
    pub fn same_bits(&self, other: &ScoreScales) -> bool {
        let w = |a: &StageWeights| [a.explicit, a.share, a.brand].map(f64::to_bits);
        w(&self.weights) == w(&other.weights)
            && self.explicit.same_bits(&other.explicit)
            && self.cost.same_bits(&other.cost)
            && self.share_money.same_bits(&other.share_money)
            && self.share_score.same_bits(&other.share_score)
            && self.brand_money.same_bits(&other.brand_money)
            && self.brand_score.same_bits(&other.brand_score)
    }
}

/// What bounds the remaining relationship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum LifetimeBasis {
    /// A person's age: the sum stops at life expectancy − age.
    Age,
    /// An organisation or an unknown age: no lifespan bound, the sum is 1 ÷ churn of the
    /// customer's segment.
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

/// Lifetime view by age = (life expectancy − age) × yearly value, money: the seed's lifespan
/// figure, a ceiling that leaves loyalty aside.
///
/// ```
/// # use value_pyramid::engine::relationship::lifetime_value_by_age;
/// assert_eq!(lifetime_value_by_age(20.0, 80.0, 500.0), 30_000.0);
/// assert_eq!(lifetime_value_by_age(70.0, 80.0, 1_000.0), 10_000.0);
/// ```
pub fn lifetime_value_by_age(age: f64, life_expectancy: f64, yearly_value: f64) -> f64 {
    remaining_years_by_age(age, life_expectancy) * yearly_value
}

/// Expected remaining years of a relationship = Σ_{t=0}^{L−1} (1 − churn)^t, where L is the
/// remaining lifespan in years (`lifespan`) and `churn` a yearly fraction.
///
/// - An unbounded lifespan (organisations, unknown age) gives 1 ÷ churn, and
///   [`Lifetime::Unbounded`] when churn is 0 (never a division by zero).
/// - A fractional L = n + f (0 < f < 1) counts the n whole years, then the fraction f of year
///   n + 1 weighted by the chance of still being there, (1 − churn)^n: a lifespan ending
///   part-way through a year earns that part of the year. The result is continuous in L.
/// - A churn that is not a fraction in [0, 1] counts as 0; a lifespan ≤ 0 gives 0 years.
pub fn expected_years(churn: f64, lifespan: Lifetime) -> Lifetime {
    let churn = if churn.is_finite() && (0.0..=1.0).contains(&churn) {
        churn
    } else {
        0.0
    };
    let length = match lifespan {
        Lifetime::Years(l) if l.is_finite() => l.max(0.0),
        // Group lifetime 1 ÷ churn (the mean stay when that share leaves every year); unbounded
        // for 0.
        _ => return lifetime_from_fraction(churn).unwrap_or(Lifetime::Unbounded),
    };
    let survive = 1.0 - churn;
    let whole = length.floor();
    let fraction = length - whole;
    // A lifespan fits in i32 easily (life expectancy ≤ 150 after sanitising).
    let n = whole.min(i32::MAX as f64) as i32;
    let kept = survive.powi(n);
    let sum = if churn > 0.0 {
        (1.0 - kept) / churn
    } else {
        whole
    };
    Lifetime::Years(sum + fraction * kept)
}

/// The churn of a customer's segment, a fraction, and where it came from: its segment's
/// measured churn, else the list's measured churn, else the churn typed in for its market
/// type, else the list's typed churn (see [`ChurnInForce`], worked out once per analysis). A customer without the segment's attribute skips the first.
pub fn segment_churn(c: &Customer, churn: &ChurnInForce) -> SourcedChurn {
    churn.of(c)
}

/// The remaining lifespan of a customer, loyalty left aside: life expectancy − age for a
/// person with a known age (and no size band), unbounded otherwise.
pub fn lifespan(c: &Customer, settings: &Settings) -> (Lifetime, LifetimeBasis) {
    match (c.age, c.size_band) {
        (Some(age), None) => (
            Lifetime::Years(remaining_years_by_age(age as f64, settings.life_expectancy)),
            LifetimeBasis::Age,
        ),
        _ => (Lifetime::Unbounded, LifetimeBasis::SegmentChurn),
    }
}

/// The expected remaining relationship of a customer in years, loyalty counted: the
/// segment's churn summed over the lifespan by [`expected_years`]. People and organisations
/// are thus on one scale. This is the lifetime of LTV, rankings, retention segments and
/// LTV : CAC; money figures cap it at the horizon.
pub fn remaining_lifetime(
    c: &Customer,
    settings: &Settings,
    churn: &ChurnInForce,
) -> (Lifetime, LifetimeBasis) {
    let (span, basis) = lifespan(c, settings);
    (expected_years(segment_churn(c, churn).rate, span), basis)
}

impl AsRef<RelationshipValue> for RelationshipValue {
    fn as_ref(&self) -> &RelationshipValue {
        self
    }
}

/// The lifetime view of a customer's explicit value: the expected figure and the lifespan
/// ceiling side by side.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LifetimeView {
    /// Expected remaining relationship, loyalty counted.
    pub remaining: Lifetime,
    /// What bounds it.
    pub basis: LifetimeBasis,
    /// The churn a year it is worked out from, and where that came from.
    pub churn: SourcedChurn,
    /// Expected years counted in money (capped at the horizon), years.
    pub years_counted: f64,
    /// Remaining lifespan, loyalty left aside (unbounded for organisations).
    pub lifespan: Lifetime,
    /// Explicit value per year, money per year.
    pub yearly_value: f64,
    /// Expected years × yearly value, money (undiscounted).
    pub value: f64,
    /// Lifespan years × yearly value, money (undiscounted): the seed's ceiling; `None` when the
    /// lifespan is unbounded (organisations, unknown age), which have no ceiling by age.
    pub ceiling: Option<f64>,
}

/// The lifetime view of one customer's explicit value per year (money per year).
pub fn lifetime_view(
    c: &Customer,
    yearly_value: f64,
    settings: &Settings,
    churn: &ChurnInForce,
) -> LifetimeView {
    let (span, basis) = lifespan(c, settings);
    let churn = segment_churn(c, churn);
    let remaining = expected_years(churn.rate, span);
    let years = remaining.capped(settings.max_lifetime_years);
    LifetimeView {
        remaining,
        basis,
        churn,
        years_counted: years,
        lifespan: span,
        yearly_value,
        value: years * yearly_value,
        ceiling: match span {
            Lifetime::Years(l) => Some(l * yearly_value),
            Lifetime::Unbounded => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::super::model::{MarketType, SizeBand};
    use super::*;
    use crate::engine::model::Figure;
    use crate::engine::tolerance::{CENTS, EXACT, SUMS};

    fn years(l: Lifetime) -> f64 {
        match l {
            Lifetime::Years(y) => y,
            Lifetime::Unbounded => f64::INFINITY,
        }
    }

    #[test]
    fn expected_years_worked_examples() {
        // Age 70, life expectancy 80: L = 10; 0.8^10 = 0.1073741824, so
        // (1 − 0.1073741824) ÷ 0.2 = 4.463129088.
        let old = expected_years(0.2, Lifetime::Years(10.0));
        assert!((years(old) - 4.463_129_088).abs() < SUMS, "{old:?}");
        // Age 20: L = 60; 0.8^60 = 1.532495540865894e−6, so
        // (1 − 0.000001532495540865894) ÷ 0.2 = 4.999992337522296 (4.9999 to four decimals
        // truncated; it never reaches 5).
        let young = expected_years(0.2, Lifetime::Years(60.0));
        assert!(
            (years(young) - 4.999_992_337_522_296).abs() < SUMS,
            "{young:?}"
        );
        assert!(years(young) < 5.0);
        // Organisation or unknown age: 1 ÷ 0.2 = 5 years.
        assert_eq!(
            expected_years(0.2, Lifetime::Unbounded),
            Lifetime::Years(5.0)
        );
    }

    #[test]
    fn expected_years_edges() {
        // Fractional lifespan 2.5 at churn 20 %: whole years 1 + 0.8 = 1.8, then half of the
        // third year weighted by its survival 0.8² = 0.64: 1.8 + 0.5 × 0.64 = 2.12.
        let part = expected_years(0.2, Lifetime::Years(2.5));
        assert!((years(part) - 2.12).abs() < SUMS, "{part:?}");
        // Churn 0: nobody leaves, the lifespan itself (10), or unbounded without one.
        assert_eq!(
            expected_years(0.0, Lifetime::Years(10.0)),
            Lifetime::Years(10.0)
        );
        assert_eq!(
            expected_years(0.0, Lifetime::Unbounded),
            Lifetime::Unbounded
        );
        // Churn 100 %: only the first year, 1; or 0.5 when the lifespan is half a year.
        assert_eq!(
            expected_years(1.0, Lifetime::Years(10.0)),
            Lifetime::Years(1.0)
        );
        assert_eq!(
            expected_years(1.0, Lifetime::Years(0.5)),
            Lifetime::Years(0.5)
        );
        // No lifespan left, and invalid churns counted as 0.
        assert_eq!(
            expected_years(0.2, Lifetime::Years(0.0)),
            Lifetime::Years(0.0)
        );
        assert_eq!(
            expected_years(f64::NAN, Lifetime::Years(3.0)),
            Lifetime::Years(3.0)
        );
        assert_eq!(
            expected_years(-0.5, Lifetime::Unbounded),
            Lifetime::Unbounded
        );
    }

    #[test]
    fn ages_twenty_and_seventy() {
        let s = Settings::default();
        let young = Customer {
            age: Some(20),
            purchases_per_year: Figure::of(5.0),
            average_order_value: Figure::of(100.0),
            ..Default::default()
        };
        let old = Customer {
            age: Some(70),
            revenue_per_year: Figure::of(1_000.0),
            ..Default::default()
        };
        let y = lifetime_view(
            &young,
            young.revenue().unwrap(),
            &s,
            &ChurnInForce::typed(&s),
        );
        let o = lifetime_view(&old, old.revenue().unwrap(), &s, &ChurnInForce::typed(&s));
        // The seed's ceiling: 60 × 500 = 30,000 and 10 × 1,000 = 10,000, three times more.
        let (yc, oc) = (y.ceiling.unwrap_or(0.0), o.ceiling.unwrap_or(0.0));
        assert!((yc - 30_000.0).abs() < CENTS);
        assert!((oc - 10_000.0).abs() < CENTS);
        assert!((yc / oc - 3.0).abs() < EXACT);
        assert_eq!(y.lifespan, Lifetime::Years(60.0));
        // Loyalty counted at the default churn of 20 %: 4.999992337522296 × 500 =
        // 2,499.996168761148 and 4.463129088 × 1,000 = 4,463.129088.
        assert!((y.value - 2_499.996_168_761).abs() < CENTS, "{}", y.value);
        assert!((o.value - 4_463.129_088).abs() < CENTS, "{}", o.value);
        assert_eq!(y.basis, LifetimeBasis::Age);
        assert_eq!(
            remaining_lifetime(&old, &s, &ChurnInForce::typed(&s)).0,
            o.remaining
        );
    }

    #[test]
    fn segment_churn_applies_to_people_too() {
        let mut s = Settings::default();
        s.segment_churn.insert(MarketType::Government, 0.5);
        let person = Customer {
            age: Some(77),
            market_type: Some(MarketType::Government),
            ..Default::default()
        };
        // L = 80 − 77 = 3 at churn 50 %: 1 + 0.5 + 0.25 = 1.75 years.
        let (r, basis) = remaining_lifetime(&person, &s, &ChurnInForce::typed(&s));
        assert_eq!((r, basis), (Lifetime::Years(1.75), LifetimeBasis::Age));
        // Without a market type the list's churn (20 %) applies: 1 + 0.8 + 0.64 = 2.44.
        let unknown = Customer {
            market_type: None,
            ..person
        };
        let r = years(remaining_lifetime(&unknown, &s, &ChurnInForce::typed(&s)).0);
        assert!((r - 2.44).abs() < SUMS, "{r}");
    }

    #[test]
    fn organisations_use_churn() {
        let mut s = Settings {
            churn_rate: 0.25,
            ..Settings::default()
        };
        let org = Customer {
            size_band: Some(SizeBand::Small),
            age: Some(30),
            ..Default::default()
        };
        // A size band makes it an organisation: no lifespan, 1 ÷ 0.25 = 4 years.
        let v = lifetime_view(&org, 100.0, &s, &ChurnInForce::typed(&s));
        assert_eq!(v.remaining, Lifetime::Years(4.0));
        assert_eq!(v.lifespan, Lifetime::Unbounded);
        assert_eq!(v.basis, LifetimeBasis::SegmentChurn);
        assert!((v.value - 400.0).abs() < CENTS);
        // No lifespan, no ceiling by age.
        assert_eq!(v.ceiling, None);
        s.churn_rate = 0.0;
        let v = lifetime_view(&org, 100.0, &s, &ChurnInForce::typed(&s));
        assert_eq!(v.remaining, Lifetime::Unbounded);
        assert!((v.value - 100.0 * s.max_lifetime_years).abs() < CENTS);
    }

    proptest::proptest! {
        /// The expected years never exceed the lifespan nor 1 ÷ churn, grow with the lifespan,
        /// have no jump at whole years, and reach 1 ÷ churn when the lifespan is unbounded.
        #[test]
        fn expected_years_bounded_monotone_continuous(
            churn in 0.0..=1.0f64,
            l in 0.0..150.0f64,
            dl in 0.0..5.0f64,
        ) {
            let e = years(expected_years(churn, Lifetime::Years(l)));
            proptest::prop_assert!(e <= l + SUMS);
            if churn > 0.0 {
                proptest::prop_assert!(e <= 1.0 / churn + SUMS);
                let unbounded = years(expected_years(churn, Lifetime::Unbounded));
                proptest::prop_assert!((unbounded - 1.0 / churn).abs() < SUMS);
            }
            let longer = years(expected_years(churn, Lifetime::Years(l + dl)));
            proptest::prop_assert!(longer + SUMS >= e);
            let n = l.ceil();
            let below = years(expected_years(churn, Lifetime::Years(n - 1e-9)));
            let at = years(expected_years(churn, Lifetime::Years(n)));
            proptest::prop_assert!((at - below).abs() < 1e-8);
        }
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
        assert!((w.explicit + w.share + w.brand - 1.0).abs() < EXACT);
        assert!((w.share - 0.45).abs() < EXACT);
    }

    #[test]
    fn score_prefers_value_and_penalises_cost() {
        let a = Customer {
            brand_score: Figure::of(10.0),
            ..Default::default()
        };
        let b = Customer {
            brand_score: Figure::of(0.0),
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
