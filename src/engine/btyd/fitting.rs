//! Maximum-likelihood machinery shared by the models: the error type, the [`Fit`] result,
//! fitting options, a BFGS minimiser with a strong-Wolfe line search, a Nelder–Mead fallback
//! and standard errors from a numerical Hessian.
//!
//! Models optimise over the logarithms of their parameters, so every parameter stays
//! positive without constraints and the optimiser sees similar scales whatever the time unit.

// Index loops mirror the matrix formulas (H[i][j], L[i][k]) they implement.
#![allow(clippy::needless_range_loop)]

use super::gammagamma::{spend_use, SpendUse};
use super::rfm::{SpendRow, WeightedRow};
use super::special::SpecialError;
use crate::engine::pause::Pause;
use serde::{Deserialize, Serialize};
use std::cell::Cell;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Why a model could not be fitted or evaluated.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub enum ModelError {
    /// No rows (or only rows of zero weight) to fit.
    EmptyData,
    /// A row holds a value the model cannot use.
    InvalidRow {
        /// 0-based index of the row in the slice given.
        index: usize,
        /// The rule the row breaks.
        reason: Rule,
    },
    /// The data cannot identify the model, e.g. nobody made a repeat purchase.
    NotIdentifiable {
        /// What in the data stops the fit.
        reason: Rule,
    },
    /// The optimiser stopped before the likelihood reached its maximum.
    NotConverged {
        /// Iterations used.
        iterations: usize,
        /// Log-likelihood reached.
        log_likelihood: f64,
        /// Largest gradient component (per customer, in log-parameter space) left.
        gradient: f64,
    },
    /// Gamma-Gamma q ≤ 1: the spend distribution has no finite mean.
    NoFiniteMeanSpend {
        /// The fitted (or given) q.
        q: f64,
    },
    /// A model argument is outside its domain.
    InvalidArgument {
        /// Argument name.
        name: &'static str,
        /// The rule it breaks.
        reason: Rule,
    },
    /// A special function failed for these parameters.
    Special(SpecialError),
    /// The computation produced a number that is not finite.
    NonFinite {
        /// What was being computed.
        what: Quantity,
    },
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::EmptyData => write!(f, "There are no customers to fit the model to."),
            ModelError::InvalidRow { index, reason } => {
                write!(f, "Customer row {} cannot be used: {reason}.", index + 1)
            }
            ModelError::NotIdentifiable { reason } => {
                write!(f, "The model cannot be fitted to these data: {reason}.")
            }
            ModelError::NotConverged {
                iterations,
                log_likelihood,
                ..
            } => write!(
                f,
                "The model fit did not settle after {iterations} iterations (log-likelihood \
                 {log_likelihood:.1}); its parameters are not reliable. Try another time unit \
                 or more data."
            ),
            ModelError::NoFiniteMeanSpend { q } => write!(
                f,
                "The spend model found q = {q:.3}, which is at most 1: the average spend per \
                 purchase is then unbounded, so no expected spend or lifetime value can be given."
            ),
            ModelError::InvalidArgument { name, reason } => {
                write!(f, "The value given for {name} is not valid: {reason}.")
            }
            ModelError::Special(e) => write!(f, "{e}"),
            ModelError::NonFinite { what } => write!(
                f,
                "The {what} could not be computed for these values (the numbers overflow)."
            ),
        }
    }
}

impl std::error::Error for ModelError {}

/// A rule that data or an argument breaks. Typed rather than text so that the page can say
/// it in the user's language; `Display` gives the English wording.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// A value is NaN or infinite.
    NotFinite,
    /// A row's weight is below zero.
    NegativeWeight,
    /// Recency or age is below zero.
    NegativeTimes,
    /// Recency is larger than age.
    RecencyAboveAge,
    /// Recency is not 0 for a customer without repeat purchases.
    RecencyWithoutRepeats,
    /// Recency is 0 for a customer with repeat purchases.
    RepeatsWithoutRecency,
    /// The spend model was given a customer without repeat purchases.
    SpendNeedsRepeat,
    /// Every repeat buyer's mean spend is zero or below: nothing left to fit spend on.
    MeanSpendNotPositive,
    /// A customer with repeat purchases has no mean repeat spend.
    MeanSpendMissing,
    /// Nobody made a repeat purchase.
    NoRepeatPurchases,
    /// Every customer's first purchase fell on the last day of the calibration period.
    AllFirstPurchasesOnLastDay,
    /// A time is negative or not a number.
    TimeNotUsable,
    /// A model parameter is zero, negative or not a number.
    ParameterNotPositive,
    /// The horizon lies outside 1–1200 months.
    HorizonOutOfRange,
    /// The discount rate is negative or not a number.
    NegativeDiscount,
    /// A spend is negative or not a number.
    NegativeSpend,
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rule::NotFinite => "a value is not a finite number",
            Rule::NegativeWeight => "the weight is negative",
            Rule::NegativeTimes => "recency and age must not be negative",
            Rule::RecencyAboveAge => "recency is larger than age",
            Rule::RecencyWithoutRepeats => {
                "recency must be 0 for a customer without repeat purchases"
            }
            Rule::RepeatsWithoutRecency => {
                "a customer with repeat purchases must have recency above 0"
            }
            Rule::SpendNeedsRepeat => "the spend model needs at least one repeat purchase",
            Rule::MeanSpendNotPositive => "every repeat buyer's mean spend is 0 or less",
            Rule::MeanSpendMissing => "a customer with repeat purchases needs a mean repeat spend",
            Rule::NoRepeatPurchases => "no customer made a repeat purchase",
            Rule::AllFirstPurchasesOnLastDay => {
                "every customer made the first purchase on the last day of the calibration period"
            }
            Rule::TimeNotUsable => "times must be finite and not negative",
            Rule::ParameterNotPositive => "model parameters must be positive numbers",
            Rule::HorizonOutOfRange => "the horizon must be between 1 and 1200 months",
            Rule::NegativeDiscount => "the discount rate must be zero or positive",
            Rule::NegativeSpend => "spend must be zero or positive",
        })
    }
}

/// A quantity a model computes, named when it overflows.
#[non_exhaustive]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    /// The log-likelihood of the data.
    LogLikelihood,
    /// Expected purchases in a period.
    ExpectedPurchases,
    /// Cumulative expected repeat purchases.
    CumulativeExpectedPurchases,
    /// Discounted expected purchases over the horizon.
    DiscountedExpectedPurchases,
    /// The probability that a customer is still active.
    ProbabilityAlive,
    /// The probability of a number of purchases.
    PurchaseProbability,
    /// The population's mean spend per purchase.
    MeanSpend,
    /// A customer's expected spend per purchase.
    ExpectedSpend,
    /// A customer's lifetime value.
    LifetimeValue,
}

impl fmt::Display for Quantity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Quantity::LogLikelihood => "log-likelihood",
            Quantity::ExpectedPurchases => "expected purchases",
            Quantity::CumulativeExpectedPurchases => "cumulative expected purchases",
            Quantity::DiscountedExpectedPurchases => "discounted expected purchases",
            Quantity::ProbabilityAlive => "probability alive",
            Quantity::PurchaseProbability => "purchase probability",
            Quantity::MeanSpend => "mean spend",
            Quantity::ExpectedSpend => "expected spend",
            Quantity::LifetimeValue => "lifetime value",
        })
    }
}

impl From<SpecialError> for ModelError {
    fn from(e: SpecialError) -> Self {
        ModelError::Special(e)
    }
}

/// Returns `v` if finite, else [`ModelError::NonFinite`] naming `what`.
pub(super) fn finite(v: f64, what: Quantity) -> Result<f64, ModelError> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(ModelError::NonFinite { what })
    }
}

/// Options for a maximum-likelihood fit.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct FitOptions {
    /// Iteration budget of the optimiser.
    pub max_iterations: usize,
    /// Stop when every gradient component of the mean log-likelihood per customer, with
    /// respect to the log-parameters, is below this (dimensionless).
    pub gradient_tolerance: f64,
    /// Return an unconverged fit (with `converged = false`) instead of
    /// [`ModelError::NotConverged`].
    pub allow_unconverged: bool,
    /// Whether to compute standard errors (a numerical Hessian: a few dozen extra
    /// likelihood evaluations).
    pub standard_errors: bool,
}

impl Default for FitOptions {
    fn default() -> Self {
        FitOptions {
            max_iterations: 500,
            gradient_tolerance: 1e-8,
            allow_unconverged: false,
            standard_errors: true,
        }
    }
}

/// Result of a maximum-likelihood fit; `P` is the model's parameter struct (units as stated
/// there).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fit<P> {
    /// Maximum-likelihood parameters.
    pub params: P,
    /// Asymptotic standard errors (same units as the parameters), from the inverse of the
    /// observed information; `None` when the Hessian is not positive definite there.
    pub std_errors: Option<P>,
    /// Log-likelihood at `params` (natural log, summed over weighted rows).
    pub log_likelihood: f64,
    /// Optimiser iterations used.
    pub iterations: usize,
    /// Likelihood evaluations used (including those for standard errors).
    pub evaluations: usize,
    /// Whether the gradient tolerance was met.
    pub converged: bool,
    /// Total weight (number of customers) fitted.
    pub customers: f64,
}

/// Validated BG/NBD and Pareto/NBD input, grouped by frequency so that everything depending
/// only on x is computed once per distinct x.
pub(super) struct Grouped {
    /// (x, start, end) into the row arrays.
    pub groups: Vec<(f64, usize, usize)>,
    pub recency: Vec<f64>,
    pub age: Vec<f64>,
    pub weight: Vec<f64>,
    pub total_weight: f64,
    pub total_x: f64,
    pub mean_age: f64,
}

/// Checks and groups rows, and also rejects data that cannot identify the model.
pub(super) fn group_rows(rows: &[WeightedRow]) -> Result<Grouped, ModelError> {
    let g = group_rows_unchecked_identifiability(rows)?;
    if g.total_x <= 0.0 {
        return Err(ModelError::NotIdentifiable {
            reason: Rule::NoRepeatPurchases,
        });
    }
    if g.mean_age <= 0.0 {
        return Err(ModelError::NotIdentifiable {
            reason: Rule::AllFirstPurchasesOnLastDay,
        });
    }
    Ok(g)
}

/// Checks and groups (x, t_x, T, weight) rows.
pub(super) fn group_rows_unchecked_identifiability(
    rows: &[WeightedRow],
) -> Result<Grouped, ModelError> {
    for (index, r) in rows.iter().enumerate() {
        let bad = |reason| Err(ModelError::InvalidRow { index, reason });
        if !(r.recency.is_finite() && r.age.is_finite() && r.weight.is_finite()) {
            return bad(Rule::NotFinite);
        }
        if r.weight < 0.0 {
            return bad(Rule::NegativeWeight);
        }
        if r.recency < 0.0 || r.age < 0.0 {
            return bad(Rule::NegativeTimes);
        }
        if r.recency > r.age {
            return bad(Rule::RecencyAboveAge);
        }
        if r.frequency == 0 && r.recency != 0.0 {
            return bad(Rule::RecencyWithoutRepeats);
        }
        if r.frequency > 0 && r.recency == 0.0 {
            return bad(Rule::RepeatsWithoutRecency);
        }
    }
    let mut idx: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].weight > 0.0).collect();
    if idx.is_empty() {
        return Err(ModelError::EmptyData);
    }
    idx.sort_by_key(|&i| rows[i].frequency);
    let mut g = Grouped {
        groups: Vec::new(),
        recency: Vec::with_capacity(idx.len()),
        age: Vec::with_capacity(idx.len()),
        weight: Vec::with_capacity(idx.len()),
        total_weight: 0.0,
        total_x: 0.0,
        mean_age: 0.0,
    };
    let mut age_sum = 0.0;
    for (k, &i) in idx.iter().enumerate() {
        let r = &rows[i];
        let x = f64::from(r.frequency);
        match g.groups.last_mut() {
            Some(last) if last.0 == x => last.2 = k + 1,
            _ => g.groups.push((x, k, k + 1)),
        }
        g.recency.push(r.recency);
        g.age.push(r.age);
        g.weight.push(r.weight);
        g.total_weight += r.weight;
        g.total_x += r.weight * x;
        age_sum += r.weight * r.age;
    }
    g.mean_age = age_sum / g.total_weight;
    Ok(g)
}

/// Checks Gamma-Gamma rows and keeps those the fit uses (weight above 0, a mean above 0 by
/// [`spend_use`]), with their total weight. Rows of a mean of 0 or less are left out, not an
/// error.
pub(super) fn check_spend_rows(rows: &[SpendRow]) -> Result<(Vec<SpendRow>, f64), ModelError> {
    let mut used = Vec::with_capacity(rows.len());
    let mut total = 0.0;
    let mut left_out = false;
    for (index, r) in rows.iter().enumerate() {
        let bad = |reason| Err(ModelError::InvalidRow { index, reason });
        if !(r.mean_spend.is_finite() && r.weight.is_finite()) {
            return bad(Rule::NotFinite);
        }
        if r.weight < 0.0 {
            return bad(Rule::NegativeWeight);
        }
        match spend_use(r.frequency, Some(r.mean_spend)) {
            Err(reason) => return bad(reason),
            Ok(SpendUse::NoRepeat) => return bad(Rule::SpendNeedsRepeat),
            Ok(SpendUse::NotPositive) => left_out |= r.weight > 0.0,
            Ok(SpendUse::Own(_)) if r.weight > 0.0 => {
                total += r.weight;
                used.push(*r);
            }
            Ok(SpendUse::Own(_)) => {}
        }
    }
    if total <= 0.0 {
        return Err(if left_out {
            ModelError::NotIdentifiable {
                reason: Rule::MeanSpendNotPositive,
            }
        } else {
            ModelError::EmptyData
        });
    }
    Ok((used, total))
}

/// A fit under way, advanced a chunk at a time so that a caller (the page) can do other work
/// between chunks, show progress, or stop by dropping it.
///
/// The optimiser runs as a future that pauses before a likelihood evaluation once the chunk's
/// evaluations are used; every evaluation (within a line search, Nelder–Mead step or the
/// Hessian for standard errors) is a possible boundary. The arithmetic does not depend on
/// where the boundaries fall, so any sequence of chunks gives the result of the one-shot
/// `fit`, bit for bit. Dropping a `Fitting` drops all its state; nothing else holds any.
pub struct Fitting<'a, P> {
    state: State<'a, P>,
    meter: Rc<Meter>,
}

type Run<'a, P> = Pin<Box<dyn Future<Output = Result<Fit<P>, ModelError>> + 'a>>;

enum State<'a, P> {
    Running(Run<'a, P>),
    Done(Result<Fit<P>, ModelError>),
}

/// Where a [`Fitting`] stands after [`Fitting::advance`].
#[derive(Debug, Clone, PartialEq)]
pub enum Progress<P> {
    /// More to do.
    Running {
        /// Likelihood evaluations made so far (a fit takes some tens to a few hundred).
        evaluations: usize,
    },
    /// Finished: the result the one-shot `fit` gives.
    Done(Result<Fit<P>, ModelError>),
}

impl<'a, P: Clone> Fitting<'a, P> {
    /// Starts a fit: `run` gets the objective's meter and returns the whole fit as a future
    /// that evaluates the likelihood only through an [`Objective`] made with that meter.
    pub(super) fn new<R>(run: impl FnOnce(Rc<Meter>) -> R) -> Self
    where
        R: Future<Output = Result<Fit<P>, ModelError>> + 'a,
    {
        let meter = Rc::new(Meter::default());
        Fitting {
            state: State::Running(Box::pin(run(Rc::clone(&meter)))),
            meter,
        }
    }

    /// Runs at most `max_evaluations` likelihood evaluations (with the work between them)
    /// and says whether the fit is done. After it is done, returns the same result again.
    pub fn advance(&mut self, max_evaluations: usize) -> Progress<P> {
        let run = match &mut self.state {
            State::Running(run) => run,
            State::Done(result) => return Progress::Done(result.clone()),
        };
        self.meter.left.set(max_evaluations);
        // Nothing wakes this future: it only ever waits for the next call to `advance`.
        let mut cx = Context::from_waker(Waker::noop());
        match run.as_mut().poll(&mut cx) {
            Poll::Ready(result) => {
                self.state = State::Done(result.clone());
                Progress::Done(result)
            }
            Poll::Pending => Progress::Running {
                evaluations: self.meter.used.get(),
            },
        }
    }

    /// Likelihood evaluations made so far.
    pub fn evaluations(&self) -> usize {
        self.meter.used.get()
    }

    /// Runs the fit to its end.
    pub fn finish(mut self) -> Result<Fit<P>, ModelError> {
        loop {
            if let Progress::Done(result) = self.advance(usize::MAX) {
                return result;
            }
        }
    }
}

/// Evaluations left in the current chunk and evaluations made, shared by a [`Fitting`] and
/// the [`Objective`] inside its future.
#[derive(Default)]
pub(super) struct Meter {
    left: Cell<usize>,
    used: Cell<usize>,
}

/// A fit's objective (negative mean log-likelihood and its gradient over log-parameters),
/// evaluated only when the current chunk has evaluations left.
pub(super) struct Objective<F> {
    f: F,
    meter: Rc<Meter>,
}

impl<F> Objective<F> {
    pub(super) fn new(f: F, meter: Rc<Meter>) -> Self {
        Objective { f, meter }
    }

    /// Evaluations made so far.
    fn used(&self) -> usize {
        self.meter.used.get()
    }

    /// `f` at `x`, its gradient into `g`, once the chunk allows one more evaluation.
    async fn eval<const N: usize>(&mut self, x: &[f64; N], g: &mut [f64; N]) -> f64
    where
        F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
    {
        // A loop, not one pause: a chunk of 0 evaluations pauses again.
        while self.meter.left.get() == 0 {
            // Hands control back to [`Fitting::advance`].
            Pause::default().await;
        }
        self.meter.left.set(self.meter.left.get() - 1);
        self.meter.used.set(self.meter.used.get() + 1);
        (self.f)(x, g)
    }

    /// As [`Self::eval`], with +∞ wherever the value or the gradient is not finite, so that
    /// BFGS's line search backs off there.
    async fn checked<const N: usize>(&mut self, x: &[f64; N], g: &mut [f64; N]) -> f64
    where
        F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
    {
        let v = self.eval(x, g).await;
        if v.is_finite() && g.iter().all(|gi| gi.is_finite()) {
            v
        } else {
            f64::INFINITY
        }
    }

    /// The value alone (+∞ where not finite), for Nelder–Mead; `scratch` takes the gradient.
    async fn value<const N: usize>(&mut self, x: &[f64; N], scratch: &mut [f64; N]) -> f64
    where
        F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
    {
        let v = self.eval(x, scratch).await;
        if v.is_finite() {
            v
        } else {
            f64::INFINITY
        }
    }
}

/// Outcome of a minimisation.
pub(super) struct Minimum<const N: usize> {
    pub x: [f64; N],
    pub f: f64,
    pub gradient: f64,
    pub iterations: usize,
    pub evaluations: usize,
    pub converged: bool,
}

fn dot<const N: usize>(a: &[f64; N], b: &[f64; N]) -> f64 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

fn max_abs<const N: usize>(a: &[f64; N]) -> f64 {
    a.iter().fold(0.0, |m, v| m.max(v.abs()))
}

/// Largest change allowed in one line-search step, per log-parameter: e⁴ ≈ 55-fold. Keeps a
/// bad early step from jumping into overflow territory.
const MAX_STEP: f64 = 4.0;

/// Minimises the objective (value and gradient) by BFGS with a strong-Wolfe line search. The
/// objective returns +∞ (or NaN) where it cannot be evaluated; the line search then backs off.
pub(super) async fn bfgs<F, const N: usize>(
    obj: &mut Objective<F>,
    x0: [f64; N],
    max_iterations: usize,
    gtol: f64,
) -> Minimum<N>
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    let start = obj.used();
    let mut x = x0;
    let mut g = [0.0; N];
    let mut fx = obj.checked(&x, &mut g).await;
    // Inverse-Hessian approximation, row-major.
    let mut h = [[0.0; N]; N];
    for (i, row) in h.iter_mut().enumerate() {
        row[i] = 1.0;
    }
    let mut iterations = 0;
    let mut converged = fx.is_finite() && max_abs(&g) < gtol;
    let mut first = true;
    while !converged && fx.is_finite() && iterations < max_iterations {
        iterations += 1;
        let mut p = [0.0; N];
        for i in 0..N {
            p[i] = -(0..N).map(|j| h[i][j] * g[j]).sum::<f64>();
        }
        let mut dphi0 = dot(&p, &g);
        if dphi0 >= 0.0 {
            // Lost descent (rounding in H): restart from steepest descent.
            for (i, row) in h.iter_mut().enumerate() {
                *row = [0.0; N];
                row[i] = 1.0;
            }
            p = g.map(|v| -v);
            dphi0 = dot(&p, &g);
            first = true;
        }
        if !first && -dphi0 <= 1e-14 * fx.abs() && max_abs(&g) < 1e-5 {
            // The quasi-Newton step promises less than rounding level: a line search could
            // only chase noise.
            converged = true;
            break;
        }
        let pmax = max_abs(&p);
        let mut alpha = if first { 1.0 / pmax.max(1.0) } else { 1.0 };
        if alpha * pmax > MAX_STEP {
            alpha = MAX_STEP / pmax;
        }
        let Some((a, fnew, xnew, gnew)) = line_search(obj, &x, fx, &p, dphi0, alpha).await else {
            // No acceptable step: converged if the gradient is at rounding level.
            converged = max_abs(&g) < gtol.max(1e-6);
            break;
        };
        let s: [f64; N] = std::array::from_fn(|i| a * p[i]);
        let y: [f64; N] = std::array::from_fn(|i| gnew[i] - g[i]);
        let sy = dot(&s, &y);
        let fprev = fx;
        x = xnew;
        fx = fnew;
        g = gnew;
        if sy > 1e-300 {
            if first {
                // Scale the initial inverse Hessian (Nocedal & Wright eq. 6.20).
                let scale = sy / dot(&y, &y);
                for (i, row) in h.iter_mut().enumerate() {
                    *row = [0.0; N];
                    row[i] = scale;
                }
                first = false;
            }
            let rho = 1.0 / sy;
            let hy: [f64; N] = std::array::from_fn(|i| (0..N).map(|j| h[i][j] * y[j]).sum());
            let yhy = dot(&y, &hy);
            for i in 0..N {
                for j in 0..N {
                    h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j])
                        + (rho * rho * yhy + rho) * s[i] * s[j];
                }
            }
        }
        converged = max_abs(&g) < gtol;
        if !converged && (fprev - fx).abs() <= 1e-16 * fx.abs() && max_abs(&g) < 1e-6 {
            // Function flat at rounding level with a tiny gradient: as good as it gets.
            converged = true;
        }
    }
    Minimum {
        x,
        f: fx,
        gradient: max_abs(&g),
        iterations,
        evaluations: obj.used() - start,
        converged,
    }
}

type Step<const N: usize> = (f64, f64, [f64; N], [f64; N]);

/// The objective along `p` from `x` at step `a`: value, directional derivative, point and
/// gradient.
async fn probe<F, const N: usize>(
    obj: &mut Objective<F>,
    x: &[f64; N],
    p: &[f64; N],
    a: f64,
) -> Probe<N>
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    let xa: [f64; N] = std::array::from_fn(|i| x[i] + a * p[i]);
    let mut ga = [0.0; N];
    let fa = obj.checked(&xa, &mut ga).await;
    (fa, dot(&ga, p), xa, ga)
}

/// Strong-Wolfe line search (Nocedal & Wright, algorithms 3.5 and 3.6) with safeguarded cubic
/// interpolation.
async fn line_search<F, const N: usize>(
    obj: &mut Objective<F>,
    x: &[f64; N],
    f0: f64,
    p: &[f64; N],
    dphi0: f64,
    alpha0: f64,
) -> Option<Step<N>>
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    const C2: f64 = 0.9;
    let (mut a_prev, mut f_prev, mut d_prev) = (0.0, f0, dphi0);
    let mut a = alpha0;
    for i in 0..30 {
        let (fa, da, xa, ga) = probe(obj, x, p, a).await;
        if !fa.is_finite() {
            // Outside the evaluable region: shrink towards the last good point.
            a = a_prev + 0.2 * (a - a_prev);
            if (a - a_prev).abs() < 1e-16 {
                return None;
            }
            continue;
        }
        if fa > f0 + C1 * a * dphi0 || (i > 0 && fa >= f_prev) {
            let line = Line { x, p, f0, dphi0 };
            return zoom(obj, line, (a_prev, f_prev, d_prev), (a, fa, da)).await;
        }
        if da.abs() <= -C2 * dphi0 {
            return Some((a, fa, xa, ga));
        }
        if da >= 0.0 {
            let line = Line { x, p, f0, dphi0 };
            return zoom(obj, line, (a, fa, da), (a_prev, f_prev, d_prev)).await;
        }
        a_prev = a;
        f_prev = fa;
        d_prev = da;
        a *= 2.0;
    }
    None
}

/// Sufficient-decrease constant of the strong-Wolfe conditions.
const C1: f64 = 1e-4;

type Probe<const N: usize> = (f64, f64, [f64; N], [f64; N]);

/// The line a search runs along: start, direction, value and slope at the start.
#[derive(Clone, Copy)]
struct Line<'l, const N: usize> {
    x: &'l [f64; N],
    p: &'l [f64; N],
    f0: f64,
    dphi0: f64,
}

async fn zoom<F, const N: usize>(
    obj: &mut Objective<F>,
    line: Line<'_, N>,
    mut lo: (f64, f64, f64),
    mut hi: (f64, f64, f64),
) -> Option<Step<N>>
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    const C2: f64 = 0.9;
    let Line { x, p, f0, dphi0 } = line;
    for _ in 0..40 {
        let (a_lo, f_lo, d_lo) = lo;
        let (a_hi, f_hi, d_hi) = hi;
        // Cubic interpolation of the two end points, kept inside the central 80 %.
        let d1 = d_lo + d_hi - 3.0 * (f_lo - f_hi) / (a_lo - a_hi);
        let disc = d1 * d1 - d_lo * d_hi;
        let mut a = if disc >= 0.0 && f_hi.is_finite() {
            let d2 = (a_hi - a_lo).signum() * disc.sqrt();
            a_hi - (a_hi - a_lo) * (d_hi + d2 - d1) / (d_hi - d_lo + 2.0 * d2)
        } else {
            f64::NAN
        };
        let (left, right) = (a_lo.min(a_hi), a_lo.max(a_hi));
        let margin = 0.1 * (right - left);
        if !a.is_finite() || a < left + margin || a > right - margin {
            a = 0.5 * (a_lo + a_hi);
        }
        if (right - left) < 1e-14 * right.max(1e-300) {
            return None;
        }
        let (fa, da, xa, ga) = probe(obj, x, p, a).await;
        if !fa.is_finite() {
            hi = (a, f64::INFINITY, 0.0);
            continue;
        }
        if fa > f0 + C1 * a * dphi0 || fa >= f_lo {
            hi = (a, fa, da);
        } else {
            if da.abs() <= -C2 * dphi0 {
                return Some((a, fa, xa, ga));
            }
            if da * (a_hi - a_lo) >= 0.0 {
                hi = lo;
            }
            lo = (a, fa, da);
        }
    }
    // Budget used: accept the best decreasing point found, if any.
    let (a, f_lo, _) = lo;
    if a > 0.0 && f_lo < f0 {
        let (fa, _, xa, ga) = probe(obj, x, p, a).await;
        return Some((a, fa, xa, ga));
    }
    None
}

/// Nelder–Mead simplex minimiser of the objective's value; used to get near the optimum when
/// BFGS fails from the starting point (the likelihood can be flat or non-evaluable far from
/// the optimum).
pub(super) async fn nelder_mead<F, const N: usize>(
    obj: &mut Objective<F>,
    x0: [f64; N],
    step: f64,
    max_iterations: usize,
) -> ([f64; N], usize)
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    let start = obj.used();
    let mut scratch = [0.0; N];
    let mut pts: Vec<([f64; N], f64)> = Vec::with_capacity(N + 1);
    pts.push((x0, obj.value(&x0, &mut scratch).await));
    for i in 0..N {
        let mut x = x0;
        x[i] += step;
        pts.push((x, obj.value(&x, &mut scratch).await));
    }
    for _ in 0..max_iterations {
        pts.sort_by(|a, b| a.1.total_cmp(&b.1));
        let (best, worst) = (pts[0].1, pts[N].1);
        if (worst - best).abs() <= 1e-12 * (best.abs() + 1e-12) && worst.is_finite() {
            break;
        }
        let mut centroid = [0.0; N];
        for (x, _) in &pts[..N] {
            for i in 0..N {
                centroid[i] += x[i] / N as f64;
            }
        }
        let towards = |t: f64, from: &[f64; N]| -> [f64; N] {
            std::array::from_fn(|i| centroid[i] + t * (from[i] - centroid[i]))
        };
        let xr = towards(-1.0, &pts[N].0);
        let fr = obj.value(&xr, &mut scratch).await;
        if fr < pts[0].1 {
            let xe = towards(-2.0, &pts[N].0);
            let fe = obj.value(&xe, &mut scratch).await;
            pts[N] = if fe < fr { (xe, fe) } else { (xr, fr) };
        } else if fr < pts[N - 1].1 {
            pts[N] = (xr, fr);
        } else {
            let t = if fr < pts[N].1 { -0.5 } else { 0.5 };
            let xc = towards(t, &pts[N].0);
            let fc = obj.value(&xc, &mut scratch).await;
            if fc < pts[N].1.min(fr) {
                pts[N] = (xc, fc);
            } else {
                let x_best = pts[0].0;
                for (x, fx) in pts.iter_mut().skip(1) {
                    *x = std::array::from_fn(|i| x_best[i] + 0.5 * (x[i] - x_best[i]));
                    *fx = obj.value(x, &mut scratch).await;
                }
            }
        }
    }
    pts.sort_by(|a, b| a.1.total_cmp(&b.1));
    (pts[0].0, obj.used() - start)
}

/// Minimises over log-parameters: BFGS from `x0`; if that fails, Nelder–Mead from `x0` and
/// BFGS again from there.
pub(super) async fn minimize<F, const N: usize>(
    obj: &mut Objective<F>,
    x0: [f64; N],
    options: &FitOptions,
) -> Minimum<N>
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    let first = bfgs(obj, x0, options.max_iterations, options.gradient_tolerance).await;
    if first.converged {
        return first;
    }
    let start = if first.f.is_finite() { first.x } else { x0 };
    let (x1, nm_evals) = nelder_mead(obj, start, 0.5, 500).await;
    let mut second = bfgs(obj, x1, options.max_iterations, options.gradient_tolerance).await;
    second.evaluations += first.evaluations + nm_evals;
    second.iterations += first.iterations;
    if !second.converged && first.f < second.f {
        return Minimum {
            evaluations: second.evaluations,
            iterations: second.iterations,
            ..first
        };
    }
    second
}

/// Log-parameters are kept within ±this (θ between 1e-13 and 1e13 of its unit); beyond, the
/// objective reports +∞ so the line search backs off before anything overflows.
pub(super) const MAX_LOG_PARAM: f64 = 30.0;

/// Minimises the objective from `x0` and turns the minimum into a [`Fit`]: the whole of a
/// model's fit after its data are checked.
pub(super) async fn fit<F, const N: usize, P>(
    obj: &mut Objective<F>,
    x0: [f64; N],
    total_weight: f64,
    options: &FitOptions,
    make: impl Fn([f64; N]) -> P,
) -> Result<Fit<P>, ModelError>
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    let m = minimize(obj, x0, options).await;
    // The minimum of the negative mean log-likelihood over log-parameters, as a fit.
    let log_likelihood = -m.f * total_weight;
    if !log_likelihood.is_finite() {
        return Err(ModelError::NonFinite {
            what: Quantity::LogLikelihood,
        });
    }
    if !m.converged && !options.allow_unconverged {
        return Err(ModelError::NotConverged {
            iterations: m.iterations,
            log_likelihood,
            gradient: m.gradient,
        });
    }
    let mut evaluations = m.evaluations;
    let std_errors = if options.standard_errors {
        let (se, used) = standard_errors(obj, &m.x, total_weight).await;
        evaluations += used;
        se.map(&make)
    } else {
        None
    };
    Ok(Fit {
        params: make(m.x.map(f64::exp)),
        std_errors,
        log_likelihood,
        iterations: m.iterations,
        evaluations,
        converged: m.converged,
        customers: total_weight,
    })
}

/// Standard errors of θ = exp(x) at a minimum of the objective (negative mean log-likelihood
/// per unit weight, over log-parameters) by central differences of the gradient. Returns the
/// standard errors in natural units and the evaluations used; `None` if the Hessian is not
/// positive definite.
async fn standard_errors<F, const N: usize>(
    obj: &mut Objective<F>,
    x: &[f64; N],
    total_weight: f64,
) -> (Option<[f64; N]>, usize)
where
    F: FnMut(&[f64; N], &mut [f64; N]) -> f64,
{
    const H: f64 = 1e-4;
    let mut hess = [[0.0; N]; N];
    let mut evaluations = 0;
    for i in 0..N {
        let mut gp = [0.0; N];
        let mut gm = [0.0; N];
        let mut xp = *x;
        xp[i] += H;
        let mut xm = *x;
        xm[i] -= H;
        let fp = obj.eval(&xp, &mut gp).await;
        let fm = obj.eval(&xm, &mut gm).await;
        evaluations += 2;
        if !(fp.is_finite() && fm.is_finite()) {
            return (None, evaluations);
        }
        for j in 0..N {
            hess[i][j] = (gp[j] - gm[j]) / (2.0 * H) * total_weight;
        }
    }
    // Symmetrise; the two finite-difference estimates differ only by rounding.
    for i in 0..N {
        for j in 0..i {
            let m = 0.5 * (hess[i][j] + hess[j][i]);
            hess[i][j] = m;
            hess[j][i] = m;
        }
    }
    let Some(inv_diag) = inverse_diagonal(&hess) else {
        return (None, evaluations);
    };
    // Delta method: se(θᵢ) = θᵢ · se(xᵢ) with θ = exp(x).
    let mut se = [0.0; N];
    for i in 0..N {
        let v = inv_diag[i];
        if !(v.is_finite() && v > 0.0) {
            return (None, evaluations);
        }
        se[i] = x[i].exp() * v.sqrt();
        if !se[i].is_finite() {
            return (None, evaluations);
        }
    }
    (Some(se), evaluations)
}

/// Diagonal of the inverse of a symmetric matrix via Cholesky; `None` if not positive definite.
fn inverse_diagonal<const N: usize>(a: &[[f64; N]; N]) -> Option<[f64; N]> {
    let mut l = [[0.0; N]; N];
    for i in 0..N {
        for j in 0..=i {
            let s: f64 = (0..j).map(|k| l[i][k] * l[j][k]).sum();
            if i == j {
                let d = a[i][i] - s;
                if !(d > 0.0 && d.is_finite()) {
                    return None;
                }
                l[i][i] = d.sqrt();
            } else {
                l[i][j] = (a[i][j] - s) / l[j][j];
            }
        }
    }
    // Column c of L⁻¹ by forward substitution; (A⁻¹)_cc = Σᵢ (L⁻¹)ᵢ_c² since A⁻¹ = L⁻ᵀL⁻¹.
    let mut out = [0.0; N];
    for c in 0..N {
        let mut col = [0.0; N];
        for i in c..N {
            let s: f64 = (c..i).map(|k| l[i][k] * col[k]).sum();
            let rhs = if i == c { 1.0 } else { 0.0 };
            col[i] = (rhs - s) / l[i][i];
        }
        out[c] = col.iter().map(|v| v * v).sum();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An objective of `f` that never pauses.
    fn unmetered<F>(f: F) -> Objective<F> {
        let meter = Rc::new(Meter::default());
        meter.left.set(usize::MAX);
        Objective::new(f, meter)
    }

    /// The output of a future that is ready when first polled.
    fn complete<T>(run: impl Future<Output = T>) -> T {
        match std::pin::pin!(run).poll(&mut Context::from_waker(Waker::noop())) {
            Poll::Ready(v) => v,
            Poll::Pending => unreachable!("an unmetered objective never pauses"),
        }
    }

    #[test]
    fn bfgs_minimises_rosenbrock() {
        let f = |x: &[f64; 2], g: &mut [f64; 2]| {
            let (a, b) = (x[0], x[1]);
            g[0] = -2.0 * (1.0 - a) - 400.0 * a * (b - a * a);
            g[1] = 200.0 * (b - a * a);
            (1.0 - a).powi(2) + 100.0 * (b - a * a).powi(2)
        };
        let m = complete(bfgs(&mut unmetered(f), [-1.2, 1.0], 500, 1e-10));
        assert!(m.converged);
        assert!((m.x[0] - 1.0).abs() < 1e-8 && (m.x[1] - 1.0).abs() < 1e-8);
    }

    #[test]
    fn nelder_mead_finds_quadratic_minimum() {
        let f = |x: &[f64; 2], _: &mut [f64; 2]| (x[0] - 3.0).powi(2) + 2.0 * (x[1] + 1.0).powi(2);
        let (x, _) = complete(nelder_mead(&mut unmetered(f), [0.0, 0.0], 1.0, 1000));
        assert!((x[0] - 3.0).abs() < 1e-4 && (x[1] + 1.0).abs() < 1e-4);
    }

    #[test]
    fn inverse_diagonal_of_known_matrix() {
        // [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / 8
        let d = inverse_diagonal(&[[4.0, 2.0], [2.0, 3.0]]).unwrap();
        assert!((d[0] - 3.0 / 8.0).abs() < 1e-15 && (d[1] - 0.5).abs() < 1e-15);
        assert!(inverse_diagonal(&[[1.0, 2.0], [2.0, 1.0]]).is_none());
    }
}
