//! Lifetime value of one customer: its yearly profits over the relationship, discounted to
//! today, in money.
//!
//! LTV = Σ_{t=1..n} profit_t ÷ (1 + d)^(t−1) by default (first year undiscounted, as in the
//! cohort table); with [`DiscountConvention::EndOfYear`] every year is discounted:
//! ÷ (1 + d)^t. Money in, money out; d is a yearly fraction.

use super::numeric::{DiscountRate, Rate};
use super::settings::DiscountConvention;
use serde::Serialize;
use std::fmt;

/// Why a lifetime value could not be computed.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[non_exhaustive]
pub enum LtvError {
    /// 1 + d − r is zero: full retention with no discounting never ends.
    NeverEnds,
    /// The margin per year is not a usable number.
    MarginNotFinite,
}

impl fmt::Display for LtvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LtvError::NeverEnds => write!(
                f,
                "With every customer kept and no discount rate the lifetime value has no end; set a discount rate above zero or a retention below 100 %."
            ),
            LtvError::MarginNotFinite => write!(f, "The yearly margin is not a number."),
        }
    }
}

impl std::error::Error for LtvError {}

/// The divisor of year `t` (t = 1 is the first year): (1 + d)^(t−1) or (1 + d)^t.
pub fn discount_factor(t: u32, d: DiscountRate, convention: DiscountConvention) -> f64 {
    let exponent = match convention {
        DiscountConvention::FirstYearUndiscounted => t.saturating_sub(1),
        DiscountConvention::EndOfYear => t,
    };
    (1.0 + d.value()).powi(exponent.min(i32::MAX as u32) as i32)
}

/// LTV of a stream of yearly profits (money per year, year 1 first), in money. A year whose
/// profit is not a number counts as 0 and later years keep their own discount factors.
///
/// ```
/// # use value_pyramid::engine::{ltv::ltv, numeric::DiscountRate, settings::DiscountConvention};
/// let first = DiscountConvention::FirstYearUndiscounted;
/// // Undiscounted: 2,400 a year for 20 years.
/// assert_eq!(ltv(&[2400.0; 20], DiscountRate::ZERO, first), 48_000.0);
/// // 800 a year for 5 years at 8 %: 800 × (1 + 1/1.08 + … + 1/1.08⁴) = 3,449.70.
/// let v = ltv(&[800.0; 5], DiscountRate::new(0.08).unwrap(), first);
/// assert!((v - 3_449.70).abs() < 0.005);
/// // Every year discounted (end of year): 800 ÷ 1.08 + … + 800 ÷ 1.08⁵ = 3,449.70 ÷ 1.08.
/// let v = ltv(&[800.0; 5], DiscountRate::new(0.08).unwrap(), DiscountConvention::EndOfYear);
/// assert!((v - 3_194.17).abs() < 0.005);
/// ```
pub fn ltv(profits: &[f64], d: DiscountRate, convention: DiscountConvention) -> f64 {
    let step = 1.0 / (1.0 + d.value());
    let mut factor = match convention {
        DiscountConvention::FirstYearUndiscounted => 1.0,
        DiscountConvention::EndOfYear => step,
    };
    let mut total = 0.0;
    for p in profits {
        if p.is_finite() {
            total += p * factor;
        }
        // Year t is discounted by its own factor even when an earlier year was skipped.
        factor *= step;
    }
    total
}

/// LTV of a customer whose first year earns `first` and every later year `later` (money per
/// year), over `years` years that may be fractional: the last partial year counts with its
/// fraction. Negative or non-finite `years` count as 0. A non-finite `first` or `later` counts
/// as 0 for its years, the other years keeping their own discount factors (as in [`ltv`]).
pub fn level_ltv(
    first: f64,
    later: f64,
    years: f64,
    d: DiscountRate,
    convention: DiscountConvention,
) -> f64 {
    if !years.is_finite() || years <= 0.0 {
        return 0.0;
    }
    let known = |p: f64| if p.is_finite() { p } else { 0.0 };
    let (first, later) = (known(first), known(later));
    let v = 1.0 / (1.0 + d.value());
    let f0 = match convention {
        DiscountConvention::FirstYearUndiscounted => 1.0,
        DiscountConvention::EndOfYear => v,
    };
    // Whole years first: year 1 earns `first`, years 2..=whole earn `later`; the geometric
    // sum keeps this O(1) per customer for 100,000 customers.
    let whole = years.floor();
    let fraction = years - whole;
    let whole_n = whole.min(i32::MAX as f64) as i32;
    let mut total = 0.0;
    if whole_n >= 1 {
        total += first * f0;
        let later_years = whole_n - 1;
        if later_years > 0 {
            let sum = if d.value() == 0.0 {
                later_years as f64
            } else {
                v * (1.0 - v.powi(later_years)) / (1.0 - v)
            };
            total += later * f0 * sum;
        }
    }
    if fraction > 0.0 {
        let profit = if whole_n == 0 { first } else { later };
        total += fraction * profit * f0 * v.powi(whole_n);
    }
    total
}

/// LTV of a customer whose profit grows by `growth` a year: year t earns
/// `first` × (1 + g)^(t−1), discounted per `convention`, over `years` years that may be
/// fractional, the last partial year counting with its fraction of that year's profit (as in
/// [`level_ltv`]). Money in, money out; g is a yearly fraction.
///
/// A growth of 0 is exactly [`level_ltv`] with the same profit every year. A growth that is
/// not a number, or −100 % or less (profit would vanish or change sign), counts as 0; the
/// analysis reports such a setting before it gets here. Negative or non-finite `years` and a
/// non-finite `first` give 0.
///
/// ```
/// # use value_pyramid::engine::{ltv::growing_ltv, numeric::DiscountRate, settings::DiscountConvention};
/// // 1,000 + 1,100 ÷ 1.08 + 1,210 ÷ 1.08² = 3,055.90.
/// let v = growing_ltv(1_000.0, 0.1, 3.0, DiscountRate::new(0.08).unwrap(),
///     DiscountConvention::FirstYearUndiscounted);
/// assert!((v - 3_055.90).abs() < 0.005);
/// ```
pub fn growing_ltv(
    first: f64,
    growth: f64,
    years: f64,
    d: DiscountRate,
    convention: DiscountConvention,
) -> f64 {
    let g = if growth.is_finite() && growth > -1.0 {
        growth
    } else {
        0.0
    };
    if g == 0.0 {
        return level_ltv(first, first, years, d, convention);
    }
    if !years.is_finite() || years <= 0.0 || !first.is_finite() {
        return 0.0;
    }
    let v = 1.0 / (1.0 + d.value());
    let f0 = match convention {
        DiscountConvention::FirstYearUndiscounted => 1.0,
        DiscountConvention::EndOfYear => v,
    };
    // Year t's profit and discount combine into one ratio r^(t−1), r = (1 + g) ÷ (1 + d), so
    // the whole years are one geometric sum, O(1) per customer.
    let r = (1.0 + g) * v;
    let whole = years.floor();
    let fraction = years - whole;
    let whole_n = whole.min(i32::MAX as f64) as i32;
    let sum = if (1.0 - r).abs() < 1e-12 {
        f64::from(whole_n)
    } else {
        (1.0 - r.powi(whole_n)) / (1.0 - r)
    };
    let mut total = first * f0 * sum;
    if fraction > 0.0 {
        total += fraction * first * f0 * r.powi(whole_n);
    }
    total
}

/// Closed form with constant retention r and discount d, first year counted:
/// m × (1 + d) ÷ (1 + d − r), money (m is the margin per year, money).
///
/// ```
/// # use value_pyramid::engine::{ltv::closed_form, numeric::{DiscountRate, Rate}};
/// let v = closed_form(100.0, Rate::new(0.8).unwrap(), DiscountRate::new(0.1).unwrap()).unwrap();
/// assert!((v - 366.666_666).abs() < 1e-3);
/// ```
pub fn closed_form(m: f64, r: Rate, d: DiscountRate) -> Result<f64, LtvError> {
    closed(m, r, d).map(|(m, den)| m * (1.0 + d.value()) / den)
}

/// Closed-form variant that starts after the first renewal: m × r ÷ (1 + d − r), money.
pub fn closed_form_variant(m: f64, r: Rate, d: DiscountRate) -> Result<f64, LtvError> {
    closed(m, r, d).map(|(m, den)| m * r.value() / den)
}

fn closed(m: f64, r: Rate, d: DiscountRate) -> Result<(f64, f64), LtvError> {
    if !m.is_finite() {
        return Err(LtvError::MarginNotFinite);
    }
    let den = 1.0 + d.value() - r.value();
    if den <= 0.0 {
        return Err(LtvError::NeverEnds);
    }
    Ok((m, den))
}

/// Closed form under a discount convention: m × (1 + d) ÷ (1 + d − r) when the first year is
/// undiscounted, m ÷ (1 + d − r) when every year is discounted (the same sum, one year later).
pub fn closed_form_with(
    m: f64,
    r: Rate,
    d: DiscountRate,
    convention: DiscountConvention,
) -> Result<f64, LtvError> {
    match convention {
        DiscountConvention::FirstYearUndiscounted => closed_form(m, r, d),
        DiscountConvention::EndOfYear => closed(m, r, d).map(|(m, den)| m / den),
    }
}

/// Yearly profit from a profit per purchase and purchases per month, money per year.
pub fn yearly_profit(profit_per_purchase: f64, purchases_per_month: f64) -> f64 {
    profit_per_purchase * purchases_per_month * 12.0
}

/// The period a purchase count refers to in the individual LTV calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum PurchasePeriod {
    /// Purchases per month.
    #[default]
    Month,
    /// Purchases per year.
    Year,
}

/// Purchases per year from a count per month or per year, count per year.
pub fn purchases_per_year(count: f64, period: PurchasePeriod) -> f64 {
    match period {
        PurchasePeriod::Month => count * 12.0,
        PurchasePeriod::Year => count,
    }
}

/// The individual LTV calculator's result, money.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct IndividualLtv {
    /// Profit per purchase × purchases per year, money per year.
    pub yearly_profit: f64,
    /// Yearly profit × years, money.
    pub undiscounted: f64,
    /// Σ yearly profit ÷ discount factor of each year, money.
    pub discounted: f64,
}

/// LTV of one customer in four steps: lifetime in `years` (fractional years count with their
/// fraction), net profit each year = profit per purchase (money) × purchases per year, each
/// year discounted at `d` under `convention`, summed. Non-finite inputs give 0.
///
/// `growth` is the yearly growth of that profit as a fraction (0.1 = 10 % more each
/// year): year t earns the first year's profit × (1 + growth)^(t−1), in both the undiscounted
/// and the discounted sum ([`growing_ltv`]). 0 gives the level profit of the four steps; a
/// growth that is not a number or is −100 % or less counts as 0. `yearly_profit` stays the
/// first year's.
///
/// ```
/// # use value_pyramid::engine::{ltv::*, numeric::DiscountRate, settings::DiscountConvention};
/// let v = individual(100.0, 2.0, PurchasePeriod::Month, 20.0, DiscountRate::new(0.08).unwrap(),
///     DiscountConvention::FirstYearUndiscounted, 0.0);
/// assert_eq!((v.yearly_profit, v.undiscounted), (2_400.0, 48_000.0));
/// // Year t divided by 1.08^(t−1): 2,400 × 10.6036 = 25,448.64.
/// assert!((v.discounted - 25_448.64).abs() < 0.005);
/// ```
pub fn individual(
    profit_per_purchase: f64,
    purchases: f64,
    period: PurchasePeriod,
    years: f64,
    d: DiscountRate,
    convention: DiscountConvention,
    growth: f64,
) -> IndividualLtv {
    let yearly = profit_per_purchase * purchases_per_year(purchases, period);
    let yearly = if yearly.is_finite() { yearly } else { 0.0 };
    IndividualLtv {
        yearly_profit: yearly,
        undiscounted: growing_ltv(yearly, growth, years, DiscountRate::ZERO, convention),
        discounted: growing_ltv(yearly, growth, years, d, convention),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::{CENTS, SUMS};

    fn rate(x: f64) -> Rate {
        Rate::new(x).unwrap()
    }
    fn disc(x: f64) -> DiscountRate {
        DiscountRate::new(x).unwrap()
    }

    #[test]
    fn thirty_year_old_worked_example() {
        let yearly = yearly_profit(100.0, 2.0);
        assert!((yearly - 2_400.0).abs() < CENTS);
        let undiscounted = ltv(
            &[yearly; 20],
            disc(0.0),
            DiscountConvention::FirstYearUndiscounted,
        );
        assert!((undiscounted - 48_000.0).abs() < CENTS);
        // Discounted at 8 %, first year undiscounted: 2,400 × (1 − 1.08^−20) ÷ (1 − 1/1.08).
        let expected = 2_400.0 * (1.0 - 1.08f64.powi(-20)) / (1.0 - 1.0 / 1.08);
        let discounted = ltv(
            &[yearly; 20],
            disc(0.08),
            DiscountConvention::FirstYearUndiscounted,
        );
        assert!((discounted - expected).abs() < CENTS);
        assert!((discounted - 25_448.64).abs() < 0.01, "{discounted}");
        let level = level_ltv(
            yearly,
            yearly,
            20.0,
            disc(0.08),
            DiscountConvention::FirstYearUndiscounted,
        );
        assert!((level - discounted).abs() < CENTS);
        let end = ltv(&[yearly; 20], disc(0.08), DiscountConvention::EndOfYear);
        assert!((end - discounted / 1.08).abs() < CENTS);
    }

    #[test]
    fn individual_calculator_worked_example() {
        let v = individual(
            100.0,
            2.0,
            PurchasePeriod::Month,
            20.0,
            disc(0.08),
            DiscountConvention::FirstYearUndiscounted,
            0.0,
        );
        assert!((v.yearly_profit - 2_400.0).abs() < CENTS);
        assert!((v.undiscounted - 48_000.0).abs() < CENTS);
        assert!((v.discounted - 25_448.64).abs() < 0.01, "{}", v.discounted);
        let y = individual(
            100.0,
            24.0,
            PurchasePeriod::Year,
            20.0,
            disc(0.08),
            DiscountConvention::EndOfYear,
            0.0,
        );
        assert!((y.undiscounted - 48_000.0).abs() < CENTS);
        assert!((y.discounted - v.discounted / 1.08).abs() < CENTS);
        let bad = individual(
            f64::NAN,
            2.0,
            PurchasePeriod::Month,
            20.0,
            disc(0.08),
            DiscountConvention::EndOfYear,
            0.0,
        );
        assert_eq!(bad.discounted, 0.0);
    }

    #[test]
    fn closed_forms_worked_example() {
        let v = closed_form(100.0, rate(0.8), disc(0.1)).unwrap();
        assert!((v - 366.67).abs() < CENTS, "{v}");
        let w = closed_form_variant(100.0, rate(0.8), disc(0.1)).unwrap();
        assert!((w - 266.67).abs() < CENTS, "{w}");
        // 1 ÷ (1 − r) × m without discounting would be 500; with d = 0.1 and the first year
        // undiscounted the plain sum equals the closed form.
        let series: Vec<f64> = (0..2000).map(|t| 100.0 * 0.8f64.powi(t)).collect();
        let s = ltv(
            &series,
            disc(0.1),
            DiscountConvention::FirstYearUndiscounted,
        );
        assert!((s - v).abs() < CENTS);
        // Every year discounted: m ÷ (1 + d − r) = 100 ÷ 0.3.
        let e =
            closed_form_with(100.0, rate(0.8), disc(0.1), DiscountConvention::EndOfYear).unwrap();
        assert!((e - 333.33).abs() < CENTS, "{e}");
    }

    #[test]
    fn never_ending_is_an_error() {
        assert_eq!(
            closed_form(100.0, rate(1.0), disc(0.0)),
            Err(LtvError::NeverEnds)
        );
        assert_eq!(
            closed_form(f64::NAN, rate(0.5), disc(0.0)),
            Err(LtvError::MarginNotFinite)
        );
    }

    #[test]
    fn fractional_years() {
        let v = level_ltv(
            100.0,
            100.0,
            2.5,
            disc(0.0),
            DiscountConvention::FirstYearUndiscounted,
        );
        assert!((v - 250.0).abs() < CENTS);
        assert_eq!(
            level_ltv(100.0, 100.0, -1.0, disc(0.0), DiscountConvention::EndOfYear),
            0.0
        );
        // Same as the plain sum with a different first year and a partial last year.
        let v = level_ltv(-50.0, 100.0, 3.5, disc(0.1), DiscountConvention::EndOfYear);
        let plain = ltv(
            &[-50.0, 100.0, 100.0],
            disc(0.1),
            DiscountConvention::EndOfYear,
        ) + 0.5 * 100.0 / 1.1f64.powi(4);
        assert!((v - plain).abs() < SUMS);
    }

    #[test]
    fn a_skipped_year_keeps_the_next_years_factor() {
        // Year 2 is not a number: year 3 still gets its own factor 1.1² = 1.21.
        // 100 + 100 ÷ 1.21 = 100 + 82.644628… = 182.644628….
        let v = ltv(
            &[100.0, f64::NAN, 100.0],
            disc(0.1),
            DiscountConvention::FirstYearUndiscounted,
        );
        assert!((v - 182.644_628).abs() < 1e-6, "{v}");
        // Every year discounted: 100 ÷ 1.1 + 100 ÷ 1.1³ = 90.909091 + 75.131480 = 166.040571.
        let e = ltv(
            &[100.0, f64::INFINITY, 100.0],
            disc(0.1),
            DiscountConvention::EndOfYear,
        );
        assert!((e - 166.040_571).abs() < 1e-6, "{e}");
        // A first year that is not a number: years 2 and 3 at 1.1 and 1.21:
        // 100 ÷ 1.1 + 100 ÷ 1.21 = 90.909091 + 82.644628 = 173.553719.
        let l = level_ltv(
            f64::NAN,
            100.0,
            3.0,
            disc(0.1),
            DiscountConvention::FirstYearUndiscounted,
        );
        assert!((l - 173.553_719).abs() < 1e-6, "{l}");
    }

    #[test]
    fn growing_profit_worked_example() {
        // 1,000 + 1,100 ÷ 1.08 + 1,210 ÷ 1.08² = 1,000 + 1,018.518519 + 1,037.379973
        // = 3,055.898491.
        let first = DiscountConvention::FirstYearUndiscounted;
        let v = growing_ltv(1_000.0, 0.1, 3.0, disc(0.08), first);
        assert!((v - 3_055.90).abs() < CENTS, "{v}");
        // The same as the plain sum of the grown profits.
        let plain = ltv(&[1_000.0, 1_100.0, 1_210.0], disc(0.08), first);
        assert!((v - plain).abs() < SUMS);
        // Every year discounted: the same sum one year later.
        let e = growing_ltv(1_000.0, 0.1, 3.0, disc(0.08), DiscountConvention::EndOfYear);
        assert!((e - v / 1.08).abs() < CENTS);
        // A partial last year counts its fraction of that year's grown profit:
        // + 0.5 × 1,331 ÷ 1.08³.
        let h = growing_ltv(1_000.0, 0.1, 3.5, disc(0.08), first);
        assert!((h - (plain + 0.5 * 1_331.0 / 1.08f64.powi(3))).abs() < SUMS);
        // Growth equal to the discount rate: every year is worth 1,000 today.
        let flat = growing_ltv(1_000.0, 0.08, 3.0, disc(0.08), first);
        assert!((flat - 3_000.0).abs() < CENTS, "{flat}");
        // Unusable growth counts as 0.
        for g in [f64::NAN, -1.0, -2.0] {
            assert_eq!(
                growing_ltv(1_000.0, g, 3.0, disc(0.08), first),
                level_ltv(1_000.0, 1_000.0, 3.0, disc(0.08), first)
            );
        }
        // The calculator with growth: same figure, undiscounted 1,000 + 1,100 + 1,210.
        let i = individual(
            1_000.0,
            1.0,
            PurchasePeriod::Year,
            3.0,
            disc(0.08),
            first,
            0.1,
        );
        assert!((i.discounted - 3_055.90).abs() < CENTS);
        assert!((i.undiscounted - 3_310.0).abs() < CENTS);
        assert_eq!(i.yearly_profit, 1_000.0);
    }

    proptest::proptest! {
        /// No growth is exactly the level form.
        #[test]
        fn no_growth_is_the_level_form(
            first in -1e6..1e6f64,
            years in -1.0..200.0f64,
            d in 0.0..0.5f64,
            end in proptest::bool::ANY,
        ) {
            let convention = if end {
                DiscountConvention::EndOfYear
            } else {
                DiscountConvention::FirstYearUndiscounted
            };
            proptest::prop_assert_eq!(
                growing_ltv(first, 0.0, years, disc(d), convention).to_bits(),
                level_ltv(first, first, years, disc(d), convention).to_bits()
            );
        }

        /// For a positive profit over more than one year, more growth is more lifetime value;
        /// and the closed form is the plain sum of the grown years.
        #[test]
        fn lifetime_value_increases_with_growth(
            first in 1.0..1e6f64,
            n in 2usize..60,
            d in 0.0..0.5f64,
            g in -0.9..0.9f64,
            step in 0.001..0.5f64,
            end in proptest::bool::ANY,
        ) {
            let convention = if end {
                DiscountConvention::EndOfYear
            } else {
                DiscountConvention::FirstYearUndiscounted
            };
            let years = n as f64;
            let low = growing_ltv(first, g, years, disc(d), convention);
            let high = growing_ltv(first, g + step, years, disc(d), convention);
            proptest::prop_assert!(high > low, "{low} {high}");
            let series: Vec<f64> = (0..n).map(|t| first * (1.0 + g).powi(t as i32)).collect();
            let plain = ltv(&series, disc(d), convention);
            proptest::prop_assert!((plain - low).abs() < 1e-9 * (1.0 + plain.abs()));
        }
    }

    proptest::proptest! {
        /// The level form is the plain sum of its years, non-finite years included.
        #[test]
        fn level_ltv_is_the_plain_sum(
            first in proptest::prop_oneof![-1e4..1e4f64, proptest::strategy::Just(f64::NAN)],
            later in proptest::prop_oneof![-1e4..1e4f64, proptest::strategy::Just(f64::INFINITY)],
            n in 0usize..40,
            d in 0.0..0.5f64,
            end in proptest::bool::ANY,
        ) {
            let convention = if end {
                DiscountConvention::EndOfYear
            } else {
                DiscountConvention::FirstYearUndiscounted
            };
            let mut series = vec![later; n];
            if let Some(y1) = series.first_mut() {
                *y1 = first;
            }
            let plain = ltv(&series, disc(d), convention);
            let level = level_ltv(first, later, n as f64, disc(d), convention);
            proptest::prop_assert!((plain - level).abs() < 1e-6 * (1.0 + plain.abs()));
        }
    }
}
