//! The list's own figures for the lifetime calculators (churn, LTV of one customer, lifetime
//! by age, closed forms) and the cohort table, and the seeds' worked examples they switch to.
//!
//! Every calculator opens on figures of the open list: its average customer with a revenue,
//! its churn, discount rate and acquisition cost. A customer without a revenue is not rated
//! (its costs alone would look like a loss) and is left out of every average. Where the list
//! cannot supply a figure the calculator shows the worked example and says why
//! ([`NoListFigures`]).

use super::churn::group_lifetime;
use super::lifecycle::LifetimeProfitInput;
use super::ltv::PurchasePeriod;
use super::model::Customer;
use super::numeric::{from_total_order_key, ratio, total_order_key, usable, Rate};
use super::profit::Profit;
use super::settings::{CohortSettings, CohortYearInput, DiscountConvention, Figures, Settings};
use serde::Serialize;

/// Why the list cannot supply a calculator's figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoListFigures {
    /// The list has no customers (prospects only, or empty).
    NoCustomers,
    /// No customer has a revenue.
    NoRevenue,
    /// Fewer than two consumers with a revenue have an age (the lifetime-by-age calculator
    /// compares a younger and an older group).
    NoAges,
}

/// Consumers of one age group: how many, their mean age and mean value a year.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AgeGroup {
    /// Consumers in the group, count.
    pub count: usize,
    /// Mean age, years.
    pub age: f64,
    /// Mean gross profit a year (revenue × margin: the explicit value of the relationship),
    /// money per year.
    pub yearly_value: f64,
}

/// The open list's figures, averaged over its customers with a revenue.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListFigures {
    /// Customers analysed, count.
    pub customers: usize,
    /// Customers with a revenue (the averages are over them), count.
    pub rated: usize,
    /// Mean revenue a year, money per year.
    pub revenue: f64,
    /// Mean purchases a year over the rated customers that give a positive count; `None` when
    /// none does.
    pub purchases: Option<f64>,
    /// Gross margin of the rated customers together = Σ gross profit ÷ Σ revenue, fraction.
    pub margin: f64,
    /// Mean service cost a year, money per year.
    pub service_cost: f64,
    /// Mean one-off acquisition cost per customer, money.
    pub acquisition_cost: f64,
    /// Mean gross profit − service cost a year: the profit of a year before acquisition cost,
    /// money per year.
    pub recurring_profit: f64,
    /// Mean of each part of lifetime profit (base, cross-sell, savings, referral; acquisition,
    /// discounts, negative-referral damage), money.
    pub lifetime_profit: LifetimeProfitInput,
    /// Younger and older half of the rated consumers with an age (a person without a size
    /// band, whose remaining lifespan is life expectancy − age); `None` with fewer than two.
    pub age_groups: Option<[AgeGroup; 2]>,
    /// The list's churn a year, fraction.
    pub churn: f64,
    /// Churn of the firm compared with, fraction, when set.
    pub benchmark_churn: Option<f64>,
    /// Average acquisition cost from the outreach spend (Economics), when known, money.
    pub cac: Option<f64>,
    /// Discount rate a year, fraction.
    pub discount_rate: f64,
    /// Discount convention.
    pub convention: DiscountConvention,
    /// Life expectancy, years.
    pub life_expectancy: f64,
    /// Group lifetime 1 ÷ churn, capped at the longest lifetime counted, years.
    pub lifetime_years: f64,
}

/// The list's figures from its analysed customers, parallel slices: the customers, their
/// profit and the parts of their lifetime profit. `settings` are the sanitised settings and
/// `cac` the average acquisition cost from the outreach spend, when known; `churn` the list's
/// churn in force (measured from the list when it can be, else the typed-in rate: see
/// [`super::measured_churn::ChurnInForce`]).
pub fn list_figures<P: AsRef<Profit>>(
    customers: &[&Customer],
    profits: &[P],
    lifetime_inputs: &[LifetimeProfitInput],
    settings: &Settings,
    cac: Option<f64>,
    churn: Rate,
) -> Result<ListFigures, NoListFigures> {
    let mut sums = ListSums::new();
    for (i, (c, p)) in customers.iter().zip(profits).enumerate() {
        sums.add(
            c,
            p.as_ref(),
            lifetime_inputs.get(i).copied().unwrap_or(NO_PARTS),
        );
    }
    sums.figures(customers.len(), settings, cac, churn)
}

/// The sums behind [`list_figures`], added one customer at a time in list order, so that the
/// analysis adds them in the pass over its result rows that makes its other columns rather
/// than in a pass of their own: each sum still adds the same terms in list order, from where
/// `Iterator::sum` starts, so the figures are the same to the last bit.
#[derive(Debug, Clone)]
pub struct ListSums {
    rated: usize,
    revenue: f64,
    gross: f64,
    service: f64,
    acquisition: f64,
    recurring: f64,
    purchases: f64,
    purchases_count: usize,
    parts: [f64; 7],
    /// Each person's age and yearly value as one key ([`PersonKey`]).
    people: Vec<u128>,
}

impl Default for ListSums {
    fn default() -> Self {
        ListSums::new()
    }
}

impl ListSums {
    /// No customer added yet.
    pub fn new() -> ListSums {
        let start: f64 = std::iter::empty::<f64>().sum();
        ListSums {
            rated: 0,
            revenue: start,
            gross: start,
            service: start,
            acquisition: start,
            recurring: start,
            purchases: start,
            purchases_count: 0,
            parts: [start; 7],
            people: Vec::new(),
        }
    }

    /// Adds the next customer of the list: its entry, its profit and the parts of its
    /// lifetime profit. A customer without a revenue is left out.
    pub fn add(&mut self, c: &Customer, p: &Profit, l: LifetimeProfitInput) {
        if !p.revenue_known {
            return;
        }
        self.rated += 1;
        self.revenue += p.revenue;
        self.gross += p.gross_profit;
        self.service += p.service_cost;
        self.acquisition += p.acquisition_cost;
        self.recurring += p.gross_profit - p.service_cost;
        if let Some(v) = usable(c.purchases_per_year).filter(|v| *v > 0.0) {
            self.purchases += v;
            self.purchases_count += 1;
        }
        let each = [
            l.base_profit,
            l.cross_sell_profit,
            l.cost_savings,
            l.referral_value,
            l.acquisition_cost,
            l.price_discounts,
            l.negative_referral_damage,
        ];
        for (sum, v) in self.parts.iter_mut().zip(each) {
            *sum += v;
        }
        if let (None, Some(age)) = (c.size_band, c.age) {
            self.people.push(PersonKey::of(age, p.gross_profit));
        }
    }

    /// The list's figures from the sums of its `customers` customers (see [`list_figures`]).
    pub fn figures(
        self,
        customers: usize,
        settings: &Settings,
        cac: Option<f64>,
        churn: Rate,
    ) -> Result<ListFigures, NoListFigures> {
        if customers == 0 {
            return Err(NoListFigures::NoCustomers);
        }
        let ListSums {
            rated,
            revenue: revenue_sum,
            gross: gross_sum,
            service: service_sum,
            acquisition: acquisition_sum,
            recurring: recurring_sum,
            purchases: purchases_sum,
            purchases_count,
            parts,
            mut people,
        } = self;
        if rated == 0 {
            return Err(NoListFigures::NoRevenue);
        }
        let n = rated as f64;
        let mean = |sum: f64| ratio(sum, n);
        // Sorted as integers: the same order as by age, then by value's `total_cmp` (keys
        // equal are pairs equal bit for bit, so an unstable sort orders them as a stable one
        // does), where comparing the two floats made this sort 3 ms of an edit's analysis of
        // 100,000 people.
        people.sort_unstable();
        let group = |g: &[u128]| AgeGroup {
            count: g.len(),
            age: ratio(g.iter().map(|&k| PersonKey::age(k)).sum(), g.len() as f64),
            yearly_value: ratio(g.iter().map(|&k| PersonKey::value(k)).sum(), g.len() as f64),
        };
        let age_groups = (people.len() >= 2).then(|| {
            let (younger, older) = people.split_at(people.len() / 2);
            [group(younger), group(older)]
        });
        Ok(ListFigures {
            customers,
            rated,
            revenue: mean(revenue_sum),
            purchases: (purchases_count > 0).then(|| ratio(purchases_sum, purchases_count as f64)),
            margin: ratio(gross_sum, revenue_sum),
            service_cost: mean(service_sum),
            acquisition_cost: mean(acquisition_sum),
            recurring_profit: mean(recurring_sum),
            lifetime_profit: LifetimeProfitInput {
                base_profit: mean(parts[0]),
                cross_sell_profit: mean(parts[1]),
                cost_savings: mean(parts[2]),
                referral_value: mean(parts[3]),
                acquisition_cost: mean(parts[4]),
                price_discounts: mean(parts[5]),
                negative_referral_damage: mean(parts[6]),
            },
            age_groups,
            churn: churn.value(),
            benchmark_churn: benchmark_churn(settings),
            cac: cac.filter(|c| c.is_finite()),
            discount_rate: settings.discount_rate,
            convention: settings.discount_convention,
            life_expectancy: settings.life_expectancy,
            lifetime_years: group_lifetime(churn).capped(settings.max_lifetime_years),
        })
    }
}

/// A person's age and yearly value in one integer whose order is theirs: the age in the high
/// half, the value's [`total_order_key`] in the low half.
struct PersonKey;

impl PersonKey {
    fn of(age: u32, value: f64) -> u128 {
        (u128::from(age) << 64) | u128::from(total_order_key(value))
    }

    fn age(key: u128) -> f64 {
        // The high half is the age, a u32.
        f64::from((key >> 64) as u32)
    }

    fn value(key: u128) -> f64 {
        from_total_order_key(key as u64)
    }
}

/// A customer without its lifetime profit parts counts 0 in each.
const NO_PARTS: LifetimeProfitInput = LifetimeProfitInput {
    base_profit: 0.0,
    cross_sell_profit: 0.0,
    cost_savings: 0.0,
    referral_value: 0.0,
    acquisition_cost: 0.0,
    price_discounts: 0.0,
    negative_referral_damage: 0.0,
};

/// The inputs of one calculator: the seeds' worked example, or derived from the list.
pub trait CalculatorInputs: Sized + Copy {
    /// The seeds' worked example.
    const EXAMPLE: Self;
    /// The inputs derived from the list's figures, or why they cannot be.
    fn from_list(f: &ListFigures) -> Result<Self, NoListFigures>;
}

/// What a calculator shows: its inputs, which figures they are, and why the list's could not
/// be shown when the example stands in for them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown<T> {
    /// The inputs.
    pub inputs: T,
    /// Which figures they are (`Example` when the list's were asked for but are missing).
    pub figures: Figures,
    /// Why the list's figures are missing, when they were asked for.
    pub missing: Option<NoListFigures>,
}

/// The inputs for the figures asked for (`Own` keeps `own`); the list's fall back to the
/// example, saying why.
pub fn shown<T: CalculatorInputs>(
    want: Figures,
    own: T,
    list: &Result<ListFigures, NoListFigures>,
) -> Shown<T> {
    let example = |missing| Shown {
        inputs: T::EXAMPLE,
        figures: Figures::Example,
        missing,
    };
    match want {
        Figures::Own => Shown {
            inputs: own,
            figures: Figures::Own,
            missing: None,
        },
        Figures::Example => example(None),
        Figures::List => match list.as_ref().map_err(|e| *e).and_then(T::from_list) {
            Ok(inputs) => Shown {
                inputs,
                figures: Figures::List,
                missing: None,
            },
            Err(e) => example(Some(e)),
        },
    }
}

/// Inputs of the LTV of one customer: profit per purchase × purchases a year over a number of
/// years, discounted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IndividualInputs {
    /// Profit per purchase, money.
    pub profit_per_purchase: f64,
    /// Purchases in a `period`, count.
    pub purchases: f64,
    /// What the purchase count refers to.
    pub period: PurchasePeriod,
    /// Years as a customer.
    pub years: f64,
    /// Discount rate, fraction.
    pub discount_rate: f64,
    /// Discount convention.
    pub convention: DiscountConvention,
}

impl CalculatorInputs for IndividualInputs {
    /// A 30-year-old, 100 profit a purchase, 2 purchases a month, 20 years, d = 8 %.
    const EXAMPLE: Self = IndividualInputs {
        profit_per_purchase: 100.0,
        purchases: 2.0,
        period: PurchasePeriod::Month,
        years: 20.0,
        discount_rate: 0.08,
        convention: DiscountConvention::FirstYearUndiscounted,
    };

    /// The average customer: its yearly profit before acquisition cost spread over its mean
    /// purchases a year (1 when the list gives none), for the group lifetime 1 ÷ churn.
    fn from_list(f: &ListFigures) -> Result<Self, NoListFigures> {
        let purchases = f.purchases.unwrap_or(1.0);
        Ok(IndividualInputs {
            profit_per_purchase: ratio(f.recurring_profit, purchases),
            purchases,
            period: PurchasePeriod::Year,
            years: f.lifetime_years.min(200.0),
            discount_rate: f.discount_rate,
            convention: f.convention,
        })
    }
}

/// Inputs of the lifetime by age of two customers: (life expectancy − age) × yearly value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgeInputs {
    /// Life expectancy, years.
    pub life_expectancy: f64,
    /// Churn a year, fraction.
    pub churn: f64,
    /// First customer: (age, value a year).
    pub first: (f64, f64),
    /// Second customer: (age, value a year).
    pub second: (f64, f64),
}

impl CalculatorInputs for AgeInputs {
    /// A 20-year-old spending 500 a year against a 70-year-old spending 1,000, churn 20 %.
    const EXAMPLE: Self = AgeInputs {
        life_expectancy: 80.0,
        churn: 0.2,
        first: (20.0, 500.0),
        second: (70.0, 1_000.0),
    };

    /// The younger and the older half of the list's consumers (mean age rounded to a whole
    /// year, mean gross profit a year).
    fn from_list(f: &ListFigures) -> Result<Self, NoListFigures> {
        let [young, old] = f.age_groups.ok_or(NoListFigures::NoAges)?;
        Ok(AgeInputs {
            life_expectancy: f.life_expectancy,
            churn: f.churn,
            first: (young.age.round(), young.yearly_value),
            second: (old.age.round(), old.yearly_value),
        })
    }
}

/// Inputs of the closed forms with constant retention r and discount d: m × (1 + d) ÷
/// (1 + d − r) and m × r ÷ (1 + d − r).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClosedInputs {
    /// Margin a year m, money.
    pub margin: f64,
    /// Retention a year r, fraction.
    pub retention: f64,
    /// Discount rate d, fraction.
    pub discount_rate: f64,
}

impl CalculatorInputs for ClosedInputs {
    /// m = 100, r = 80 %, d = 10 %.
    const EXAMPLE: Self = ClosedInputs {
        margin: 100.0,
        retention: 0.8,
        discount_rate: 0.1,
    };

    /// m = the mean gross profit − service cost a year, r = 1 − churn, d = the discount rate.
    fn from_list(f: &ListFigures) -> Result<Self, NoListFigures> {
        Ok(ClosedInputs {
            margin: f.recurring_profit,
            retention: 1.0 - f.churn,
            discount_rate: f.discount_rate,
        })
    }
}

/// Inputs of two firms compared by churn (lost ÷ at start): customers at the start and lost
/// in the year.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FirmsInputs {
    /// Firm A: customers at the start, count.
    pub base_a: f64,
    /// Firm A: customers lost, count.
    pub lost_a: f64,
    /// Firm B: customers at the start, count.
    pub base_b: f64,
    /// Firm B: customers lost, count.
    pub lost_b: f64,
    /// Acquisition cost per customer, money.
    pub cac: f64,
}

impl FirmsInputs {
    /// Churn of firm B when the list sets no benchmark: the example's 10 %.
    pub const EXAMPLE_BENCHMARK: f64 = 0.1;
}

impl CalculatorInputs for FirmsInputs {
    /// Firm A: 100 customers, 20 lost; firm B: 100, 10 lost; acquisition cost 100.
    const EXAMPLE: Self = FirmsInputs {
        base_a: 100.0,
        lost_a: 20.0,
        base_b: 100.0,
        lost_b: 10.0,
        cac: 100.0,
    };

    /// Firm A is the list (its customers, churn × customers lost, rounded to whole
    /// customers); firm B has as many customers at the benchmark churn (the example's 10 %
    /// when none is set); the acquisition cost is the list's average CAC (the example's when
    /// unknown).
    fn from_list(f: &ListFigures) -> Result<Self, NoListFigures> {
        let base = f.customers as f64;
        let benchmark = f.benchmark_churn.unwrap_or(Self::EXAMPLE_BENCHMARK);
        Ok(FirmsInputs {
            base_a: base,
            lost_a: (f.churn * base).round(),
            base_b: base,
            lost_b: (benchmark * base).round(),
            cac: f.cac.unwrap_or(Self::EXAMPLE.cac),
        })
    }
}

impl CalculatorInputs for LifetimeProfitInput {
    /// Base 1,000, cross-sell 300, savings 100, referral 200; acquisition 400, discounts 150,
    /// negative referral damage 50.
    const EXAMPLE: Self = LifetimeProfitInput {
        base_profit: 1_000.0,
        cross_sell_profit: 300.0,
        cost_savings: 100.0,
        referral_value: 200.0,
        acquisition_cost: 400.0,
        price_discounts: 150.0,
        negative_referral_damage: 50.0,
    };

    /// The mean of each part over the customers with a revenue.
    fn from_list(f: &ListFigures) -> Result<Self, NoListFigures> {
        Ok(f.lifetime_profit)
    }
}

/// The churn of the firm to compare with, when one is set and usable.
pub(crate) fn benchmark_churn(settings: &Settings) -> Option<f64> {
    settings
        .benchmark_churn_rate
        .filter(|b| (0.0..=1.0).contains(b))
}

/// Years of a cohort built from the list: its group lifetime, at least 3 and at most 10.
pub const COHORT_YEARS: (usize, usize) = (3, 10);

/// A cohort lifetime-value table built from the list: as many customers as the list, retention
/// 1 − churn every year, the average customer's orders and order value, cost rate 1 − margin,
/// marketing = acquisition + service cost in year 1 and service cost later, interest = the
/// discount rate with risk factor 1, for the group lifetime in whole years (3 to 10). The
/// rounding of the factor is kept from `stored`.
pub fn cohort_from_list(f: &ListFigures, stored: &CohortSettings) -> CohortSettings {
    let orders = f.purchases.unwrap_or(1.0);
    let money = |v: f64| {
        if v.is_finite() {
            v.clamp(0.0, 1e9)
        } else {
            0.0
        }
    };
    let later = CohortYearInput {
        retention: (1.0 - f.churn).clamp(0.0, 1.0),
        orders_per_customer: money(orders),
        average_order_value: money(ratio(f.revenue, orders)),
        cost_rate: (1.0 - f.margin).clamp(0.0, 1.0),
        marketing_per_customer: money(f.service_cost),
    };
    let first = CohortYearInput {
        marketing_per_customer: money(f.acquisition_cost + f.service_cost),
        ..later
    };
    let (low, high) = COHORT_YEARS;
    let years = if f.lifetime_years.is_finite() {
        (f.lifetime_years.ceil() as usize).clamp(low, high)
    } else {
        high
    };
    let mut all = vec![later; years];
    all[0] = first;
    CohortSettings {
        shown: stored.shown,
        cohort_size: (f.customers as f64).max(1.0),
        interest_rate: f.discount_rate.clamp(0.0, 1.0),
        risk_factor: 1.0,
        rounding: stored.rounding,
        years: all,
    }
}

/// The cohort table's inputs for the figures asked for in `stored` (see
/// [`CohortSettings::requested`]), which figures they are, and why the list's are missing
/// when they were asked for.
pub fn cohort_shown(
    stored: &CohortSettings,
    list: &Result<ListFigures, NoListFigures>,
) -> (CohortSettings, Figures, Option<NoListFigures>) {
    let example = || CohortSettings {
        shown: stored.shown,
        rounding: stored.rounding,
        ..CohortSettings::default()
    };
    match (stored.requested(), list) {
        (Figures::Own, _) => (stored.clone(), Figures::Own, None),
        (Figures::Example, _) => (example(), Figures::Example, None),
        (Figures::List, Ok(f)) => (cohort_from_list(f, stored), Figures::List, None),
        (Figures::List, Err(e)) => (example(), Figures::Example, Some(*e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::model::{Figure, SizeBand};
    use crate::engine::settings::FactorRounding;
    use crate::engine::tolerance::{CENTS, EXACT, SUMS};

    proptest::proptest! {
        /// A person's key gives back the age and the value bit for bit (signed zeros, NaN
        /// and infinities too), and keys order as the pairs do by age, then `total_cmp`.
        #[test]
        fn person_keys_keep_the_pairs_and_their_order(
            // Few ages, so that pairs often share one and their values decide the order.
            a in (0u32..3, proptest::num::f64::ANY),
            b in (0u32..3, proptest::num::f64::ANY),
            old in (120u32..=u32::MAX, proptest::num::f64::ANY),
        ) {
            for (age, value) in [a, b, old] {
                let key = PersonKey::of(age, value);
                proptest::prop_assert_eq!(PersonKey::age(key), f64::from(age));
                proptest::prop_assert_eq!(PersonKey::value(key).to_bits(), value.to_bits());
            }
            let by_pairs = a.0.cmp(&b.0).then(a.1.total_cmp(&b.1));
            proptest::prop_assert_eq!(PersonKey::of(a.0, a.1).cmp(&PersonKey::of(b.0, b.1)), by_pairs);
        }
    }

    #[test]
    fn person_keys_order_the_zeros_and_the_ends_as_total_cmp_does() {
        let values = [
            f64::NEG_INFINITY,
            -1.5,
            -0.0,
            0.0,
            2.0,
            f64::INFINITY,
            f64::NAN,
        ];
        for pair in values.windows(2) {
            assert!(
                PersonKey::of(40, pair[0]) < PersonKey::of(40, pair[1]),
                "{pair:?}"
            );
        }
        // The age comes first, whatever the value.
        assert!(PersonKey::of(39, f64::INFINITY) < PersonKey::of(40, f64::NEG_INFINITY));
    }

    /// The list's typed churn, as a list without former customers has it in force.
    fn typed_churn(settings: &Settings) -> Rate {
        Rate::new(settings.churn_rate).unwrap_or(Rate::ZERO)
    }

    fn profit(revenue: Option<f64>, margin: f64, service: f64, acquisition: f64) -> Profit {
        let r = revenue.unwrap_or(0.0);
        Profit {
            revenue: r,
            revenue_known: revenue.is_some(),
            margin,
            margin_known: true,
            gross_profit: r * margin,
            service_cost: service,
            service_cost_source: crate::engine::service_cost::CostSource::Own,
            acquisition_cost: acquisition,
            acquisition_source: crate::engine::profit::AcquisitionSource::Own,
            acquisition_charged: 0.0,
            year_unknown: false,
            profit: r * margin - service,
            later_year_profit: r * margin - service,
        }
    }

    /// Three customers with a revenue and one without:
    /// - a: age 30, revenue 1,000 at 50 %, service 100, acquisition 200, 4 purchases a year;
    /// - b: age 60, revenue 3,000 at 40 %, service 300, acquisition 400, 8 purchases a year;
    /// - c: an organisation (size band) aged 40, revenue 2,000 at 25 %, service 200,
    ///   acquisition 600, no purchase count;
    /// - d: no revenue, service 1,000, acquisition 5,000 (left out of every average).
    fn sample() -> (Vec<Customer>, Vec<Profit>, Vec<LifetimeProfitInput>) {
        let c = |id: &str, age, band, purchases| Customer {
            id: id.into(),
            age,
            size_band: band,
            purchases_per_year: Figure::from(purchases),
            ..Default::default()
        };
        let customers = vec![
            c("a", Some(30), None, Some(4.0)),
            c("b", Some(60), None, Some(8.0)),
            c("c", Some(40), Some(SizeBand::Small), None),
            c("d", Some(20), None, Some(12.0)),
        ];
        let profits = vec![
            profit(Some(1_000.0), 0.5, 100.0, 200.0),
            profit(Some(3_000.0), 0.4, 300.0, 400.0),
            profit(Some(2_000.0), 0.25, 200.0, 600.0),
            profit(None, 1.0, 1_000.0, 5_000.0),
        ];
        let lp = |base, referral| LifetimeProfitInput {
            base_profit: base,
            referral_value: referral,
            acquisition_cost: 0.0,
            ..Default::default()
        };
        let inputs = vec![
            lp(2_000.0, 30.0),
            lp(4_500.0, 0.0),
            lp(1_500.0, 60.0),
            lp(-9_999.0, 999.0),
        ];
        (customers, profits, inputs)
    }

    fn figures(settings: &Settings, cac: Option<f64>) -> ListFigures {
        let (customers, profits, inputs) = sample();
        let refs: Vec<&Customer> = customers.iter().collect();
        list_figures(
            &refs,
            &profits,
            &inputs,
            settings,
            cac,
            typed_churn(settings),
        )
        .expect("figures")
    }

    #[test]
    fn averages_over_the_customers_with_a_revenue() {
        let f = figures(&Settings::default(), Some(250.0));
        assert_eq!((f.customers, f.rated), (4, 3));
        // (1,000 + 3,000 + 2,000) ÷ 3 = 2,000.
        assert!((f.revenue - 2_000.0).abs() < CENTS);
        // Purchases of a and b only: (4 + 8) ÷ 2 = 6.
        assert_eq!(f.purchases, Some(6.0));
        // Gross profits 500 + 1,200 + 500 = 2,200 over revenue 6,000 = 0.36667.
        assert!((f.margin - 2_200.0 / 6_000.0).abs() < EXACT);
        // Service (100 + 300 + 200) ÷ 3 = 200; acquisition (200 + 400 + 600) ÷ 3 = 400.
        assert!((f.service_cost - 200.0).abs() < CENTS);
        assert!((f.acquisition_cost - 400.0).abs() < CENTS);
        // Recurring: (400 + 900 + 300) ÷ 3 = 533.33.
        assert!((f.recurring_profit - 1_600.0 / 3.0).abs() < SUMS);
        // Base (2,000 + 4,500 + 1,500) ÷ 3 = 2,666.67; referral (30 + 0 + 60) ÷ 3 = 30.
        assert!((f.lifetime_profit.base_profit - 8_000.0 / 3.0).abs() < SUMS);
        assert!((f.lifetime_profit.referral_value - 30.0).abs() < SUMS);
        // Churn 20 % by default: 1 ÷ 0.2 = 5 years.
        assert!((f.lifetime_years - 5.0).abs() < EXACT);
        assert_eq!(f.cac, Some(250.0));
    }

    #[test]
    fn age_groups_are_the_rated_consumers_split_in_two() {
        // Consumers with a revenue and an age: a (30, gross 500) and b (60, gross 1,200); c is
        // an organisation and d has no revenue.
        let f = figures(&Settings::default(), None);
        let [young, old] = f.age_groups.expect("two consumers");
        assert_eq!(
            (young.count, young.age, young.yearly_value),
            (1, 30.0, 500.0)
        );
        assert_eq!((old.count, old.age, old.yearly_value), (1, 60.0, 1_200.0));
        let ages = AgeInputs::from_list(&f).expect("ages");
        assert_eq!((ages.first, ages.second), ((30.0, 500.0), (60.0, 1_200.0)));
        assert_eq!((ages.life_expectancy, ages.churn), (80.0, 0.2));
    }

    #[test]
    fn calculators_from_the_list() {
        let f = figures(&Settings::default(), None);
        let ind = IndividualInputs::from_list(&f).expect("individual");
        // 533.33 a year ÷ 6 purchases = 88.89 a purchase, for 5 years at 8 %.
        assert!((ind.profit_per_purchase - 1_600.0 / 18.0).abs() < SUMS);
        assert_eq!(
            (ind.purchases, ind.period, ind.years),
            (6.0, PurchasePeriod::Year, 5.0)
        );
        assert_eq!(ind.discount_rate, 0.08);
        let closed = ClosedInputs::from_list(&f).expect("closed");
        // r = 1 − 0.2.
        assert!((closed.retention - 0.8).abs() < EXACT);
        assert!((closed.margin - 1_600.0 / 3.0).abs() < SUMS);
        // Firms: 4 customers × 20 % = 0.8 → 1 lost; no benchmark: 4 × 10 % = 0.4 → 0; no CAC:
        // the example's 100.
        let firms = FirmsInputs::from_list(&f).expect("firms");
        assert_eq!(
            (
                firms.base_a,
                firms.lost_a,
                firms.base_b,
                firms.lost_b,
                firms.cac
            ),
            (4.0, 1.0, 4.0, 0.0, 100.0)
        );
        let s = Settings {
            benchmark_churn_rate: Some(0.5),
            ..Default::default()
        };
        let firms = FirmsInputs::from_list(&figures(&s, Some(75.0))).expect("firms");
        // 4 × 50 % = 2 lost; the list's CAC 75.
        assert_eq!((firms.lost_b, firms.cac), (2.0, 75.0));
    }

    #[test]
    fn cohort_from_the_list() {
        let stored = CohortSettings {
            rounding: FactorRounding::TwoDecimals,
            ..Default::default()
        };
        let f = figures(&Settings::default(), None);
        let c = cohort_from_list(&f, &stored);
        // 4 customers; i = 8 %, rf = 1; 5 years (1 ÷ 0.2); rounding kept.
        assert_eq!(
            (c.cohort_size, c.interest_rate, c.risk_factor),
            (4.0, 0.08, 1.0)
        );
        assert_eq!(c.rounding, FactorRounding::TwoDecimals);
        assert_eq!(c.years.len(), 5);
        let (y1, y2) = (c.years[0], c.years[1]);
        // Orders 6, order value 2,000 ÷ 6 = 333.33: revenue per customer 2,000 as the list's.
        assert_eq!(y1.orders_per_customer, 6.0);
        assert!((y1.average_order_value * y1.orders_per_customer - 2_000.0).abs() < SUMS);
        // Cost rate 1 − 0.36667 = 0.63333; retention 0.8.
        assert!((y1.cost_rate - (1.0 - 2_200.0 / 6_000.0)).abs() < EXACT);
        assert!((y2.retention - 0.8).abs() < EXACT);
        // Marketing: 400 + 200 = 600 in year 1, 200 later.
        assert!((y1.marketing_per_customer - 600.0).abs() < SUMS);
        assert!((y2.marketing_per_customer - 200.0).abs() < SUMS);
        // Year-1 profit per customer = 2,000 − 2,000 × 0.63333 − 600 = 133.33, which is the
        // list's recurring profit 533.33 less its acquisition cost 400.
        let table = crate::engine::cohort::build(&c).expect("table");
        assert!((table.rows[0].profit / 4.0 - (1_600.0 / 3.0 - 400.0)).abs() < 1e-6);
        // Churn 5 %: 20 years, capped at 10.
        let mut s = Settings {
            churn_rate: 0.05,
            ..Default::default()
        };
        assert_eq!(
            cohort_from_list(&figures(&s, None), &stored).years.len(),
            10
        );
        // Churn 50 %: 2 years, raised to 3.
        s.churn_rate = 0.5;
        assert_eq!(cohort_from_list(&figures(&s, None), &stored).years.len(), 3);
    }

    #[test]
    fn the_example_stands_in_and_says_why() {
        let settings = Settings::default();
        assert_eq!(
            list_figures::<Profit>(&[], &[], &[], &settings, None, typed_churn(&settings)),
            Err(NoListFigures::NoCustomers)
        );
        let (customers, profits, inputs) = sample();
        let only_d: Vec<&Customer> = vec![&customers[3]];
        let none = list_figures(
            &only_d,
            &profits[3..],
            &inputs[3..],
            &settings,
            None,
            typed_churn(&settings),
        );
        assert_eq!(none, Err(NoListFigures::NoRevenue));
        let s = shown(Figures::List, ClosedInputs::EXAMPLE, &none);
        assert_eq!(s.figures, Figures::Example);
        assert_eq!(s.missing, Some(NoListFigures::NoRevenue));
        assert_eq!(s.inputs, ClosedInputs::EXAMPLE);
        // One consumer with an age and a revenue is no pair to compare.
        let refs: Vec<&Customer> = customers[..1].iter().collect();
        let one = list_figures(
            &refs,
            &profits[..1],
            &inputs[..1],
            &settings,
            None,
            typed_churn(&settings),
        );
        let s = shown(Figures::List, AgeInputs::EXAMPLE, &one);
        assert_eq!(
            (s.figures, s.missing),
            (Figures::Example, Some(NoListFigures::NoAges))
        );
        // Own figures are kept as they are.
        let own = ClosedInputs {
            margin: 7.0,
            ..ClosedInputs::EXAMPLE
        };
        assert_eq!(shown(Figures::Own, own, &one).inputs, own);
    }

    #[test]
    fn the_cohort_shows_what_was_asked_for() {
        let f = Ok(figures(&Settings::default(), None));
        // A new list (and a list saved before the choice) with Hughes's figures: the list's.
        let stored = CohortSettings::default();
        assert_eq!(stored.requested(), Figures::List);
        let (c, shown, missing) = cohort_shown(&stored, &f);
        assert_eq!((shown, missing, c.cohort_size), (Figures::List, None, 4.0));
        // A list saved before the choice with edited figures: the user's own.
        let mut edited = CohortSettings::default();
        edited.years[1].retention = 0.75;
        assert_eq!(edited.requested(), Figures::Own);
        let (c, shown, _) = cohort_shown(&edited, &f);
        assert_eq!((shown, c.years[1].retention), (Figures::Own, 0.75));
        // The example asked for: Hughes's 100,000 customers whatever is stored.
        edited.shown = Some(Figures::Example);
        let (c, shown, _) = cohort_shown(&edited, &f);
        assert_eq!(
            (shown, c.cohort_size, c.years[1].retention),
            (Figures::Example, 100_000.0, 0.7)
        );
        // The list's asked for but missing: the example, saying why.
        let (c, shown, missing) = cohort_shown(&stored, &Err(NoListFigures::NoCustomers));
        assert_eq!(
            (shown, missing),
            (Figures::Example, Some(NoListFigures::NoCustomers))
        );
        assert_eq!(c.cohort_size, 100_000.0);
    }
}
