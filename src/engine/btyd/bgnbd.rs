//! BG/NBD purchase model (Fader, Hardie & Lee 2005, "Counting your customers the easy way").
//!
//! While alive a customer buys at Poisson rate λ ~ Gamma(r, α) per time unit; after each
//! purchase the customer drops out with probability p ~ Beta(a, b). α has the time unit of the
//! data (the [`super::rfm::TimeUnit`] the summary was built with); r, a and b are
//! dimensionless. All times (t, t_x, T) are in that same unit.
//!
//! ```
//! use value_pyramid::engine::btyd::bgnbd::BgNbdParams;
//! # fn main() -> Result<(), value_pyramid::engine::btyd::fitting::ModelError> {
//! // Published CDNOW estimates (weeks).
//! let p = BgNbdParams::new(0.243, 4.414, 0.793, 2.426)?;
//! let e = p.conditional_expected_purchases(39.0, 2, 30.43, 38.86)?;
//! assert!((e - 1.226).abs() < 0.002);
//! # Ok(())
//! # }
//! ```

use super::fitting::{
    self, finite, Fit, FitOptions, Fitting, Grouped, ModelError, Objective, Quantity, Rule,
};
use super::rfm::WeightedRow;
use super::special::{digamma_pos, hyp2f1, hyp2f1_excess_over_b, ln_gamma_pos};
use serde::{Deserialize, Serialize};
use std::collections::hash_map::{Entry, HashMap};

/// BG/NBD parameters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BgNbdParams {
    /// Shape of the Gamma purchase-rate distribution (dimensionless).
    pub r: f64,
    /// Scale of the Gamma purchase-rate distribution, in time units (mean rate = r/α
    /// purchases per time unit).
    pub alpha: f64,
    /// Beta dropout parameter a (dimensionless).
    pub a: f64,
    /// Beta dropout parameter b (dimensionless); mean dropout probability per purchase is
    /// a/(a+b).
    pub b: f64,
}

fn check_time(name: &'static str, v: f64) -> Result<(), ModelError> {
    if v.is_finite() && v >= 0.0 {
        Ok(())
    } else {
        Err(ModelError::InvalidArgument {
            name,
            reason: Rule::TimeNotUsable,
        })
    }
}

pub(super) fn check_customer(x: u32, t_x: f64, age: f64) -> Result<(), ModelError> {
    check_time("recency", t_x)?;
    check_time("age", age)?;
    if t_x > age {
        return Err(ModelError::InvalidArgument {
            name: "recency",
            reason: Rule::RecencyAboveAge,
        });
    }
    if x == 0 && t_x != 0.0 {
        return Err(ModelError::InvalidArgument {
            name: "recency",
            reason: Rule::RecencyWithoutRepeats,
        });
    }
    Ok(())
}

/// [1 − (1−z)^ε ₂F₁(p, ε; c; z)] / ε, the bracket of both BG/NBD expectations after Euler's
/// transformation; stays accurate as ε = a − 1 → 0, where the plain form is 0/0.
fn expectation_bracket(eps: f64, p: f64, c: f64, z: f64) -> Result<f64, ModelError> {
    let l = (-z).ln_1p();
    if eps.abs() > 1e-3 {
        let f = hyp2f1(p, eps, c, z)?;
        return finite(
            (1.0 - (eps * l).exp() * f) / eps,
            Quantity::ExpectedPurchases,
        );
    }
    let s = hyp2f1_excess_over_b(p, eps, c, z)?;
    let first = if eps == 0.0 {
        -l
    } else {
        -(eps * l).exp_m1() / eps
    };
    finite(first - (eps * l).exp() * s, Quantity::ExpectedPurchases)
}

impl BgNbdParams {
    /// Checked constructor: every parameter must be finite and > 0.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] naming the first bad parameter.
    pub fn new(r: f64, alpha: f64, a: f64, b: f64) -> Result<Self, ModelError> {
        for (name, v) in [("r", r), ("alpha", alpha), ("a", a), ("b", b)] {
            if !(v.is_finite() && v > 0.0) {
                return Err(ModelError::InvalidArgument {
                    name,
                    reason: Rule::ParameterNotPositive,
                });
            }
        }
        Ok(BgNbdParams { r, alpha, a, b })
    }

    /// Probability (0–1) that a customer with x repeat purchases, recency t_x and age T (time
    /// units) is still alive at T.
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for negative times or t_x > T.
    pub fn p_alive(&self, x: u32, t_x: f64, age: f64) -> Result<f64, ModelError> {
        check_customer(x, t_x, age)?;
        if x == 0 {
            return Ok(1.0);
        }
        let xf = f64::from(x);
        let ln_odds = self.a.ln() - (self.b + xf - 1.0).ln()
            + (self.r + xf) * ((self.alpha + age).ln() - (self.alpha + t_x).ln());
        // exp overflow gives 1/∞ = 0, the right limit, not a NaN.
        finite(1.0 / (1.0 + ln_odds.exp()), Quantity::ProbabilityAlive)
    }

    /// Unconditional expected purchases E[X(t)] of a new customer in the first t time units
    /// after the first purchase (repeat purchases only).
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for a negative t; [`ModelError::Special`] when the
    /// hypergeometric function cannot be evaluated (a + b ≤ 1 at an integer).
    pub fn expected_purchases(&self, t: f64) -> Result<f64, ModelError> {
        check_time("t", t)?;
        if t == 0.0 {
            return Ok(0.0);
        }
        let c = self.a + self.b - 1.0;
        let z = t / (self.alpha + t);
        let v = c * expectation_bracket(self.a - 1.0, c - self.r, c, z)?;
        finite(v.max(0.0), Quantity::ExpectedPurchases)
    }

    /// Conditional expected purchases E[X(t) | x, t_x, T] in the next t time units for a
    /// customer with x repeat purchases, recency t_x and age T (FHL 2005, eq. 10).
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for bad times; [`ModelError::Special`] if the
    /// hypergeometric function cannot be evaluated.
    pub fn conditional_expected_purchases(
        &self,
        t: f64,
        x: u32,
        t_x: f64,
        age: f64,
    ) -> Result<f64, ModelError> {
        check_customer(x, t_x, age)?;
        check_time("t", t)?;
        if t == 0.0 {
            return Ok(0.0);
        }
        let xf = f64::from(x);
        let c = self.a + self.b + xf - 1.0;
        let z = t / (self.alpha + age + t);
        let bracket = c * expectation_bracket(self.a - 1.0, self.a + self.b - 1.0 - self.r, c, z)?;
        let v = bracket * self.p_alive(x, t_x, age)?;
        finite(v.max(0.0), Quantity::ExpectedPurchases)
    }

    /// P(X(t) = n): probability that a new customer makes exactly n repeat purchases in the
    /// first t time units (FHL 2005, eq. 8).
    ///
    /// # Errors
    /// [`ModelError::InvalidArgument`] for a negative t.
    pub fn prob_purchases(&self, n: u32, t: f64) -> Result<f64, ModelError> {
        check_time("t", t)?;
        let (r, al, a, b) = (self.r, self.alpha, self.a, self.b);
        let nf = f64::from(n);
        if t == 0.0 {
            return Ok(if n == 0 { 1.0 } else { 0.0 });
        }
        let ln_p0 = r * (al / (al + t)).ln();
        let ln_q = (t / (al + t)).ln();
        let ln_beta_ab = ln_gamma_pos(a) + ln_gamma_pos(b) - ln_gamma_pos(a + b);
        let ln_nbd = |j: f64| {
            ln_gamma_pos(r + j) - ln_gamma_pos(r) - ln_gamma_pos(j + 1.0) + ln_p0 + j * ln_q
        };
        let term1 =
            (ln_gamma_pos(a) + ln_gamma_pos(b + nf) - ln_gamma_pos(a + b + nf) - ln_beta_ab
                + ln_nbd(nf))
            .exp();
        let mut v = term1;
        if n > 0 {
            // P(N ≥ n) for the NBD count, summed from below.
            let cdf: f64 = (0..n).map(|j| ln_nbd(f64::from(j)).exp()).sum();
            let tail = (1.0 - cdf).max(0.0);
            let w = (ln_gamma_pos(a + 1.0) + ln_gamma_pos(b + nf - 1.0)
                - ln_gamma_pos(a + b + nf)
                - ln_beta_ab)
                .exp();
            v += w * tail;
        }
        finite(v.clamp(0.0, 1.0), Quantity::PurchaseProbability)
    }

    /// Expected number of customers with 0, 1, …, `max_x − 1` repeat purchases over their own
    /// calibration age T, and in the last element those with `max_x` or more: the model side
    /// of the "repeat purchases, actual versus model" chart. Sums to the total weight.
    ///
    /// # Errors
    /// As [`BgNbdParams::prob_purchases`].
    pub fn expected_frequency_histogram(
        &self,
        rows: &[WeightedRow],
        max_x: u32,
    ) -> Result<Vec<f64>, ModelError> {
        let mut out = vec![0.0; max_x as usize + 1];
        let mut total = 0.0;
        // The probabilities depend on the age alone, which rows share by the thousand (a log's
        // ages are whole days): each age's are worked out once, and each row still adds its
        // own in the same order, so the sums are those of a row-by-row pass bit for bit.
        let mut by_age: HashMap<u64, Vec<f64>> = HashMap::new();
        for row in rows {
            total += row.weight;
            let probabilities = match by_age.entry(row.age.to_bits()) {
                Entry::Occupied(known) => known.into_mut(),
                Entry::Vacant(new) => new.insert(
                    (0..max_x)
                        .map(|n| self.prob_purchases(n, row.age))
                        .collect::<Result<_, _>>()?,
                ),
            };
            for (sum, p) in out.iter_mut().zip(probabilities.iter()) {
                *sum += row.weight * p;
            }
        }
        let below: f64 = out[..max_x as usize].iter().sum();
        out[max_x as usize] = (total - below).max(0.0);
        Ok(out)
    }

    /// Expected cumulative repeat purchases of a cohort at each of `times` (time units since a
    /// common origin). `starts` lists (time of first purchase since the origin, number of
    /// customers); a customer contributes E[X(time − start)] once time > start. The model side
    /// of the calibration-versus-holdout tracking chart
    /// (see [`super::rfm::RfmSummary::first_purchase_offsets`]).
    ///
    /// # Errors
    /// As [`BgNbdParams::expected_purchases`].
    pub fn cumulative_expected_repeats(
        &self,
        starts: &[(f64, f64)],
        times: &[f64],
    ) -> Result<Vec<f64>, ModelError> {
        // Times and starts on a grid of days meet at the same spans again and again (78 weeks
        // after 84 first-purchase days are some 600 spans, not 6,500): each span's expectation
        // is worked out once, and the sums add the same values in the same order as before.
        let mut by_span: HashMap<u64, f64> = HashMap::new();
        times
            .iter()
            .map(|&tau| {
                let mut s = 0.0;
                for &(start, weight) in starts {
                    if tau > start {
                        let span = tau - start;
                        let expected = match by_span.entry(span.to_bits()) {
                            Entry::Occupied(known) => *known.get(),
                            Entry::Vacant(new) => *new.insert(self.expected_purchases(span)?),
                        };
                        s += weight * expected;
                    }
                }
                finite(s, Quantity::CumulativeExpectedPurchases)
            })
            .collect()
    }
}

/// Total log-likelihood of weighted (x, t_x, T) rows (natural log).
///
/// # Errors
/// [`ModelError::InvalidRow`] / [`ModelError::EmptyData`] for unusable rows,
/// [`ModelError::NonFinite`] if the likelihood overflows.
pub fn log_likelihood(params: &BgNbdParams, rows: &[WeightedRow]) -> Result<f64, ModelError> {
    let g = fitting::group_rows_unchecked_identifiability(rows)?;
    let x = [
        params.r.ln(),
        params.alpha.ln(),
        params.a.ln(),
        params.b.ln(),
    ];
    let mut grad = [0.0; 4];
    let v = neg_mean_ll(&x, &g, &mut grad);
    finite(-v * g.total_weight, Quantity::LogLikelihood)
}

/// −LL / total weight and its gradient with respect to (ln r, ln α, ln a, ln b).
fn neg_mean_ll(p: &[f64; 4], g: &Grouped, grad: &mut [f64; 4]) -> f64 {
    let [r, al, a, b] = p.map(f64::exp);
    let ln_al = al.ln();
    let (mut ll, mut dr, mut dal, mut da, mut db) = (0.0, 0.0, 0.0, 0.0, 0.0);
    let (psi_r, psi_ab, lg_r, lg_b, lg_ab, psi_b) = (
        digamma_pos(r),
        digamma_pos(a + b),
        ln_gamma_pos(r),
        ln_gamma_pos(b),
        ln_gamma_pos(a + b),
        digamma_pos(b),
    );
    let ln_a = a.ln();
    for &(x, start, end) in &g.groups {
        let rows = start..end;
        if x == 0.0 {
            // L = (α/(α+T))^r: no Beta or Gamma-function terms.
            for i in rows {
                let w = g.weight[i];
                let lt = (al + g.age[i]).ln();
                ll += w * r * (ln_al - lt);
                dr += w * (ln_al - lt);
                dal += w * (r / al - r / (al + g.age[i]));
            }
            continue;
        }
        let c1 = ln_gamma_pos(r + x) - lg_r + r * ln_al;
        let d1 = digamma_pos(r + x) - psi_r + ln_al;
        let psi_abx = digamma_pos(a + b + x);
        let a2 = lg_ab + ln_gamma_pos(b + x) - lg_b - ln_gamma_pos(a + b + x);
        let da2 = psi_ab - psi_abx;
        let db2 = psi_ab + digamma_pos(b + x) - psi_b - psi_abx;
        let bx1 = b + x - 1.0;
        let ln_bx1 = bx1.ln();
        let rx = r + x;
        let (mut s_ll, mut s_w, mut s_r, mut s_al, mut s_w4) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for i in rows {
            let w = g.weight[i];
            let (ta, ra) = (al + g.age[i], al + g.recency[i]);
            let (lt, lr) = (ta.ln(), ra.ln());
            let a3 = -rx * lt;
            let a4 = ln_a - ln_bx1 - rx * lr;
            // log-sum-exp of the "alive at T" and "dropped out after the last purchase" terms.
            let (m, d) = if a3 > a4 {
                (a3, a4 - a3)
            } else {
                (a4, a3 - a4)
            };
            let e = d.exp();
            let lse = m + e.ln_1p();
            let w4 = (a4 - lse).exp();
            let w3 = 1.0 - w4;
            s_ll += w * lse;
            s_w += w;
            s_r += w * (w3 * lt + w4 * lr);
            s_al += w * rx * (w3 / ta + w4 / ra);
            s_w4 += w * w4;
        }
        ll += s_w * (c1 + a2) + s_ll;
        dr += s_w * d1 - s_r;
        dal += s_w * r / al - s_al;
        da += s_w * da2 + s_w4 / a;
        db += s_w * db2 - s_w4 / bx1;
    }
    let scale = -1.0 / g.total_weight;
    *grad = [dr * r, dal * al, da * a, db * b].map(|v| v * scale);
    ll * scale
}

/// Fits BG/NBD by maximum likelihood to weighted (x, t_x, T) rows (use
/// [`super::rfm::RfmSummary::weighted_rows`]). α comes out in the rows' time unit.
///
/// # Errors
/// [`ModelError::EmptyData`], [`ModelError::InvalidRow`], [`ModelError::NotIdentifiable`]
/// (nobody bought twice), [`ModelError::NotConverged`] unless
/// [`FitOptions::allow_unconverged`].
pub fn fit(rows: &[WeightedRow], options: &FitOptions) -> Result<Fit<BgNbdParams>, ModelError> {
    start_fit(rows, options).finish()
}

/// [`fit`] as a [`Fitting`] to advance a chunk at a time; its result is the same, bit for bit.
pub fn start_fit<'a>(rows: &'a [WeightedRow], options: &FitOptions) -> Fitting<'a, BgNbdParams> {
    let options = *options;
    Fitting::new(move |meter| async move {
        let g = fitting::group_rows(rows)?;
        // Start with the observed purchase rate (r = 1 so α = 1/rate) and a mild dropout.
        let alpha0 = (g.mean_age * g.total_weight / g.total_x).max(1e-6);
        let x0 = [0.0, alpha0.ln(), 0.0, 0.0];
        let f = |p: &[f64; 4], grad: &mut [f64; 4]| {
            if p.iter().any(|v| v.abs() > fitting::MAX_LOG_PARAM) {
                return f64::INFINITY;
            }
            neg_mean_ll(p, &g, grad)
        };
        let mut obj = Objective::new(f, meter);
        fitting::fit(&mut obj, x0, g.total_weight, &options, |p| BgNbdParams {
            r: p[0],
            alpha: p[1],
            a: p[2],
            b: p[3],
        })
        .await
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::SUMS;

    fn published() -> BgNbdParams {
        BgNbdParams::new(0.242_594, 4.413_65, 0.792_932, 2.425_867).unwrap()
    }

    #[test]
    fn gradient_matches_finite_differences() {
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
        ];
        let g = fitting::group_rows(&rows).unwrap();
        let p = [0.3f64.ln(), 4.0f64.ln(), 0.8f64.ln(), 2.5f64.ln()];
        let mut grad = [0.0; 4];
        neg_mean_ll(&p, &g, &mut grad);
        for i in 0..4 {
            let h = 1e-6;
            let mut pp = p;
            pp[i] += h;
            let mut pm = p;
            pm[i] -= h;
            let mut dummy = [0.0; 4];
            let num =
                (neg_mean_ll(&pp, &g, &mut dummy) - neg_mean_ll(&pm, &g, &mut dummy)) / (2.0 * h);
            assert!((num - grad[i]).abs() < 1e-7, "{i}: {num} vs {}", grad[i]);
        }
    }

    #[test]
    fn expectations_are_continuous_at_a_equal_one() {
        let mut p = published();
        let mut vals = Vec::new();
        for a in [1.0 - 2e-3, 1.0 - 1e-7, 1.0, 1.0 + 1e-7, 1.0 + 2e-3] {
            p.a = a;
            vals.push(p.expected_purchases(20.0).unwrap());
            vals.push(
                p.conditional_expected_purchases(20.0, 3, 15.0, 30.0)
                    .unwrap(),
            );
        }
        for w in vals.windows(4).step_by(2) {
            assert!((w[0] - w[2]).abs() < 1e-3 * w[0], "{w:?}");
        }
    }

    #[test]
    fn probabilities_sum_to_one_and_match_mean() {
        let p = published();
        let t = 39.0;
        let probs: Vec<f64> = (0..400).map(|n| p.prob_purchases(n, t).unwrap()).collect();
        let total: f64 = probs.iter().sum();
        assert!((total - 1.0).abs() < SUMS, "{total}");
        let mean: f64 = probs.iter().enumerate().map(|(n, q)| n as f64 * q).sum();
        let e = p.expected_purchases(t).unwrap();
        assert!((mean - e).abs() < 1e-6, "{mean} vs {e}");
    }

    #[test]
    fn p_alive_is_one_without_repeats_and_decreases_with_gap() {
        let p = published();
        assert_eq!(p.p_alive(0, 0.0, 30.0).unwrap(), 1.0);
        let recent = p.p_alive(3, 29.0, 30.0).unwrap();
        let old = p.p_alive(3, 5.0, 30.0).unwrap();
        assert!(recent > old && old > 0.0 && recent < 1.0);
        assert!(p.p_alive(1, 40.0, 30.0).is_err());
    }

    proptest::proptest! {
        /// The histogram and the tracking expectations work out each age and each span once;
        /// their sums are those of a pass over every row and every (time, start) pair, bit for
        /// bit, with ages and starts on a grid of days as a log's are.
        #[test]
        fn shared_work_sums_as_row_by_row(
            rows in proptest::collection::vec((0u32..6, 0u32..70, 1u32..5), 1..60),
            starts in proptest::collection::vec((0u32..90, 1u32..4), 1..30),
        ) {
            let p = published();
            let week = |days: u32| f64::from(days) / 7.0;
            let rows: Vec<WeightedRow> = rows
                .into_iter()
                .map(|(x, days, w)| WeightedRow {
                    frequency: x,
                    recency: 0.0,
                    age: week(days + 1),
                    weight: f64::from(w),
                })
                .collect();
            let mut expected = [0.0; 5];
            let mut total = 0.0;
            for row in &rows {
                total += row.weight;
                for n in 0..4 {
                    expected[n as usize] += row.weight * p.prob_purchases(n, row.age).unwrap();
                }
            }
            expected[4] = (total - expected[..4].iter().sum::<f64>()).max(0.0);
            let got = p.expected_frequency_histogram(&rows, 4).unwrap();
            proptest::prop_assert_eq!(
                got.iter().map(|v| v.to_bits()).collect::<Vec<_>>(),
                expected.iter().map(|v| v.to_bits()).collect::<Vec<_>>()
            );

            let starts: Vec<(f64, f64)> =
                starts.into_iter().map(|(d, w)| (week(d), f64::from(w))).collect();
            let times: Vec<f64> = (1..=16).map(f64::from).collect();
            let naive: Vec<u64> = times
                .iter()
                .map(|&tau| {
                    let mut s = 0.0;
                    for &(start, weight) in &starts {
                        if tau > start {
                            s += weight * p.expected_purchases(tau - start).unwrap();
                        }
                    }
                    s.to_bits()
                })
                .collect();
            let got = p.cumulative_expected_repeats(&starts, &times).unwrap();
            proptest::prop_assert_eq!(got.iter().map(|v| v.to_bits()).collect::<Vec<_>>(), naive);
        }
    }
}
