//! Gamma-Gamma model of spend per purchase (Fader & Hardie, "The Gamma-Gamma Model of
//! Monetary Value", 2013; Colombo & Jiang 1999).
//!
//! Each purchase amount is Gamma(p, ν) with a customer-level ν ~ Gamma(q, γ); p and q are
//! dimensionless and γ is in money. The customer's expected spend per purchase is pν⁻¹, whose
//! population mean pγ/(q − 1) exists only for q > 1. It is fitted on customers with at least
//! one repeat purchase, using the mean of the repeat purchases (first purchase excluded, as
//! [`super::rfm`] computes it).
//!
//! Real logs hold zero amounts (returns, free items), so a repeat buyer's mean can be 0 (or,
//! from an imported summary, below 0): a Gamma density has no mass there. [`spend_use`] is the
//! one rule for such customers, shared by the fit, the predictions and the summary import: they
//! are left out of the fit and valued at the population mean, like customers without repeats.

use super::fitting::{
    self, finite, Fit, FitOptions, Fitting, ModelError, Objective, Quantity, Rule,
};
use super::rfm::SpendRow;
use super::special::{digamma_pos, ln_gamma_pos};
use serde::{Deserialize, Serialize};

/// What the spend model does with one customer's (x, mean repeat spend).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SpendUse {
    /// At least one repeat purchase and a mean above 0 (money): fitted, and the customer's own
    /// mean is weighed against the population's in the prediction.
    Own(f64),
    /// No repeat purchase (x = 0): nothing to fit; valued at the population mean.
    NoRepeat,
    /// Repeat purchases whose mean is 0 or less (returns, free items): left out of the fit and
    /// valued at the population mean.
    NotPositive,
}

/// The one rule for a customer's mean repeat spend (see [`SpendUse`]); any mean is accepted
/// when x = 0.
///
/// # Errors
/// [`Rule::MeanSpendMissing`] for a repeat buyer without a mean, [`Rule::NotFinite`] for one
/// whose mean is NaN or infinite.
pub fn spend_use(frequency: u32, mean_spend: Option<f64>) -> Result<SpendUse, Rule> {
    match (frequency, mean_spend) {
        (0, _) => Ok(SpendUse::NoRepeat),
        (_, None) => Err(Rule::MeanSpendMissing),
        (_, Some(m)) if !m.is_finite() => Err(Rule::NotFinite),
        (_, Some(m)) if m <= 0.0 => Ok(SpendUse::NotPositive),
        (_, Some(m)) => Ok(SpendUse::Own(m)),
    }
}

/// Gamma-Gamma parameters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct GammaGammaParams {
    /// Shape of the per-purchase spend distribution (dimensionless).
    pub p: f64,
    /// Shape of the Gamma distribution of the customer-level rate ν (dimensionless).
    pub q: f64,
    /// Scale of the distribution of ν, in money.
    pub gamma: f64,
}

impl GammaGammaParams {
    /// Checked constructor: every parameter must be finite and > 0 (q ≤ 1 is allowed here,
    /// but then no mean spend exists and the spend functions return an error).
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] naming the first bad parameter.
    pub fn new(p: f64, q: f64, gamma: f64) -> Result<Self, ModelError> {
        for (name, v) in [("p", p), ("q", q), ("gamma", gamma)] {
            if !(v.is_finite() && v > 0.0) {
                return Err(ModelError::InvalidArgument {
                    name,
                    reason: Rule::ParameterNotPositive,
                });
            }
        }
        Ok(GammaGammaParams { p, q, gamma })
    }

    /// Population mean spend per purchase pγ/(q − 1), in money.
    ///
    /// # Errors
    /// [`ModelError::NoFiniteMeanSpend`] when q ≤ 1 (the mean is infinite).
    pub fn population_mean_spend(&self) -> Result<f64, ModelError> {
        if self.q <= 1.0 {
            return Err(ModelError::NoFiniteMeanSpend { q: self.q });
        }
        finite(self.p * self.gamma / (self.q - 1.0), Quantity::MeanSpend)
    }

    /// Expected spend per future purchase of a customer with x repeat purchases averaging
    /// `mean_spend` (money): (γ + x·m̄) p / (p x + q − 1), a weighted average of the population
    /// mean and the customer's own mean. Customers without repeat purchases (x = 0) and repeat
    /// buyers whose mean is 0 or less get the population mean pγ/(q − 1) ([`spend_use`]).
    ///
    /// # Errors
    /// [`ModelError::NoFiniteMeanSpend`] when q ≤ 1; [`ModelError::InvalidArgument`] for a
    /// repeat buyer's mean spend that is missing, NaN or infinite.
    pub fn conditional_expected_spend(
        &self,
        x: u32,
        mean_spend: Option<f64>,
    ) -> Result<f64, ModelError> {
        let population = self.population_mean_spend()?;
        let m = match spend_use(x, mean_spend) {
            Ok(SpendUse::Own(m)) => m,
            Ok(SpendUse::NoRepeat | SpendUse::NotPositive) => return Ok(population),
            Err(reason) => {
                return Err(ModelError::InvalidArgument {
                    name: "mean_spend",
                    reason,
                })
            }
        };
        let xf = f64::from(x);
        finite(
            (self.gamma + xf * m) * self.p / (self.p * xf + self.q - 1.0),
            Quantity::ExpectedSpend,
        )
    }
}

/// Total log-likelihood of the observed mean spends (natural log; density of the mean, in
/// 1/money units, so it depends on the currency's scale).
///
/// # Errors
/// [`ModelError::InvalidRow`] / [`ModelError::EmptyData`] for unusable rows.
pub fn log_likelihood(params: &GammaGammaParams, rows: &[SpendRow]) -> Result<f64, ModelError> {
    let (rows, total) = &fitting::check_spend_rows(rows)?;
    let rows = rows.as_slice();
    let total = *total;
    let mut grad = [0.0; 3];
    let x = [params.p.ln(), params.q.ln(), params.gamma.ln()];
    finite(
        -neg_mean_ll(&x, rows, total, &mut grad) * total,
        Quantity::LogLikelihood,
    )
}

fn neg_mean_ll(pl: &[f64; 3], rows: &[SpendRow], total: f64, grad: &mut [f64; 3]) -> f64 {
    let [p, q, g] = pl.map(f64::exp);
    let (lg_q, psi_q, ln_g) = (ln_gamma_pos(q), digamma_pos(q), g.ln());
    let (mut ll, mut dp, mut dq, mut dg) = (0.0, 0.0, 0.0, 0.0);
    for r in rows {
        let x = f64::from(r.frequency);
        let (m, w) = (r.mean_spend, r.weight);
        let px = p * x;
        let (ln_m, ln_x) = (m.ln(), x.ln());
        let s = x * m + g;
        let ln_s = s.ln();
        let psi_pxq = digamma_pos(px + q);
        ll += w
            * (ln_gamma_pos(px + q) - ln_gamma_pos(px) - lg_q
                + q * ln_g
                + (px - 1.0) * ln_m
                + px * ln_x
                - (px + q) * ln_s);
        dp += w * x * (psi_pxq - digamma_pos(px) + ln_m + ln_x - ln_s);
        dq += w * (psi_pxq - psi_q + ln_g - ln_s);
        dg += w * (q / g - (px + q) / s);
    }
    let scale = -1.0 / total;
    *grad = [dp * p, dq * q, dg * g].map(|v| v * scale);
    ll * scale
}

/// Fits Gamma-Gamma by maximum likelihood to customers with repeat purchases (use
/// [`super::rfm::RfmSummary::spend_rows`]). γ comes out in the money unit of the amounts.
/// Rows whose mean spend is 0 or less are left out ([`SpendUse::NotPositive`]), never an
/// error; [`Fit::customers`] counts the rows fitted.
///
/// A fitted q ≤ 1 is returned as a fit (the likelihood is fine), but every spend prediction
/// from it returns [`ModelError::NoFiniteMeanSpend`]; check
/// [`GammaGammaParams::population_mean_spend`] before showing it.
///
/// # Errors
/// [`ModelError::EmptyData`], [`ModelError::InvalidRow`], [`ModelError::NotIdentifiable`] when
/// every mean is 0 or less, [`ModelError::NotConverged`] unless
/// [`FitOptions::allow_unconverged`].
pub fn fit(rows: &[SpendRow], options: &FitOptions) -> Result<Fit<GammaGammaParams>, ModelError> {
    start_fit(rows, options).finish()
}

/// [`fit`] as a [`Fitting`] to advance a chunk at a time; its result is the same, bit for bit.
pub fn start_fit<'a>(rows: &'a [SpendRow], options: &FitOptions) -> Fitting<'a, GammaGammaParams> {
    let options = *options;
    Fitting::new(move |meter| async move {
        let (rows, total) = &fitting::check_spend_rows(rows)?;
        let (rows, total) = (rows.as_slice(), *total);
        let mean = rows.iter().map(|r| r.weight * r.mean_spend).sum::<f64>() / total;
        // Start at p = 1, q = 2, γ = mean: the population mean then equals the sample mean.
        let x0 = [0.0, 2f64.ln(), mean.ln()];
        let f = |p: &[f64; 3], grad: &mut [f64; 3]| {
            if p.iter().any(|v| v.abs() > fitting::MAX_LOG_PARAM) {
                return f64::INFINITY;
            }
            neg_mean_ll(p, rows, total, grad)
        };
        let mut obj = Objective::new(f, meter);
        fitting::fit(&mut obj, x0, total, &options, |p| GammaGammaParams {
            p: p[0],
            q: p[1],
            gamma: p[2],
        })
        .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::EXACT;

    #[test]
    fn gradient_matches_finite_differences() {
        let rows = vec![
            SpendRow {
                frequency: 1,
                mean_spend: 20.0,
                weight: 2.0,
            },
            SpendRow {
                frequency: 3,
                mean_spend: 35.5,
                weight: 1.0,
            },
            SpendRow {
                frequency: 7,
                mean_spend: 12.0,
                weight: 1.0,
            },
        ];
        let p = [6.0f64.ln(), 3.7f64.ln(), 15.0f64.ln()];
        let mut grad = [0.0; 3];
        neg_mean_ll(&p, &rows, 4.0, &mut grad);
        for i in 0..3 {
            let h = 1e-6;
            let (mut pp, mut pm) = (p, p);
            pp[i] += h;
            pm[i] -= h;
            let mut d = [0.0; 3];
            let num = (neg_mean_ll(&pp, &rows, 4.0, &mut d) - neg_mean_ll(&pm, &rows, 4.0, &mut d))
                / (2.0 * h);
            assert!((num - grad[i]).abs() < 1e-7, "{i}: {num} vs {}", grad[i]);
        }
    }

    #[test]
    fn q_at_most_one_is_an_error_in_words() {
        let g = GammaGammaParams::new(6.0, 0.9, 15.0).unwrap();
        let e = g.conditional_expected_spend(0, None).unwrap_err();
        assert!(matches!(e, ModelError::NoFiniteMeanSpend { .. }));
        assert!(e.to_string().contains("unbounded"));
        assert!(g.conditional_expected_spend(3, Some(20.0)).is_err());
    }

    #[test]
    fn population_mean_of_the_published_cdnow_parameters() {
        // Fader & Hardie's note: p = 6.25, q = 3.74, γ = 15.44 → pγ ÷ (q − 1)
        // = 6.25 × 15.44 ÷ 2.74 = 96.5 ÷ 2.74 = 35.218978…; to 1e-12 relative.
        let g = GammaGammaParams::new(6.25, 3.74, 15.44).unwrap();
        let want: f64 = 96.5 / 2.74;
        assert!((want - 35.218_978).abs() < 1e-6);
        let got = g.population_mean_spend().unwrap();
        assert!((got - want).abs() <= EXACT * want, "{got}");
    }

    #[test]
    fn one_rule_for_what_a_mean_spend_means() {
        assert_eq!(spend_use(0, None), Ok(SpendUse::NoRepeat));
        // x = 0: whatever the file says for the mean is not a repeat spend.
        assert_eq!(spend_use(0, Some(-4.0)), Ok(SpendUse::NoRepeat));
        assert_eq!(spend_use(0, Some(f64::NAN)), Ok(SpendUse::NoRepeat));
        assert_eq!(spend_use(2, Some(12.5)), Ok(SpendUse::Own(12.5)));
        assert_eq!(spend_use(2, Some(0.0)), Ok(SpendUse::NotPositive));
        assert_eq!(spend_use(2, Some(-0.01)), Ok(SpendUse::NotPositive));
        assert_eq!(spend_use(2, None), Err(Rule::MeanSpendMissing));
        assert_eq!(spend_use(2, Some(f64::INFINITY)), Err(Rule::NotFinite));
    }

    #[test]
    fn zero_or_negative_mean_spend_gets_the_population_mean() {
        let g = GammaGammaParams::new(6.25, 3.74, 15.44).unwrap();
        let pop = 96.5 / 2.74;
        for m in [0.0, -7.5] {
            let got = g.conditional_expected_spend(3, Some(m)).unwrap();
            assert!((got - pop).abs() <= EXACT * pop, "{m}: {got}");
        }
        // (γ + x·m̄)·p ÷ (p·x + q − 1) for x = 1, m̄ = 20: 35.44 × 6.25 ÷ 8.99 = 221.5 ÷ 8.99.
        let own = g.conditional_expected_spend(1, Some(20.0)).unwrap();
        assert!((own - 221.5 / 8.99).abs() <= EXACT * own, "{own}");
        assert_eq!(
            g.conditional_expected_spend(2, None),
            Err(ModelError::InvalidArgument {
                name: "mean_spend",
                reason: Rule::MeanSpendMissing
            })
        );
        assert_eq!(
            g.conditional_expected_spend(2, Some(f64::NAN)),
            Err(ModelError::InvalidArgument {
                name: "mean_spend",
                reason: Rule::NotFinite
            })
        );
    }

    fn spend(frequency: u32, mean_spend: f64) -> SpendRow {
        SpendRow {
            frequency,
            mean_spend,
            weight: 1.0,
        }
    }

    #[test]
    fn zero_mean_rows_are_left_out_of_the_fit_not_an_error() {
        let good: Vec<SpendRow> = (1..=40u32)
            .map(|i| spend(1 + i % 4, 8.0 + f64::from(i % 9) * 3.5 + f64::from(i % 5)))
            .collect();
        let mut with_zeros = good.clone();
        with_zeros.insert(3, spend(2, 0.0));
        with_zeros.push(spend(5, 0.0));
        let opts = FitOptions::default();
        let a = fit(&good, &opts).unwrap();
        let b = fit(&with_zeros, &opts).unwrap();
        // Same rows fitted in the same order: the same numbers, not merely close ones.
        assert_eq!(a.params, b.params);
        assert_eq!(a.log_likelihood, b.log_likelihood);
        assert_eq!(b.customers, 40.0);
        assert_eq!(
            log_likelihood(&a.params, &with_zeros).unwrap(),
            log_likelihood(&a.params, &good).unwrap()
        );
        assert_eq!(
            fit(&[spend(2, 0.0), spend(3, 0.0)], &opts),
            Err(ModelError::NotIdentifiable {
                reason: Rule::MeanSpendNotPositive
            })
        );
        assert_eq!(
            fit(&[spend(2, 5.0), spend(0, 5.0)], &opts),
            Err(ModelError::InvalidRow {
                index: 1,
                reason: Rule::SpendNeedsRepeat
            })
        );
    }

    #[test]
    fn conditional_spend_is_between_population_and_own_mean() {
        let g = GammaGammaParams::new(6.25, 3.74, 15.44).unwrap();
        let pop = g.population_mean_spend().unwrap();
        let own = 80.0;
        let e = g.conditional_expected_spend(5, Some(own)).unwrap();
        assert!(e > pop && e < own);
        assert_eq!(g.conditional_expected_spend(0, None).unwrap(), pop);
    }
}
