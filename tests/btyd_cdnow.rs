//! Accuracy against the published CDNOW results (FHL 2005; Fader & Hardie's Pareto/NBD and
//! Gamma-Gamma notes), on CDNOW_sample.txt with a 39-week calibration ending 1997-09-30.
//!
//! Convention that reproduces the published numbers (see `rfm`): same-day purchases count as
//! one, T = whole days from the first purchase day to 1997-09-30 divided by 7 (a 1 January
//! customer has T = 38.857). Measuring T to the end of 1997-09-30 instead (one day more) gives
//! LL = −9589.9 and a = 0.814: off the published values.

mod common;

use chrono::NaiveDate;
use value_pyramid::engine::btyd::bgnbd::{self, BgNbdParams};
use value_pyramid::engine::btyd::clv::{value_customers, ClvSettings};
use value_pyramid::engine::btyd::fitting::FitOptions;
use value_pyramid::engine::btyd::gammagamma;
use value_pyramid::engine::btyd::paretonbd;
use value_pyramid::engine::btyd::rfm::TimeUnit;

fn within(got: f64, want: f64, rel: f64, what: &str) {
    assert!(
        ((got - want) / want).abs() <= rel,
        "{what}: got {got}, published {want}, allowed {:.2} %",
        rel * 100.0
    );
}

#[test]
fn summary_matches_the_published_data_set() {
    let s = common::summary_weeks();
    assert_eq!(s.rows_read, 6919);
    assert_eq!(s.customers.len(), 2357);
    assert_eq!(s.customers_after_calibration, 0);
    let repeat: u32 = s.customers.iter().map(|c| c.frequency).sum();
    assert_eq!(
        repeat, 2457,
        "FHL report 2,457 repeat transactions in the calibration period"
    );
    assert_eq!(s.customers.iter().filter(|c| c.frequency > 0).count(), 946);
    assert!(s.calibration_rows_merged > 0);
    let jan1 = s
        .customers
        .iter()
        .find(|c| c.first_purchase == NaiveDate::from_ymd_opt(1997, 1, 1).unwrap())
        .unwrap();
    assert!((jan1.age - 272.0 / 7.0).abs() < 1e-12);
    assert!((s.holdout_length - 273.0 / 7.0).abs() < 1e-12);
}

#[test]
fn bgnbd_matches_fader_hardie_lee_2005() {
    let s = common::summary_weeks();
    let fit = bgnbd::fit(&s.weighted_rows(), &FitOptions::default()).unwrap();
    let p = fit.params;
    println!(
        "BG/NBD {p:?} LL {} se {:?}",
        fit.log_likelihood, fit.std_errors
    );
    assert!(fit.converged);
    within(p.r, 0.243, 0.002, "r");
    within(p.alpha, 4.414, 0.002, "alpha");
    within(p.a, 0.793, 0.002, "a");
    within(p.b, 2.426, 0.002, "b");
    assert!(
        (fit.log_likelihood - -9582.4).abs() < 0.1,
        "LL {}",
        fit.log_likelihood
    );
    // Standard errors as Python lifetimes' BetaGeoFitter.summary reports them for this fit
    // (0.0126, 0.378, 0.186, 0.705).
    let se = fit.std_errors.unwrap();
    within(se.r, 0.012557, 0.02, "se(r)");
    within(se.alpha, 0.378221, 0.02, "se(alpha)");
    within(se.a, 0.185719, 0.02, "se(a)");
    within(se.b, 0.705345, 0.02, "se(b)");
    let e = p
        .conditional_expected_purchases(39.0, 2, 30.43, 38.86)
        .unwrap();
    println!("E[X(39) | 2, 30.43, 38.86] = {e}");
    assert!((e - 1.226).abs() <= 0.001, "{e}");
    // Log-likelihood function agrees with the optimiser's value.
    let ll = bgnbd::log_likelihood(&p, &s.weighted_rows()).unwrap();
    assert!((ll - fit.log_likelihood).abs() < 1e-8);
}

#[test]
fn paretonbd_matches_published() {
    let s = common::summary_weeks();
    let fit = paretonbd::fit(&s.weighted_rows(), &FitOptions::default()).unwrap();
    let p = fit.params;
    println!(
        "Pareto/NBD {p:?} LL {} se {:?}",
        fit.log_likelihood, fit.std_errors
    );
    within(p.r, 0.553, 0.005, "r");
    within(p.alpha, 10.578, 0.005, "alpha");
    within(p.s, 0.606, 0.005, "s");
    within(p.beta, 11.669, 0.01, "beta");
    assert!(
        (fit.log_likelihood - -9595.0).abs() < 0.1,
        "LL {}",
        fit.log_likelihood
    );
}

#[test]
fn gammagamma_matches_fader_hardie_note() {
    let s = common::summary_weeks();
    let rows = s.spend_rows();
    assert_eq!(rows.len(), 946);
    let fit = gammagamma::fit(&rows, &FitOptions::default()).unwrap();
    let p = fit.params;
    println!(
        "Gamma-Gamma {p:?} LL {} se {:?}",
        fit.log_likelihood, fit.std_errors
    );
    within(p.p, 6.25, 0.005, "p");
    within(p.q, 3.74, 0.005, "q");
    within(p.gamma, 15.44, 0.005, "gamma");
    let mean = p.population_mean_spend().unwrap();
    assert!(mean > 30.0 && mean < 40.0, "{mean}");
}

#[test]
fn model_charts_track_the_data() {
    let log = common::load();
    let s = common::summary_weeks();
    let rows = s.weighted_rows();
    let p: BgNbdParams = bgnbd::fit(&rows, &FitOptions::default()).unwrap().params;

    // Repeat purchases, actual versus model: buckets 0..6 and "7+".
    let expected = p.expected_frequency_histogram(&rows, 7).unwrap();
    let total: f64 = expected.iter().sum();
    assert!((total - 2357.0).abs() < 1e-6);
    let zero_actual = s.customers.iter().filter(|c| c.frequency == 0).count() as f64;
    assert!(
        (expected[0] - zero_actual).abs() < 0.05 * zero_actual,
        "{} vs {zero_actual}",
        expected[0]
    );

    // Calibration + holdout tracking, 78 weeks from 1997-01-01.
    let start = NaiveDate::from_ymd_opt(1997, 1, 1).unwrap();
    let s78 = value_pyramid::engine::btyd::rfm::summarize(
        &log,
        common::calibration_end(),
        None,
        TimeUnit::Weeks,
    )
    .unwrap();
    let actual = s78.cumulative_repeat_purchases(&log, start);
    assert_eq!(actual.len(), 78);
    assert_eq!(
        actual[38], 2457.0,
        "calibration repeats by the end of week 39"
    );
    let times: Vec<f64> = (1..=78).map(f64::from).collect();
    let model = p
        .cumulative_expected_repeats(&s78.first_purchase_offsets(start), &times)
        .unwrap();
    println!(
        "week 39: actual {} model {:.1}; week 78: actual {} model {:.1}",
        actual[38], model[38], actual[77], model[77]
    );
    assert!((model[38] - actual[38]).abs() < 0.03 * actual[38]);
    assert!((model[77] - actual[77]).abs() < 0.05 * actual[77]);

    // Per-customer values: finite, CLV ≥ 0, and the holdout totals are of the right size.
    let gg = gammagamma::fit(&s.spend_rows(), &FitOptions::default())
        .unwrap()
        .params;
    let settings = ClvSettings::new(12, 0.01, TimeUnit::Weeks).unwrap();
    let values = value_customers(&p, &gg, &s, &settings).unwrap();
    assert_eq!(values.len(), 2357);
    assert!(values
        .iter()
        .all(|v| v.clv.is_finite() && v.clv >= 0.0 && (0.0..=1.0).contains(&v.p_alive)));
    let cond_holdout: f64 = s
        .customers
        .iter()
        .map(|c| {
            p.conditional_expected_purchases(s.holdout_length, c.frequency, c.recency, c.age)
                .unwrap()
        })
        .sum();
    let actual_holdout: f64 = s
        .customers
        .iter()
        .map(|c| f64::from(c.holdout_purchases))
        .sum();
    println!("holdout: conditional expectation {cond_holdout:.1}, actual {actual_holdout}");
    // A sanity band, not a published figure: the model under-predicts this holdout by ~12 %
    // (1653 vs 1882 repeat purchase days in weeks 40–78).
    assert!((cond_holdout - actual_holdout).abs() < 0.15 * actual_holdout);
}

#[test]
fn same_results_in_days() {
    // α scales by 7, everything else is unit-free.
    let s = value_pyramid::engine::btyd::rfm::summarize(
        &common::load(),
        common::calibration_end(),
        None,
        TimeUnit::Days,
    )
    .unwrap();
    let fit = bgnbd::fit(&s.weighted_rows(), &FitOptions::default()).unwrap();
    within(fit.params.r, 0.243, 0.002, "r");
    within(fit.params.alpha, 4.414 * 7.0, 0.002, "alpha in days");
    // The likelihood of the same data in days differs by x·ln 7 per customer (density of t_x).
    assert!(fit.converged);
}
