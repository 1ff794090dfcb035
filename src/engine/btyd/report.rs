//! The figures the purchase-history page shows around the fits, computed from the summary,
//! the log and the fitted parameters: whether a calibration end lies in the log, repeat
//! buyers, the calibration span, parameter estimates, the probability-alive grid, the
//! calibration-versus-holdout tracking series, the repeat-purchase distribution and the
//! per-customer predictions' fields.
//!
//! Times are in the summary's [`super::rfm::TimeUnit`]; money in the currency of the purchase amounts.

use super::bgnbd::BgNbdParams;
use super::clv::PurchaseModel;
use super::fitting::{Fit, ModelError};
use super::gammagamma::GammaGammaParams;
use super::paretonbd::ParetoNbdParams;
use super::rfm::RfmSummary;
use crate::engine::model::Date;

/// Highest repeat count shown on its own in the frequency distribution; the last bar is
/// "this many or more".
pub const HISTOGRAM_MAX_X: u32 = 7;
/// Largest number of frequency rows in the probability-alive heat map.
pub const GRID_MAX_X: u32 = 12;
/// Recency columns of the heat map.
pub const GRID_COLUMNS: usize = 10;

/// Whether `date` may end the calibration period of a log whose purchases run from `first` to
/// `last` (both included); an unknown bound (a summary file has none) does not limit it.
pub fn calibration_end_in_log(date: Date, first: Option<Date>, last: Option<Date>) -> bool {
    first.is_none_or(|f| date >= f) && last.is_none_or(|l| date <= l)
}

/// Repeat buying in the calibration period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RepeatBuyers {
    /// Customers with at least one repeat purchase (x > 0).
    pub buyers: usize,
    /// Repeat purchases (purchase days after each customer's first) of all customers, the sum
    /// of x.
    pub purchases: u64,
}

/// Customers who bought again in the calibration period, and how many repeat purchases they
/// made in all.
pub fn repeat_buyers(summary: &RfmSummary) -> RepeatBuyers {
    RepeatBuyers {
        buyers: summary.customers.iter().filter(|c| c.frequency > 0).count(),
        purchases: summary
            .customers
            .iter()
            .map(|c| u64::from(c.frequency))
            .sum(),
    }
}

/// Length of the calibration period, in the summary's unit: from `first` (the log's first
/// purchase day) to the calibration end, both days included; 0 without a first day (a summary
/// file).
pub fn calibration_span(summary: &RfmSummary, first: Option<Date>) -> f64 {
    first.map_or(0.0, |f| {
        summary
            .unit
            .from_days(((summary.calibration_end - f).num_days() + 1) as f64)
    })
}

/// One fitted parameter, as the parameter table shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ParamEstimate {
    /// The parameter's symbol as written ("α").
    pub symbol: &'static str,
    /// Its name in the model's parameter struct ("alpha"), the key of its explanation.
    pub name: &'static str,
    /// The maximum-likelihood estimate, in the parameter's unit: a rate scale (α, β) in the
    /// summary's time unit, γ in money, the shapes without unit.
    pub value: f64,
    /// Asymptotic standard error, same unit; `None` when the fit has none.
    pub std_error: Option<f64>,
    /// Whether the value is a time scale in the summary's unit (α and β), so that its
    /// explanation names the unit.
    pub in_time_unit: bool,
}

fn estimate(
    symbol: &'static str,
    name: &'static str,
    value: f64,
    std_error: Option<f64>,
    in_time_unit: bool,
) -> ParamEstimate {
    ParamEstimate {
        symbol,
        name,
        value,
        std_error,
        in_time_unit,
    }
}

/// BG/NBD's r, α, a and b with their standard errors.
pub fn bgnbd_estimates(fit: &Fit<BgNbdParams>) -> Vec<ParamEstimate> {
    let (p, se) = (fit.params, fit.std_errors);
    vec![
        estimate("r", "r", p.r, se.map(|s| s.r), false),
        estimate("α", "alpha", p.alpha, se.map(|s| s.alpha), true),
        estimate("a", "a", p.a, se.map(|s| s.a), false),
        estimate("b", "b", p.b, se.map(|s| s.b), false),
    ]
}

/// Pareto/NBD's r, α, s and β with their standard errors.
pub fn paretonbd_estimates(fit: &Fit<ParetoNbdParams>) -> Vec<ParamEstimate> {
    let (p, se) = (fit.params, fit.std_errors);
    vec![
        estimate("r", "r", p.r, se.map(|s| s.r), false),
        estimate("α", "alpha", p.alpha, se.map(|s| s.alpha), true),
        estimate("s", "s", p.s, se.map(|s| s.s), false),
        estimate("β", "beta", p.beta, se.map(|s| s.beta), true),
    ]
}

/// Gamma-Gamma's p, q and γ with their standard errors.
pub fn gammagamma_estimates(fit: &Fit<GammaGammaParams>) -> Vec<ParamEstimate> {
    let (p, se) = (fit.params, fit.std_errors);
    vec![
        estimate("p", "p", p.p, se.map(|s| s.p), false),
        estimate("q", "q", p.q, se.map(|s| s.q), false),
        estimate("γ", "gamma", p.gamma, se.map(|s| s.gamma), false),
    ]
}

/// Probability alive over frequency × recency, for customers of the oldest age in the summary.
#[derive(Debug, Clone, PartialEq)]
pub struct PAliveGrid {
    /// Repeat purchases x of the rows: 1, 2, … up to the summary's largest (at most
    /// [`GRID_MAX_X`]).
    pub frequencies: Vec<u32>,
    /// Recency t_x of the columns, the midpoints of [`GRID_COLUMNS`] equal slices of the age,
    /// in the summary's unit.
    pub recencies: Vec<f64>,
    /// The age T every cell assumes, the oldest in the summary, in its unit.
    pub age: f64,
    /// `cells[row][column]`: probability alive at the calibration end, 0–1.
    pub cells: Vec<Vec<f64>>,
}

/// See [`PAliveGrid`].
///
/// # Errors
/// The model's first error.
pub fn p_alive_grid(
    model: &impl PurchaseModel,
    summary: &RfmSummary,
) -> Result<PAliveGrid, ModelError> {
    let age = summary.customers.iter().map(|c| c.age).fold(0.0, f64::max);
    let max_x = summary
        .customers
        .iter()
        .map(|c| c.frequency)
        .max()
        .unwrap_or(0)
        .clamp(1, GRID_MAX_X);
    let frequencies: Vec<u32> = (1..=max_x).collect();
    let recencies: Vec<f64> = (0..GRID_COLUMNS)
        .map(|j| age * (j as f64 + 0.5) / GRID_COLUMNS as f64)
        .collect();
    let cells = frequencies
        .iter()
        .map(|&x| {
            recencies
                .iter()
                .map(|&r| model.p_alive(x, r, age))
                .collect::<Result<Vec<f64>, ModelError>>()
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(PAliveGrid {
        frequencies,
        recencies,
        age,
        cells,
    })
}

/// One point of the tracking chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TrackingPoint {
    /// Time since the log's first purchase day, whole units of the summary (1, 2, …).
    pub time: f64,
    /// Actual cumulative repeat purchases of the calibration customers by then.
    pub actual: f64,
    /// The model's expected cumulative repeat purchases of the same customers by then.
    pub expected: f64,
}

/// Cumulative repeat purchases, actual against expected, through the calibration period and
/// the holdout.
#[derive(Debug, Clone, PartialEq)]
pub struct Tracking {
    /// One point per whole unit from the log's first purchase day to the holdout end.
    pub points: Vec<TrackingPoint>,
    /// Where the calibration period ends on the same time axis, in the summary's unit (see
    /// [`calibration_span`]).
    pub calibration_span: f64,
    /// The log's first purchase day, time 0 of the axis.
    pub start: Date,
}

/// Whether the summary has a holdout period to track predictions in.
pub fn has_holdout(summary: &RfmSummary) -> bool {
    summary.holdout_length > 0.0
}

/// The tracking series of BG/NBD `model` for the calibration customers of `summary`, from the
/// `actual` cumulative repeat purchases of the log whose first purchase day is `start`
/// ([`RfmSummary::cumulative_repeat_purchases`], or a slice of the log at a time with
/// [`RepeatPurchaseCount`](crate::engine::btyd::rfm::RepeatPurchaseCount)).
///
/// # Errors
/// The model's first error.
pub fn tracking(
    model: &BgNbdParams,
    summary: &RfmSummary,
    actual: Vec<f64>,
    start: Date,
) -> Result<Tracking, ModelError> {
    let times: Vec<f64> = (1..=actual.len()).map(|k| k as f64).collect();
    let expected =
        model.cumulative_expected_repeats(&summary.first_purchase_offsets(start), &times)?;
    Ok(Tracking {
        points: times
            .iter()
            .zip(actual.iter().zip(expected.iter()))
            .map(|(&time, (&actual, &expected))| TrackingPoint {
                time,
                actual,
                expected,
            })
            .collect(),
        calibration_span: calibration_span(summary, Some(start)),
        start,
    })
}

/// Customers with 0, 1, …, `max_x − 1` repeat purchases in the calibration period, and with
/// `max_x` or more in the last element (the actual side of the distribution chart).
pub fn frequency_histogram(summary: &RfmSummary, max_x: u32) -> Vec<f64> {
    let mut out = vec![0.0; max_x as usize + 1];
    for c in &summary.customers {
        out[c.frequency.min(max_x) as usize] += 1.0;
    }
    out
}

/// How many customers made 0, 1, … [`HISTOGRAM_MAX_X`] or more repeat purchases in the
/// calibration period: counted and expected.
#[derive(Debug, Clone, PartialEq)]
pub struct RepeatDistribution {
    /// Customers counted with each number of repeat purchases (the last: that many or more).
    pub actual: Vec<f64>,
    /// Customers the model expects with each, over the same ages.
    pub expected: Vec<f64>,
}

/// See [`RepeatDistribution`].
///
/// # Errors
/// The model's first error.
pub fn repeat_distribution(
    model: &BgNbdParams,
    summary: &RfmSummary,
) -> Result<RepeatDistribution, ModelError> {
    Ok(RepeatDistribution {
        expected: model.expected_frequency_histogram(&summary.weighted_rows(), HISTOGRAM_MAX_X)?,
        actual: frequency_histogram(summary, HISTOGRAM_MAX_X),
    })
}

/// One customer's predictions.
#[derive(Debug, Clone, PartialEq)]
pub struct Prediction {
    /// Customer id.
    pub id: String,
    /// Probability alive at the calibration end, 0–1.
    pub p_alive: f64,
    /// Expected purchases in the next t time units.
    pub expected: f64,
    /// Expected spend per purchase, money.
    pub spend: f64,
    /// Discounted CLV over the horizon, money.
    pub clv: f64,
}

/// Small hand-made logs shared by the tests of the purchase-history figures.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::*;
    use crate::engine::btyd::rfm::{summarize, Purchase, TimeUnit};
    use chrono::NaiveDate;

    pub(crate) fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2024, m, day).unwrap()
    }

    pub(crate) fn p(id: &str, date: NaiveDate, amount: f64) -> Purchase {
        Purchase {
            customer_id: id.into(),
            date,
            amount,
        }
    }

    /// a buys on 1 Jan, 1 Feb and 1 Mar (x = 2), b once on 15 Jan (x = 0), c on 1 and
    /// 20 Feb (x = 1); calibration to 31 Mar, in weeks.
    pub(crate) fn summary() -> RfmSummary {
        let log = vec![
            p("a", d(1, 1), 10.0),
            p("a", d(1, 1), 5.0),
            p("a", d(2, 1), 20.0),
            p("a", d(3, 1), 30.0),
            p("b", d(1, 15), 8.0),
            p("c", d(2, 1), 4.0),
            p("c", d(2, 20), 6.0),
        ];
        summarize(&log, d(3, 31), None, TimeUnit::Weeks).unwrap()
    }

    pub(crate) const BG: BgNbdParams = BgNbdParams {
        r: 0.243,
        alpha: 4.414,
        a: 0.793,
        b: 2.426,
    };
}

#[cfg(test)]
mod tests {
    use super::fixtures::{d, p, summary, BG};
    use super::*;
    use crate::engine::btyd::rfm::{summarize, TimeUnit};
    use chrono::NaiveDate;

    #[test]
    fn the_calibration_end_must_lie_in_the_log() {
        let (first, last) = (Some(d(1, 1)), Some(d(3, 31)));
        assert!(calibration_end_in_log(d(1, 1), first, last));
        assert!(calibration_end_in_log(d(3, 31), first, last));
        assert!(!calibration_end_in_log(
            NaiveDate::from_ymd_opt(2023, 12, 31).unwrap(),
            first,
            last
        ));
        assert!(!calibration_end_in_log(d(4, 1), first, last));
        // A summary file has no dates: anything goes.
        assert!(calibration_end_in_log(d(4, 1), None, None));
        assert!(!calibration_end_in_log(d(4, 1), None, last));
    }

    #[test]
    fn repeat_buyers_and_their_purchases() {
        // a has x = 2, c has x = 1, b none: 2 buyers, 3 repeat purchases.
        assert_eq!(
            repeat_buyers(&summary()),
            RepeatBuyers {
                buyers: 2,
                purchases: 3
            }
        );
    }

    #[test]
    fn the_calibration_span_counts_both_end_days() {
        let s = summary();
        // 1 Jan to 31 Mar 2024 = 31 + 29 + 31 = 91 days = 13 weeks.
        assert_eq!(calibration_span(&s, Some(d(1, 1))), 13.0);
        // From 25 Mar: 7 days = 1 week.
        assert_eq!(calibration_span(&s, Some(d(3, 25))), 1.0);
        assert_eq!(calibration_span(&s, None), 0.0);
    }

    #[test]
    fn estimates_keep_symbols_values_and_errors() {
        let fit = Fit {
            params: BG,
            std_errors: Some(BgNbdParams {
                r: 0.1,
                alpha: 0.2,
                a: 0.3,
                b: 0.4,
            }),
            log_likelihood: -1.0,
            iterations: 1,
            evaluations: 1,
            converged: true,
            customers: 1.0,
        };
        let rows = bgnbd_estimates(&fit);
        let symbols: Vec<_> = rows.iter().map(|r| r.symbol).collect();
        assert_eq!(symbols, ["r", "α", "a", "b"]);
        assert_eq!(rows[1].name, "alpha");
        assert_eq!(rows[1].value, 4.414);
        assert_eq!(rows[1].std_error, Some(0.2));
        // Only α is a time scale in BG/NBD.
        let timed: Vec<_> = rows.iter().map(|r| r.in_time_unit).collect();
        assert_eq!(timed, [false, true, false, false]);
        let gg = Fit {
            params: GammaGammaParams::new(6.25, 3.74, 15.44).unwrap(),
            std_errors: None,
            log_likelihood: -1.0,
            iterations: 1,
            evaluations: 1,
            converged: true,
            customers: 1.0,
        };
        let rows = gammagamma_estimates(&gg);
        assert_eq!(rows[2].symbol, "γ");
        assert_eq!(rows[2].value, 15.44);
        assert!(rows
            .iter()
            .all(|r| r.std_error.is_none() && !r.in_time_unit));
    }

    #[test]
    fn the_grid_spans_the_oldest_age() {
        let s = summary();
        let g = p_alive_grid(&BG, &s).unwrap();
        // Largest x is 2 (a), so rows 1 and 2.
        assert_eq!(g.frequencies, vec![1, 2]);
        // a's first purchase 1 Jan to 31 Mar: 90 days = 90/7 weeks; the first column is the
        // midpoint of the first tenth, 4.5/7 weeks.
        assert!((g.age - 90.0 / 7.0).abs() < 1e-12);
        assert_eq!(g.recencies.len(), GRID_COLUMNS);
        assert!((g.recencies[0] - 4.5 / 7.0).abs() < 1e-12);
        assert_eq!(g.cells[1][3], BG.p_alive(2, g.recencies[3], g.age).unwrap());
        // More recent last purchases mean more likely alive.
        assert!(g.cells[0][9] > g.cells[0][0]);
    }

    #[test]
    fn tracking_pairs_actual_and_expected_repeats_per_week() {
        // Weeks from Monday 1 Jan. a buys on 1, 3, 10 and 16 Jan; b on 2 and 9 Jan.
        // Calibration to 7 Jan; the holdout runs to the last purchase, 16 Jan.
        let log = vec![
            p("a", d(1, 1), 1.0),
            p("a", d(1, 3), 1.0),
            p("a", d(1, 10), 1.0),
            p("a", d(1, 16), 1.0),
            p("b", d(1, 2), 1.0),
            p("b", d(1, 9), 1.0),
        ];
        let s = summarize(&log, d(1, 7), None, TimeUnit::Weeks).unwrap();
        assert!(has_holdout(&s));
        let tr = tracking(
            &BG,
            &s,
            s.cumulative_repeat_purchases(&log, d(1, 1)),
            d(1, 1),
        )
        .unwrap();
        // 1 to 16 Jan is 16 days: 2 whole weeks. Week 1 (1–7 Jan) holds a's 3 Jan; week 2
        // (8–14 Jan) a's 10 Jan and b's 9 Jan, 3 in all; a's 16 Jan is past both.
        let actual: Vec<_> = tr.points.iter().map(|x| x.actual).collect();
        assert_eq!(actual, [1.0, 3.0]);
        let times: Vec<_> = tr.points.iter().map(|x| x.time).collect();
        assert_eq!(times, [1.0, 2.0]);
        // a counts from the end of 1 Jan (1/7 week), b from the end of 2 Jan (2/7 week).
        let e = |t: f64| BG.expected_purchases(t).unwrap();
        let week1 = e(1.0 - 1.0 / 7.0) + e(1.0 - 2.0 / 7.0);
        assert!((tr.points[0].expected - week1).abs() < 1e-12);
        let week2 = e(2.0 - 1.0 / 7.0) + e(2.0 - 2.0 / 7.0);
        assert!((tr.points[1].expected - week2).abs() < 1e-12);
        // 1 to 7 Jan: calibration ends at 1 week.
        assert_eq!(tr.calibration_span, 1.0);
        assert_eq!(tr.start, d(1, 1));
    }

    #[test]
    fn without_a_holdout_there_is_nothing_to_track() {
        let s = summary();
        // Calibration to 31 Mar, past the last purchase (1 Mar): holdout from 31 Mar to 1
        // Mar is none.
        assert!(!has_holdout(&s));
    }

    #[test]
    fn the_distribution_caps_the_last_bar() {
        let s = summary();
        // x = 0: b; x = 1: c; x = 2: a.
        assert_eq!(frequency_histogram(&s, 1), vec![1.0, 2.0]);
        assert_eq!(frequency_histogram(&s, 3), vec![1.0, 1.0, 1.0, 0.0]);
        let dist = repeat_distribution(&BG, &s).unwrap();
        assert_eq!(dist.actual, vec![1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0]);
        assert_eq!(dist.expected.len(), HISTOGRAM_MAX_X as usize + 1);
        // The expected counts share out the same 3 customers.
        assert!((dist.expected.iter().sum::<f64>() - 3.0).abs() < 1e-9);
    }
}
