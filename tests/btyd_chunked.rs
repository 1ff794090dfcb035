//! A fit advanced a chunk at a time gives the one-shot fit's result bit for bit, whatever the
//! chunk size, on CDNOW_sample; and a fit dropped half-way leaves nothing behind.

mod common;

use std::fmt::Debug;
use value_pyramid::engine::btyd::fitting::{Fit, FitOptions, Fitting, ModelError, Progress};
use value_pyramid::engine::btyd::{bgnbd, gammagamma, paretonbd};

/// The default options; three iterations allowed unconverged, which sends every model through
/// the Nelder–Mead fallback and the second BFGS; and three iterations without that allowance,
/// which ends in an error.
fn option_sets() -> [FitOptions; 3] {
    [
        FitOptions::default(),
        FitOptions {
            max_iterations: 3,
            allow_unconverged: true,
            ..FitOptions::default()
        },
        FitOptions {
            max_iterations: 3,
            ..FitOptions::default()
        },
    ]
}

/// Advances by `chunk` evaluations until done, checking the count it reports on the way.
fn chunked<P: Clone>(mut fitting: Fitting<'_, P>, chunk: usize) -> Result<Fit<P>, ModelError> {
    let mut before = fitting.evaluations();
    loop {
        match fitting.advance(chunk) {
            Progress::Done(result) => return result,
            Progress::Running { evaluations } => {
                assert_eq!(
                    evaluations,
                    before + chunk,
                    "a chunk runs exactly its evaluations"
                );
                before = evaluations;
            }
        }
    }
}

/// Debug prints every f64 so that it reads back to the same bits: equal text, equal results.
fn same<P: Debug>(a: &Result<Fit<P>, ModelError>, b: &Result<Fit<P>, ModelError>, what: &str) {
    assert_eq!(format!("{a:?}"), format!("{b:?}"), "{what}");
}

const CHUNKS: [usize; 4] = [1, 2, 7, usize::MAX];

#[test]
fn chunked_fits_equal_one_shot_fits_for_every_model_and_chunk_size() {
    let s = common::summary_weeks();
    let rows = s.weighted_rows();
    let spend = s.spend_rows();
    for options in option_sets() {
        let bg = bgnbd::fit(&rows, &options);
        let pnbd = paretonbd::fit(&rows, &options);
        let gg = gammagamma::fit(&spend, &options);
        if options.allow_unconverged {
            let fallback = |iterations: usize| iterations > options.max_iterations;
            assert!(
                fallback(bg.as_ref().unwrap().iterations),
                "BG/NBD took the fallback"
            );
            assert!(fallback(pnbd.as_ref().unwrap().iterations));
            assert!(fallback(gg.as_ref().unwrap().iterations));
        }
        for chunk in CHUNKS {
            let what = format!("chunks of {chunk}, {options:?}");
            same(
                &chunked(bgnbd::start_fit(&rows, &options), chunk),
                &bg,
                &what,
            );
            same(
                &chunked(paretonbd::start_fit(&rows, &options), chunk),
                &pnbd,
                &what,
            );
            same(
                &chunked(gammagamma::start_fit(&spend, &options), chunk),
                &gg,
                &what,
            );
        }
    }
}

#[test]
fn a_finished_fitting_gives_its_result_again_and_a_chunk_of_zero_does_nothing() {
    let s = common::summary_weeks();
    let spend = s.spend_rows();
    let mut fitting = gammagamma::start_fit(&spend, &FitOptions::default());
    assert_eq!(fitting.advance(0), Progress::Running { evaluations: 0 });
    assert_eq!(fitting.advance(3), Progress::Running { evaluations: 3 });
    assert_eq!(fitting.advance(0), Progress::Running { evaluations: 3 });
    let Progress::Done(first) = fitting.advance(usize::MAX) else {
        panic!("an unlimited chunk finishes the fit");
    };
    let Progress::Done(again) = fitting.advance(1) else {
        panic!("a finished fit stays finished");
    };
    same(&first, &again, "the same result again");
    same(
        &first,
        &gammagamma::fit(&spend, &FitOptions::default()),
        "as one-shot",
    );
}

#[test]
fn a_fit_dropped_half_way_leaves_nothing_behind() {
    let s = common::summary_weeks();
    let mut rows = s.weighted_rows();
    let options = FitOptions::default();
    let whole = paretonbd::fit(&rows, &options);
    let mut fitting = paretonbd::start_fit(&rows, &options);
    assert!(matches!(
        fitting.advance(10),
        Progress::Running { evaluations: 10 }
    ));
    drop(fitting);
    // The rows are the caller's again (the borrow ended with the drop) ...
    rows.reverse();
    rows.reverse();
    // ... and a new fit starts from scratch: no count or state carried over.
    let mut again = paretonbd::start_fit(&rows, &options);
    assert_eq!(again.evaluations(), 0);
    assert!(matches!(
        again.advance(1),
        Progress::Running { evaluations: 1 }
    ));
    same(&chunked(again, 5), &whole, "after a dropped fit");
}
