//! Discounted customer lifetime value from a purchase model and a spend model.
//!
//! CLV over H months with monthly discount rate d:
//! Σ_{k=1..H} spend × (E[X(k months) | x, t_x, T] − E[X((k−1) months) | x, t_x, T]) ÷ (1+d)^k,
//! where E is the purchase model's conditional expectation and one month is 365.25/12 days,
//! converted into the data's time unit by [`TimeUnit::per_month`] (30.4375 days, ≈ 4.348
//! weeks, 1 month). Purchases in month k are discounted by a full k months.

use super::bgnbd::BgNbdParams;
use super::fitting::{finite, ModelError, Quantity, Rule};
use super::gammagamma::GammaGammaParams;
use super::paretonbd::ParetoNbdParams;
use super::rfm::{RfmSummary, TimeUnit};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A fitted purchase model (BG/NBD or Pareto/NBD). Times are in the data's time unit.
pub trait PurchaseModel {
    /// Probability (0–1) that the customer is alive at age T.
    ///
    /// # Errors
    /// [`ModelError`] for invalid times or numerical failure.
    fn p_alive(&self, x: u32, t_x: f64, age: f64) -> Result<f64, ModelError>;

    /// Expected purchases in the next t time units given (x, t_x, T).
    ///
    /// # Errors
    /// [`ModelError`] for invalid times or numerical failure.
    fn conditional_expected_purchases(
        &self,
        t: f64,
        x: u32,
        t_x: f64,
        age: f64,
    ) -> Result<f64, ModelError>;
}

impl PurchaseModel for BgNbdParams {
    fn p_alive(&self, x: u32, t_x: f64, age: f64) -> Result<f64, ModelError> {
        BgNbdParams::p_alive(self, x, t_x, age)
    }
    fn conditional_expected_purchases(
        &self,
        t: f64,
        x: u32,
        t_x: f64,
        age: f64,
    ) -> Result<f64, ModelError> {
        BgNbdParams::conditional_expected_purchases(self, t, x, t_x, age)
    }
}

impl PurchaseModel for ParetoNbdParams {
    fn p_alive(&self, x: u32, t_x: f64, age: f64) -> Result<f64, ModelError> {
        ParetoNbdParams::p_alive(self, x, t_x, age)
    }
    fn conditional_expected_purchases(
        &self,
        t: f64,
        x: u32,
        t_x: f64,
        age: f64,
    ) -> Result<f64, ModelError> {
        ParetoNbdParams::conditional_expected_purchases(self, t, x, t_x, age)
    }
}

/// Horizon and discounting of a CLV calculation.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ClvSettings {
    /// Horizon H in months of 365.25/12 days (1 to 1200).
    pub horizon_months: u32,
    /// Discount rate per month d (e.g. 0.01 = 1 % a month), ≥ 0.
    pub monthly_discount: f64,
    /// Time unit of the data the model was fitted on.
    pub unit: TimeUnit,
}

impl ClvSettings {
    /// Checked constructor.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for a horizon outside 1–1200 months or a discount rate
    /// that is negative or not finite.
    pub fn new(
        horizon_months: u32,
        monthly_discount: f64,
        unit: TimeUnit,
    ) -> Result<Self, ModelError> {
        if !(1..=1200).contains(&horizon_months) {
            return Err(ModelError::InvalidArgument {
                name: "horizon",
                reason: Rule::HorizonOutOfRange,
            });
        }
        if !(monthly_discount.is_finite() && monthly_discount >= 0.0) {
            return Err(ModelError::InvalidArgument {
                name: "monthly discount rate",
                reason: Rule::NegativeDiscount,
            });
        }
        Ok(ClvSettings {
            horizon_months,
            monthly_discount,
            unit,
        })
    }
}

/// Discounted expected purchases Σ_{k=1..H} (E[X(k months)] − E[X((k−1) months)]) ÷ (1+d)^k:
/// CLV per unit of spend per purchase (a number of purchases).
///
/// # Errors
/// As [`PurchaseModel::conditional_expected_purchases`].
pub fn discounted_purchases(
    model: &impl PurchaseModel,
    x: u32,
    t_x: f64,
    age: f64,
    settings: &ClvSettings,
) -> Result<f64, ModelError> {
    let per_month = settings.unit.per_month();
    let mut previous = 0.0;
    let mut total = 0.0;
    let mut discount = 1.0;
    for k in 1..=settings.horizon_months {
        let e = model.conditional_expected_purchases(f64::from(k) * per_month, x, t_x, age)?;
        discount /= 1.0 + settings.monthly_discount;
        total += (e - previous) * discount;
        previous = e;
    }
    finite(total, Quantity::DiscountedExpectedPurchases)
}

/// CLV of one customer in money: `spend_per_purchase` × [`discounted_purchases`].
///
/// # Errors
/// As [`discounted_purchases`]; [`ModelError::InvalidArgument`] for a spend that is negative
/// or not finite.
pub fn clv(
    model: &impl PurchaseModel,
    x: u32,
    t_x: f64,
    age: f64,
    spend_per_purchase: f64,
    settings: &ClvSettings,
) -> Result<f64, ModelError> {
    if !(spend_per_purchase.is_finite() && spend_per_purchase >= 0.0) {
        return Err(ModelError::InvalidArgument {
            name: "spend per purchase",
            reason: Rule::NegativeSpend,
        });
    }
    finite(
        spend_per_purchase * discounted_purchases(model, x, t_x, age, settings)?,
        Quantity::LifetimeValue,
    )
}

/// Model results for one customer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerValue {
    /// Customer identifier.
    pub customer_id: String,
    /// Probability (0–1) of being alive at the calibration end.
    pub p_alive: f64,
    /// Expected purchases over the horizon (undiscounted).
    pub expected_purchases: f64,
    /// Expected spend per purchase, money (Gamma-Gamma; population mean without repeats).
    pub expected_spend: f64,
    /// Discounted lifetime value over the horizon, money.
    pub clv: f64,
}

/// Values every customer of a summary. Customers sharing (x, t_x, T) share the purchase-model
/// work, so 100 000 customers cost about as much as their distinct rows.
///
/// # Errors
/// The first [`ModelError`] met, e.g. [`ModelError::NoFiniteMeanSpend`] when the spend model
/// has q ≤ 1.
pub fn value_customers(
    model: &impl PurchaseModel,
    spend: &GammaGammaParams,
    summary: &RfmSummary,
    settings: &ClvSettings,
) -> Result<Vec<CustomerValue>, ModelError> {
    let horizon = f64::from(settings.horizon_months) * settings.unit.per_month();
    let mut cache: HashMap<(u32, u64, u64), (f64, f64, f64)> = HashMap::new();
    summary
        .customers
        .iter()
        .map(|c| {
            let key = (c.frequency, c.recency.to_bits(), c.age.to_bits());
            let (p_alive, expected_purchases, discounted) = match cache.get(&key) {
                Some(v) => *v,
                None => {
                    let v = (
                        model.p_alive(c.frequency, c.recency, c.age)?,
                        model.conditional_expected_purchases(
                            horizon,
                            c.frequency,
                            c.recency,
                            c.age,
                        )?,
                        discounted_purchases(model, c.frequency, c.recency, c.age, settings)?,
                    );
                    cache.insert(key, v);
                    v
                }
            };
            let expected_spend =
                spend.conditional_expected_spend(c.frequency, c.mean_repeat_spend)?;
            Ok(CustomerValue {
                customer_id: c.customer_id.clone(),
                p_alive,
                expected_purchases,
                expected_spend,
                clv: finite(expected_spend * discounted, Quantity::LifetimeValue)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::SUMS;

    #[test]
    fn undiscounted_clv_is_spend_times_expected_purchases() {
        let m = BgNbdParams::new(0.243, 4.414, 0.793, 2.426).unwrap();
        let s = ClvSettings::new(12, 0.0, TimeUnit::Weeks).unwrap();
        let v = clv(&m, 2, 30.43, 38.86, 20.0, &s).unwrap();
        let e = m
            .conditional_expected_purchases(12.0 * TimeUnit::Weeks.per_month(), 2, 30.43, 38.86)
            .unwrap();
        assert!((v - 20.0 * e).abs() < 1e-10);
        let discounted = clv(
            &m,
            2,
            30.43,
            38.86,
            20.0,
            &ClvSettings::new(12, 0.01, TimeUnit::Weeks).unwrap(),
        )
        .unwrap();
        assert!(discounted < v && discounted > v / 1.01f64.powi(12));
    }

    #[test]
    fn clv_does_not_depend_on_time_unit() {
        // α scales with the unit; the same customer in days and weeks has the same CLV.
        let w = BgNbdParams::new(0.243, 4.414, 0.793, 2.426).unwrap();
        let d = BgNbdParams::new(0.243, 4.414 * 7.0, 0.793, 2.426).unwrap();
        let sw = ClvSettings::new(24, 0.01, TimeUnit::Weeks).unwrap();
        let sd = ClvSettings::new(24, 0.01, TimeUnit::Days).unwrap();
        let a = clv(&w, 3, 20.0, 35.0, 10.0, &sw).unwrap();
        let b = clv(&d, 3, 140.0, 245.0, 10.0, &sd).unwrap();
        assert!((a - b).abs() < SUMS * a);
    }

    #[test]
    fn settings_are_checked() {
        assert!(ClvSettings::new(0, 0.01, TimeUnit::Days).is_err());
        assert!(ClvSettings::new(12, -0.01, TimeUnit::Days).is_err());
        assert!(ClvSettings::new(12, f64::NAN, TimeUnit::Days).is_err());
    }
}
