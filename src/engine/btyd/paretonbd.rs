//! Pareto/NBD purchase model (Schmittlein, Morrison & Colombo 1987; likelihood as in Fader &
//! Hardie's 2005 note "A Note on Deriving the Pareto/NBD Model and Related Expressions").
//!
//! While alive a customer buys at Poisson rate λ ~ Gamma(r, α) and dies at exponential rate
//! μ ~ Gamma(s, β), both per time unit. α and β have the time unit of the data; r and s are
//! dimensionless. All times (t, t_x, T) are in that same unit.

use super::bgnbd::check_customer;
use super::fitting::{
    self, finite, Fit, FitOptions, Fitting, Grouped, ModelError, Objective, Quantity, Rule,
};
use super::rfm::WeightedRow;
use super::special::{digamma_pos, hyp2f1, ln_gamma_pos, SpecialError};
use serde::{Deserialize, Serialize};

/// Pareto/NBD parameters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct ParetoNbdParams {
    /// Shape of the Gamma purchase-rate distribution (dimensionless).
    pub r: f64,
    /// Scale of the Gamma purchase-rate distribution, in time units (mean rate r/α per unit).
    pub alpha: f64,
    /// Shape of the Gamma dropout-rate distribution (dimensionless).
    pub s: f64,
    /// Scale of the Gamma dropout-rate distribution, in time units (mean rate s/β per unit).
    pub beta: f64,
}

/// [1 − (k/(k+t))^(s−1)] / (s − 1), continuous through s = 1 (where it is ln((k+t)/k)).
fn power_bracket(s: f64, k: f64, t: f64) -> f64 {
    let l = (t / k).ln_1p();
    let e = s - 1.0;
    if e == 0.0 {
        l
    } else {
        -(-e * l).exp_m1() / e
    }
}

impl ParetoNbdParams {
    /// Checked constructor: every parameter must be finite and > 0.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] naming the first bad parameter.
    pub fn new(r: f64, alpha: f64, s: f64, beta: f64) -> Result<Self, ModelError> {
        for (name, v) in [("r", r), ("alpha", alpha), ("s", s), ("beta", beta)] {
            if !(v.is_finite() && v > 0.0) {
                return Err(ModelError::InvalidArgument {
                    name,
                    reason: Rule::ParameterNotPositive,
                });
            }
        }
        Ok(ParetoNbdParams { r, alpha, s, beta })
    }

    /// ln A₀ at recency t_x minus at age T, i.e. ln of the "died between t_x and T" integral
    /// (times r+s+x); `None` when that interval is empty.
    fn ln_a0(&self, x: f64, t_x: f64, age: f64) -> Result<Option<f64>, SpecialError> {
        if age <= t_x {
            return Ok(None);
        }
        let lx = self.ln_term(x, t_x)?;
        let lt = self.ln_term(x, age)?;
        let d = lt - lx;
        if d >= 0.0 {
            // Rounding made the later term as large as the earlier: the interval is negligible.
            return Ok(None);
        }
        Ok(Some(lx + (-d.exp_m1()).ln()))
    }

    /// ln[₂F₁(r+s+x, b′; r+s+x+1; z) / (m+t)^(r+s+x)] with m = max(α, β), z = |α−β|/(m+t) and
    /// b′ = s+1 (α ≥ β) or r+x (α < β), evaluated after Euler's transformation as
    /// (1−z)^(1−b′) ₂F₁(1, r+s+x+1−b′; r+s+x+1; z), whose parameters stay small whatever x is.
    fn ln_term(&self, x: f64, t: f64) -> Result<f64, SpecialError> {
        let (r, al, s, be) = (self.r, self.alpha, self.s, self.beta);
        let rsf = r + s + x;
        let (m, mn, b1) = if al >= be {
            (al, be, s + 1.0)
        } else {
            (be, al, r + x)
        };
        let z = (m - mn) / (m + t);
        let g = hyp2f1(1.0, rsf + 1.0 - b1, rsf + 1.0, z)?;
        let ln_mt = (m + t).ln();
        Ok(-rsf * ln_mt + (1.0 - b1) * ((mn + t).ln() - ln_mt) + g.ln())
    }

    /// Log-likelihood of one customer, without the x-only terms ln Γ(r+x) − ln Γ(r).
    fn ln_core(&self, x: f64, t_x: f64, age: f64) -> Result<f64, SpecialError> {
        let (r, al, s, be) = (self.r, self.alpha, self.s, self.beta);
        let l1 = -(r + x) * (al + age).ln() - s * (be + age).ln();
        let lse = match self.ln_a0(x, t_x, age)? {
            None => l1,
            Some(la0) => {
                let l2 = (s / (r + s + x)).ln() + la0;
                let m = l1.max(l2);
                m + ((l1 - m).exp() + (l2 - m).exp()).ln()
            }
        };
        Ok(r * al.ln() + s * be.ln() + lse)
    }

    /// Probability (0–1) that a customer with x repeat purchases, recency t_x and age T (time
    /// units) is still alive at T.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for bad times; [`ModelError::Special`] if ₂F₁ fails.
    pub fn p_alive(&self, x: u32, t_x: f64, age: f64) -> Result<f64, ModelError> {
        check_customer(x, t_x, age)?;
        let xf = f64::from(x);
        let Some(la0) = self.ln_a0(xf, t_x, age)? else {
            return Ok(1.0);
        };
        let ln_odds = (self.s / (self.r + self.s + xf)).ln()
            + (self.r + xf) * (self.alpha + age).ln()
            + self.s * (self.beta + age).ln()
            + la0;
        finite(1.0 / (1.0 + ln_odds.exp()), Quantity::ProbabilityAlive)
    }

    /// Unconditional expected purchases E[X(t)] of a new customer in the first t time units.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for a negative t.
    pub fn expected_purchases(&self, t: f64) -> Result<f64, ModelError> {
        if !(t.is_finite() && t >= 0.0) {
            return Err(ModelError::InvalidArgument {
                name: "t",
                reason: Rule::TimeNotUsable,
            });
        }
        let v = self.r / self.alpha * self.beta * power_bracket(self.s, self.beta, t);
        finite(v, Quantity::ExpectedPurchases)
    }

    /// Conditional expected purchases E[X(t) | x, t_x, T] in the next t time units.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for bad times; [`ModelError::Special`] if ₂F₁ fails.
    pub fn conditional_expected_purchases(
        &self,
        t: f64,
        x: u32,
        t_x: f64,
        age: f64,
    ) -> Result<f64, ModelError> {
        if !(t.is_finite() && t >= 0.0) {
            return Err(ModelError::InvalidArgument {
                name: "t",
                reason: Rule::TimeNotUsable,
            });
        }
        let pa = self.p_alive(x, t_x, age)?;
        let xf = f64::from(x);
        let k = self.beta + age;
        let v = (self.r + xf) / (self.alpha + age) * k * power_bracket(self.s, k, t) * pa;
        finite(v, Quantity::ExpectedPurchases)
    }
}

/// Total log-likelihood of weighted (x, t_x, T) rows (natural log).
///
/// # Errors
/// [`ModelError::InvalidRow`] / [`ModelError::EmptyData`] for unusable rows,
/// [`ModelError::Special`] or [`ModelError::NonFinite`] if it cannot be evaluated.
pub fn log_likelihood(params: &ParetoNbdParams, rows: &[WeightedRow]) -> Result<f64, ModelError> {
    let g = fitting::group_rows_unchecked_identifiability(rows)?;
    let v = neg_mean_ll(params, &g)?;
    finite(-v * g.total_weight, Quantity::LogLikelihood)
}

fn neg_mean_ll(p: &ParetoNbdParams, g: &Grouped) -> Result<f64, SpecialError> {
    let lg_r = ln_gamma_pos(p.r);
    let mut ll = 0.0;
    for &(x, start, end) in &g.groups {
        let mut s = 0.0;
        let mut w_sum = 0.0;
        for i in start..end {
            let w = g.weight[i];
            s += w * p.ln_core(x, g.recency[i], g.age[i])?;
            w_sum += w;
        }
        ll += w_sum * (ln_gamma_pos(p.r + x) - lg_r) + s;
    }
    Ok(-ll / g.total_weight)
}

fn from_log(p: &[f64; 4]) -> ParetoNbdParams {
    let [r, alpha, s, beta] = p.map(f64::exp);
    ParetoNbdParams { r, alpha, s, beta }
}

/// Above this z the series for the analytic gradient would need too many terms; such rows
/// (α and β more than 20-fold apart) take their gradient by central differences instead.
const ANALYTIC_MAX_Z: f64 = 0.95;

/// Step of the per-row central differences over log-parameters: balances truncation (~h²)
/// against rounding (~1e-16 / h).
const GRADIENT_STEP: f64 = 1e-5;

/// ln G and its partial derivatives, G = ₂F₁(1, b; c; z) = Σ (b)ₙ/(c)ₙ zⁿ, by the power series
/// summed together with its term-by-term derivatives. `None` if it does not converge.
fn ln_g_with_derivatives(b: f64, c: f64, z: f64) -> Option<[f64; 4]> {
    // w = (b)ₙ/(c)ₙ zⁿ⁻¹, so the term is w·z and its z-derivative n·w.
    let (mut sum, mut db, mut dc, mut dz) = (1.0, 0.0, 0.0, 0.0);
    let (mut w, mut hb, mut hc) = (1.0, 0.0, 0.0);
    for n in 0..20_000 {
        let nf = n as f64;
        let ratio = (b + nf) / (c + nf);
        if n > 0 {
            w *= z;
        }
        w *= ratio;
        hb += 1.0 / (b + nf);
        hc += 1.0 / (c + nf);
        let term = w * z;
        sum += term;
        db += term * hb;
        dc -= term * hc;
        dz += (nf + 1.0) * w;
        // The z-derivative converges slowest (terms n·zⁿ⁻¹); stop when its term is negligible.
        if (nf + 1.0) * w.abs() * (1.0 + hb + hc) <= 1e-17 * (1.0 - z) * sum && ratio * z < 1.0 {
            return Some([sum.ln(), db / sum, dc / sum, dz / sum]);
        }
        if !sum.is_finite() {
            return None;
        }
    }
    None
}

impl ParetoNbdParams {
    /// [`ParetoNbdParams::ln_term`] and its derivatives with respect to (r, α, s, β); `None`
    /// when z is too close to 1 for the series (the caller then differences numerically).
    fn ln_term_d(&self, x: f64, t: f64) -> Option<(f64, [f64; 4])> {
        let (r, al, s, be) = (self.r, self.alpha, self.s, self.beta);
        let rsf = r + s + x;
        let alpha_is_max = al >= be;
        let (m, mn) = if alpha_is_max { (al, be) } else { (be, al) };
        let z = (m - mn) / (m + t);
        if z > ANALYTIC_MAX_Z {
            return None;
        }
        let bprime = if alpha_is_max { r + x } else { s + 1.0 };
        let [lg, gb, gc, gz] = ln_g_with_derivatives(bprime, rsf + 1.0, z)?;
        let (lm, ln_) = ((m + t).ln(), (mn + t).ln());
        let d = ln_ - lm;
        // ∂z/∂m = (mn+t)/(m+t)², ∂z/∂mn = −1/(m+t).
        let dz_dm = (mn + t) / ((m + t) * (m + t));
        let dz_dmn = -1.0 / (m + t);
        if alpha_is_max {
            // lt = −(r+s+x) ln(α+t) − s [ln(β+t) − ln(α+t)] + ln G(r+x, r+s+x+1, z)
            let v = -rsf * lm - s * d + lg;
            let dr = -lm + gb + gc;
            let ds = -lm - d + gc;
            let dal = (s - rsf) / (m + t) + gz * dz_dm;
            let dbe = -s / (mn + t) + gz * dz_dmn;
            Some((v, [dr, dal, ds, dbe]))
        } else {
            // lt = −(r+s+x) ln(β+t) + (1−r−x) [ln(α+t) − ln(β+t)] + ln G(s+1, r+s+x+1, z)
            let v = -rsf * lm + (1.0 - r - x) * d + lg;
            let dr = -lm - d + gc;
            let ds = -lm + gb + gc;
            let dbe = (-s - 1.0) / (m + t) + gz * dz_dm;
            let dal = (1.0 - r - x) / (mn + t) + gz * dz_dmn;
            Some((v, [dr, dal, ds, dbe]))
        }
    }

    /// [`ParetoNbdParams::ln_core`] with its gradient over (r, α, s, β), analytic where the
    /// series allows, else by central differences over the log-parameters.
    fn ln_core_d(&self, x: f64, t_x: f64, age: f64) -> Result<(f64, [f64; 4]), SpecialError> {
        if let Some(v) = self.ln_core_analytic(x, t_x, age) {
            return Ok(v);
        }
        let v = self.ln_core(x, t_x, age)?;
        let mut d = [0.0; 4];
        let base = [self.r, self.alpha, self.s, self.beta];
        for (i, di) in d.iter_mut().enumerate() {
            let shifted = |k: f64| {
                let mut q = base;
                q[i] *= k;
                ParetoNbdParams {
                    r: q[0],
                    alpha: q[1],
                    s: q[2],
                    beta: q[3],
                }
            };
            let up = shifted(GRADIENT_STEP.exp()).ln_core(x, t_x, age)?;
            let down = shifted((-GRADIENT_STEP).exp()).ln_core(x, t_x, age)?;
            *di = (up - down) / (2.0 * GRADIENT_STEP * base[i]);
        }
        Ok((v, d))
    }

    fn ln_core_analytic(&self, x: f64, t_x: f64, age: f64) -> Option<(f64, [f64; 4])> {
        let (r, al, s, be) = (self.r, self.alpha, self.s, self.beta);
        let (lat, lbt) = ((al + age).ln(), (be + age).ln());
        let l1 = -(r + x) * lat - s * lbt;
        let d1 = [-lat, -(r + x) / (al + age), -lbt, -s / (be + age)];
        let base_v = r * al.ln() + s * be.ln();
        let base_d = [al.ln(), r / al, be.ln(), s / be];
        if age <= t_x {
            return Some((base_v + l1, std::array::from_fn(|i| base_d[i] + d1[i])));
        }
        let (lx, dx) = self.ln_term_d(x, t_x)?;
        let (lt, dt) = self.ln_term_d(x, age)?;
        let dd = lt - lx;
        if dd >= 0.0 {
            return Some((base_v + l1, std::array::from_fn(|i| base_d[i] + d1[i])));
        }
        // ln A₀ = lx + ln(1 − e^dd); its gradient (∂lx − e^dd ∂lt)/(1 − e^dd).
        let one_minus = -dd.exp_m1();
        let q = dd.exp() / one_minus;
        let rsf = r + s + x;
        let l2 = (s / rsf).ln() + lx + one_minus.ln();
        let mut d2: [f64; 4] = std::array::from_fn(|i| (1.0 + q) * dx[i] - q * dt[i]);
        d2[0] -= 1.0 / rsf;
        d2[2] += 1.0 / s - 1.0 / rsf;
        let m = l1.max(l2);
        let (e1, e2) = ((l1 - m).exp(), (l2 - m).exp());
        let lse = m + (e1 + e2).ln();
        let (w1, w2) = (e1 / (e1 + e2), e2 / (e1 + e2));
        Some((
            base_v + lse,
            std::array::from_fn(|i| base_d[i] + w1 * d1[i] + w2 * d2[i]),
        ))
    }
}

/// −LL / total weight and its gradient over (ln r, ln α, ln s, ln β).
fn neg_mean_ll_grad(
    p: &ParetoNbdParams,
    g: &Grouped,
    grad: &mut [f64; 4],
) -> Result<f64, SpecialError> {
    let (lg_r, psi_r) = (ln_gamma_pos(p.r), digamma_pos(p.r));
    let mut ll = 0.0;
    let mut d = [0.0; 4];
    for &(x, start, end) in &g.groups {
        let mut w_sum = 0.0;
        for i in start..end {
            let w = g.weight[i];
            let (v, dv) = p.ln_core_d(x, g.recency[i], g.age[i])?;
            ll += w * v;
            for k in 0..4 {
                d[k] += w * dv[k];
            }
            w_sum += w;
        }
        ll += w_sum * (ln_gamma_pos(p.r + x) - lg_r);
        d[0] += w_sum * (digamma_pos(p.r + x) - psi_r);
    }
    let scale = -1.0 / g.total_weight;
    let theta = [p.r, p.alpha, p.s, p.beta];
    *grad = std::array::from_fn(|k| d[k] * theta[k] * scale);
    Ok(ll * scale)
}

/// Fits Pareto/NBD by maximum likelihood to weighted (x, t_x, T) rows. α and β come out in the
/// rows' time unit. The gradient is analytic (the ₂F₁ series is differentiated term by term)
/// except for rows where α and β are more than 20-fold apart, which use central differences.
///
/// # Errors
/// [`ModelError::EmptyData`], [`ModelError::InvalidRow`], [`ModelError::NotIdentifiable`],
/// [`ModelError::NotConverged`] unless [`FitOptions::allow_unconverged`].
pub fn fit(rows: &[WeightedRow], options: &FitOptions) -> Result<Fit<ParetoNbdParams>, ModelError> {
    start_fit(rows, options).finish()
}

/// [`fit`] as a [`Fitting`] to advance a chunk at a time; its result is the same, bit for bit.
pub fn start_fit<'a>(
    rows: &'a [WeightedRow],
    options: &FitOptions,
) -> Fitting<'a, ParetoNbdParams> {
    let options = *options;
    Fitting::new(move |meter| async move {
        let g = fitting::group_rows(rows)?;
        let alpha0 = (g.mean_age * g.total_weight / g.total_x).max(1e-6);
        let x0 = [0.0, alpha0.ln(), 0.0, g.mean_age.max(1e-6).ln()];
        let f = |p: &[f64; 4], grad: &mut [f64; 4]| -> f64 {
            if p.iter().any(|v| v.abs() > fitting::MAX_LOG_PARAM) {
                return f64::INFINITY;
            }
            neg_mean_ll_grad(&from_log(p), &g, grad).unwrap_or(f64::INFINITY)
        };
        let mut obj = Objective::new(f, meter);
        fitting::fit(&mut obj, x0, g.total_weight, &options, |p| {
            ParetoNbdParams {
                r: p[0],
                alpha: p[1],
                s: p[2],
                beta: p[3],
            }
        })
        .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::SUMS;

    /// ∫_{t_x}^{T} (α+τ)^−(r+x) (β+τ)^−(s+1) dτ by composite Simpson: the quantity A₀/(r+s+x)
    /// is, independent of any ₂F₁.
    fn a0_by_quadrature(p: &ParetoNbdParams, x: f64, tx: f64, tt: f64) -> f64 {
        let n = 20_000;
        let h = (tt - tx) / n as f64;
        let f = |t: f64| (p.alpha + t).powf(-(p.r + x)) * (p.beta + t).powf(-(p.s + 1.0));
        let mut s = f(tx) + f(tt);
        for i in 1..n {
            let w = if i % 2 == 1 { 4.0 } else { 2.0 };
            s += w * f(tx + i as f64 * h);
        }
        s * h / 3.0 * (p.r + p.s + x)
    }

    #[test]
    fn a0_matches_quadrature_both_branches() {
        for (al, be) in [(10.578, 11.669), (11.669, 10.578), (2.0, 40.0), (40.0, 2.0)] {
            let p = ParetoNbdParams::new(0.553, al, 0.606, be).unwrap();
            for (x, tx, tt) in [(0.0, 0.0, 38.0), (3.0, 10.0, 30.0), (12.0, 35.0, 36.0)] {
                let got = p.ln_a0(x, tx, tt).unwrap().unwrap().exp();
                let want = a0_by_quadrature(&p, x, tx, tt);
                assert!(
                    ((got - want) / want).abs() < SUMS,
                    "{al} {be} {x}: {got} vs {want}"
                );
            }
        }
    }

    #[test]
    fn gradient_matches_finite_differences_in_both_branches() {
        let rows = vec![
            WeightedRow {
                frequency: 0,
                recency: 0.0,
                age: 30.0,
                weight: 5.0,
            },
            WeightedRow {
                frequency: 1,
                recency: 10.0,
                age: 35.0,
                weight: 2.0,
            },
            WeightedRow {
                frequency: 4,
                recency: 20.0,
                age: 25.0,
                weight: 1.0,
            },
            WeightedRow {
                frequency: 2,
                recency: 25.0,
                age: 25.0,
                weight: 1.0,
            },
        ];
        let g = fitting::group_rows(&rows).unwrap();
        // Equal, α > β, α < β, and far apart (the numerical fallback).
        for (al, be) in [(10.0, 10.0), (10.578, 7.0), (4.0, 11.669), (1.0, 300.0)] {
            let p = ParetoNbdParams::new(0.553, al, 0.606, be).unwrap();
            let mut grad = [0.0; 4];
            neg_mean_ll_grad(&p, &g, &mut grad).unwrap();
            let lp = [p.r.ln(), p.alpha.ln(), p.s.ln(), p.beta.ln()];
            for i in 0..4 {
                let h = 1e-6;
                let (mut up, mut dn) = (lp, lp);
                up[i] += h;
                dn[i] -= h;
                let num = (neg_mean_ll(&from_log(&up), &g).unwrap()
                    - neg_mean_ll(&from_log(&dn), &g).unwrap())
                    / (2.0 * h);
                assert!(
                    (num - grad[i]).abs() < 1e-7,
                    "{al} {be} {i}: {num} vs {}",
                    grad[i]
                );
            }
        }
    }

    #[test]
    fn expectations_continuous_at_s_equal_one() {
        let mut p = ParetoNbdParams::new(0.553, 10.578, 1.0, 11.669).unwrap();
        let at_one = p
            .conditional_expected_purchases(39.0, 2, 30.0, 38.0)
            .unwrap();
        p.s = 1.0 + 1e-9;
        let near = p
            .conditional_expected_purchases(39.0, 2, 30.0, 38.0)
            .unwrap();
        assert!((at_one - near).abs() < 1e-7);
        assert!(p.expected_purchases(39.0).unwrap() > 0.0);
    }

    #[test]
    fn p_alive_is_one_when_last_purchase_is_now() {
        let p = ParetoNbdParams::new(0.553, 10.578, 0.606, 11.669).unwrap();
        assert_eq!(p.p_alive(4, 30.0, 30.0).unwrap(), 1.0);
        let pa = p.p_alive(0, 0.0, 30.0).unwrap();
        assert!(pa > 0.0 && pa < 1.0);
    }
}
