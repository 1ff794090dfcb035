//! Per-customer recency–frequency–monetary summary from a purchase log, in the form the
//! buy-till-you-die models take.
//!
//! Conventions (each one is a choice the literature leaves open, stated here on purpose):
//! - **Days, not rows.** Purchases of one customer on one calendar day count as one purchase;
//!   their amounts are summed. [`RfmSummary::calibration_rows_merged`] says how many rows that
//!   folded away, so the page can say so.
//! - **Frequency x** = number of distinct purchase days in the calibration period − 1
//!   (repeat purchases).
//! - **Recency t_x** = days from the first to the last calibration purchase day, in the
//!   chosen [`TimeUnit`]; 0 when x = 0.
//! - **Age T** = days from the first purchase day to the calibration end date, in the chosen
//!   unit. Purchases dated on the calibration end date belong to the calibration period. So a
//!   customer who first bought on 1997-01-01 has T = 272 days = 38.857 weeks at a calibration
//!   end of 1997-09-30 — the convention behind the published CDNOW figures.
//! - **Mean repeat spend** = mean of the daily summed amounts on the repeat days, i.e.
//!   *excluding the first purchase day* (what the Gamma-Gamma model expects); `None` when
//!   x = 0.
//! - Customers whose first purchase is after the calibration end are left out and counted
//!   ([`RfmSummary::customers_after_calibration`]).
//! - **Holdout**: distinct purchase days after the calibration end, up to and including the
//!   holdout end date.

use super::gammagamma::{spend_use, SpendUse};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Largest accepted purchase amount (1e15 in the log's currency).
pub const MAX_AMOUNT: f64 = 1e15;

/// Days in one [`TimeUnit::Months`]: a Julian year of 365.25 days divided by 12 = 30.4375.
pub const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// The time unit of recency, age and the fitted time parameters (α, β). Chosen by the user
/// and stated next to every number.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[strum(serialize_all = "snake_case")]
pub enum TimeUnit {
    /// Calendar days.
    Days,
    /// Weeks of 7 days.
    Weeks,
    /// Months of 365.25/12 = 30.4375 days (see [`DAYS_PER_MONTH`]).
    Months,
}

impl TimeUnit {
    /// Length of one unit in days (1, 7 or 30.4375).
    pub fn days(self) -> f64 {
        match self {
            TimeUnit::Days => 1.0,
            TimeUnit::Weeks => 7.0,
            TimeUnit::Months => DAYS_PER_MONTH,
        }
    }

    /// Converts a number of days into this unit.
    pub fn from_days(self, days: f64) -> f64 {
        days / self.days()
    }

    /// How many of this unit make one month of 30.4375 days (30.4375 days, ≈ 4.348 weeks,
    /// 1 month); used to turn a horizon in months into model time.
    pub fn per_month(self) -> f64 {
        DAYS_PER_MONTH / self.days()
    }
}

/// One row of a purchase log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Purchase {
    /// Customer identifier, as imported.
    pub customer_id: String,
    /// Calendar date of the purchase (time of day is not used).
    pub date: NaiveDate,
    /// Amount paid, in the currency of the log; must be finite and ≥ 0.
    pub amount: f64,
}

/// Summary of one customer over the calibration period, plus holdout counts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CustomerSummary {
    /// Customer identifier.
    pub customer_id: String,
    /// Date of the first purchase.
    pub first_purchase: NaiveDate,
    /// x: repeat purchases in the calibration period (distinct purchase days − 1).
    pub frequency: u32,
    /// t_x: first to last calibration purchase day, in the summary's [`TimeUnit`].
    pub recency: f64,
    /// T: first purchase day to the calibration end date, in the summary's [`TimeUnit`].
    pub age: f64,
    /// t_x in whole days.
    pub recency_days: i64,
    /// T in whole days.
    pub age_days: i64,
    /// Money spent on the first purchase day (all rows of that day summed).
    pub first_day_spend: f64,
    /// Mean money per repeat purchase day, excluding the first purchase day; `None` if x = 0.
    pub mean_repeat_spend: Option<f64>,
    /// Distinct purchase days after the calibration end, up to the holdout end.
    pub holdout_purchases: u32,
    /// Money spent after the calibration end, up to the holdout end.
    pub holdout_spend: f64,
}

/// The summary of a whole purchase log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RfmSummary {
    /// Unit of every recency and age in [`RfmSummary::customers`].
    pub unit: TimeUnit,
    /// Last day of the calibration period (inclusive).
    pub calibration_end: NaiveDate,
    /// Last day of the holdout period (inclusive): the given one, or the last purchase date.
    pub holdout_end: NaiveDate,
    /// Holdout length (calibration end to holdout end) in [`RfmSummary::unit`].
    pub holdout_length: f64,
    /// One entry per calibration customer, sorted by customer id.
    pub customers: Vec<CustomerSummary>,
    /// Rows in the input log.
    pub rows_read: usize,
    /// Calibration rows that were folded into another row of the same customer and day.
    pub calibration_rows_merged: usize,
    /// Holdout rows folded into another row of the same customer and day.
    pub holdout_rows_merged: usize,
    /// Customers left out because their first purchase is after the calibration end.
    pub customers_after_calibration: usize,
    /// Rows ignored because they are dated after the holdout end.
    pub rows_after_holdout: usize,
}

/// One (x, t_x, T) combination with the number of customers sharing it. Fitting on collapsed
/// rows gives the same likelihood as fitting on customers, at a fraction of the cost.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WeightedRow {
    /// x: repeat purchases.
    pub frequency: u32,
    /// t_x: recency, in the data's time unit.
    pub recency: f64,
    /// T: age at calibration end, in the data's time unit.
    pub age: f64,
    /// Number of customers (or any positive weight).
    pub weight: f64,
}

/// Input row of the Gamma-Gamma spend model: one customer with repeat purchases.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct SpendRow {
    /// x: number of repeat purchases (≥ 1).
    pub frequency: u32,
    /// Mean spend per repeat purchase, money per purchase; the fit leaves out rows of 0 or less.
    pub mean_spend: f64,
    /// Number of customers (or any positive weight).
    pub weight: f64,
}

/// Why a purchase log could not be summarised.
#[non_exhaustive]
#[derive(Debug, Clone, PartialEq)]
pub enum RfmError {
    /// The log has no rows.
    Empty,
    /// A row's amount is negative, NaN, infinite or above [`MAX_AMOUNT`].
    InvalidAmount {
        /// 0-based row index in the input.
        row: usize,
        /// The amount found.
        value: f64,
    },
    /// A row has an empty customer id.
    EmptyCustomerId {
        /// 0-based row index in the input.
        row: usize,
    },
    /// The holdout end is before the calibration end.
    HoldoutBeforeCalibration,
    /// No customer made a first purchase on or before the calibration end.
    NoCalibrationCustomers,
}

impl fmt::Display for RfmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RfmError::Empty => write!(f, "The purchase log has no rows."),
            RfmError::InvalidAmount { row, value } => write!(
                f,
                "Row {} has amount {value}; amounts must be numbers from zero up to 10^15.",
                row + 1
            ),
            RfmError::EmptyCustomerId { row } => {
                write!(f, "Row {} has no customer id.", row + 1)
            }
            RfmError::HoldoutBeforeCalibration => write!(
                f,
                "The end of the holdout period is before the end of the calibration period."
            ),
            RfmError::NoCalibrationCustomers => write!(
                f,
                "No customer made a first purchase on or before the end of the calibration period."
            ),
        }
    }
}

impl std::error::Error for RfmError {}

/// Summarises a purchase log per customer (see the module documentation for every
/// convention).
///
/// `calibration_end` is the last day of the calibration period (inclusive); `holdout_end` the
/// last day counted in the holdout (inclusive; `None` = the last purchase date). Recency and
/// age are returned in `unit`.
///
/// # Errors
/// [`RfmError`] for an empty log, a bad amount or id (with its row), a holdout end before the
/// calibration end, or no customer starting within the calibration period.
pub fn summarize(
    purchases: &[Purchase],
    calibration_end: NaiveDate,
    holdout_end: Option<NaiveDate>,
    unit: TimeUnit,
) -> Result<RfmSummary, RfmError> {
    if purchases.is_empty() {
        return Err(RfmError::Empty);
    }
    for (row, p) in purchases.iter().enumerate() {
        // The upper bound keeps sums of amounts far from f64 overflow.
        if !p.amount.is_finite() || !(0.0..=MAX_AMOUNT).contains(&p.amount) {
            return Err(RfmError::InvalidAmount {
                row,
                value: p.amount,
            });
        }
        if p.customer_id.is_empty() {
            return Err(RfmError::EmptyCustomerId { row });
        }
    }
    let last_date = purchases
        .iter()
        .map(|p| p.date)
        .max()
        .unwrap_or(calibration_end);
    let holdout_end = holdout_end.unwrap_or(last_date.max(calibration_end));
    if holdout_end < calibration_end {
        return Err(RfmError::HoldoutBeforeCalibration);
    }

    // One sort of indices; rows are then read group by group without copying strings.
    let mut order: Vec<usize> = (0..purchases.len()).collect();
    order.sort_by(|&i, &j| {
        let (a, b) = (&purchases[i], &purchases[j]);
        a.customer_id.cmp(&b.customer_id).then(a.date.cmp(&b.date))
    });

    let mut customers = Vec::new();
    let mut calibration_rows_merged = 0;
    let mut holdout_rows_merged = 0;
    let mut customers_after_calibration = 0;
    let mut rows_after_holdout = 0;

    let mut start = 0;
    while start < order.len() {
        let id = &purchases[order[start]].customer_id;
        let mut end = start;
        while end < order.len() && purchases[order[end]].customer_id == *id {
            end += 1;
        }
        // Daily totals of this customer, in date order.
        let mut days: Vec<(NaiveDate, f64, usize)> = Vec::new();
        for &i in &order[start..end] {
            let p = &purchases[i];
            if p.date > holdout_end {
                rows_after_holdout += 1;
                continue;
            }
            match days.last_mut() {
                Some(last) if last.0 == p.date => {
                    last.1 += p.amount;
                    last.2 += 1;
                }
                _ => days.push((p.date, p.amount, 1)),
            }
        }
        start = end;
        let Some(&(first, first_day_spend, _)) = days.first() else {
            continue;
        };
        if first > calibration_end {
            customers_after_calibration += 1;
            continue;
        }
        let mut frequency = 0u32;
        let mut last_cal = first;
        let mut repeat_spend = 0.0;
        let mut holdout_purchases = 0u32;
        let mut holdout_spend = 0.0;
        for (k, &(date, amount, rows)) in days.iter().enumerate() {
            if date <= calibration_end {
                calibration_rows_merged += rows - 1;
                if k > 0 {
                    frequency += 1;
                    repeat_spend += amount;
                    last_cal = date;
                }
            } else {
                holdout_rows_merged += rows - 1;
                holdout_purchases += 1;
                holdout_spend += amount;
            }
        }
        let recency_days = (last_cal - first).num_days();
        let age_days = (calibration_end - first).num_days();
        customers.push(CustomerSummary {
            customer_id: id.clone(),
            first_purchase: first,
            frequency,
            recency: unit.from_days(recency_days as f64),
            age: unit.from_days(age_days as f64),
            recency_days,
            age_days,
            first_day_spend,
            mean_repeat_spend: (frequency > 0).then(|| repeat_spend / f64::from(frequency)),
            holdout_purchases,
            holdout_spend,
        });
    }
    if customers.is_empty() {
        return Err(RfmError::NoCalibrationCustomers);
    }
    Ok(RfmSummary {
        unit,
        calibration_end,
        holdout_end,
        holdout_length: unit.from_days((holdout_end - calibration_end).num_days() as f64),
        customers,
        rows_read: purchases.len(),
        calibration_rows_merged,
        holdout_rows_merged,
        customers_after_calibration,
        rows_after_holdout,
    })
}

impl RfmSummary {
    /// The calibration summary collapsed into unique (x, t_x, T) rows with customer counts as
    /// weights, ready for [`super::bgnbd::fit`] and [`super::paretonbd::fit`].
    pub fn weighted_rows(&self) -> Vec<WeightedRow> {
        collapse(
            self.customers
                .iter()
                .map(|c| (c.frequency, c.recency, c.age)),
        )
    }

    /// Customers the Gamma-Gamma model is fitted on (weight 1 each): repeat buyers whose mean
    /// repeat spend is above 0, by [`spend_use`].
    pub fn spend_rows(&self) -> Vec<SpendRow> {
        self.customers
            .iter()
            .filter_map(|c| match spend_use(c.frequency, c.mean_repeat_spend) {
                Ok(SpendUse::Own(m)) => Some(SpendRow {
                    frequency: c.frequency,
                    mean_spend: m,
                    weight: 1.0,
                }),
                _ => None,
            })
            .collect()
    }

    /// Customers with no repeat purchase in the calibration period (x = 0): BG/NBD gives each
    /// of them a probability alive of exactly 1, since it lets customers drop out only right
    /// after a repeat purchase; the page says so next to that column.
    pub fn without_repeat(&self) -> usize {
        self.customers.iter().filter(|c| c.frequency == 0).count()
    }

    /// Repeat buyers whose mean repeat spend is 0 or less (returns, free items): left out of
    /// [`RfmSummary::spend_rows`] and valued at the population mean spend.
    pub fn repeat_buyers_without_spend(&self) -> usize {
        self.customers
            .iter()
            .filter(|c| spend_use(c.frequency, c.mean_repeat_spend) == Ok(SpendUse::NotPositive))
            .count()
    }

    /// Start times of the calibration customers for
    /// [`super::bgnbd::BgNbdParams::cumulative_expected_repeats`]: (time from `start` to the
    /// end of the first purchase day, in the summary's unit; number of customers). Measuring
    /// to the end of that day matches [`RfmSummary::cumulative_repeat_purchases`], whose
    /// period k ends at (k+1) units, and the age convention (T = days from the first purchase
    /// day to the calibration end day).
    pub fn first_purchase_offsets(&self, start: NaiveDate) -> Vec<(f64, f64)> {
        let mut days: Vec<i64> = self
            .customers
            .iter()
            .map(|c| (c.first_purchase - start).num_days() + 1)
            .collect();
        days.sort_unstable();
        let mut out: Vec<(f64, f64)> = Vec::new();
        for d in days {
            let t = self.unit.from_days(d as f64);
            match out.last_mut() {
                Some(last) if last.0 == t => last.1 += 1.0,
                _ => out.push((t, 1.0)),
            }
        }
        out
    }

    /// Actual cumulative repeat purchases (distinct days after each customer's first) of the
    /// calibration customers, at the end of each whole unit counted from `start`, up to the
    /// holdout end. Element k counts purchases on days before `start + (k+1)·unit` (so with
    /// weeks and `start` = 1997-01-01, element 0 covers 1 to 7 January). Pairs with [`super::bgnbd::BgNbdParams::cumulative_expected_repeats`] for
    /// the calibration-versus-holdout chart. Needs the purchase log again because the summary
    /// keeps no daily detail.
    pub fn cumulative_repeat_purchases(
        &self,
        purchases: &[Purchase],
        start: NaiveDate,
    ) -> Vec<f64> {
        let mut count = RepeatPurchaseCount::new(self, purchases, start);
        while !count.advance(usize::MAX) {}
        count.finish()
    }
}

/// [`RfmSummary::cumulative_repeat_purchases`] a slice of the log at a time: a page reads a log
/// of hundreds of thousands of purchases between its tasks, not in one.
pub struct RepeatPurchaseCount<'a> {
    summary: &'a RfmSummary,
    purchases: &'a [Purchase],
    start: NaiveDate,
    /// Each calibration customer's place in the summary and first purchase day, by id.
    firsts: std::collections::HashMap<&'a str, (usize, NaiveDate)>,
    /// The customers indexed so far.
    indexed: usize,
    /// The purchases read so far.
    read: usize,
    /// Each purchase of a calibration customer as its customer's place in the summary and
    /// its day: distinct days are found by sorting numbers, not the customers' ids (7 ms of
    /// the chart's 9 for 23,570 customers).
    days: Vec<(usize, NaiveDate)>,
}

impl<'a> RepeatPurchaseCount<'a> {
    /// The count of `summary`'s customers' repeat purchases in `purchases` from `start`, none
    /// read yet.
    pub fn new(
        summary: &'a RfmSummary,
        purchases: &'a [Purchase],
        start: NaiveDate,
    ) -> RepeatPurchaseCount<'a> {
        RepeatPurchaseCount {
            summary,
            purchases,
            start,
            firsts: std::collections::HashMap::with_capacity(summary.customers.len()),
            indexed: 0,
            read: 0,
            days: Vec::new(),
        }
    }

    /// Reads up to `rows` more rows: the summary's customers first, each indexed by its id,
    /// then the purchases. Whether every row is read. (The index of 235,700 customers took
    /// 44 ms of a page's task in one go.)
    pub fn advance(&mut self, rows: usize) -> bool {
        let customers = &self.summary.customers;
        let from = self.indexed;
        let indexed = from.saturating_add(rows).min(customers.len());
        self.firsts.extend(
            customers[from..indexed]
                .iter()
                .zip(from..)
                .map(|(c, k)| (c.customer_id.as_str(), (k, c.first_purchase))),
        );
        self.indexed = indexed;
        // A purchase read before its customer is indexed would be left out: purchases are read
        // only once every customer is, with what is left of `rows` (none until then).
        let rows = rows - (indexed - from);
        let end = self.read.saturating_add(rows).min(self.purchases.len());
        let (holdout_end, start) = (self.summary.holdout_end, self.start);
        let firsts = &self.firsts;
        self.days.extend(
            self.purchases[self.read..end]
                .iter()
                .filter(|p| p.date <= holdout_end)
                .filter_map(|p| {
                    let &(k, first) = firsts.get(p.customer_id.as_str())?;
                    (p.date > first && p.date >= start).then_some((k, p.date))
                }),
        );
        self.read = end;
        indexed == customers.len() && end == self.purchases.len()
    }

    /// The cumulative counts (see [`RfmSummary::cumulative_repeat_purchases`]) of the purchases
    /// read.
    pub fn finish(self) -> Vec<f64> {
        let summary = self.summary;
        // Whole periods that fit between `start` and the holdout end, both days included.
        let span_days = ((summary.holdout_end - self.start).num_days() + 1).max(0) as f64;
        let periods = (span_days / summary.unit.days()).floor() as usize;
        let mut counts = vec![0.0; periods.max(1)];
        let mut days = self.days;
        days.sort_unstable();
        days.dedup();
        for (_, date) in days {
            let offset_days = (date - self.start).num_days() as f64;
            // A purchase during day d is complete by time d + 1, so calendar day d belongs to
            // period floor(d / unit) (days 0–6 are week 1).
            let k = (offset_days / summary.unit.days()).floor() as usize;
            if let Some(slot) = counts.get_mut(k) {
                *slot += 1.0;
            }
        }
        let mut acc = 0.0;
        for c in &mut counts {
            acc += *c;
            *c = acc;
        }
        counts
    }
}

/// Collapses (x, t_x, T) triples into unique rows weighted by how often each occurs, sorted by
/// x, then t_x, then T. Values compare exactly, so derive t_x and T from whole days (as
/// [`summarize`] does) for the best collapse.
pub fn collapse(rows: impl IntoIterator<Item = (u32, f64, f64)>) -> Vec<WeightedRow> {
    let mut v: Vec<(u32, f64, f64)> = rows.into_iter().collect();
    v.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(a.1.total_cmp(&b.1))
            .then(a.2.total_cmp(&b.2))
    });
    let mut out: Vec<WeightedRow> = Vec::new();
    for (x, tx, t) in v {
        match out.last_mut() {
            Some(last)
                if last.frequency == x
                    && last.recency.to_bits() == tx.to_bits()
                    && last.age.to_bits() == t.to_bits() =>
            {
                last.weight += 1.0;
            }
            _ => out.push(WeightedRow {
                frequency: x,
                recency: tx,
                age: t,
                weight: 1.0,
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::EXACT;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn p(id: &str, date: &str, amount: f64) -> Purchase {
        Purchase {
            customer_id: id.to_string(),
            date: d(date),
            amount,
        }
    }

    #[test]
    fn same_day_rows_merge_and_first_day_is_excluded_from_spend() {
        let log = vec![
            p("a", "2020-01-01", 10.0),
            p("a", "2020-01-01", 5.0),
            p("a", "2020-01-08", 20.0),
            p("a", "2020-01-15", 30.0),
            p("a", "2020-01-15", 10.0),
            p("a", "2020-02-01", 7.0),
            p("b", "2020-01-10", 3.0),
            p("c", "2020-02-01", 9.0),
        ];
        let s = summarize(&log, d("2020-01-29"), None, TimeUnit::Weeks).unwrap();
        assert_eq!(s.customers.len(), 2);
        assert_eq!(s.customers_after_calibration, 1);
        assert_eq!(s.calibration_rows_merged, 2);
        let a = &s.customers[0];
        assert_eq!(a.frequency, 2);
        assert_eq!(a.recency_days, 14);
        assert!((a.recency - 2.0).abs() < 1e-15);
        assert_eq!(a.age_days, 28);
        assert_eq!(a.first_day_spend, 15.0);
        assert_eq!(a.mean_repeat_spend, Some(30.0));
        assert_eq!(a.holdout_purchases, 1);
        assert_eq!(a.holdout_spend, 7.0);
        let b = &s.customers[1];
        assert_eq!(b.frequency, 0);
        assert_eq!(b.recency, 0.0);
        assert_eq!(b.mean_repeat_spend, None);
        // a bought again twice, b only once; c is after the calibration end.
        assert_eq!(s.without_repeat(), 1);
        assert!((s.holdout_length - 3.0 / 7.0).abs() < 1e-15);
    }

    #[test]
    fn holdout_end_cuts_rows() {
        let log = vec![
            p("a", "2020-01-01", 1.0),
            p("a", "2020-03-01", 1.0),
            p("a", "2020-05-01", 1.0),
        ];
        let s = summarize(&log, d("2020-01-31"), Some(d("2020-03-31")), TimeUnit::Days).unwrap();
        assert_eq!(s.rows_after_holdout, 1);
        assert_eq!(s.customers[0].holdout_purchases, 1);
        assert_eq!(s.holdout_length, 60.0);
    }

    #[test]
    fn month_unit_is_julian_month() {
        assert!((TimeUnit::Months.days() - 30.4375).abs() < EXACT);
        assert!((TimeUnit::Weeks.per_month() - 30.4375 / 7.0).abs() < EXACT);
        assert_eq!(TimeUnit::Months.per_month(), 1.0);
    }

    #[test]
    fn errors_name_the_row() {
        let log = vec![p("a", "2020-01-01", 1.0), p("b", "2020-01-02", f64::NAN)];
        let e = summarize(&log, d("2020-01-31"), None, TimeUnit::Days).unwrap_err();
        assert!(matches!(e, RfmError::InvalidAmount { row: 1, .. }));
        assert!(e.to_string().contains("Row 2"));
        assert_eq!(
            summarize(&[], d("2020-01-31"), None, TimeUnit::Days).unwrap_err(),
            RfmError::Empty
        );
        let late = vec![p("a", "2021-01-01", 1.0)];
        assert_eq!(
            summarize(&late, d("2020-01-31"), None, TimeUnit::Days).unwrap_err(),
            RfmError::NoCalibrationCustomers
        );
    }

    #[test]
    fn collapse_counts_duplicates() {
        let rows = collapse(vec![(0, 0.0, 5.0), (1, 2.0, 5.0), (0, 0.0, 5.0)]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].weight, 2.0);
        assert_eq!(rows[1].frequency, 1);
    }

    #[test]
    fn cumulative_repeats_count_days_after_first() {
        // In no order, with a customer first seen after the calibration (not counted).
        let log = vec![
            p("a", "2020-01-10", 1.0),
            p("b", "2020-01-14", 1.0),
            p("c", "2020-01-09", 1.0),
            p("a", "2020-01-03", 1.0),
            p("a", "2020-01-01", 1.0),
            p("c", "2020-01-12", 1.0),
            p("a", "2020-01-03", 1.0),
            p("b", "2020-01-02", 1.0),
            p("b", "2020-01-10", 1.0),
        ];
        let s = summarize(&log, d("2020-01-07"), None, TimeUnit::Weeks).unwrap();
        // 2020-01-03 falls in week 1, 2020-01-10 in week 2 (for a and for b, each counted);
        // 2020-01-14 is day 13 → week 2.
        let c = s.cumulative_repeat_purchases(&log, d("2020-01-01"));
        assert_eq!(c, vec![1.0, 4.0]);
        let s2 = summarize(
            &log,
            d("2020-01-07"),
            Some(d("2020-01-13")),
            TimeUnit::Weeks,
        )
        .unwrap();
        let c2 = s2.cumulative_repeat_purchases(&log, d("2020-01-01"));
        assert_eq!(c2, vec![1.0]);
        // Counted a slice at a time, of any size (a's two purchases on 3 January fall in
        // different slices of up to four; the customers' index and the purchases share a
        // slice at the turn), the counts are the same.
        let rows = s.customers.len() + log.len();
        for slice in 1..=rows + 1 {
            let mut count = RepeatPurchaseCount::new(&s, &log, d("2020-01-01"));
            let mut slices = 1;
            while !count.advance(slice) {
                slices += 1;
            }
            assert_eq!(slices, rows.div_ceil(slice).max(1), "slice {slice}");
            assert_eq!(count.finish(), c, "slice {slice}");
        }
    }
}
