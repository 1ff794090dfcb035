//! Gamma-Gamma model of spend per purchase (Fader & Hardie, "The Gamma-Gamma Model of
//! Monetary Value", 2013; Colombo & Jiang 1999).
//!
//! Each purchase amount is Gamma(p, ν) with a customer-level ν ~ Gamma(q, γ); p and q are
//! dimensionless and γ is in money. The customer's expected spend per purchase is pν⁻¹, whose
//! population mean pγ/(q − 1) exists only for q > 1. It is fitted on customers with at least
//! one repeat purchase, using the mean of the repeat purchases (first purchase excluded, as
//! [`super::rfm`] computes it).

use super::fitting::{self, finite, Fit, FitOptions, ModelError, Quantity, Rule};
use super::rfm::SpendRow;
use super::special::{digamma_pos, ln_gamma_pos};
use serde::{Deserialize, Serialize};

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
    /// mean and the customer's own mean. Customers without repeat purchases (x = 0, or
    /// `mean_spend` = `None`) get the population mean pγ/(q − 1).
    ///
    /// # Errors
    /// [`ModelError::NoFiniteMeanSpend`] when q ≤ 1; [`ModelError::InvalidArgument`] for a
    /// mean spend that is not a positive finite number.
    pub fn conditional_expected_spend(
        &self,
        x: u32,
        mean_spend: Option<f64>,
    ) -> Result<f64, ModelError> {
        let population = self.population_mean_spend()?;
        let (Some(m), true) = (mean_spend, x > 0) else {
            return Ok(population);
        };
        if !(m.is_finite() && m > 0.0) {
            return Err(ModelError::InvalidArgument {
                name: "mean_spend",
                reason: Rule::MeanSpendNotPositive,
            });
        }
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
    let total = fitting::check_spend_rows(rows)?;
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
        if r.weight == 0.0 {
            continue;
        }
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
///
/// A fitted q ≤ 1 is returned as a fit (the likelihood is fine), but every spend prediction
/// from it returns [`ModelError::NoFiniteMeanSpend`]; check
/// [`GammaGammaParams::population_mean_spend`] before showing it.
///
/// # Errors
/// [`ModelError::EmptyData`], [`ModelError::InvalidRow`], [`ModelError::NotConverged`] unless
/// [`FitOptions::allow_unconverged`].
pub fn fit(rows: &[SpendRow], options: &FitOptions) -> Result<Fit<GammaGammaParams>, ModelError> {
    let total = fitting::check_spend_rows(rows)?;
    let mean = rows.iter().map(|r| r.weight * r.mean_spend).sum::<f64>() / total;
    // Start at p = 1, q = 2, γ = mean: the population mean then equals the sample mean.
    let x0 = [0.0, 2f64.ln(), mean.ln()];
    let f = |p: &[f64; 3], grad: &mut [f64; 3]| {
        if p.iter().any(|v| v.abs() > fitting::MAX_LOG_PARAM) {
            return f64::INFINITY;
        }
        neg_mean_ll(p, rows, total, grad)
    };
    let m = fitting::minimize(f, x0, options);
    fitting::finish(m, f, total, options, |p| GammaGammaParams {
        p: p[0],
        q: p[1],
        gamma: p[2],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn conditional_spend_is_between_population_and_own_mean() {
        let g = GammaGammaParams::new(6.25, 3.74, 15.44).unwrap();
        let pop = g.population_mean_spend().unwrap();
        let own = 80.0;
        let e = g.conditional_expected_spend(5, Some(own)).unwrap();
        assert!(e > pop && e < own);
        assert_eq!(g.conditional_expected_spend(0, None).unwrap(), pop);
    }
}
