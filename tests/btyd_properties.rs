//! Property tests: invariants that must hold for any input, not just CDNOW. Valid input must
//! succeed (an error there is a failure, whatever its message); invalid input must give the
//! specific typed error.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use value_pyramid::engine::btyd::bgnbd::BgNbdParams;
use value_pyramid::engine::btyd::clv::{value_customers, ClvSettings, PurchaseModel};
use value_pyramid::engine::btyd::fitting::{ModelError, Rule};
use value_pyramid::engine::btyd::gammagamma::GammaGammaParams;
use value_pyramid::engine::btyd::paretonbd::ParetoNbdParams;
use value_pyramid::engine::btyd::rfm::{summarize, Purchase, RfmError, TimeUnit};
use value_pyramid::engine::tolerance::{EXACT, SUMS};

fn log_strategy() -> impl Strategy<Value = Vec<Purchase>> {
    // One amount in four is 0 (returns, free items), as in real logs.
    let amount = prop_oneof![1 => Just(0.0), 3 => 0.0f64..500.0];
    prop::collection::vec((0u8..20, 0u64..400, amount), 1..300).prop_map(|rows| {
        let origin = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        rows.into_iter()
            .map(|(id, day, amount)| Purchase {
                customer_id: format!("c{id}"),
                date: origin + Days::new(day),
                amount,
            })
            .collect()
    })
}

fn invalid(name: &'static str, reason: Rule) -> ModelError {
    ModelError::InvalidArgument { name, reason }
}

/// The typed errors both purchase models give for a customer outside the domain: recency
/// above age, recency without repeats, a negative age, a negative horizon.
fn check_invalid_customers(
    m: &impl PurchaseModel,
    x: u32,
    age: f64,
    excess: f64,
) -> Result<(), TestCaseError> {
    let above = invalid("recency", Rule::RecencyAboveAge);
    prop_assert_eq!(m.p_alive(x.max(1), age + excess, age), Err(above.clone()));
    prop_assert_eq!(
        m.conditional_expected_purchases(1.0, x.max(1), age + excess, age),
        Err(above)
    );
    prop_assert_eq!(
        m.p_alive(0, excess.min(age), age),
        Err(invalid("recency", Rule::RecencyWithoutRepeats))
    );
    prop_assert_eq!(
        m.p_alive(0, 0.0, -excess),
        Err(invalid("age", Rule::TimeNotUsable))
    );
    prop_assert_eq!(
        m.conditional_expected_purchases(-excess, 0, 0.0, age),
        Err(invalid("t", Rule::TimeNotUsable))
    );
    prop_assert_eq!(
        m.conditional_expected_purchases(f64::NAN, 0, 0.0, age),
        Err(invalid("t", Rule::TimeNotUsable))
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn summary_invariants(log in log_strategy(), cal in 0u64..400) {
        let end = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Days::new(cal);
        let s = match summarize(&log, end, None, TimeUnit::Weeks) {
            Ok(s) => s,
            Err(e) => {
                // The one possible failure here: nobody started by the calibration end.
                prop_assert_eq!(e, RfmError::NoCalibrationCustomers);
                prop_assert!(log.iter().all(|p| p.date > end));
                return Ok(());
            }
        };
        let mut distinct: Vec<(&str, NaiveDate)> = log.iter().map(|p| (p.customer_id.as_str(), p.date)).collect();
        distinct.sort_unstable();
        distinct.dedup();
        prop_assert_eq!(
            s.calibration_rows_merged + s.holdout_rows_merged,
            log.len() - distinct.len() - count_merged_of_late_starters(&log, end)
        );
        for c in &s.customers {
            prop_assert!(c.recency <= c.age);
            prop_assert!(c.recency >= 0.0);
            prop_assert_eq!(c.frequency == 0, c.mean_repeat_spend.is_none());
            prop_assert_eq!(c.frequency == 0, c.recency == 0.0);
            if let Some(m) = c.mean_repeat_spend {
                prop_assert!(m.is_finite() && m >= 0.0);
            }
        }
        let weight: f64 = s.weighted_rows().iter().map(|r| r.weight).sum();
        prop_assert_eq!(weight as usize, s.customers.len());
        // Every repeat buyer is either fitted for spend or left out and counted.
        let repeat_buyers = s.customers.iter().filter(|c| c.frequency > 0).count();
        prop_assert_eq!(s.spend_rows().len() + s.repeat_buyers_without_spend(), repeat_buyers);
        prop_assert!(s.spend_rows().iter().all(|r| r.mean_spend > 0.0));
    }

    #[test]
    fn zero_amounts_never_stop_anyones_clv(log in log_strategy(), cal in 200u64..400) {
        let end = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Days::new(cal);
        let Ok(s) = summarize(&log, end, None, TimeUnit::Weeks) else {
            prop_assert!(log.iter().all(|p| p.date > end));
            return Ok(());
        };
        let bg = BgNbdParams::new(0.243, 4.414, 0.793, 2.426).unwrap();
        let gg = GammaGammaParams::new(6.25, 3.74, 15.44).unwrap();
        let settings = ClvSettings::new(12, 0.01, TimeUnit::Weeks).unwrap();
        let values = value_customers(&bg, &gg, &s, &settings);
        prop_assert!(values.is_ok(), "{:?}", values);
        let pop = 96.5 / 2.74;
        for (c, v) in s.customers.iter().zip(values.unwrap()) {
            prop_assert!(v.clv.is_finite() && v.clv >= 0.0);
            if c.mean_repeat_spend.is_none_or(|m| m <= 0.0) {
                prop_assert!((v.expected_spend - pop).abs() < EXACT * pop);
            }
        }
    }

    #[test]
    fn bgnbd_predictions_succeed_on_valid_input(
        r in 0.05f64..5.0, alpha in 0.1f64..100.0, a in 0.05f64..5.0, b in 0.05f64..10.0,
        x in 0u32..60, tx_frac in 0.0f64..1.0, age in 0.1f64..200.0, t in 0.0f64..500.0,
    ) {
        let p = BgNbdParams::new(r, alpha, a, b).unwrap();
        let tx = if x == 0 { 0.0 } else { (tx_frac * age).max(1e-3).min(age) };
        let pa = p.p_alive(x, tx, age);
        prop_assert!(matches!(pa, Ok(v) if (0.0..=1.0).contains(&v)), "{:?}", pa);
        let e = p.conditional_expected_purchases(t, x, tx, age);
        prop_assert!(matches!(e, Ok(v) if v.is_finite() && v >= 0.0), "{:?}", e);
        let e2 = p.conditional_expected_purchases(t * 1.5 + 1.0, x, tx, age);
        prop_assert!(matches!(e2, Ok(v) if v.is_finite()), "{:?}", e2);
        if let (Ok(e), Ok(e2)) = (e, e2) {
            prop_assert!(e2 >= e * (1.0 - SUMS), "not increasing in t: {} then {}", e, e2);
        }
        let u = p.expected_purchases(t);
        prop_assert!(matches!(u, Ok(v) if v.is_finite() && v >= 0.0), "{:?}", u);
    }

    #[test]
    fn paretonbd_predictions_succeed_on_valid_input(
        r in 0.05f64..5.0, alpha in 0.1f64..100.0, s in 0.05f64..5.0, beta in 0.1f64..100.0,
        x in 0u32..60, tx_frac in 0.0f64..1.0, age in 0.1f64..200.0, t in 0.0f64..500.0,
    ) {
        let p = ParetoNbdParams::new(r, alpha, s, beta).unwrap();
        let tx = if x == 0 { 0.0 } else { (tx_frac * age).max(1e-3).min(age) };
        let pa = p.p_alive(x, tx, age);
        prop_assert!(matches!(pa, Ok(v) if (0.0..=1.0).contains(&v)), "{:?}", pa);
        let e = p.conditional_expected_purchases(t, x, tx, age);
        prop_assert!(matches!(e, Ok(v) if v.is_finite() && v >= 0.0), "{:?}", e);
        let u = p.expected_purchases(t);
        prop_assert!(matches!(u, Ok(v) if v.is_finite() && v >= 0.0), "{:?}", u);
    }

    #[test]
    fn invalid_customers_give_the_specific_error(
        r in 0.05f64..5.0, alpha in 0.1f64..100.0, a in 0.05f64..5.0, b in 0.05f64..10.0,
        x in 0u32..60, age in 0.0f64..200.0, excess in 1e-6f64..50.0,
    ) {
        check_invalid_customers(&BgNbdParams::new(r, alpha, a, b).unwrap(), x, age, excess)?;
        check_invalid_customers(&ParetoNbdParams::new(r, alpha, a, b).unwrap(), x, age, excess)?;
    }

    #[test]
    fn invalid_parameters_give_the_specific_error(bad in prop_oneof![Just(0.0), Just(-1.0), Just(f64::NAN), Just(f64::INFINITY)]) {
        let e = |name| invalid(name, Rule::ParameterNotPositive);
        prop_assert_eq!(BgNbdParams::new(1.0, bad, 1.0, 1.0).unwrap_err(), e("alpha"));
        prop_assert_eq!(ParetoNbdParams::new(1.0, 1.0, 1.0, bad).unwrap_err(), e("beta"));
        prop_assert_eq!(GammaGammaParams::new(1.0, bad, 1.0).unwrap_err(), e("q"));
    }
}

/// Rows of customers who start after the calibration end are dropped before merging.
fn count_merged_of_late_starters(log: &[Purchase], end: NaiveDate) -> usize {
    use std::collections::HashMap;
    let mut first: HashMap<&str, NaiveDate> = HashMap::new();
    for p in log {
        let e = first.entry(p.customer_id.as_str()).or_insert(p.date);
        if p.date < *e {
            *e = p.date;
        }
    }
    let mut late: Vec<(&str, NaiveDate)> = log
        .iter()
        .filter(|p| first[p.customer_id.as_str()] > end)
        .map(|p| (p.customer_id.as_str(), p.date))
        .collect();
    let n = late.len();
    late.sort_unstable();
    late.dedup();
    n - late.len()
}
