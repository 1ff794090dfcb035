//! The analysis run a stage at a time, as the page runs it for a large new list: paused at
//! every stage, it ends with what the analysis in one go gives, and it stops where it is when
//! it is cancelled.

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use value_pyramid::app::browser::unless_cancelled;
use value_pyramid::engine::analysis::{analyse, analyse_in_steps, Step, StepEnd, ANALYSIS_STAGES};
use value_pyramid::engine::pause::Pause;

#[path = "../benches/support/generated_list.rs"]
mod generated_list;
use generated_list::{generate, settings};

#[test]
fn an_analysis_paused_at_every_stage_equals_one_in_one_go() {
    let list = generate(2_000);
    let settings = settings();
    let steps = Rc::new(Cell::new(Vec::<Step>::new()));
    let seen = steps.clone();
    let mut step = move |step: Step| -> StepEnd {
        let mut all = seen.take();
        all.push(step);
        seen.set(all);
        Box::pin(Pause::default())
    };
    let mut work = pin!(analyse_in_steps(&list, &settings, &mut step));
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    let stepped = loop {
        polls += 1;
        if let Poll::Ready(done) = work.as_mut().poll(&mut cx) {
            break done;
        }
        assert!(polls <= 4 * ANALYSIS_STAGES, "the analysis never ends");
    };
    // Pending once at each step, then ready at the poll after the last.
    let steps = steps.take();
    assert_eq!(polls, steps.len() + 1);
    let names: Vec<&str> = steps
        .iter()
        .filter_map(|s| match s {
            Step::Ended(name) => Some(*name),
            Step::Midway => None,
        })
        .collect();
    assert_eq!(names.len(), ANALYSIS_STAGES);
    assert_eq!(names.first(), Some(&"order by id"));
    assert_eq!(names.last(), Some(&"result rows"));
    // Pauses within the stage of the weighted pyramids: once the indicators are read, and
    // after each pyramid.
    let midway = steps.len() - names.len();
    assert!(!settings.weighted_pyramids.is_empty());
    assert_eq!(midway, settings.weighted_pyramids.len() + 1);
    let weighted_at = steps
        .iter()
        .position(|s| *s == Step::Ended("weighted pyramids and scorecard"))
        .expect("the stage ends");
    assert!(steps[weighted_at - midway..weighted_at]
        .iter()
        .all(|s| *s == Step::Midway));
    assert!(stepped.customer_count > 1_000, "{}", stepped.customer_count);
    assert_eq!(stepped, analyse(&list, &settings));
}

/// As the page stops it: cancelled at a pause, the analysis is let go and takes no further
/// step; not cancelled, it ends as usual.
#[test]
fn an_analysis_cancelled_at_a_pause_goes_no_further() {
    let list = generate(500);
    let settings = settings();
    let steps = Rc::new(Cell::new(0));
    let cancel = Rc::new(Cell::new(false));
    let counted = steps.clone();
    let mut step = move |_: Step| -> StepEnd {
        counted.set(counted.get() + 1);
        Box::pin(Pause::default())
    };
    let stop = cancel.clone();
    let work = unless_cancelled(analyse_in_steps(&list, &settings, &mut step), move || {
        stop.get()
    });
    let mut work = pin!(work);
    let mut cx = Context::from_waker(Waker::noop());
    for _ in 0..3 {
        assert!(work.as_mut().poll(&mut cx).is_pending());
    }
    assert_eq!(steps.get(), 3);
    cancel.set(true);
    assert!(matches!(work.as_mut().poll(&mut cx), Poll::Ready(None)));
    assert_eq!(steps.get(), 3, "no step after the cancel");

    let mut step = |_: Step| -> StepEnd { Box::pin(Pause::default()) };
    let mut work = pin!(unless_cancelled(
        analyse_in_steps(&list, &settings, &mut step),
        || false
    ));
    let done = loop {
        if let Poll::Ready(done) = work.as_mut().poll(&mut cx) {
            break done;
        }
    };
    assert_eq!(done, Some(analyse(&list, &settings)));
}
