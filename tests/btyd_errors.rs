//! Fit failures come back as typed errors with a plain-English sentence, never a panic.

use value_pyramid::engine::btyd::fitting::{FitOptions, ModelError, Rule};
use value_pyramid::engine::btyd::rfm::{SpendRow, WeightedRow};
use value_pyramid::engine::btyd::{bgnbd, gammagamma, paretonbd};

fn row(frequency: u32, recency: f64, age: f64) -> WeightedRow {
    WeightedRow {
        frequency,
        recency,
        age,
        weight: 1.0,
    }
}

#[test]
fn empty_and_unidentifiable_data() {
    let opts = FitOptions::default();
    assert_eq!(bgnbd::fit(&[], &opts).unwrap_err(), ModelError::EmptyData);
    assert_eq!(
        paretonbd::fit(&[], &opts).unwrap_err(),
        ModelError::EmptyData
    );
    assert_eq!(
        gammagamma::fit(&[], &opts).unwrap_err(),
        ModelError::EmptyData
    );
    let nobody_returns = vec![row(0, 0.0, 10.0), row(0, 0.0, 20.0)];
    let e = bgnbd::fit(&nobody_returns, &opts).unwrap_err();
    assert!(matches!(e, ModelError::NotIdentifiable { .. }));
    assert!(
        e.to_string().contains("no customer made a repeat purchase"),
        "{e}"
    );
}

#[test]
fn invalid_rows_are_named() {
    let e = bgnbd::fit(&[row(1, 30.0, 20.0)], &FitOptions::default()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "Customer row 1 cannot be used: recency is larger than age."
    );
    let spend = |frequency, mean_spend| SpendRow {
        frequency,
        mean_spend,
        weight: 1.0,
    };
    // A mean of 0 or less is left out, not an error; only when nothing is left is there no fit.
    let e = gammagamma::fit(&[spend(2, -1.0), spend(1, 0.0)], &FitOptions::default()).unwrap_err();
    assert_eq!(
        e,
        ModelError::NotIdentifiable {
            reason: Rule::MeanSpendNotPositive
        }
    );
    assert_eq!(
        e.to_string(),
        "The model cannot be fitted to these data: every repeat buyer's mean spend is 0 or less."
    );
    let e = gammagamma::fit(
        &[spend(2, 10.0), spend(2, f64::NAN)],
        &FitOptions::default(),
    )
    .unwrap_err();
    assert_eq!(
        e,
        ModelError::InvalidRow {
            index: 1,
            reason: Rule::NotFinite
        }
    );
}

#[test]
fn non_convergence_is_an_error_unless_allowed() {
    let rows: Vec<WeightedRow> = (0..50)
        .map(|i| {
            let x = i % 5;
            let age = 20.0 + f64::from(i % 7);
            row(x, if x == 0 { 0.0 } else { age * 0.5 }, age)
        })
        .collect();
    let strict = FitOptions {
        max_iterations: 1,
        ..FitOptions::default()
    };
    let e = bgnbd::fit(&rows, &strict).unwrap_err();
    assert!(matches!(e, ModelError::NotConverged { .. }));
    assert!(
        e.to_string().starts_with("The model fit did not settle"),
        "{e}"
    );
    let lenient = FitOptions {
        allow_unconverged: true,
        ..strict
    };
    let fit = bgnbd::fit(&rows, &lenient).unwrap();
    assert!(!fit.converged);
    assert!(fit.log_likelihood.is_finite());
}
