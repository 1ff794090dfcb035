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
use super::report::Prediction;
use super::rfm::{CustomerSummary, RfmSummary, TimeUnit};
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
    let horizon = horizon_units(settings);
    let mut cache: HashMap<RowKey, (f64, f64, f64)> = HashMap::new();
    summary
        .customers
        .iter()
        .map(|c| {
            let (p_alive, expected_purchases, discounted) = match cache.get(&row_key(c)) {
                Some(v) => *v,
                None => {
                    let v = row_values(model, c, horizon, settings)?;
                    cache.insert(row_key(c), v);
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

/// Customers with the same (x, t_x, T) get the same purchase-model figures.
type RowKey = (u32, u64, u64);

fn row_key(c: &CustomerSummary) -> RowKey {
    (c.frequency, c.recency.to_bits(), c.age.to_bits())
}

/// The horizon of `settings` in the data's time unit.
fn horizon_units(settings: &ClvSettings) -> f64 {
    f64::from(settings.horizon_months) * settings.unit.per_month()
}

/// P(alive), expected purchases over the horizon and discounted purchases of one row.
fn row_values(
    model: &impl PurchaseModel,
    c: &CustomerSummary,
    horizon: f64,
    settings: &ClvSettings,
) -> Result<(f64, f64, f64), ModelError> {
    Ok((
        model.p_alive(c.frequency, c.recency, c.age)?,
        model.conditional_expected_purchases(horizon, c.frequency, c.recency, c.age)?,
        discounted_purchases(model, c.frequency, c.recency, c.age, settings)?,
    ))
}

/// The per-customer predictions of the purchase-history view (P(alive), expected purchases in
/// the next t units, expected spend, CLV), made a few customers at a time so that the page can
/// paint and answer input in between: a Pareto/NBD row costs some fourteen hypergeometric
/// evaluations, and a large log has thousands of distinct rows.
///
/// Customers are taken in the summary's order and rows sharing (x, t_x, T) share the model
/// work, so the result does not depend on how the work is sliced. Start with
/// [`Predicting::new`], call [`Predicting::advance`] until it says finished, then
/// [`Predicting::finish`] (which also runs whatever is left).
pub struct Predicting<'a, M> {
    model: M,
    spend: GammaGammaParams,
    customers: &'a [CustomerSummary],
    t: f64,
    settings: ClvSettings,
    /// P(alive), discounted purchases and E over t, by row.
    cache: HashMap<RowKey, [f64; 3]>,
    predictions: Vec<Prediction>,
    error: Option<ModelError>,
}

impl<'a, M: PurchaseModel> Predicting<'a, M> {
    /// Starts predicting every customer of `summary` with `model` and `spend`: expected
    /// purchases over the next `t` units, CLV by `settings`.
    pub fn new(
        model: M,
        spend: GammaGammaParams,
        summary: &'a RfmSummary,
        t: f64,
        settings: &ClvSettings,
    ) -> Self {
        Predicting {
            model,
            spend,
            customers: &summary.customers,
            t,
            settings: *settings,
            cache: HashMap::new(),
            predictions: Vec::with_capacity(summary.customers.len()),
            error: None,
        }
    }

    /// Customers predicted so far.
    pub fn done(&self) -> usize {
        self.predictions.len()
    }

    /// Customers to predict in all.
    pub fn total(&self) -> usize {
        self.customers.len()
    }

    /// Predicts up to `customers` more customers (at least one); true once every customer is
    /// predicted or an error stopped the work.
    pub fn advance(&mut self, customers: usize) -> bool {
        for _ in 0..customers.max(1) {
            if self.is_finished() {
                break;
            }
            let c = &self.customers[self.predictions.len()];
            match self.predict_one(c) {
                Ok(p) => self.predictions.push(p),
                Err(e) => self.error = Some(e),
            }
        }
        self.is_finished()
    }

    fn is_finished(&self) -> bool {
        self.error.is_some() || self.predictions.len() >= self.customers.len()
    }

    fn predict_one(&mut self, c: &CustomerSummary) -> Result<Prediction, ModelError> {
        let key = row_key(c);
        // E over the horizon (in [`CustomerValue`], not in a prediction) is left out: the
        // discounted sum's last term is the same call, so it fails where that one would.
        let [p_alive, discounted, expected] = match self.cache.get(&key) {
            Some(v) => *v,
            None => {
                let (x, t_x, age) = (c.frequency, c.recency, c.age);
                let p_alive = self.model.p_alive(x, t_x, age)?;
                let discounted = discounted_purchases(&self.model, x, t_x, age, &self.settings)?;
                let expected = self
                    .model
                    .conditional_expected_purchases(self.t, x, t_x, age)?;
                let v = [p_alive, discounted, expected];
                self.cache.insert(key, v);
                v
            }
        };
        let spend = self
            .spend
            .conditional_expected_spend(c.frequency, c.mean_repeat_spend)?;
        Ok(Prediction {
            id: c.customer_id.clone(),
            p_alive,
            expected,
            spend,
            clv: finite(spend * discounted, Quantity::LifetimeValue)?,
        })
    }

    /// Every customer's prediction, running whatever is left.
    ///
    /// # Errors
    /// The first [`ModelError`] met, in the summary's order of customers.
    pub fn finish(mut self) -> Result<Vec<Prediction>, ModelError> {
        while !self.advance(usize::MAX) {}
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.predictions),
        }
    }
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

    /// A log of 40 customers over 1997, many sharing (x, t_x, T), some with a free repeat.
    fn shared_rows_summary() -> RfmSummary {
        use super::super::rfm::{summarize, Purchase};
        let day =
            |n: u64| chrono::NaiveDate::from_ymd_opt(1997, 1, 1).unwrap() + chrono::Days::new(n);
        let mut log = Vec::new();
        for i in 0..40u64 {
            let id = format!("{i:03}");
            let first = i % 5;
            log.push(Purchase {
                customer_id: id.clone(),
                date: day(first),
                amount: 10.0 + i as f64,
            });
            for k in 0..(i % 4) {
                log.push(Purchase {
                    customer_id: id.clone(),
                    date: day(first + 20 * (k + 1) + i % 3),
                    amount: if i == 13 { 0.0 } else { 5.0 * (k + 1) as f64 },
                });
            }
        }
        summarize(&log, day(200), None, TimeUnit::Weeks).unwrap()
    }

    /// The predictions as they were made before they could be sliced: every customer valued
    /// first, then expected purchases over t.
    fn predicted_at_once(
        model: &impl PurchaseModel,
        spend: &GammaGammaParams,
        summary: &RfmSummary,
        t: f64,
        settings: &ClvSettings,
    ) -> Vec<Prediction> {
        let values = value_customers(model, spend, summary, settings).unwrap();
        summary
            .customers
            .iter()
            .zip(values)
            .map(|(c, v)| Prediction {
                id: v.customer_id,
                p_alive: v.p_alive,
                expected: model
                    .conditional_expected_purchases(t, c.frequency, c.recency, c.age)
                    .unwrap(),
                spend: v.expected_spend,
                clv: v.clv,
            })
            .collect()
    }

    fn sliced<M: PurchaseModel>(mut run: Predicting<'_, M>, slice: usize) -> Vec<Prediction> {
        let total = run.total();
        let mut last = 0;
        while !run.advance(slice) {
            assert_eq!(run.done(), last + slice, "each slice predicts its share");
            last = run.done();
        }
        assert_eq!(run.done(), total);
        run.finish().unwrap()
    }

    #[test]
    fn predictions_made_in_slices_are_the_predictions_made_at_once() {
        let summary = shared_rows_summary();
        assert_eq!(summary.customers.len(), 40);
        let spend = GammaGammaParams::new(6.25, 3.74, 15.44).unwrap();
        let settings = ClvSettings::new(12, 0.01, TimeUnit::Weeks).unwrap();
        let bg = BgNbdParams::new(0.243, 4.414, 0.793, 2.426).unwrap();
        let pnbd = ParetoNbdParams::new(0.55, 10.58, 0.61, 11.67).unwrap();
        let expected_bg = predicted_at_once(&bg, &spend, &summary, 10.0, &settings);
        let expected_pnbd = predicted_at_once(&pnbd, &spend, &summary, 10.0, &settings);
        for slice in [1, 2, 3, 7, 39, 40, 1000] {
            let run = Predicting::new(bg, spend, &summary, 10.0, &settings);
            assert_eq!(sliced(run, slice), expected_bg, "BG/NBD, {slice} at a time");
            let run = Predicting::new(pnbd, spend, &summary, 10.0, &settings);
            assert_eq!(
                sliced(run, slice),
                expected_pnbd,
                "Pareto/NBD, {slice} at a time"
            );
        }
        // At least one is asked for each time, even when 0 is.
        let mut run = Predicting::new(bg, spend, &summary, 10.0, &settings);
        assert!(!run.advance(0));
        assert_eq!(run.done(), 1);
        assert_eq!(
            Predicting::new(bg, spend, &summary, 10.0, &settings).finish(),
            Ok(expected_bg)
        );
    }

    #[test]
    fn a_prediction_error_stops_the_predictions() {
        let summary = shared_rows_summary();
        // q < 1: no finite mean spend for the customers without repeats.
        let spend = GammaGammaParams::new(6.25, 0.5, 15.44).unwrap();
        let settings = ClvSettings::new(12, 0.01, TimeUnit::Weeks).unwrap();
        let bg = BgNbdParams::new(0.243, 4.414, 0.793, 2.426).unwrap();
        let mut run = Predicting::new(bg, spend, &summary, 10.0, &settings);
        assert!(run.advance(1));
        let at_once = value_customers(&bg, &spend, &summary, &settings).unwrap_err();
        assert_eq!(run.finish(), Err(at_once));
    }
}
