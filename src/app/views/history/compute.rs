//! The purchase-history view's plumbing between the engine and the page: which engine call
//! feeds which table or chart, as plain functions tested natively. Every formula lives in
//! [`crate::engine::btyd`]; these only arrange inputs and outputs.

use crate::engine::btyd::bgnbd::BgNbdParams;
use crate::engine::btyd::clv::{ClvSettings, Predicting, PurchaseModel};
use crate::engine::btyd::fitting::{Fit, ModelError};
use crate::engine::btyd::gammagamma::GammaGammaParams;
use crate::engine::btyd::paretonbd::ParetoNbdParams;
pub use crate::engine::btyd::report::Prediction;
use crate::engine::btyd::rfm::{CustomerSummary, RfmSummary, TimeUnit};
use crate::engine::model::{Customer, Figure};
use crate::engine::settings::{
    Indicator, ScoreBasis, Settings, TierCuts, WeightedIndicator, WeightedPyramid,
};
use std::collections::HashMap;

/// Indicator keys written into [`Customer::indicators`].
pub const P_ALIVE: &str = "p_alive";
/// Expected purchases in the next t time units.
pub const EXPECTED_PURCHASES: &str = "expected_purchases";
/// Discounted CLV over the horizon, money.
pub const PREDICTED_CLV: &str = "predicted_clv";

/// The three fits and how long each engine call took in the browser, ms.
#[derive(Debug, Clone, PartialEq)]
pub struct Fits {
    /// BG/NBD.
    pub bgnbd: Result<Fit<BgNbdParams>, ModelError>,
    /// Pareto/NBD.
    pub paretonbd: Result<Fit<ParetoNbdParams>, ModelError>,
    /// Gamma-Gamma on the repeat buyers.
    pub gammagamma: Result<Fit<GammaGammaParams>, ModelError>,
    /// Fit times in ms: BG/NBD, Pareto/NBD, Gamma-Gamma.
    pub ms: [f64; 3],
    /// Which fit of the session this is (1, 2, …), so a new fit is visible as new.
    pub run: u64,
}

/// Which purchase model the predictions use. The keys ("bgnbd", "paretonbd") are the model
/// drop-down's option values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum ModelChoice {
    /// BG/NBD.
    #[strum(serialize = "bgnbd")]
    BgNbd,
    /// Pareto/NBD.
    #[strum(serialize = "paretonbd")]
    ParetoNbd,
}

impl ModelChoice {
    /// The model's name in the active language ("BG/NBD").
    pub fn name(self) -> String {
        crate::i18n::t(match self {
            ModelChoice::BgNbd => "history.bgnbd",
            ModelChoice::ParetoNbd => "history.paretonbd",
        })
    }
}

/// The user's prediction inputs: t for "expected purchases in the next t units", and the
/// CLV horizon (months) and monthly discount rate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClvInputs {
    /// t, in the data's time unit.
    pub t_units: f64,
    /// H, months.
    pub horizon_months: u32,
    /// d, per month (0.01 = 1 %).
    pub monthly_discount: f64,
}

impl Default for ClvInputs {
    fn default() -> Self {
        ClvInputs {
            t_units: 52.0,
            horizon_months: 12,
            monthly_discount: 0.01,
        }
    }
}

impl ClvInputs {
    /// The engine's CLV settings in `unit`.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for a horizon or rate the engine refuses.
    pub fn settings(&self, unit: TimeUnit) -> Result<ClvSettings, ModelError> {
        ClvSettings::new(self.horizon_months, self.monthly_discount, unit)
    }
}

/// One year in `unit`, rounded: 365 days, 52 weeks or 12 months (the default t).
pub fn one_year(unit: TimeUnit) -> f64 {
    (12.0 * unit.per_month()).round()
}

/// The purchase model a prediction uses, as chosen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ChosenModel {
    /// BG/NBD.
    BgNbd(BgNbdParams),
    /// Pareto/NBD.
    ParetoNbd(ParetoNbdParams),
}

impl PurchaseModel for ChosenModel {
    fn p_alive(&self, x: u32, t_x: f64, age: f64) -> Result<f64, ModelError> {
        match self {
            ChosenModel::BgNbd(m) => m.p_alive(x, t_x, age),
            ChosenModel::ParetoNbd(m) => m.p_alive(x, t_x, age),
        }
    }
    fn conditional_expected_purchases(
        &self,
        t: f64,
        x: u32,
        t_x: f64,
        age: f64,
    ) -> Result<f64, ModelError> {
        match self {
            ChosenModel::BgNbd(m) => m.conditional_expected_purchases(t, x, t_x, age),
            ChosenModel::ParetoNbd(m) => m.conditional_expected_purchases(t, x, t_x, age),
        }
    }
}

/// Per-customer predictions with the chosen purchase model and the Gamma-Gamma spend model,
/// made a slice at a time (the page yields between slices).
///
/// # Errors
/// The model's fit error, or the spend model's (e.g. q ≤ 1); prediction errors come out of
/// [`Predicting::finish`].
pub fn start_predicting<'a>(
    summary: &'a RfmSummary,
    fits: &Fits,
    choice: ModelChoice,
    t: f64,
    settings: &ClvSettings,
) -> Result<Predicting<'a, ChosenModel>, ModelError> {
    let spend = fits.gammagamma.as_ref().map_err(Clone::clone)?.params;
    spend.population_mean_spend()?;
    let model = match choice {
        ModelChoice::BgNbd => ChosenModel::BgNbd(fits.bgnbd.as_ref().map_err(Clone::clone)?.params),
        ModelChoice::ParetoNbd => {
            ChosenModel::ParetoNbd(fits.paretonbd.as_ref().map_err(Clone::clone)?.params)
        }
    };
    Ok(Predicting::new(model, spend, summary, t, settings))
}

/// Per-customer predictions with the chosen purchase model and the Gamma-Gamma spend model,
/// all at once (the page makes them in slices).
///
/// # Errors
/// The model's fit error, the spend model's (e.g. q ≤ 1), or the first prediction error.
#[cfg(test)]
pub fn predict(
    summary: &RfmSummary,
    fits: &Fits,
    choice: ModelChoice,
    t: f64,
    settings: &ClvSettings,
) -> Result<Vec<Prediction>, ModelError> {
    start_predicting(summary, fits, choice, t, settings)?.finish()
}

/// A list entry for one log customer: id and name = the log id, first purchase date, purchases
/// per year = calibration purchase days ÷ years observed (first purchase day to calibration
/// end, both included, in years of 365.25 days), counting at least one year so that a customer
/// seen for one day is not 365 purchases a year; and average order value = calibration spend ÷
/// purchase days. From an imported summary (no first-day spend) the order value is the mean
/// repeat spend, unknown when below 0.
pub fn list_customer(c: &CustomerSummary, from_summary_table: bool) -> Customer {
    let purchases = f64::from(c.frequency) + 1.0;
    let years = ((c.age_days.max(0) + 1) as f64 / 365.25).max(1.0);
    let order_value = if from_summary_table {
        c.mean_repeat_spend.filter(|m| *m >= 0.0)
    } else {
        let repeat = c.mean_repeat_spend.unwrap_or(0.0) * f64::from(c.frequency);
        Some((c.first_day_spend + repeat) / purchases)
    };
    Customer {
        id: c.customer_id.clone(),
        name: c.customer_id.clone(),
        first_purchase: Some(c.first_purchase),
        purchases_per_year: Figure::of(purchases / years),
        average_order_value: order_value.filter(|v| v.is_finite()).into(),
        ..Customer::default()
    }
}

/// Writes the three predictions into the indicators of every customer whose id has one;
/// returns how many customers matched.
pub fn add_predictions(customers: &mut [Customer], predictions: &[Prediction]) -> usize {
    let by_id: HashMap<&str, &Prediction> =
        predictions.iter().map(|p| (p.id.as_str(), p)).collect();
    let mut matched = 0;
    for c in customers.iter_mut() {
        if let Some(p) = by_id.get(c.id.as_str()) {
            c.indicators.insert(P_ALIVE.into(), p.p_alive);
            c.indicators.insert(EXPECTED_PURCHASES.into(), p.expected);
            c.indicators.insert(PREDICTED_CLV.into(), p.clv);
            matched += 1;
        }
    }
    matched
}

/// Adds a weighted pyramid on predicted CLV alone (named `name`) and tiers the list by it.
pub fn tier_by_predicted_clv(settings: &mut Settings, name: &str) {
    settings.weighted_pyramids.push(WeightedPyramid {
        name: name.to_string(),
        components: vec![WeightedIndicator::new(
            Indicator::Named(PREDICTED_CLV.into()),
            1.0,
        )],
        cuts: TierCuts::default(),
    });
    settings.pyramid.basis = ScoreBasis::WeightedPyramid(settings.weighted_pyramids.len() - 1);
}

/// Indices of the customer ids holding `query` (trimmed, in any case), in their order; every
/// index for an empty query. The search of the predictions table.
pub fn matching_ids<'a>(ids: impl IntoIterator<Item = &'a str>, query: &str) -> Vec<usize> {
    let query = query.trim().to_lowercase();
    ids.into_iter()
        .enumerate()
        .filter(|(_, id)| query.is_empty() || id.to_lowercase().contains(&query))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::btyd::report::fixtures::{d, p, summary, BG as BGNBD_PUBLISHED};
    use crate::engine::btyd::rfm::summarize;
    use crate::engine::keys::Keyed;

    #[test]
    fn the_id_search_keeps_the_ids_holding_the_query_in_any_case() {
        let ids = ["00004", "00014", "A-7", "b-70"];
        assert_eq!(matching_ids(ids, ""), vec![0, 1, 2, 3]);
        assert_eq!(matching_ids(ids, "   "), vec![0, 1, 2, 3]);
        // "4" is in 00004 and 00014, nowhere else.
        assert_eq!(matching_ids(ids, "4"), vec![0, 1]);
        // Trimmed: "0001" is in 00014 only (00004 reads 0000, 0004).
        assert_eq!(matching_ids(ids, " 0001 "), vec![1]);
        assert_eq!(matching_ids(ids, "-7"), vec![2, 3]);
        assert_eq!(matching_ids(ids, "B-7"), vec![3]);
        assert_eq!(matching_ids(ids, "a-7"), vec![2]);
        assert_eq!(matching_ids(ids, "x"), Vec::<usize>::new());
        assert_eq!(matching_ids([], "4"), Vec::<usize>::new());
    }

    /// Fits holding the published CDNOW BG/NBD and Gamma-Gamma parameters (no Pareto/NBD).
    fn published_fits() -> Fits {
        fn fit<P>(params: P) -> Fit<P> {
            Fit {
                params,
                std_errors: None,
                log_likelihood: 0.0,
                iterations: 1,
                evaluations: 1,
                converged: true,
                customers: 1.0,
            }
        }
        Fits {
            bgnbd: Ok(fit(BGNBD_PUBLISHED)),
            paretonbd: Err(ModelError::EmptyData),
            gammagamma: Ok(fit(GammaGammaParams::new(6.25, 3.74, 15.44).unwrap())),
            ms: [0.0; 3],
            run: 1,
        }
    }

    #[test]
    fn list_entries_carry_rates_from_the_calibration_period() {
        let s = summary();
        let a = list_customer(&s.customers[0], false);
        assert_eq!(a.id, "a");
        assert_eq!(a.first_purchase, Some(d(1, 1)));
        // 3 purchase days over 91 days observed (1 Jan … 31 Mar): under a year, so counted as
        // one year, 3 a year (not 3 ÷ 91 × 365.25 = 12.04); spend 65 over 3 days.
        assert_eq!(a.purchases_per_year.get(), Some(3.0));
        assert!((a.average_order_value.get().unwrap() - 65.0 / 3.0).abs() < 1e-12);
        let b = list_customer(&s.customers[1], true);
        assert_eq!(b.average_order_value.get(), None);
    }

    #[test]
    fn purchases_per_year_count_at_least_one_year_observed() {
        let customer = |frequency, age_days| CustomerSummary {
            customer_id: "x".into(),
            first_purchase: d(1, 1),
            frequency,
            recency: 0.0,
            age: 0.0,
            recency_days: 0,
            age_days,
            first_day_spend: 10.0,
            mean_repeat_spend: (frequency > 0).then_some(10.0),
            holdout_purchases: 0,
            holdout_spend: 0.0,
        };
        // Seen on one day only (first purchase on the calibration end): 1 purchase a year,
        // not 1 ÷ 1 day × 365.25.
        assert_eq!(
            list_customer(&customer(0, 0), false)
                .purchases_per_year
                .get(),
            Some(1.0)
        );
        // 364 days after the first purchase = 365 days observed, still under 365.25: 1 year.
        assert_eq!(
            list_customer(&customer(4, 364), false)
                .purchases_per_year
                .get(),
            Some(5.0)
        );
        // 729 days after = 730 days observed = 730 ÷ 365.25 = 1.998631 years; 4 purchases
        // → 4 × 365.25 ÷ 730 = 2.001370 a year.
        let two = list_customer(&customer(3, 729), false)
            .purchases_per_year
            .get()
            .unwrap();
        assert!((two - 4.0 * 365.25 / 730.0).abs() < 1e-12, "{two}");
        assert!((two - 2.001_370).abs() < 1e-6);
    }

    #[test]
    fn a_zero_spend_repeat_buyer_never_stops_the_predictions() {
        // z bought twice more, both free (amount 0): mean repeat spend 0.
        let log = vec![
            p("a", d(1, 1), 10.0),
            p("a", d(2, 1), 20.0),
            p("z", d(1, 5), 12.0),
            p("z", d(1, 20), 0.0),
            p("z", d(2, 20), 0.0),
        ];
        let s = summarize(&log, d(3, 31), None, TimeUnit::Weeks).unwrap();
        assert_eq!(s.repeat_buyers_without_spend(), 1);
        assert_eq!(s.spend_rows().len(), 1);
        let fits = published_fits();
        let settings = ClvSettings::new(12, 0.01, TimeUnit::Weeks).unwrap();
        let preds = predict(&s, &fits, ModelChoice::BgNbd, 10.0, &settings).unwrap();
        // Population mean 6.25 × 15.44 ÷ 2.74 = 35.2190; a (x = 1, m̄ = 20) gets
        // (15.44 + 20) × 6.25 ÷ (6.25 + 2.74) = 221.5 ÷ 8.99 = 24.6385.
        assert!((preds[1].spend - 96.5 / 2.74).abs() < 1e-12);
        assert!((preds[0].spend - 221.5 / 8.99).abs() < 1e-12);
        assert!(preds[1].clv > 0.0 && preds[1].clv.is_finite());
    }

    #[test]
    fn model_choices_keep_their_option_values() {
        // The browser tests select the model by these values.
        assert_eq!(ModelChoice::keys(), ["bgnbd", "paretonbd"]);
        assert_eq!(
            ModelChoice::from_key("paretonbd"),
            Some(ModelChoice::ParetoNbd)
        );
        assert_eq!(ModelChoice::from_key("pareto_nbd"), None);
    }

    #[test]
    fn one_year_in_each_unit() {
        assert_eq!(one_year(TimeUnit::Days), 365.0);
        assert_eq!(one_year(TimeUnit::Weeks), 52.0);
        assert_eq!(one_year(TimeUnit::Months), 12.0);
    }

    #[test]
    fn predictions_land_in_matching_customers_and_the_list_tiers_by_them() {
        let s = summary();
        let fits = published_fits();
        let bg = BGNBD_PUBLISHED;
        let settings = ClvSettings::new(12, 0.01, TimeUnit::Weeks).unwrap();
        let preds = predict(&s, &fits, ModelChoice::BgNbd, 10.0, &settings).unwrap();
        assert_eq!(preds.len(), 3);
        let a = &s.customers[0];
        let e = bg
            .conditional_expected_purchases(10.0, a.frequency, a.recency, a.age)
            .unwrap();
        assert!((preds[0].expected - e).abs() < 1e-12);
        assert!(preds.iter().all(|p| p.clv > 0.0 && p.p_alive <= 1.0));
        assert_eq!(
            predict(&s, &fits, ModelChoice::ParetoNbd, 10.0, &settings),
            Err(ModelError::EmptyData)
        );

        let mut customers = vec![list_customer(&s.customers[2], false), Customer::default()];
        assert_eq!(add_predictions(&mut customers, &preds), 1);
        assert_eq!(customers[0].indicators[PREDICTED_CLV], preds[2].clv);
        assert!(customers[1].indicators.is_empty());

        let mut settings = Settings::default();
        tier_by_predicted_clv(&mut settings, "Predicted CLV");
        assert_eq!(
            settings.pyramid.basis,
            ScoreBasis::WeightedPyramid(settings.weighted_pyramids.len() - 1)
        );
    }
}
