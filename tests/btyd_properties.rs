//! Property tests: invariants that must hold for any input, not just CDNOW.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use value_pyramid::engine::btyd::bgnbd::BgNbdParams;
use value_pyramid::engine::btyd::paretonbd::ParetoNbdParams;
use value_pyramid::engine::btyd::rfm::{summarize, Purchase, TimeUnit};

fn log_strategy() -> impl Strategy<Value = Vec<Purchase>> {
    prop::collection::vec((0u8..20, 0u64..400, 0.0f64..500.0), 1..300).prop_map(|rows| {
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn summary_invariants(log in log_strategy(), cal in 0u64..400) {
        let end = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap() + Days::new(cal);
        let Ok(s) = summarize(&log, end, None, TimeUnit::Weeks) else {
            // Only possible failure here: nobody started by the calibration end.
            prop_assert!(log.iter().all(|p| p.date > end));
            return Ok(());
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
    }

    #[test]
    fn bgnbd_predictions_are_sane(
        r in 0.05f64..5.0, alpha in 0.1f64..100.0, a in 0.05f64..5.0, b in 0.05f64..10.0,
        x in 0u32..60, tx_frac in 0.0f64..1.0, age in 0.1f64..200.0, t in 0.0f64..500.0,
    ) {
        let p = BgNbdParams::new(r, alpha, a, b).unwrap();
        let tx = if x == 0 { 0.0 } else { (tx_frac * age).max(1e-3).min(age) };
        let pa = p.p_alive(x, tx, age).unwrap();
        prop_assert!((0.0..=1.0).contains(&pa));
        match p.conditional_expected_purchases(t, x, tx, age) {
            Ok(e) => {
                prop_assert!(e.is_finite() && e >= 0.0);
                if let Ok(e2) = p.conditional_expected_purchases(t * 1.5 + 1.0, x, tx, age) {
                    prop_assert!(e2 >= e * (1.0 - 1e-9), "not increasing in t: {} then {}", e, e2);
                }
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        if let Ok(u) = p.expected_purchases(t) {
            prop_assert!(u.is_finite() && u >= 0.0);
        }
    }

    #[test]
    fn paretonbd_predictions_are_sane(
        r in 0.05f64..5.0, alpha in 0.1f64..100.0, s in 0.05f64..5.0, beta in 0.1f64..100.0,
        x in 0u32..60, tx_frac in 0.0f64..1.0, age in 0.1f64..200.0, t in 0.0f64..500.0,
    ) {
        let p = ParetoNbdParams::new(r, alpha, s, beta).unwrap();
        let tx = if x == 0 { 0.0 } else { (tx_frac * age).max(1e-3).min(age) };
        match p.p_alive(x, tx, age) {
            Ok(pa) => prop_assert!((0.0..=1.0).contains(&pa)),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        if let Ok(e) = p.conditional_expected_purchases(t, x, tx, age) {
            prop_assert!(e.is_finite() && e >= 0.0);
        }
        let u = p.expected_purchases(t).unwrap();
        prop_assert!(u.is_finite() && u >= 0.0);
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
