//! Work the page does in the background a stage a task, which it can still finish at once
//! when it needs the result before the background is done with it (a view opened in the
//! middle of an analysis made ahead).

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

/// Polls past which [`Background::finish`] gives up: hurried, work done in stages is ready
/// after one poll per stage (an analysis has some twenty), so this many means it waits for
/// something that hurrying does not skip.
const FINISH_POLLS: usize = 10_000;

/// Work under way in the background, polled by a task of the page's until it is done.
pub struct Background<T> {
    hurried: Rc<Cell<bool>>,
    work: Pin<Box<dyn Future<Output = T>>>,
}

/// What work in the background awaits between its stages: see [`Pauses::pause`].
#[derive(Clone)]
pub struct Pauses {
    hurried: Rc<Cell<bool>>,
}

impl Pauses {
    /// A pause that waits for `rest` (a yield to the browser) unless the work was hurried,
    /// before it starts or while it waits: then it is over at once.
    pub fn pause(
        &self,
        rest: impl Future<Output = ()> + 'static,
    ) -> Pin<Box<dyn Future<Output = ()>>> {
        let hurried = self.hurried.clone();
        Box::pin(async move {
            let mut rest = std::pin::pin!(rest);
            std::future::poll_fn(move |cx| {
                if hurried.get() {
                    Poll::Ready(())
                } else {
                    rest.as_mut().poll(cx)
                }
            })
            .await
        })
    }
}

impl<T: 'static> Background<T> {
    /// The work `make` builds, handed the pauses it takes between its stages.
    pub fn new<F: Future<Output = T> + 'static>(make: impl FnOnce(Pauses) -> F) -> Background<T> {
        let hurried = Rc::new(Cell::new(false));
        let work = make(Pauses {
            hurried: hurried.clone(),
        });
        Background {
            hurried,
            work: Box::pin(work),
        }
    }

    /// Goes on with the work until its next pause, as a task polling it does.
    pub fn poll(&mut self, cx: &mut Context<'_>) -> Poll<T> {
        self.work.as_mut().poll(cx)
    }

    /// The work done now, its remaining stages run without pausing; `None` (and the work
    /// dropped) if it still waits after some ten thousand polls.
    pub fn finish(mut self) -> Option<T> {
        self.hurried.set(true);
        let mut cx = Context::from_waker(Waker::noop());
        (0..FINISH_POLLS).find_map(|_| match self.work.as_mut().poll(&mut cx) {
            Poll::Ready(done) => Some(done),
            Poll::Pending => None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::pause::Pause;

    /// Work of `stages` stages, each adding its number to the sum, with a pause after each.
    fn counting(stages: u32, done: Rc<Cell<u32>>) -> Background<u32> {
        Background::new(move |pauses| async move {
            let mut sum = 0;
            for k in 1..=stages {
                sum += k;
                done.set(k);
                pauses.pause(Pause::default()).await;
            }
            sum
        })
    }

    #[test]
    fn polled_it_stops_at_every_pause_and_ends_with_its_result() {
        let done = Rc::new(Cell::new(0));
        let mut work = counting(4, done.clone());
        let mut cx = Context::from_waker(Waker::noop());
        for stage in 1..=4 {
            assert!(work.poll(&mut cx).is_pending());
            assert_eq!(done.get(), stage);
        }
        assert_eq!(work.poll(&mut cx), Poll::Ready(10));
    }

    #[test]
    fn finished_midway_it_runs_the_stages_left_at_once() {
        let done = Rc::new(Cell::new(0));
        let mut work = counting(5, done.clone());
        let mut cx = Context::from_waker(Waker::noop());
        assert!(work.poll(&mut cx).is_pending());
        assert!(work.poll(&mut cx).is_pending());
        assert_eq!(done.get(), 2);
        assert_eq!(work.finish(), Some(15));
        assert_eq!(done.get(), 5);
        // Finished before it was ever polled.
        assert_eq!(counting(3, Rc::new(Cell::new(0))).finish(), Some(6));
    }

    #[test]
    fn hurried_its_pauses_do_not_wait_for_their_rest() {
        // Each pause's rest never ends: only hurrying gets the work past it.
        let mut work = Background::new(|pauses| async move {
            let mut stages = 0;
            for _ in 0..3 {
                stages += 1;
                pauses.pause(std::future::pending()).await;
            }
            stages
        });
        let mut cx = Context::from_waker(Waker::noop());
        for _ in 0..5 {
            assert!(work.poll(&mut cx).is_pending());
        }
        assert_eq!(work.finish(), Some(3));
    }

    #[test]
    fn work_that_waits_for_something_else_is_given_up() {
        let work = Background::new(|_| std::future::pending::<u32>());
        assert_eq!(work.finish(), None);
    }
}
