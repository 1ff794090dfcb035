//! The analysis run a stage at a time, as the page runs it for a large new list: paused at
//! every stage, it ends with what the analysis in one go gives, and it stops where it is when
//! it is cancelled.

use std::cell::Cell;
use std::future::Future;
use std::pin::pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use value_pyramid::app::browser::unless_cancelled;
use value_pyramid::engine::analysis::{
    analyse, analyse_in_steps, reanalyse_changed, reanalyse_changed_in_steps, Step, StepEnd,
    ANALYSIS_STAGES,
};
use value_pyramid::engine::model::{Figure, Status};
use value_pyramid::engine::pause::Pause;
use value_pyramid::engine::settings::TierCuts;

#[path = "../benches/support/generated_list.rs"]
mod generated_list;
use generated_list::{generate, settings};

/// The analysis `work` makes, polled until it is ready, and how many polls that took.
fn polled_to_end<T>(work: impl Future<Output = T>) -> (T, usize) {
    let mut work = pin!(work);
    let mut cx = Context::from_waker(Waker::noop());
    let mut polls = 0;
    loop {
        polls += 1;
        if let Poll::Ready(done) = work.as_mut().poll(&mut cx) {
            return (done, polls);
        }
        assert!(polls <= 4 * ANALYSIS_STAGES, "the analysis never ends");
    }
}

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
    let (stepped, polls) = polled_to_end(analyse_in_steps(&list, &settings, &mut step));
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
    // Pauses within two long stages: halfway through the pass that reads each customer's
    // scores and indicators, and after each weighted pyramid.
    let midway = steps.len() - names.len();
    let pyramids = settings.weighted_pyramids.len();
    assert!(pyramids > 0);
    assert_eq!(midway, pyramids + 1);
    let ended = |name| {
        steps
            .iter()
            .position(|s| *s == Step::Ended(name))
            .expect("the stage ends")
    };
    let weighted_at = ended("weighted pyramids and scorecard");
    assert!(steps[weighted_at - pyramids..weighted_at]
        .iter()
        .all(|s| *s == Step::Midway));
    assert_eq!(steps[ended("scores and metrics") - 1], Step::Midway);
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

/// An edit's analysis made a stage at a time, as the page makes it ahead in the background:
/// paused at every stage it ends with what the analysis in one go gives, for an edit of one
/// customer (moved in the earlier rankings), for a change of settings that single stages read
/// and one of the pyramid's cuts (redone at once), and for one that every customer's figures
/// read (every stage, in steps).
#[test]
fn an_edit_analysed_in_steps_equals_one_in_one_go() {
    let list = generate(2_000);
    let settings = settings();
    let previous = analyse(&list, &settings);
    let mut edited = list.clone();
    let at = edited
        .iter()
        .position(|c| c.status == Status::Customer && c.revenue().is_some())
        .expect("a customer with a revenue");
    let revenue = edited[at].revenue().unwrap_or_default();
    edited[at].revenue_per_year = Figure::of(revenue * 3.0 + 1.0);
    let mut stepped_settings = settings.clone();
    stepped_settings.pareto_top_share = 0.3;
    // The pyramid's cuts: its stage alone is redone, at once.
    let mut recut = settings.clone();
    recut.pyramid.cuts = TierCuts::RankShares {
        top: 0.15,
        middle: 0.4,
    };
    // A setting every customer's figures read: every stage is redone, in steps.
    let mut every_stage = settings.clone();
    every_stage.discount_rate = settings.discount_rate + 0.02;
    for (entries, settings, changed, in_steps) in [
        (&edited, &settings, vec![at], true),
        (&list, &stepped_settings, vec![], false),
        (&list, &recut, vec![], false),
        (&list, &every_stage, vec![], true),
    ] {
        let pauses = Rc::new(Cell::new(0));
        let counted = pauses.clone();
        let mut step = move |_: Step| -> StepEnd {
            counted.set(counted.get() + 1);
            Box::pin(Pause::default())
        };
        let (stepped, polls) = polled_to_end(reanalyse_changed_in_steps(
            previous.clone(),
            entries,
            settings,
            &changed,
            &mut step,
        ));
        assert_eq!(polls, pauses.get() + 1);
        if in_steps {
            assert!(pauses.get() >= ANALYSIS_STAGES, "{} pauses", pauses.get());
        } else {
            // Only the stages the settings feed are redone, at once.
            assert_eq!(pauses.get(), 0);
        }
        assert_eq!(stepped, analyse(entries, settings));
        assert_eq!(
            stepped,
            reanalyse_changed(previous.clone(), entries, settings, &changed)
        );
    }
}
