//! The cohort lifetime-value table, after Hughes, "Strategic Database
//! Marketing".
//!
//! Year t = 1 is the year the cohort is won. Customers in year t = customers in year t−1 ×
//! retention of year t−1. The discount factor is D_t = (1 + i × rf)^(t−1), exact or rounded to
//! two decimals as Hughes prints it. Money per cohort unless a column says "per customer".

use super::numbers::{COHORT_FIGURE, COHORT_RATE};
use super::numeric::{ratio, usable};
use super::settings::{CohortSettings, CohortYearInput, FactorRounding};
use serde::Serialize;
use std::fmt;

/// Why the cohort table could not be built.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub enum CohortError {
    /// The table has no years.
    NoYears,
    /// The cohort size is zero, negative or not a number.
    NoCustomers,
    /// The interest rate or the risk factor is negative or not a number.
    BadDiscount,
    /// A cell holds a value that cannot be used.
    BadCell {
        /// Year, 1-based.
        year: usize,
        /// The column holding the value.
        column: CohortColumn,
    },
}

/// An input column of the cohort table, named in [`CohortError::BadCell`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum CohortColumn {
    /// Share of last year's customers kept.
    Retention,
    /// Orders per customer a year.
    OrdersPerCustomer,
    /// Average order value.
    AverageOrderValue,
    /// Costs as a share of revenue.
    CostRate,
    /// Marketing cost per customer a year.
    MarketingPerCustomer,
}

impl fmt::Display for CohortColumn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CohortColumn::Retention => "retention rate",
            CohortColumn::OrdersPerCustomer => "orders per customer",
            CohortColumn::AverageOrderValue => "average order value",
            CohortColumn::CostRate => "cost rate",
            CohortColumn::MarketingPerCustomer => "marketing cost per customer",
        })
    }
}

impl fmt::Display for CohortError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CohortError::NoYears => write!(f, "The cohort table needs at least one year."),
            CohortError::NoCustomers => {
                write!(f, "The cohort needs a number of customers above zero.")
            }
            CohortError::BadDiscount => write!(
                f,
                "The interest rate and the risk factor must be zero or more."
            ),
            CohortError::BadCell { year, column } => {
                write!(f, "Year {year}: the {column} cannot be used (it must be a number, zero or more; rates at most 1).")
            }
        }
    }
}

impl std::error::Error for CohortError {}

/// One computed row of the cohort table.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CohortRow {
    /// Year, 1-based.
    pub year: usize,
    /// Customers active in the year, count.
    pub customers: f64,
    /// Share kept into next year, fraction.
    pub retention: f64,
    /// Orders per customer in the year, count.
    pub orders_per_customer: f64,
    /// Average order value, money.
    pub average_order_value: f64,
    /// Revenue = customers × orders × order value, money.
    pub revenue: f64,
    /// Cost of sales as a fraction of revenue.
    pub cost_rate: f64,
    /// Cost of sales = revenue × cost rate, money.
    pub cost_of_sales: f64,
    /// Marketing cost per customer, money.
    pub marketing_per_customer: f64,
    /// Marketing costs = customers × marketing per customer, money.
    pub marketing_costs: f64,
    /// Total costs, money.
    pub total_costs: f64,
    /// Profit = revenue − total costs, money.
    pub profit: f64,
    /// Discount factor D_t as used (exact or rounded).
    pub discount_factor: f64,
    /// NPV profit = profit ÷ D_t, money.
    pub npv_profit: f64,
    /// Cumulative NPV profit, money.
    pub cumulative_npv: f64,
    /// LTV_t = cumulative NPV ÷ cohort size, money per customer won.
    pub ltv: f64,
}

/// The computed table and what it teaches.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CohortTable {
    /// One row per year.
    pub rows: Vec<CohortRow>,
    /// Whether the acquisition year loses money (profit of year 1 < 0).
    pub acquisition_year_loses: bool,
    /// What each customer who leaves after year 1 costs: −LTV_1 when LTV_1 is negative,
    /// otherwise 0, money per customer.
    pub cost_per_early_leaver: f64,
    /// LTV of the last year, money per customer won.
    pub final_ltv: f64,
}

/// Builds the table from its inputs.
///
/// ```
/// # use value_pyramid::engine::{cohort::build, settings::CohortSettings};
/// // Hughes's example: 100,000 customers won, 1.8 orders of 90 each in year 1.
/// let table = build(&CohortSettings::default()).unwrap();
/// assert_eq!(table.rows[0].revenue, 16_200_000.0);
/// // The acquisition year loses 6.40 per customer won; after three years each is worth 52.78.
/// assert!(table.acquisition_year_loses);
/// assert!((table.cost_per_early_leaver - 6.40).abs() < 1e-9);
/// assert!((table.final_ltv - 52.78).abs() < 0.005);
/// ```
pub fn build(input: &CohortSettings) -> Result<CohortTable, CohortError> {
    if input.years.is_empty() {
        return Err(CohortError::NoYears);
    }
    let size = usable(Some(input.cohort_size))
        .filter(|s| *s > 0.0)
        .ok_or(CohortError::NoCustomers)?;
    let i = usable(Some(input.interest_rate))
        .filter(|v| *v >= 0.0)
        .ok_or(CohortError::BadDiscount)?;
    let rf = usable(Some(input.risk_factor))
        .filter(|v| *v >= 0.0)
        .ok_or(CohortError::BadDiscount)?;
    for (k, y) in input.years.iter().enumerate() {
        check_year(k + 1, y)?;
    }
    let base = 1.0 + i * rf;
    let mut rows = Vec::with_capacity(input.years.len());
    let mut customers = size;
    let mut cumulative = 0.0;
    let mut factor_exact: f64 = 1.0;
    for (k, y) in input.years.iter().enumerate() {
        let revenue = customers * y.orders_per_customer * y.average_order_value;
        let cost_of_sales = revenue * y.cost_rate;
        let marketing_costs = customers * y.marketing_per_customer;
        let total_costs = cost_of_sales + marketing_costs;
        let profit = revenue - total_costs;
        let factor = match input.rounding {
            FactorRounding::Exact => factor_exact,
            FactorRounding::TwoDecimals => (factor_exact * 100.0).round() / 100.0,
        };
        // A factor that rounds to 0 cannot happen (base ≥ 1), but stay defined.
        let npv = ratio(profit, factor);
        cumulative += npv;
        rows.push(CohortRow {
            year: k + 1,
            customers,
            retention: y.retention,
            orders_per_customer: y.orders_per_customer,
            average_order_value: y.average_order_value,
            revenue,
            cost_rate: y.cost_rate,
            cost_of_sales,
            marketing_per_customer: y.marketing_per_customer,
            marketing_costs,
            total_costs,
            profit,
            discount_factor: factor,
            npv_profit: npv,
            cumulative_npv: cumulative,
            ltv: cumulative / size,
        });
        customers *= y.retention;
        factor_exact *= base;
        if !factor_exact.is_finite() {
            factor_exact = f64::MAX;
        }
    }
    let first = rows[0];
    let final_ltv = rows.last().map(|r| r.ltv).unwrap_or(0.0);
    Ok(CohortTable {
        acquisition_year_loses: first.profit < 0.0,
        cost_per_early_leaver: if first.ltv < 0.0 { -first.ltv } else { 0.0 },
        final_ltv,
        rows,
    })
}

fn check_year(year: usize, y: &CohortYearInput) -> Result<(), CohortError> {
    let bad = |column| Err(CohortError::BadCell { year, column });
    let ok = |v: f64| COHORT_FIGURE.contains(v);
    if !COHORT_RATE.contains(y.retention) {
        return bad(CohortColumn::Retention);
    }
    if !ok(y.orders_per_customer) {
        return bad(CohortColumn::OrdersPerCustomer);
    }
    if !ok(y.average_order_value) {
        return bad(CohortColumn::AverageOrderValue);
    }
    if !COHORT_RATE.contains(y.cost_rate) {
        return bad(CohortColumn::CostRate);
    }
    if !ok(y.marketing_per_customer) {
        return bad(CohortColumn::MarketingPerCustomer);
    }
    Ok(())
}

/// LTV gained per point of retention: for each year, the change in the final LTV (money per
/// customer won) when that year's retention rises by one percentage point (capped at 100 %);
/// and, last, the change when every year's retention rises by one point.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RetentionGain {
    /// Gain in final LTV per point of retention in year t (index 0 = year 1), money.
    pub per_year: Vec<f64>,
    /// Gain in final LTV when all years gain one point, money.
    pub all_years: f64,
}

/// Sensitivity of the final LTV to retention, money per customer won per percentage point:
/// the acquisition year loses money and retention is what makes the cohort profitable.
pub fn retention_gain(input: &CohortSettings) -> Result<RetentionGain, CohortError> {
    let base = build(input)?.final_ltv;
    let bumped = |pick: Option<usize>| -> Result<f64, CohortError> {
        let mut changed = input.clone();
        for (k, y) in changed.years.iter_mut().enumerate() {
            if pick.is_none() || pick == Some(k) {
                y.retention = (y.retention + 0.01).min(1.0);
            }
        }
        Ok(build(&changed)?.final_ltv - base)
    };
    let per_year = (0..input.years.len())
        .map(|k| bumped(Some(k)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(RetentionGain {
        per_year,
        all_years: bumped(None)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::tolerance::{CENTS, EXACT, SUMS};

    /// Money totals are exact to a cent; LTVs are compared at the two printed decimals.
    const MONEY_TOLERANCE: f64 = 0.01;

    #[test]
    fn hughes_exact() {
        let t = build(&CohortSettings::default()).unwrap();
        let revenue: Vec<f64> = t.rows.iter().map(|r| r.revenue).collect();
        let profit: Vec<f64> = t.rows.iter().map(|r| r.profit).collect();
        for (got, want) in revenue
            .iter()
            .zip([16_200_000.0, 14_250_000.0, 12_600_000.0])
        {
            assert!((got - want).abs() < MONEY_TOLERANCE, "{got} vs {want}");
        }
        for (got, want) in profit.iter().zip([-640_000.0, 3_787_500.0, 3_570_000.0]) {
            assert!((got - want).abs() < MONEY_TOLERANCE, "{got} vs {want}");
        }
        assert!((t.rows[2].discount_factor - 1.3456).abs() < EXACT);
        for (row, want) in t.rows.iter().zip([-6.40, 26.25, 52.78]) {
            assert!((row.ltv - want).abs() < CENTS, "{} vs {want}", row.ltv);
        }
        assert!(t.acquisition_year_loses);
        assert!((t.cost_per_early_leaver - 6.40).abs() < CENTS);
    }

    #[test]
    fn hughes_rounded_factors() {
        let input = CohortSettings {
            rounding: FactorRounding::TwoDecimals,
            ..Default::default()
        };
        let t = build(&input).unwrap();
        let factors: Vec<f64> = t.rows.iter().map(|r| r.discount_factor).collect();
        assert_eq!(factors, vec![1.0, 1.16, 1.35]);
        for (row, want) in t.rows.iter().zip([-6.40, 26.25, 52.70]) {
            assert!((row.ltv - want).abs() < CENTS, "{} vs {want}", row.ltv);
        }
    }

    #[test]
    fn more_years_and_errors() {
        let mut input = CohortSettings::default();
        let last = input.years[2];
        input.years.push(last);
        let t = build(&input).unwrap();
        assert_eq!(t.rows.len(), 4);
        assert!((t.rows[3].customers - 33_600.0).abs() < 1e-6);
        input.years.clear();
        assert_eq!(build(&input), Err(CohortError::NoYears));
        let mut input = CohortSettings::default();
        input.years[1].retention = 1.5;
        assert_eq!(
            build(&input),
            Err(CohortError::BadCell {
                year: 2,
                column: CohortColumn::Retention
            })
        );
        input.cohort_size = 0.0;
        assert_eq!(build(&input), Err(CohortError::NoCustomers));
    }

    #[test]
    fn retention_makes_money() {
        let g = retention_gain(&CohortSettings::default()).unwrap();
        assert_eq!(g.per_year.len(), 3);
        assert!(g.per_year[0] > 0.0 && g.per_year[1] > 0.0);
        // Year 3's retention only matters for a fourth year.
        assert!(g.per_year[2].abs() < SUMS);
        assert!(g.all_years > g.per_year[0]);
    }
}
